//! Tier and incentive pages: the partner's tier with progress and the next
//! tier, the partner's earnings and rank, the staff overview of tiers with
//! changes to decide, a company's tier page, the program console, and the
//! payout console.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::*;
use super::rules::{format_bp, IncentiveStatus, Progress, ReqKind};
use super::types::*;
use crate::app::Page;
use crate::features::deals::rules::{format_money, money_input};
use crate::shared::Role;
use crate::ui::{
    action_error, format_date, format_datetime, scoped_error, Badge, EmptyState, ErrorPanel, Field,
    FormError, Loading, Notice, Pager, SelectField, TextArea,
};

const PARTNERS: &[Role] = &[Role::PartnerAdmin, Role::PartnerUser];
const STAFF: &[Role] = &[Role::VendorAdmin, Role::ChannelManager];
const ADMIN: &[Role] = &[Role::VendorAdmin];

fn notices(pairs: &'static [(&'static str, &'static str)]) -> impl IntoView {
    let q = use_query_map();
    move || {
        pairs
            .iter()
            .filter(|(k, _)| q.read().get(k).is_some())
            .map(|(_, text)| view! { <Notice text=*text /> })
            .collect_view()
    }
}

/// "$78,500.00 of $250,000.00" and the like.
fn progress_value(p: &Progress, currency: &str) -> String {
    match (p.kind, p.current) {
        (_, None) => "Not tracked yet".into(),
        (ReqKind::Revenue, Some(c)) => format!(
            "{} of {}",
            format_money(c, currency),
            format_money(p.target, currency)
        ),
        (ReqKind::Custom, Some(c)) => if c > 0 { "Done" } else { "Not yet" }.into(),
        (_, Some(c)) => format!("{c} of {}", p.target),
    }
}

#[component]
pub fn ProgressList(items: Vec<Progress>, currency: String) -> impl IntoView {
    view! {
        <ul class="plain-list progress-list">
            {items.into_iter().map(|p| {
                let value = progress_value(&p, &currency);
                let (now, max) = match p.current {
                    Some(c) => (c.min(p.target), p.target.max(1)),
                    None => (0, 1),
                };
                let tracked = p.current.is_some();
                view! {
                    <li>
                        <div class="progress-head">
                            <span>{p.label.clone()}</span>
                            <span class="progress-value">
                                {value}" "
                                {if !tracked {
                                    view! { <Badge text="Not counted yet" tone="neutral" /> }.into_any()
                                } else if p.met {
                                    view! { <Badge text="Met" tone="success" /> }.into_any()
                                } else {
                                    ().into_any()
                                }}
                            </span>
                        </div>
                        {tracked.then(|| view! {
                            <progress max=max.to_string() value=now.to_string() aria-label=p.label.clone()></progress>
                        })}
                        {(!tracked).then(|| view! { <p class="muted small">"Certification is counted once training is part of the portal; until then it does not block the tier."</p> })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

fn benefit_lines(b: &super::rules::Benefits) -> Vec<(&'static str, String)> {
    vec![
        ("Resale discount", format_bp(b.discount_bp)),
        (
            "Deal registration extra margin",
            format_bp(b.deal_margin_bp),
        ),
        ("Rebate on won deals", format_bp(b.rebate_bp)),
        ("Commission on won deals", format_bp(b.commission_bp)),
        (
            "Market development funds",
            if b.mdf_eligible {
                "Eligible"
            } else {
                "Not included"
            }
            .to_string(),
        ),
        ("Content access", b.content.label().to_string()),
    ]
}

/// The tier card (partner home and the tier page).
#[component]
pub fn TierCardView(card: TierCard, #[prop(default = true)] link: bool) -> impl IntoView {
    let currency = card.program.currency.clone();
    let benefits = card.benefits.clone();
    view! {
        <section class="card tier-card" aria-labelledby="tier-title">
            <div class="card-head">
                <h2 class="card-title" id="tier-title">{format!("Your tier: {}", card.tier.name)}</h2>
                {link.then(|| view! { <a class="btn btn-secondary btn-sm" href="/tier">"Tier details"</a> })}
            </div>
            <p class="muted small">{format!("{} · since {}", card.program.name, format_date(card.since))}</p>
            {benefits.map(|b| view! {
                <p class="tier-benefits">
                    {format!("{} discount · {} deal registration margin · {} rebate", format_bp(b.discount_bp), format_bp(b.deal_margin_bp), format_bp(b.rebate_bp))}
                </p>
            })}
            {card.grace_until.map(|g| view! {
                <div class="alert alert-warning" role="status"><span>{format!("Below the {} requirements: the tier is kept until {}. Meet them again to keep it.", card.tier.name, format_date(g))}</span></div>
            })}
            {(!card.keep.is_empty()).then(|| view! {
                <h3 class="sub-title">{format!("To keep {}", card.tier.name)}</h3>
                <ProgressList items=card.keep.clone() currency=currency.clone() />
            })}
            {card.pending.clone().map(|p| view! {
                <p><Badge text=format!("{} -> {} proposed, waiting for your channel manager", p.from, p.to) tone="info" /></p>
            })}
            {match card.next.clone() {
                Some((next, progress, _)) => view! {
                    <h3 class="sub-title">{format!("Progress to {}", next.name)}</h3>
                    <ProgressList items=progress currency=currency.clone() />
                }.into_any(),
                None => view! { <p class="muted">"You are at the program's top tier."</p> }.into_any(),
            }}
        </section>
    }
}

// ---------------------------------------------------------------------------
// The tier page (partner: own; staff: a company)

#[component]
pub fn TierPage() -> impl IntoView {
    let status = Resource::new(|| (), |_| tier_mine());
    view! {
        <Page title="Your tier" roles=PARTNERS>
            <div class="page-head">
                <div>
                    <h1>"Your tier"</h1>
                    <p class="muted">"Where your company stands in the partner program, what it takes to reach the next tier and what it gives."</p>
                </div>
                <div class="head-badges"><a class="btn btn-secondary" href="/earnings">"Rebates and points"</a></div>
            </div>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match status.await {
                        Ok(s) => view! { <TierStatusView s=s /> }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
pub fn TierCompanyPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let q = use_query_map();
    let status = Resource::new(
        move || {
            (
                id(),
                q.read().get("decided"),
                q.read().get("checked"),
                q.read().get("assigned"),
                q.read().get("evaluated"),
            )
        },
        |(id, ..)| tier_company(id),
    );
    view! {
        <Page title="Partner tier" roles=STAFF>
            {notices(&[
                ("decided", "Decision saved. The partner's admins were notified."),
                ("checked", "Criterion saved and the company evaluated again."),
                ("assigned", "Tier assigned."),
                ("evaluated", "Evaluated with today's figures."),
            ])}
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match status.await {
                        Ok(s) => view! {
                            <div class="page-head">
                                <div>
                                    <h1>{format!("{}: tier", s.company_name)}</h1>
                                    <p class="muted">{s.evaluated_at.map(|t| format!("Last evaluated {}", format_datetime(t))).unwrap_or_else(|| "Not evaluated yet".into())}</p>
                                </div>
                                <div class="head-badges">
                                    <a class="btn btn-secondary" href=format!("/companies/{}", s.company_id)>"Company"</a>
                                    <EvaluateButton company_id=s.company_id />
                                </div>
                            </div>
                            <TierStatusView s=s />
                        }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn EvaluateButton(company_id: i64) -> impl IntoView {
    let act = ServerAction::<TierEvaluate>::new();
    view! {
        <ActionForm action=act>
            <input type="hidden" name="company_id" value=company_id.to_string() />
            <button class="btn btn-secondary" type="submit">"Evaluate now"</button>
        </ActionForm>
    }
}

#[component]
fn TierStatusView(s: TierStatus) -> impl IntoView {
    let Some(card) = s.card.clone() else {
        return view! {
            <EmptyState title="Not in a program yet" text="The company joins the default partner program at its entry tier at the next evaluation (every day, and when a deal is won)." />
            {(!s.assign_options.is_empty()).then(|| view! { <AssignForm company_id=s.company_id options=s.assign_options.clone() /> })}
        }
        .into_any();
    };
    let currency = card.program.currency.clone();
    let m = s.metrics.clone();
    let unconverted = m.unconverted.clone();
    view! {
        {s.can_manage.then(|| card.pending.clone().map(|p| view! { <DecideCard change=p back="company" /> }))}
        <div class="grid grid-2">
            <TierCardView card=card.clone() link=false />
            <section class="card">
                <h2 class="card-title">"Last 12 months"</h2>
                <dl class="facts facts-money">
                    <dt>"Won revenue"</dt><dd>{format_money(m.revenue_cents, &currency)}</dd>
                    <dt>"Approved registrations"</dt><dd>{m.approved}</dd>
                    <dt>"Won registrations"</dt><dd>{m.won}</dd>
                    <dt>"Certified people"</dt><dd>{m.certified.map(|c| c.to_string()).unwrap_or_else(|| "Not tracked yet".into())}</dd>
                </dl>
                {(!unconverted.is_empty()).then(|| view! {
                    <p class="muted small">{format!("Won deals in {} are not counted: the program has no exchange rate for them yet.", unconverted.join(", "))}</p>
                })}
                {card.benefits.clone().map(|b| view! {
                    <h3 class="sub-title">{format!("What {} gives you", card.tier.name)}</h3>
                    <dl class="facts">
                        {benefit_lines(&b).into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                    </dl>
                })}
            </section>
        </div>
        <section class="card">
            <h2 class="card-title">{format!("{} tiers", card.program.name)}</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Tiers of the program">
                <table class="table ladder">
                    <thead><tr>
                        <th scope="col">"Tier"</th>
                        <th scope="col" class="num">"Won revenue (12 months)"</th>
                        <th scope="col" class="num">"Approved"</th>
                        <th scope="col" class="num">"Won"</th>
                        <th scope="col" class="num">"Certified"</th>
                        <th scope="col" class="num">"Discount"</th>
                        <th scope="col" class="num">"Deal margin"</th>
                        <th scope="col" class="num">"Rebate"</th>
                        <th scope="col">"MDF"</th>
                        <th scope="col">"Content"</th>
                    </tr></thead>
                    <tbody>
                        {s.ladder.iter().map(|l| {
                            let name = l.tier.name.clone();
                            match &l.rule {
                                Some(r) => view! {
                                    <tr class:current=l.current>
                                        <th scope="row">{name}{l.current.then(|| view! { " "<Badge text="Current" tone="info" /> })}
                                            {(!r.requires.custom.is_empty()).then(|| view! { <div class="muted small">{format!("Also: {}", r.requires.custom.join("; "))}</div> })}
                                        </th>
                                        <td class="num">{format_money(r.requires.min_revenue_cents, &currency)}</td>
                                        <td class="num">{r.requires.min_approved}</td>
                                        <td class="num">{r.requires.min_won}</td>
                                        <td class="num">{r.requires.min_certified}</td>
                                        <td class="num">{format_bp(r.gives.discount_bp)}</td>
                                        <td class="num">{format_bp(r.gives.deal_margin_bp)}</td>
                                        <td class="num">{format_bp(r.gives.rebate_bp)}</td>
                                        <td>{if r.gives.mdf_eligible { "Yes" } else { "No" }}</td>
                                        <td>{r.gives.content.label()}</td>
                                    </tr>
                                }.into_any(),
                                None => view! { <tr><th scope="row">{name}</th><td colspan="9" class="muted">"No rules in force yet"</td></tr> }.into_any(),
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        {(s.can_manage && !s.criteria.is_empty()).then(|| view! { <CriteriaCard company_id=s.company_id criteria=s.criteria.clone() /> })}
        {(!s.assign_options.is_empty()).then(|| view! { <AssignForm company_id=s.company_id options=s.assign_options.clone() /> })}
        <section class="card">
            <h2 class="card-title">"Tier history"</h2>
            {if s.history.is_empty() {
                view! { <p class="muted">"No changes yet."</p> }.into_any()
            } else {
                view! {
                    <ol class="timeline">
                        {s.history.iter().map(|e| view! {
                            <li>
                                <div><strong>{event_title(e)}</strong>{e.actor.clone().map(|a| view! { <span class="muted">{format!(" · {a}")}</span> })}</div>
                                {(!e.note.is_empty()).then(|| view! { <div>{e.note.clone()}</div> })}
                                <div class="muted small">{format_datetime(e.at)}</div>
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
    .into_any()
}

fn event_title(e: &TierEventRow) -> String {
    let to = e.to.clone().unwrap_or_default();
    let from = e.from.clone().unwrap_or_default();
    match e.kind.as_str() {
        "assigned" if from.is_empty() => format!("Placed on {to}"),
        "assigned" => format!("Moved from {from} to {to} directly"),
        "proposed" => format!("{from} -> {to} proposed"),
        "approved" => format!("Moved from {from} to {to}"),
        "rejected" => format!("{from} -> {to} not approved"),
        "withdrawn" => format!("Proposal for {to} withdrawn"),
        "grace_started" => format!("Grace period started on {to}"),
        "grace_cleared" => format!("Back at the {to} requirements"),
        "checked" => format!("{to} criterion met"),
        "unchecked" => format!("{to} criterion no longer met"),
        other => other.to_string(),
    }
}

#[component]
fn DecideCard(change: TierChangeRow, back: &'static str) -> impl IntoView {
    let act = ServerAction::<TierDecide>::new();
    let error = action_error(act.value());
    view! {
        <section class="card decide-card" aria-labelledby=format!("change-{}", change.id)>
            <h2 class="card-title" id=format!("change-{}", change.id)>
                {format!("{}: {} -> {}", change.company_name, change.from, change.to)}" "
                <Badge text=if change.up { "Upgrade" } else { "Downgrade" } tone=if change.up { "success" } else { "warning" } />
            </h2>
            <p>{change.reason.clone()}</p>
            <p class="muted small">{format!("Proposed {}", format_datetime(change.proposed_at))}</p>
            <FormError error=error />
            <ActionForm action=act attr:class="stack">
                <input type="hidden" name="change_id" value=change.id.to_string() />
                <input type="hidden" name="back" value=back />
                <TextArea label="Note to the partner (required to reject)" name="note" error=error maxlength=500 />
                <div class="actions">
                    <button class="btn btn-primary" type="submit" name="decision" value="approve">"Approve"</button>
                    <button class="btn btn-secondary" type="submit" name="decision" value="reject">"Reject"</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
fn CriteriaCard(company_id: i64, criteria: Vec<CriterionRow>) -> impl IntoView {
    let act = ServerAction::<TierCheck>::new();
    let error = action_error(act.value());
    view! {
        <section class="card" id="criteria">
            <h2 class="card-title">"Criteria you confirm"</h2>
            <p class="muted small">"Requirements the portal cannot measure (a signed business plan, a quarterly review). Ticking one evaluates the company again."</p>
            <FormError error=error />
            <ul class="plain-list">
                {criteria.into_iter().map(|c| view! {
                    <li class="criterion">
                        <span>{format!("{}: {}", c.tier_name, c.label)}" "
                            {if c.checked { view! { <Badge text="Met" tone="success" /> }.into_any() } else { view! { <Badge text="Not yet" tone="neutral" /> }.into_any() }}
                        </span>
                        <ActionForm action=act>
                            <input type="hidden" name="company_id" value=company_id.to_string() />
                            <input type="hidden" name="tier_id" value=c.tier_id.to_string() />
                            <input type="hidden" name="label" value=c.label.clone() />
                            {(!c.checked).then(|| view! { <input type="hidden" name="checked" value="1" /> })}
                            <button class="btn btn-secondary btn-sm" type="submit">{if c.checked { "Untick" } else { "Mark as met" }}</button>
                        </ActionForm>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn AssignForm(company_id: i64, options: Vec<(i64, String)>) -> impl IntoView {
    let act = ServerAction::<TierAssign>::new();
    let error = action_error(act.value());
    let options: Vec<(String, String)> = options
        .into_iter()
        .map(|(id, n)| (id.to_string(), n))
        .collect();
    view! {
        <section class="card">
            <h2 class="card-title">"Put on a tier directly"</h2>
            <p class="muted small">"For onboarding, moving to another program or correcting a mistake. Recorded in the history with your reason; evaluation continues from here."</p>
            <FormError error=error />
            <ActionForm action=act attr:class="stack">
                <input type="hidden" name="company_id" value=company_id.to_string() />
                <div class="row-2">
                    <SelectField label="Tier" name="tier_id" options=options error=error />
                    <Field label="Reason *" name="note" error=error />
                </div>
                <button class="btn btn-secondary" type="submit">"Assign tier"</button>
            </ActionForm>
        </section>
    }
}

// ---------------------------------------------------------------------------
// Staff overview

#[component]
pub fn TiersPage() -> impl IntoView {
    let q = use_query_map();
    let tier = move || q.read().get("tier").and_then(|t| t.parse::<i64>().ok());
    let page = move || q.read().get("page").and_then(|p| p.parse::<i64>().ok());
    let board = Resource::new(
        move || (tier(), page(), q.read().get("decided")),
        |(t, p, _)| load_tier_board(t, p),
    );
    let admin = move || crate::app::use_viewer().is_some_and(|v| v.role == Role::VendorAdmin);
    view! {
        <Page title="Partner tiers" roles=STAFF>
            <div class="page-head">
                <div>
                    <h1>"Partner tiers"</h1>
                    <p class="muted">"How partners spread over the tiers, changes the daily evaluation proposed, and who is in a grace period."</p>
                </div>
                <div class="head-badges">
                    {move || admin().then(|| view! {
                        <a class="btn btn-secondary" href="/admin/tiers">"Program and rules"</a>
                        <a class="btn btn-secondary" href="/admin/payouts">"Payouts"</a>
                    })}
                </div>
            </div>
            {notices(&[("decided", "Decision saved. The partner's admins were notified.")])}
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match board.await {
                        Ok(b) => view! { <BoardView b=b /> }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn BoardView(b: TierBoard) -> impl IntoView {
    let max = b.distribution.iter().map(|d| d.2).max().unwrap_or(0).max(1);
    let pages = b.companies.pages();
    let base = match b.tier_filter {
        Some(t) => format!("/tiers?tier={t}"),
        None => "/tiers".to_string(),
    };
    let n = b.distribution.len().max(1);
    let height = 28 * n + 8;
    view! {
        <div class="grid grid-2">
            <section class="card">
                <h2 class="card-title">"Tier distribution"</h2>
                // Server-rendered SVG bars with a data table for screen readers.
                <svg class="chart" viewBox=format!("0 0 400 {height}") role="img" aria-labelledby="dist-title">
                    <title id="dist-title">{format!("Companies per tier: {}", b.distribution.iter().map(|(_, t, c)| format!("{t} {c}")).collect::<Vec<_>>().join(", "))}</title>
                    {b.distribution.iter().enumerate().map(|(i, (_, t, c))| {
                        let y = 4 + i * 28;
                        let w = (*c as f64 / max as f64 * 250.0).max(if *c > 0 { 2.0 } else { 0.0 });
                        view! {
                            <g>
                                <text x="0" y=(y + 17).to_string() class="chart-label">{t.clone()}</text>
                                <rect x="110" y=y.to_string() width=format!("{w:.1}") height="20" class="chart-bar"></rect>
                                <text x=format!("{:.1}", 116.0 + w) y=(y + 15).to_string() class="chart-value">{c.to_string()}</text>
                            </g>
                        }
                    }).collect_view()}
                </svg>
                <table class="table sr-only">
                    <caption>"Companies per tier"</caption>
                    <thead><tr><th scope="col">"Program"</th><th scope="col">"Tier"</th><th scope="col">"Companies"</th></tr></thead>
                    <tbody>{b.distribution.iter().map(|(p, t, c)| view! { <tr><td>{p.clone()}</td><th scope="row">{t.clone()}</th><td>{*c}</td></tr> }).collect_view()}</tbody>
                </table>
                <p class="muted small">{format!("{} companies in a grace period.", b.in_grace)}</p>
            </section>
            <section class="card">
                <h2 class="card-title">{format!("Changes to decide ({})", b.pending.len())}</h2>
                {if b.pending.is_empty() {
                    view! { <p class="muted">"Nothing to decide. Evaluation runs every day and when a deal is won."</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {b.pending.iter().map(|p| view! {
                                <li>
                                    <a href=format!("/tiers/companies/{}", p.company_id)>{p.company_name.clone()}</a>
                                    " "<Badge text=format!("{} -> {}", p.from, p.to) tone=if p.up { "success" } else { "warning" } />
                                    <div class="muted small">{p.reason.clone()}</div>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        </div>
        <section class="card">
            <div class="card-head">
                <h2 class="card-title">"Companies by tier"</h2>
                <nav class="tabs" aria-label="Tier">
                    <a href="/tiers" class:active=b.tier_filter.is_none()>"All"</a>
                    {b.tiers.iter().map(|(id, name)| {
                        let current = b.tier_filter == Some(*id);
                        view! { <a href=format!("/tiers?tier={id}") class:active=current aria-current=current.then_some("page")>{name.clone()}</a> }
                    }).collect_view()}
                </nav>
            </div>
            {if b.companies.items.is_empty() {
                view! { <EmptyState title="No companies" text="No company is on this tier." /> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label="Companies by tier">
                        <table class="table">
                            <thead><tr>
                                <th scope="col">"Company"</th><th scope="col">"Region"</th><th scope="col">"Tier"</th>
                                <th scope="col">"Since"</th><th scope="col">"Qualifies for"</th><th scope="col">"Grace until"</th>
                            </tr></thead>
                            <tbody>
                                {b.companies.items.iter().map(|c| view! {
                                    <tr>
                                        <th scope="row"><a href=format!("/tiers/companies/{}", c.company_id)>{c.company_name.clone()}</a></th>
                                        <td>{c.region.clone()}</td>
                                        <td>{c.tier.clone()}</td>
                                        <td>{format_date(c.since)}</td>
                                        <td>{c.qualifies.clone().unwrap_or_else(|| "—".into())}</td>
                                        <td>{c.grace_until.map(format_date).unwrap_or_else(|| "—".into())}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <Pager page=b.companies.page pages=pages total=b.companies.total base=base.clone() />
                }.into_any()
            }}
        </section>
    }
}

// ---------------------------------------------------------------------------
// Program console (vendor admins)

#[component]
pub fn TierAdminPage() -> impl IntoView {
    let q = use_query_map();
    let info = Resource::new(
        move || {
            (
                q.read().get("saved"),
                q.read().get("added"),
                q.read().get("ruled"),
            )
        },
        |_| load_tier_admin(),
    );
    view! {
        <Page title="Program and tiers" roles=ADMIN>
            <crate::features::admin::pages::AdminTabs current="/admin/tiers" />
            <div class="page-head">
                <div>
                    <h1>"Program and tiers"</h1>
                    <p class="muted">"Tiers, what each asks for and gives, from which date. A change applies from its date; evaluation and incentives always use the rules in force at the time."</p>
                </div>
                <div class="head-badges"><a class="btn btn-secondary" href="/tiers">"Partner tiers"</a></div>
            </div>
            {notices(&[("saved", "Program saved."), ("added", "Tier added. Give it rules below."), ("ruled", "Rules saved.")])}
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match info.await {
                        Ok(a) => view! {
                            {a.programs.iter().map(|p| view! { <ProgramView p=p.clone() today=a.today.clone() /> }).collect_view()}
                            <section class="card">
                                <h2 class="card-title">"New program"</h2>
                                <ProgramForm p=None />
                            </section>
                        }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn ProgramForm(p: Option<ProgramSettings>) -> impl IntoView {
    let act = ServerAction::<TierSaveProgram>::new();
    let error = action_error(act.value());
    let currencies: Vec<(String, String)> = crate::features::deals::rules::CURRENCIES
        .iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect();
    let s = p.clone();
    view! {
        <FormError error=error />
        <ActionForm action=act attr:class="stack">
            {s.as_ref().map(|s| view! { <input type="hidden" name="program_id" value=s.id.to_string() /> })}
            <div class="row-3">
                <Field label="Name *" name="name" initial=s.as_ref().map(|s| s.name.clone()).unwrap_or_default() error=error />
                <SelectField label="Currency" name="currency" options=currencies initial=s.as_ref().map(|s| s.currency.clone()).unwrap_or_else(|| "USD".into()) error=error />
                <Field label="Downgrade grace period (days)" name="grace_days" initial=s.as_ref().map(|s| s.grace_days).unwrap_or(90).to_string() error=error />
            </div>
            <div class="row-3">
                <Field label="Points per registration" name="points_registered" initial=s.as_ref().map(|s| s.points_registered).unwrap_or(10).to_string() error=error />
                <Field label="Points per won deal" name="points_won" initial=s.as_ref().map(|s| s.points_won).unwrap_or(50).to_string() error=error />
                <TextArea label="Exchange rates into the program currency" name="rates" initial=s.as_ref().map(|s| s.rates.iter().map(|(c, r)| format!("{c} = {r}")).collect::<Vec<_>>().join("\n")).unwrap_or_default() error=error maxlength=500 hint="One per line, e.g. EUR = 1.08. Won deals in other currencies are not counted." />
            </div>
            <div class="checks">
                <label class="check"><input type="checkbox" name="points_enabled" value="1" checked=s.as_ref().is_none_or(|s| s.points_enabled) /><span>"Points and leaderboard"</span></label>
                <label class="check"><input type="checkbox" name="leaderboard_public" value="1" checked=s.as_ref().is_some_and(|s| s.leaderboard_public) /><span>"Partners see other companies on the leaderboard (otherwise only their own rank)"</span></label>
                <label class="check"><input type="checkbox" name="is_default" value="1" checked=s.as_ref().is_some_and(|s| s.is_default) /><span>"New companies join this program"</span></label>
            </div>
            <button class="btn btn-primary" type="submit">{if p.is_some() { "Save program" } else { "Create program" }}</button>
        </ActionForm>
    }
}

#[component]
fn ProgramView(p: ProgramAdmin, today: String) -> impl IntoView {
    let add = ServerAction::<TierAdd>::new();
    let add_error = action_error(add.value());
    let next_rank = p.tiers.iter().map(|t| t.tier.rank + 1).max().unwrap_or(0);
    let currency = p.program.currency.clone();
    view! {
        <section class="card" id=format!("program-{}", p.program.id)>
            <div class="card-head">
                <h2 class="card-title">{p.program.name.clone()}</h2>
                <span>
                    {p.program.is_default.then(|| view! { <Badge text="Default" tone="info" /> })}" "
                    <Badge text=format!("{} companies", p.program.companies) />
                </span>
            </div>
            <ProgramForm p=Some(p.program.clone()) />
        </section>
        {p.tiers.iter().map(|t| view! { <TierRulesView t=t.clone() currency=currency.clone() today=today.clone() /> }).collect_view()}
        <section class="card">
            <h2 class="card-title">{format!("Add a tier to {}", p.program.name)}</h2>
            <FormError error=add_error />
            <ActionForm action=add attr:class="stack">
                <input type="hidden" name="program_id" value=p.program.id.to_string() />
                <div class="row-2">
                    <Field label="Tier name *" name="tier_name" error=add_error />
                    <Field label="Rank (0 = entry tier)" name="rank" initial=next_rank.to_string() error=add_error />
                </div>
                <button class="btn btn-secondary" type="submit">"Add tier"</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn TierRulesView(t: TierVersions, currency: String, today: String) -> impl IntoView {
    let act = ServerAction::<TierAddRule>::new();
    let scope = t.tier.id.to_string();
    let error = scoped_error(action_error(act.value()), "tier_id", scope.clone());
    let current = t
        .versions
        .iter()
        .find(|v| Some(v.id) == t.in_force)
        .or(t.versions.first())
        .cloned();
    let levels: Vec<(String, String)> = super::rules::ContentLevel::ALL
        .iter()
        .map(|c| (c.as_str().to_string(), c.label().to_string()))
        .collect();
    let pct = |bp: i64| {
        if bp == 0 {
            String::new()
        } else {
            format_bp(bp).trim_end_matches(" %").to_string()
        }
    };
    let c = current.clone();
    let num = move |f: fn(&super::rules::RuleVersion) -> i64| {
        c.as_ref()
            .map(f)
            .filter(|n| *n > 0)
            .map(|n| n.to_string())
            .unwrap_or_default()
    };
    view! {
        <section class="card" id=format!("tier-{}", t.tier.id)>
            <h2 class="card-title">{format!("{} (rank {})", t.tier.name, t.tier.rank)}</h2>
            {if t.versions.is_empty() {
                view! { <p class="muted">"No rules yet: the tier is not used until it has a version in force."</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=format!("{} rule versions", t.tier.name)>
                        <table class="table">
                            <thead><tr>
                                <th scope="col">"From"</th><th scope="col" class="num">"Revenue"</th><th scope="col" class="num">"Approved"</th>
                                <th scope="col" class="num">"Won"</th><th scope="col" class="num">"Certified"</th><th scope="col">"Criteria"</th>
                                <th scope="col" class="num">"Discount"</th><th scope="col" class="num">"Margin"</th><th scope="col" class="num">"Rebate"</th>
                                <th scope="col" class="num">"Commission"</th><th scope="col">"MDF"</th><th scope="col">"Content"</th>
                            </tr></thead>
                            <tbody>
                                {t.versions.iter().map(|v| {
                                    let now = Some(v.id) == t.in_force;
                                    view! {
                                        <tr>
                                            <th scope="row">{format_date(v.effective_from)}{now.then(|| view! { " "<Badge text="In force" tone="success" /> })}</th>
                                            <td class="num">{format_money(v.requires.min_revenue_cents, &currency)}</td>
                                            <td class="num">{v.requires.min_approved}</td>
                                            <td class="num">{v.requires.min_won}</td>
                                            <td class="num">{v.requires.min_certified}</td>
                                            <td>{v.requires.custom.join("; ")}</td>
                                            <td class="num">{format_bp(v.gives.discount_bp)}</td>
                                            <td class="num">{format_bp(v.gives.deal_margin_bp)}</td>
                                            <td class="num">{format_bp(v.gives.rebate_bp)}</td>
                                            <td class="num">{format_bp(v.gives.commission_bp)}</td>
                                            <td>{if v.gives.mdf_eligible { "Yes" } else { "No" }}</td>
                                            <td>{v.gives.content.label()}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <details open=move || error.get().is_some()>
                <summary>{format!("New version of the {} rules", t.tier.name)}</summary>
                <FormError error=error />
                <ActionForm action=act attr:class="stack">
                    <input type="hidden" name="tier_id" value=t.tier.id.to_string() />
                    <div class="row-3">
                        <Field label="Applies from *" name="effective_from" kind="date" initial=today.clone() scope=scope.clone() error=error />
                        <Field label="Won revenue, last 12 months" name="min_revenue" initial=current.as_ref().map(|v| v.requires.min_revenue_cents).filter(|c| *c > 0).map(money_input).unwrap_or_default() scope=scope.clone() error=error />
                        <Field label="Approved registrations" name="min_approved" initial=num(|v| v.requires.min_approved) scope=scope.clone() error=error />
                    </div>
                    <div class="row-3">
                        <Field label="Won registrations" name="min_won" initial=num(|v| v.requires.min_won) scope=scope.clone() error=error />
                        <Field label="Certified people" name="min_certified" initial=num(|v| v.requires.min_certified) scope=scope.clone() error=error hint="Counted once training exists" />
                        <TextArea label="Criteria a manager confirms" name="custom_criteria" initial=current.as_ref().map(|v| v.requires.custom.join("\n")).unwrap_or_default() scope=scope.clone() error=error maxlength=1300 hint="One per line" />
                    </div>
                    <div class="row-3">
                        <Field label="Resale discount %" name="discount" initial=current.as_ref().map(|v| pct(v.gives.discount_bp)).unwrap_or_default() scope=scope.clone() error=error />
                        <Field label="Deal registration margin %" name="deal_margin" initial=current.as_ref().map(|v| pct(v.gives.deal_margin_bp)).unwrap_or_default() scope=scope.clone() error=error />
                        <Field label="Rebate %" name="rebate" initial=current.as_ref().map(|v| pct(v.gives.rebate_bp)).unwrap_or_default() scope=scope.clone() error=error />
                    </div>
                    <div class="row-3">
                        <Field label="Commission %" name="commission" initial=current.as_ref().map(|v| pct(v.gives.commission_bp)).unwrap_or_default() scope=scope.clone() error=error />
                        <SelectField label="Content access" name="content_level" options=levels initial=current.as_ref().map(|v| v.gives.content.as_str().to_string()).unwrap_or_else(|| "basic".into()) scope=scope.clone() error=error />
                        <label class="check"><input type="checkbox" name="mdf_eligible" value="1" checked=current.as_ref().is_some_and(|v| v.gives.mdf_eligible) /><span>"Eligible for market development funds"</span></label>
                    </div>
                    <button class="btn btn-primary" type="submit">"Save version"</button>
                </ActionForm>
            </details>
        </section>
    }
}

// ---------------------------------------------------------------------------
// Earnings (partner)

fn incentive_tone(s: IncentiveStatus) -> &'static str {
    match s {
        IncentiveStatus::Earned => "info",
        IncentiveStatus::Approved => "warning",
        IncentiveStatus::Paid => "success",
        IncentiveStatus::ClawedBack => "danger",
    }
}

#[component]
pub fn EarningsPage() -> impl IntoView {
    let q = use_query_map();
    let status = move || q.read().get("status").filter(|s| !s.is_empty());
    let page = move || q.read().get("page").and_then(|p| p.parse::<i64>().ok());
    let data = Resource::new(move || (status(), page()), |(s, p)| load_earnings(s, p));
    view! {
        <Page title="Rebates and points" roles=PARTNERS>
            <div class="page-head">
                <div>
                    <h1>"Rebates and points"</h1>
                    <p class="muted">"What your won deals earned under your tier's rates, what is paid, and where your company ranks."</p>
                </div>
                <div class="head-badges"><a class="btn btn-secondary" href="/tier">"Your tier"</a></div>
            </div>
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(e) => view! { <EarningsView e=e /> }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn TotalsCards(totals: Vec<IncentiveTotals>) -> impl IntoView {
    if totals.is_empty() {
        return view! { <EmptyState title="Nothing earned yet" text="Won deals earn a rebate (and, where your tier has one, a commission) at your tier's rates on the day they are won." /> }.into_any();
    }
    view! {
        <div class="grid grid-4 stats-compact">
            {totals.into_iter().flat_map(|t| {
                let c = t.currency.clone();
                [("Due (earned and approved)", t.due(), "/earnings?status=earned"), ("Approved for payment", t.approved, "/earnings?status=approved"), ("Paid", t.paid, "/earnings?status=paid"), ("Clawed back", t.clawed_back, "/earnings?status=clawed_back")]
                    .into_iter()
                    .map(move |(label, v, href)| view! {
                        <a class="stat card" href=href><span class="stat-label">{format!("{label} · {c}")}</span><span class="stat-value">{format_money(v, &c)}</span></a>
                    })
            }).collect_view()}
        </div>
    }
    .into_any()
}

#[component]
fn EntriesTable(
    rows: Vec<IncentiveRow>,
    #[prop(default = false)] staff: bool,
    #[prop(default = false)] actions: bool,
) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label="Rebates and commissions">
            <table class="table">
                <thead><tr>
                    {staff.then(|| view! { <th scope="col">"Company"</th> })}
                    <th scope="col">"Deal"</th><th scope="col">"Kind"</th><th scope="col">"Status"</th>
                    <th scope="col" class="num">"Deal value"</th><th scope="col" class="num">"Rate"</th><th scope="col" class="num">"Amount"</th>
                    <th scope="col">"Tier"</th><th scope="col">"Won"</th>
                    {actions.then(|| view! { <th scope="col">"Action"</th> })}
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            {staff.then(|| view! { <td>{r.company_name.clone()}</td> })}
                            <th scope="row"><a href=format!("/deals/{}", r.deal_id)>{r.customer.clone()}</a></th>
                            <td>{r.kind.label()}</td>
                            <td><Badge text=r.status.label() tone=incentive_tone(r.status) />
                                {(!r.clawback_reason.is_empty()).then(|| view! { <div class="muted small">{r.clawback_reason.clone()}</div> })}
                                {r.payout_id.map(|p| view! { <div class="muted small">{format!("Payout #{p}")}</div> })}
                            </td>
                            <td class="num">{format_money(r.base_cents, &r.currency)}</td>
                            <td class="num">{format_bp(r.rate_bp)}</td>
                            <td class="num">{format_money(r.amount_cents, &r.currency)}</td>
                            <td>{r.tier.clone()}</td>
                            <td>{format_date(r.earned_at)}</td>
                            {actions.then(|| view! { <td><EntryActions r=r.clone() /></td> })}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn EarningsView(e: Earnings) -> impl IntoView {
    let pages = e.entries.pages();
    let base = match &e.status_filter {
        Some(s) => format!("/earnings?status={s}"),
        None => "/earnings".to_string(),
    };
    view! {
        <TotalsCards totals=e.totals.clone() />
        <section class="card">
            <div class="card-head">
                <h2 class="card-title">"Entries"</h2>
                <nav class="tabs" aria-label="Status">
                    <a href="/earnings" class:active=e.status_filter.is_none()>"All"</a>
                    {IncentiveStatus::ALL.iter().map(|s| {
                        let current = e.status_filter.as_deref() == Some(s.as_str());
                        view! { <a href=format!("/earnings?status={}", s.as_str()) class:active=current aria-current=current.then_some("page")>{s.label()}</a> }
                    }).collect_view()}
                </nav>
            </div>
            {if e.entries.items.is_empty() {
                view! { <p class="muted">"No entries here."</p> }.into_any()
            } else {
                view! {
                    <EntriesTable rows=e.entries.items.clone() />
                    <Pager page=e.entries.page pages=pages total=e.entries.total base=base.clone() />
                }.into_any()
            }}
        </section>
        {e.leaderboard.clone().map(|l| view! { <LeaderboardCard l=l /> })}
    }
}

#[component]
pub fn LeaderboardCard(l: Leaderboard) -> impl IntoView {
    view! {
        <section class="card">
            <h2 class="card-title">{format!("Leaderboard {}", l.year)}</h2>
            {l.own.map(|(rank, of, points)| view! {
                <p class="lead">{format!("Your company ranks {rank} of {of} with {points} points this year.")}</p>
            })}
            {if l.public {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label="Leaderboard">
                        <table class="table">
                            <thead><tr><th scope="col" class="num">"Rank"</th><th scope="col">"Company"</th><th scope="col" class="num">"Points"</th></tr></thead>
                            <tbody>
                                {l.rows.iter().map(|r| view! {
                                    <tr class:current=r.own><td class="num">{r.rank}</td><th scope="row">{r.company.clone().unwrap_or_default()}</th><td class="num">{r.points}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            } else {
                view! { <p class="muted small">"Other companies' points are private in this program. Registering deals and winning them earns points."</p> }.into_any()
            }}
        </section>
    }
}

// ---------------------------------------------------------------------------
// Payouts (vendor admins)

#[component]
pub fn PayoutsPage() -> impl IntoView {
    let q = use_query_map();
    let key = move || {
        let q = q.read();
        (
            q.get("status").filter(|s| !s.is_empty()),
            q.get("company").and_then(|c| c.parse::<i64>().ok()),
            q.get("run").and_then(|c| c.parse::<i64>().ok()),
            q.get("page").and_then(|c| c.parse::<i64>().ok()),
            (
                q.get("created"),
                q.get("paid"),
                q.get("released"),
                q.get("clawed"),
            ),
        )
    };
    let data = Resource::new(key, |(s, c, r, p, _)| load_payout_console(s, c, r, p));
    view! {
        <Page title="Payouts" roles=ADMIN>
            <crate::features::admin::pages::AdminTabs current="/admin/payouts" />
            <div class="page-head">
                <div>
                    <h1>"Rebates and commissions: payouts"</h1>
                    <p class="muted">"Approve what partners earned into a payout run, export it for finance, then mark it paid with the payment reference."</p>
                </div>
                <div class="head-badges"><a class="btn btn-secondary" href="/tiers">"Partner tiers"</a></div>
            </div>
            {notices(&[
                ("created", "Payout run created: its entries are approved."),
                ("paid", "Marked paid. Each partner's admins were notified."),
                ("released", "Entry taken out of the run; it is earned again."),
                ("clawed", "Entry clawed back."),
            ])}
            <Suspense fallback=Loading>
                {move || Suspend::new(async move {
                    match data.await {
                        Ok(c) => view! { <PayoutView c=c /> }.into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })}
            </Suspense>
        </Page>
    }
}

#[component]
fn PayoutView(c: PayoutConsole) -> impl IntoView {
    let create = ServerAction::<PayoutCreate>::new();
    let create_error = action_error(create.value());
    let mut companies: Vec<(String, String)> = vec![(String::new(), "All companies".into())];
    companies.extend(
        c.companies
            .iter()
            .map(|(id, n)| (id.to_string(), n.clone())),
    );
    let pages = c.entries.pages();
    let base = match &c.status_filter {
        Some(s) => format!("/admin/payouts?status={s}"),
        None => "/admin/payouts".to_string(),
    };
    view! {
        <div class="grid grid-2">
            <section class="card">
                <h2 class="card-title">"Earned, not yet in a run"</h2>
                {if c.earned.is_empty() {
                    view! { <p class="muted">"Nothing earned is waiting."</p> }.into_any()
                } else {
                    view! {
                        <dl class="facts facts-money">
                            {c.earned.iter().map(|t| view! { <dt>{t.currency.clone()}</dt><dd>{format_money(t.earned, &t.currency)}</dd> }).collect_view()}
                        </dl>
                    }.into_any()
                }}
            </section>
            <section class="card">
                <h2 class="card-title">"New payout run"</h2>
                <FormError error=create_error />
                <ActionForm action=create attr:class="stack">
                    <SelectField label="Company" name="company_id" options=companies error=create_error />
                    <div class="row-2">
                        <Field label="Earned up to and including" name="earned_until" kind="date" error=create_error hint="Empty: everything earned so far" />
                        <Field label="Note" name="note" error=create_error />
                    </div>
                    <button class="btn btn-primary" type="submit">"Approve into a payout run"</button>
                </ActionForm>
            </section>
        </div>
        {c.run.clone().map(|(run, items)| view! { <RunView run=run items=items /> })}
        <section class="card">
            <h2 class="card-title">"Payout runs"</h2>
            {if c.runs.is_empty() {
                view! { <p class="muted">"No runs yet."</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label="Payout runs">
                        <table class="table">
                            <thead><tr><th scope="col">"Run"</th><th scope="col">"Status"</th><th scope="col" class="num">"Entries"</th><th scope="col" class="num">"Total"</th><th scope="col">"Created"</th><th scope="col">"Reference"</th><th scope="col">"CSV"</th></tr></thead>
                            <tbody>
                                {c.runs.iter().map(|r| view! {
                                    <tr>
                                        <th scope="row"><a href=format!("/admin/payouts?run={}#run", r.id)>{format!("#{}", r.id)}</a>{(!r.note.is_empty()).then(|| view! { <div class="muted small">{r.note.clone()}</div> })}</th>
                                        <td><Badge text=if r.status == "paid" { "Paid" } else { "Approved" } tone=if r.status == "paid" { "success" } else { "warning" } /></td>
                                        <td class="num">{r.entries}</td>
                                        <td class="num">{r.totals.iter().map(|(c, v)| format_money(*v, c)).collect::<Vec<_>>().join(" · ")}</td>
                                        <td>{format!("{} · {}", format_date(r.created_at), r.created_by)}</td>
                                        <td>{r.reference.clone()}</td>
                                        <td><a href=format!("/api/admin/payouts/export?id={}", r.id) download="">"Download"</a></td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
        <section class="card">
            <div class="card-head">
                <h2 class="card-title">"All entries"</h2>
                <nav class="tabs" aria-label="Status">
                    <a href="/admin/payouts" class:active=c.status_filter.is_none()>"All"</a>
                    {IncentiveStatus::ALL.iter().map(|s| {
                        let current = c.status_filter.as_deref() == Some(s.as_str());
                        view! { <a href=format!("/admin/payouts?status={}", s.as_str()) class:active=current aria-current=current.then_some("page")>{s.label()}</a> }
                    }).collect_view()}
                </nav>
            </div>
            {if c.entries.items.is_empty() {
                view! { <p class="muted">"No entries here."</p> }.into_any()
            } else {
                view! {
                    <EntriesTable rows=c.entries.items.clone() staff=true actions=true />
                    <Pager page=c.entries.page pages=pages total=c.entries.total base=base.clone() />
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn RunView(run: PayoutRow, items: Vec<IncentiveRow>) -> impl IntoView {
    let pay = ServerAction::<PayoutPay>::new();
    let pay_error = action_error(pay.value());
    let paid = run.status == "paid";
    view! {
        <section class="card" id="run">
            <div class="card-head">
                <h2 class="card-title">{format!("Payout run #{}", run.id)}</h2>
                <a class="btn btn-secondary btn-sm" href=format!("/api/admin/payouts/export?id={}", run.id) download="">"Export CSV for finance"</a>
            </div>
            <p class="run-status">
                <Badge text=if paid { "Paid" } else { "Approved, not paid" } tone=if paid { "success" } else { "warning" } />
                {format!(" · {} entries · {}", run.entries, run.totals.iter().map(|(c, v)| format_money(*v, c)).collect::<Vec<_>>().join(" · "))}
                {run.paid_at.map(|p| format!(" · paid {} · reference {}", format_date(p), run.reference))}
            </p>
            <EntriesTable rows=items staff=true actions=!paid />
            {(!paid).then(|| view! {
                <FormError error=pay_error />
                <ActionForm action=pay attr:class="stack">
                    <input type="hidden" name="run_id" value=run.id.to_string() />
                    <div class="row-2">
                        <Field label="Payment reference *" name="reference" error=pay_error hint="As on the bank transfer or finance batch" />
                    </div>
                    <button class="btn btn-primary" type="submit">"Mark paid"</button>
                </ActionForm>
            })}
        </section>
    }
}

#[component]
fn EntryActions(r: IncentiveRow) -> impl IntoView {
    let release = ServerAction::<PayoutRelease>::new();
    let claw = ServerAction::<PayoutClawBack>::new();
    let claw_error = action_error(claw.value());
    let release_error = action_error(release.value());
    let id = r.id.to_string();
    let id2 = id.clone();
    view! {
        {(r.status == IncentiveStatus::Approved).then(move || view! {
            <FormError error=release_error />
            <ActionForm action=release>
                <input type="hidden" name="entry_id" value=id2.clone() />
                <button class="btn btn-ghost btn-sm" type="submit">"Take out of run"</button>
            </ActionForm>
        })}
        {(r.status != IncentiveStatus::ClawedBack).then(move || view! {
            <details>
                <summary>"Claw back"</summary>
                <FormError error=claw_error />
                <ActionForm action=claw attr:class="stack">
                    <input type="hidden" name="entry_id" value=id.clone() />
                    <label for=format!("claw-{id}")>"Reason *"</label>
                    <input id=format!("claw-{id}") name="reason" required=true maxlength="500" />
                    <button class="btn btn-secondary btn-sm" type="submit">"Claw back"</button>
                </ActionForm>
            </details>
        })}
    }
}
