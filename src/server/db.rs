//! The database handle: one `sqlx::AnyPool` for SQLite or PostgreSQL, chosen
//! by the URL (see docs/decisions/0001-one-sql-for-two-databases.md).
//!
//! Writes go through [`Db::write`], which on SQLite also takes an in-process
//! lock: SQLite has one writer at a time, and queueing here is cheaper and
//! fairer than spinning on `SQLITE_BUSY`. On SQLite they run on one
//! long-lived connection of their own, whose page cache no other
//! connection's write resets, and a background task checkpoints the WAL
//! outside the lock.
//!
//! On SQLite, [`Db::write_grouped`] lets writers that queue behind each
//! other share one transaction (group commit, decision 0006): each works in
//! a savepoint of its own, and one commit acknowledges them all. A writer
//! whose work fails rolls back its savepoint only; a commit that fails
//! fails every writer of the group, none of which has been told it
//! succeeded. Plain [`Db::write`] commits an open group first, so a writer
//! that reads through the pool inside its transaction sees everything
//! acknowledged before it, as before.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Transaction};
use tokio::sync::{oneshot, Mutex, OwnedMutexGuard};

use super::batch::Batch;
use super::dialect::{self, Dialect};

#[derive(Clone)]
pub struct Db {
    pub pool: AnyPool,
    pub dialect: Dialect,
    /// Where write transactions run. SQLite: one long-lived connection of
    /// its own. A connection's page cache is reset whenever another
    /// connection has written, so with writes spread over the pool every
    /// write read its indexes' pages again; the one writer keeps its cache
    /// (`WRITER_CACHE_KIB`). PostgreSQL: the pool.
    writes: AnyPool,
    writer: Arc<Mutex<Writer>>,
    /// How many writers wait for `writer` (a writer alone commits at once).
    waiting: Arc<AtomicUsize>,
    /// `write_grouped` shares commits (SQLite; on by default).
    group_commit: bool,
}

/// SQLite's single writer: the lock every write transaction holds, and the
/// group transaction that writers of [`Db::write_grouped`] share until it
/// is committed.
#[derive(Default)]
struct Writer {
    group: Option<Group>,
}

struct Group {
    tx: Transaction<'static, Any>,
    /// The members whose work is in the transaction, each waiting for its
    /// commit.
    done: Vec<oneshot::Sender<Result<(), Arc<str>>>>,
    /// A task that commits the group has been started.
    flushing: bool,
}

/// A write transaction. On SQLite it holds the single-writer lock until it
/// is committed or dropped.
pub struct WriteTx {
    kind: Kind,
}

enum Kind {
    /// PostgreSQL: a transaction of its own (`None` once committed or
    /// given back).
    Own(Option<Transaction<'static, Any>>),
    /// SQLite: the writer's transaction (`guard`, `None` once committed or
    /// given back), alone in it, or a member of a group: the first, or a
    /// later one in a savepoint of its own.
    Sqlite {
        guard: Option<OwnedMutexGuard<Writer>>,
        writer: Arc<Mutex<Writer>>,
        waiting: Arc<AtomicUsize>,
        grouped: bool,
        place: Place,
        /// When the lock was taken, for the debug log of how long it was held.
        since: std::time::Instant,
    },
}

/// The SQLite writer connection's page cache, in KiB (readers keep
/// SQLite's default of 2 MiB each): the interior pages of the deal indexes
/// and the right edges of the append-mostly tables at 1 M deals.
const WRITER_CACHE_KIB: u32 = 32 * 1024;

/// The writer's own checkpoints, a backstop: `checkpoints` copies the WAL
/// into the database from a reader connection, outside the write lock.
/// SQLite's default (1,000 pages) ran a checkpoint inside the commit of
/// whichever write crossed it, with two fsyncs, while every queued writer
/// waited: 1 % of the benchmark's group commits took 8.8 ms or more
/// against 0.4 ms at the median.
const WRITER_AUTOCHECKPOINT_PAGES: u32 = 20_000;

/// How often `checkpoints` runs.
const CHECKPOINT_EVERY: Duration = Duration::from_millis(200);

/// Copies committed WAL frames into the database file every
/// `CHECKPOINT_EVERY` (a passive checkpoint: it never waits for a writer
/// or a reader, and the writer never waits for it), until the pool closes.
async fn checkpoints(pool: AnyPool) {
    let mut every = tokio::time::interval(CHECKPOINT_EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        if pool.is_closed() {
            return;
        }
        let since = std::time::Instant::now();
        match sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
            .fetch_optional(&pool)
            .await
        {
            Ok(row) => {
                use sqlx::Row;
                let frames = row.and_then(|r| r.try_get::<i64, _>(2).ok());
                tracing::trace!(
                    target: "portal::db",
                    checkpoint_us = since.elapsed().as_micros() as u64,
                    frames,
                    "checkpoint"
                );
            }
            Err(e) if pool.is_closed() => {
                tracing::debug!(target: "portal::db", error = %e, "checkpoints end");
                return;
            }
            Err(e) => tracing::warn!(error = %e, "WAL checkpoint"),
        }
    }
}

/// Where a SQLite writer's own work is in the transaction, which decides
/// how it is undone on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// The transaction's first writer, or a writer alone: its work is
    /// undone with the whole transaction.
    First,
    /// A later member of a group, in its savepoint: undone back to it.
    Member,
    /// A later member of [`Db::write_grouped_deferred`] whose savepoint
    /// opens with its first statement ([`WriteTx::opening`]): it has run
    /// nothing, so nothing of its own is there to undo.
    Deferred,
    /// A member whose last statements released its savepoint
    /// ([`WriteTx::commit_with`]): its work is the group's now, and
    /// commits with it.
    Released,
}

/// The savepoint of the group member that holds the lock.
const MEMBER: &str = "SAVEPOINT portal_member";
/// [`MEMBER`] in front of a deferred writer's first statement.
const MEMBER_OPENING: &str = "SAVEPOINT portal_member; ";
const MEMBER_DONE: &str = "RELEASE portal_member";
const MEMBER_UNDO: &str = "ROLLBACK TO portal_member";

const OPEN: &str = "a write transaction is used only until it is committed or given back";
const DEFERRED: &str = "a deferred writer puts `opening()` before its first statement";

impl WriteTx {
    /// For a writer of [`Db::write_grouped_deferred`]: the text to put
    /// before its first statement (a multi-statement query on SQLite),
    /// which opens its savepoint in the same round trip; empty when it
    /// needs none. Call it once, before anything else runs through it.
    pub fn opening(&mut self) -> &'static str {
        match &mut self.kind {
            Kind::Sqlite { place, .. } if *place == Place::Deferred => {
                // Counted as open from here: if the statement fails after
                // the savepoint, undoing goes back to it; if the savepoint
                // itself failed, undoing fails the group, as a failed
                // `SAVEPOINT` in `begin` does.
                *place = Place::Member;
                MEMBER_OPENING
            }
            _ => "",
        }
    }

    /// Runs `batch` as the writer's last statements, then commits. On
    /// SQLite a group member's savepoint is released by the batch's own
    /// round trip (one fewer inside the lock); if the batch fails, the
    /// member's work is undone alone, as with [`WriteTx::commit`].
    pub async fn commit_with(mut self, mut batch: Batch) -> Result<(), sqlx::Error> {
        if let Kind::Sqlite { place, .. } = &mut self.kind {
            match *place {
                Place::Deferred => {
                    batch.push_front(MEMBER);
                    *place = Place::Member;
                    batch.push(MEMBER_DONE, Vec::new());
                }
                Place::Member => batch.push(MEMBER_DONE, Vec::new()),
                Place::First | Place::Released => {}
            }
        }
        batch.run(&mut self).await?;
        if let Kind::Sqlite { place, .. } = &mut self.kind {
            if *place == Place::Member {
                *place = Place::Released;
            }
        }
        self.commit().await
    }

    pub async fn commit(mut self) -> Result<(), sqlx::Error> {
        match &mut self.kind {
            Kind::Own(tx) => tx.take().expect(OPEN).commit().await,
            Kind::Sqlite {
                guard,
                writer,
                waiting,
                grouped,
                place,
                since,
            } => {
                let mut guard = guard.take().expect(OPEN);
                if !*grouped {
                    let group = guard.group.take().expect(OPEN);
                    let result = group.tx.commit().await;
                    held(*since, false, 1);
                    return result;
                }
                let group = guard.group.as_mut().expect(OPEN);
                // Alone and nobody waiting: commit now, as a plain write.
                if group.done.is_empty() && waiting.load(Ordering::SeqCst) == 0 {
                    let group = guard.group.take().expect(OPEN);
                    let result = group.tx.commit().await;
                    held(*since, true, 1);
                    return result;
                }
                if !group.flushing {
                    group.flushing = true;
                    // The flush queues for the lock behind the writers
                    // already waiting (tokio's mutex is FIFO), so they join
                    // this group; later ones start the next. Started before
                    // anything here can fail or be cancelled, so an open
                    // group is always committed or rolled back.
                    let writer = writer.clone();
                    tokio::spawn(async move {
                        let mut guard = writer.lock_owned().await;
                        flush(&mut guard).await;
                    });
                }
                if *place == Place::Member {
                    if let Err(e) = sqlx::query(MEMBER_DONE).execute(&mut *group.tx).await {
                        fail(&mut guard, &e).await;
                        return Err(e);
                    }
                }
                let (tx, rx) = oneshot::channel();
                group.done.push(tx);
                let place = group.done.len();
                drop(guard);
                held(*since, true, place);
                match rx.await {
                    Ok(Ok(())) => Ok(()),
                    Ok(Err(e)) => Err(group_error(&e)),
                    Err(_) => Err(group_error("the group commit was abandoned")),
                }
            }
        }
    }

    /// Gives the transaction back without committing: its work is undone,
    /// and the lock is held until it is.
    async fn abort(mut self) -> Result<(), sqlx::Error> {
        match &mut self.kind {
            Kind::Own(tx) => match tx.take() {
                Some(tx) => tx.rollback().await,
                None => Ok(()),
            },
            Kind::Sqlite { guard, place, .. } => match guard.take() {
                Some(guard) => undo(guard, *place).await,
                None => Ok(()),
            },
        }
    }
}

/// Logs how long one writer held the lock. `place` is the writer's place
/// in its group (1 for the first or a writer alone), not the group's size:
/// the flush logs that once per commit.
fn held(since: std::time::Instant, grouped: bool, place: usize) {
    tracing::debug!(
        target: "portal::db",
        held_us = since.elapsed().as_micros() as u64,
        grouped,
        place,
        "write lock released"
    );
}

/// Undoes the work of the lock holder: the whole transaction when it is
/// the first in it (nobody else's work is there yet), else its savepoint.
/// A member that has run nothing, or whose work is already the group's,
/// leaves the transaction as it is.
async fn undo(mut guard: OwnedMutexGuard<Writer>, place: Place) -> Result<(), sqlx::Error> {
    let Some(group) = guard.group.as_mut() else {
        return Ok(());
    };
    if matches!(place, Place::Deferred | Place::Released) {
        return Ok(());
    }
    if place == Place::First {
        let group = guard.group.take().expect("checked above");
        return group.tx.rollback().await;
    }
    let undone = async {
        sqlx::query(MEMBER_UNDO).execute(&mut *group.tx).await?;
        sqlx::query(MEMBER_DONE).execute(&mut *group.tx).await
    }
    .await;
    if let Err(e) = undone {
        fail(&mut guard, &e).await;
        return Err(e);
    }
    Ok(())
}

/// Commits the open group, if any, and tells each member how it went.
async fn flush(writer: &mut Writer) {
    if let Some(group) = writer.group.take() {
        let since = std::time::Instant::now();
        let result = group
            .tx
            .commit()
            .await
            .map_err(|e| Arc::<str>::from(e.to_string()));
        tracing::debug!(
            target: "portal::db",
            commit_us = since.elapsed().as_micros() as u64,
            members = group.done.len(),
            "group committed"
        );
        for member in group.done {
            let _ = member.send(result.clone());
        }
    }
}

/// Rolls back the group after an error that leaves its transaction unusable;
/// every member waiting for the commit gets the error.
async fn fail(writer: &mut Writer, e: &sqlx::Error) {
    if let Some(group) = writer.group.take() {
        let _ = group.tx.rollback().await;
        let message = Arc::<str>::from(format!("a write of the same group failed: {e}"));
        for member in group.done {
            let _ = member.send(Err(message.clone()));
        }
    }
}

fn group_error(message: &str) -> sqlx::Error {
    sqlx::Error::Io(std::io::Error::other(format!(
        "the transaction was not committed: {message}"
    )))
}

impl Drop for WriteTx {
    fn drop(&mut self) {
        // A transaction dropped on an error path: undo it in a task that
        // keeps the lock until the rollback has run, so the next writer
        // never meets a half-finished transaction. (A PostgreSQL
        // transaction rolls itself back when dropped.)
        if let Kind::Sqlite { guard, place, .. } = &mut self.kind {
            if let Some(guard) = guard.take() {
                let place = *place;
                match tokio::runtime::Handle::try_current() {
                    Ok(rt) => {
                        rt.spawn(async move {
                            if let Err(e) = undo(guard, place).await {
                                tracing::warn!(error = %e, "rolling back a dropped write transaction");
                            }
                        });
                    }
                    Err(_) => {
                        let mut guard = guard;
                        guard.group = None;
                    }
                }
            }
        }
    }
}

impl std::ops::Deref for WriteTx {
    type Target = Transaction<'static, Any>;
    fn deref(&self) -> &Self::Target {
        match &self.kind {
            Kind::Own(tx) => tx.as_ref().expect(OPEN),
            Kind::Sqlite { guard, place, .. } => {
                assert_ne!(*place, Place::Deferred, "{DEFERRED}");
                &guard.as_ref().expect(OPEN).group.as_ref().expect(OPEN).tx
            }
        }
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut Self::Target {
        match &mut self.kind {
            Kind::Own(tx) => tx.as_mut().expect(OPEN),
            Kind::Sqlite { guard, place, .. } => {
                assert_ne!(*place, Place::Deferred, "{DEFERRED}");
                &mut guard.as_mut().expect(OPEN).group.as_mut().expect(OPEN).tx
            }
        }
    }
}

/// The thread SQLite's hot write paths run on ([`Db::on_writer`]): a
/// runtime of its own, so the holder of the write lock never waits in the
/// request runtime's queue behind tasks that are rendering pages.
fn writer_runtime() -> &'static tokio::runtime::Handle {
    static WRITER: std::sync::OnceLock<tokio::runtime::Handle> = std::sync::OnceLock::new();
    WRITER.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("building the writer runtime");
        let handle = rt.handle().clone();
        std::thread::Builder::new()
            .name("portal-writer".into())
            .spawn(move || rt.block_on(std::future::pending::<()>()))
            .expect("starting the writer thread");
        handle
    })
}

impl Db {
    /// Runs `work`, a write that takes SQLite's write lock, on the writer
    /// thread (on PostgreSQL, where writers do not queue for one lock, right
    /// here). Every step of a write inside the lock is a wake-up of the
    /// task that holds it: on the request runtime that task waited behind
    /// every other ready request for a worker (on two cores, most of a
    /// registration's time in the lock); on a thread that does nothing
    /// else it runs as soon as its statement returns. If the caller stops
    /// waiting, `work` still runs to its end (its commit or its undo).
    pub async fn on_writer<T: Send + 'static>(
        &self,
        work: impl std::future::Future<Output = T> + Send + 'static,
    ) -> T {
        if self.dialect == Dialect::Postgres {
            return work.await;
        }
        match writer_runtime().spawn(work).await {
            Ok(done) => done,
            Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
            Err(e) => panic!("the writer thread dropped a write: {e}"),
        }
    }

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
        let writes = match dialect {
            Dialect::Sqlite => {
                dialect::enable_wal(&pool).await?;
                let writes = AnyPoolOptions::new()
                    .max_connections(1)
                    .min_connections(1)
                    .acquire_timeout(Duration::from_secs(10))
                    .after_connect(move |conn, _meta| {
                        Box::pin(async move {
                            dialect::on_connect(conn, dialect).await?;
                            sqlx::Executor::execute(
                                &mut *conn,
                                format!(
                                    "PRAGMA cache_size = -{WRITER_CACHE_KIB}; \
                                     PRAGMA wal_autocheckpoint = {WRITER_AUTOCHECKPOINT_PAGES};"
                                )
                                .as_str(),
                            )
                            .await
                            .map(|_| ())
                        })
                    })
                    .connect(&url)
                    .await
                    .context("opening the SQLite writer connection")?;
                tokio::spawn(checkpoints(pool.clone()));
                writes
            }
            Dialect::Postgres => pool.clone(),
        };
        Ok(Db {
            pool,
            dialect,
            writes,
            writer: Arc::new(Mutex::new(Writer::default())),
            waiting: Arc::new(AtomicUsize::new(0)),
            group_commit: true,
        })
    }

    /// Turns group commit on or off (`database.group_commit`); off, a
    /// grouped write is a plain one.
    pub fn with_group_commit(mut self, on: bool) -> Db {
        self.group_commit = on;
        self
    }

    /// Applies the migrations for this database that have not run yet.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        match self.dialect {
            Dialect::Sqlite => sqlx::migrate!("migrations/sqlite").run(&self.pool).await,
            Dialect::Postgres => sqlx::migrate!("migrations/postgres").run(&self.pool).await,
        }
        .context("running migrations")
    }

    /// Begins a write transaction of its own. On SQLite it first commits
    /// an open group (see [`Db::write_grouped`]), so what it reads through
    /// the pool includes every write acknowledged before it.
    pub async fn write(&self) -> Result<WriteTx, sqlx::Error> {
        self.begin(false, false).await
    }

    /// Begins a write that may share its commit with the writers queued
    /// with it (group commit on SQLite; the same as [`Db::write`] on
    /// PostgreSQL). For writes that read and write only through their
    /// transaction: until the group commits, the pool does not see the
    /// work of the members before it. `commit` returns once the group's
    /// commit has, with its result.
    pub async fn write_grouped(&self) -> Result<WriteTx, sqlx::Error> {
        self.begin(self.group_commit, false).await
    }

    /// [`Db::write_grouped`] for a writer that opens its savepoint with its
    /// first statement, one round trip fewer inside the lock: it must put
    /// [`WriteTx::opening`] before the first statement it runs, and runs
    /// nothing through the transaction before that (which panics).
    pub async fn write_grouped_deferred(&self) -> Result<WriteTx, sqlx::Error> {
        self.begin(self.group_commit, true).await
    }

    async fn begin(&self, grouped: bool, deferred: bool) -> Result<WriteTx, sqlx::Error> {
        if self.dialect == Dialect::Postgres {
            return Ok(WriteTx {
                kind: Kind::Own(Some(self.pool.begin().await?)),
            });
        }
        let mut guard = self.lock().await;
        let since = std::time::Instant::now();
        if !grouped {
            flush(&mut guard).await;
        }
        if guard.group.is_none() {
            // IMMEDIATE takes SQLite's write lock at BEGIN. A deferred
            // transaction that reads first and writes later fails at once
            // with SQLITE_BUSY_SNAPSHOT (no busy wait) when any other
            // connection committed in between, which happened when jobs
            // and requests wrote at the same moment.
            guard.group = Some(Group {
                tx: self.writes.begin_with("BEGIN IMMEDIATE").await?,
                done: Vec::new(),
                flushing: false,
            });
        }
        // The first member's work is undone with the whole transaction;
        // a later one's must not take the others' with it.
        let group = guard.group.as_mut().expect("begun above");
        let place = if !grouped || group.done.is_empty() {
            Place::First
        } else if deferred {
            Place::Deferred
        } else {
            if let Err(e) = sqlx::query(MEMBER).execute(&mut *group.tx).await {
                fail(&mut guard, &e).await;
                return Err(e);
            }
            Place::Member
        };
        Ok(WriteTx {
            kind: Kind::Sqlite {
                guard: Some(guard),
                writer: self.writer.clone(),
                waiting: self.waiting.clone(),
                grouped,
                place,
                since,
            },
        })
    }

    /// Takes SQLite's writer lock, counted among the waiting while it waits.
    async fn lock(&self) -> OwnedMutexGuard<Writer> {
        struct Waiting<'a>(&'a AtomicUsize);
        impl Drop for Waiting<'_> {
            fn drop(&mut self) {
                self.0.fetch_sub(1, Ordering::SeqCst);
            }
        }
        self.waiting.fetch_add(1, Ordering::SeqCst);
        let _waiting = Waiting(&self.waiting);
        self.writer.clone().lock_owned().await
    }

    /// Ends a write transaction that changed nothing, now rather than when
    /// its connection is next used.
    pub async fn release(tx: WriteTx) -> Result<(), sqlx::Error> {
        tx.abort().await
    }

    /// Runs one statement outside a transaction, for single-row writes that
    /// need no other statement with them.
    pub async fn execute_one<'q>(
        &self,
        query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
    ) -> Result<u64, sqlx::Error> {
        let _guard = match self.dialect {
            Dialect::Sqlite => {
                let mut guard = self.lock().await;
                flush(&mut guard).await;
                Some(guard)
            }
            Dialect::Postgres => None,
        };
        Ok(query.execute(&self.writes).await?.rows_affected())
    }

    pub async fn fetch_optional<'q>(
        &self,
        query: sqlx::query::Query<'q, Any, sqlx::any::AnyArguments<'q>>,
    ) -> Result<Option<AnyRow>, sqlx::Error> {
        query.fetch_optional(&self.pool).await
    }

    pub async fn close(&self) {
        self.pool.close().await;
        self.writes.close().await;
    }
}
