//! The home page.

use leptos::prelude::*;

use crate::features::onboarding::{ChecklistCard, TermsCard};
use leptos_router::hooks::use_query_map;

use super::api::{load_home_summary, HomeSummary, PartnerHome, VendorHome};
use crate::features::deals::{DealSummary, ATTENTION_EACH};
use crate::features::mdf::{next_step_text, status_tone as mdf_tone, FundCardView};
use crate::features::tiers::TierCardView;
use crate::shared::l10n::use_l10n;
use crate::shared::money::{format_money, group_digits};
use crate::shared::validate::{country_name, region_label};
use crate::shared::AppError;
use crate::t;
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
    let terms = Resource::new(|| (), |_| crate::features::onboarding::terms_status_get());
    let checklist = Resource::new(
        || (),
        |_| crate::features::onboarding::onboarding_checklist(),
    );
    view! {
        <Page title=t!("home-title")>
            <HomeBody summary=summary terms=terms checklist=checklist />
        </Page>
    }
}

#[component]
fn HomeBody(
    summary: Resource<Result<HomeSummary, AppError>>,
    terms: Resource<Result<Option<crate::features::onboarding::TermsStatus>, AppError>>,
    checklist: Resource<Result<Option<crate::features::onboarding::Checklist>, AppError>>,
) -> impl IntoView {
    let welcome = use_query_map().read_untracked().get("welcome").is_some();
    let name = use_viewer().map(|v| v.name).unwrap_or_default();
    view! {
        {welcome.then(|| view! { <Notice text=t!("home-welcome") /> })}
        <div class="page-head">
            <h1>{t!("home-hello", name = name.split_whitespace().next().unwrap_or(""))}</h1>
        </div>
        <TermsCard status=terms />
        <ChecklistCard checklist=checklist />
        <Loaded resource=summary let:loaded>
            {match loaded {
                    HomeSummary::Partner(p) => view! { <PartnerHomeView home=*p /> }.into_any(),
                    HomeSummary::Vendor(v) => view! { <VendorHomeView home=*v /> }.into_any(),
            }}
        </Loaded>
    }
}

#[component]
fn Stat(#[prop(into)] label: String, value: i64, href: &'static str) -> impl IntoView {
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
    #[prop(into)] label: String,
    amounts: Vec<(String, i64)>,
    href: &'static str,
    #[prop(optional, into)] sub: Option<String>,
) -> impl IntoView {
    let mut lines = amounts.into_iter();
    let first = lines
        .next()
        .map(|(c, v)| format_money(v, &c))
        .unwrap_or_else(|| group_digits(0));
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

/// The company's leads: offers waiting for an answer (with the soonest
/// deadline) and leads being worked.
#[component]
fn LeadStrip(inbox: crate::features::leads::LeadInbox, now: i64) -> impl IntoView {
    let waiting = inbox.waiting;
    let next = inbox
        .next_due_at
        .filter(|due| waiting > 0 && *due > now)
        .map(|due| {
            t!(
                "lead-home-next",
                duration = crate::shared::time::format_duration(due - now)
            )
        });
    let button_class = if waiting > 0 {
        "btn btn-primary btn-sm"
    } else {
        "btn btn-secondary btn-sm"
    };
    view! {
        <section class="card lead-strip" class:lead-strip-waiting={waiting > 0} aria-labelledby="lead-strip-title">
            <h2 class="card-title" id="lead-strip-title">{t!("lead-home-title")}</h2>
            <p>
                <strong>{if waiting > 0 { t!("lead-home-waiting", count = waiting) } else { t!("lead-home-none") }}</strong>
                {next.map(|n| view! { " " <span>{n}</span> })}
                {(inbox.working > 0).then(|| view! { " · " <span class="muted">{t!("lead-home-working", count = inbox.working)}</span> })}
            </p>
            <a class=button_class href="/leads">{t!("lead-home-open")}</a>
        </section>
    }
}

#[component]
fn PartnerHomeView(home: PartnerHome) -> impl IntoView {
    let website = home.website.clone();
    let d = home.deals.clone();
    let now = home.now;
    let last_year = if d.won_last_ytd.is_empty() {
        t!("home-won-last-year-none")
    } else {
        let amounts: Vec<String> = d
            .won_last_ytd
            .iter()
            .map(|(c, v)| format_money(*v, c))
            .collect();
        t!("home-won-last-year", amounts = amounts.join(" · "))
    };
    let mdf_available = if home.fund.period.is_some() {
        vec![(home.fund.currency.clone(), home.fund.requestable)]
    } else {
        vec![]
    };
    let mdf_sub = match &home.fund.period {
        Some(p) => {
            let cur = &home.fund.currency;
            let a = format_money(home.fund.balance.committed, cur);
            let b = format_money(home.fund.balance.claimed, cur);
            t!("home-mdf-sub", committed = a, claimed = b, period = p)
        }
        None => t!("home-mdf-none"),
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
        let paid = if paid.is_empty() {
            t!("home-paid-none")
        } else {
            t!("home-paid", amounts = paid.join(" · "))
        };
        match home.rank {
            Some((r, of, _)) => format!("{paid} · {}", t!("home-rank", rank = r, total = of)),
            None => paid,
        }
    };
    view! {
        <div class="grid grid-5">
            <MoneyStat label=t!("home-won-this-year") amounts=d.won_ytd.clone() href="/deals?status=won" sub=last_year />
            <MoneyStat label=t!("home-open-pipeline") amounts=d.pipeline.clone() href="/deals" sub=t!("home-open-registrations", count = d.open_count) />
            <MoneyStat label=t!("home-mdf-available") amounts=mdf_available href="/mdf" sub=mdf_sub />
            <MoneyStat label=t!("home-incentives-due") amounts=due href="/earnings" sub=paid_sub />
            <a class="stat card" href="#attention">
                <span class="stat-label">{t!("home-attention")}</span>
                <span class="stat-value">{group_digits(d.attention_total())}</span>
                <span class="stat-sub">{t!("home-attention-sub", returned = d.returned, pending = d.pending, expiring = d.expiring)}</span>
            </a>
        </div>
        <LeadStrip inbox=home.leads.clone() now=now />
        <div class="grid grid-2">
            <section class="card" id="attention">
                <h2 class="card-title">{t!("home-attention")}</h2>
                {if d.attention.is_empty() {
                    view! { <p class="muted">{t!("home-attention-none")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list attention-list">
                            {d.attention.iter().map(|a| {
                                let (text, tone) = match (a.kind.as_str(), a.due) {
                                    ("returned", _) => (t!("home-attention-returned"), "warning"),
                                    ("expiring", Some(due)) => (t!("home-attention-expiring", date = format_date(due), days = ((due - now) as f64 / 86_400_000.0).ceil() as i64), "warning"),
                                    ("pending", Some(due)) => sla_text(due, now),
                                    _ => (t!("home-attention-pending"), "info"),
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
                <h2 class="card-title">{t!("home-pipeline")}</h2>
                {if d.by_stage.is_empty() {
                    view! { <p class="muted">{t!("home-pipeline-none")}" "<a href="/deals/new">{t!("home-register-deal")}</a></p> }.into_any()
                } else {
                    view! {
                        <div class="table-wrap" tabindex="0" role="region" aria-label=t!("home-pipeline")>
                            <table class="table">
                                <thead><tr><th scope="col">{t!("home-col-stage")}</th><th scope="col" class="num">{t!("home-col-deals")}</th><th scope="col" class="num">{t!("home-col-value")}</th></tr></thead>
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
                        <h2 class="card-title">{t!("home-tier")}</h2>
                        <p class="muted">{t!("home-tier-none")}</p>
                    </section>
                }.into_any(),
            }}
            <FundCardView card=home.fund.clone() />
        </div>
        <crate::features::pulse::PulseCard due=home.pulse_due />
        <div class="grid grid-2">
            <section class="card">
                <h2 class="card-title">{t!("home-activities")}</h2>
                {if home.mdf_open.is_empty() {
                    view! { <p class="muted">{t!("home-activities-none")}</p> }.into_any()
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
                    <a class="btn btn-secondary btn-sm" href="/mdf">{t!("home-activities-all")}</a>
                </div>
            </section>
            <section class="card">
                <h2 class="card-title">{t!("home-notifications")}</h2>
                {if home.recent.is_empty() {
                    view! { <p class="muted">{t!("home-notifications-none")}</p> }.into_any()
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
                        <a class="btn btn-ghost btn-sm" href="/notifications">{t!("home-notifications-all")}</a>
                    }.into_any()
                }}
            </section>
        </div>
        <div class="grid grid-3">
            <section class="card">
                <h2 class="card-title">{t!("home-company")}</h2>
                <p class="lead">{home.company_name.clone()}</p>
                <dl class="facts">
                    <dt>{t!("home-company-type")}</dt><dd>{home.company_type.label()}</dd>
                    <dt>{t!("home-company-region")}</dt><dd>{format!("{} · {}", region_label(&home.region), country_name(&home.country))}</dd>
                    <dt>{t!("home-company-status")}</dt><dd><Badge text=home.status.label() tone=status_tone(home.status.as_str()) /></dd>
                    {(!website.is_empty()).then(|| view! { <dt>{t!("home-company-website")}</dt><dd class="truncate">{website.clone()}</dd> })}
                </dl>
            </section>
            <section class="card">
                <h2 class="card-title">{t!("home-team")}</h2>
                <div class="stat-row">
                    <div><span class="stat-value">{group_digits(home.team_active)}</span><span class="stat-label">{t!("home-team-active")}</span></div>
                    <div><span class="stat-value">{group_digits(home.team_invited)}</span><span class="stat-label">{t!("home-team-invited")}</span></div>
                </div>
                <a class="btn btn-secondary btn-sm" href="/team">
                    {if home.is_admin { t!("home-team-manage") } else { t!("home-team-see") }}
                </a>
            </section>
            <section class="card">
                <h2 class="card-title">{t!("home-manager")}</h2>
                {if home.managers.is_empty() {
                    view! { <p class="muted">{t!("home-manager-none")}</p> }.into_any()
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
            <h2 class="card-title">{t!("home-training")}</h2>
            <p class="muted">{t!("home-training-text")}</p>
        </section>
    }
}

#[component]
fn VendorHomeView(home: VendorHome) -> impl IntoView {
    view! {
        <div class="grid grid-4">
            <Stat label=t!("home-vendor-waiting") value=home.deals.pending href="/approvals" />
            <Stat label=t!("home-vendor-overdue") value=home.deals.overdue href="/approvals" />
            <MoneyStat label=t!("home-open-pipeline") amounts=home.deals.pipeline.clone() href="/deals" />
            <MoneyStat label=t!("home-won-this-year") amounts=home.deals.won_ytd.clone() href="/deals?status=won" />
        </div>
        <div class="grid grid-4">
            <Stat label=t!("home-vendor-mdf-requests") value=home.mdf_waiting[0] href="/mdf/queue" />
            <Stat label=t!("home-vendor-mdf-review") value=home.mdf_waiting[1] href="/mdf/queue" />
            <Stat label=t!("home-vendor-mdf-pay") value=home.mdf_waiting[2] href="/mdf/queue" />
            <Stat label=t!("home-vendor-tier-changes") value=home.tier_changes href="/tiers" />
        </div>
        <div class="grid grid-4">
            <Stat label=t!("lead-home-staff-queue") value=home.leads.queue href="/leads?status=queue" />
            <Stat label=t!("lead-home-staff-offered") value=home.leads.offered href="/leads?status=offered" />
            <Stat label=t!("lead-home-staff-worked") value=home.leads.worked href="/leads?status=worked" />
            <Stat label=t!("lead-home-staff-converted") value=home.leads.converted_ytd href="/leads?status=converted" />
        </div>
        <div class="grid grid-4">
            <Stat label=t!("home-vendor-companies-active") value=home.companies_active href="/companies" />
            <Stat label=t!("home-vendor-companies-suspended") value=home.companies_suspended href="/companies" />
            <Stat label=t!("home-vendor-people-active") value=home.partner_people_active href="/companies" />
            <Stat label=t!("home-vendor-invitations") value=home.invitations_pending href="/companies" />
        </div>
        <section class="card">
            <h2 class="card-title">{if home.is_admin { t!("home-vendor-run") } else { t!("home-vendor-partners") }}</h2>
            <p class="muted">
                {if home.is_admin {
                    t!("home-vendor-run-text")
                } else {
                    t!("home-vendor-partners-text")
                }}
            </p>
            <div class="actions">
                <a class="btn btn-primary" href="/companies">{t!("home-vendor-open-companies")}</a>
                {home.is_admin.then(|| view! { <a class="btn btn-secondary" href="/admin/staff">{t!("home-vendor-manage-staff")}</a> })}
            </div>
        </section>
    }
}

/// Below the attention list, when it shows only the most urgent few of a
/// kind: links to every deal of that kind.
fn more_attention(d: &DealSummary) -> impl IntoView {
    let l = use_l10n();
    let links: Vec<(String, &'static str)> = [
        (
            d.returned,
            crate::k!("home-attention-all-returned"),
            "/deals?status=draft",
        ),
        (
            d.pending,
            crate::k!("home-attention-all-pending"),
            "/deals?status=submitted",
        ),
        (
            d.expiring,
            crate::k!("home-attention-all-expiring"),
            "/deals?expiring=1",
        ),
    ]
    .into_iter()
    .filter(|(n, _, _)| *n > ATTENTION_EACH)
    .map(|(n, key, href)| (l.t_with(key, &[("count", n.into())]), href))
    .collect();
    (!links.is_empty()).then(|| {
        view! {
            <p class="muted attention-more">
                {t!("home-attention-more", count = ATTENTION_EACH)}" "
                {links.into_iter().enumerate().map(|(i, (text, href))| view! {
                    {(i > 0).then_some(" · ")}
                    <a href=href>{text}</a>
                }).collect_view()}
            </p>
        }
    })
}
