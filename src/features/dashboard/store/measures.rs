//! The seed's three success measures (registration time is the timing
//! card): partner revenue per active portal user, by tier; the productive
//! tier, the companies that together bring 80 % of the trailing twelve
//! months' won revenue; and that tier's portal NPS from the pulse. Each
//! with the period before, for the trend. Active users come from the
//! kernel's `user_active_days`, revenue from the win rollups, answers from
//! the pulse's face.

use std::collections::HashSet;

use super::*;
use crate::features::pulse::{self, Tally};

/// Pulse comments the card lists.
const COMMENTS_SHOWN: usize = 10;

/// Partner users of the selected companies who used the portal in
/// `[from, to)`.
async fn active_users(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    from: i64,
    to: i64,
) -> Result<i64, AppError> {
    let mut p = Params::default();
    let sel = selection(&mut p, viewer, f, "u.company_id");
    let sql = format!(
        "SELECT COUNT(DISTINCT a.user_id) FROM user_active_days a JOIN users u ON u.id = a.user_id \
         WHERE a.day >= {} AND a.day < {} AND u.company_id IS NOT NULL AND {sel}",
        p.int(from),
        p.int(to)
    );
    Ok(sum_to_i64(
        &p.bind(sqlx::query(&sql))
            .fetch_one(&db.pool)
            .await
            .or_internal()?,
        0,
    ))
}

/// Won revenue and active users per tier in the window, highest tier
/// first, "No tier" last.
async fn by_tier(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    w: &Window,
) -> Result<Vec<Slice>, AppError> {
    let mut p = Params::default();
    let wins = wins_per_company(&mut p, viewer, f, w);
    let sel = selection(&mut p, viewer, f, "u.company_id");
    let users = format!(
        "SELECT u.company_id, COUNT(DISTINCT a.user_id) AS n FROM user_active_days a \
         JOIN users u ON u.id = a.user_id WHERE a.day >= {} AND a.day < {} \
         AND u.company_id IS NOT NULL AND {sel} GROUP BY u.company_id",
        p.int(w.from),
        p.int(w.to)
    );
    let sql = format!(
        "SELECT tier_t.id, tier_t.name, MAX(tier_t.rank), CAST(SUM(y.v) AS BIGINT), CAST(SUM(y.n) AS BIGINT) \
         FROM (SELECT z.company_id, SUM(z.v) AS v, SUM(z.n) AS n FROM ( \
             SELECT x.company_id, x.v, 0 AS n FROM ({wins}) x \
             UNION ALL SELECT au.company_id, 0 AS v, au.n FROM ({users}) au \
         ) z GROUP BY z.company_id) y {} GROUP BY tier_t.id, tier_t.name",
        tiers::tier_join("y.company_id")
    );
    let rows: Vec<(Option<i64>, Slice)> = p
        .bind(sqlx::query(&sql))
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .map(|r| tier_slice(r, 4, 3, 2))
        .collect();
    Ok(by_rank(rows))
}

/// The selected companies' won revenue over the twelve months to `to`,
/// largest first: (id, name, value).
async fn trailing_year(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    to: i64,
) -> Result<Vec<(i64, String, i64)>, AppError> {
    let year = Window {
        preset: "ttm",
        from: to - 365 * DAY_MS,
        to,
    };
    let mut p = Params::default();
    let wins = wins_per_company(&mut p, viewer, f, &year);
    Ok(p.bind(sqlx::query(&format!(
        "SELECT x.company_id, c.name, x.v FROM ({wins}) x JOIN companies c ON c.id = x.company_id \
             ORDER BY x.v DESC, c.name"
    )))
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| (r.get(0), r.get(1), sum_to_i64(r, 2)))
    .collect())
}

/// The selected companies' ids (the pulse's answers are per company).
async fn selected_ids(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
) -> Result<HashSet<i64>, AppError> {
    let mut p = Params::default();
    let sel = selection(&mut p, viewer, f, "c.id");
    Ok(p.bind(sqlx::query(&format!(
        "SELECT c.id FROM companies c WHERE {sel}"
    )))
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| r.get::<i64, _>(0))
    .collect())
}

/// The pulse answers of `[from, to)`: the productive companies' and all
/// selected companies'.
async fn tallies(
    db: &Db,
    from: i64,
    to: i64,
    productive: &HashSet<i64>,
    selected: &HashSet<i64>,
) -> Result<(Tally, Tally), AppError> {
    let mut prod = Tally::default();
    let mut all = Tally::default();
    for (company, t) in pulse::scores_by_company(db, from, to).await? {
        if selected.contains(&company) {
            all.add(&t);
            if productive.contains(&company) {
                prod.add(&t);
            }
        }
    }
    Ok((prod, all))
}

pub async fn measures(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    w: &Window,
    revenue: &Revenue,
) -> Result<Measures, AppError> {
    let prev = w.previous();
    let previous_active_users = active_users(db, viewer, f, prev.from, prev.to).await?;
    let active_users = active_users(db, viewer, f, w.from, w.to).await?;
    let year = trailing_year(db, viewer, f, w.to).await?;
    let values: Vec<i64> = year.iter().map(|(_, _, v)| *v).collect();
    let n = productive_count(&values);
    let total: i64 = values.iter().sum();
    let top: i64 = values.iter().take(n).sum();
    let productive: HashSet<i64> = year.iter().take(n).map(|(id, _, _)| *id).collect();
    let selected = selected_ids(db, viewer, f).await?;
    let (prod, all) = tallies(db, w.from, w.to, &productive, &selected).await?;
    let (prev_prod, _) = tallies(db, prev.from, prev.to, &productive, &selected).await?;
    Ok(Measures {
        active_users,
        previous_active_users,
        revenue_per_user: Measures::per_user(revenue.total, active_users),
        previous_revenue_per_user: Measures::per_user(
            revenue.previous_total,
            previous_active_users,
        ),
        by_tier: by_tier(db, viewer, f, w).await?,
        productive_companies: n as i64,
        companies_with_revenue: year.len() as i64,
        productive_revenue_permille: (total > 0).then(|| top * 1000 / total),
        productive_top: year
            .iter()
            .take(n.min(10))
            .map(|(id, name, _)| (*id, name.clone()))
            .collect(),
        nps_productive: prod.nps(),
        nps_productive_answers: prod.answers(),
        nps_all: all.nps(),
        nps_all_answers: all.answers(),
        previous_nps_productive: prev_prod.nps(),
        comments: pulse::latest_comments(db, w.from, w.to, 200)
            .await?
            .into_iter()
            .filter(|c| selected.contains(&c.company_id))
            .take(COMMENTS_SHOWN)
            .map(|c| (c.company_name, c.score, c.comment, c.answered_at))
            .collect(),
    })
}
