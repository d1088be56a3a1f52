//! Random secrets for sessions and one-time links. Only the SHA-256 of a
//! secret is stored, so a copy of the database cannot be replayed.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};
use sqlx::Row;

use super::db::Db;

/// 256 random bits, URL-safe.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn digest(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Invitation,
    PasswordReset,
    /// Lets one browser sign in while failed attempts slow the account.
    Unlock,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Invitation => "invitation",
            Purpose::PasswordReset => "password_reset",
            Purpose::Unlock => "unlock",
        }
    }
}

/// Creates a one-time token for `user_id` inside the caller's transaction,
/// replacing any unused earlier token of the same purpose.
pub async fn issue(
    conn: &mut sqlx::AnyConnection,
    purpose: Purpose,
    user_id: i64,
    created_by: Option<i64>,
    ttl_ms: i64,
) -> Result<String, sqlx::Error> {
    let now = super::now_ms();
    sqlx::query(
        "DELETE FROM one_time_tokens WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL",
    )
    .bind(user_id)
    .bind(purpose.as_str())
    .execute(&mut *conn)
    .await?;
    let secret = new_secret();
    sqlx::query(
        "INSERT INTO one_time_tokens (token_hash, purpose, user_id, created_by, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(digest(&secret))
    .bind(purpose.as_str())
    .bind(user_id)
    .bind(created_by)
    .bind(now)
    .bind(now + ttl_ms)
    .execute(&mut *conn)
    .await?;
    Ok(secret)
}

/// The user a valid (unused, unexpired) token belongs to.
pub async fn peek(db: &Db, purpose: Purpose, secret: &str) -> Result<Option<i64>, sqlx::Error> {
    if secret.len() > 100 {
        return Ok(None);
    }
    let row = sqlx::query(
        "SELECT user_id FROM one_time_tokens WHERE token_hash = $1 AND purpose = $2 \
         AND used_at IS NULL AND expires_at > $3",
    )
    .bind(digest(secret))
    .bind(purpose.as_str())
    .bind(super::now_ms())
    .fetch_optional(&db.pool)
    .await?;
    Ok(row.map(|r| r.get(0)))
}

/// Marks a token used inside the caller's transaction; returns its user only
/// if this call was the one that used it (two racing requests: one wins).
pub async fn consume(
    conn: &mut sqlx::AnyConnection,
    purpose: Purpose,
    secret: &str,
) -> Result<Option<i64>, sqlx::Error> {
    if secret.len() > 100 {
        return Ok(None);
    }
    let now = super::now_ms();
    let hash = digest(secret);
    let row = sqlx::query(
        "SELECT user_id FROM one_time_tokens WHERE token_hash = $1 AND purpose = $2 \
         AND used_at IS NULL AND expires_at > $3",
    )
    .bind(&hash)
    .bind(purpose.as_str())
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let used = sqlx::query(
        "UPDATE one_time_tokens SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL",
    )
    .bind(now)
    .bind(&hash)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    Ok((used == 1).then(|| row.get(0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Secrets are long, distinct and URL-safe; digests are stable hex.
    #[test]
    fn secrets() {
        let a = new_secret();
        let b = new_secret();
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert!(a
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_eq!(digest("x"), digest("x"));
        assert_eq!(digest("x").len(), 64);
    }
}
