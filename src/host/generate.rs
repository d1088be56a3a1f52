//! `portal generate`: fills a database with realistic, skewed data for
//! benchmarks and scale tests. Deterministic for a seed: company sizes and
//! deal counts follow a Zipf law (the largest fifth of the companies holds
//! about 80 % of the deals and users), deals come in every status with
//! consistent dates, and MDF requests, ledgers, tier history, incentives,
//! points, leads (three per deal) with their history, days of portal use
//! and a valid hash-chained audit log come with them.
//!
//! Rows go in as multi-row `INSERT`s with explicit ids inside large
//! transactions (the fast path on both databases); PostgreSQL's identity
//! sequences are moved past them at the end. It runs on top of the demo
//! data (loaded first), so the demo logins, products and tier program exist.

mod rows;

use std::io::Write;

use anyhow::Context;
use std::time::Instant;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sqlx::Row;

use crate::server::db::Db;
use crate::server::dialect::Dialect;
use crate::server::AppState;

/// What to generate. The presets scale every count together.
#[derive(Clone, Debug)]
pub struct Plan {
    pub companies: usize,
    pub users: usize,
    pub staff: usize,
    pub deals: usize,
    pub mdf_requests: usize,
    /// Three leads for every deal (3,000,000 at the full preset).
    pub leads: usize,
    pub audit: usize,
    pub seed: u64,
}

impl Plan {
    pub fn preset(name: &str) -> Option<Plan> {
        let (companies, users, deals) = match name {
            "tiny" => (50, 300, 2_000),
            "small" => (500, 5_000, 50_000),
            "medium" => (2_000, 20_000, 200_000),
            "full" => (10_000, 100_000, 1_000_000),
            _ => return None,
        };
        Some(Plan::scaled(companies, users, deals))
    }

    /// Staff, MDF and audit counts in the proportions of the product's
    /// design scale (2,000 staff and 50,000 MDF requests a year for
    /// 10,000 companies and 1,000,000 deals).
    pub fn scaled(companies: usize, users: usize, deals: usize) -> Plan {
        Plan {
            companies,
            users: users.max(companies),
            staff: (companies / 5).max(2),
            deals,
            mdf_requests: deals / 20,
            leads: deals * 3,
            audit: deals,
            seed: 42,
        }
    }
}

/// A progress line on standard error, redrawn in place.
pub(crate) struct Progress {
    what: &'static str,
    total: usize,
    started: Instant,
    last: Instant,
    finished: bool,
}

impl Progress {
    fn new(what: &'static str, total: usize) -> Self {
        let now = Instant::now();
        Progress {
            what,
            total,
            started: now,
            last: now - std::time::Duration::from_secs(1),
            finished: false,
        }
    }

    fn set(&mut self, done: usize) {
        let now = Instant::now();
        let last = done >= self.total;
        if self.finished || (!last && now.duration_since(self.last).as_millis() < 200) {
            return;
        }
        self.finished = last;
        self.last = now;
        let pct = (done * 100).checked_div(self.total).unwrap_or(100);
        let bar: String = (0..30)
            .map(|i| if i * 100 < pct * 30 { '#' } else { '.' })
            .collect();
        let mut err = std::io::stderr();
        let _ = write!(
            err,
            "\r  {:<14} [{bar}] {:>3}% {:>10} / {:<10} {:>6.1} s",
            self.what,
            pct,
            done,
            self.total,
            self.started.elapsed().as_secs_f64()
        );
        if done >= self.total {
            let _ = writeln!(err);
        }
        let _ = err.flush();
    }
}

/// Rows of one table, sent as multi-row INSERTs of `per` rows.
pub(crate) struct Batch {
    head: String,
    sql: String,
    rows: usize,
    per: usize,
    pub(crate) sent: usize,
}

impl Batch {
    pub(crate) fn new(dialect: Dialect, table: &str, columns: &str, per: usize) -> Self {
        // Explicit ids: PostgreSQL wants leave for its ALWAYS identities
        // (companies, users, the audit log); harmless for the others.
        let overriding = match dialect {
            Dialect::Postgres if columns.starts_with("id,") => " OVERRIDING SYSTEM VALUE",
            _ => "",
        };
        Batch {
            head: format!("INSERT INTO {table} ({columns}){overriding} VALUES "),
            sql: String::new(),
            rows: 0,
            per,
            sent: 0,
        }
    }

    /// Adds one row of already-quoted values; sends when the batch is full.
    pub(crate) async fn push(
        &mut self,
        conn: &mut sqlx::AnyConnection,
        values: String,
    ) -> anyhow::Result<()> {
        self.add(format_args!("{values}"));
        if self.rows >= self.per {
            self.flush(conn).await?;
        }
        Ok(())
    }

    /// Adds one row without sending: for rows that refer to rows of
    /// another batch, sent after it (see [`Batch::full`]).
    pub(crate) fn add(&mut self, values: std::fmt::Arguments<'_>) {
        if self.rows == 0 {
            self.sql.push_str(&self.head);
        } else {
            self.sql.push(',');
        }
        self.sql.push('(');
        std::fmt::Write::write_fmt(&mut self.sql, values).expect("writing to a String");
        self.sql.push(')');
        self.rows += 1;
    }

    pub(crate) fn full(&self) -> bool {
        self.rows >= self.per
    }

    pub(crate) async fn flush(&mut self, conn: &mut sqlx::AnyConnection) -> anyhow::Result<()> {
        if self.rows > 0 {
            // Not cached: every batch is a new statement.
            sqlx::query(&self.sql)
                .persistent(false)
                .execute(&mut *conn)
                .await
                .with_context(|| self.head.clone())?;
            self.sent += self.rows;
            self.rows = 0;
            self.sql.clear();
        }
        Ok(())
    }
}

/// A SQL string literal (generated text only, but quoted properly anyway).
pub(crate) fn q(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// A nullable integer literal.
pub(crate) fn n(v: Option<i64>) -> String {
    v.map(|x| x.to_string()).unwrap_or_else(|| "NULL".into())
}

/// Zipf weights (exponent 1) as a cumulative table for sampling ranks.
pub(crate) struct Zipf {
    cumulative: Vec<f64>,
}

impl Zipf {
    pub(crate) fn new(n: usize) -> Self {
        let mut acc = 0.0;
        let cumulative = (1..=n.max(1))
            .map(|k| {
                acc += 1.0 / k as f64;
                acc
            })
            .collect();
        Zipf { cumulative }
    }

    /// A rank in 0..n, small ranks most often.
    pub(crate) fn sample(&self, rng: &mut StdRng) -> usize {
        let total = *self.cumulative.last().expect("n >= 1");
        let x = rng.gen::<f64>() * total;
        self.cumulative
            .partition_point(|c| *c < x)
            .min(self.cumulative.len() - 1)
    }

    /// How many of `total` items rank `k` gets when they are spread by
    /// the law exactly (at least `min`).
    pub(crate) fn share(&self, k: usize, total: usize, min: usize) -> usize {
        let h = *self.cumulative.last().expect("n >= 1");
        ((total as f64 / (k as f64 + 1.0) / h).round() as usize).max(min)
    }
}

/// Next free id of a table (explicit ids keep the rows' links simple).
pub(crate) async fn next_id(db: &Db, table: &str) -> anyhow::Result<i64> {
    let r = sqlx::query(&format!(
        "SELECT CAST(COALESCE(MAX(id), 0) AS BIGINT) FROM {table}"
    ))
    .fetch_one(&db.pool)
    .await?;
    Ok(r.get::<i64, _>(0) + 1)
}

/// Moves PostgreSQL's identity sequences past the explicit ids.
async fn reset_sequences(db: &Db) -> anyhow::Result<()> {
    if db.dialect != Dialect::Postgres {
        return Ok(());
    }
    for table in [
        "companies",
        "users",
        "deals",
        "deal_events",
        "mdf_funds",
        "mdf_requests",
        "mdf_ledger",
        "tier_events",
        "incentive_entries",
        "points",
        "audit_log",
    ] {
        sqlx::raw_sql(&format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
             (SELECT COALESCE(MAX(id), 0) + 1 FROM {table}), false)"
        ))
        .execute(&db.pool)
        .await?;
    }
    Ok(())
}

/// The tables the deals step fills by the hundred thousand.
const BULK_TABLES: &str = "'deals', 'deal_events', 'deal_products', 'points', 'incentive_entries'";

/// Drops the secondary indexes of the bulk tables (not the primary keys
/// or constraint indexes) and returns their definitions. Building an index
/// once over a million rows is several times faster than keeping a dozen of
/// them up to date row by row with random keys.
async fn drop_bulk_indexes(db: &Db) -> anyhow::Result<Vec<(String, String)>> {
    let sql = match db.dialect {
        Dialect::Sqlite => format!(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL \
             AND tbl_name IN ({BULK_TABLES}) ORDER BY name"
        ),
        Dialect::Postgres => format!(
            "SELECT i.indexname::text, i.indexdef::text FROM pg_indexes i WHERE i.schemaname = current_schema() \
             AND i.tablename IN ({BULK_TABLES}) \
             AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) \
             ORDER BY i.indexname"
        ),
    };
    drop_listed(db, &sql, "INDEX").await
}

/// Drops every (name, definition) that `list_sql` returns as a `kind`
/// ("INDEX", "TRIGGER") and returns the list, to be created again later.
async fn drop_listed(db: &Db, list_sql: &str, kind: &str) -> anyhow::Result<Vec<(String, String)>> {
    let defs: Vec<(String, String)> = sqlx::query(list_sql)
        .fetch_all(&db.pool)
        .await?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    for (name, _) in &defs {
        sqlx::query(&format!("DROP {kind} {name}"))
            .persistent(false)
            .execute(&db.pool)
            .await?;
    }
    Ok(defs)
}

/// Builds the dropped indexes again from their own definitions.
async fn rebuild_indexes(db: &Db, defs: Vec<(String, String)>) -> anyhow::Result<()> {
    let mut tx = db.write().await?;
    if db.dialect == Dialect::Sqlite {
        // The sorter of CREATE INDEX works in this cache (this connection's).
        sqlx::query("PRAGMA cache_size = -262144")
            .execute(&mut **tx)
            .await?;
    }
    for (_, sql) in &defs {
        sqlx::query(sql)
            .persistent(false)
            .execute(&mut **tx)
            .await?;
    }
    if db.dialect == Dialect::Sqlite {
        sqlx::query("PRAGMA cache_size = -2000")
            .execute(&mut **tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The triggers that keep `points_totals` and the dashboard's daily
/// rollups in step with `points`, `deals` and `incentive_entries` cost a third of the
/// generation time at a million deals (one upsert per row). The generator
/// is the only writer while it runs, so it sets them aside and rebuilds
/// the totals and rollups in a few statements at the end. Returns the
/// SQLite triggers' own definitions, to put back exactly as migrated.
async fn pause_triggers(db: &Db) -> anyhow::Result<Vec<(String, String)>> {
    match db.dialect {
        Dialect::Postgres => {
            for table in ["points", "deals", "incentive_entries"] {
                sqlx::query(&format!("ALTER TABLE {table} DISABLE TRIGGER USER"))
                    .execute(&db.pool)
                    .await?;
            }
            Ok(Vec::new())
        }
        Dialect::Sqlite => {
            drop_listed(
                db,
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' \
             AND tbl_name IN ('points', 'deals', 'incentive_entries')",
                "TRIGGER",
            )
            .await
        }
    }
}

/// Puts the triggers back and recomputes every company's yearly points
/// and the dashboard's rollups.
async fn resume_triggers(db: &Db, triggers: Vec<(String, String)>) -> anyhow::Result<()> {
    let year = match db.dialect {
        Dialect::Postgres => {
            "EXTRACT(YEAR FROM to_timestamp(at / 1000.0) AT TIME ZONE 'UTC')::BIGINT"
        }
        Dialect::Sqlite => "CAST(strftime('%Y', at / 1000, 'unixepoch') AS INTEGER)",
    };
    let mut tx = db.write().await?;
    sqlx::query("DELETE FROM points_totals")
        .execute(&mut **tx)
        .await?;
    sqlx::query(&format!(
        "INSERT INTO points_totals (company_id, year, points, program_id) \
         SELECT p.company_id, {year}, SUM(p.points), ct.program_id FROM points p \
         LEFT JOIN company_tiers ct ON ct.company_id = p.company_id GROUP BY p.company_id, 2, ct.program_id"
    ))
    .execute(&mut **tx)
    .await?;
    match db.dialect {
        Dialect::Postgres => {
            for table in ["points", "deals", "incentive_entries"] {
                sqlx::query(&format!("ALTER TABLE {table} ENABLE TRIGGER USER"))
                    .execute(&mut **tx)
                    .await?;
            }
        }
        Dialect::Sqlite => {
            for (_, sql) in &triggers {
                sqlx::query(sql)
                    .persistent(false)
                    .execute(&mut **tx)
                    .await?;
            }
        }
    }
    tx.commit().await?;
    crate::server::rollups::rebuild(db).await
}

/// What a run produced, for the closing summary.
pub struct Report {
    pub lines: Vec<String>,
    pub seconds: f64,
}

pub async fn run(state: &AppState, plan: &Plan) -> anyhow::Result<Report> {
    let started = Instant::now();
    anyhow::ensure!(
        plan.companies >= 1 && plan.deals >= 1,
        "nothing to generate"
    );
    crate::host::demo::load(state).await?;
    let db = &state.db;
    let already: i64 =
        sqlx::query("SELECT COUNT(*) FROM companies WHERE website LIKE '%.generated.example'")
            .fetch_one(&db.pool)
            .await?
            .get(0);
    anyhow::ensure!(
        already == 0,
        "this database already holds generated data; generate into an empty one"
    );
    let mut rng = StdRng::seed_from_u64(plan.seed);
    let password_hash =
        crate::server::password::hash(&state.hashing, crate::host::demo::DEMO_PASSWORD.to_string())
            .await?
            .0;
    let mut g = rows::Generator::new(db, plan, password_hash).await?;
    let paused = pause_triggers(db).await?;
    let mut lines = vec![
        format!("companies: {}", g.companies(&mut rng).await?),
        format!("company tiers: {}", g.tiers(&mut rng).await?),
        format!("users: {}", g.users(&mut rng).await?),
    ];
    let indexes = drop_bulk_indexes(db).await?;
    lines.push(format!("deals: {}", g.deals(&mut rng).await?));
    let rebuilt = Instant::now();
    let n = indexes.len();
    rebuild_indexes(db, indexes).await?;
    eprintln!(
        "  indexes        {n} rebuilt in {:.1} s",
        rebuilt.elapsed().as_secs_f64()
    );
    lines.push(format!("MDF requests: {}", g.mdf(&mut rng).await?));
    lines.push(format!("leads: {}", g.leads(&mut rng).await?));
    lines.push(format!(
        "active user days: {}",
        g.active_days(&mut rng).await?
    ));
    lines.push(format!("audit entries: {}", g.audit(&mut rng).await?));
    lines.push(format!("terms accepted: {}", accept_terms(db).await?));
    resume_triggers(db, paused).await?;
    reset_sequences(db).await?;
    // Fresh statistics, so the planners see the new sizes at once; on
    // PostgreSQL also the visibility map, without which index-only scans
    // still read every heap page (the deal list took 115 ms instead of a
    // few until autovacuum came by).
    let analyze = match db.dialect {
        Dialect::Postgres => "VACUUM (ANALYZE)",
        Dialect::Sqlite => "ANALYZE",
    };
    sqlx::raw_sql(analyze).execute(&db.pool).await?;
    Ok(Report {
        lines,
        seconds: started.elapsed().as_secs_f64(),
    })
}

/// Every generated company has accepted the current program terms (the
/// demo's version 1), as their partners would have on their first day:
/// without it the terms would close the portal to every generated person.
async fn accept_terms(db: &Db) -> anyhow::Result<u64> {
    let sql = "INSERT INTO terms_acceptances (company_id, terms_id, user_id, accepted_at, ip) \
               SELECT c.id, t.id, (SELECT MIN(u.id) FROM users u WHERE u.company_id = c.id), c.created_at, '' \
               FROM companies c CROSS JOIN program_terms t \
               WHERE t.id = (SELECT MAX(id) FROM program_terms) \
               AND EXISTS (SELECT 1 FROM users u WHERE u.company_id = c.id) \
               AND NOT EXISTS (SELECT 1 FROM terms_acceptances a WHERE a.company_id = c.id AND a.terms_id = t.id)";
    Ok(sqlx::query(sql).execute(&db.pool).await?.rows_affected())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The largest fifth of the ranks draws about 80 % of the samples.
    #[test]
    fn zipf_is_skewed_like_the_design_says() {
        let z = Zipf::new(10_000);
        let mut rng = StdRng::seed_from_u64(7);
        let draws = 200_000;
        let top = (0..draws).filter(|_| z.sample(&mut rng) < 2_000).count();
        let share = top as f64 / draws as f64;
        assert!((0.78..0.88).contains(&share), "top fifth drew {share}");
        assert!(z.share(0, 100_000, 1) > 9_000);
        assert_eq!(z.share(9_999, 100_000, 1), 1);
    }

    /// Batches quote text and write NULLs.
    #[test]
    fn literals() {
        assert_eq!(q("O'Neil"), "'O''Neil'");
        assert_eq!(n(None), "NULL");
        assert_eq!(n(Some(3)), "3");
    }
}
