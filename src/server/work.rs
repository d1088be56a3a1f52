//! Per-item work with leases: a queue whose rows are done one at a time,
//! each by whichever app server claims it first (the outbox today;
//! webhook deliveries, lead offer timeouts and exports next). A periodic
//! job holds one lease for a whole kind of work (`jobs`); here every item
//! has its own:
//!
//! - an item is due while it is pending and its `due` time has come;
//! - a server claims one by moving that time a lease ahead with a
//!   compare-and-set on the value it read (and counting the attempt), so
//!   of several servers exactly one wins; a server that dies holding the
//!   item leaves it due again when the lease runs out;
//! - the worker then records the outcome: done, or a failure retried
//!   after a back-off ([`retry_at`]) until the attempts run out
//!   ([`gives_up`]).

use sqlx::any::AnyRow;

use crate::server::db::Db;

/// A queue table: its pending condition and its due-time and attempts
/// columns (constants of the program, never input).
pub struct Items {
    pub table: &'static str,
    /// SQL condition of a pending item, e.g. `status = 'pending'`.
    pub pending: &'static str,
    /// Column with the time (ms) the item is due; a claim moves it ahead.
    pub due: &'static str,
    /// Column counting attempts.
    pub attempts: &'static str,
}

/// Due items (`columns` of each, then its due time last), oldest first.
pub async fn due(
    db: &Db,
    items: &Items,
    columns: &str,
    now: i64,
    limit: i64,
) -> Result<Vec<AnyRow>, sqlx::Error> {
    let sql = format!(
        "SELECT {columns}, {due} FROM {table} WHERE {pending} AND {due} <= $1 ORDER BY {due}, id LIMIT $2",
        due = items.due,
        table = items.table,
        pending = items.pending,
    );
    sqlx::query(&sql)
        .bind(now)
        .bind(limit)
        .fetch_all(&db.pool)
        .await
}

/// Claims item `id`, read as due at `seen_due`, for `lease_ms`: true when
/// this server won it (no other claim moved it since it was read).
pub async fn claim(
    db: &Db,
    items: &Items,
    id: i64,
    seen_due: i64,
    now: i64,
    lease_ms: i64,
) -> Result<bool, sqlx::Error> {
    let sql = format!(
        "UPDATE {table} SET {due} = $1, {attempts} = {attempts} + 1 \
         WHERE id = $2 AND {pending} AND {due} = $3",
        table = items.table,
        due = items.due,
        attempts = items.attempts,
        pending = items.pending,
    );
    let n = db
        .execute_one(
            sqlx::query(&sql)
                .bind(now + lease_ms)
                .bind(id)
                .bind(seen_due),
        )
        .await?;
    Ok(n == 1)
}

/// First retry after this long; each failure doubles it.
const FIRST_RETRY_MS: i64 = 30_000;
/// The doubling stops here (30 s x 2^8: about two hours).
const MAX_DOUBLINGS: i64 = 8;

/// When an item that failed `attempts` times before this attempt is tried
/// again: 30 s, 1 min, 2 min, .. up to about two hours apart.
pub fn retry_at(now: i64, attempts: i64) -> i64 {
    now + FIRST_RETRY_MS * (1i64 << attempts.clamp(0, MAX_DOUBLINGS))
}

/// Whether this attempt (the `attempts`-th before it, counting from 0)
/// was the last of `max`.
pub fn gives_up(attempts: i64, max: i64) -> bool {
    attempts + 1 >= max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_and_stop() {
        assert_eq!(retry_at(0, 0), 30_000);
        assert_eq!(retry_at(0, 1), 60_000);
        assert_eq!(retry_at(1_000, 3), 1_000 + 240_000);
        assert_eq!(retry_at(0, 8), 7_680_000);
        assert_eq!(retry_at(0, 40), 7_680_000, "the doubling stops");
        assert_eq!(retry_at(0, -1), 30_000);
        assert!(!gives_up(0, 8));
        assert!(!gives_up(6, 8));
        assert!(gives_up(7, 8));
    }
}
