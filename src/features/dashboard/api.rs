//! The vendor dashboard's server function: vendor staff only (the policy
//! table); the store scopes every figure to the viewer's companies.

#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use super::types::VendorDashboard;
use crate::shared::AppError;

/// Every figure of the vendor dashboard for one set of filters. Values the
/// page does not offer are dropped; a bad custom date range comes back as
/// `filter_error` with this quarter's figures.
#[server(endpoint = "dashboard/vendor")]
pub async fn load_vendor_dashboard(
    period: Option<String>,
    from: Option<String>,
    to: Option<String>,
    region: Option<String>,
    tier: Option<String>,
    manager: Option<String>,
    currency: Option<String>,
) -> Result<VendorDashboard, AppError> {
    let cx = crate::server::guard::enter("dashboard/vendor").await?;
    let raw = super::store::RawFilter {
        period: period.unwrap_or_default(),
        from: from.unwrap_or_default(),
        to: to.unwrap_or_default(),
        region: region.unwrap_or_default(),
        tier: tier.unwrap_or_default(),
        manager: manager.unwrap_or_default(),
        currency: currency.unwrap_or_default(),
    };
    let viewer = cx.user()?;
    let resolved = super::store::resolve(cx.db(), viewer, &raw, crate::server::now_ms()).await?;
    super::store::dashboard(cx.db(), viewer, resolved).await
}
