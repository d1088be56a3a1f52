//! Mail about an account that anyone may ask for without signing in: the
//! password-reset link ("forgot password") and the unlock link (sent when
//! failed sign-ins slow an account down, see `throttle`).
//!
//! Whether an address belongs to an account must not show, neither in the
//! answer nor in its time. So the request only queues a row and answers;
//! the mail worker looks the address up later and, for an active account,
//! issues the one-time token and queues the e-mail. Several app servers
//! may run the worker: a row is claimed by deleting it in the transaction
//! that issues the token, so exactly one server handles it.

use sqlx::Row;

use super::audit::{self, Entry};
use super::db::Db;
use super::tokens::{self, Purpose};
use super::AppState;

/// How long an unlock link works.
pub const UNLOCK_MINUTES: i64 = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    PasswordReset,
    Unlock,
}

impl Kind {
    fn as_str(self) -> &'static str {
        match self {
            Kind::PasswordReset => "password_reset",
            Kind::Unlock => "unlock",
        }
    }

    fn parse(s: &str) -> Option<Kind> {
        match s {
            "password_reset" => Some(Kind::PasswordReset),
            "unlock" => Some(Kind::Unlock),
            _ => None,
        }
    }
}

/// Queues mail of `kind` for `email` and records `entry`, in one
/// transaction: the same statements whatever the address.
pub async fn request(
    db: &Db,
    kind: Kind,
    email: &str,
    ip: &str,
    entry: &Entry,
) -> Result<(), sqlx::Error> {
    let mut tx = db.write().await?;
    sqlx::query(
        "INSERT INTO account_mail_requests (kind, email, ip, requested_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(kind.as_str())
    .bind(email)
    .bind(ip)
    .bind(super::now_ms())
    .execute(&mut **tx)
    .await?;
    audit::append(&mut tx, db.dialect, entry).await?;
    tx.commit().await
}

/// The e-mail of `kind` for `name`, with its link, in the recipient's
/// language; (subject, body).
fn message(
    kind: Kind,
    l: &crate::shared::l10n::L10n,
    name: &str,
    link: &str,
    cfg: &super::config::Config,
) -> (String, String) {
    let (subject, body, minutes) = match kind {
        Kind::PasswordReset => (
            crate::k!("mail-reset-subject"),
            crate::k!("mail-reset-body"),
            cfg.mail.reset_minutes,
        ),
        Kind::Unlock => (
            crate::k!("mail-unlock-subject"),
            crate::k!("mail-unlock-body"),
            UNLOCK_MINUTES,
        ),
    };
    let body = l.t_with(
        body,
        &[
            ("name", name.into()),
            ("link", link.into()),
            ("minutes", minutes.into()),
        ],
    );
    (l.t(subject), format!("{body}\n"))
}

/// Handles up to 20 queued requests; returns how many this server took.
pub async fn process(state: &AppState) -> Result<usize, sqlx::Error> {
    let db = &state.db;
    let cfg = &state.config;
    let rows =
        sqlx::query("SELECT id, kind, email, ip FROM account_mail_requests ORDER BY id LIMIT 20")
            .fetch_all(&db.pool)
            .await?;
    let mut handled = 0;
    for row in rows {
        let (id, kind, email, ip): (i64, String, String, String) =
            (row.get(0), row.get(1), row.get(2), row.get(3));
        let mut tx = db.write().await?;
        let claimed = sqlx::query("DELETE FROM account_mail_requests WHERE id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await?
            .rows_affected();
        if claimed != 1 {
            continue; // another server took it
        }
        handled += 1;
        let user = sqlx::query(
            "SELECT id, name, locale, time_zone FROM users WHERE email = $1 AND status = 'active'",
        )
        .bind(&email)
        .fetch_optional(&mut **tx)
        .await?;
        let (Some(user), Some(kind)) = (user, Kind::parse(&kind)) else {
            tx.commit().await?;
            continue;
        };
        let (user_id, name): (i64, String) = (user.get(0), user.get(1));
        let (lang, tz): (Option<String>, Option<String>) = (user.get(2), user.get(3));
        let l = super::l10n::for_lang(
            lang.as_deref()
                .and_then(crate::shared::l10n::Lang::parse)
                .unwrap_or_default(),
            tz.as_deref().unwrap_or("UTC"),
        );
        let (purpose, ttl_ms, path) = match kind {
            Kind::PasswordReset => (
                Purpose::PasswordReset,
                cfg.mail.reset_minutes * 60_000,
                "reset-password",
            ),
            Kind::Unlock => (Purpose::Unlock, UNLOCK_MINUTES * 60_000, "unlock"),
        };
        let secret = tokens::issue(&mut tx, purpose, user_id, None, ttl_ms).await?;
        let link = format!("{}/{path}?token={secret}", cfg.public_url);
        let (subject, body) = message(kind, &l, &name, &link, cfg);
        super::mail::enqueue(&mut tx, &email, &subject, &body, kind.as_str()).await?;
        let entry = Entry::new(&format!("{}_link_sent", kind.as_str()), "success")
            .object("user", user_id)
            .ip(&ip);
        audit::append(&mut tx, db.dialect, &entry).await?;
        tx.commit().await?;
    }
    Ok(handled)
}
