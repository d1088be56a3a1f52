//! Write transactions: group commit on SQLite (`Db::write_grouped`). Every
//! writer told its commit succeeded finds its work in the database, and no
//! writer told it failed does; a member that gives up undoes only its own
//! work; a plain write sees every write acknowledged before it.

use std::time::Duration;

use partner_portal::server::db::{Db, WriteTx};
use sqlx::Row;
use tokio::sync::mpsc;

use crate::helpers::Backend;

async fn scratch(db: &Db) {
    for sql in [
        "CREATE TABLE gc_parent (id INTEGER PRIMARY KEY)",
        "CREATE TABLE gc_rows (who TEXT PRIMARY KEY, \
         parent INTEGER REFERENCES gc_parent (id) DEFERRABLE INITIALLY DEFERRED)",
    ] {
        sqlx::query(sql).execute(&db.pool).await.unwrap();
    }
}

async fn insert(tx: &mut WriteTx, who: &str, parent: Option<i64>) {
    sqlx::query("INSERT INTO gc_rows (who, parent) VALUES ($1, $2)")
        .bind(who)
        .bind(parent)
        .execute(&mut ***tx)
        .await
        .unwrap();
}

async fn present(db: &Db, who: &str) -> bool {
    sqlx::query("SELECT who FROM gc_rows WHERE who = $1")
        .bind(who)
        .fetch_optional(&db.pool)
        .await
        .unwrap()
        .is_some()
}

/// Starts a grouped writer on a task that inserts `who` and commits (or
/// gives up, as an error path would, before committing). It has queued for
/// the write lock by the time this returns: it signals, then asks for the
/// lock in the same poll.
async fn queued(
    db: &Db,
    who: &'static str,
    parent: Option<i64>,
    give_up: bool,
) -> tokio::task::JoinHandle<Result<(), String>> {
    let (ready, mut started) = mpsc::unbounded_channel();
    let db = db.clone();
    let task = tokio::spawn(async move {
        ready.send(()).unwrap();
        let mut tx = db.write_grouped().await.map_err(|e| e.to_string())?;
        insert(&mut tx, who, parent).await;
        if give_up {
            drop(tx);
            return Err("gave up".to_string());
        }
        tx.commit().await.map_err(|e| e.to_string())
    });
    started.recv().await.unwrap();
    tokio::time::sleep(Duration::from_millis(30)).await;
    task
}

db_test!(
    /// Writers queued behind a holder share its commit; one that fails
    /// before committing undoes its own row only.
    grouped_writers_commit_together_and_fail_alone, |app| {
    let db = app.state.db.clone();
    scratch(&db).await;
    let mut holder = db.write_grouped().await.unwrap();
    insert(&mut holder, "holder", None).await;
    let quitter = queued(&db, "quitter", None, true).await;
    let member = queued(&db, "member", None, false).await;
    holder.commit().await.unwrap();
    assert_eq!(member.await.unwrap(), Ok(()));
    assert!(quitter.await.unwrap().is_err());
    assert!(present(&db, "holder").await);
    assert!(present(&db, "member").await);
    assert!(!present(&db, "quitter").await, "a member that gave up leaves nothing");

    // Twenty concurrent writers, every fifth gives up: exactly the others' rows.
    let mut tasks = Vec::new();
    for i in 0..20 {
        let d = db.clone();
        tasks.push(tokio::spawn(async move {
            let mut tx = d.write_grouped().await.unwrap();
            insert(&mut tx, &format!("w{i}"), None).await;
            if i % 5 == 0 {
                Db::release(tx).await.unwrap();
                false
            } else {
                tx.commit().await.unwrap();
                true
            }
        }));
    }
    for (i, t) in tasks.into_iter().enumerate() {
        let committed = t.await.unwrap();
        assert_eq!(present(&db, &format!("w{i}")).await, committed, "writer {i}");
    }
});

db_test!(
    /// A commit that fails fails every member of its group (SQLite) and
    /// only the writer whose work broke it (PostgreSQL): nobody is told
    /// "committed" for work that is not there.
    a_failed_commit_fails_the_whole_group, |app| {
    let db = app.state.db.clone();
    scratch(&db).await;
    let mut holder = db.write_grouped().await.unwrap();
    insert(&mut holder, "holder", None).await;
    // A row whose deferred foreign key fails only at COMMIT.
    let breaker = queued(&db, "breaker", Some(42), false).await;
    let member = queued(&db, "member", None, false).await;
    let holder = holder.commit().await.map_err(|e| e.to_string());
    let breaker = breaker.await.unwrap();
    let member = member.await.unwrap();
    assert!(breaker.is_err());
    assert!(!present(&db, "breaker").await);
    for (who, result) in [("holder", &holder), ("member", &member)] {
        assert_eq!(present(&db, who).await, result.is_ok(), "{who}: {result:?}");
        match app.backend {
            Backend::Sqlite => assert!(result.is_err(), "{who} shared the failed commit"),
            Backend::Postgres => assert!(result.is_ok(), "{who} has a transaction of its own"),
        }
    }
    // The writer is usable afterwards.
    let mut tx = db.write_grouped().await.unwrap();
    insert(&mut tx, "after", None).await;
    tx.commit().await.unwrap();
    assert!(present(&db, "after").await);
});

db_test!(
    /// A plain write queued behind a group commits the group before it
    /// begins, so what it reads through the pool includes the group's work.
    a_plain_write_sees_the_open_group, |app| {
    if app.backend == Backend::Postgres {
        return; // no single writer to queue behind: nothing to order
    }
    let db = app.state.db.clone();
    scratch(&db).await;
    let mut holder = db.write_grouped().await.unwrap();
    insert(&mut holder, "holder", None).await;
    let member = queued(&db, "member", None, false).await;
    let d = db.clone();
    let plain = tokio::spawn(async move {
        let tx = d.write().await.unwrap();
        let seen: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM gc_rows")
            .fetch_one(&d.pool)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        seen
    });
    tokio::time::sleep(Duration::from_millis(30)).await;
    holder.commit().await.unwrap();
    assert_eq!(member.await.unwrap(), Ok(()));
    assert_eq!(plain.await.unwrap(), 2, "the plain write saw both acknowledged rows");
    // A one-statement write between groups.
    let n = db.execute_one(sqlx::query("DELETE FROM gc_rows")).await.unwrap();
    assert_eq!(n, 2);
});

db_test!(
    /// Every SQLite connection the pool hands out carries the settings
    /// durability and disk use depend on (`dialect::on_connect`).
    sqlite_connections_carry_their_settings, |app| {
    if app.backend == Backend::Postgres {
        return; // per-connection pragmas are SQLite's
    }
    let db = app.state.db.clone();
    // Several at once, so more than the first connection is checked.
    let mut held = Vec::new();
    for _ in 0..3 {
        held.push(db.pool.acquire().await.unwrap());
    }
    for conn in &mut held {
        for (pragma, want) in [
            ("journal_mode", "wal"),
            ("foreign_keys", "1"),
            ("synchronous", "1"),
            ("journal_size_limit", "67108864"),
        ] {
            let row = sqlx::query(&format!("PRAGMA {pragma}"))
                .fetch_one(&mut **conn)
                .await
                .unwrap();
            let got = row
                .try_get::<String, _>(0)
                .or_else(|_| row.try_get::<i64, _>(0).map(|n| n.to_string()))
                .unwrap();
            assert_eq!(got, want, "PRAGMA {pragma}");
        }
    }
});

db_test!(
    /// A batch runs its statements in order in the caller's transaction,
    /// each with its own values (one round trip on SQLite); a failing
    /// statement stops it and the transaction undoes what ran before.
    /// `next_id` names the id the next deal gets.
    a_batch_runs_in_order_and_fails_whole, |app| {
    use partner_portal::server::batch::Batch;
    use partner_portal::server::dialect;
    let db = app.state.db.clone();
    scratch(&db).await;
    let mut tx = db.write().await.unwrap();
    let mut b = Batch::new();
    b.push("INSERT INTO gc_parent (id) VALUES ($1)", vec![7.into()]);
    b.push("INSERT INTO gc_rows (who, parent) VALUES ($1, $2)", vec!["a".into(), 7.into()]);
    b.push_varying("INSERT INTO gc_rows (who, parent) VALUES ($1, $2), ($3, $4)", vec!["b".into(), 7.into(), "c".into(), None::<i64>.into()]);
    b.push("UPDATE gc_rows SET parent = $1 WHERE who = $2", vec![7.into(), "c".into()]);
    assert_eq!(b.len(), 4);
    b.run(&mut tx).await.unwrap();
    tx.commit().await.unwrap();
    let n: i64 = sqlx::query("SELECT COUNT(*) FROM gc_rows WHERE parent = 7").fetch_one(&db.pool).await.unwrap().get(0);
    assert_eq!(n, 3);
    // The second statement breaks the primary key: nothing of it stays.
    let mut tx = db.write().await.unwrap();
    let mut b = Batch::new();
    b.push("INSERT INTO gc_rows (who, parent) VALUES ($1, $2)", vec!["d".into(), None::<i64>.into()]);
    b.push("INSERT INTO gc_rows (who, parent) VALUES ($1, $2)", vec!["a".into(), None::<i64>.into()]);
    b.push("INSERT INTO gc_rows (who, parent) VALUES ($1, $2)", vec!["e".into(), None::<i64>.into()]);
    assert!(b.run(&mut tx).await.is_err());
    Db::release(tx).await.unwrap();
    assert!(!present(&db, "d").await);
    assert!(!present(&db, "e").await);
    assert!(present(&db, "a").await);
    // The id drawn is the one the next deal gets.
    let mut tx = db.write().await.unwrap();
    let next = dialect::next_id(&mut tx, db.dialect, "deals").await.unwrap();
    let max: i64 = sqlx::query("SELECT COALESCE(MAX(id), 0) FROM deals").fetch_one(&mut **tx).await.unwrap().get(0);
    assert!(next > max, "{next} after {max}");
    Db::release(tx).await.unwrap();
});

/// What a deferred writer (`Db::write_grouped_deferred`) does in
/// `deferred_writers_undo_only_their_own_work`.
#[derive(Clone, Copy, Debug)]
enum Deferred {
    /// Its first statement opens the savepoint; then it commits.
    Commits,
    /// Writes with its first statement, then gives up.
    GivesUpAfterWriting,
    /// Gives up before running anything.
    GivesUpAtOnce,
    /// Writes only through `commit_with`.
    CommitsWithBatch,
    /// Writes first, then a batch that breaks a key: nothing of it stays.
    BatchFails,
}

async fn deferred(
    db: &Db,
    who: &'static str,
    how: Deferred,
) -> tokio::task::JoinHandle<Result<(), String>> {
    use partner_portal::server::batch::Batch;
    let (ready, mut started) = mpsc::unbounded_channel();
    let db = db.clone();
    let task = tokio::spawn(async move {
        ready.send(()).unwrap();
        let mut tx = db
            .write_grouped_deferred()
            .await
            .map_err(|e| e.to_string())?;
        let row = |w: String| {
            let mut b = Batch::new();
            b.push(
                "INSERT INTO gc_rows (who, parent) VALUES ($1, $2)",
                vec![w.into(), None::<i64>.into()],
            );
            b
        };
        if matches!(how, Deferred::GivesUpAtOnce) {
            drop(tx);
            return Err("gave up".into());
        }
        if !matches!(how, Deferred::CommitsWithBatch) {
            let sql = format!(
                "{}INSERT INTO gc_rows (who, parent) VALUES ($1, NULL)",
                tx.opening()
            );
            sqlx::query(&sql)
                .bind(who)
                .execute(&mut **tx)
                .await
                .map_err(|e| e.to_string())?;
        }
        match how {
            Deferred::Commits => tx.commit().await.map_err(|e| e.to_string()),
            Deferred::GivesUpAfterWriting => {
                drop(tx);
                Err("gave up".into())
            }
            Deferred::CommitsWithBatch => tx
                .commit_with(row(who.into()))
                .await
                .map_err(|e| e.to_string()),
            Deferred::BatchFails => {
                let mut b = row(format!("{who}-2"));
                b.push(
                    "INSERT INTO gc_rows (who, parent) VALUES ($1, NULL)",
                    vec!["holder".into()],
                );
                tx.commit_with(b).await.map_err(|e| e.to_string())
            }
            Deferred::GivesUpAtOnce => unreachable!(),
        }
    });
    started.recv().await.unwrap();
    tokio::time::sleep(Duration::from_millis(30)).await;
    task
}

db_test!(
    /// Writers that open their savepoint with their first statement, or
    /// release it with their last batch (registration's one round trip
    /// each side): queued behind a holder, each one that gives up or fails
    /// leaves nothing and takes nobody else's work with it.
    deferred_writers_undo_only_their_own_work, |app| {
    let db = app.state.db.clone();
    scratch(&db).await;
    let mut holder = db.write_grouped().await.unwrap();
    insert(&mut holder, "holder", None).await;
    let cases = [
        ("d-commits", Deferred::Commits, true),
        ("d-quits", Deferred::GivesUpAfterWriting, false),
        ("d-idle", Deferred::GivesUpAtOnce, false),
        ("d-batch", Deferred::CommitsWithBatch, true),
        ("d-broken", Deferred::BatchFails, false),
        ("d-last", Deferred::Commits, true),
    ];
    let mut tasks = Vec::new();
    for (who, how, _) in cases {
        tasks.push(deferred(&db, who, how).await);
    }
    holder.commit().await.unwrap();
    for ((who, how, ok), task) in cases.into_iter().zip(tasks) {
        let result = task.await.unwrap();
        assert_eq!(result.is_ok(), ok, "{who} ({how:?}): {result:?}");
        assert_eq!(present(&db, who).await, ok, "{who} ({how:?})");
    }
    assert!(present(&db, "holder").await);
    assert!(!present(&db, "d-broken-2").await, "the failed batch left nothing");
    // Alone (no group to join), a deferred writer works the same.
    let t = deferred(&db, "alone", Deferred::CommitsWithBatch).await;
    assert_eq!(t.await.unwrap(), Ok(()));
    assert!(present(&db, "alone").await);
});
