//! The registration funnel and the timing of registrations and approvals over
//! the window.

use super::*;
use crate::features::deals;

/// Counts of one boolean condition, as a SUM that both databases decode.
pub(super) fn count_if(cond: &str) -> String {
    format!("CAST(COALESCE(SUM(CASE WHEN {cond} THEN 1 ELSE 0 END), 0) AS BIGINT)")
}

/// The funnel of the window's registrations, and how many companies
/// registered in it (one read of the submissions rollup for both).
pub async fn funnel(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    w: &Window,
) -> Result<(Funnel, i64), AppError> {
    let mut p = Params::default();
    let sel = selection(&mut p, viewer, f, "s.company_id");
    let total = |col: &str| format!("CAST(COALESCE(SUM(s.{col}), 0) AS BIGINT)");
    let sql = format!(
        "SELECT {}, {}, {}, {}, {}, {}, {}, \
         COUNT(DISTINCT CASE WHEN s.submitted > 0 THEN s.company_id END) FROM deal_submissions_daily s \
         WHERE s.day >= {} AND s.day < {} AND {sel}",
        total("submitted"),
        total("approved"),
        total("won"),
        total("lost"),
        total("rejected"),
        total("pending"),
        total("conflicts"),
        p.int(w.from),
        p.int(w.to),
    );
    let r = p
        .bind(sqlx::query(&sql))
        .fetch_one(&db.pool)
        .await
        .or_internal()?;
    Ok((
        Funnel {
            submitted: sum_to_i64(&r, 0),
            approved: sum_to_i64(&r, 1),
            won: sum_to_i64(&r, 2),
            lost: sum_to_i64(&r, 3),
            rejected: sum_to_i64(&r, 4),
            pending: sum_to_i64(&r, 5),
            conflicts: sum_to_i64(&r, 6),
        },
        sum_to_i64(&r, 7),
    ))
}

/// Registration time (median, p90, share under 90 s) and approval time
/// (median, p90, share within the SLA) of the window's registrations.
/// Percentiles need the values, so this reads at most the newest 50,000.
pub async fn timing(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    w: &Window,
) -> Result<Timing, AppError> {
    let chosen = |p: &mut Params, col: &str| selection(p, viewer, f, col);
    let rows = deals::clocks(db, &chosen, w.from, w.to, TIMING_SAMPLE).await?;
    let mut reg = Vec::new();
    let mut approval = Vec::new();
    let (mut sla_known, mut sla_met) = (0i64, 0i64);
    for c in &rows {
        reg.extend(c.registration_ms);
        approval.extend(c.decision_ms);
        if let Some(met) = c.within_sla {
            sla_known += 1;
            sla_met += i64::from(met);
        }
    }
    reg.sort_unstable();
    approval.sort_unstable();
    let rmp = median_p90(&reg);
    let amp = median_p90(&approval);
    Ok(Timing {
        timed: reg.len() as i64,
        registration_median_ms: rmp.map(|m| m.0),
        registration_p90_ms: rmp.map(|m| m.1),
        under_90s_pct: (!reg.is_empty())
            .then(|| reg.iter().filter(|ms| **ms < 90_000).count() as i64 * 100 / reg.len() as i64),
        decisions: approval.len() as i64,
        approval_median_ms: amp.map(|m| m.0),
        approval_p90_ms: amp.map(|m| m.1),
        within_sla_pct: (sla_known > 0).then(|| sla_met * 100 / sla_known),
        sampled: rows.len() as i64,
    })
}
