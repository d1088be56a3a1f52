//! The database handle: one `sqlx::AnyPool` for SQLite or PostgreSQL, chosen
//! by the URL (see docs/decisions/0001-one-sql-for-two-databases.md).
//!
//! Writes go through [`Db::write`], which on SQLite also takes an in-process
//! lock: SQLite has one writer at a time, and queueing here is cheaper and
//! fairer than spinning on `SQLITE_BUSY`.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Transaction};
use tokio::sync::{Mutex, OwnedMutexGuard};

use super::dialect::{self, Dialect};

#[derive(Clone)]
pub struct Db {
    pub pool: AnyPool,
    pub dialect: Dialect,
    write_lock: Arc<Mutex<()>>,
}

/// A write transaction; on SQLite it holds the single-writer lock until it
/// is committed or dropped.
pub struct WriteTx {
    pub tx: Transaction<'static, Any>,
    _guard: Option<OwnedMutexGuard<()>>,
}

impl WriteTx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }
}

impl std::ops::Deref for WriteTx {
    type Target = Transaction<'static, Any>;
    fn deref(&self) -> &Self::Target {
        &self.tx
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.tx
    }
}

impl Db {
    /// Connects (creating the SQLite file and its folder when needed).
    pub async fn connect(url: &str, max_connections: u32) -> anyhow::Result<Db> {
        sqlx::any::install_default_drivers();
        let dialect = Dialect::from_url(url)?;
        let url = match dialect {
            Dialect::Sqlite => dialect::prepare_sqlite_url(url)?,
            Dialect::Postgres => url.to_string(),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections.max(2))
            .min_connections(1)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move { dialect::on_connect(conn, dialect).await })
            })
            .connect(&url)
            .await
            .with_context(|| format!("connecting to the {} database", dialect.name()))?;
        if dialect == Dialect::Sqlite {
            dialect::enable_wal(&pool).await?;
        }
        Ok(Db {
            pool,
            dialect,
            write_lock: Arc::new(Mutex::new(())),
        })
    }

    /// Applies the migrations for this database that have not run yet.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self.dialect {
            Dialect::Sqlite => sqlx::migrate!("migrations/sqlite").run(&self.pool).await,
            Dialect::Postgres => sqlx::migrate!("migrations/postgres").run(&self.pool).await,
        }
        .context("running migrations")
    }

    pub async fn write(&self) -> Result<WriteTx, sqlx::Error> {
        let (guard, tx) = match self.dialect {
            // IMMEDIATE takes SQLite's write lock at BEGIN. A deferred
            // transaction that reads first and writes later fails at once
            // with SQLITE_BUSY_SNAPSHOT (no busy wait) when any other
            // connection committed in between, which happened when jobs
            // and requests wrote at the same moment.
            Dialect::Sqlite => {
                let guard = self.write_lock.clone().lock_owned().await;
                (Some(guard), self.pool.begin_with("BEGIN IMMEDIATE").await?)
            }
            Dialect::Postgres => (None, self.pool.begin().await?),
        };
        Ok(WriteTx { tx, _guard: guard })
    }

    /// Ends a write transaction that changed nothing, now rather than when
    /// its connection is next used (a dropped one keeps the write lock
    /// until its rollback runs).
    pub async fn release(tx: WriteTx) -> Result<(), sqlx::Error> {
        tx.tx.rollback().await
    }

    /// Runs one statement outside a transaction, for single-row writes that
    /// need no other statement with them.
    pub async fn execute_one<'q>(
        &self,
        query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
    ) -> Result<u64, sqlx::Error> {
        let _guard = match self.dialect {
            Dialect::Sqlite => Some(self.write_lock.lock().await),
            Dialect::Postgres => None,
        };
        Ok(query.execute(&self.pool).await?.rows_affected())
    }

    pub async fn fetch_optional<'q>(
        &self,
        query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
    ) -> Result<Option<AnyRow>, sqlx::Error> {
        query.fetch_optional(&self.pool).await
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}
