//! The audit log: append-only and hash-chained. Each entry's hash covers its
//! own fields and the previous entry's hash, so changing or deleting an old
//! entry breaks every hash after it ([`verify_chain`] finds where).
//!
//! Three more guards (issue 21): triggers on both databases refuse any
//! UPDATE or DELETE of `audit_log` (the application never needs one); the
//! heads of the chains are written every minute to an anchor file outside
//! the database and to the log ([`anchor`]), so cutting the tail off a chain,
//! which leaves a shorter chain that still verifies, is found by
//! [`check_anchors`] (`portal audit verify`); and an entry written on its
//! own ([`record`]: denials, failed sign-ins) is retried and, if it still
//! fails, counted and turned into an error for the request: nobody is
//! answered as if audited when they were not.

use std::sync::atomic::{AtomicU64, Ordering};

use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, Row};

use super::batch::Batch;
use super::dialect::{self, Dialect};
use crate::shared::AppError;

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One thing that happened. `detail` is a short JSON or text with the
/// before/after of a change; never a secret.
#[derive(Clone, Debug, Default)]
pub struct Entry {
    pub actor_user_id: Option<i64>,
    pub actor_company_id: Option<i64>,
    pub action: String,
    pub object_type: String,
    pub object_id: String,
    pub outcome: &'static str,
    pub detail: String,
    pub ip: String,
}

impl Entry {
    pub fn new(action: &str, outcome: &'static str) -> Self {
        Entry {
            action: action.to_string(),
            outcome,
            ..Default::default()
        }
    }

    pub fn actor(mut self, user_id: Option<i64>, company_id: Option<i64>) -> Self {
        self.actor_user_id = user_id;
        self.actor_company_id = company_id;
        self
    }

    pub fn object(mut self, kind: &str, id: impl ToString) -> Self {
        self.object_type = kind.to_string();
        self.object_id = id.to_string();
        self
    }

    pub fn detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = detail.into();
        self
    }

    pub fn ip(mut self, ip: &str) -> Self {
        self.ip = ip.to_string();
        self
    }
}

/// The hash of one entry given the previous hash. Fields are length-prefixed
/// so no two different entries can produce the same input.
pub fn entry_hash(prev_hash: &str, at: i64, e: &Entry) -> String {
    let mut h = Sha256::new();
    let opt = |v: Option<i64>| v.map(|x| x.to_string()).unwrap_or_default();
    for part in [
        prev_hash.to_string(),
        at.to_string(),
        opt(e.actor_user_id),
        opt(e.actor_company_id),
        e.action.clone(),
        e.object_type.clone(),
        e.object_id.clone(),
        e.outcome.to_string(),
        e.detail.clone(),
        e.ip.clone(),
    ] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part.as_bytes());
    }
    hex::encode(h.finalize())
}

/// The last step of every audited change: appends `entry` to the change's
/// transaction and commits both.
pub async fn commit(
    mut tx: super::db::WriteTx,
    db: &super::db::Db,
    entry: &Entry,
) -> Result<(), AppError> {
    use super::errors::OrInternal;
    append(&mut tx, db.dialect, entry).await.or_internal()?;
    tx.commit().await.or_internal()
}

/// Appends `entry` inside the caller's write transaction, so the record
/// commits or rolls back with the change it describes.
pub async fn append(
    conn: &mut AnyConnection,
    dialect: Dialect,
    entry: &Entry,
) -> Result<(), sqlx::Error> {
    let mut batch = Batch::new();
    append_to(&mut batch, conn, dialect, entry).await?;
    batch.run(conn).await
}

/// Where the next entry of a writer goes: its chain, and the hash of the
/// chain's last entry, which the entry's hash covers.
#[derive(Clone, Debug)]
pub struct Link {
    pub chain: i64,
    pub prev: String,
}

impl Link {
    /// The link from the last hash read (`None`: the chain is empty).
    pub fn new(chain: i64, prev: Option<String>) -> Link {
        Link {
            chain,
            prev: prev.unwrap_or_else(|| GENESIS.to_string()),
        }
    }
}

/// SQLite's one chain's last hash, as a scalar subquery a writer can read
/// together with its other statements (the single-writer lock holds the
/// chain).
pub const SQLITE_LAST_HASH: &str =
    "(SELECT hash FROM audit_log WHERE chain = 0 ORDER BY id DESC LIMIT 1)";

/// Takes a chain and reads its last hash, in the caller's transaction,
/// which holds the chain until it ends.
pub async fn link(conn: &mut AnyConnection, dialect: Dialect) -> Result<Link, sqlx::Error> {
    let chain = dialect::lock_audit_chain(conn, dialect).await?;
    let prev: Option<String> =
        sqlx::query("SELECT hash FROM audit_log WHERE chain = $1 ORDER BY id DESC LIMIT 1")
            .bind(chain)
            .fetch_optional(&mut *conn)
            .await?
            .map(|r| r.get::<String, _>(0));
    Ok(Link::new(chain, prev))
}

/// Adds the insert of `entry` after `link` to `batch`, which the caller
/// runs before it takes anything else from the chain.
pub fn push(batch: &mut Batch, link: Link, entry: &Entry) {
    let at = super::now_ms();
    let hash = entry_hash(&link.prev, at, entry);
    batch.push(
        "INSERT INTO audit_log (at, actor_user_id, actor_company_id, action, object_type, \
         object_id, outcome, detail, ip, prev_hash, hash, chain) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        vec![
            at.into(),
            entry.actor_user_id.into(),
            entry.actor_company_id.into(),
            (&entry.action).into(),
            (&entry.object_type).into(),
            (&entry.object_id).into(),
            entry.outcome.into(),
            (&entry.detail).into(),
            (&entry.ip).into(),
            link.prev.into(),
            hash.into(),
            link.chain.into(),
        ],
    );
}

/// Takes the chain and reads its last hash now, and adds the entry's
/// insert to `batch`, which the caller runs before it takes anything
/// else from the chain (in the same transaction, which holds the chain).
pub async fn append_to(
    batch: &mut Batch,
    conn: &mut AnyConnection,
    dialect: Dialect,
    entry: &Entry,
) -> Result<(), sqlx::Error> {
    let link = link(conn, dialect).await?;
    push(batch, link, entry);
    Ok(())
}

/// Entries [`record`] could not write after its retries.
pub static WRITE_FAILURES: AtomicU64 = AtomicU64::new(0);
/// Retries [`record`] needed.
pub static WRITE_RETRIES: AtomicU64 = AtomicU64::new(0);

/// Records an entry in a transaction of its own (for denials and failed
/// logins, which change nothing else). Tries three times; if the entry
/// still cannot be written, counts it ([`WRITE_FAILURES`], `/metrics`),
/// logs it and returns an internal error, which the request answers with
/// instead of its refusal.
pub async fn record(db: &super::db::Db, entry: Entry) -> Result<(), AppError> {
    let mut last_error = None;
    for attempt in 0..3u32 {
        if attempt > 0 {
            WRITE_RETRIES.fetch_add(1, Ordering::Relaxed);
            tokio::time::sleep(std::time::Duration::from_millis(25 << attempt)).await;
        }
        let result = async {
            let mut tx = db.write().await?;
            append(&mut tx, db.dialect, &entry).await?;
            tx.commit().await
        }
        .await;
        match result {
            Ok(()) => return Ok(()),
            Err(e) => last_error = Some(e),
        }
    }
    WRITE_FAILURES.fetch_add(1, Ordering::Relaxed);
    let cause = last_error.map(|e| e.to_string()).unwrap_or_default();
    Err(super::errors::internal(format!(
        "audit entry {} ({}) not written after 3 attempts: {cause}",
        entry.action, entry.outcome
    )))
}

/// The last entry of each chain: (chain, id, hash).
pub async fn heads(db: &super::db::Db) -> Result<Vec<(i64, i64, String)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT a.chain, a.id, a.hash FROM audit_log a \
         JOIN (SELECT chain, MAX(id) AS id FROM audit_log GROUP BY chain) h ON h.id = a.id \
         ORDER BY a.chain",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(2)))
        .collect())
}

/// One anchor line: `<at> chain=<c> id=<id> hash=<hash>`.
pub fn anchor_line(at: i64, chain: i64, id: i64, hash: &str) -> String {
    format!("{at} chain={chain} id={id} hash={hash}")
}

/// Appends the chains' heads to `path` (created with its folder) and
/// writes them to the log: two places a database truncation cannot reach.
/// Heads this process already anchored in that file are not written again;
/// returns how many lines were written.
pub async fn anchor(db: &super::db::Db, path: &std::path::Path) -> anyhow::Result<usize> {
    use std::collections::HashMap;
    use std::io::Write;
    use std::sync::{Mutex, OnceLock};
    type Anchored = Mutex<HashMap<(std::path::PathBuf, i64), i64>>;
    static LAST: OnceLock<Anchored> = OnceLock::new();
    let last = LAST.get_or_init(Default::default);
    let heads: Vec<_> = heads(db)
        .await?
        .into_iter()
        .filter(|(chain, id, _)| {
            let seen = last
                .lock()
                .ok()
                .and_then(|m| m.get(&(path.to_path_buf(), *chain)).copied());
            seen != Some(*id)
        })
        .collect();
    if heads.is_empty() {
        return Ok(0);
    }
    let at = super::now_ms();
    let mut text = String::new();
    for (chain, id, hash) in &heads {
        tracing::info!(chain, id, %hash, "audit anchor");
        text.push_str(&anchor_line(at, *chain, *id, hash));
        text.push('\n');
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_data()?;
    if let Ok(mut m) = last.lock() {
        for (chain, id, _) in &heads {
            m.insert((path.to_path_buf(), *chain), *id);
        }
    }
    Ok(heads.len())
}

/// Checks anchor lines against the log: every anchored entry must still be
/// there with its hash. Returns the anchors that are not (a cut tail, or a
/// log replaced by another), and how many lines were checked.
pub async fn check_anchors(
    db: &super::db::Db,
    text: &str,
) -> Result<(usize, Vec<String>), sqlx::Error> {
    let mut missing = Vec::new();
    let mut checked = 0;
    let mut seen = std::collections::HashSet::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        // The same head anchored by several servers is checked once.
        if !seen.insert(line.split_once(' ').map_or(line, |(_, rest)| rest)) {
            continue;
        }
        let field = |name: &str| {
            line.split_whitespace()
                .find_map(|w| w.strip_prefix(name))
                .map(str::to_string)
        };
        let (Some(chain), Some(id), Some(hash)) = (
            field("chain=").and_then(|c| c.parse::<i64>().ok()),
            field("id=").and_then(|i| i.parse::<i64>().ok()),
            field("hash="),
        ) else {
            missing.push(format!("unreadable anchor line: {line}"));
            continue;
        };
        checked += 1;
        let found =
            sqlx::query("SELECT 1 FROM audit_log WHERE id = $1 AND chain = $2 AND hash = $3")
                .bind(id)
                .bind(chain)
                .bind(&hash)
                .fetch_optional(&db.pool)
                .await?;
        if found.is_none() {
            missing.push(format!(
                "entry {id} of chain {chain} (anchored with hash {hash}) is gone"
            ));
        }
    }
    Ok((checked, missing))
}

/// Walks the log from the start, a page of rows at a time (memory stays
/// flat however long the log is), each entry against the previous one of
/// its chain; returns the id of the first entry whose stored hashes do
/// not match, or `None` when every chain is intact.
pub async fn verify_chain(db: &super::db::Db) -> Result<Option<i64>, sqlx::Error> {
    const PAGE: i64 = 5_000;
    let mut prevs: std::collections::HashMap<i64, String> = Default::default();
    let mut after = i64::MIN;
    loop {
        let rows = sqlx::query(
            "SELECT id, at, actor_user_id, actor_company_id, action, object_type, object_id, \
             outcome, detail, ip, prev_hash, hash, chain FROM audit_log WHERE id > $1 ORDER BY id LIMIT $2",
        )
        .bind(after)
        .bind(PAGE)
        .fetch_all(&db.pool)
        .await?;
        let last_page = (rows.len() as i64) < PAGE;
        for r in rows {
            let id: i64 = r.get(0);
            let outcome: String = r.get(7);
            let entry = Entry {
                actor_user_id: r.get(2),
                actor_company_id: r.get(3),
                action: r.get(4),
                object_type: r.get(5),
                object_id: r.get(6),
                outcome: match outcome.as_str() {
                    "success" => "success",
                    "failure" => "failure",
                    "denied" => "denied",
                    _ => return Ok(Some(id)),
                },
                detail: r.get(8),
                ip: r.get(9),
            };
            let stored_prev: String = r.get(10);
            let stored_hash: String = r.get(11);
            let prev = prevs
                .entry(r.get(12))
                .or_insert_with(|| GENESIS.to_string());
            if stored_prev != *prev || entry_hash(prev, r.get(1), &entry) != stored_hash {
                return Ok(Some(id));
            }
            *prev = stored_hash;
            after = id;
        }
        if last_page {
            return Ok(None);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hash depends on every field and on the previous hash.
    #[test]
    fn hash_covers_every_field() {
        let e = Entry::new("login", "success")
            .actor(Some(1), None)
            .ip("1.2.3.4");
        let base = entry_hash(GENESIS, 5, &e);
        assert_ne!(base, entry_hash("ff", 5, &e));
        assert_ne!(base, entry_hash(GENESIS, 6, &e));
        assert_ne!(base, entry_hash(GENESIS, 5, &e.clone().ip("1.2.3.5")));
        assert_ne!(base, entry_hash(GENESIS, 5, &e.clone().detail("x")));
        // Length prefixes: moving a character between fields changes the hash.
        let a = Entry::new("ab", "success").object("c", "");
        let b = Entry::new("a", "success").object("bc", "");
        assert_ne!(entry_hash(GENESIS, 1, &a), entry_hash(GENESIS, 1, &b));
    }
}
