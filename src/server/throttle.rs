//! Sign-in throttling, kept in the database so every app server sees the
//! same counters.
//!
//! Three counters, each over a window (default 15 minutes):
//! - **account and address** (`pair:`): `account_failures` (5) failures for
//!   one e-mail from one client address lock that pair until the window
//!   ends. The classic lock, but it binds only the address that guessed.
//! - **address** (`ip:`): `ip_failures` (30) failures from one address, for
//!   any e-mails, lock that address (password spraying).
//! - **account** (`acct:`): from `account_slowdown_after` (10) failures for
//!   one e-mail from anywhere, each further attempt must wait a growing
//!   delay after the last one (1 s, 2 s, 4 s ... at most 60 s). It slows a
//!   distributed attack without locking: a browser the person signed in
//!   from before (a trusted device) is exempt, and crossing the threshold
//!   e-mails the person an unlock link that makes their browser trusted.
//!
//! An attempt is reserved (counted as a failure) atomically, before the
//! password is hashed: PostgreSQL locks the counter rows, SQLite's single
//! writer serialises the transaction. So N parallel guesses cannot each
//! find the counter below the limit; a success gives its reservation back.

use sqlx::Row;

use super::config::SecurityConfig;
use super::db::Db;
use super::dialect::{self, Dialect};

/// The longest the account-wide slowdown makes anyone wait.
pub const MAX_DELAY_MS: i64 = 60_000;

pub fn pair_key(email: &str, ip: &str) -> String {
    format!("pair:{}|{ip}", email.trim().to_lowercase())
}

pub fn account_key(email: &str) -> String {
    format!("acct:{}", email.trim().to_lowercase())
}

pub fn ip_key(ip: &str) -> String {
    format!("ip:{ip}")
}

/// One counter as stored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counter {
    pub failures: i64,
    pub window_start: i64,
    /// The latest counted failure.
    pub last_at: i64,
}

impl Counter {
    /// The failures that still count at `now` (none once the window ended).
    pub fn live(self, now: i64, window_ms: i64) -> Counter {
        if now - self.window_start < window_ms {
            self
        } else {
            Counter::default()
        }
    }

    /// This counter with one more failure at `now`.
    pub fn plus_one(self, now: i64, window_ms: i64) -> Counter {
        let live = self.live(now, window_ms);
        Counter {
            failures: live.failures + 1,
            window_start: if live.failures == 0 {
                now
            } else {
                live.window_start
            },
            last_at: now,
        }
    }
}

/// Milliseconds until a locked counter (pair or address) frees, if it is
/// locked: `limit` failures inside the window lock until the window ends.
pub fn locked_for(c: Counter, now: i64, limit: i64, window_ms: i64) -> Option<i64> {
    let live = c.live(now, window_ms);
    (live.failures >= limit).then(|| live.window_start + window_ms - now)
}

/// The pause the account-wide slowdown asks for after `excess` failures
/// beyond its threshold: doubling from one second, at most a minute.
pub fn delay_ms(excess: i64) -> i64 {
    (1_000i64 << excess.clamp(0, 6)).min(MAX_DELAY_MS)
}

/// Milliseconds until the account may be tried again, if it is slowed.
pub fn slowed_for(c: Counter, now: i64, threshold: i64, window_ms: i64) -> Option<i64> {
    let live = c.live(now, window_ms);
    if live.failures < threshold {
        return None;
    }
    let ready_at = live.last_at + delay_ms(live.failures - threshold);
    (ready_at > now).then(|| ready_at - now)
}

/// Why an attempt was not let through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// This address (for this account, or for all) is locked.
    Locked { wait_ms: i64 },
    /// The account is under attack and slowed down.
    Slowed { wait_ms: i64 },
}

/// An attempt let through and counted. `attack_started`: this attempt
/// took the account to its slowdown threshold (the moment to e-mail the
/// person their unlock link, once per window).
#[derive(Clone, Debug)]
pub struct Reservation {
    pub keys: [String; 3],
    pub attack_started: bool,
}

/// The rule: given the three counters (pair, address, account), whether
/// an attempt may go ahead now. A trusted device skips the slowdown.
pub fn decide(
    cfg: &SecurityConfig,
    [pair, ip, account]: [Counter; 3],
    now: i64,
    trusted_device: bool,
) -> Result<(), Refusal> {
    let window = cfg.throttle_window_minutes * 60_000;
    let lock = [
        locked_for(pair, now, cfg.account_failures, window),
        locked_for(ip, now, cfg.ip_failures, window),
    ]
    .into_iter()
    .flatten()
    .max();
    if let Some(wait_ms) = lock {
        return Err(Refusal::Locked { wait_ms });
    }
    if !trusted_device {
        if let Some(wait_ms) = slowed_for(account, now, cfg.account_slowdown_after, window) {
            return Err(Refusal::Slowed { wait_ms });
        }
    }
    Ok(())
}

async fn read(
    conn: &mut sqlx::AnyConnection,
    dialect: Dialect,
    key: &str,
) -> Result<Counter, sqlx::Error> {
    // The row must exist for PostgreSQL to lock it.
    sqlx::query(
        "INSERT INTO login_throttle (throttle_key, failures, window_start, locked_until, last_at) \
         VALUES ($1, 0, 0, 0, 0) ON CONFLICT (throttle_key) DO NOTHING",
    )
    .bind(key)
    .execute(&mut *conn)
    .await?;
    let sql = format!(
        "SELECT failures, window_start, last_at FROM login_throttle WHERE throttle_key = $1{}",
        dialect::lock_rows(dialect)
    );
    let row = sqlx::query(&sql).bind(key).fetch_one(&mut *conn).await?;
    Ok(Counter {
        failures: row.get(0),
        window_start: row.get(1),
        last_at: row.get(2),
    })
}

async fn write(conn: &mut sqlx::AnyConnection, key: &str, c: Counter) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE login_throttle SET failures = $1, window_start = $2, last_at = $3 \
         WHERE throttle_key = $4",
    )
    .bind(c.failures)
    .bind(c.window_start)
    .bind(c.last_at)
    .bind(key)
    .execute(&mut *conn)
    .await
    .map(|_| ())
}

/// Decides and, if the attempt may go ahead, counts it as a failure, all
/// in one transaction that holds the three counters.
pub async fn reserve(
    db: &Db,
    cfg: &SecurityConfig,
    email: &str,
    ip: &str,
    now: i64,
    trusted_device: bool,
) -> Result<Result<Reservation, Refusal>, sqlx::Error> {
    let keys = [pair_key(email, ip), ip_key(ip), account_key(email)];
    let window = cfg.throttle_window_minutes * 60_000;
    let mut tx = db.write().await?;
    let mut counters = [Counter::default(); 3];
    for (key, counter) in keys.iter().zip(counters.iter_mut()) {
        *counter = read(&mut tx, db.dialect, key).await?;
    }
    if let Err(refusal) = decide(cfg, counters, now, trusted_device) {
        tx.commit().await?;
        return Ok(Err(refusal));
    }
    let counted = counters.map(|c| c.plus_one(now, window));
    for (key, counter) in keys.iter().zip(counted) {
        write(&mut tx, key, counter).await?;
    }
    tx.commit().await?;
    Ok(Ok(Reservation {
        keys,
        attack_started: counted[2].failures == cfg.account_slowdown_after,
    }))
}

/// A successful sign-in: its address's lock for the account goes, and the
/// reservation it made on the address and the account is given back.
pub async fn succeeded(
    conn: &mut sqlx::AnyConnection,
    reservation: &Reservation,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM login_throttle WHERE throttle_key = $1")
        .bind(&reservation.keys[0])
        .execute(&mut *conn)
        .await?;
    for key in &reservation.keys[1..] {
        sqlx::query(
            "UPDATE login_throttle SET failures = failures - 1 \
             WHERE throttle_key = $1 AND failures > 0",
        )
        .bind(key)
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Counts one request against `key` (at most `limit` a window), for
/// things that are limited but not guessed (password-reset requests):
/// `Err(wait_ms)` once the limit is reached. Read and counted in one
/// transaction that holds the counter, as [`reserve`] does.
pub async fn count_request(
    db: &Db,
    key: &str,
    limit: i64,
    window_ms: i64,
    now: i64,
) -> Result<Result<(), i64>, sqlx::Error> {
    let mut tx = db.write().await?;
    let c = read(&mut tx, db.dialect, key).await?;
    if let Some(wait) = locked_for(c, now, limit, window_ms) {
        tx.commit().await?;
        return Ok(Err(wait));
    }
    write(&mut tx, key, c.plus_one(now, window_ms)).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const WINDOW: i64 = 15 * 60_000;

    fn cfg() -> SecurityConfig {
        SecurityConfig {
            max_concurrent_hashes: 1,
            trusted_proxy_hops: 0,
            account_failures: 5,
            ip_failures: 30,
            account_slowdown_after: 10,
            throttle_window_minutes: 15,
            reset_per_address: 3,
            reset_per_client: 20,
        }
    }

    fn failures(n: i64, start: i64) -> Counter {
        (0..n).fold(Counter::default(), |c, i| c.plus_one(start + i, WINDOW))
    }

    /// Five failures from one address lock that address for the account
    /// until the window ends; the account and other addresses go on.
    #[test]
    fn the_pair_locks_after_its_limit() {
        let four = failures(4, 1000);
        assert_eq!(decide(&cfg(), [four, four, four], 2000, false), Ok(()));
        let five = failures(5, 1000);
        assert_eq!(
            decide(&cfg(), [five, five, Counter::default()], 2000, false),
            Err(Refusal::Locked {
                wait_ms: 1000 + WINDOW - 2000
            })
        );
        // The same account from another address (a fresh pair) may try.
        assert_eq!(
            decide(
                &cfg(),
                [Counter::default(), Counter::default(), five],
                2000,
                false
            ),
            Ok(())
        );
    }

    /// A failure after the window starts a fresh count: no lock is forever.
    #[test]
    fn windows_end() {
        let old = failures(9, 0);
        assert_eq!(locked_for(old, WINDOW, 5, WINDOW), None);
        let fresh = old.plus_one(WINDOW + 1, WINDOW);
        assert_eq!(fresh.failures, 1);
        assert_eq!(fresh.window_start, WINDOW + 1);
    }

    /// From the threshold on, the account waits a doubling delay after
    /// each failure, capped at a minute, and never a lock: a trusted
    /// device goes through.
    #[test]
    fn the_account_slows_down_and_never_locks() {
        assert_eq!(delay_ms(0), 1_000);
        assert_eq!(delay_ms(3), 8_000);
        assert_eq!(delay_ms(40), MAX_DELAY_MS);
        let ten = failures(10, 0);
        let last = ten.last_at;
        let none = Counter::default();
        assert_eq!(
            decide(&cfg(), [none, none, ten], last + 500, false),
            Err(Refusal::Slowed { wait_ms: 500 })
        );
        assert_eq!(
            decide(&cfg(), [none, none, ten], last + 1_000, false),
            Ok(())
        );
        assert_eq!(decide(&cfg(), [none, none, ten], last + 1, true), Ok(()));
        let many = failures(40, 0);
        assert_eq!(
            slowed_for(many, many.last_at, 10, WINDOW),
            Some(MAX_DELAY_MS)
        );
        assert_eq!(
            slowed_for(many, many.last_at + MAX_DELAY_MS, 10, WINDOW),
            None
        );
    }

    #[test]
    fn keys_are_normalised() {
        assert_eq!(account_key(" Ada@X.io "), "acct:ada@x.io");
        assert_eq!(pair_key("Ada@X.io", "::1"), "pair:ada@x.io|::1");
        assert_eq!(ip_key("::1"), "ip:::1");
    }
}
