//! The vendor's registration analytics: volumes, approval times and
//! registration times over a window, per status and company.

use super::*;

/// Registration time (median, p90, share under 90 s), approval time and
/// conflict rate over the last `days` days, overall and per partner
/// company, within the viewer's scope. Reads at most 50,000 registrations
/// of the window (the newest); the figures say how many they cover.
pub async fn analytics(db: &Db, viewer: &Viewer, days: i64) -> Result<DealAnalytics, AppError> {
    let scope = scope_sql(viewer);
    let since = now_ms() - days * DAY_MS;
    let rows = sqlx::query(&format!(
        "SELECT d.company_id, c.name, d.registration_ms, d.has_conflict, \
         CASE WHEN d.decided_at IS NOT NULL AND d.route <> 'auto' THEN d.decided_at - d.submitted_at ELSE NULL END \
         FROM deals d JOIN companies c ON c.id = d.company_id \
         WHERE {scope} AND d.submitted_at >= $1 ORDER BY d.submitted_at DESC LIMIT 50000"
    ))
    .bind(since)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    let mut reg: Vec<i64> = Vec::new();
    let mut approval: Vec<i64> = Vec::new();
    let mut conflicts = 0;
    let mut per: std::collections::BTreeMap<i64, (String, i64, Vec<i64>)> = Default::default();
    for r in &rows {
        let company: i64 = r.get(0);
        let entry = per
            .entry(company)
            .or_insert_with(|| (r.get::<String, _>(1), 0, Vec::new()));
        entry.1 += 1;
        if let Some(ms) = r.get::<Option<i64>, _>(2) {
            reg.push(ms);
            entry.2.push(ms);
        }
        if r.get::<i64, _>(3) == 1 {
            conflicts += 1;
        }
        if let Some(ms) = r.get::<Option<i64>, _>(4) {
            approval.push(ms);
        }
    }
    reg.sort_unstable();
    approval.sort_unstable();
    let total = rows.len() as i64;
    let mut per_company: Vec<CompanyTiming> = per
        .into_iter()
        .map(|(id, (name, count, mut v))| {
            v.sort_unstable();
            let mp = crate::shared::time::median_p90(&v);
            CompanyTiming {
                company_id: id,
                company_name: name,
                registrations: count,
                median_ms: mp.map(|m| m.0),
                p90_ms: mp.map(|m| m.1),
            }
        })
        .collect();
    per_company.sort_by(|a, b| {
        b.median_ms
            .cmp(&a.median_ms)
            .then(a.company_name.cmp(&b.company_name))
    });
    per_company.truncate(100);
    let rmp = crate::shared::time::median_p90(&reg);
    let amp = crate::shared::time::median_p90(&approval);
    Ok(DealAnalytics {
        window_days: days,
        registrations: total,
        timed: reg.len() as i64,
        registration_median_ms: rmp.map(|m| m.0),
        registration_p90_ms: rmp.map(|m| m.1),
        under_90s_pct: (!reg.is_empty())
            .then(|| reg.iter().filter(|ms| **ms < 90_000).count() as i64 * 100 / reg.len() as i64),
        decisions: approval.len() as i64,
        approval_median_ms: amp.map(|m| m.0),
        approval_p90_ms: amp.map(|m| m.1),
        conflicts,
        conflict_rate_permille: (total > 0).then(|| conflicts * 1000 / total),
        per_company,
    })
}

/// One registration's clocks, for other features' figures.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Clocks {
    /// How long the partner took to register (where measured).
    pub registration_ms: Option<i64>,
    /// From submission to a person's decision (not automatic approvals).
    pub decision_ms: Option<i64>,
    /// Whether that decision came within the SLA (where both are known).
    pub within_sla: Option<bool>,
}

/// The clocks of the chosen companies' registrations submitted in
/// `[from, to)`, newest first, at most `limit` (the vendor dashboard's
/// timing figures: percentiles need the values).
pub async fn clocks(
    db: &Db,
    chosen: scope::Chosen<'_>,
    from: i64,
    to: i64,
    limit: i64,
) -> Result<Vec<Clocks>, AppError> {
    let mut p = Params::default();
    let sel = chosen(&mut p, "d.company_id");
    let sql = format!(
        "SELECT d.registration_ms, \
         CASE WHEN d.decided_at IS NOT NULL AND d.route <> 'auto' THEN d.decided_at - d.submitted_at ELSE NULL END, \
         CASE WHEN d.decided_at IS NOT NULL AND d.route <> 'auto' AND d.sla_due_at IS NOT NULL \
              THEN CASE WHEN d.decided_at <= d.sla_due_at THEN 1 ELSE 0 END ELSE NULL END \
         FROM deals d WHERE d.submitted_at >= {} AND d.submitted_at < {} AND {sel} \
         ORDER BY d.submitted_at DESC LIMIT {}",
        p.int(from),
        p.int(to),
        limit.clamp(1, 100_000),
    );
    Ok(p.bind(sqlx::query(&sql))
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .map(|r| Clocks {
            registration_ms: r.get(0),
            decision_ms: r.get(1),
            within_sla: r.get::<Option<i64>, _>(2).map(|v| v == 1),
        })
        .collect())
}
