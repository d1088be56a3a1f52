//! CSV exports of the vendor dashboard's tables (`GET
//! /api/dashboard/export?table=...` with the page's filters). They pass the
//! same guard and policy table as the server functions and are scoped the
//! same way: a channel manager's file holds only their companies. Headers
//! and names are in the exporter's language; amounts stay plain numbers
//! (`1234.50`) so spreadsheets read them.

use axum::extract::{Query, State};
use axum::response::Response;
use http::HeaderMap;
use serde::Deserialize;

use super::store::{self, RawFilter};
use super::types::{Slice, VendorDashboard};
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

pub const DASHBOARD_CSV: &str = "/api/dashboard/export";

/// The tables a file can hold.
pub const TABLES: &[&str] = &[
    "revenue",
    "sourcing",
    "measures",
    "partners",
    "tiers",
    "regions",
    "funnel",
    "timing",
    "mdf",
    "tier-distribution",
    "activity",
    "leaderboard",
];

#[derive(Deserialize, Default)]
pub struct ExportQuery {
    table: Option<String>,
    period: Option<String>,
    from: Option<String>,
    to: Option<String>,
    region: Option<String>,
    tier: Option<String>,
    manager: Option<String>,
    currency: Option<String>,
}

/// `GET /api/dashboard/export?table=partners&period=ytd...`
pub async fn dashboard_csv(
    State(state): State<AppState>,
    session: Option<axum::Extension<RequestSession>>,
    l10n: Option<axum::Extension<L10n>>,
    headers: HeaderMap,
    Query(q): Query<ExportQuery>,
) -> Response {
    let cx = match guard(state, session, &headers, DASHBOARD_CSV).await {
        Ok(cx) => cx,
        Err(e) => return json_error(&e),
    };
    let table = q.table.clone().unwrap_or_default();
    if !TABLES.contains(&table.as_str()) {
        let tables = TABLES.join(", ");
        let which = msg!("dash-export-which-table", tables = tables);
        return json_error(&AppError::bad_request(which));
    }
    let raw = RawFilter {
        period: q.period.unwrap_or_default(),
        from: q.from.unwrap_or_default(),
        to: q.to.unwrap_or_default(),
        region: q.region.unwrap_or_default(),
        tier: q.tier.unwrap_or_default(),
        manager: q.manager.unwrap_or_default(),
        currency: q.currency.unwrap_or_default(),
    };
    let viewer = match cx.user() {
        Ok(v) => v.clone(),
        Err(e) => return json_error(&e),
    };
    // The exporter's language and zone (the session layer resolved them).
    let l10n = l10n.map(|e| e.0).unwrap_or_else(use_l10n);
    let result = async {
        let r = store::resolve(cx.db(), &viewer, &raw, crate::server::now_ms()).await?;
        if let Some(e) = &r.error {
            return Err(AppError::BadRequest(e.clone()));
        }
        // The partner table holds every company, not the top ten.
        let all = if table == "partners" {
            store::by_company(cx.db(), &viewer, &r.filter, &r.window, 10_000).await?
        } else {
            Vec::new()
        };
        let d = store::dashboard(cx.db(), &viewer, r).await?;
        let name = format!("dashboard-{table}-{}-{}.csv", d.filter.from, d.filter.to);
        // Rendered with the exporter's rendering as context, so the
        // shared helpers (region names, durations) use it too.
        let owner = leptos::prelude::Owner::new();
        let text = owner.with(|| {
            leptos::prelude::provide_context(l10n.clone());
            body(&table, &d, all)
        });
        Ok::<_, AppError>((name, text))
    }
    .await;
    match result {
        Ok((name, text)) => crate::server::csv::attachment(&name, text),
        Err(e) => json_error(&e),
    }
}

/// A table of named amounts: `head` is the key of its first column.
fn slices(l: &L10n, head: &str, currency: &str, rows: &[Slice], regions: bool) -> String {
    let mut out = line(&[
        l.t(head),
        l.t_with(
            k!("dash-col-won-revenue-in"),
            &[("currency", currency.into())],
        ),
        l.t(k!("dash-col-won-deals")),
    ]);
    for r in rows {
        let name = if regions {
            region_label(&r.label)
        } else {
            r.name(l)
        };
        out.push_str(&line(&[name, money(r.value), r.count.to_string()]));
    }
    out
}

fn opt_ms(ms: Option<i64>) -> String {
    ms.map(format_duration).unwrap_or_default()
}

fn body(table: &str, d: &VendorDashboard, all_partners: Vec<Slice>) -> String {
    let l = use_l10n();
    let c = &d.filter.currency;
    let mut out = String::from("\u{feff}");
    out.push_str(&line(&[l.t_with(
        k!("dash-csv-period"),
        &[
            ("from", d.filter.from.as_str().into()),
            ("to", d.filter.to.as_str().into()),
            ("currency", c.as_str().into()),
        ],
    )]));
    let pairs = |out: &mut String, rows: Vec<(&str, String)>| {
        out.push_str(&line(&[
            l.t(k!("dash-csv-figure")),
            l.t(k!("dash-csv-value")),
        ]));
        for (key, v) in rows {
            out.push_str(&line(&[l.t(key), v]));
        }
    };
    match table {
        "revenue" => out.push_str(&slices(
            &l,
            k!("dash-col-period"),
            c,
            &d.revenue.series,
            false,
        )),
        "partners" => out.push_str(&slices(&l, k!("dash-col-partner"), c, &all_partners, false)),
        "measures" => {
            let m = &d.measures;
            let opt = |v: Option<i64>| v.map(|v| v.to_string()).unwrap_or_default();
            let cents = |v: Option<i64>| v.map(money).unwrap_or_default();
            pairs(
                &mut out,
                vec![
                    (k!("dash-csv-active-users"), m.active_users.to_string()),
                    (
                        k!("dash-csv-active-users-before"),
                        m.previous_active_users.to_string(),
                    ),
                    (k!("dash-measures-per-user"), cents(m.revenue_per_user)),
                    (
                        k!("dash-csv-per-user-before"),
                        cents(m.previous_revenue_per_user),
                    ),
                    (
                        k!("dash-csv-productive-companies"),
                        m.productive_companies.to_string(),
                    ),
                    (
                        k!("dash-csv-companies-with-revenue"),
                        m.companies_with_revenue.to_string(),
                    ),
                    (
                        k!("dash-csv-productive-share"),
                        opt(m.productive_revenue_permille.map(|p| p / 10)),
                    ),
                    (k!("dash-measures-nps"), opt(m.nps_productive)),
                    (
                        k!("dash-csv-nps-answers"),
                        m.nps_productive_answers.to_string(),
                    ),
                    (k!("dash-csv-nps-before"), opt(m.previous_nps_productive)),
                    (k!("dash-csv-nps-all"), opt(m.nps_all)),
                    (
                        k!("dash-csv-nps-all-answers"),
                        m.nps_all_answers.to_string(),
                    ),
                ],
            );
            out.push_str(&line(&[
                l.t(k!("dash-col-tier")),
                l.t_with(
                    k!("dash-col-won-revenue-in"),
                    &[("currency", c.as_str().into())],
                ),
                l.t(k!("dash-measures-col-users")),
                l.t(k!("dash-measures-col-per-user")),
            ]));
            for s in &m.by_tier {
                out.push_str(&line(&[
                    s.name(&l),
                    money(s.value),
                    s.count.to_string(),
                    cents(crate::features::dashboard::types::Measures::per_user(
                        s.value, s.count,
                    )),
                ]));
            }
        }
        "sourcing" => {
            let s = &d.sourcing;
            out.push_str(&line(&[
                l.t(k!("dash-sourcing-col-source")),
                l.t_with(
                    k!("dash-col-won-revenue-in"),
                    &[("currency", c.as_str().into())],
                ),
                l.t(k!("dash-col-won-deals")),
                l.t_with(
                    k!("dash-sourcing-col-open"),
                    &[("currency", c.as_str().into())],
                ),
                l.t(k!("dash-sourcing-col-open-deals")),
            ]));
            for (key, won, won_deals, open, open_deals) in [
                (
                    k!("dash-sourcing-partner"),
                    s.partner_won,
                    s.partner_won_deals,
                    s.partner_open,
                    s.partner_open_deals,
                ),
                (
                    k!("dash-sourcing-vendor"),
                    s.vendor_won,
                    s.vendor_won_deals,
                    s.vendor_open,
                    s.vendor_open_deals,
                ),
            ] {
                out.push_str(&line(&[
                    l.t(key),
                    money(won),
                    won_deals.to_string(),
                    money(open),
                    open_deals.to_string(),
                ]));
            }
        }
        "tiers" => out.push_str(&slices(
            &l,
            k!("dash-col-tier"),
            c,
            &d.revenue.by_tier,
            false,
        )),
        "regions" => out.push_str(&slices(
            &l,
            k!("dash-col-region"),
            c,
            &d.revenue.by_region,
            true,
        )),
        "funnel" => {
            let f = &d.funnel;
            pairs(
                &mut out,
                vec![
                    (k!("dash-funnel-submitted"), f.submitted.to_string()),
                    (k!("dash-funnel-approved"), f.approved.to_string()),
                    (k!("dash-funnel-won"), f.won.to_string()),
                    (k!("dash-funnel-lost"), f.lost.to_string()),
                    (k!("dash-funnel-rejected"), f.rejected.to_string()),
                    (k!("dash-csv-pending"), f.pending.to_string()),
                    (k!("dash-csv-conflicts"), f.conflicts.to_string()),
                ],
            )
        }
        "timing" => {
            let t = &d.timing;
            pairs(
                &mut out,
                vec![
                    (k!("dash-csv-registrations-read"), t.sampled.to_string()),
                    (k!("dash-timing-timed"), t.timed.to_string()),
                    (
                        k!("dash-stat-registration-median"),
                        opt_ms(t.registration_median_ms),
                    ),
                    (
                        k!("dash-csv-registration-p90"),
                        opt_ms(t.registration_p90_ms),
                    ),
                    (
                        k!("dash-csv-under-90s"),
                        t.under_90s_pct.map(|p| p.to_string()).unwrap_or_default(),
                    ),
                    (k!("dash-timing-decisions"), t.decisions.to_string()),
                    (
                        k!("dash-stat-approval-median"),
                        opt_ms(t.approval_median_ms),
                    ),
                    (k!("dash-csv-approval-p90"), opt_ms(t.approval_p90_ms)),
                    (
                        k!("dash-csv-within-sla"),
                        t.within_sla_pct.map(|p| p.to_string()).unwrap_or_default(),
                    ),
                ],
            )
        }
        "mdf" => {
            let m = &d.mdf;
            pairs(
                &mut out,
                vec![
                    (k!("dash-csv-funds"), m.funds.to_string()),
                    (k!("dash-mdf-allocated"), money(m.allocated)),
                    (k!("dash-csv-available"), money(m.available)),
                    (k!("dash-mdf-committed"), money(m.committed)),
                    (k!("dash-mdf-claimed"), money(m.claimed)),
                    (k!("dash-mdf-paid"), money(m.paid)),
                    (k!("dash-csv-expired"), money(m.expired)),
                    (k!("dash-csv-requests"), m.requests.to_string()),
                    (k!("dash-mdf-claims-approved"), money(m.claims_approved)),
                    (k!("dash-mdf-linked-won"), money(m.linked_won)),
                ],
            )
        }
        "tier-distribution" => {
            out.push_str(&line(&[
                l.t(k!("dash-col-tier")),
                l.t(k!("dash-csv-companies")),
            ]));
            for s in &d.tiers.distribution {
                out.push_str(&line(&[s.name(&l), s.value.to_string()]));
            }
        }
        "activity" => {
            let a = &d.activity;
            pairs(
                &mut out,
                vec![
                    (k!("dash-csv-companies-active"), a.companies.to_string()),
                    (
                        k!("dash-csv-companies-signed-in"),
                        a.active_companies.to_string(),
                    ),
                    (k!("dash-csv-users-active"), a.users.to_string()),
                    (k!("dash-csv-users-signed-in"), a.active_users.to_string()),
                    (
                        k!("dash-csv-companies-registering"),
                        a.registering_companies.to_string(),
                    ),
                ],
            )
        }
        _ => {
            out.push_str(&line(&[
                l.t(k!("dash-col-rank")),
                l.t(k!("dash-col-partner")),
                l.t(k!("dash-col-points")),
                l.t(k!("dash-col-won-deals")),
            ]));
            for r in &d.leaderboard {
                out.push_str(&line(&[
                    r.rank.to_string(),
                    r.company.clone(),
                    r.points.to_string(),
                    r.won.to_string(),
                ]));
            }
        }
    }
    out
}

/// Who may call these routes (they pass the same guard as server functions).
#[linkme::distributed_slice(crate::server::policy::POLICIES)]
static POLICIES: crate::server::policy::Table = &[(DASHBOARD_CSV, Policy::VendorStaff)];
