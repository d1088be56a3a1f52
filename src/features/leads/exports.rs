//! The staff's lead figures as CSV (`GET /api/leads/figures/export?by=
//! partner|region|source&days=90&currency=EUR`): every line of the chosen
//! breakdown (the page shows the top partners only), in the exporter's
//! language, amounts as plain numbers. Same guard, policy and scope as the
//! page's server function.

use axum::extract::{Query, State};
use axum::response::Response;
use http::HeaderMap;
use serde::Deserialize;

use super::rules::LeadSource;
use super::types::{LeadFigureRow, LeadFigures, FIGURES_CSV};
use crate::server::csv::{amount as money, line};
use crate::server::guard::{enter_http as guard, json_error};
use crate::server::policy::Policy;
use crate::server::session::RequestSession;
use crate::server::AppState;
use crate::shared::l10n::{use_l10n, L10n};
use crate::shared::time::format_duration;
use crate::shared::validate::region_label;
use crate::shared::AppError;
use crate::{k, msg};

/// The breakdowns a file can hold.
pub const BREAKDOWNS: &[&str] = &["partner", "region", "source"];

#[derive(Deserialize, Default)]
pub struct ExportQuery {
    by: Option<String>,
    days: Option<String>,
    currency: Option<String>,
}

/// `GET /api/leads/figures/export?by=partner&days=90`
pub async fn figures_csv(
    State(state): State<AppState>,
    session: Option<axum::Extension<RequestSession>>,
    l10n: Option<axum::Extension<L10n>>,
    headers: HeaderMap,
    Query(q): Query<ExportQuery>,
) -> Response {
    let cx = match guard(state, session, &headers, FIGURES_CSV).await {
        Ok(cx) => cx,
        Err(e) => return json_error(&e),
    };
    let by = q.by.clone().unwrap_or_default();
    if !BREAKDOWNS.contains(&by.as_str()) {
        let which = msg!(
            "lead-figures-export-which",
            breakdowns = BREAKDOWNS.join(", ")
        );
        return json_error(&AppError::bad_request(which));
    }
    let viewer = match cx.user() {
        Ok(v) => v.clone(),
        Err(e) => return json_error(&e),
    };
    let days = q.days.and_then(|d| d.trim().parse::<i64>().ok());
    let l10n = l10n.map(|e| e.0).unwrap_or_else(use_l10n);
    match super::store::figures(cx.db(), &viewer, days, q.currency).await {
        Ok(f) => {
            let name = format!("lead-figures-{by}-{}d-{}.csv", f.days, f.currency);
            let owner = leptos::prelude::Owner::new();
            let text = owner.with(|| {
                leptos::prelude::provide_context(l10n.clone());
                body(&by, &f)
            });
            crate::server::csv::attachment(&name, text)
        }
        Err(e) => json_error(&e),
    }
}

/// A share in tenths of a percent as a plain percentage (`37.5`).
fn share(p: Option<i64>) -> String {
    p.map(|p| format!("{}.{}", p / 10, p % 10))
        .unwrap_or_default()
}

fn body(by: &str, f: &LeadFigures) -> String {
    let l = use_l10n();
    let head = match by {
        "partner" => k!("lead-figures-col-partner"),
        "region" => k!("lead-figures-col-region"),
        _ => k!("lead-figures-col-source"),
    };
    let mut out = String::from("\u{feff}");
    out.push_str(&line(&[
        l.t(head),
        l.t(k!("lead-figures-col-offered")),
        l.t(k!("lead-figures-col-accepted")),
        l.t(k!("lead-figures-col-rejected")),
        l.t(k!("lead-figures-col-timed-out")),
        l.t(k!("lead-figures-csv-acceptance")),
        l.t(k!("lead-figures-col-time-to-accept")),
        l.t(k!("lead-figures-col-converted")),
        l.t(k!("lead-figures-csv-conversion")),
        l.t(k!("lead-figures-col-won-deals")),
        l.t_with(
            k!("lead-figures-col-won-in"),
            &[("currency", f.currency.as_str().into())],
        ),
    ]));
    let rows = match by {
        "partner" => &f.by_partner,
        "region" => &f.by_region,
        _ => &f.by_source,
    };
    let name = |r: &LeadFigureRow| match by {
        "partner" => r.name.clone(),
        "region" => region_label(&r.key),
        _ => LeadSource::parse(&r.key)
            .map(|s| s.label())
            .unwrap_or_else(|| r.key.clone()),
    };
    for r in rows.iter().chain(std::iter::once(&f.total)) {
        let label = if std::ptr::eq(r, &f.total) {
            l.t(k!("lead-figures-all"))
        } else {
            name(r)
        };
        out.push_str(&line(&[
            label,
            r.offered.to_string(),
            r.accepted.to_string(),
            r.rejected.to_string(),
            r.timed_out.to_string(),
            share(r.acceptance_permille()),
            r.accept_median_ms.map(format_duration).unwrap_or_default(),
            r.converted.to_string(),
            share(r.conversion_permille()),
            r.won_deals.to_string(),
            money(r.won_cents),
        ]));
    }
    out
}

/// Who may call this route (it passes the same guard as server functions).
#[linkme::distributed_slice(crate::server::policy::POLICIES)]
static POLICIES: crate::server::policy::Table = &[(FIGURES_CSV, Policy::VendorStaff)];
