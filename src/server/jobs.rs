//! Background jobs that keep deal registrations and MDF honest: expire
//! ended exclusivity, remind partners before it ends, escalate missed
//! approval SLAs; close MDF requests past their claim deadline (releasing
//! the commitment) and expire unused funds at period end; evaluate tiers.
//!
//! Every app server runs the loop, and each job runs once across them: a
//! server first claims the job's lease in `job_leases` (on PostgreSQL with
//! `FOR UPDATE SKIP LOCKED`, on SQLite under the single-writer lock), runs
//! it, then releases the lease and schedules the next run one interval
//! later. A server that dies holding a lease blocks the job only until the
//! lease expires (`PORTAL_JOBS_LEASE_SECS`, default 300); then the next
//! server to tick takes it over. Inside a job every change is still claimed
//! with a guarded update, so even a run that outlives its lease never
//! applies a change twice. Each run is recorded in `job_runs`.
//!
//! The outbox is not a periodic job: it is a queue whose rows are claimed
//! one by one (see `mail`).

use std::future::Future;
use std::pin::Pin;
use std::sync::OnceLock;
use std::time::Duration;

use sqlx::Row;

use super::db::Db;
use super::dialect::Dialect;
use super::errors::OrInternal;
use super::{now_ms, AppState};
use crate::shared::AppError;

/// The periodic jobs, each with its own lease.
/// A periodic job a feature registers (with [`linkme::distributed_slice`]
/// on [`JOBS`], in its own folder): its name (the lease's key) and its
/// body, which says what it did for `job_runs.detail`.
pub struct Job {
    pub name: &'static str,
    pub run: for<'a> fn(&'a Db, &'a str) -> JobRun<'a>,
}

/// A job body's future.
pub type JobRun<'a> = Pin<Box<dyn Future<Output = Result<String, AppError>> + Send + 'a>>;

/// Every job in the program, gathered at link time.
#[linkme::distributed_slice]
pub static JOBS: [Job];

/// The jobs by name, so every server runs them in the same order.
pub fn jobs() -> Vec<&'static Job> {
    let mut all: Vec<&Job> = JOBS.iter().collect();
    all.sort_by_key(|j| j.name);
    all
}

/// Runs are kept this long in `job_runs`.
const KEEP_RUNS_MS: i64 = 30 * 86_400_000;

fn secs_from_env(name: &str, default: u64, max: u64) -> Duration {
    let secs = std::env::var(name)
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(default)
        .clamp(1, max);
    Duration::from_secs(secs)
}

/// How often each job runs (seconds), from `PORTAL_JOBS_INTERVAL_SECS`.
fn interval() -> Duration {
    secs_from_env("PORTAL_JOBS_INTERVAL_SECS", 60, 3600)
}

/// How long a claimed lease is good for, from `PORTAL_JOBS_LEASE_SECS`.
fn lease() -> Duration {
    secs_from_env("PORTAL_JOBS_LEASE_SECS", 300, 86_400)
}

/// This process's name in `job_leases.holder`: host, pid and a random tag
/// (a restarted server with a reused pid is a different holder).
pub fn holder() -> &'static str {
    static HOLDER: OnceLock<String> = OnceLock::new();
    HOLDER.get_or_init(|| {
        let host = std::env::var("HOSTNAME")
            .ok()
            .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
            .map(|h| h.trim().to_string())
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| "localhost".into());
        let tag = &super::tokens::new_secret()[..6];
        format!("{host}:{}:{tag}", std::process::id())
    })
}

/// A claimed lease: the job may run until `lease_until`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub name: String,
    pub run_id: i64,
    pub started_at: i64,
}

/// Claims `name` for `holder` when its lease is free and its next run is
/// due (or at once with `force`, as `portal run-jobs` does). `None` when
/// another server holds it or the job is not due.
pub async fn claim(
    db: &super::db::Db,
    name: &str,
    holder: &str,
    now: i64,
    lease_ms: i64,
    force: bool,
) -> Result<Option<Claim>, AppError> {
    let mut tx = db.write().await.or_internal()?;
    let due = "lease_until <= $3 AND (next_run_at <= $3 OR $4 = 1)";
    let sql = match db.dialect {
        // SKIP LOCKED: a server that finds the row being claimed by another
        // moves on instead of queueing behind it.
        Dialect::Postgres => format!(
            "UPDATE job_leases SET holder = $1, lease_until = $2 WHERE name = \
             (SELECT name FROM job_leases WHERE name = $5 AND {due} FOR UPDATE SKIP LOCKED)"
        ),
        Dialect::Sqlite => {
            format!("UPDATE job_leases SET holder = $1, lease_until = $2 WHERE name = $5 AND {due}")
        }
    };
    let claimed = sqlx::query(&sql)
        .bind(holder)
        .bind(now + lease_ms)
        .bind(now)
        .bind(i64::from(force))
        .bind(name)
        .execute(&mut **tx)
        .await
        .or_internal()?
        .rows_affected();
    if claimed != 1 {
        super::db::Db::release(tx).await.or_internal()?;
        return Ok(None);
    }
    let run_id: i64 = sqlx::query(
        "INSERT INTO job_runs (name, holder, started_at) VALUES ($1, $2, $3) RETURNING id",
    )
    .bind(name)
    .bind(holder)
    .bind(now)
    .fetch_one(&mut **tx)
    .await
    .or_internal()?
    .get(0);
    tx.commit().await.or_internal()?;
    Ok(Some(Claim {
        name: name.to_string(),
        run_id,
        started_at: now,
    }))
}

/// Records the run's outcome, frees the lease and schedules the next run.
/// Returns false when the lease had expired and another server took the
/// job over in the meantime (the run's changes stand: they were guarded).
pub async fn finish(
    db: &super::db::Db,
    claim: &Claim,
    holder: &str,
    now: i64,
    interval_ms: i64,
    outcome: &str,
    detail: &str,
) -> Result<bool, AppError> {
    let mut tx = db.write().await.or_internal()?;
    let kept = sqlx::query(
        "UPDATE job_leases SET holder = NULL, lease_until = 0, next_run_at = $1, runs = runs + 1 \
         WHERE name = $2 AND holder = $3 AND lease_until > $4",
    )
    .bind(claim.started_at + interval_ms)
    .bind(&claim.name)
    .bind(holder)
    .bind(now)
    .execute(&mut **tx)
    .await
    .or_internal()?
    .rows_affected();
    sqlx::query("UPDATE job_runs SET finished_at = $1, outcome = $2, detail = $3 WHERE id = $4")
        .bind(now)
        .bind(if kept == 1 { outcome } else { "lease lost" })
        .bind(detail)
        .bind(claim.run_id)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(kept == 1)
}

/// One tick: every job that is due and free is claimed, run and released.
/// Returns the jobs this server ran, each with what it did.
pub async fn tick(state: &AppState, force: bool) -> Result<Vec<(String, String)>, AppError> {
    let me = holder();
    let lease_ms = lease().as_millis() as i64;
    let interval_ms = interval().as_millis() as i64;
    let mut ran = Vec::new();
    for job in jobs() {
        let name = job.name;
        let Some(claim) = claim(&state.db, name, me, now_ms(), lease_ms, force).await? else {
            continue;
        };
        let result = (job.run)(&state.db, &state.config.public_url).await;
        let (outcome, detail) = match &result {
            Ok(detail) => ("ok", detail.clone()),
            Err(e) => ("error", e.to_string()),
        };
        let kept = finish(
            &state.db,
            &claim,
            me,
            now_ms(),
            interval_ms,
            outcome,
            &detail,
        )
        .await?;
        if !kept {
            tracing::warn!(
                job = name,
                "job outlived its lease; another server may have run it"
            );
        }
        match result {
            Ok(_) => tracing::info!(job = name, %detail, "job ran"),
            Err(e) => tracing::error!(job = name, error = %e, "job failed"),
        }
        ran.push((name.to_string(), detail));
    }
    prune(state).await?;
    Ok(ran)
}

/// Drops run records older than 30 days (indexed by start time), and
/// sign-in and reset counters whose window ended a day ago or more (every
/// window is shorter), so an attacker's many addresses do not pile up.
async fn prune(state: &AppState) -> Result<(), AppError> {
    state
        .db
        .execute_one(
            sqlx::query("DELETE FROM job_runs WHERE started_at < $1").bind(now_ms() - KEEP_RUNS_MS),
        )
        .await
        .or_internal()?;
    state
        .db
        .execute_one(
            sqlx::query("DELETE FROM login_throttle WHERE window_start < $1")
                .bind(now_ms() - 86_400_000),
        )
        .await
        .or_internal()?;
    Ok(())
}

/// Runs every job now (`portal run-jobs`, demo data), still respecting a
/// lease another server holds.
pub async fn run_once(state: &AppState) -> Result<Vec<(String, String)>, AppError> {
    tick(state, true).await
}

pub fn spawn_worker(state: AppState) {
    tokio::spawn(async move {
        let every = interval();
        loop {
            tokio::time::sleep(every).await;
            if let Err(e) = tick(&state, false).await {
                tracing::error!(error = %e, "background jobs");
            }
            // Every server anchors (no lease): each keeps its own copy.
            let anchors = &state.config.audit_anchor_file;
            if !anchors.is_empty() {
                if let Err(e) = super::audit::anchor(&state.db, std::path::Path::new(anchors)).await
                {
                    tracing::error!(error = %e, file = %anchors, "audit anchor");
                }
            }
        }
    });
}
