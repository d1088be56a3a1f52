//! Where SQLite and PostgreSQL must differ, and nowhere else.
//!
//! Queries are written once with `$1` placeholders (both drivers accept
//! them), `BIGINT` millisecond timestamps and `TEXT` enums. The differences:
//! connection pragmas, the DDL of each migrations folder, and locks.

use anyhow::Context;
use sqlx::{AnyConnection, AnyPool, Executor, Row};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    pub fn from_url(url: &str) -> anyhow::Result<Self> {
        if url.starts_with("sqlite:") {
            Ok(Dialect::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Dialect::Postgres)
        } else {
            anyhow::bail!("DATABASE_URL must start with sqlite:// or postgres://")
        }
    }

    /// The dialect of an open connection.
    pub fn of(conn: &AnyConnection) -> Dialect {
        if conn.backend_name() == "PostgreSQL" {
            Dialect::Postgres
        } else {
            Dialect::Sqlite
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Dialect::Sqlite => "SQLite",
            Dialect::Postgres => "PostgreSQL",
        }
    }
}

/// Makes sure the folder of a SQLite file exists and the file is created on
/// first use (`mode=rwc`).
pub fn prepare_sqlite_url(url: &str) -> anyhow::Result<String> {
    let rest = url
        .trim_start_matches("sqlite://")
        .trim_start_matches("sqlite:");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path != ":memory:" && !path.is_empty() {
        if let Some(parent) = std::path::Path::new(path).parent() {
            if !parent.as_os_str().is_empty() {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("creating the data folder {}", parent.display()))?;
            }
        }
    }
    let query = if query.contains("mode=") {
        query.to_string()
    } else if query.is_empty() {
        "mode=rwc".to_string()
    } else {
        format!("{query}&mode=rwc")
    };
    Ok(format!("sqlite://{path}?{query}"))
}

/// Per-connection settings. SQLite: foreign keys on (off by default in
/// SQLite itself), wait instead of failing when another connection writes,
/// `synchronous = NORMAL`, which in WAL mode keeps every committed
/// transaction across a process crash, and a 64 MiB `journal_size_limit`:
/// after a checkpoint the WAL file is cut back to that size instead of
/// keeping its largest size (it reached 643 MB under the benchmark).
pub async fn on_connect(conn: &mut AnyConnection, dialect: Dialect) -> Result<(), sqlx::Error> {
    match dialect {
        Dialect::Sqlite => {
            conn.execute(
                "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; \
                 PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; \
                 PRAGMA journal_size_limit = 67108864;",
            )
            .await?;
        }
        Dialect::Postgres => {
            conn.execute("SET TIME ZONE 'UTC'").await?;
        }
    }
    Ok(())
}

/// WAL is a property of the file: set once, it stays.
pub async fn enable_wal(pool: &AnyPool) -> anyhow::Result<()> {
    pool.execute("PRAGMA journal_mode = WAL")
        .await
        .context("turning on SQLite WAL")?;
    Ok(())
}

/// How many audit chains PostgreSQL spreads concurrent appends over.
pub const AUDIT_CHAINS: i64 = 16;

/// Takes one of the audit log's hash chains for this transaction and
/// returns its number. SQLite already has one writer at a time
/// (`Db::write`): chain 0. PostgreSQL: a transaction-scoped advisory lock
/// per chain, so two servers never chain onto the same previous entry;
/// the first free chain from a rotating start, else a wait for one.
pub async fn lock_audit_chain(
    conn: &mut AnyConnection,
    dialect: Dialect,
) -> Result<i64, sqlx::Error> {
    use std::sync::atomic::{AtomicI64, Ordering};
    static NEXT: AtomicI64 = AtomicI64::new(0);
    if dialect != Dialect::Postgres {
        return Ok(0);
    }
    let start = NEXT
        .fetch_add(1, Ordering::Relaxed)
        .rem_euclid(AUDIT_CHAINS);
    for i in 0..AUDIT_CHAINS {
        let chain = (start + i) % AUDIT_CHAINS;
        let free: bool = sqlx::query("SELECT pg_try_advisory_xact_lock($1)")
            .bind(AUDIT_LOCK_BASE + chain)
            .fetch_one(&mut *conn)
            .await?
            .get(0);
        if free {
            return Ok(chain);
        }
    }
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(AUDIT_LOCK_BASE + start)
        .execute(&mut *conn)
        .await?;
    Ok(start)
}

/// What a `SELECT` ends with to lock the rows it reads until the
/// transaction ends: PostgreSQL needs `FOR UPDATE`; on SQLite the write
/// transaction already holds the single writer's lock.
pub fn lock_rows(dialect: Dialect) -> &'static str {
    match dialect {
        Dialect::Postgres => " FOR UPDATE",
        Dialect::Sqlite => "",
    }
}

/// The advisory lock key of audit chain 0 (chain `n` is this plus `n`).
const AUDIT_LOCK_BASE: i64 = 7_201_100;

/// A transaction-scoped lock on `key` (PostgreSQL); a no-op on SQLite,
/// where `Db::write` already admits one writer at a time.
pub async fn lock_key(
    conn: &mut AnyConnection,
    dialect: Dialect,
    key: i64,
) -> Result<(), sqlx::Error> {
    if dialect == Dialect::Postgres {
        // Simple protocol with the integer inlined: the Any driver cannot
        // describe the `void` result of a prepared statement.
        conn.execute(format!("SELECT pg_advisory_xact_lock({key})").as_str())
            .await?;
    }
    Ok(())
}

/// The id the next row of `table` (an autoincrement or identity key) will
/// get, for a writer that names it before inserting (so the statements that
/// refer to it can go in one batch). SQLite: from `sqlite_sequence`, which
/// only the holder of the single-writer lock may read for this (the next
/// writer sees the row it inserts, or the same number after a rollback).
/// PostgreSQL: drawn from the column's sequence, never handed out twice.
pub async fn next_id(
    conn: &mut AnyConnection,
    dialect: Dialect,
    table: &'static str,
) -> Result<i64, sqlx::Error> {
    use sqlx::Row;
    let sql = match dialect {
        Dialect::Sqlite => format!("SELECT {}", sqlite_next_id(table)),
        Dialect::Postgres => format!("SELECT nextval(pg_get_serial_sequence('{table}', 'id'))"),
    };
    Ok(sqlx::query(&sql).fetch_one(&mut *conn).await?.get(0))
}

/// [`next_id`] on SQLite as an expression, for a writer that reads it
/// together with other values (the same rule: only the lock holder).
pub fn sqlite_next_id(table: &'static str) -> String {
    format!("(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = '{table}'), 0) + 1)")
}

/// Reads an aggregate as i64. PostgreSQL's `SUM` of integers is `NUMERIC`,
/// which the `Any` driver cannot decode, so sums are computed over `CASE`
/// expressions and may arrive as integer or, on PostgreSQL, as text; this
/// accepts either.
pub fn sum_to_i64(row: &sqlx::any::AnyRow, index: usize) -> i64 {
    use sqlx::Row;
    row.try_get::<i64, _>(index)
        .or_else(|_| {
            row.try_get::<String, _>(index)
                .map(|s| s.parse().unwrap_or(0))
        })
        .or_else(|_| row.try_get::<f64, _>(index).map(|f| f as i64))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// SQLite URLs gain `mode=rwc`; other options are kept.
    #[test]
    fn sqlite_url_gets_create_mode() {
        let dir = std::env::temp_dir().join("portal-dialect-test");
        let url = format!("sqlite://{}/x.db", dir.display());
        assert!(prepare_sqlite_url(&url).unwrap().ends_with("x.db?mode=rwc"));
        assert!(prepare_sqlite_url("sqlite::memory:?cache=shared")
            .unwrap()
            .ends_with("cache=shared&mode=rwc"));
        assert_eq!(
            Dialect::from_url("postgres://x/y").unwrap(),
            Dialect::Postgres
        );
        assert!(Dialect::from_url("mysql://x").is_err());
    }
}
