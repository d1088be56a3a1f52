//! The registration funnel and the timing of registrations and approvals over
//! the window.

use super::*;

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
    let mut p = Params::default();
    let sel = selection(&mut p, viewer, f, "d.company_id");
    let sql = format!(
        "SELECT d.registration_ms, \
         CASE WHEN d.decided_at IS NOT NULL AND d.route <> 'auto' THEN d.decided_at - d.submitted_at ELSE NULL END, \
         CASE WHEN d.decided_at IS NOT NULL AND d.route <> 'auto' AND d.sla_due_at IS NOT NULL \
              THEN CASE WHEN d.decided_at <= d.sla_due_at THEN 1 ELSE 0 END ELSE NULL END \
         FROM deals d WHERE d.submitted_at >= {} AND d.submitted_at < {} AND {sel} \
         ORDER BY d.submitted_at DESC LIMIT {TIMING_SAMPLE}",
        p.int(w.from),
        p.int(w.to),
    );
    let rows = p
        .bind(sqlx::query(&sql))
        .fetch_all(&db.pool)
        .await
        .or_internal()?;
    let mut reg = Vec::new();
    let mut approval = Vec::new();
    let (mut sla_known, mut sla_met) = (0i64, 0i64);
    for r in &rows {
        if let Some(ms) = r.get::<Option<i64>, _>(0) {
            reg.push(ms);
        }
        if let Some(ms) = r.get::<Option<i64>, _>(1) {
            approval.push(ms);
        }
        if let Some(met) = r.get::<Option<i64>, _>(2) {
            sla_known += 1;
            sla_met += met;
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
