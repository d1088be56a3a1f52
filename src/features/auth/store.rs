//! Authentication rules and SQL.

use sqlx::Row;

use super::api::InvitationInfo;
use crate::msg;
use crate::server::audit::{self, Entry};
use crate::server::errors::OrInternal;
use crate::server::guard::Ctx;
use crate::server::{account_mail, now_ms, password, session, throttle, tokens};
use crate::shared::l10n::Msg;
use crate::shared::validate::{self, Checker};
use crate::shared::{AppError, FieldError};

fn login_error(email: &str, message: Msg) -> AppError {
    AppError::Validation {
        message: message.clone(),
        fields: vec![FieldError {
            field: "password".into(),
            message,
        }],
        values: vec![("email".into(), email.chars().take(254).collect())],
    }
}

/// What a successful sign-in hands the browser: the session cookie's
/// secret, and a trusted-device cookie's when this browser was not one.
pub struct SignedIn {
    pub session: String,
    pub device: Option<String>,
}

fn throttled_error(refusal: throttle::Refusal) -> AppError {
    match refusal {
        throttle::Refusal::Locked { wait_ms } => {
            let minutes = (wait_ms + 59_999) / 60_000;
            AppError::too_many(msg!("auth-error-locked", minutes = minutes))
        }
        throttle::Refusal::Slowed { wait_ms } => {
            let seconds = (wait_ms + 999) / 1_000;
            AppError::too_many(msg!("auth-error-slowed", seconds = seconds))
        }
    }
}

/// Checks the credentials and starts a session.
///
/// Unknown e-mail, wrong password, disabled or invited account: one answer,
/// and the same argon2 work in every case. The attempt is counted before
/// the hash (see `throttle`), so parallel guesses cannot overrun the limit.
pub async fn login(cx: &Ctx, email_raw: &str, password_raw: &str) -> Result<SignedIn, AppError> {
    let db = cx.db();
    let cfg = &cx.state.config;
    let email = email_raw.trim().to_lowercase();
    if email.is_empty() || password_raw.is_empty() || email.len() > 254 || password_raw.len() > 1024
    {
        let mut c = Checker::new();
        c.keep("email", email_raw);
        if email.is_empty() || email.len() > 254 {
            c.fail("email", msg!("auth-error-email"));
        }
        if password_raw.is_empty() || password_raw.len() > 1024 {
            c.fail("password", msg!("auth-error-password"));
        }
        return Err(c.into_error());
    }
    let now = now_ms();
    let trusted = session::is_trusted_device(db, cx.device_hash.as_deref(), &email, now)
        .await
        .or_internal()?;
    let reserved = throttle::reserve(db, &cfg.security, &email, &cx.ip, now, trusted)
        .await
        .or_internal()?;
    let reservation = match reserved {
        Ok(r) => r,
        Err(refusal) => {
            let why = match refusal {
                throttle::Refusal::Locked { .. } => "throttled",
                throttle::Refusal::Slowed { .. } => "slowed",
            };
            audit::record(
                db,
                cx.entry("login", "failure")
                    .object("email", &email)
                    .detail(why),
            )
            .await?;
            return Err(throttled_error(refusal));
        }
    };

    let row = sqlx::query(
        "SELECT u.id, u.password_hash, u.status, u.company_id, COALESCE(c.status, 'active') \
         FROM users u LEFT JOIN companies c ON c.id = u.company_id WHERE u.email = $1",
    )
    .bind(&email)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?;
    let candidate = row.and_then(|r| {
        let usable = r.get::<String, _>(2) == "active" && r.get::<String, _>(4) == "active";
        let hash: Option<String> = r.get(1);
        usable.then_some((r.get::<i64, _>(0), r.get::<Option<i64>, _>(3), hash?))
    });
    let ok = password::verify(
        &cx.state.hashing,
        password_raw.to_string(),
        candidate.as_ref().map(|c| c.2.clone()),
    )
    .await;
    let Some((user_id, company_id, stored)) = candidate.filter(|_| ok) else {
        if reservation.attack_started {
            // Tell the person (if the address is theirs) and give them a way
            // in; queued like a reset request, so it costs the same here.
            account_mail::request(
                db,
                account_mail::Kind::Unlock,
                &email,
                &cx.ip,
                &cx.entry("unlock_link_request", "success")
                    .object("email", &email),
            )
            .await
            .or_internal()?;
        }
        audit::record(db, cx.entry("login", "failure").object("email", &email)).await?;
        return Err(login_error(email_raw, msg!("auth-error-bad-login")));
    };
    // A hash made with weaker settings than today's is replaced now, while
    // the password is at hand.
    let upgraded = if password::needs_rehash(&stored) {
        Some(
            password::hash(&cx.state.hashing, password_raw.to_string())
                .await
                .or_internal()?,
        )
    } else {
        None
    };

    let mut tx = db.write().await.or_internal()?;
    if let Some(old) = &cx.session_hash {
        // A new id at every login: the old session, if any, ends here.
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(old)
            .execute(&mut **tx)
            .await
            .or_internal()?;
    }
    let secret = session::create(&mut tx, &cfg.session, user_id, &cx.ip, &cx.user_agent)
        .await
        .or_internal()?;
    sqlx::query("UPDATE users SET last_login_at = $1 WHERE id = $2")
        .bind(now)
        .bind(user_id)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    if let Some(hash) = &upgraded {
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(&hash.0)
            .bind(now)
            .bind(user_id)
            .execute(&mut **tx)
            .await
            .or_internal()?;
    }
    throttle::succeeded(&mut tx, &reservation)
        .await
        .or_internal()?;
    let device = if trusted {
        None
    } else {
        Some(
            session::trust_device(&mut tx, user_id)
                .await
                .or_internal()?,
        )
    };
    let mut entry = Entry::new("login", "success")
        .actor(Some(user_id), company_id)
        .object("user", user_id)
        .ip(&cx.ip);
    if upgraded.is_some() {
        entry = entry.detail("{\"password_hash\":\"upgraded\"}");
    }
    audit::commit(tx, db, &entry).await?;
    Ok(SignedIn {
        session: secret,
        device,
    })
}

/// Follows an unlock link: the browser becomes a trusted device of the
/// link's account, so the slowdown of an attacked account does not keep
/// its owner out. Returns the device cookie's secret.
pub async fn unlock(cx: &Ctx, token: &str) -> Result<String, AppError> {
    let db = cx.db();
    let mut tx = db.write().await.or_internal()?;
    let Some(user_id) = tokens::consume(&mut tx, tokens::Purpose::Unlock, token)
        .await
        .or_internal()?
    else {
        return Err(expired_link());
    };
    let device = session::trust_device(&mut tx, user_id)
        .await
        .or_internal()?;
    audit::commit(
        tx,
        db,
        &Entry::new("unlock", "success")
            .actor(Some(user_id), None)
            .object("user", user_id)
            .ip(&cx.ip),
    )
    .await?;
    Ok(device)
}

pub async fn logout(cx: &Ctx) -> Result<(), AppError> {
    let Some(hash) = &cx.session_hash else {
        return Ok(());
    };
    let db = cx.db();
    let mut tx = db.write().await.or_internal()?;
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(hash)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    audit::append(&mut tx, db.dialect, &cx.entry("logout", "success"))
        .await
        .or_internal()?;
    tx.commit().await.or_internal()
}

/// Queues a reset link for the address (sent only if it belongs to an
/// active account). The answer, and the work before it, are the same
/// either way; requests are limited per address and per client.
pub async fn forgot_password(cx: &Ctx, email_raw: &str) -> Result<(), AppError> {
    let mut c = Checker::new();
    c.keep("email", email_raw);
    let Some(email) = c.check("email", validate::email(email_raw)) else {
        return Err(c.into_error());
    };
    let db = cx.db();
    let security = &cx.state.config.security;
    let now = now_ms();
    const HOUR: i64 = 3_600_000;
    for (key, limit) in [
        (format!("reset:{email}"), security.reset_per_address),
        (format!("reset-ip:{}", cx.ip), security.reset_per_client),
    ] {
        if let Err(wait_ms) = throttle::count_request(db, &key, limit, HOUR, now)
            .await
            .or_internal()?
        {
            let minutes = (wait_ms + 59_999) / 60_000;
            return Err(AppError::too_many(msg!(
                "auth-error-reset-limit",
                minutes = minutes
            )));
        }
    }
    account_mail::request(
        db,
        account_mail::Kind::PasswordReset,
        &email,
        &cx.ip,
        &cx.entry("password_reset_request", "success")
            .object("email", &email),
    )
    .await
    .or_internal()
}

fn check_new_password(password_raw: &str, confirm: &str, email: &str, c: &mut Checker) {
    if let Err(msg) = password::policy(password_raw, email) {
        c.fail("password", msg);
    } else if password_raw != confirm {
        c.fail("confirm", msg!("auth-error-confirm"));
    }
}

fn expired_link() -> AppError {
    AppError::bad_request(msg!("auth-error-expired-link"))
}

pub async fn reset_password(
    cx: &Ctx,
    token: &str,
    password_raw: &str,
    confirm: &str,
) -> Result<(), AppError> {
    let db = cx.db();
    let user_id = tokens::peek(db, tokens::Purpose::PasswordReset, token)
        .await
        .or_internal()?
        .ok_or_else(expired_link)?;
    let email: String = sqlx::query("SELECT email FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    let mut c = Checker::new();
    check_new_password(password_raw, confirm, &email, &mut c);
    c.finish()?;
    let hash = password::hash(&cx.state.hashing, password_raw.to_string())
        .await
        .or_internal()?;
    let mut tx = db.write().await.or_internal()?;
    let Some(consumed) = tokens::consume(&mut tx, tokens::Purpose::PasswordReset, token)
        .await
        .or_internal()?
    else {
        return Err(expired_link());
    };
    sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
        .bind(&hash.0)
        .bind(now_ms())
        .bind(consumed)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    let ended = session::end_all_for_user(&mut tx, consumed)
        .await
        .or_internal()?;
    audit::append(
        &mut tx,
        db.dialect,
        &Entry::new("password_reset", "success")
            .actor(Some(consumed), None)
            .object("user", consumed)
            .detail(format!("{{\"sessions_ended\":{ended}}}"))
            .ip(&cx.ip),
    )
    .await
    .or_internal()?;
    tx.commit().await.or_internal()
}

pub async fn invitation(cx: &Ctx, token: &str) -> Result<Option<InvitationInfo>, AppError> {
    let db = cx.db();
    let Some(user_id) = tokens::peek(db, tokens::Purpose::Invitation, token)
        .await
        .or_internal()?
    else {
        return Ok(None);
    };
    let row = sqlx::query(
        "SELECT u.email, u.name, c.name FROM users u LEFT JOIN companies c ON c.id = u.company_id \
         WHERE u.id = $1 AND u.status = 'invited'",
    )
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?;
    Ok(row.map(|r| InvitationInfo {
        email: r.get(0),
        name: r.get(1),
        company_name: r.get(2),
    }))
}

/// Sets the invited person's name and password, activates the account and
/// signs them in. Returns the session cookie secret.
pub async fn accept_invitation(
    cx: &Ctx,
    token: &str,
    name_raw: &str,
    password_raw: &str,
    confirm: &str,
) -> Result<String, AppError> {
    let db = cx.db();
    let info = invitation(cx, token).await?.ok_or_else(expired_link)?;
    let mut c = Checker::new();
    c.keep("name", name_raw);
    let name = c.check("name", validate::name(name_raw));
    check_new_password(password_raw, confirm, &info.email, &mut c);
    c.finish()?;
    let name = name.unwrap_or(info.name);
    let hash = password::hash(&cx.state.hashing, password_raw.to_string())
        .await
        .or_internal()?;
    let mut tx = db.write().await.or_internal()?;
    let Some(user_id) = tokens::consume(&mut tx, tokens::Purpose::Invitation, token)
        .await
        .or_internal()?
    else {
        return Err(expired_link());
    };
    let activated = sqlx::query(
        "UPDATE users SET name = $1, password_hash = $2, status = 'active', updated_at = $3, last_login_at = $4 \
         WHERE id = $5 AND status = 'invited' RETURNING company_id",
    )
    .bind(&name)
    .bind(&hash.0)
    .bind(now_ms())
    .bind(now_ms())
    .bind(user_id)
    .fetch_optional(&mut **tx)
    .await
    .or_internal()?;
    let Some(row) = activated else {
        return Err(expired_link());
    };
    let company_id: Option<i64> = row.get(0);
    if let Some(old) = &cx.session_hash {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(old)
            .execute(&mut **tx)
            .await
            .or_internal()?;
    }
    let secret = session::create(
        &mut tx,
        &cx.state.config.session,
        user_id,
        &cx.ip,
        &cx.user_agent,
    )
    .await
    .or_internal()?;
    audit::commit(
        tx,
        db,
        &Entry::new("invitation_accepted", "success")
            .actor(Some(user_id), company_id)
            .object("user", user_id)
            .ip(&cx.ip),
    )
    .await?;
    Ok(secret)
}
