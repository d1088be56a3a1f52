//! The vendor dashboard's figures, read with aggregate SQL over indexed
//! windows (won deals by `won_at`, registrations by `submitted_at`, funds
//! by their start) and scoped by the viewer: a channel manager only ever
//! counts their assigned companies, whatever the filters say.

use sqlx::any::AnyRow;
use sqlx::Row;

use super::period::{self, Window};
use super::types::*;
use crate::features::tiers;
use crate::server::db::Db;
use crate::server::dialect::sum_to_i64;
use crate::server::errors::OrInternal;
use crate::server::now_ms;
use crate::server::sql::Params;
use crate::shared::l10n::Msg;
use crate::shared::money::CURRENCIES;
use crate::shared::time::{median_p90, DAY_MS};
use crate::shared::{AppError, Role, Viewer};

/// The filters as typed into the page (query-string values).
#[derive(Clone, Debug, Default)]
pub struct RawFilter {
    pub period: String,
    pub from: String,
    pub to: String,
    pub region: String,
    pub tier: String,
    pub manager: String,
    pub currency: String,
}

/// The slices of "revenue by partner" before "Other partners".
const TOP_COMPANIES: i64 = 10;

/// The filters resolved against what exists and what the viewer may see.
pub struct Resolved {
    pub filter: DashboardFilter,
    pub window: Window,
    pub error: Option<Msg>,
    pub options: FilterOptions,
}

/// The companies the viewer and the filters select, as a condition on
/// `col`. Vendor admins without filters get no condition at all, so the
/// planner can use the window indexes alone.
fn selection(p: &mut Params, viewer: &Viewer, f: &DashboardFilter, col: &str) -> String {
    let mut conds: Vec<String> = Vec::new();
    if viewer.role != Role::VendorAdmin {
        conds.push(crate::server::scope::managed(viewer, "sc.id"));
    }
    if !f.region.is_empty() {
        conds.push(format!("sc.region = {}", p.text(f.region.clone())));
    }
    if let Some(t) = f.tier_id {
        conds.push(format!("sc.id IN ({})", tiers::members_sql(p, t)));
    }
    if let Some(m) = f.manager_id {
        conds.push(format!(
            "sc.id IN (SELECT company_id FROM manager_assignments WHERE manager_id = {})",
            p.int(m)
        ));
    }
    if conds.is_empty() {
        "1 = 1".into()
    } else {
        format!(
            "{col} IN (SELECT sc.id FROM companies sc WHERE {})",
            conds.join(" AND ")
        )
    }
}

async fn options(db: &Db, viewer: &Viewer) -> Result<FilterOptions, AppError> {
    let mut p = Params::default();
    let scope = selection(&mut p, viewer, &DashboardFilter::default(), "c.id");
    let regions = p
        .bind(sqlx::query(&format!(
            "SELECT DISTINCT c.region FROM companies c WHERE {scope} ORDER BY c.region LIMIT 200"
        )))
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
    let tiers = tiers::tier_labels(db).await?;
    let managers = if viewer.role == Role::VendorAdmin {
        sqlx::query(
            "SELECT id, name FROM users WHERE role = 'channel_manager' AND status <> 'disabled' \
             ORDER BY name, id LIMIT 500",
        )
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .map(|r| (r.get::<i64, _>(0), r.get::<String, _>(1)))
        .collect()
    } else {
        Vec::new()
    };
    Ok(FilterOptions {
        regions,
        tiers,
        managers,
        currencies: CURRENCIES.iter().map(|c| c.to_string()).collect(),
    })
}

/// The default program's currency, or USD.
async fn default_currency(db: &Db) -> Result<String, AppError> {
    Ok(tiers::default_currency(db)
        .await?
        .unwrap_or_else(|| "USD".into()))
}

/// Checks the filters against the options: a value that is not offered
/// (an old link, a hand-edited URL) is dropped rather than trusted.
pub async fn resolve(
    db: &Db,
    viewer: &Viewer,
    raw: &RawFilter,
    now: i64,
) -> Result<Resolved, AppError> {
    let options = options(db, viewer).await?;
    let (window, error) = match period::resolve(raw.period.trim(), &raw.from, &raw.to, now) {
        Ok(w) => (w, None),
        Err(e) => (
            period::resolve("quarter", "", "", now).unwrap_or(Window {
                preset: "quarter",
                from: now - 90 * DAY_MS,
                to: now,
            }),
            Some(e),
        ),
    };
    let currency = raw.currency.trim().to_uppercase();
    let currency = if options.currencies.contains(&currency) {
        currency
    } else {
        default_currency(db).await?
    };
    let region = raw.region.trim().to_string();
    let region = if options.regions.contains(&region) {
        region
    } else {
        String::new()
    };
    let tier_id = raw
        .tier
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|t| options.tiers.iter().any(|(id, _)| id == t));
    let manager_id = raw
        .manager
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|m| options.managers.iter().any(|(id, _)| id == m));
    let (from, to) = window.input_dates();
    let (from, to) = if error.is_some() {
        (
            raw.from.chars().take(20).collect(),
            raw.to.chars().take(20).collect(),
        )
    } else {
        (from, to)
    };
    Ok(Resolved {
        filter: DashboardFilter {
            preset: if error.is_some() {
                "custom"
            } else {
                window.preset
            }
            .to_string(),
            from,
            to,
            region,
            tier_id,
            manager_id,
            currency,
        },
        window,
        error,
        options,
    })
}

/// Every figure of the dashboard for the resolved filters.
pub async fn dashboard(db: &Db, viewer: &Viewer, r: Resolved) -> Result<VendorDashboard, AppError> {
    let now = now_ms();
    let f = &r.filter;
    let w = &r.window;
    let (funnel, registering) = funnel(db, viewer, f, w).await?;
    let revenue = revenue(db, viewer, f, w).await?;
    Ok(VendorDashboard {
        companies_selected: companies_selected(db, viewer, f).await?,
        sourcing: sourcing(db, viewer, f, w, &revenue).await?,
        measures: measures(db, viewer, f, w, &revenue).await?,
        revenue,
        funnel,
        timing: timing(db, viewer, f, w).await?,
        mdf: mdf(db, viewer, f, w).await?,
        tiers: tiers(db, viewer, f, now).await?,
        activity: activity(db, viewer, f, now, registering).await?,
        leaderboard: leaderboard(db, viewer, f, w, TOP_COMPANIES).await?,
        filter: r.filter,
        options: r.options,
        filter_error: r.error,
        as_of: now,
    })
}

mod measures;
mod pipeline;
mod program;
mod revenue;
mod sourcing;

#[allow(unused_imports)]
pub use measures::*;
#[allow(unused_imports)]
pub use pipeline::*;
#[allow(unused_imports)]
pub use program::*;
#[allow(unused_imports)]
pub use revenue::*;
#[allow(unused_imports)]
pub use sourcing::*;
