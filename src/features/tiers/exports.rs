//! CSV downloads of incentives (plain GET routes: a file, not a server
//! function's JSON). They pass the same guard and policy table as every
//! server function and have rows in `security/authz-matrix.toml`.

use axum::extract::{Query, State};
use axum::response::Response;
use http::HeaderMap;
use serde::Deserialize;

use crate::server::guard::{enter_http as guard, json_error};
use crate::server::policy::Policy;
use crate::server::session::RequestSession;
use crate::server::AppState;
use crate::shared::l10n::{use_l10n, L10n};
use crate::shared::AppError;

pub const PAYOUT_CSV: &str = "/api/admin/payouts/export";

#[derive(Deserialize)]
pub struct RunQuery {
    id: Option<String>,
}

/// `GET /api/admin/payouts/export?id=N`: a payout run for finance.
pub async fn payout_csv(
    State(state): State<AppState>,
    session: Option<axum::Extension<RequestSession>>,
    l10n: Option<axum::Extension<L10n>>,
    headers: HeaderMap,
    Query(q): Query<RunQuery>,
) -> Response {
    let cx = match guard(state, session, &headers, PAYOUT_CSV).await {
        Ok(cx) => cx,
        Err(e) => return json_error(&e),
    };
    let Some(id) = q.id.and_then(|s| s.trim().parse::<i64>().ok()) else {
        return json_error(&AppError::BadRequest(crate::msg!("tier-error-run-id")));
    };
    // Column headers in the exporter's language (English when the request
    // carries none).
    let l = l10n.map(|e| e.0).unwrap_or_else(use_l10n);
    match super::incentives::run_csv(cx.db(), id, &l).await {
        Ok(body) => crate::server::csv::attachment(&format!("payout-{id}.csv"), body),
        Err(AppError::NotFound) => json_error(&cx.deny(AppError::NotFound, "payout", id).await),
        Err(e) => json_error(&e),
    }
}

/// Who may call these routes (they pass the same guard as server functions).
#[linkme::distributed_slice(crate::server::policy::POLICIES)]
static POLICIES: crate::server::policy::Table = &[(PAYOUT_CSV, Policy::VendorAdmin)];
