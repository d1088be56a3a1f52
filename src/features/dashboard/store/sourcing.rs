//! Who found the channel's business: won revenue and open pipeline split
//! into partner-sourced (deals the partner registered on its own) and
//! vendor-sourced (registered from a lead the vendor handed it). The
//! vendor-sourced part comes from its own rollups; partner-sourced is the
//! total less it, so the two always add up to the dashboard's totals.

use super::*;

/// Deals and value of a rollup's rows as (count, value) sums.
const TOTALS: &str = "CAST(COALESCE(SUM(r.deals), 0) AS BIGINT), \
                      CAST(COALESCE(SUM(r.value_cents), 0) AS BIGINT)";

async fn totals(db: &Db, sql: String, p: Params) -> Result<(i64, i64), AppError> {
    let r = p
        .bind(sqlx::query(&sql))
        .fetch_one(&db.pool)
        .await
        .or_internal()?;
    Ok((sum_to_i64(&r, 0), sum_to_i64(&r, 1)))
}

/// Open deals (draft, submitted, approved) in the filter's currency from
/// `table` (`deal_open_totals` or `deal_lead_open_totals`).
async fn open(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    table: &str,
) -> Result<(i64, i64), AppError> {
    let mut p = Params::default();
    let sel = selection(&mut p, viewer, f, "r.company_id");
    let cur = p.text(f.currency.clone());
    totals(
        db,
        format!("SELECT {TOTALS} FROM {table} r WHERE r.currency = {cur} AND {sel}"),
        p,
    )
    .await
}

/// The split of the window's won revenue (`revenue` holds its totals) and
/// of the pipeline open now.
pub async fn sourcing(
    db: &Db,
    viewer: &Viewer,
    f: &DashboardFilter,
    w: &Window,
    revenue: &Revenue,
) -> Result<Sourcing, AppError> {
    let mut p = Params::default();
    let cond = wins_in(&mut p, viewer, f, w.from, w.to);
    let (vendor_won_deals, vendor_won) = totals(
        db,
        format!("SELECT {TOTALS} FROM deal_lead_wins_daily r WHERE {cond}"),
        p,
    )
    .await?;
    let (open_deals, open_value) = open(db, viewer, f, "deal_open_totals").await?;
    let (vendor_open_deals, vendor_open) = open(db, viewer, f, "deal_lead_open_totals").await?;
    Ok(Sourcing {
        vendor_won,
        vendor_won_deals,
        partner_won: revenue.total - vendor_won,
        partner_won_deals: revenue.deals - vendor_won_deals,
        vendor_open,
        vendor_open_deals,
        partner_open: open_value - vendor_open,
        partner_open_deals: open_deals - vendor_open_deals,
    })
}
