//! Background jobs that keep deal registrations and MDF honest: expire
//! ended exclusivity, remind partners before it ends, escalate missed
//! approval SLAs; close MDF requests past their claim deadline (releasing
//! the commitment) and expire unused funds at period end. Every app server
//! runs the loop; each change is claimed with a guarded update, so running
//! it on several servers at once is safe.

use std::time::Duration;

use super::AppState;
use crate::features::deals::store;

/// How often the loop runs (seconds), from `PORTAL_JOBS_INTERVAL_SECS`.
fn interval() -> Duration {
    let secs = std::env::var("PORTAL_JOBS_INTERVAL_SECS")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(60)
        .clamp(1, 3600);
    Duration::from_secs(secs)
}

/// Runs every job once and logs what it did.
pub async fn run_once(state: &AppState) -> Result<(usize, usize, usize), crate::shared::AppError> {
    let done = store::run_jobs(&state.db, &state.config.public_url).await?;
    if done != (0, 0, 0) {
        tracing::info!(
            expired = done.0,
            reminded = done.1,
            escalated = done.2,
            "deal jobs"
        );
    }
    let mdf = crate::features::mdf::store::run_jobs(&state.db, &state.config.public_url).await?;
    if mdf != (0, 0, 0) {
        tracing::info!(
            claims_expired = mdf.0,
            funds_expired = mdf.1,
            escalated = mdf.2,
            "MDF jobs"
        );
    }
    let evaluated =
        crate::features::tiers::store::evaluate_due(&state.db, &state.config.public_url).await?;
    if evaluated > 0 {
        tracing::info!(companies = evaluated, "tier evaluation");
    }
    Ok(done)
}

pub fn spawn_worker(state: AppState) {
    tokio::spawn(async move {
        let every = interval();
        loop {
            tokio::time::sleep(every).await;
            if let Err(e) = run_once(&state).await {
                tracing::error!(error = %e, "deal jobs");
            }
        }
    });
}
