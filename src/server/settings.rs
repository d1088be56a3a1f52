//! Program settings, below every feature: one `settings` table of keys
//! and values, each feature under its own prefix (`deals.`, `mdf.`), read
//! together and written in the caller's transaction (so a change and its
//! audit entry commit together). Each feature parses its own values and
//! keeps its defaults.

use sqlx::{AnyConnection, Row};

use crate::server::db::Db;
use crate::server::errors::OrInternal;
use crate::shared::AppError;

/// Every setting whose key starts with `prefix` (e.g. `"deals."`).
pub async fn read(db: &Db, prefix: &str) -> Result<Vec<(String, String)>, AppError> {
    Ok(
        sqlx::query("SELECT setting_key, value FROM settings WHERE setting_key LIKE $1")
            .bind(format!("{prefix}%"))
            .fetch_all(&db.pool)
            .await
            .or_internal()?
            .iter()
            .map(|r| (r.get(0), r.get(1)))
            .collect(),
    )
}

/// Sets each key to its value (inserted or replaced), in the caller's
/// transaction.
pub async fn write(
    conn: &mut AnyConnection,
    values: &[(&str, String)],
    now: i64,
) -> Result<(), AppError> {
    for (key, value) in values {
        sqlx::query(
            "INSERT INTO settings (setting_key, value, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (setting_key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )
        .bind(*key)
        .bind(value)
        .bind(now)
        .execute(&mut *conn)
        .await
        .or_internal()?;
    }
    Ok(())
}
