//! The vendor dashboard: channel revenue over time and by partner, tier and
//! region; the registration funnel, registration and approval time; MDF
//! spend and ROI; tiers; partner activity; the leaderboard. Filters are a
//! plain GET form, so the page works the same with JavaScript off.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::load_vendor_dashboard;
use super::charts::{BarChart, ColumnChart};
use super::period::PRESETS;
use super::types::*;
use crate::shared::money::{format_money, group_digits};
use crate::shared::time::format_duration;
use crate::shared::Role;
use crate::ui::Page;
use crate::ui::{format_datetime, Badge, EmptyState, Loaded};

const STAFF: &[Role] = &[Role::VendorAdmin, Role::ChannelManager];

#[component]
pub fn DashboardPage() -> impl IntoView {
    let q = use_query_map();
    let data = Resource::new(
        move || {
            let q = q.read();
            let get = |k: &str| q.get(k);
            (
                get("period"),
                get("from"),
                get("to"),
                get("region"),
                get("tier"),
                get("manager"),
                get("currency"),
                get("refresh"),
            )
        },
        |(period, from, to, region, tier, manager, currency, refresh)| {
            load_vendor_dashboard(period, from, to, region, tier, manager, currency, refresh)
        },
    );
    view! {
        <Page title="Channel dashboard" roles=STAFF>
            <Loaded resource=data let:d>
                <DashboardView d=d />
            </Loaded>
        </Page>
    }
}

fn pct_change(now: i64, before: i64) -> Option<String> {
    (before > 0).then(|| {
        let p = (now - before) * 100 / before;
        if p >= 0 {
            format!("+{p}%")
        } else {
            format!("{p}%")
        }
    })
}

fn permille(p: Option<i64>) -> String {
    p.map(|p| format!("{}.{}%", p / 10, p % 10))
        .unwrap_or_else(|| "–".into())
}

/// "1 deal", "3 deals".
fn count(n: i64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn dur(ms: Option<i64>) -> String {
    ms.map(format_duration).unwrap_or_else(|| "–".to_string())
}

/// A card's heading with the CSV export of its table.
#[component]
fn CardHead(title: &'static str, table: &'static str, query: String) -> impl IntoView {
    view! {
        <div class="card-head">
            <h2 class="card-title">{title}</h2>
            <a class="btn btn-ghost btn-sm" href=format!("/api/dashboard/export?table={table}&{query}") download="">
                "Export CSV"<span class="sr-only">{format!(": {title}")}</span>
            </a>
        </div>
    }
}

#[component]
fn Filters(d: VendorDashboard) -> impl IntoView {
    let f = d.filter.clone();
    let o = d.options.clone();
    let select = |name: &'static str,
                  label: &'static str,
                  all: Option<&'static str>,
                  options: Vec<(String, String)>,
                  current: String| {
        let id = format!("dash-{name}");
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <select id=id name=name>
                    {all.map(|a| view! { <option value="" selected=current.is_empty()>{a}</option> })}
                    {options.into_iter().map(|(v, l)| {
                        let sel = v == current;
                        view! { <option value=v selected=sel>{l}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let periods = PRESETS
        .iter()
        .map(|(k, l)| (k.to_string(), l.to_string()))
        .collect();
    let regions = o.regions.iter().map(|r| (r.clone(), r.clone())).collect();
    let tiers = o
        .tiers
        .iter()
        .map(|(id, l)| (id.to_string(), l.clone()))
        .collect();
    let managers: Vec<(String, String)> = o
        .managers
        .iter()
        .map(|(id, l)| (id.to_string(), l.clone()))
        .collect();
    let currencies = o
        .currencies
        .iter()
        .map(|c| (c.clone(), c.clone()))
        .collect();
    let error = d.filter_error.clone();
    view! {
        <form class="card dash-filters" method="get" action="/dashboard" aria-label="Filters">
            {select("period", "Period", None, periods, f.preset.clone())}
            <div class="field" class:has-error=error.is_some()>
                <label for="dash-from">"First day"</label>
                <input id="dash-from" name="from" type="date" value=f.from.clone()
                    aria-invalid=error.is_some().then_some("true") aria-describedby=error.is_some().then_some("dash-date-error") />
            </div>
            <div class="field" class:has-error=error.is_some()>
                <label for="dash-to">"Last day"</label>
                <input id="dash-to" name="to" type="date" value=f.to.clone() aria-invalid=error.is_some().then_some("true") />
            </div>
            {select("region", "Region", Some("All regions"), regions, f.region.clone())}
            {select("tier", "Tier", Some("All tiers"), tiers, f.tier_id.map(|t| t.to_string()).unwrap_or_default())}
            {(!managers.is_empty()).then(|| select("manager", "Channel manager", Some("All managers"), managers, f.manager_id.map(|m| m.to_string()).unwrap_or_default()))}
            {select("currency", "Currency", None, currencies, f.currency.clone())}
            <div class="dash-actions">
                <button class="btn btn-primary" type="submit">"Apply filters"</button>
                <a class="btn btn-ghost" href="/dashboard">"Reset"</a>
            </div>
            {error.map(|e| view! { <p class="field-error dash-error" id="dash-date-error" role="alert">{e}" Showing this quarter instead."</p> })}
            <p class="field-hint dash-hint">"The dates apply when the period is “Custom dates”."</p>
        </form>
    }
}

#[component]
fn DashboardView(d: VendorDashboard) -> impl IntoView {
    let c = d.filter.currency.clone();
    let query = d.filter.query();
    let r = d.revenue.clone();
    let f = d.funnel.clone();
    let t = d.timing.clone();
    let m = d.mdf.clone();
    let a = d.activity.clone();
    let change = pct_change(r.total, r.previous_total)
        .map(|p| format!("{p} vs. the previous {} days", period_days(&d)))
        .unwrap_or_else(|| "Nothing won in the previous period".to_string());
    let approval_rate = permille(f.permille(f.approved));
    let win_rate = permille(f.permille(f.won));
    let reg_tone = match t.registration_median_ms {
        Some(ms) if ms <= 90_000 => "success",
        Some(_) => "warning",
        None => "neutral",
    };
    let funnel_rows = vec![
        Slice {
            label: "Submitted".into(),
            value: f.submitted,
            count: f.submitted,
            link: Some("/deals".into()),
        },
        Slice {
            label: "Approved".into(),
            value: f.approved,
            count: f.approved,
            link: Some("/deals?status=approved".into()),
        },
        Slice {
            label: "Won".into(),
            value: f.won,
            count: f.won,
            link: Some("/deals?status=won".into()),
        },
    ];
    let roi = m
        .roi_x100
        .map(|x| format!("{}.{:02}×", x / 100, x % 100))
        .unwrap_or_else(|| "–".into());
    view! {
        <div class="page-head">
            <div>
                <h1>"Channel dashboard"</h1>
                <p class="muted">{format!(
                    "{} · {} to {} · amounts in {} · as of {}",
                    count(d.companies_selected, "partner company", "partner companies"), d.filter.from, d.filter.to, c, format_datetime(d.as_of)
                )}</p>
            </div>
            <div class="head-badges">
                <a
                    class="btn btn-secondary btn-sm"
                    href=format!("/dashboard?{}&refresh=1", d.filter.query())
                    title="The figures are kept for a minute once computed; this computes them now."
                >
                    "Refresh figures"
                </a>
                <a class="btn btn-secondary btn-sm" href="/deals/analytics">"Registration time by partner"</a>
            </div>
        </div>
        <Filters d=d.clone() />
        <div class="grid grid-4">
            <div class="stat card">
                <span class="stat-label">"Won revenue"</span>
                <span class="stat-value">{format_money(r.total, &c)}</span>
                <span class="stat-sub">{change}</span>
            </div>
            <div class="stat card">
                <span class="stat-label">"Registrations submitted"</span>
                <span class="stat-value">{group_digits(f.submitted)}</span>
                <span class="stat-sub">{format!("{approval_rate} approved · {win_rate} won")}</span>
            </div>
            <div class="stat card">
                <span class="stat-label">"Median registration time"</span>
                <span class="stat-value">{dur(t.registration_median_ms)}</span>
                <span class="stat-sub"><Badge text=format!("p90 {}", dur(t.registration_p90_ms)) tone=reg_tone />" · target 90 s"</span>
            </div>
            <div class="stat card">
                <span class="stat-label">"Median approval time"</span>
                <span class="stat-value">{dur(t.approval_median_ms)}</span>
                <span class="stat-sub">{format!(
                    "p90 {} · {} within the SLA",
                    dur(t.approval_p90_ms),
                    t.within_sla_pct.map(|p| format!("{p}%")).unwrap_or_else(|| "–".into())
                )}</span>
            </div>
        </div>

        <section class="card">
            <CardHead title="Channel revenue over time" table="revenue" query=query.clone() />
            <p class="muted small">{format!("Won deals in {c} by the day they were won: {} from {}.", count(r.deals, "deal", "deals"), count(r.companies_with_revenue, "partner company", "partner companies"))}</p>
            {if r.deals == 0 {
                view! { <EmptyState title="No won deals in this period" text="Choose a longer period or fewer filters." /> }.into_any()
            } else {
                view! { <ColumnChart id="chart-revenue" title=format!("Won revenue per {} in {c}", r.bucket) rows=r.series.clone() currency=c.clone() /> }.into_any()
            }}
        </section>

        <div class="grid grid-2">
            <section class="card">
                <CardHead title="Revenue by partner" table="partners" query=query.clone() />
                {if r.by_company.is_empty() {
                    view! { <p class="muted">"No won revenue in this period."</p> }.into_any()
                } else {
                    view! { <BarChart id="chart-partners" title=format!("Won revenue by partner company in {c}") rows=r.by_company.clone() currency=c.clone() label_head="Partner" count_head="Won deals" /> }.into_any()
                }}
            </section>
            <section class="card">
                <CardHead title="Revenue by tier" table="tiers" query=query.clone() />
                {if r.by_tier.is_empty() {
                    view! { <p class="muted">"No won revenue in this period."</p> }.into_any()
                } else {
                    view! { <BarChart id="chart-tiers" title=format!("Won revenue by the partner's current tier in {c}") rows=r.by_tier.clone() currency=c.clone() label_head="Tier" count_head="Won deals" /> }.into_any()
                }}
                <CardHead title="Revenue by region" table="regions" query=query.clone() />
                {if r.by_region.is_empty() {
                    view! { <p class="muted">"No won revenue in this period."</p> }.into_any()
                } else {
                    view! { <BarChart id="chart-regions" title=format!("Won revenue by partner region in {c}") rows=r.by_region.clone() currency=c.clone() label_head="Region" count_head="Won deals" /> }.into_any()
                }}
            </section>
        </div>

        <div class="grid grid-2">
            <section class="card">
                <CardHead title="Registration funnel" table="funnel" query=query.clone() />
                <p class="muted small">"Registrations submitted in the period and how far they got."</p>
                <BarChart id="chart-funnel" title="Registrations submitted, approved and won".to_string() rows=funnel_rows label_head="Stage" />
                <dl class="facts facts-money">
                    <dt>"Lost"</dt><dd>{f.lost}</dd>
                    <dt>"Rejected"</dt><dd>{f.rejected}</dd>
                    <dt>"Waiting for a decision or the partner"</dt><dd>{f.pending}</dd>
                    <dt>"Conflict rate"</dt><dd>{format!("{} ({} registrations)", permille(f.permille(f.conflicts)), f.conflicts)}</dd>
                </dl>
            </section>
            <section class="card">
                <CardHead title="Registration and approval time" table="timing" query=query.clone() />
                <dl class="facts facts-money">
                    <dt>"Timed registrations"</dt><dd>{format!("{} of {}", group_digits(t.timed), group_digits(t.sampled))}</dd>
                    <dt>"Median / p90 registration time"</dt><dd>{format!("{} / {}", dur(t.registration_median_ms), dur(t.registration_p90_ms))}</dd>
                    <dt>"Registered in under 90 s"</dt><dd>{t.under_90s_pct.map(|p| format!("{p}%")).unwrap_or_else(|| "–".into())}</dd>
                    <dt>"Decisions by a person"</dt><dd>{t.decisions}</dd>
                    <dt>"Median / p90 approval time"</dt><dd>{format!("{} / {}", dur(t.approval_median_ms), dur(t.approval_p90_ms))}</dd>
                    <dt>"Decided within the SLA"</dt><dd>{t.within_sla_pct.map(|p| format!("{p}%")).unwrap_or_else(|| "–".into())}</dd>
                </dl>
                {(t.sampled >= TIMING_SAMPLE).then(|| view! { <p class="muted small">{format!("Times are read from the newest {} registrations of the period.", group_digits(TIMING_SAMPLE))}</p> })}
            </section>
        </div>

        <div class="grid grid-2">
            <section class="card">
                <CardHead title="Market development funds" table="mdf" query=query.clone() />
                <p class="muted small">{format!("{} in {c} whose period starts in the window; {}.", count(m.funds, "fund", "funds"), count(m.requests, "request", "requests"))}</p>
                <BarChart id="chart-mdf" title=format!("MDF allocated, committed, claimed and paid in {c}") currency=c.clone() label_head="Bucket" rows=vec![
                    Slice { label: "Allocated".into(), value: m.allocated, count: 0, link: Some("/mdf/budgets".into()) },
                    Slice { label: "Committed".into(), value: m.committed, count: 0, link: Some("/mdf/queue".into()) },
                    Slice { label: "Claimed, not paid".into(), value: m.claimed, count: 0, link: Some("/mdf/queue".into()) },
                    Slice { label: "Paid".into(), value: m.paid, count: 0, link: None },
                ] />
                <dl class="facts facts-money">
                    <dt>"Still available"</dt><dd>{format_money(m.available, &c)}</dd>
                    <dt>"Expired unused"</dt><dd>{format_money(m.expired, &c)}</dd>
                    <dt>"Approved claims"</dt><dd>{format_money(m.claims_approved, &c)}</dd>
                    <dt>"Won revenue of linked deals"</dt><dd>{format_money(m.linked_won, &c)}</dd>
                    <dt>"Return on approved claims"</dt><dd>{roi}</dd>
                </dl>
            </section>
            <section class="card">
                <CardHead title="Tiers" table="tier-distribution" query=query.clone() />
                {if d.tiers.distribution.is_empty() {
                    view! { <p class="muted">"No partner program yet."</p> }.into_any()
                } else {
                    view! { <BarChart id="chart-tier-distribution" title="Partner companies per tier".to_string() rows=d.tiers.distribution.clone() label_head="Tier" /> }.into_any()
                }}
                <dl class="facts facts-money">
                    <dt>"Upgrades to decide"</dt><dd><a href="/tiers">{d.tiers.pending_up}</a></dd>
                    <dt>"Downgrades to decide"</dt><dd><a href="/tiers">{d.tiers.pending_down}</a></dd>
                    <dt>"In a grace period"</dt><dd>{d.tiers.in_grace}</dd>
                </dl>
            </section>
        </div>

        <div class="grid grid-2">
            <section class="card">
                <CardHead title="Partner activity" table="activity" query=query.clone() />
                <dl class="facts facts-money">
                    <dt>"Partner users signed in within 30 days"</dt><dd>{format!("{} of {}", a.active_users, a.users)}</dd>
                    <dt>"Companies with a sign-in within 30 days"</dt><dd>{format!("{} of {}", a.active_companies, a.companies)}</dd>
                    <dt>"Companies that registered a deal in the period"</dt><dd>{a.registering_companies}</dd>
                </dl>
            </section>
            <section class="card">
                <CardHead title="Leaderboard" table="leaderboard" query=query.clone() />
                {if d.leaderboard.is_empty() {
                    view! { <p class="muted">"No points earned in this period."</p> }.into_any()
                } else {
                    view! {
                        <div class="table-wrap">
                            <table class="table table-compact">
                                <caption class="sr-only">"Companies by points earned in the period"</caption>
                                <thead><tr>
                                    <th scope="col" class="num">"Rank"</th>
                                    <th scope="col">"Partner"</th>
                                    <th scope="col" class="num">"Points"</th>
                                    <th scope="col" class="num">"Won deals"</th>
                                </tr></thead>
                                <tbody>
                                    {d.leaderboard.iter().map(|l| view! {
                                        <tr>
                                            <td class="num">{l.rank}</td>
                                            <th scope="row"><a href=format!("/companies/{}", l.company_id)>{l.company.clone()}</a></th>
                                            <td class="num">{l.points}</td>
                                            <td class="num">{l.won}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }}
            </section>
        </div>
    }
}

/// The window's length in days, from the echoed dates.
fn period_days(d: &VendorDashboard) -> i64 {
    use crate::shared::time::{parse_date, DAY_MS};
    match (parse_date(&d.filter.from), parse_date(&d.filter.to)) {
        (Some(a), Some(b)) => (b - a) / DAY_MS + 1,
        _ => 0,
    }
}
