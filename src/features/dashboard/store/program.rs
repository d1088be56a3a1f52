//! The program's other figures: MDF by period, companies by tier, partner
//! activity and the points leaderboard.

use super::*;
use crate::features::{deals, mdf};

/// The MDF ledger of funds whose period starts in the window, in the
/// filter's currency, and what the approved claims brought.
pub async fn mdf(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    w: &Window,
) -> Result<MdfFigures, AppError> {
    let chosen = |p: &mut Params, col: &str| selection(p, viewer, f, col);
    let m = mdf::period_figures(db, &chosen, &f.currency, w.from, w.to).await?;
    let b = mdf::Balance::from_sums(&m.ledger);
    let (funds, requests, claims_approved) = (m.funds, m.requests, m.claims_approved);
    // The deals linked to approved claims, asked of deals by id: joined in
    // one statement, the planners walked every won deal for every claim.
    // Only the claiming company's own won deals in the currency count, and
    // a deal linked to two activities counts once.
    let ids: Vec<i64> = m.linked_deals.iter().map(|(d, _)| *d).collect();
    let links: std::collections::HashSet<(i64, i64)> = m.linked_deals.iter().copied().collect();
    let mut conn = db.pool.acquire().await.or_internal()?;
    let linked_won: i64 = deals::refs(&mut conn, None, &ids)
        .await
        .or_internal()?
        .iter()
        .filter(|d| d.status == "won" && d.currency == f.currency)
        .filter(|d| links.contains(&(d.id, d.company_id)))
        .map(|d| d.final_value_cents.unwrap_or(d.value_cents))
        .sum();
    Ok(MdfFigures {
        funds,
        allocated: b.allocated,
        available: b.available,
        committed: b.committed,
        claimed: b.claimed,
        paid: b.paid,
        expired: b.expired,
        requests,
        claims_approved,
        linked_won,
        roi_x100: (claims_approved > 0).then(|| linked_won * 100 / claims_approved),
    })
}

pub async fn tiers(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    now: i64,
) -> Result<TierFigures, AppError> {
    let chosen = |p: &mut Params, col: &str| selection(p, viewer, f, col);
    let counts = tiers::tier_counts(db, &chosen, now).await?;
    let distribution = counts
        .tiers
        .into_iter()
        .map(|(id, label, companies)| Slice {
            label,
            msg: None,
            value: companies,
            count: companies,
            link: Some(format!("/tiers?tier={id}")),
        })
        .collect();
    Ok(TierFigures {
        distribution,
        pending_up: counts.pending_up,
        pending_down: counts.pending_down,
        in_grace: counts.in_grace,
    })
}

pub async fn activity(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    now: i64,
    registering_companies: i64,
) -> Result<Activity, AppError> {
    let mut p = Params::default();
    let sel = selection(&mut p, viewer, f, "c.id");
    let companies: i64 = p
        .bind(sqlx::query(&format!(
            "SELECT COUNT(*) FROM companies c WHERE c.status = 'active' AND {sel}"
        )))
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    let mut p = Params::default();
    let sel = selection(&mut p, viewer, f, "u.company_id");
    let since = p.int(now - 30 * DAY_MS);
    let r = p
        .bind(sqlx::query(&format!(
            "SELECT COUNT(*), {}, COUNT(DISTINCT CASE WHEN u.last_login_at >= {since} THEN u.company_id END) \
             FROM users u WHERE u.company_id IS NOT NULL AND u.status = 'active' AND {sel}",
            count_if(&format!("u.last_login_at >= {since}"))
        )))
        .fetch_one(&db.pool)
        .await
        .or_internal()?;
    Ok(Activity {
        companies,
        active_companies: sum_to_i64(&r, 2),
        users: sum_to_i64(&r, 0),
        active_users: sum_to_i64(&r, 1),
        registering_companies,
    })
}

/// Companies by points earned in the window (registrations, wins), with
/// their won deals of the window; equal points share a rank.
pub async fn leaderboard(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    w: &Window,
    limit: i64,
) -> Result<Vec<LeaderRow>, AppError> {
    let mut p = Params::default();
    let sel = selection(&mut p, viewer, f, "pt.company_id");
    let sql = format!(
        "SELECT x.company_id, c.name, x.total FROM (SELECT pt.company_id, \
             CAST(SUM(pt.points) AS BIGINT) AS total FROM points_daily pt \
             WHERE pt.day >= {} AND pt.day < {} AND {sel} GROUP BY pt.company_id \
             HAVING SUM(pt.points) <> 0) x JOIN companies c ON c.id = x.company_id \
             ORDER BY x.total DESC, c.name LIMIT {}",
        p.int(w.from),
        p.int(w.to),
        limit.clamp(1, 1000)
    );
    let rows = p
        .bind(sqlx::query(&sql))
        .fetch_all(&db.pool)
        .await
        .or_internal()?;
    let mut out: Vec<LeaderRow> = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let points = sum_to_i64(r, 2);
        let rank = match out.last() {
            Some(last) if last.points == points => last.rank,
            _ => i as i64 + 1,
        };
        out.push(LeaderRow {
            rank,
            company_id: r.get(0),
            company: r.get(1),
            points,
            won: 0,
        });
    }
    if !out.is_empty() {
        let ids: Vec<String> = out.iter().map(|l| l.company_id.to_string()).collect();
        let mut p = Params::default();
        let sql = format!(
            "SELECT r.company_id, CAST(SUM(r.deals) AS BIGINT) FROM deal_wins_daily r \
                 WHERE r.company_id IN ({2}) AND r.day >= {0} AND r.day < {1} GROUP BY r.company_id",
            p.int(w.from),
            p.int(w.to),
            ids.join(",")
        );
        let won = p
            .bind(sqlx::query(&sql))
            .fetch_all(&db.pool)
            .await
            .or_internal()?;
        for r in &won {
            let id: i64 = r.get(0);
            if let Some(l) = out.iter_mut().find(|l| l.company_id == id) {
                l.won = sum_to_i64(r, 1);
            }
        }
    }
    Ok(out)
}
