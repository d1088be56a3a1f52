//! The vendor dashboard's server function: vendor staff only (the policy
//! table); the store scopes every figure to the viewer's companies.

#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use super::types::VendorDashboard;
use crate::shared::AppError;

/// Every figure of the vendor dashboard for one set of filters. Values the
/// page does not offer are dropped; a bad custom date range comes back as
/// `filter_error` with this quarter's figures. The figures may be up to
/// `dashboard.cache_seconds` old (`as_of` says when they were computed);
/// `refresh` asks for figures computed after the request (`super::cache`).
#[server(endpoint = "dashboard/vendor")]
pub async fn load_vendor_dashboard(
    period: Option<String>,
    from: Option<String>,
    to: Option<String>,
    region: Option<String>,
    tier: Option<String>,
    manager: Option<String>,
    currency: Option<String>,
    refresh: Option<String>,
) -> Result<VendorDashboard, AppError> {
    let asked = std::time::Instant::now();
    let cx = crate::server::guard::enter::<LoadVendorDashboard>().await?;
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
    // The filters, their options and any message are the request's own;
    // only the figures are shared.
    let (filter, options, error) = (
        resolved.filter.clone(),
        resolved.options.clone(),
        resolved.error.clone(),
    );
    let key = super::cache::key(viewer, &resolved);
    let refresh = refresh.is_some_and(|r| !r.is_empty() && r != "0");
    let cache = cx.state.local(|config| {
        super::cache::DashboardCache::new(std::time::Duration::from_secs(
            config.dashboard_cache_seconds,
        ))
    });
    let mut d = cache
        .get(key, asked, refresh, || {
            super::store::dashboard(cx.db(), viewer, resolved)
        })
        .await?;
    d.filter = filter;
    d.options = options;
    d.filter_error = error;
    Ok(d)
}

// Who may call each function above (deny by default: a function without a
// row is refused before it runs); `security/authz-matrix.toml` is the
// independent list the matrix test holds these rows to.
#[cfg(feature = "ssr")]
crate::server::policy::policies! {
    LoadVendorDashboard => VendorStaff,
}
