//! The program's other figures: MDF by period, companies by tier, partner
//! activity and the points leaderboard.

use super::*;

/// The MDF ledger of funds whose period starts in the window, in the
/// filter's currency, and what the approved claims brought.
pub async fn mdf(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    w: &Window,
) -> Result<MdfFigures, AppError> {
    use crate::features::mdf::{Balance, EntryKind};
    let funds_in = |p: &mut Params| {
        let sel = selection(p, viewer, f, "fu.company_id");
        format!(
            "fu.currency = {} AND fu.starts_at >= {} AND fu.starts_at < {} AND {sel}",
            p.text(f.currency.clone()),
            p.int(w.from),
            p.int(w.to)
        )
    };
    let mut p = Params::default();
    let cond = funds_in(&mut p);
    let funds: i64 = p
        .bind(sqlx::query(&format!(
            "SELECT COUNT(*) FROM mdf_funds fu WHERE {cond}"
        )))
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    let mut p = Params::default();
    let cond = funds_in(&mut p);
    let sums: Vec<(EntryKind, i64)> = p
        .bind(sqlx::query(&format!(
            "SELECT l.kind, CAST(SUM(l.amount_cents) AS BIGINT) FROM mdf_funds fu \
             JOIN mdf_ledger l ON l.fund_id = fu.id WHERE {cond} GROUP BY l.kind"
        )))
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .filter_map(|r| EntryKind::parse(&r.get::<String, _>(0)).map(|k| (k, sum_to_i64(r, 1))))
        .collect();
    let b = Balance::from_sums(&sums);
    let mut p = Params::default();
    let cond = funds_in(&mut p);
    let r = p
        .bind(sqlx::query(&format!(
            "SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN r.status IN ('claim_approved','reimbursed') \
             THEN COALESCE(r.claim_approved_cents, 0) ELSE 0 END), 0) AS BIGINT) \
             FROM mdf_requests r JOIN mdf_funds fu ON fu.id = r.fund_id WHERE {cond}"
        )))
        .fetch_one(&db.pool)
        .await
        .or_internal()?;
    let (requests, claims_approved) = (sum_to_i64(&r, 0), sum_to_i64(&r, 1));
    // The deals linked to approved claims, read from the claims' side and
    // then by id: joined in one statement, the planners walked every won
    // deal for every claim. A deal linked to two activities counts once.
    let mut p = Params::default();
    let cond = funds_in(&mut p);
    let links: Vec<(i64, i64)> = p
        .bind(sqlx::query(&format!(
            "SELECT rd.deal_id, r.company_id FROM mdf_requests r JOIN mdf_funds fu ON fu.id = r.fund_id \
             JOIN mdf_request_deals rd ON rd.request_id = r.id \
             WHERE {cond} AND r.status IN ('claim_approved','reimbursed') LIMIT 100000"
        )))
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    let mut linked_won = 0;
    for chunk in links.chunks(500) {
        let ids: Vec<String> = chunk.iter().map(|(d, _)| d.to_string()).collect();
        let mut p = Params::default();
        let sql = format!(
            "SELECT d.id, d.company_id, COALESCE(d.final_value_cents, d.value_cents) FROM deals d \
             WHERE d.id IN ({}) AND d.status = 'won' AND d.currency = {}",
            ids.join(","),
            p.text(f.currency.clone())
        );
        for r in p
            .bind(sqlx::query(&sql))
            .fetch_all(&db.pool)
            .await
            .or_internal()?
        {
            let (id, company): (i64, i64) = (r.get(0), r.get(1));
            let own = chunk.iter().any(|(d, c)| *d == id && *c == company);
            if own && seen.insert(id) {
                linked_won += r.get::<i64, _>(2);
            }
        }
    }
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
    let mut p = Params::default();
    let sel = selection(&mut p, viewer, f, "ct.company_id");
    let distribution = p
        .bind(sqlx::query(&format!(
            "SELECT t.id, p.name, t.name, COUNT(ct.company_id) FROM tiers t JOIN programs p ON p.id = t.program_id \
             LEFT JOIN company_tiers ct ON ct.tier_id = t.id AND {sel} \
             GROUP BY t.id, p.id, p.name, t.name, t.rank ORDER BY p.id, t.rank"
        )))
        .fetch_all(&db.pool)
        .await
        .or_internal()?;
    let programs: std::collections::BTreeSet<String> =
        distribution.iter().map(|r| r.get::<String, _>(1)).collect();
    let distribution = distribution
        .iter()
        .map(|r| {
            let (id, program, tier): (i64, String, String) = (r.get(0), r.get(1), r.get(2));
            let label = if programs.len() > 1 {
                format!("{program}: {tier}")
            } else {
                tier
            };
            Slice {
                label,
                value: sum_to_i64(r, 3),
                count: sum_to_i64(r, 3),
                link: Some(format!("/tiers?tier={id}")),
            }
        })
        .collect();
    let mut p = Params::default();
    let sel = selection(&mut p, viewer, f, "ch.company_id");
    let pending = p
        .bind(sqlx::query(&format!(
            "SELECT ch.direction, COUNT(*) FROM tier_changes ch WHERE ch.status = 'proposed' AND {sel} \
             GROUP BY ch.direction"
        )))
        .fetch_all(&db.pool)
        .await
        .or_internal()?;
    let pending_of = |dir: &str| {
        pending
            .iter()
            .find(|r| r.get::<String, _>(0) == dir)
            .map(|r| sum_to_i64(r, 1))
            .unwrap_or(0)
    };
    let mut p = Params::default();
    let sel = selection(&mut p, viewer, f, "ct.company_id");
    let sql = format!(
        "SELECT COUNT(*) FROM company_tiers ct WHERE ct.grace_until > {} AND {sel}",
        p.int(now)
    );
    let in_grace: i64 = p
        .bind(sqlx::query(&sql))
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    Ok(TierFigures {
        distribution,
        pending_up: pending_of("up"),
        pending_down: pending_of("down"),
        in_grace,
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
