//! The home page.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{load_home_summary, HomeSummary, PartnerHome, VendorHome};
use crate::features::deals::{DealSummary, ATTENTION_EACH};
use crate::features::mdf::{next_step_text, status_tone as mdf_tone, FundCardView};
use crate::features::tiers::TierCardView;
use crate::shared::money::{format_money, group_digits};
use crate::shared::validate::country_name;
use crate::shared::AppError;
use crate::ui::sla_text;
use crate::ui::{format_date, format_datetime};
use crate::ui::{status_tone, Badge, Notice};
use crate::ui::{use_viewer, Loaded, Page};

#[component]
pub fn HomePage() -> impl IntoView {
    // Created here, outside `Page`: the page body is built more than once
    // during a server render, and a resource made in it would load again
    // each time (3 loads of the first screen per request, measured).
    let summary = Resource::new(|| (), |_| load_home_summary());
    view! {
        <Page title="Home">
            <HomeBody summary=summary />
        </Page>
    }
}

#[component]
fn HomeBody(summary: Resource<Result<HomeSummary, AppError>>) -> impl IntoView {
    let welcome = use_query_map().read_untracked().get("welcome").is_some();
    let name = use_viewer().map(|v| v.name).unwrap_or_default();
    view! {
        {welcome.then(|| view! { <Notice text="Welcome aboard. Your account is ready." /> })}
        <div class="page-head">
            <h1>{format!("Hello, {}", name.split_whitespace().next().unwrap_or(""))}</h1>
        </div>
        <Loaded resource=summary let:loaded>
            {match loaded {
                    HomeSummary::Partner(p) => view! { <PartnerHomeView home=*p /> }.into_any(),
                    HomeSummary::Vendor(v) => view! { <VendorHomeView home=*v /> }.into_any(),
            }}
        </Loaded>
    }
}

#[component]
fn Stat(label: &'static str, value: i64, href: &'static str) -> impl IntoView {
    view! {
        <a class="stat card" href=href>
            <span class="stat-label">{label}</span>
            <span class="stat-value">{group_digits(value)}</span>
        </a>
    }
}

/// A money figure per currency: the largest first, the others below.
#[component]
fn MoneyStat(
    label: &'static str,
    amounts: Vec<(String, i64)>,
    href: &'static str,
    #[prop(optional, into)] sub: Option<String>,
) -> impl IntoView {
    let mut lines = amounts.into_iter();
    let first = lines
        .next()
        .map(|(c, v)| format_money(v, &c))
        .unwrap_or_else(|| "0".to_string());
    let rest: Vec<String> = lines.map(|(c, v)| format_money(v, &c)).collect();
    view! {
        <a class="stat card" href=href>
            <span class="stat-label">{label}</span>
            <span class="stat-value">{first}</span>
            {(!rest.is_empty()).then(|| view! { <span class="stat-sub">{format!("+ {}", rest.join(" · "))}</span> })}
            {sub.map(|s| view! { <span class="stat-sub">{s}</span> })}
        </a>
    }
}

#[component]
fn PartnerHomeView(home: PartnerHome) -> impl IntoView {
    let website = home.website.clone();
    let d = home.deals.clone();
    let now = home.now;
    let last_year = if d.won_last_ytd.is_empty() {
        "Nothing won by this day last year".to_string()
    } else {
        format!(
            "{} by this day last year",
            d.won_last_ytd
                .iter()
                .map(|(c, v)| format_money(*v, c))
                .collect::<Vec<_>>()
                .join(" · ")
        )
    };
    let mdf_available = if home.fund.period.is_some() {
        vec![(home.fund.currency.clone(), home.fund.requestable)]
    } else {
        vec![]
    };
    let mdf_sub = match &home.fund.period {
        Some(p) => format!(
            "{} committed · {} claimed · {}",
            format_money(home.fund.balance.committed, &home.fund.currency),
            format_money(home.fund.balance.claimed, &home.fund.currency),
            p
        ),
        None => "No funds allocated this period".to_string(),
    };
    let due: Vec<(String, i64)> = home
        .incentives
        .iter()
        .filter(|t| t.due() > 0)
        .map(|t| (t.currency.clone(), t.due()))
        .collect();
    let paid_sub = {
        let paid: Vec<String> = home
            .incentives
            .iter()
            .filter(|t| t.paid > 0)
            .map(|t| format_money(t.paid, &t.currency))
            .collect();
        let rank = home
            .rank
            .map(|(r, of, _)| format!(" · rank {} of {}", group_digits(r), group_digits(of)))
            .unwrap_or_default();
        if paid.is_empty() {
            format!("Nothing paid yet{rank}")
        } else {
            format!("{} paid{rank}", paid.join(" · "))
        }
    };
    view! {
        <div class="grid grid-5">
            <MoneyStat label="Won this year" amounts=d.won_ytd.clone() href="/deals?status=won" sub=last_year />
            <MoneyStat label="Open pipeline" amounts=d.pipeline.clone() href="/deals" sub=format!("{} open registrations", group_digits(d.open_count)) />
            <MoneyStat label="MDF available to request" amounts=mdf_available href="/mdf" sub=mdf_sub />
            <MoneyStat label="Rebates and commissions due" amounts=due href="/earnings" sub=paid_sub />
            <a class="stat card" href="#attention">
                <span class="stat-label">"Needs your attention"</span>
                <span class="stat-value">{group_digits(d.attention_total())}</span>
                <span class="stat-sub">{format!("{} with questions · {} pending approval · {} expiring in 30 days", group_digits(d.returned), group_digits(d.pending), group_digits(d.expiring))}</span>
            </a>
        </div>
        <div class="grid grid-2">
            <section class="card" id="attention">
                <h2 class="card-title">"Needs your attention"</h2>
                {if d.attention.is_empty() {
                    view! { <p class="muted">"Nothing waits for you: no questions from the vendor, no exclusivity ending within 30 days, nothing pending."</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list attention-list">
                            {d.attention.iter().map(|a| {
                                let (text, tone) = match (a.kind.as_str(), a.due) {
                                    ("returned", _) => ("Questions from the vendor: answer and resubmit".to_string(), "warning"),
                                    ("expiring", Some(due)) => (format!("Exclusivity ends {} ({} days)", format_date(due), ((due - now) as f64 / 86_400_000.0).ceil() as i64), "warning"),
                                    ("pending", Some(due)) => sla_text(due, now),
                                    _ => ("Pending approval".to_string(), "info"),
                                };
                                view! {
                                    <li>
                                        <a href=format!("/deals/{}", a.deal_id)>{a.customer_name.clone()}</a>
                                        <div><Badge text=text tone=tone /></div>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                        {more_attention(&d)}
                    }.into_any()
                }}
            </section>
            <section class="card">
                <h2 class="card-title">"Pipeline by stage"</h2>
                {if d.by_stage.is_empty() {
                    view! { <p class="muted">"No open registrations. "<a href="/deals/new">"Register a deal"</a></p> }.into_any()
                } else {
                    view! {
                        <div class="table-wrap" tabindex="0" role="region" aria-label="Pipeline by stage">
                            <table class="table">
                                <thead><tr><th scope="col">"Stage"</th><th scope="col" class="num">"Deals"</th><th scope="col" class="num">"Value"</th></tr></thead>
                                <tbody>
                                    {d.by_stage.iter().map(|t| view! {
                                        <tr>
                                            <th scope="row"><a href=format!("/deals?stage={}", t.stage.as_str())>{t.stage.label()}</a></th>
                                            <td class="num">{group_digits(t.count)}</td>
                                            <td class="num">{format_money(t.value_cents, &t.currency)}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }}
            </section>
        </div>
        <div class="grid grid-2 money-row">
            {match home.tier.clone() {
                Some(card) => view! { <TierCardView card=card /> }.into_any(),
                None => view! {
                    <section class="card">
                        <h2 class="card-title">"Your tier"</h2>
                        <p class="muted">"Your company joins the partner program at its first evaluation (daily, and when a deal is won)."</p>
                    </section>
                }.into_any(),
            }}
            <FundCardView card=home.fund.clone() />
        </div>
        <div class="grid grid-2">
            <section class="card">
                <h2 class="card-title">"Marketing activities"</h2>
                {if home.mdf_open.is_empty() {
                    view! { <p class="muted">"Request funds for an event, webinar or campaign in a few minutes; after it, claim them back with your invoices and lead lists."</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list mdf-open">
                            {home.mdf_open.iter().map(|r| {
                                let next = next_step_text(r);
                                view! {
                                    <li>
                                        <a href=format!("/mdf/{}", r.id)>{r.title.clone()}</a>
                                        " "<Badge text=r.status.label() tone=mdf_tone(r.status) />
                                        <div class="muted small">{next}</div>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
                <div class="actions">
                    <a class="btn btn-secondary btn-sm" href="/mdf">"All requests and claims"</a>
                </div>
            </section>
            <section class="card">
                <h2 class="card-title">"Recent notifications"</h2>
                {if home.recent.is_empty() {
                    view! { <p class="muted">"Nothing yet."</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {home.recent.iter().map(|(title, link, at, unread)| view! {
                                <li class:unread=*unread>
                                    <a href=link.clone()>{title.clone()}</a>
                                    <span class="muted small">{format!(" · {}", format_datetime(*at))}</span>
                                </li>
                            }).collect_view()}
                        </ul>
                        <a class="btn btn-ghost btn-sm" href="/notifications">"All notifications"</a>
                    }.into_any()
                }}
            </section>
        </div>
        <div class="grid grid-3">
            <section class="card">
                <h2 class="card-title">"Your company"</h2>
                <p class="lead">{home.company_name.clone()}</p>
                <dl class="facts">
                    <dt>"Partner type"</dt><dd>{home.company_type.label()}</dd>
                    <dt>"Region"</dt><dd>{format!("{} · {}", home.region, country_name(&home.country))}</dd>
                    <dt>"Status"</dt><dd><Badge text=home.status.label() tone=status_tone(home.status.as_str()) /></dd>
                    {(!website.is_empty()).then(|| view! { <dt>"Website"</dt><dd class="truncate">{website.clone()}</dd> })}
                </dl>
            </section>
            <section class="card">
                <h2 class="card-title">"Your team"</h2>
                <div class="stat-row">
                    <div><span class="stat-value">{group_digits(home.team_active)}</span><span class="stat-label">"active"</span></div>
                    <div><span class="stat-value">{group_digits(home.team_invited)}</span><span class="stat-label">"invited"</span></div>
                </div>
                <a class="btn btn-secondary btn-sm" href="/team">
                    {if home.is_admin { "Manage your team" } else { "See your team" }}
                </a>
            </section>
            <section class="card">
                <h2 class="card-title">"Your channel manager"</h2>
                {if home.managers.is_empty() {
                    view! { <p class="muted">"No channel manager is assigned yet. The vendor team will assign one."</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {home.managers.iter().map(|(n, e)| view! {
                                <li><strong>{n.clone()}</strong><br /><a href=format!("mailto:{e}")>{e.clone()}</a></li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        </div>
        <section class="card roadmap">
            <h2 class="card-title">"Training"</h2>
            <p class="muted">
                "Courses and certifications are not part of the portal yet, so there is no training due to show and certified people are not counted towards tiers."
            </p>
        </section>
    }
}

#[component]
fn VendorHomeView(home: VendorHome) -> impl IntoView {
    view! {
        <div class="grid grid-4">
            <Stat label="Registrations waiting" value=home.deals.pending href="/approvals" />
            <Stat label="Past the approval SLA" value=home.deals.overdue href="/approvals" />
            <MoneyStat label="Open pipeline" amounts=home.deals.pipeline.clone() href="/deals" />
            <MoneyStat label="Won this year" amounts=home.deals.won_ytd.clone() href="/deals?status=won" />
        </div>
        <div class="grid grid-4">
            <Stat label="MDF requests waiting" value=home.mdf_waiting[0] href="/mdf/queue" />
            <Stat label="MDF claims to review" value=home.mdf_waiting[1] href="/mdf/queue" />
            <Stat label="MDF claims to pay" value=home.mdf_waiting[2] href="/mdf/queue" />
            <Stat label="Tier changes to decide" value=home.tier_changes href="/tiers" />
        </div>
        <div class="grid grid-4">
            <Stat label="Active partner companies" value=home.companies_active href="/companies" />
            <Stat label="Suspended companies" value=home.companies_suspended href="/companies" />
            <Stat label="Active partner people" value=home.partner_people_active href="/companies" />
            <Stat label="Invitations pending" value=home.invitations_pending href="/companies" />
        </div>
        <section class="card">
            <h2 class="card-title">{if home.is_admin { "Run the program" } else { "Your partners" }}</h2>
            <p class="muted">
                {if home.is_admin {
                    "Add partner companies, invite their administrators, assign channel managers and manage vendor staff."
                } else {
                    "These figures cover the partner companies assigned to you."
                }}
            </p>
            <div class="actions">
                <a class="btn btn-primary" href="/companies">"Open partner companies"</a>
                {home.is_admin.then(|| view! { <a class="btn btn-secondary" href="/admin/staff">"Manage staff"</a> })}
            </div>
        </section>
    }
}

/// Below the attention list, when it shows only the most urgent few of a
/// kind: links to every deal of that kind.
fn more_attention(d: &DealSummary) -> impl IntoView {
    let links: Vec<(String, &'static str)> = [
        (d.returned, "with questions", "/deals?status=draft"),
        (d.pending, "pending approval", "/deals?status=submitted"),
        (d.expiring, "expiring in 30 days", "/deals?expiring=1"),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > ATTENTION_EACH)
    .map(|(n, what, href)| (format!("All {} {what}", group_digits(n)), href))
    .collect();
    (!links.is_empty()).then(|| {
        view! {
            <p class="muted attention-more">
                {format!("The {ATTENTION_EACH} most urgent of each are listed. ")}
                {links.into_iter().enumerate().map(|(i, (text, href))| view! {
                    {(i > 0).then_some(" · ")}
                    <a href=href>{text}</a>
                }).collect_view()}
            </p>
        }
    })
}
