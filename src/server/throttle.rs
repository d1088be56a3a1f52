//! Login throttling per account and per client address, kept in the database
//! so every app server sees the same counters.
//!
//! Rule: `account_failures` failed logins for one e-mail within the window
//! (default 5 in 15 minutes) lock that e-mail for the rest of the window;
//! `ip_failures` (default 30) do the same for one address. The lock always
//! ends with its window, so an attacker can slow a real user down but never
//! lock them out for good, and a real user's success clears the account
//! counter.

use sqlx::Row;

use super::config::SecurityConfig;
use super::db::Db;

pub fn account_key(email: &str) -> String {
    format!("acct:{}", email.trim().to_lowercase())
}

pub fn ip_key(ip: &str) -> String {
    format!("ip:{ip}")
}

/// The state of one counter after a failure, as a pure rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counter {
    pub failures: i64,
    pub window_start: i64,
    pub locked_until: i64,
}

/// Applies one failure at `now` to `prev` (if any).
pub fn after_failure(prev: Option<Counter>, now: i64, limit: i64, window_ms: i64) -> Counter {
    let mut c = match prev {
        Some(c) if now - c.window_start < window_ms => c,
        _ => Counter {
            failures: 0,
            window_start: now,
            locked_until: 0,
        },
    };
    c.failures += 1;
    if c.failures >= limit {
        c.locked_until = c.window_start + window_ms;
    }
    c
}

/// Milliseconds until `key` may try again, or `None` if it may now.
pub async fn locked_for(db: &Db, key: &str, now: i64) -> Result<Option<i64>, sqlx::Error> {
    let row = sqlx::query("SELECT locked_until FROM login_throttle WHERE throttle_key = $1")
        .bind(key)
        .fetch_optional(&db.pool)
        .await?;
    Ok(row
        .map(|r| r.get::<i64, _>(0))
        .filter(|until| *until > now)
        .map(|until| until - now))
}

pub async fn record_failure(
    db: &Db,
    cfg: &SecurityConfig,
    key: &str,
    is_ip: bool,
    now: i64,
) -> Result<(), sqlx::Error> {
    let limit = if is_ip {
        cfg.ip_failures
    } else {
        cfg.account_failures
    };
    let window = cfg.throttle_window_minutes * 60_000;
    let mut tx = db.write().await?;
    let prev = sqlx::query(
        "SELECT failures, window_start, locked_until FROM login_throttle WHERE throttle_key = $1",
    )
    .bind(key)
    .fetch_optional(&mut **tx)
    .await?
    .map(|r| Counter {
        failures: r.get(0),
        window_start: r.get(1),
        locked_until: r.get(2),
    });
    let next = after_failure(prev, now, limit, window);
    sqlx::query(
        "INSERT INTO login_throttle (throttle_key, failures, window_start, locked_until) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (throttle_key) DO UPDATE SET \
         failures = excluded.failures, window_start = excluded.window_start, \
         locked_until = excluded.locked_until",
    )
    .bind(key)
    .bind(next.failures)
    .bind(next.window_start)
    .bind(next.locked_until)
    .execute(&mut **tx)
    .await?;
    tx.commit().await
}

pub async fn clear(db: &Db, key: &str) -> Result<(), sqlx::Error> {
    db.execute_one(sqlx::query("DELETE FROM login_throttle WHERE throttle_key = $1").bind(key))
        .await
        .map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    const WINDOW: i64 = 15 * 60_000;

    /// Five failures inside the window lock until the window ends.
    #[test]
    fn locks_after_limit() {
        let mut c = None;
        for i in 0..4 {
            c = Some(after_failure(c, 1000 + i, 5, WINDOW));
            assert_eq!(c.unwrap().locked_until, 0);
        }
        let locked = after_failure(c, 2000, 5, WINDOW);
        assert_eq!(locked.failures, 5);
        assert_eq!(locked.locked_until, 1000 + WINDOW);
    }

    /// A failure after the window starts a fresh count: no permanent lockout.
    #[test]
    fn window_resets() {
        let old = Counter {
            failures: 9,
            window_start: 0,
            locked_until: WINDOW,
        };
        let fresh = after_failure(Some(old), WINDOW + 1, 5, WINDOW);
        assert_eq!(fresh.failures, 1);
        assert_eq!(fresh.locked_until, 0);
    }

    #[test]
    fn keys_are_normalised() {
        assert_eq!(account_key(" Ada@X.io "), "acct:ada@x.io");
        assert_eq!(ip_key("::1"), "ip:::1");
    }
}
