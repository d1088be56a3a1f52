//! Won revenue over the window per bucket, region and tier, and the top
//! companies, from the daily win rollups.

use super::*;

pub(super) async fn companies_selected(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
) -> Result<i64, AppError> {
    let mut p = Params::default();
    let sel = selection(&mut p, viewer, f, "c.id");
    Ok(p.bind(sqlx::query(&format!(
        "SELECT COUNT(*) FROM companies c WHERE {sel}"
    )))
    .fetch_one(&db.pool)
    .await
    .or_internal()?
    .get(0))
}

/// The won-revenue rollup's condition for a window, in the filter's
/// currency (`deal_wins_daily r`: one row per day, currency and company;
/// the windows start and end at UTC midnights, so whole days add up to
/// the window exactly).
pub(super) fn wins_in(
    p: &mut Params,
    viewer: &Viewer,
    f: &DashboardFilter,
    from: i64,
    to: i64,
) -> String {
    let sel = selection(p, viewer, f, "r.company_id");
    format!(
        "r.currency = {} AND r.day >= {} AND r.day < {} AND {sel}",
        p.text(f.currency.clone()),
        p.int(from),
        p.int(to)
    )
}

pub(super) const WON_DEALS: &str = "CAST(SUM(r.deals) AS BIGINT)";
pub(super) const WON_VALUE: &str = "CAST(SUM(r.value_cents) AS BIGINT)";

pub(super) fn slice(
    r: &AnyRow,
    label: String,
    count: usize,
    value: usize,
    link: Option<String>,
) -> Slice {
    Slice {
        label,
        msg: None,
        value: sum_to_i64(r, value),
        count: sum_to_i64(r, count),
        link,
    }
}

pub async fn revenue(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    w: &Window,
) -> Result<Revenue, AppError> {
    let buckets = w.buckets();
    // One pass, bucketed by a CASE over the bucket starts (portable SQL,
    // no date functions).
    let mut p = Params::default();
    let cond = wins_in(&mut p, viewer, f, w.from, w.to);
    let mut case = String::from("CASE");
    for (i, start) in buckets.iter().enumerate().skip(1) {
        case.push_str(&format!(" WHEN r.day < {} THEN {}", p.int(*start), i - 1));
    }
    case.push_str(&format!(" ELSE {} END", buckets.len().saturating_sub(1)));
    let rows = p
        .bind(sqlx::query(&format!(
            "SELECT {case} AS bucket, {WON_DEALS}, {WON_VALUE} FROM deal_wins_daily r \
             WHERE {cond} GROUP BY 1"
        )))
        .fetch_all(&db.pool)
        .await
        .or_internal()?;
    let weekly = w.weekly();
    let mut series: Vec<Slice> = buckets
        .iter()
        .map(|start| Slice {
            msg: Some(period::bucket_label(*start, weekly)),
            ..Slice::default()
        })
        .collect();
    for r in &rows {
        let i = sum_to_i64(r, 0) as usize;
        if let Some(s) = series.get_mut(i) {
            s.count = sum_to_i64(r, 1);
            s.value = sum_to_i64(r, 2);
        }
    }
    let total: i64 = series.iter().map(|s| s.value).sum();
    let deals: i64 = series.iter().map(|s| s.count).sum();

    let prev = w.previous();
    let mut p = Params::default();
    let cond = wins_in(&mut p, viewer, f, prev.from, prev.to);
    let previous_total = sum_to_i64(
        &p.bind(sqlx::query(&format!(
            "SELECT {WON_VALUE} FROM deal_wins_daily r WHERE {cond}"
        )))
        .fetch_one(&db.pool)
        .await
        .or_internal()?,
        0,
    );

    // Every company with wins in the window, largest first: the top ten,
    // the count and the regions all come from this one read.
    let companies = company_wins(db, viewer, f, w, 10_000).await?;
    let companies_with_revenue = companies.len() as i64;
    let mut regions: std::collections::BTreeMap<String, Slice> = Default::default();
    for (s, region) in &companies {
        let r = regions.entry(region.clone()).or_insert_with(|| Slice {
            label: region.clone(),
            ..Slice::default()
        });
        r.count += s.count;
        r.value += s.value;
    }
    let mut by_region: Vec<Slice> = regions.into_values().collect();
    by_region.sort_by(|a, b| b.value.cmp(&a.value).then(a.label.cmp(&b.label)));
    by_region.truncate(200);
    let mut by_company: Vec<Slice> = companies
        .into_iter()
        .take(TOP_COMPANIES as usize)
        .map(|(s, _)| s)
        .collect();
    let shown: i64 = by_company.iter().map(|s| s.value).sum();
    let shown_deals: i64 = by_company.iter().map(|s| s.count).sum();
    if total > shown {
        let others = companies_with_revenue - by_company.len() as i64;
        by_company.push(Slice {
            msg: Some(crate::msg!("dash-revenue-other-partners", count = others)),
            value: total - shown,
            count: deals - shown_deals,
            ..Slice::default()
        });
    }

    let mut p = Params::default();
    let per_company = wins_per_company(&mut p, viewer, f, w);
    let tier_rows: Vec<(Option<i64>, Slice)> = p
        .bind(sqlx::query(&format!(
            "SELECT tier_t.id, tier_t.name, CAST(SUM(x.n) AS BIGINT), CAST(SUM(x.v) AS BIGINT), \
             MAX(tier_t.rank) FROM ({per_company}) x {} GROUP BY tier_t.id, tier_t.name",
            tiers::tier_join("x.company_id")
        )))
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .map(|r| tier_slice(r, 2, 3, 4))
        .collect();
    let by_tier = by_rank(tier_rows);

    Ok(Revenue {
        series,
        bucket: if w.weekly() { "week" } else { "month" }.into(),
        total,
        deals,
        previous_total,
        by_company,
        companies_with_revenue,
        by_tier,
        by_region,
    })
}

/// A row of `tier_t.id, tier_t.name, ...` as a slice linked to its tier
/// ("No tier" without one), with the tier's rank from column `rank`.
pub(super) fn tier_slice(
    r: &AnyRow,
    count: usize,
    value: usize,
    rank: usize,
) -> (Option<i64>, Slice) {
    let id: Option<i64> = r.get(0);
    let name: Option<String> = r.get(1);
    let mut s = slice(
        r,
        name.clone().unwrap_or_default(),
        count,
        value,
        id.map(|t| format!("/tiers?tier={t}")),
    );
    if name.is_none() {
        s.msg = Some(crate::msg!("dash-revenue-no-tier"));
    }
    (r.get::<Option<i64>, _>(rank), s)
}

/// Highest tier first, "No tier" last (the databases sort NULL apart).
pub(super) fn by_rank(mut rows: Vec<(Option<i64>, Slice)>) -> Vec<Slice> {
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.label.cmp(&b.1.label)));
    rows.into_iter().map(|(_, s)| s).collect()
}

/// The window's wins summed per company (`company_id, n, v`), before any
/// join: aggregated first, the rows are joined to companies and tiers once
/// per company rather than once per company and day (at 1 M deals, twelve
/// months: 415 ms -> 46 ms on SQLite). The rollup has no index by company
/// on purpose: SQLite 3.46 then grouped by walking that whole index instead
/// of the window's days (320 ms).
pub(super) fn wins_per_company(
    p: &mut Params,
    viewer: &Viewer,
    f: &DashboardFilter,
    w: &Window,
) -> String {
    let cond = wins_in(p, viewer, f, w.from, w.to);
    format!(
        "SELECT r.company_id, {WON_DEALS} AS n, {WON_VALUE} AS v FROM deal_wins_daily r \
         WHERE {cond} GROUP BY r.company_id HAVING SUM(r.deals) > 0"
    )
}

/// Won revenue per company in the window with the company's region,
/// largest first (`limit` rows, at most 10,000).
pub(super) async fn company_wins(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    w: &Window,
    limit: i64,
) -> Result<Vec<(Slice, String)>, AppError> {
    let mut p = Params::default();
    let per_company = wins_per_company(&mut p, viewer, f, w);
    Ok(p.bind(sqlx::query(&format!(
        "SELECT x.company_id, c.name, c.region, x.n, x.v FROM ({per_company}) x \
         JOIN companies c ON c.id = x.company_id ORDER BY x.v DESC, c.name LIMIT {}",
        limit.clamp(1, 10_000)
    )))
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| {
        let id: i64 = r.get(0);
        (
            slice(r, r.get(1), 3, 4, Some(format!("/companies/{id}"))),
            r.get(2),
        )
    })
    .collect())
}

/// Won revenue per company in the window, largest first (`limit` rows;
/// the CSV export asks for all of them, up to 10,000).
pub async fn by_company(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    w: &Window,
    limit: i64,
) -> Result<Vec<Slice>, AppError> {
    Ok(company_wins(db, viewer, f, w, limit)
        .await?
        .into_iter()
        .map(|(s, _)| s)
        .collect())
}
