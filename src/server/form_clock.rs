//! The timed form: a form carries the time the server rendered it, signed
//! (`served_at`, `served_sig`), and the browser adds what it measured from
//! the first keystroke (`elapsed_ms`, absent without JavaScript). On submit
//! [`measured`] checks one against the other, so "registered in 48 s" is
//! true with or without JavaScript and cannot be forged longer than the
//! form existed. A refused form comes back with what was typed and its
//! clock ([`echo`]). Deal registration and MDF requests use it.

use sqlx::Row;

use crate::server::db::Db;
use crate::server::errors::{internal, OrInternal};
use crate::server::now_ms;
use crate::shared::time::DAY_MS;
use crate::shared::{AppError, Viewer};

/// The key that signs the time a registration form was served. Created
/// once and kept in the database, so every app server agrees on it.
pub async fn key(db: &Db) -> Result<String, AppError> {
    let get = || async {
        sqlx::query("SELECT value FROM settings WHERE setting_key = 'deals.form_key'")
            .fetch_optional(&db.pool)
            .await
            .or_internal()
            .map(|r| r.map(|r| r.get::<String, _>(0)))
    };
    if let Some(k) = get().await? {
        return Ok(k);
    }
    let key = crate::server::tokens::new_secret();
    // Two servers may race here; the loser's insert is ignored and both read
    // the winner's key.
    db.execute_one(
        sqlx::query(
            "INSERT INTO settings (setting_key, value, updated_at) VALUES ('deals.form_key', $1, $2) \
             ON CONFLICT (setting_key) DO NOTHING",
        )
        .bind(&key)
        .bind(now_ms()),
    )
    .await
    .or_internal()?;
    get()
        .await?
        .ok_or_else(|| internal("form key missing after insert"))
}

pub fn sign(key: &str, user_id: i64, served_at: i64) -> String {
    use sha2::{Digest, Sha256};
    let mut h = Sha256::new();
    h.update(key.as_bytes());
    h.update(format!(":{user_id}:{served_at}").as_bytes());
    hex::encode(&h.finalize()[..16])
}

/// A new form's clock: the time now and its signature for `viewer`.
pub async fn stamp(db: &Db, viewer: &Viewer) -> Result<(i64, String), AppError> {
    let served_at = now_ms();
    let key = key(db).await?;
    Ok((served_at, sign(&key, viewer.user_id, served_at)))
}

/// The clock a submitted form carried, as its hidden fields sent it.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    pub served_at: Option<String>,
    pub served_sig: Option<String>,
    pub elapsed_ms: Option<String>,
}

impl Clock {
    /// The time the form took, if it can be believed: the signed render
    /// time checked for `viewer`, and the browser's own measure capped by
    /// it ([`duration`]).
    pub async fn measured(&self, db: &Db, viewer: &Viewer, now: i64) -> Option<i64> {
        let served = match (
            self.served_at
                .as_deref()
                .and_then(|s| s.parse::<i64>().ok()),
            self.served_sig.as_deref(),
        ) {
            (Some(at), Some(sig)) => {
                let key = key(db).await.ok()?;
                (sign(&key, viewer.user_id, at) == sig).then_some(at)
            }
            _ => None,
        };
        let client = self
            .elapsed_ms
            .as_deref()
            .and_then(|s| s.trim().parse::<i64>().ok());
        duration(client, served, now)
    }

    /// A refused form's error with what was typed (`typed`, unless the
    /// refusal echoed a field already) and the clock, so the form comes
    /// back filled in and still timed from its first render.
    pub fn echo(&self, e: AppError, typed: Vec<(String, String)>) -> AppError {
        match e {
            AppError::Validation {
                message,
                fields,
                mut values,
            } => {
                for (k, v) in typed {
                    if !values.iter().any(|(have, _)| *have == k) {
                        values.push((k, v));
                    }
                }
                for (k, v) in [
                    ("served_at", &self.served_at),
                    ("served_sig", &self.served_sig),
                ] {
                    if let Some(v) = v {
                        values.push((k.to_string(), v.clone()));
                    }
                }
                AppError::Validation {
                    message,
                    fields,
                    values,
                }
            }
            other => other,
        }
    }
}

/// The time a submission took to fill in, checked against the server's
/// own clock. `client_ms` is what the browser measured from first
/// interaction to submit; `served_at` is when the server rendered the form
/// (the only clock without JavaScript). Values under 2 s or over 24 h are not
/// a person filling a form and are not stored.
pub fn duration(client_ms: Option<i64>, served_at: Option<i64>, now: i64) -> Option<i64> {
    let server_ms = served_at.map(|s| now - s).filter(|d| *d >= 0);
    let measured = match (client_ms, server_ms) {
        // The browser cannot have measured longer than the form existed
        // (plus a little clock slack).
        (Some(c), Some(s)) => Some(c.min(s + 5_000)),
        (Some(c), None) => Some(c),
        (None, s) => s,
    }?;
    (2_000..=DAY_MS).contains(&measured).then_some(measured)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_time_is_checked() {
        let now = 1_000_000_000;
        assert_eq!(
            duration(Some(45_000), Some(now - 60_000), now),
            Some(45_000)
        );
        // The browser cannot claim more than the form existed.
        assert_eq!(
            duration(Some(600_000), Some(now - 60_000), now),
            Some(65_000)
        );
        // Without JavaScript, the server's clock.
        assert_eq!(duration(None, Some(now - 80_000), now), Some(80_000));
        // Absurd values are not stored.
        assert_eq!(duration(Some(500), Some(now - 60_000), now), None);
        assert_eq!(duration(None, Some(now - 2 * DAY_MS), now), None);
        assert_eq!(duration(None, Some(now + 10), now), None);
        assert_eq!(duration(None, None, now), None);
    }

    #[test]
    fn signatures_bind_user_and_time() {
        let s = sign("k", 1, 100);
        assert_eq!(s.len(), 32);
        assert_ne!(s, sign("k", 2, 100));
        assert_ne!(s, sign("k", 1, 101));
        assert_ne!(s, sign("j", 1, 100));
    }

    #[test]
    fn echo_keeps_what_was_typed_and_the_clock() {
        let clock = Clock {
            served_at: Some("5".into()),
            served_sig: Some("sig".into()),
            elapsed_ms: None,
        };
        let e = AppError::Validation {
            message: crate::shared::l10n::Msg::literal("m"),
            fields: vec![],
            values: vec![
                ("deal_id".into(), "9".into()),
                ("name".into(), "kept".into()),
            ],
        };
        let AppError::Validation { values, .. } = clock.echo(
            e,
            vec![
                ("name".into(), "typed".into()),
                ("city".into(), "Oslo".into()),
            ],
        ) else {
            panic!("still a validation error");
        };
        let get = |k: &str| values.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
        assert_eq!(get("name"), Some("kept"));
        assert_eq!(get("city"), Some("Oslo"));
        assert_eq!(get("deal_id"), Some("9"));
        assert_eq!(get("served_at"), Some("5"));
        assert_eq!(get("served_sig"), Some("sig"));
    }
}
