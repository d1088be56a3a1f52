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
use crate::shared::l10n::{use_l10n, L10n};
use crate::shared::time::{format_duration, parse_date};
use crate::shared::validate::region_label;
use crate::shared::Role;
use crate::t;
use crate::ui::Page;
use crate::ui::{Badge, EmptyState, Loaded};

const STAFF: &[Role] = &[Role::VendorAdmin, Role::ChannelManager];

/// What a figure shows when there is nothing to measure.
const NONE: &str = "–";

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
        <Page title=t!("dash-title") roles=STAFF>
            <Loaded resource=data let:d>
                <DashboardView d=d />
            </Loaded>
        </Page>
    }
}

/// The change against the previous period: "+12%", "-3%".
fn pct_change(l: &L10n, now: i64, before: i64) -> Option<String> {
    (before > 0).then(|| {
        let p = (now - before) * 100 / before;
        let share = l.percent(p * 100);
        if p >= 0 {
            format!("+{share}")
        } else {
            share
        }
    })
}

/// A share in tenths of a percent, or a dash.
fn permille(l: &L10n, p: Option<i64>) -> String {
    p.map(|p| l.percent(p * 10))
        .unwrap_or_else(|| NONE.to_string())
}

/// A share in whole percent, or a dash.
fn pct(l: &L10n, p: Option<i64>) -> String {
    p.map(|p| l.percent(p * 100))
        .unwrap_or_else(|| NONE.to_string())
}

fn dur(ms: Option<i64>) -> String {
    ms.map(format_duration).unwrap_or_else(|| NONE.to_string())
}

/// A `YYYY-MM-DD` of the filter as the reader writes dates (as typed when
/// it is not a date).
fn day(l: &L10n, raw: &str) -> String {
    parse_date(raw)
        .map(|ms| l.date(ms))
        .unwrap_or_else(|| raw.to_string())
}

/// A card's heading with the CSV export of its table.
#[component]
fn CardHead(#[prop(into)] title: String, table: &'static str, query: String) -> impl IntoView {
    view! {
        <div class="card-head">
            <h2 class="card-title">{title.clone()}</h2>
            <a class="btn btn-ghost btn-sm" href=format!("/api/dashboard/export?table={table}&{query}") download="">
                {t!("dash-export-csv")}<span class="sr-only">{format!(": {title}")}</span>
            </a>
        </div>
    }
}

#[component]
fn Filters(d: VendorDashboard) -> impl IntoView {
    let l = use_l10n();
    let f = d.filter.clone();
    let o = d.options.clone();
    let select = |name: &'static str,
                  label: String,
                  all: Option<String>,
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
        .map(|(value, key)| (value.to_string(), l.t(key)))
        .collect();
    let regions = o
        .regions
        .iter()
        .map(|r| (r.clone(), region_label(r)))
        .collect();
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
    let error = d.filter_error.as_ref().map(|e| l.msg(e));
    let has_error = error.is_some();
    view! {
        <form class="card dash-filters" method="get" action="/dashboard" aria-label=t!("dash-filters")>
            {select("period", t!("dash-filter-period"), None, periods, f.preset.clone())}
            <div class="field" class:has-error=has_error>
                <label for="dash-from">{t!("dash-filter-from")}</label>
                <input id="dash-from" name="from" type="date" value=f.from.clone()
                    aria-invalid=has_error.then_some("true") aria-describedby=has_error.then_some("dash-date-error") />
            </div>
            <div class="field" class:has-error=has_error>
                <label for="dash-to">{t!("dash-filter-to")}</label>
                <input id="dash-to" name="to" type="date" value=f.to.clone() aria-invalid=has_error.then_some("true") />
            </div>
            {select("region", t!("dash-filter-region"), Some(t!("dash-filter-all-regions")), regions, f.region.clone())}
            {select("tier", t!("dash-filter-tier"), Some(t!("dash-filter-all-tiers")), tiers, f.tier_id.map(|t| t.to_string()).unwrap_or_default())}
            {(!managers.is_empty()).then(|| select("manager", t!("dash-filter-manager"), Some(t!("dash-filter-all-managers")), managers, f.manager_id.map(|m| m.to_string()).unwrap_or_default()))}
            {select("currency", t!("dash-filter-currency"), None, currencies, f.currency.clone())}
            <div class="dash-actions">
                <button class="btn btn-primary" type="submit">{t!("dash-filter-apply")}</button>
                <a class="btn btn-ghost" href="/dashboard">{t!("dash-filter-reset")}</a>
            </div>
            {error.map(|e| view! { <p class="field-error dash-error" id="dash-date-error" role="alert">{t!("dash-filter-error", error = e)}</p> })}
            <p class="field-hint dash-hint">{t!("dash-filter-hint")}</p>
        </form>
    }
}

#[component]
fn DashboardView(d: VendorDashboard) -> impl IntoView {
    let l = use_l10n();
    let c = d.filter.currency.clone();
    let query = d.filter.query();
    let r = d.revenue.clone();
    let f = d.funnel.clone();
    let t = d.timing.clone();
    let m = d.mdf.clone();
    let a = d.activity.clone();
    let days = period_days(&d);
    let change = pct_change(&l, r.total, r.previous_total)
        .map(|p| t!("dash-change-vs-previous", change = p, days = days))
        .unwrap_or_else(|| t!("dash-change-none"));
    let approval_rate = permille(&l, f.permille(f.approved));
    let win_rate = permille(&l, f.permille(f.won));
    let reg_tone = match t.registration_median_ms {
        Some(ms) if ms <= 90_000 => "success",
        Some(_) => "warning",
        None => "neutral",
    };
    let funnel_rows = vec![
        Slice {
            label: t!("dash-funnel-submitted"),
            value: f.submitted,
            count: f.submitted,
            link: Some("/deals".into()),
            ..Slice::default()
        },
        Slice {
            label: t!("dash-funnel-approved"),
            value: f.approved,
            count: f.approved,
            link: Some("/deals?status=approved".into()),
            ..Slice::default()
        },
        Slice {
            label: t!("dash-funnel-won"),
            value: f.won,
            count: f.won,
            link: Some("/deals?status=won".into()),
            ..Slice::default()
        },
    ];
    let mdf_rows = vec![
        Slice {
            label: t!("dash-mdf-allocated"),
            value: m.allocated,
            link: Some("/mdf/budgets".into()),
            ..Slice::default()
        },
        Slice {
            label: t!("dash-mdf-committed"),
            value: m.committed,
            link: Some("/mdf/queue".into()),
            ..Slice::default()
        },
        Slice {
            label: t!("dash-mdf-claimed"),
            value: m.claimed,
            link: Some("/mdf/queue".into()),
            ..Slice::default()
        },
        Slice {
            label: t!("dash-mdf-paid"),
            value: m.paid,
            ..Slice::default()
        },
    ];
    let by_region: Vec<Slice> = r
        .by_region
        .iter()
        .map(|s| Slice {
            label: region_label(&s.label),
            ..s.clone()
        })
        .collect();
    let roi = m
        .roi_x100
        .map(|x| t!("dash-mdf-roi-value", ratio = l.decimal(x as f64 / 100.0, 2)))
        .unwrap_or_else(|| NONE.to_string());
    let (from, to) = (day(&l, &d.filter.from), day(&l, &d.filter.to));
    let as_of = l.datetime(d.as_of);
    let no_revenue = || view! { <p class="muted">{t!("dash-revenue-none")}</p> }.into_any();
    view! {
        <div class="page-head">
            <div>
                <h1>{t!("dash-title")}</h1>
                <p class="muted">{t!("dash-subtitle", count = d.companies_selected, from = from, to = to, currency = c.as_str(), as_of = as_of)}</p>
            </div>
            <div class="head-badges">
                <a
                    class="btn btn-secondary btn-sm"
                    href=format!("/dashboard?{}&refresh=1", d.filter.query())
                    title=t!("dash-refresh-hint")
                >
                    {t!("dash-refresh")}
                </a>
                <a class="btn btn-secondary btn-sm" href="/deals/analytics">{t!("dash-registration-time-link")}</a>
            </div>
        </div>
        <Filters d=d.clone() />
        <div class="grid grid-4">
            <div class="stat card">
                <span class="stat-label">{t!("dash-stat-won-revenue")}</span>
                <span class="stat-value">{l.money(r.total, &c)}</span>
                <span class="stat-sub">{change}</span>
            </div>
            <div class="stat card">
                <span class="stat-label">{t!("dash-stat-submitted")}</span>
                <span class="stat-value">{l.number(f.submitted)}</span>
                <span class="stat-sub">{t!("dash-stat-rates", approved = approval_rate, won = win_rate)}</span>
            </div>
            <div class="stat card">
                <span class="stat-label">{t!("dash-stat-registration-median")}</span>
                <span class="stat-value">{dur(t.registration_median_ms)}</span>
                <span class="stat-sub">
                    <Badge text=t!("dash-stat-p90", duration = dur(t.registration_p90_ms)) tone=reg_tone />
                    {format!(" · {}", t!("dash-stat-target", duration = t!("duration-seconds", s = 90)))}
                </span>
            </div>
            <div class="stat card">
                <span class="stat-label">{t!("dash-stat-approval-median")}</span>
                <span class="stat-value">{dur(t.approval_median_ms)}</span>
                <span class="stat-sub">{t!("dash-stat-approval-sub",
                    p90 = dur(t.approval_p90_ms),
                    share = pct(&l, t.within_sla_pct)
                )}</span>
            </div>
        </div>

        <section class="card">
            <CardHead title=t!("dash-revenue-title") table="revenue" query=query.clone() />
            <p class="muted small">{t!("dash-revenue-lead", currency = c.as_str(), deals = r.deals, companies = r.companies_with_revenue)}</p>
            {if r.deals == 0 {
                view! { <EmptyState title=t!("dash-revenue-empty-title") text=t!("dash-revenue-empty-text") /> }.into_any()
            } else {
                view! { <ColumnChart id="chart-revenue" title=t!("dash-revenue-chart", bucket = r.bucket.as_str(), currency = c.as_str()) rows=r.series.clone() currency=c.clone() /> }.into_any()
            }}
        </section>

        <SourcingCard s=d.sourcing.clone() currency=c.clone() query=query.clone() />
        <MeasuresCard m=d.measures.clone() currency=c.clone() query=query.clone() days=days />

        <div class="grid grid-2">
            <section class="card">
                <CardHead title=t!("dash-partners-title") table="partners" query=query.clone() />
                {if r.by_company.is_empty() {
                    no_revenue()
                } else {
                    view! { <BarChart id="chart-partners" title=t!("dash-partners-chart", currency = c.as_str()) rows=r.by_company.clone() currency=c.clone() label_head=t!("dash-col-partner") count_head=t!("dash-col-won-deals") /> }.into_any()
                }}
            </section>
            <section class="card">
                <CardHead title=t!("dash-tiers-revenue-title") table="tiers" query=query.clone() />
                {if r.by_tier.is_empty() {
                    no_revenue()
                } else {
                    view! { <BarChart id="chart-tiers" title=t!("dash-tiers-revenue-chart", currency = c.as_str()) rows=r.by_tier.clone() currency=c.clone() label_head=t!("dash-col-tier") count_head=t!("dash-col-won-deals") /> }.into_any()
                }}
                <CardHead title=t!("dash-regions-title") table="regions" query=query.clone() />
                {if by_region.is_empty() {
                    no_revenue()
                } else {
                    view! { <BarChart id="chart-regions" title=t!("dash-regions-chart", currency = c.as_str()) rows=by_region currency=c.clone() label_head=t!("dash-col-region") count_head=t!("dash-col-won-deals") /> }.into_any()
                }}
            </section>
        </div>

        <div class="grid grid-2">
            <section class="card">
                <CardHead title=t!("dash-funnel-title") table="funnel" query=query.clone() />
                <p class="muted small">{t!("dash-funnel-lead")}</p>
                <BarChart id="chart-funnel" title=t!("dash-funnel-chart") rows=funnel_rows label_head=t!("dash-col-stage") />
                <dl class="facts facts-money">
                    <dt>{t!("dash-funnel-lost")}</dt><dd>{l.number(f.lost)}</dd>
                    <dt>{t!("dash-funnel-rejected")}</dt><dd>{l.number(f.rejected)}</dd>
                    <dt>{t!("dash-funnel-pending")}</dt><dd>{l.number(f.pending)}</dd>
                    <dt>{t!("dash-funnel-conflict-rate")}</dt><dd>{t!("dash-funnel-conflict-value", share = permille(&l, f.permille(f.conflicts)), count = f.conflicts)}</dd>
                </dl>
            </section>
            <section class="card">
                <CardHead title=t!("dash-timing-title") table="timing" query=query.clone() />
                <dl class="facts facts-money">
                    <dt>{t!("dash-timing-timed")}</dt><dd>{t!("dash-n-of-total", n = t.timed, total = t.sampled)}</dd>
                    <dt>{t!("dash-timing-registration")}</dt><dd>{format!("{} / {}", dur(t.registration_median_ms), dur(t.registration_p90_ms))}</dd>
                    <dt>{t!("dash-timing-under-90s")}</dt><dd>{pct(&l, t.under_90s_pct)}</dd>
                    <dt>{t!("dash-timing-decisions")}</dt><dd>{l.number(t.decisions)}</dd>
                    <dt>{t!("dash-timing-approval")}</dt><dd>{format!("{} / {}", dur(t.approval_median_ms), dur(t.approval_p90_ms))}</dd>
                    <dt>{t!("dash-timing-within-sla")}</dt><dd>{pct(&l, t.within_sla_pct)}</dd>
                </dl>
                {(t.sampled >= TIMING_SAMPLE).then(|| view! { <p class="muted small">{t!("dash-timing-sample", count = TIMING_SAMPLE)}</p> })}
            </section>
        </div>

        <div class="grid grid-2">
            <section class="card">
                <CardHead title=t!("dash-mdf-title") table="mdf" query=query.clone() />
                <p class="muted small">{t!("dash-mdf-lead", funds = m.funds, currency = c.as_str(), requests = m.requests)}</p>
                <BarChart id="chart-mdf" title=t!("dash-mdf-chart", currency = c.as_str()) currency=c.clone() label_head=t!("dash-col-bucket") rows=mdf_rows />
                <dl class="facts facts-money">
                    <dt>{t!("dash-mdf-available")}</dt><dd>{l.money(m.available, &c)}</dd>
                    <dt>{t!("dash-mdf-expired")}</dt><dd>{l.money(m.expired, &c)}</dd>
                    <dt>{t!("dash-mdf-claims-approved")}</dt><dd>{l.money(m.claims_approved, &c)}</dd>
                    <dt>{t!("dash-mdf-linked-won")}</dt><dd>{l.money(m.linked_won, &c)}</dd>
                    <dt>{t!("dash-mdf-roi")}</dt><dd>{roi}</dd>
                </dl>
            </section>
            <section class="card">
                <CardHead title=t!("dash-tiers-title") table="tier-distribution" query=query.clone() />
                {if d.tiers.distribution.is_empty() {
                    view! { <p class="muted">{t!("dash-tiers-none")}</p> }.into_any()
                } else {
                    view! { <BarChart id="chart-tier-distribution" title=t!("dash-tiers-chart") rows=d.tiers.distribution.clone() label_head=t!("dash-col-tier") /> }.into_any()
                }}
                <dl class="facts facts-money">
                    <dt>{t!("dash-tiers-upgrades")}</dt><dd><a href="/tiers">{l.number(d.tiers.pending_up)}</a></dd>
                    <dt>{t!("dash-tiers-downgrades")}</dt><dd><a href="/tiers">{l.number(d.tiers.pending_down)}</a></dd>
                    <dt>{t!("dash-tiers-grace")}</dt><dd>{l.number(d.tiers.in_grace)}</dd>
                </dl>
            </section>
        </div>

        <div class="grid grid-2">
            <section class="card">
                <CardHead title=t!("dash-activity-title") table="activity" query=query.clone() />
                <dl class="facts facts-money">
                    <dt>{t!("dash-activity-users")}</dt><dd>{t!("dash-n-of-total", n = a.active_users, total = a.users)}</dd>
                    <dt>{t!("dash-activity-companies")}</dt><dd>{t!("dash-n-of-total", n = a.active_companies, total = a.companies)}</dd>
                    <dt>{t!("dash-activity-registering")}</dt><dd>{l.number(a.registering_companies)}</dd>
                </dl>
            </section>
            <section class="card">
                <CardHead title=t!("dash-leaderboard-title") table="leaderboard" query=query.clone() />
                {if d.leaderboard.is_empty() {
                    view! { <p class="muted">{t!("dash-leaderboard-none")}</p> }.into_any()
                } else {
                    view! {
                        <div class="table-wrap">
                            <table class="table table-compact">
                                <caption class="sr-only">{t!("dash-leaderboard-caption")}</caption>
                                <thead><tr>
                                    <th scope="col" class="num">{t!("dash-col-rank")}</th>
                                    <th scope="col">{t!("dash-col-partner")}</th>
                                    <th scope="col" class="num">{t!("dash-col-points")}</th>
                                    <th scope="col" class="num">{t!("dash-col-won-deals")}</th>
                                </tr></thead>
                                <tbody>
                                    {d.leaderboard.iter().map(|row| view! {
                                        <tr>
                                            <td class="num">{l.number(row.rank)}</td>
                                            <th scope="row"><a href=format!("/companies/{}", row.company_id)>{row.company.clone()}</a></th>
                                            <td class="num">{l.number(row.points)}</td>
                                            <td class="num">{l.number(row.won)}</td>
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

/// A figure against the period before: "+12%" or "no change to compare".
fn trend(l: &L10n, now: Option<i64>, before: Option<i64>, days: i64) -> String {
    match (now, before) {
        (Some(n), Some(b)) => pct_change(l, n, b)
            .map(|p| t!("dash-change-vs-previous", change = p, days = days))
            .unwrap_or_else(|| t!("dash-change-none")),
        _ => t!("dash-change-none"),
    }
}

/// A net promoter score with its sign ("+24", "-8") or a dash.
fn nps(l: &L10n, n: Option<i64>) -> String {
    match n {
        Some(n) if n > 0 => format!("+{}", l.number(n)),
        Some(n) => l.number(n),
        None => NONE.to_string(),
    }
}

/// The seed's success measures: revenue per active portal user (by tier),
/// the productive tier and its portal NPS, each against the period before.
#[component]
fn MeasuresCard(m: Measures, currency: String, query: String, days: i64) -> impl IntoView {
    let l = use_l10n();
    let c = currency;
    let per_user = m
        .revenue_per_user
        .map(|v| l.money(v, &c))
        .unwrap_or_else(|| NONE.to_string());
    let per_user_trend = trend(&l, m.revenue_per_user, m.previous_revenue_per_user, days);
    let nps_trend = match (m.nps_productive, m.previous_nps_productive) {
        (Some(n), Some(b)) => t!(
            "dash-measures-nps-before",
            before = nps(&l, Some(b)),
            change = nps(&l, Some(n - b))
        ),
        _ => t!("dash-measures-nps-no-before"),
    };
    let share = permille(&l, m.productive_revenue_permille);
    let names: Vec<String> = m.productive_top.iter().map(|(_, n)| n.clone()).collect();
    let more = m.productive_companies - m.productive_top.len() as i64;
    view! {
        <section class="card" id="measures">
            <CardHead title=t!("dash-measures-title") table="measures" query=query />
            <p class="muted small">{t!("dash-measures-lead")}</p>
            <div class="grid grid-3">
                <div class="stat">
                    <span class="stat-label">{t!("dash-measures-per-user")}</span>
                    <span class="stat-value">{per_user}</span>
                    <span class="stat-sub">{t!("dash-measures-per-user-sub", users = m.active_users)}" · "{per_user_trend}</span>
                </div>
                <div class="stat">
                    <span class="stat-label">{t!("dash-measures-productive")}</span>
                    <span class="stat-value">{t!("dash-measures-productive-value", n = m.productive_companies, of = m.companies_with_revenue)}</span>
                    <span class="stat-sub">{t!("dash-measures-productive-sub", share = share)}</span>
                </div>
                <div class="stat">
                    <span class="stat-label">{t!("dash-measures-nps")}</span>
                    <span class="stat-value">{nps(&l, m.nps_productive)}</span>
                    <span class="stat-sub">{t!("dash-measures-nps-sub", answers = m.nps_productive_answers, all = nps(&l, m.nps_all), all_answers = m.nps_all_answers)}" · "{nps_trend}</span>
                </div>
            </div>
            {(!names.is_empty()).then(|| view! {
                <p class="small">{t!("dash-measures-productive-names", names = names.join(", "), more = more)}</p>
            })}
            <h3 class="card-subtitle">{t!("dash-measures-comments")}</h3>
            {if m.comments.is_empty() {
                view! { <p class="muted small">{t!("dash-measures-comments-none")}</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list pulse-comments">
                        {m.comments.iter().map(|(company, score, comment, at)| view! {
                            <li>
                                <strong>{t!("dash-measures-comment-score", score = *score)}</strong>
                                {format!(" · {company} · {}", l.date(*at))}
                                <div>{comment.clone()}</div>
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {if m.by_tier.is_empty() {
                view! { <p class="muted">{t!("dash-measures-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t!("dash-measures-tier-caption")>
                        <table class="table table-compact">
                            <caption class="sr-only">{t!("dash-measures-tier-caption")}</caption>
                            <thead><tr>
                                <th scope="col">{t!("dash-col-tier")}</th>
                                <th scope="col" class="num">{t!("dash-col-won-revenue-in", currency = c.as_str())}</th>
                                <th scope="col" class="num">{t!("dash-measures-col-users")}</th>
                                <th scope="col" class="num">{t!("dash-measures-col-per-user")}</th>
                            </tr></thead>
                            <tbody>
                                {m.by_tier.iter().map(|s| {
                                    let per = Measures::per_user(s.value, s.count).map(|v| l.money(v, &c)).unwrap_or_else(|| NONE.to_string());
                                    view! {
                                        <tr>
                                            <th scope="row">{s.name(&l)}</th>
                                            <td class="num">{l.money(s.value, &c)}</td>
                                            <td class="num">{l.number(s.count)}</td>
                                            <td class="num">{per}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}

/// Won revenue and open pipeline by who found the deal, with each side's
/// share.
#[component]
fn SourcingCard(s: Sourcing, currency: String, query: String) -> impl IntoView {
    let l = use_l10n();
    let c = currency;
    let row = |name: String,
               won: i64,
               won_deals: i64,
               open: i64,
               open_deals: i64,
               other_won: i64,
               other_open: i64| {
        let won_share = permille(&l, Sourcing::vendor_permille(won, other_won));
        let open_share = permille(&l, Sourcing::vendor_permille(open, other_open));
        view! {
            <tr>
                <th scope="row">{name}</th>
                <td class="num">{l.money(won, &c)}<div class="muted small">{t!("dash-sourcing-deals", count = won_deals)}</div></td>
                <td class="num">{won_share}</td>
                <td class="num">{l.money(open, &c)}<div class="muted small">{t!("dash-sourcing-deals", count = open_deals)}</div></td>
                <td class="num">{open_share}</td>
            </tr>
        }
    };
    view! {
        <section class="card" id="sourcing">
            <CardHead title=t!("dash-sourcing-title") table="sourcing" query=query />
            <p class="muted small">{t!("dash-sourcing-lead")}</p>
            <div class="table-wrap" tabindex="0" role="region" aria-label=t!("dash-sourcing-title")>
                <table class="table table-compact">
                    <caption class="sr-only">{t!("dash-sourcing-title")}</caption>
                    <thead><tr>
                        <th scope="col">{t!("dash-sourcing-col-source")}</th>
                        <th scope="col" class="num">{t!("dash-sourcing-col-won", currency = c.as_str())}</th>
                        <th scope="col" class="num">{t!("dash-sourcing-col-share")}</th>
                        <th scope="col" class="num">{t!("dash-sourcing-col-open", currency = c.as_str())}</th>
                        <th scope="col" class="num">{t!("dash-sourcing-col-share")}</th>
                    </tr></thead>
                    <tbody>
                        {row(t!("dash-sourcing-partner"), s.partner_won, s.partner_won_deals, s.partner_open, s.partner_open_deals, s.vendor_won, s.vendor_open)}
                        {row(t!("dash-sourcing-vendor"), s.vendor_won, s.vendor_won_deals, s.vendor_open, s.vendor_open_deals, s.partner_won, s.partner_open)}
                    </tbody>
                </table>
            </div>
            <p class="small"><a href="/leads/figures">{t!("dash-sourcing-lead-figures")}</a></p>
        </section>
    }
}

/// The window's length in days, from the echoed dates.
fn period_days(d: &VendorDashboard) -> i64 {
    use crate::shared::time::DAY_MS;
    match (parse_date(&d.filter.from), parse_date(&d.filter.to)) {
        (Some(a), Some(b)) => (b - a) / DAY_MS + 1,
        _ => 0,
    }
}
