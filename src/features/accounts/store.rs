//! SQL and rules for accounts. Functions take a connection or the `Db`
//! and plain values, so they are testable without Leptos.

use sqlx::{AnyConnection, Row};

use super::types::Member;
use crate::msg;
use crate::server::audit::{self, Entry};
use crate::server::db::Db;
use crate::server::dialect::sum_to_i64;
use crate::server::errors::{is_unique_violation, OrInternal};
use crate::server::{mail, now_ms, session, tokens};
use crate::shared::l10n::{use_l10n, Arg, L10n};
use crate::shared::page::Page;
use crate::shared::validate::{self, Checker};
use crate::shared::{AppError, Role, UserStatus, Viewer};

pub const PER_PAGE: i64 = 50;

pub fn member_from_row(r: &sqlx::any::AnyRow) -> Member {
    Member {
        id: r.get("id"),
        name: r.get("name"),
        email: r.get("email"),
        role: Role::parse(&r.get::<String, _>("role")).unwrap_or(Role::PartnerUser),
        status: UserStatus::parse(&r.get::<String, _>("status")).unwrap_or(UserStatus::Disabled),
        last_login_at: r.get("last_login_at"),
    }
}

const MEMBER_COLUMNS: &str = "id, name, email, role, status, last_login_at";

/// People of one company, by name, one page at a time.
pub async fn company_members(
    db: &Db,
    company_id: i64,
    page: i64,
) -> Result<Page<Member>, AppError> {
    let total: i64 = sqlx::query("SELECT COUNT(*) FROM users WHERE company_id = $1")
        .bind(company_id)
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    let rows = sqlx::query(&format!(
        "SELECT {MEMBER_COLUMNS} FROM users WHERE company_id = $1 ORDER BY name, id LIMIT $2 OFFSET $3"
    ))
    .bind(company_id)
    .bind(PER_PAGE)
    .bind((page - 1) * PER_PAGE)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    Ok(Page {
        items: rows.iter().map(member_from_row).collect(),
        page,
        per_page: PER_PAGE,
        total,
    })
}

/// Vendor staff (admins and channel managers), by name.
pub async fn staff_members(db: &Db, page: i64) -> Result<Page<Member>, AppError> {
    let total: i64 = sqlx::query("SELECT COUNT(*) FROM users WHERE company_id IS NULL")
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    let rows = sqlx::query(&format!(
        "SELECT {MEMBER_COLUMNS} FROM users WHERE company_id IS NULL ORDER BY name, id LIMIT $1 OFFSET $2"
    ))
    .bind(PER_PAGE)
    .bind((page - 1) * PER_PAGE)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    Ok(Page {
        items: rows.iter().map(member_from_row).collect(),
        page,
        per_page: PER_PAGE,
        total,
    })
}

/// A user's company and role, for scoping checks.
pub async fn user_scope(
    db: &Db,
    user_id: i64,
) -> Result<Option<(Option<i64>, Role, UserStatus)>, AppError> {
    let row = sqlx::query("SELECT company_id, role, status FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&db.pool)
        .await
        .or_internal()?;
    Ok(row.and_then(|r| {
        Some((
            r.get::<Option<i64>, _>(0),
            Role::parse(&r.get::<String, _>(1))?,
            UserStatus::parse(&r.get::<String, _>(2))?,
        ))
    }))
}

/// Input for a new invited person.
#[derive(Debug)]
pub struct NewPerson {
    pub name: String,
    pub email: String,
    pub role: Role,
    pub company_id: Option<i64>,
}

/// Validates the invite form; the role must fit the company (partner roles
/// need one, staff roles must not have one).
pub fn check_new_person(
    name: &str,
    email: &str,
    role: &str,
    company_id: Option<i64>,
) -> Result<NewPerson, AppError> {
    let mut c = Checker::new();
    c.keep("name", name).keep("email", email).keep("role", role);
    let name = c.check("name", validate::name(name));
    let email = c.check("email", validate::email(email));
    let role = c.check(
        "role",
        Role::parse(role).ok_or_else(|| msg!("team-error-role")),
    );
    if let Some(r) = role {
        if r.is_partner() != company_id.is_some() {
            c.fail("role", msg!("team-error-role-company"));
        }
    }
    match (name, email, role, c.has_errors()) {
        (Some(name), Some(email), Some(role), false) => Ok(NewPerson {
            name,
            email,
            role,
            company_id,
        }),
        _ => Err(c.into_error()),
    }
}

fn email_taken(person: &NewPerson) -> AppError {
    let mut c = Checker::new();
    c.keep("name", &person.name)
        .keep("email", &person.email)
        .keep("role", person.role.as_str())
        .fail("email", msg!("team-error-email-taken"));
    c.into_error()
}

/// Creates the invited user, a one-time invitation link and the e-mail with
/// it, and the audit record, in one transaction. Returns the new user id.
/// The e-mail is written in the inviter's language (the request's): the
/// invitee has chosen none yet.
pub async fn invite(
    db: &Db,
    public_url: &str,
    ttl_hours: i64,
    person: &NewPerson,
    actor: Entry,
) -> Result<i64, AppError> {
    let mut tx = db.write().await.or_internal()?;
    let l = use_l10n();
    let user_id = invite_in(
        &mut tx,
        &l,
        public_url,
        ttl_hours,
        person,
        actor.actor_user_id,
    )
    .await?;
    let entry = actor.object("user", user_id).detail(format!(
        "{{\"after\":{{\"email\":{:?},\"role\":{:?},\"company_id\":{}}}}}",
        person.email,
        person.role.as_str(),
        person
            .company_id
            .map(|c| c.to_string())
            .unwrap_or("null".into())
    ));
    audit::commit(tx, db, &entry).await?;
    Ok(user_id)
}

/// [`invite`]'s work inside the caller's transaction (the invited user, the
/// link and its e-mail), for a change that invites as one of its steps
/// (approving a partner application), the e-mail in `l`'s language; the
/// caller audits and commits.
pub async fn invite_in(
    conn: &mut AnyConnection,
    l: &L10n,
    public_url: &str,
    ttl_hours: i64,
    person: &NewPerson,
    invited_by: Option<i64>,
) -> Result<i64, AppError> {
    let now = now_ms();
    let inserted = sqlx::query(
        "INSERT INTO users (email, name, role, company_id, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, 'invited', $5, $6) RETURNING id",
    )
    .bind(&person.email)
    .bind(&person.name)
    .bind(person.role.as_str())
    .bind(person.company_id)
    .bind(now)
    .bind(now)
    .fetch_one(&mut *conn)
    .await;
    let user_id: i64 = match inserted {
        Ok(row) => row.get(0),
        Err(e) if is_unique_violation(&e) => return Err(email_taken(person)),
        Err(e) => return Err(crate::server::errors::internal(e)),
    };
    let secret = tokens::issue(
        &mut *conn,
        tokens::Purpose::Invitation,
        user_id,
        invited_by,
        ttl_hours * 3_600_000,
    )
    .await
    .or_internal()?;
    let company_name: Option<String> = match person.company_id {
        Some(id) => sqlx::query("SELECT name FROM companies WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *conn)
            .await
            .or_internal()?
            .map(|r| r.get(0)),
        None => None,
    };
    let body = invitation_text(
        l,
        &person.name,
        company_name.as_deref(),
        public_url,
        &secret,
        ttl_hours,
    );
    mail::enqueue(
        &mut *conn,
        &person.email,
        &l.t("mail-invitation-subject"),
        &body,
        "invitation",
    )
    .await
    .or_internal()?;
    Ok(user_id)
}

fn invitation_text(
    l: &L10n,
    name: &str,
    company: Option<&str>,
    public_url: &str,
    secret: &str,
    hours: i64,
) -> String {
    let link = format!("{public_url}/invitation?token={secret}");
    let mut args: Vec<(&str, Arg)> = vec![
        ("name", name.into()),
        ("link", link.into()),
        ("hours", hours.into()),
    ];
    let body = match company {
        Some(c) => {
            args.push(("company", c.into()));
            l.t_with("mail-invitation-body-partner", &args)
        }
        None => l.t_with("mail-invitation-body-staff", &args),
    };
    format!("{body}\n")
}

/// Disables or re-enables a user. Disabling ends every session at once;
/// re-enabling someone who never set a password makes them invited again.
pub async fn set_status(db: &Db, user_id: i64, enable: bool, actor: Entry) -> Result<(), AppError> {
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let before: Option<String> = sqlx::query("SELECT status FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .map(|r| r.get(0));
    let Some(before) = before else {
        return Err(AppError::NotFound);
    };
    let sql = if enable {
        "UPDATE users SET status = CASE WHEN password_hash IS NULL THEN 'invited' ELSE 'active' END, \
         updated_at = $1 WHERE id = $2"
    } else {
        "UPDATE users SET status = 'disabled', updated_at = $1 WHERE id = $2"
    };
    sqlx::query(sql)
        .bind(now)
        .bind(user_id)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    let ended = if enable {
        0
    } else {
        session::end_all_for_user(&mut tx, user_id)
            .await
            .or_internal()?
    };
    let after = if enable { "enabled" } else { "disabled" };
    audit::commit(tx, db, &actor.object("user", user_id).detail(format!(
            "{{\"before\":{{\"status\":{before:?}}},\"after\":{{\"status\":{after:?}}},\"sessions_ended\":{ended}}}"
        ))).await?;
    Ok(())
}

/// `set_status` on behalf of the signed-in caller, who may not disable
/// themselves; the audit action names what happened.
pub async fn set_status_as(
    cx: &crate::server::guard::Ctx,
    user_id: i64,
    enable: bool,
) -> Result<(), AppError> {
    if user_id == cx.user()?.user_id {
        return Err(AppError::bad_request(msg!("team-error-disable-self")));
    }
    let action = if enable {
        "user_enabled"
    } else {
        "user_disabled"
    };
    set_status(cx.db(), user_id, enable, cx.entry(action, "success")).await
}

/// Renames a user or changes their role within the same kind (partner roles
/// stay partner roles).
pub async fn update_member(
    db: &Db,
    user_id: i64,
    name: &str,
    role: Role,
    actor: Entry,
) -> Result<(), AppError> {
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let before = sqlx::query("SELECT name, role FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    let (old_name, old_role): (String, String) = (before.get(0), before.get(1));
    sqlx::query("UPDATE users SET name = $1, role = $2, updated_at = $3 WHERE id = $4")
        .bind(name)
        .bind(role.as_str())
        .bind(now)
        .bind(user_id)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    if old_role != role.as_str() {
        // A privilege change ends the user's sessions (new id on next login).
        session::end_all_for_user(&mut tx, user_id)
            .await
            .or_internal()?;
    }
    audit::commit(tx, db, &actor.object("user", user_id).detail(format!(
            "{{\"before\":{{\"name\":{old_name:?},\"role\":{old_role:?}}},\"after\":{{\"name\":{name:?},\"role\":{:?}}}}}",
            role.as_str()
        ))).await?;
    Ok(())
}

/// Sets a password directly (CLI `create-user`, demo data), activating the
/// account.
pub async fn set_password_hash(
    conn: &mut AnyConnection,
    user_id: i64,
    hash: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE users SET password_hash = $1, status = 'active', updated_at = $2 WHERE id = $3",
    )
    .bind(hash)
    .bind(now_ms())
    .bind(user_id)
    .execute(conn)
    .await?;
    Ok(())
}

/// Creates an active user with a password hash (operators and demo data).
pub async fn create_active_user(
    db: &Db,
    person: &NewPerson,
    password_hash: &str,
    actor: Entry,
) -> Result<i64, AppError> {
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let inserted = sqlx::query(
        "INSERT INTO users (email, name, role, company_id, password_hash, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, 'active', $6, $7) RETURNING id",
    )
    .bind(&person.email)
    .bind(&person.name)
    .bind(person.role.as_str())
    .bind(person.company_id)
    .bind(password_hash)
    .bind(now)
    .bind(now)
    .fetch_one(&mut **tx)
    .await;
    let id: i64 = match inserted {
        Ok(r) => r.get(0),
        Err(e) if is_unique_violation(&e) => return Err(email_taken(person)),
        Err(e) => return Err(crate::server::errors::internal(e)),
    };
    audit::commit(
        tx,
        db,
        &actor.object("user", id).detail(format!(
            "{{\"after\":{{\"email\":{:?},\"role\":{:?}}}}}",
            person.email,
            person.role.as_str()
        )),
    )
    .await?;
    Ok(id)
}

/// A partner company's active and invited people (the home page).
pub async fn team_counts(db: &Db, company_id: i64) -> Result<(i64, i64), AppError> {
    let counts = sqlx::query(
        "SELECT COALESCE(SUM(CASE WHEN status = 'active' THEN 1 ELSE 0 END), 0), \
         COALESCE(SUM(CASE WHEN status = 'invited' THEN 1 ELSE 0 END), 0) \
         FROM users WHERE company_id = $1",
    )
    .bind(company_id)
    .fetch_one(&db.pool)
    .await
    .or_internal()?;
    Ok((sum_to_i64(&counts, 0), sum_to_i64(&counts, 1)))
}

/// Active and invited partner people in the companies vendor staff look
/// after (the staff's home page). Read from `users_by_company_status`
/// alone: joining every user to its company read 100,000 rows and their
/// companies (25 ms).
pub async fn partner_people_counts(db: &Db, viewer: &Viewer) -> Result<(i64, i64), AppError> {
    let scope = crate::server::scope::managed(viewer, "u.company_id");
    let people = sqlx::query(&format!(
        "SELECT COALESCE(SUM(CASE WHEN u.status = 'active' THEN 1 ELSE 0 END), 0), \
         COALESCE(SUM(CASE WHEN u.status = 'invited' THEN 1 ELSE 0 END), 0) \
         FROM users u WHERE u.company_id IS NOT NULL AND {scope}"
    ))
    .fetch_one(&db.pool)
    .await
    .or_internal()?;
    Ok((sum_to_i64(&people, 0), sum_to_i64(&people, 1)))
}

/// The language a person chose on the switcher, kept on their profile.
pub async fn set_language(
    db: &Db,
    user_id: i64,
    lang: crate::shared::l10n::Lang,
) -> Result<(), AppError> {
    db.execute_one(
        sqlx::query("UPDATE users SET locale = $1, updated_at = $2 WHERE id = $3")
            .bind(lang.code())
            .bind(now_ms())
            .bind(user_id),
    )
    .await
    .or_internal()?;
    Ok(())
}

/// The time zone a person chose (an IANA name, checked by the caller), or
/// none: follow the browser's zone again.
pub async fn set_time_zone(db: &Db, user_id: i64, zone: Option<&str>) -> Result<(), AppError> {
    db.execute_one(
        sqlx::query("UPDATE users SET time_zone = $1, updated_at = $2 WHERE id = $3")
            .bind(zone.map(str::to_string))
            .bind(now_ms())
            .bind(user_id),
    )
    .await
    .or_internal()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Partner roles need a company; staff roles must not have one.
    #[test]
    fn role_must_fit_company() {
        assert!(check_new_person("Ada", "ada@x.io", "partner_user", Some(1)).is_ok());
        assert!(check_new_person("Ada", "ada@x.io", "channel_manager", None).is_ok());
        let err = check_new_person("Ada", "ada@x.io", "vendor_admin", Some(1)).unwrap_err();
        assert!(err.field("role").is_some());
        let err = check_new_person("", "nope", "king", None).unwrap_err();
        assert!(
            err.field("name").is_some()
                && err.field("email").is_some()
                && err.field("role").is_some()
        );
        assert_eq!(err.value("email").as_deref(), Some("nope"));
    }
}
