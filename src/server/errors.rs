//! Turning library errors into `AppError` without leaking them.
//!
//! Use `AppError` variants directly for things the user can act on; use
//! `internal(e)` (or `?` through [`Internal`]) for everything else: the cause
//! is logged here with a short reference id and only the id leaves the
//! server.

use crate::shared::AppError;

/// Logs `err` with a fresh reference id and returns `AppError::Internal(id)`.
pub fn internal(err: impl std::fmt::Display) -> AppError {
    let reference = uuid::Uuid::new_v4().simple().to_string()[..12].to_string();
    tracing::error!(reference = %reference, error = %err, "internal error");
    AppError::Internal(reference)
}

/// `result.or_internal()?` logs and hides any error.
pub trait OrInternal<T> {
    fn or_internal(self) -> Result<T, AppError>;
}

impl<T, E: std::fmt::Display> OrInternal<T> for Result<T, E> {
    fn or_internal(self) -> Result<T, AppError> {
        self.map_err(internal)
    }
}

/// True when a database error is a unique-constraint violation (both
/// drivers), so callers can answer "already exists" instead of failing.
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Database(db) => {
            matches!(db.kind(), sqlx::error::ErrorKind::UniqueViolation)
        }
        _ => false,
    }
}
