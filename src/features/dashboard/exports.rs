//! CSV exports of the vendor dashboard's tables (`GET
//! /api/dashboard/export?table=...` with the page's filters). They pass the
//! same guard and policy table as the server functions and are scoped the
//! same way: a channel manager's file holds only their companies.

use axum::extract::{Query, State};
use axum::response::Response;
use http::HeaderMap;
use serde::Deserialize;

use super::store::{self, RawFilter};
use super::types::{Slice, VendorDashboard};
use crate::server::csv::line;
use crate::server::guard::{enter_http as guard, json_error};
use crate::server::policy::Policy;
use crate::server::session::RequestSession;
use crate::server::AppState;
use crate::shared::time::format_duration;
use crate::shared::AppError;

pub const DASHBOARD_CSV: &str = "/api/dashboard/export";

/// The tables a file can hold.
pub const TABLES: &[&str] = &[
    "revenue",
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
    headers: HeaderMap,
    Query(q): Query<ExportQuery>,
) -> Response {
    let cx = match guard(state, session, &headers, DASHBOARD_CSV).await {
        Ok(cx) => cx,
        Err(e) => return json_error(&e),
    };
    let table = q.table.clone().unwrap_or_default();
    if !TABLES.contains(&table.as_str()) {
        return json_error(&AppError::BadRequest(format!(
            "Which table? One of: {}.",
            TABLES.join(", ")
        )));
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
        Ok::<_, AppError>((name, body(&table, &d, all)))
    }
    .await;
    match result {
        Ok((name, text)) => crate::server::csv::attachment(&name, text),
        Err(e) => json_error(&e),
    }
}

fn money(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, (cents % 100).abs())
}

fn slices(head: &str, currency: &str, rows: &[Slice]) -> String {
    let mut out = line(&[
        head.to_string(),
        format!("Won revenue ({currency})"),
        "Won deals".into(),
    ]);
    for r in rows {
        out.push_str(&line(&[
            r.label.clone(),
            money(r.value),
            r.count.to_string(),
        ]));
    }
    out
}

fn opt_ms(ms: Option<i64>) -> String {
    ms.map(format_duration).unwrap_or_default()
}

fn body(table: &str, d: &VendorDashboard, all_partners: Vec<Slice>) -> String {
    let c = &d.filter.currency;
    let mut out = String::from("\u{feff}");
    out.push_str(&line(&[format!(
        "Period {} to {}, currency {}",
        d.filter.from, d.filter.to, c
    )]));
    let pairs = |out: &mut String, rows: Vec<(&str, String)>| {
        out.push_str(&line(&["Figure".into(), "Value".into()]));
        for (k, v) in rows {
            out.push_str(&line(&[k.to_string(), v]));
        }
    };
    match table {
        "revenue" => out.push_str(&slices("Period", c, &d.revenue.series)),
        "partners" => out.push_str(&slices("Partner", c, &all_partners)),
        "tiers" => out.push_str(&slices("Tier", c, &d.revenue.by_tier)),
        "regions" => out.push_str(&slices("Region", c, &d.revenue.by_region)),
        "funnel" => {
            let f = &d.funnel;
            pairs(
                &mut out,
                vec![
                    ("Submitted", f.submitted.to_string()),
                    ("Approved", f.approved.to_string()),
                    ("Won", f.won.to_string()),
                    ("Lost", f.lost.to_string()),
                    ("Rejected", f.rejected.to_string()),
                    ("Awaiting a decision or the partner", f.pending.to_string()),
                    ("With a conflict", f.conflicts.to_string()),
                ],
            )
        }
        "timing" => {
            let t = &d.timing;
            pairs(
                &mut out,
                vec![
                    ("Registrations read", t.sampled.to_string()),
                    ("Timed registrations", t.timed.to_string()),
                    ("Median registration time", opt_ms(t.registration_median_ms)),
                    ("p90 registration time", opt_ms(t.registration_p90_ms)),
                    (
                        "Under 90 seconds (%)",
                        t.under_90s_pct.map(|p| p.to_string()).unwrap_or_default(),
                    ),
                    ("Decisions by a person", t.decisions.to_string()),
                    ("Median approval time", opt_ms(t.approval_median_ms)),
                    ("p90 approval time", opt_ms(t.approval_p90_ms)),
                    (
                        "Decided within the SLA (%)",
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
                    ("Funds", m.funds.to_string()),
                    ("Allocated", money(m.allocated)),
                    ("Available", money(m.available)),
                    ("Committed", money(m.committed)),
                    ("Claimed, not paid", money(m.claimed)),
                    ("Paid", money(m.paid)),
                    ("Expired", money(m.expired)),
                    ("Requests", m.requests.to_string()),
                    ("Approved claims", money(m.claims_approved)),
                    ("Won revenue of linked deals", money(m.linked_won)),
                ],
            )
        }
        "tier-distribution" => {
            out.push_str(&line(&["Tier".into(), "Companies".into()]));
            for s in &d.tiers.distribution {
                out.push_str(&line(&[s.label.clone(), s.value.to_string()]));
            }
        }
        "activity" => {
            let a = &d.activity;
            pairs(
                &mut out,
                vec![
                    ("Active partner companies", a.companies.to_string()),
                    (
                        "Companies signed in within 30 days",
                        a.active_companies.to_string(),
                    ),
                    ("Active partner users", a.users.to_string()),
                    ("Users signed in within 30 days", a.active_users.to_string()),
                    (
                        "Companies that registered a deal",
                        a.registering_companies.to_string(),
                    ),
                ],
            )
        }
        _ => {
            out.push_str(&line(&[
                "Rank".into(),
                "Partner".into(),
                "Points".into(),
                "Won deals".into(),
            ]));
            for l in &d.leaderboard {
                out.push_str(&line(&[
                    l.rank.to_string(),
                    l.company.clone(),
                    l.points.to_string(),
                    l.won.to_string(),
                ]));
            }
        }
    }
    out
}

/// Who may call these routes (they pass the same guard as server functions).
#[linkme::distributed_slice(crate::server::policy::POLICIES)]
static POLICIES: crate::server::policy::Table = &[(DASHBOARD_CSV, Policy::VendorStaff)];
