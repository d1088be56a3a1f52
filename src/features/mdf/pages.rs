//! MDF pages: the partner's funds and requests, the timed request form,
//! a request with its claim, proof and history, the vendor's queues, and
//! the budget console (overview, allocation, CSV upload, rules, ROI).

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::*;
use super::rules::{self, ActivityType, Balance, MdfStatus};
use super::types::*;
use crate::app::{use_viewer, Page};
use crate::features::deals::pages::{perf_now, sla_text};
use crate::features::deals::rules::{
    date_input_value, format_duration, format_money, money_input, parse_money, CURRENCIES, DAY_MS,
};
use crate::shared::{AppError, Role};
use crate::ui::{
    action_error, format_date, format_datetime, Badge, EmptyState, ErrorPanel, Field, FormError,
    Loading, Notice, Pager, SelectField, TextArea,
};

const PARTNERS: &[Role] = &[Role::PartnerAdmin, Role::PartnerUser];
const STAFF: &[Role] = &[Role::VendorAdmin, Role::ChannelManager];

pub fn status_tone(s: MdfStatus) -> &'static str {
    use MdfStatus::*;
    match s {
        Approved | ClaimApproved | Reimbursed => "success",
        Submitted | Claimed => "info",
        Returned | ChangesRequested => "warning",
        Declined | ClaimRejected => "danger",
        Cancelled | Expired => "neutral",
    }
}

/// A row's next step for the partner: the claim date while a claim is
/// open, otherwise what its status says.
pub fn next_step_text(r: &MdfRow) -> String {
    match (r.status.claim_open(), r.claim_due_at) {
        (true, Some(due)) => format!("Claim by {}", format_date(due - 1)),
        _ => r.status.next_step().to_string(),
    }
}

fn query(name: &str) -> Option<String> {
    use_query_map()
        .read_untracked()
        .get(name)
        .filter(|v| !v.is_empty())
}

// ---------------------------------------------------------------------------
// The balance card (also on the partner's home page)

#[component]
pub fn FundCardView(card: FundCard, #[prop(default = true)] link: bool) -> impl IntoView {
    let Some(period) = card.period.clone() else {
        return view! {
            <section class="card fund-card">
                <h2 class="card-title">"MDF balance"</h2>
                <p class="muted">"No market development funds are allocated to your company for this period yet. Your channel manager allocates them."</p>
            </section>
        }
        .into_any();
    };
    let c = card.currency.clone();
    let b = card.balance;
    let pct = |v: i64| {
        if b.allocated > 0 {
            (v as f64 * 100.0 / b.allocated as f64).clamp(0.0, 100.0)
        } else {
            0.0
        }
    };
    let bar = [
        ("paid", b.paid, "Paid"),
        ("claimed", b.claimed, "Claimed"),
        ("committed", b.committed, "Committed"),
        ("available", b.available, "Available"),
    ];
    view! {
        <section class="card fund-card" aria-labelledby="fund-title">
            <div class="card-head">
                <h2 class="card-title" id="fund-title">{format!("MDF balance · {period}")}</h2>
                {link.then(|| view! { <a class="btn btn-primary btn-sm" href="/mdf/new">"Request funds"</a> })}
            </div>
            <p class="fund-available">
                <span class="stat-value">{format_money(card.requestable, &c)}</span>
                <span class="stat-label">" available to request"</span>
            </p>
            // An SVG bar: widths as attributes (the CSP allows no inline styles).
            <svg class="fund-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=format!("{} paid, {} claimed, {} committed, {} available of {} allocated",
                format_money(b.paid, &c), format_money(b.claimed, &c), format_money(b.committed, &c), format_money(b.available, &c), format_money(b.allocated, &c))>
                {
                    let mut x = 0.0;
                    bar.iter().map(|(cls, v, _)| {
                        let w = pct(*v);
                        let at = x;
                        x += w;
                        view! { <rect class=format!("seg-{cls}") x=format!("{at:.2}") y="0" width=format!("{w:.2}") height="10"></rect> }
                    }).collect_view()
                }
            </svg>
            <dl class="facts facts-money">
                <dt>"Allocated"</dt><dd>{format_money(b.allocated, &c)}</dd>
                {bar.iter().map(|(cls, v, label)| view! {
                    <dt><span class=format!("dot seg-{cls}") aria-hidden="true"></span>{*label}</dt><dd>{format_money(*v, &c)}</dd>
                }).collect_view()}
                {(card.pending > 0).then(|| view! { <dt>"In requests awaiting approval"</dt><dd>{format_money(card.pending, &c)}</dd> })}
                {(b.expired > 0).then(|| view! { <dt>"Expired"</dt><dd>{format_money(b.expired, &c)}</dd> })}
            </dl>
            {card.expires_at.map(|e| view! { <p class="muted small">{format!("Unused funds expire at the end of {} ({}).", period, format_date(e - 1))}</p> })}
            {(card.claims_due_soon > 0).then(|| view! {
                <div class="alert alert-warning"><span>{format!("{} claim(s) due within 14 days. ", card.claims_due_soon)}<a href="/mdf?status=approved">"File them"</a></span></div>
            })}
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------
// List

#[component]
pub fn MdfPage() -> impl IntoView {
    view! {
        <Page title="Marketing funds">
            <MdfBody />
        </Page>
    }
}

#[component]
fn MdfBody() -> impl IntoView {
    let partner = use_viewer().is_some_and(|v| v.role.is_partner());
    let q = use_query_map();
    let status = move || q.read().get("status").filter(|s| !s.is_empty());
    let page = move || q.read().get("page").and_then(|p| p.parse::<i64>().ok());
    let list = Resource::new(
        move || (status(), page()),
        |(status, page)| mdf_list(Some(MdfQuery { status, page })),
    );
    let fund = Resource::new(
        || (),
        move |_| async move {
            if partner {
                mdf_fund().await.map(Some)
            } else {
                Ok(None)
            }
        },
    );
    let filters = [
        ("open", "Open"),
        ("submitted", "Awaiting approval"),
        ("approved", "To claim"),
        ("claimed", "Claims in review"),
        ("reimbursed", "Paid"),
        ("all", "All"),
    ];
    view! {
        <div class="page-head">
            <div>
                <h1>"Marketing funds"</h1>
                <p class="muted">{if partner {
                    "Request funds for marketing activities, claim them back with proof, and see where every amount stands."
                } else {
                    "MDF requests and claims of the partner companies you manage."
                }}</p>
            </div>
            <div class="head-badges">
                {if partner {
                    view! { <a class="btn btn-primary" href="/mdf/new">"Request funds"</a> }.into_any()
                } else {
                    view! {
                        <a class="btn btn-primary" href="/mdf/queue">"Queues"</a>
                        <a class="btn btn-secondary" href="/mdf/budgets">"Budgets"</a>
                    }.into_any()
                }}
            </div>
        </div>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match fund.await {
                    Ok(Some(card)) => view! { <FundCardView card=card link=false /> }.into_any(),
                    Ok(None) => ().into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Suspense>
        <nav class="tabs" aria-label="Filter by status">
            {filters.into_iter().map(|(value, label)| {
                let href = format!("/mdf?status={value}");
                let current = move || status().unwrap_or_else(|| "open".into()) == value;
                view! { <a href=href class:active=current aria-current=move || current().then_some("page")>{label}</a> }
            }).collect_view()}
        </nav>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(p) if p.items.is_empty() => view! {
                        <EmptyState title="Nothing here" text=if partner { "No requests with this status. Request funds for your next event, webinar or campaign." } else { "No requests with this status." } />
                    }.into_any(),
                    Ok(p) => {
                        let pages = p.pages();
                        let base = format!("/mdf?status={}", status().unwrap_or_else(|| "open".into()));
                        view! {
                            <div class="table-wrap card">
                                <table class="table mdf-table">
                                    <thead><tr>
                                        <th scope="col">"Activity"</th>
                                        {(!partner).then(|| view! { <th scope="col">"Partner"</th> })}
                                        <th scope="col">"Status"</th>
                                        <th scope="col" class="num">"Requested"</th>
                                        <th scope="col" class="num">"Approved"</th>
                                        <th scope="col">"Next step"</th>
                                    </tr></thead>
                                    <tbody>
                                        {p.items.into_iter().map(|r| {
                                            let next = next_step_text(&r);
                                            view! {
                                                <tr>
                                                    <td>
                                                        <a href=format!("/mdf/{}", r.id)>{r.title.clone()}</a>
                                                        <div class="muted small">{format!("{} · {} – {}", r.activity_type.label(), format_date(r.starts_on), format_date(r.ends_on))}</div>
                                                    </td>
                                                    {r.company_name.clone().map(|c| view! { <td>{c}</td> })}
                                                    <td><Badge text=r.status.label() tone=status_tone(r.status) /></td>
                                                    <td class="num">{format_money(r.requested_cents, &r.currency)}</td>
                                                    <td class="num">{r.claim_approved_cents.or(r.approved_cents).map(|a| format_money(a, &r.currency)).unwrap_or_else(|| "—".into())}</td>
                                                    <td class="small">{next}</td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            <Pager page=p.page pages=pages total=p.total base=base />
                        }.into_any()
                    }
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

// ---------------------------------------------------------------------------
// Request form

#[component]
pub fn NewMdfPage() -> impl IntoView {
    view! {
        <Page title="Request funds" roles=PARTNERS>
            <RequestFormBody edit=false />
        </Page>
    }
}

#[component]
pub fn EditMdfPage() -> impl IntoView {
    view! {
        <Page title="Change request" roles=PARTNERS>
            <RequestFormBody edit=true />
        </Page>
    }
}

#[component]
fn RequestFormBody(edit: bool) -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        edit.then(|| {
            params
                .read()
                .get("id")
                .and_then(|v| v.parse::<i64>().ok())
                .unwrap_or(0)
        })
    };
    let form = Resource::new(id, mdf_form);
    view! {
        <div class="page-head">
            <div>
                <p class="eyebrow"><a href="/mdf">"Marketing funds"</a></p>
                <h1>{if edit { "Change the request" } else { "Request marketing funds" }}</h1>
                <p class="muted">{if edit {
                    "Change what your channel manager asked about; saving submits the request again."
                } else {
                    "Your company and your name are added for you. Fields marked * are needed."
                }}</p>
            </div>
        </div>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match form.await {
                    Ok(f) => view! { <RequestForm form=f /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn RequestForm(form: MdfFormInfo) -> impl IntoView {
    let submit = ServerAction::<MdfRequest>::new();
    let error = action_error(submit.value());
    let existing = form.edit.clone();
    let echoed = {
        let existing = existing.clone();
        move |name: &str| {
            error
                .get_untracked()
                .and_then(|e| e.value(name))
                .or_else(|| existing.as_ref().and_then(|d| d.value(name)))
        }
    };
    let init = {
        let echoed = echoed.clone();
        move |name: &str| echoed(name).unwrap_or_default()
    };
    // The request clock: first interaction to submit.
    let started = StoredValue::new(None::<f64>);
    let (elapsed, set_elapsed) = signal(String::new());
    let tick = move || {
        if let Some(now) = perf_now() {
            let start = started.get_value().unwrap_or(now);
            started.set_value(Some(start));
            set_elapsed.set(format!("{}", (now - start).round() as i64));
        }
    };
    let served_at = echoed("served_at").unwrap_or_else(|| form.served_at.to_string());
    let served_sig = echoed("served_sig").unwrap_or_else(|| form.served_sig.clone());
    // Live amount check as the partner types (the server checks again).
    let (cost, set_cost) = signal(init("total_cost"));
    let (requested, set_requested) = signal(init("requested"));
    let (contribution, set_contribution) = signal(init("contribution"));
    let fund = form.fund.clone();
    let currency = if fund.currency.is_empty() {
        "USD".to_string()
    } else {
        fund.currency.clone()
    };
    let max_percent = form.max_percent;
    // A returned request's own amount no longer waits for approval.
    let requestable = fund.requestable;
    let live = {
        let currency = currency.clone();
        move || {
            let cost = parse_money(&cost.get()).ok();
            let req = parse_money(&requested.get()).ok();
            let contrib = parse_money(&contribution.get()).unwrap_or(0);
            match (cost, req) {
                (Some(c), Some(r)) => {
                    let errs = rules::request_amount_errors(c, r, contrib, max_percent, requestable, &currency);
                    match errs.first() {
                        Some((_, m)) => (m.clone(), "warning"),
                        None => (
                            format!(
                                "Within the rules. {} of your balance would be left to request.",
                                format_money(requestable - r, &currency)
                            ),
                            "success",
                        ),
                    }
                }
                (Some(c), None) => (
                    format!(
                        "You can request up to {} for this activity.",
                        format_money(rules::max_reimbursable(c, max_percent).min(requestable), &currency)
                    ),
                    "info",
                ),
                _ => (
                    format!(
                        "The program reimburses up to {max_percent} % of the cost; {} is available to request.",
                        format_money(requestable, &currency)
                    ),
                    "info",
                ),
            }
        }
    };
    let live = Signal::derive(live);
    let edit_id = existing.as_ref().map(|e| e.id);
    let reason = existing
        .as_ref()
        .map(|e| e.decision_reason.clone())
        .filter(|r| !r.is_empty());
    let today = form.served_at - form.served_at.rem_euclid(DAY_MS);
    let start_default =
        echoed("starts_on").unwrap_or_else(|| date_input_value(today + 30 * DAY_MS));
    let end_default = echoed("ends_on").unwrap_or_else(|| date_input_value(today + 30 * DAY_MS));
    let type_options: Vec<(String, String)> = ActivityType::ALL
        .iter()
        .map(|t| (t.as_str().to_string(), t.label().to_string()))
        .collect();
    let type_initial = echoed("activity_type").unwrap_or_else(|| "event".into());
    let cancel = edit_id
        .map(|id| format!("/mdf/{id}"))
        .unwrap_or_else(|| "/mdf".into());
    view! {
        {reason.map(|r| view! { <div class="alert alert-info"><span><strong>"Your channel manager asked: "</strong>{r}</span></div> })}
        <div class="split split-wide">
            <section class="card form-card">
                <FormError error=error />
                <ActionForm action=submit attr:class="stack mdf-form" attr:novalidate=true attr:id="mdf-form">
                    <div class="stack" on:input=move |_| tick() on:keydown=move |_| tick() on:click=move |_| tick()>
                        <input type="hidden" name="served_at" value=served_at />
                        <input type="hidden" name="served_sig" value=served_sig />
                        <input type="hidden" name="elapsed_ms" prop:value=move || elapsed.get() />
                        {edit_id.map(|id| view! { <input type="hidden" name="request_id" value=id /> })}
                        <fieldset class="form-section">
                            <legend>"Activity"</legend>
                            <div class="row-2">
                                <SelectField label="Kind of activity *" name="activity_type" options=type_options initial=type_initial error=error />
                                <Field label="Title *" name="title" initial=init("title") error=error required=true autofocus=true hint="Like “Cloud security breakfast, Munich”." />
                            </div>
                            <div class="row-2">
                                <Field label="First day *" name="starts_on" kind="date" initial=start_default error=error required=true />
                                <Field label="Last day *" name="ends_on" kind="date" initial=end_default error=error required=true />
                            </div>
                            <TextArea label="What you will do" name="description" initial=init("description") error=error hint="Audience, channels, the vendor products featured." />
                        </fieldset>
                        <fieldset class="form-section">
                            <legend>{format!("Money ({currency})")}</legend>
                            <div class="row-3">
                                <div on:input=move |ev| set_cost.set(event_target_value(&ev))>
                                    <Field label="Total cost *" name="total_cost" initial=init("total_cost") error=error required=true />
                                </div>
                                <div on:input=move |ev| set_requested.set(event_target_value(&ev))>
                                    <Field label="Amount requested *" name="requested" initial=init("requested") error=error required=true />
                                </div>
                                <div on:input=move |ev| set_contribution.set(event_target_value(&ev))>
                                    <Field label="Your contribution" name="contribution" initial=init("contribution") error=error hint="Optional" />
                                </div>
                            </div>
                            <p class=move || format!("amount-check alert alert-{}", live.get().1) aria-live="polite">{move || live.get().0}</p>
                        </fieldset>
                        <fieldset class="form-section">
                            <legend>"Expected results"</legend>
                            <div class="row-2">
                                <Field label="Leads" name="expected_leads" initial=init("expected_leads") error=error hint="Optional" />
                                <Field label="Pipeline" name="expected_pipeline" initial=init("expected_pipeline") error=error hint="Optional, in the same currency" />
                            </div>
                        </fieldset>
                        <div class="form-actions">
                            <button class="btn btn-primary btn-lg" type="submit" disabled=move || submit.pending().get()>
                                {move || if submit.pending().get() { "Sending…" } else if edit_id.is_some() { "Save and submit again" } else { "Submit request" }}
                            </button>
                            <a class="btn btn-ghost" href=cancel>"Cancel"</a>
                        </div>
                    </div>
                </ActionForm>
            </section>
            <aside class="stack">
                <FundCardView card=fund.clone() link=false />
                <section class="card">
                    <h2 class="card-title">"What happens next"</h2>
                    <p class="muted">"Your channel manager approves the request (in full or in part) and the amount is set aside for you."</p>
                    <p class="muted">{format!("After the activity, file a claim with proof (invoices, photos, lead lists) within {} days of its last day.", form.claim_days)}</p>
                </section>
            </aside>
        </div>
    }
}

// ---------------------------------------------------------------------------
// One request

#[component]
pub fn MdfRequestPage() -> impl IntoView {
    view! {
        <Page title="MDF request">
            <RequestBody />
        </Page>
    }
}

#[derive(Clone, Copy)]
struct Acts {
    decide: ServerAction<MdfDecide>,
    cancel: ServerAction<MdfCancel>,
    claim: ServerAction<MdfClaim>,
    review: ServerAction<MdfReviewClaim>,
    reimburse: ServerAction<MdfReimburse>,
    remove: ServerAction<MdfFileRemove>,
}

#[component]
fn RequestBody() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let acts = Acts {
        decide: ServerAction::new(),
        cancel: ServerAction::new(),
        claim: ServerAction::new(),
        review: ServerAction::new(),
        reimburse: ServerAction::new(),
        remove: ServerAction::new(),
    };
    let request = Resource::new(
        move || {
            (
                id(),
                acts.decide.version().get(),
                acts.cancel.version().get(),
                acts.claim.version().get(),
                acts.review.version().get(),
                acts.reimburse.version().get(),
                acts.remove.version().get(),
            )
        },
        |(id, ..)| mdf_get(id),
    );
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match request.await {
                    Ok(d) => view! { <RequestView d=d acts=acts /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

fn event_title(e: &MdfEvent) -> String {
    match (e.kind.as_str(), e.to_status) {
        ("submitted", _) => "Requested".into(),
        ("file_added", _) => "Proof added".into(),
        ("file_removed", _) => "Proof removed".into(),
        ("escalated", _) => "Escalated to vendor admins".into(),
        (_, Some(MdfStatus::Claimed)) => "Claim filed".into(),
        (_, Some(s)) => s.label().to_string(),
        (k, None) => k.replace('_', " "),
    }
}

fn human_size(bytes: i64) -> String {
    if bytes >= 1024 * 1024 {
        format!("{:.1} MB", bytes as f64 / 1024.0 / 1024.0)
    } else {
        format!("{} KB", (bytes + 1023) / 1024)
    }
}

#[component]
fn RequestView(d: MdfDetail, acts: Acts) -> impl IntoView {
    let staff = use_viewer().is_some_and(|v| v.role.is_vendor_staff());
    let c = d.currency.clone();
    let money = {
        let c = c.clone();
        move |v: i64| format_money(v, &c)
    };
    let errors = [
        action_error(acts.decide.value()),
        action_error(acts.cancel.value()),
        action_error(acts.claim.value()),
        action_error(acts.review.value()),
        action_error(acts.reimburse.value()),
        action_error(acts.remove.value()),
    ];
    let any_error = Signal::derive(move || errors.iter().find_map(|e| e.get()));
    // Reactive: an action on this page navigates to it again with a new
    // query string, which does not remount it with JavaScript.
    let request_ms = d.request_ms;
    let q = use_query_map();
    let notice = move || {
        let q = q.read();
        if q.get("submitted").is_some() {
            Some(match request_ms {
                Some(ms) => format!(
                    "Request sent in {}. Your channel manager has been notified.",
                    format_duration(ms)
                ),
                None => "Request sent. Your channel manager has been notified.".to_string(),
            })
        } else if q.get("claimed").is_some() {
            Some("Claim filed. The vendor team reviews it.".to_string())
        } else {
            q.get("uploaded")
                .and_then(|n| n.parse::<i64>().ok())
                .filter(|n| *n > 0)
                .map(|n| format!("{n} file(s) added to the claim."))
        }
    };
    let upload_error = query("upload_error");
    let sla = d
        .sla_due_at
        .filter(|_| matches!(d.status, MdfStatus::Submitted | MdfStatus::Claimed))
        .map(|due| sla_text(due, d.now));
    let claim_due = d.claim_due_at.filter(|_| d.status.claim_open()).map(|due| {
        let days = ((due - d.now) as f64 / DAY_MS as f64).ceil() as i64;
        if days >= 0 {
            (
                format!("Claim due by {} ({} days left)", format_date(due - 1), days),
                if days <= 14 { "warning" } else { "info" },
            )
        } else {
            (
                format!("The claim deadline passed on {}.", format_date(due - 1)),
                "danger",
            )
        }
    });
    let title = format!("{} · MDF #{}", d.title, d.id);
    view! {
        <leptos_meta::Title text=title />
        {move || notice().map(|t| view! { <Notice text=t /> })}
        {upload_error.map(|t| view! { <div class="alert alert-danger" role="alert"><span>{t}</span></div> })}
        <div class="page-head">
            <div>
                <p class="eyebrow"><a href="/mdf">"Marketing funds"</a>" / #"{d.id}</p>
                <h1>{d.title.clone()}</h1>
                <p class="muted">{format!("{} · {} – {} · requested by {} of {}", d.activity_type.label(), format_date(d.starts_on), format_date(d.ends_on), d.owner_name, d.company_name)}</p>
            </div>
            <div class="head-badges">
                {d.actions.edit.then(|| view! { <a class="btn btn-secondary btn-sm" href=format!("/mdf/{}/edit", d.id)>"Change and resubmit"</a> })}
                <Badge text=d.status.label() tone=status_tone(d.status) />
            </div>
        </div>
        <FormError error=any_error />
        {sla.map(|(text, tone)| view! { <div class=format!("alert alert-{tone} sla-clock")><span>{text}</span></div> })}
        {claim_due.map(|(text, tone)| view! { <div class=format!("alert alert-{tone}")><span>{text}</span></div> })}
        {(!d.decision_reason.is_empty()).then(|| view! {
            <div class="alert alert-info"><span><strong>"Vendor note: "</strong>{d.decision_reason.clone()}</span></div>
        })}
        {(!d.claim_reason.is_empty()).then(|| view! {
            <div class="alert alert-info"><span><strong>"On the claim: "</strong>{d.claim_reason.clone()}</span></div>
        })}
        <div class="split split-wide">
            <div class="stack">
                <section class="card">
                    <h2 class="card-title">"Request"</h2>
                    <dl class="facts facts-2">
                        <dt>"Total cost"</dt><dd>{money(d.total_cost_cents)}</dd>
                        <dt>"Requested"</dt><dd>{money(d.requested_cents)}</dd>
                        {(d.contribution_cents > 0).then(|| view! { <dt>"Partner contribution"</dt><dd>{money(d.contribution_cents)}</dd> })}
                        <dt>"Reimbursed up to"</dt><dd>{format!("{} % of the cost", d.max_percent)}</dd>
                        <dt>"Expected"</dt><dd>{if d.expected_pipeline_cents > 0 { format!("{} leads · {} pipeline", d.expected_leads, money(d.expected_pipeline_cents)) } else { format!("{} leads", d.expected_leads) }}</dd>
                        <dt>"Funds"</dt><dd>{d.period.clone()}</dd>
                        <dt>"Submitted"</dt><dd>{format_datetime(d.submitted_at)}</dd>
                        {d.request_ms.map(|ms| view! { <dt>"Time to request"</dt><dd>{format_duration(ms)}</dd> })}
                        {d.approved_cents.map(|a| view! { <dt>"Approved"</dt><dd>{money(a)}</dd> })}
                    </dl>
                    {(!d.description.is_empty()).then(|| view! { <h3 class="sub-title">"Plan"</h3><p class="notes">{d.description.clone()}</p> })}
                </section>
                {d.claim_submitted_at.map(|at| view! {
                    <section class="card">
                        <h2 class="card-title">"Claim"</h2>
                        <dl class="facts facts-2">
                            <dt>"Filed"</dt><dd>{format_datetime(at)}</dd>
                            <dt>"Actual cost"</dt><dd>{d.actual_cost_cents.map(&money).unwrap_or_default()}</dd>
                            <dt>"Claimed"</dt><dd>{d.claimed_cents.map(&money).unwrap_or_default()}</dd>
                            <dt>"Leads"</dt><dd>{d.actual_leads.unwrap_or(0)}</dd>
                            {d.claim_approved_cents.map(|a| view! { <dt>"Approved for payment"</dt><dd>{money(a)}</dd> })}
                            {d.paid_on.map(|p| view! { <dt>"Paid"</dt><dd>{format!("{} · ref. {}", format_date(p), d.payment_reference)}</dd> })}
                        </dl>
                        {(!d.claim_notes.is_empty()).then(|| view! { <p class="notes">{d.claim_notes.clone()}</p> })}
                    </section>
                })}
                <ProofCard d=d.clone() acts=acts />
                {(!d.deals.is_empty()).then(|| view! {
                    <section class="card">
                        <h2 class="card-title">"Deals from this activity"</h2>
                        <ul class="plain-list">
                            {d.deals.iter().map(|x| view! {
                                <li><a href=format!("/deals/{}", x.id)>{x.customer_name.clone()}</a>
                                    <span class="muted small">{format!(" · {} · {}", x.status, format_money(x.value_cents, &x.currency))}</span></li>
                            }).collect_view()}
                        </ul>
                    </section>
                })}
                <section class="card">
                    <h2 class="card-title">"History"</h2>
                    <ol class="timeline">
                        {d.events.iter().map(|e| view! {
                            <li>
                                <div class="timeline-head">
                                    <strong>{event_title(e)}{e.amount_cents.map(|a| format!(" · {}", format_money(a, &d.currency)))}</strong>
                                    <span class="muted small">{format!("{} · {}", e.actor_name, format_datetime(e.at))}</span>
                                </div>
                                {(!e.note.is_empty()).then(|| view! { <p class="muted">{e.note.clone()}</p> })}
                            </li>
                        }).collect_view()}
                    </ol>
                </section>
            </div>
            <aside class="stack">
                {staff.then(|| view! { <FundMini balance=d.fund currency=d.currency.clone() company=d.company_name.clone() /> })}
                <RequestActions d=d.clone() acts=acts />
            </aside>
        </div>
    }
}

#[component]
fn FundMini(balance: Balance, currency: String, company: String) -> impl IntoView {
    let m = |v: i64| format_money(v, &currency);
    view! {
        <section class="card">
            <h2 class="card-title">{format!("{company}: funds")}</h2>
            <dl class="facts facts-money">
                <dt>"Allocated"</dt><dd>{m(balance.allocated)}</dd>
                <dt>"Available"</dt><dd>{m(balance.available)}</dd>
                <dt>"Committed"</dt><dd>{m(balance.committed)}</dd>
                <dt>"Claimed"</dt><dd>{m(balance.claimed)}</dd>
                <dt>"Paid"</dt><dd>{m(balance.paid)}</dd>
            </dl>
        </section>
    }
}

#[component]
fn ProofCard(d: MdfDetail, acts: Acts) -> impl IntoView {
    let can_change = d.actions.claim;
    if d.files.is_empty() && !can_change {
        return ().into_any();
    }
    view! {
        <section class="card" id="proof">
            <h2 class="card-title">"Proof of performance"</h2>
            {if d.files.is_empty() {
                view! { <p class="muted">"No files yet. Attach invoices, photos, or the attendee or lead list."</p> }.into_any()
            } else {
                view! {
                    <ul class="file-list">
                        {d.files.clone().into_iter().map(|f| {
                            let (fid, fname) = (f.id, f.file_name.clone());
                            view! {
                                <li>
                                    <a href=format!("/api/mdf/files/download?id={}", f.id) rel="noopener">{f.file_name.clone()}</a>
                                    <span class="muted small">{format!(" · {} · {} · {}", f.kind.to_uppercase(), human_size(f.size_bytes), f.uploaded_by)}</span>
                                    {can_change.then(move || view! {
                                        <ActionForm action=acts.remove attr:class="inline-form">
                                            <input type="hidden" name="id" value=fid />
                                            <button class="btn btn-ghost btn-sm" type="submit" aria-label=format!("Remove {fname}")>"Remove"</button>
                                        </ActionForm>
                                    })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            {can_change.then(|| view! {
                // A plain multipart form: works the same with or without JavaScript.
                <form class="stack upload-form" method="post" action="/api/mdf/files/upload" enctype="multipart/form-data">
                    <input type="hidden" name="request_id" value=d.id />
                    <div class="field">
                        <label for="f-file">"Add files"</label>
                        <input id="f-file" type="file" name="file" multiple=true accept=".pdf,.png,.jpg,.jpeg,.csv,.xlsx" required=true aria-describedby="f-file-hint" />
                        <p class="field-hint" id="f-file-hint">"PDF, PNG, JPEG, CSV or XLSX, up to 10 MB each; up to 3 per upload."</p>
                    </div>
                    <button class="btn btn-secondary" type="submit">"Upload"</button>
                </form>
            })}
        </section>
    }
    .into_any()
}

#[component]
fn RequestActions(d: MdfDetail, acts: Acts) -> impl IntoView {
    let a = d.actions.clone();
    let id = d.id;
    let c = d.currency.clone();
    let decide_error = action_error(acts.decide.value());
    let claim_error = action_error(acts.claim.value());
    let review_error = action_error(acts.review.value());
    let pay_error = action_error(acts.reimburse.value());
    let cap = rules::claim_cap(
        d.approved_cents.unwrap_or(0),
        d.actual_cost_cents.unwrap_or(0),
        d.max_percent,
    );
    let nothing = !(a.decide || a.edit || a.cancel || a.claim || a.review_claim || a.reimburse);
    let amount_text = money_input;
    let linked: Vec<i64> = d.deals.iter().map(|x| x.id).collect();
    let claim_files_error = move || claim_error.get().and_then(|e| e.field("files"));
    view! {
        {a.decide.then(|| view! {
            <section class="card">
                <h2 class="card-title">"Decision"</h2>
                <p class="muted small">{format!("Available in this partner's funds: {}", format_money(d.fund.available, &c))}</p>
                <ActionForm action=acts.decide attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <Field label="Amount to approve" name="amount" initial=amount_text(d.requested_cents) error=decide_error hint="Lower it to approve in part (say why below)." />
                    <TextArea label="Comment or reason" name="reason" error=decide_error maxlength=1000 />
                    <div class="btn-row">
                        <button class="btn btn-primary" type="submit" name="decision" value="approve">"Approve"</button>
                        <button class="btn btn-secondary" type="submit" name="decision" value="return">"Return for changes"</button>
                        <button class="btn btn-danger" type="submit" name="decision" value="decline">"Decline"</button>
                    </div>
                </ActionForm>
            </section>
        })}
        {a.claim.then(|| view! {
            <section class="card" id="claim">
                <h2 class="card-title">"File the claim"</h2>
                <p class="muted small">{format!("Approved: {}. Reimbursed: up to {} % of the actual cost.", d.approved_cents.map(|v| format_money(v, &c)).unwrap_or_default(), d.max_percent)}</p>
                <ActionForm action=acts.claim attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <Field label="Actual cost *" name="actual_cost" initial=d.actual_cost_cents.map(amount_text).unwrap_or_default() error=claim_error required=true />
                    <Field label="Leads generated" name="actual_leads" initial=d.actual_leads.map(|l| l.to_string()).unwrap_or_default() error=claim_error />
                    {(!d.deal_options.is_empty()).then(|| view! {
                        <fieldset class="form-section">
                            <legend>"Deals this activity produced"</legend>
                            <div class="checks">
                                {d.deal_options.iter().enumerate().map(|(i, x)| view! {
                                    <label class="check">
                                        <input type="checkbox" name=format!("deals[{i}]") value=x.id checked=linked.contains(&x.id) />
                                        <span>{x.customer_name.clone()}</span>
                                        <span class="muted small">{format_money(x.value_cents, &x.currency)}</span>
                                    </label>
                                }).collect_view()}
                            </div>
                        </fieldset>
                    })}
                    <TextArea label="Notes" name="claim_notes" initial=d.claim_notes.clone() error=claim_error />
                    <p class="field-error" role="alert" hidden=move || claim_files_error().is_none()>{claim_files_error}</p>
                    <button class="btn btn-primary" type="submit">{if d.status == MdfStatus::ChangesRequested { "Submit the claim again" } else { "Submit claim" }}</button>
                </ActionForm>
            </section>
        })}
        {a.review_claim.then(|| view! {
            <section class="card">
                <h2 class="card-title">"Review the claim"</h2>
                <p class="muted small">{format!("At most {}: the approved request and {} % of the actual cost.", format_money(cap, &c), d.max_percent)}</p>
                <ActionForm action=acts.review attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <Field label="Amount to pay" name="amount" initial=amount_text(d.claimed_cents.unwrap_or(cap).min(cap)) error=review_error />
                    <TextArea label="Comment or reason" name="reason" error=review_error maxlength=1000 />
                    <div class="btn-row">
                        <button class="btn btn-primary" type="submit" name="decision" value="approve">"Approve claim"</button>
                        <button class="btn btn-secondary" type="submit" name="decision" value="changes">"Request changes"</button>
                        <button class="btn btn-danger" type="submit" name="decision" value="reject">"Reject"</button>
                    </div>
                </ActionForm>
            </section>
        })}
        {a.reimburse.then(|| view! {
            <section class="card">
                <h2 class="card-title">"Record the payment"</h2>
                <ActionForm action=acts.reimburse attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <Field label="Payment reference *" name="payment_reference" error=pay_error required=true />
                    <Field label="Paid on" name="paid_on" kind="date" initial=date_input_value(d.now - d.now.rem_euclid(DAY_MS)) error=pay_error />
                    <button class="btn btn-primary" type="submit">{format!("Mark {} paid", d.claim_approved_cents.map(|v| format_money(v, &c)).unwrap_or_default())}</button>
                </ActionForm>
            </section>
        })}
        {a.cancel.then(|| view! {
            <section class="card">
                <ActionForm action=acts.cancel>
                    <input type="hidden" name="id" value=id />
                    <button class="btn btn-ghost btn-block" type="submit">{if d.status == MdfStatus::Approved { "Cancel the activity (funds go back)" } else { "Cancel this request" }}</button>
                </ActionForm>
            </section>
        })}
        {nothing.then(|| view! {
            <section class="card"><p class="muted">{d.status.next_step()}</p></section>
        })}
    }
}

// ---------------------------------------------------------------------------
// Vendor queues

#[component]
pub fn MdfQueuePage() -> impl IntoView {
    // Outside `Page`, so the queues load once per request (see HomePage).
    let queue = Resource::new(|| (), |_| load_mdf_queue());
    view! {
        <Page title="MDF queues" roles=STAFF>
            <QueueBody queue=queue />
        </Page>
    }
}

#[component]
fn QueueBody(queue: Resource<Result<MdfQueue, AppError>>) -> impl IntoView {
    view! {
        <div class="page-head">
            <div>
                <h1>"MDF queues"</h1>
                <p class="muted">"Requests to approve, claims to review and payments to record, oldest first."</p>
            </div>
            <div class="head-badges"><a class="btn btn-secondary" href="/mdf/budgets">"Budgets"</a></div>
        </div>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match queue.await {
                    Ok(q) => view! {
                        <QueueTable title="Requests awaiting approval" items=q.requests.clone() now=q.now amount="Requested" empty="No requests are waiting." />
                        <QueueTable title="Claims to review" items=q.claims.clone() now=q.now amount="Claimed" empty="No claims are waiting." />
                        <QueueTable title="Approved claims to pay" items=q.payments.clone() now=q.now amount="To pay" empty="Nothing waits for payment." />
                    }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn QueueTable(
    title: &'static str,
    items: Vec<MdfQueueItem>,
    now: i64,
    amount: &'static str,
    empty: &'static str,
) -> impl IntoView {
    view! {
        <section class="card">
            <h2 class="card-title">{format!("{title} ({})", items.len())}</h2>
            {if items.is_empty() {
                view! { <p class="muted">{empty}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table class="table">
                            <thead><tr>
                                <th scope="col">"Activity"</th>
                                <th scope="col">"Partner"</th>
                                <th scope="col" class="num">{amount}</th>
                                <th scope="col">"Waiting since"</th>
                                <th scope="col">"Clock"</th>
                            </tr></thead>
                            <tbody>
                                {items.into_iter().map(|i| {
                                    let clock = i.sla_due_at.map(|due| sla_text(due, now));
                                    view! {
                                        <tr>
                                            <td><a href=format!("/mdf/{}", i.id)>{i.title.clone()}</a><div class="muted small">{i.activity_type.label()}</div></td>
                                            <td>{i.company_name.clone()}</td>
                                            <td class="num">{format_money(i.amount_cents, &i.currency)}</td>
                                            <td>{format_datetime(i.since)}</td>
                                            <td>{match clock {
                                                Some((text, tone)) => view! { <Badge text=text tone=tone /> }.into_any(),
                                                None => view! { <span class="muted">"—"</span> }.into_any(),
                                            }}</td>
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

// ---------------------------------------------------------------------------
// Budgets, allocation, rules, ROI

#[component]
pub fn MdfBudgetsPage() -> impl IntoView {
    view! {
        <Page title="MDF budgets" roles=STAFF>
            <BudgetsBody />
        </Page>
    }
}

#[component]
fn BudgetsBody() -> impl IntoView {
    let admin = use_viewer().is_some_and(|v| v.role == Role::VendorAdmin);
    let q = use_query_map();
    let period = move || q.read().get("period").filter(|p| !p.is_empty());
    let page = move || q.read().get("page").and_then(|p| p.parse::<i64>().ok());
    let overview = Resource::new(move || (period(), page()), |(p, page)| mdf_budgets(p, page));
    let roi = Resource::new(period, |p| async move {
        // The ROI follows the overview's period (the current one by default).
        let period = match p {
            Some(p) => p,
            None => mdf_budgets(None, None).await?.period,
        };
        mdf_roi(period).await
    });
    view! {
        <div class="page-head">
            <div>
                <h1>"MDF budgets"</h1>
                <p class="muted">"Allocated, committed, claimed, paid and available funds per period, region and partner; and what the activities brought."</p>
            </div>
            <div class="head-badges"><a class="btn btn-secondary" href="/mdf/queue">"Queues"</a></div>
        </div>
        {move || q.read().get("allocated").map(|_| view! { <Notice text="Funds allocated. The partner's admins were notified." /> })}
        {move || q.read().get("applied").map(|n| view! { <Notice text=format!("{n} allocations applied from the upload.") /> })}
        {move || q.read().get("saved").map(|_| view! { <Notice text="MDF rules saved." /> })}
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(o) => view! { <Overview o=o /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Suspense>
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match roi.await {
                    Ok(r) => view! { <RoiView r=r /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Suspense>
        {admin.then(|| view! { <AdminConsole /> })}
    }
}

#[component]
fn BudgetTable(rows: Vec<BudgetRow>, first: &'static str) -> impl IntoView {
    // Focusable so keyboard users can scroll a wide table on a phone.
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=format!("Funds by {}", first.to_lowercase())>
            <table class="table budget-table">
                <thead><tr>
                    <th scope="col">{first}</th>
                    <th scope="col" class="num">"Allocated"</th>
                    <th scope="col" class="num">"Committed"</th>
                    <th scope="col" class="num">"Claimed"</th>
                    <th scope="col" class="num">"Paid"</th>
                    <th scope="col" class="num">"Available"</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| {
                        let m = |v: i64| format_money(v, &r.currency);
                        view! {
                            <tr>
                                <th scope="row">{r.label.clone()}</th>
                                <td class="num">{m(r.balance.allocated)}</td>
                                <td class="num">{m(r.balance.committed)}</td>
                                <td class="num">{m(r.balance.claimed)}</td>
                                <td class="num">{m(r.balance.paid)}</td>
                                <td class="num">{m(r.balance.available)}{(r.balance.expired > 0).then(|| view! { <div class="muted small">{format!("{} expired", m(r.balance.expired))}</div> })}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn Overview(o: BudgetOverview) -> impl IntoView {
    let pages = o.companies.pages();
    let base = format!("/mdf/budgets?period={}", o.period);
    view! {
        <nav class="tabs" aria-label="Period">
            {o.periods.iter().map(|p| {
                let current = *p == o.period;
                view! { <a href=format!("/mdf/budgets?period={p}") class:active=current aria-current=current.then_some("page")>{p.clone()}</a> }
            }).collect_view()}
        </nav>
        {if o.totals.is_empty() {
            view! { <EmptyState title="No funds in this period" text=format!("Nothing is allocated for {} yet.", o.period) /> }.into_any()
        } else {
            view! {
                <div class="grid grid-4 stats-compact">
                    {o.totals.iter().flat_map(|t| {
                        let c = t.currency.clone();
                        [("Allocated", t.balance.allocated), ("Committed", t.balance.committed + t.balance.claimed), ("Paid", t.balance.paid), ("Available", t.balance.available)]
                            .into_iter()
                            .map(move |(label, v)| view! {
                                <div class="stat card"><span class="stat-label">{format!("{label} · {}", c)}</span><span class="stat-value">{format_money(v, &c)}</span></div>
                            })
                    }).collect_view()}
                </div>
                <section class="card">
                    <h2 class="card-title">{format!("By region · {}", o.period)}</h2>
                    <BudgetTable rows=o.regions.clone() first="Region" />
                </section>
                <section class="card">
                    <h2 class="card-title">{format!("By partner · {}", o.period)}</h2>
                    <BudgetTable rows=o.companies.items.clone() first="Partner" />
                    <Pager page=o.companies.page pages=pages total=o.companies.total base=base.clone() />
                </section>
            }.into_any()
        }}
    }
}

fn ratio(won: i64, spent: i64) -> String {
    if spent <= 0 {
        "—".into()
    } else {
        format!("{:.1}×", won as f64 / spent as f64)
    }
}

#[component]
fn RoiView(r: RoiReport) -> impl IntoView {
    let table = |rows: Vec<RoiRow>, first: &'static str| {
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=format!("Return on MDF by {}", first.to_lowercase())>
                <table class="table">
                    <thead><tr>
                        <th scope="col">{first}</th>
                        <th scope="col" class="num">"Activities"</th>
                        <th scope="col" class="num">"MDF spent"</th>
                        <th scope="col" class="num">"Leads"</th>
                        <th scope="col" class="num">"Deals"</th>
                        <th scope="col" class="num">"Pipeline"</th>
                        <th scope="col" class="num">"Won"</th>
                        <th scope="col" class="num">"Pipeline per MDF"</th>
                        <th scope="col" class="num">"Won per MDF"</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|x| view! {
                            <tr>
                                <th scope="row">{x.label.clone()}<div class="muted small">{x.currency.clone()}</div></th>
                                <td class="num">{x.activities}</td>
                                <td class="num">{format_money(x.spent_cents, &x.currency)}</td>
                                <td class="num">{x.leads}</td>
                                <td class="num">{x.deals}</td>
                                <td class="num">{format_money(x.pipeline_cents, &x.currency)}</td>
                                <td class="num">{format_money(x.won_cents, &x.currency)}</td>
                                <td class="num">{ratio(x.pipeline_cents, x.spent_cents)}</td>
                                <td class="num">{ratio(x.won_cents, x.spent_cents)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    };
    view! {
        <section class="card">
            <h2 class="card-title">"Return on MDF"</h2>
            {if r.by_company.is_empty() {
                view! { <p class="muted">"No approved claims in this period yet. ROI appears once claims are approved and linked to deals."</p> }.into_any()
            } else {
                view! {
                    <p class="muted small">"Approved claims against the deals partners linked to them (same currency only). Pipeline: open registrations at their estimated value; won: final values."</p>
                    <h3 class="sub-title">"By activity"</h3>
                    {table(r.by_activity.clone(), "Activity")}
                    <h3 class="sub-title">"By partner"</h3>
                    {table(r.by_company.clone(), "Partner")}
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn AdminConsole() -> impl IntoView {
    let q = use_query_map();
    let batch = move || q.read().get("batch").and_then(|b| b.parse::<i64>().ok());
    let apply = ServerAction::<MdfApplyAllocations>::new();
    let info = Resource::new(
        move || (batch(), apply.version().get()),
        |(batch, _)| load_mdf_admin(batch),
    );
    view! {
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match info.await {
                    Ok(i) => view! { <AdminForms info=i apply=apply /> }.into_any(),
                    Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn AdminForms(info: MdfAdminInfo, apply: ServerAction<MdfApplyAllocations>) -> impl IntoView {
    let allocate = ServerAction::<MdfAllocate>::new();
    let stage = ServerAction::<MdfStageAllocations>::new();
    let save = ServerAction::<MdfSaveSettings>::new();
    let alloc_error = action_error(allocate.value());
    let stage_error = action_error(stage.value());
    let apply_error = action_error(apply.value());
    let save_error = action_error(save.value());
    let upload_error = query("upload_error");
    let s = info.settings.clone();
    let companies: Vec<(String, String)> = info
        .companies
        .iter()
        .map(|c| (c.id.to_string(), c.name.clone()))
        .collect();
    let currencies: Vec<(String, String)> = CURRENCIES
        .iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect();
    let periods = vec![
        ("quarter".to_string(), "Quarter".to_string()),
        ("year".to_string(), "Year".to_string()),
    ];
    let preview = info.preview.clone();
    let csv_initial = preview
        .as_ref()
        .filter(|p| !p.applied)
        .map(|p| p.body.clone())
        .unwrap_or_default();
    view! {
        <div class="grid grid-2" id="allocate">
            <section class="card">
                <h2 class="card-title">"Allocate funds"</h2>
                <FormError error=alloc_error />
                <ActionForm action=allocate attr:class="stack">
                    <SelectField label="Partner company" name="company_id" options=companies error=alloc_error />
                    <div class="row-3">
                        <Field label="Period *" name="period" initial=info.current_period.clone() error=alloc_error hint="2026-Q4 or 2026" />
                        <Field label="Amount *" name="amount" error=alloc_error hint="Negative to reduce" />
                        <SelectField label="Currency" name="currency" options=currencies error=alloc_error initial="USD" />
                    </div>
                    <Field label="Note" name="note" error=alloc_error />
                    <button class="btn btn-primary" type="submit">"Allocate"</button>
                </ActionForm>
            </section>
            <section class="card">
                <h2 class="card-title">"Upload allocations (CSV)"</h2>
                <p class="muted small">"Columns: company (name or id), period, amount, currency, note. You see a preview first; nothing is applied until every line is valid."</p>
                {upload_error.map(|t| view! { <div class="alert alert-danger" role="alert"><span>{t}</span></div> })}
                <form class="stack" method="post" action="/api/admin/mdf/allocations/upload" enctype="multipart/form-data">
                    <div class="field">
                        <label for="f-csv-file">"CSV file"</label>
                        <input id="f-csv-file" type="file" name="file" accept=".csv,text/csv" required=true />
                    </div>
                    <button class="btn btn-secondary" type="submit">"Upload and preview"</button>
                </form>
                <FormError error=stage_error />
                <ActionForm action=stage attr:class="stack">
                    <TextArea label="…or paste the lines" name="csv" initial=csv_initial error=stage_error maxlength=60000 />
                    <button class="btn btn-secondary" type="submit">"Preview"</button>
                </ActionForm>
            </section>
        </div>
        {preview.map(|p| view! { <PreviewView p=p apply=apply error=apply_error /> })}
        <section class="card" id="rules">
            <h2 class="card-title">"MDF rules"</h2>
            <FormError error=save_error />
            <ActionForm action=save attr:class="stack">
                <div class="row-3">
                    <SelectField label="Funds are allocated per" name="period_kind" options=periods initial=s.period_kind.clone() error=save_error />
                    <Field label="Claim deadline (days after the activity)" name="claim_days" initial=s.claim_days.to_string() error=save_error />
                    <Field label="Maximum reimbursement %" name="max_percent" initial=s.max_percent.to_string() error=save_error hint="100, or e.g. 50 for co-op" />
                </div>
                <div class="row-2">
                    <Field label="Decision time (hours)" name="sla_hours" initial=s.sla_hours.to_string() error=save_error />
                    <label class="check">
                        <input type="checkbox" name="expire_funds" value="1" checked=s.expire_funds />
                        <span>"Unused funds expire at the end of their period"</span>
                    </label>
                </div>
                <button class="btn btn-primary" type="submit">"Save rules"</button>
            </ActionForm>
        </section>
    }
}

#[component]
fn PreviewView(
    p: AllocationPreview,
    apply: ServerAction<MdfApplyAllocations>,
    #[prop(into)] error: Signal<Option<crate::shared::AppError>>,
) -> impl IntoView {
    let valid = p.valid();
    let n = p.rows.len();
    let bad = p.rows.iter().filter(|r| !r.errors.is_empty()).count();
    let mut totals: Vec<(String, i64)> = Vec::new();
    for r in &p.rows {
        match totals.iter_mut().find(|(c, _)| *c == r.currency) {
            Some((_, v)) => *v += r.amount_cents,
            None => totals.push((r.currency.clone(), r.amount_cents)),
        }
    }
    let total_text = totals
        .iter()
        .map(|(c, v)| format_money(*v, c))
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <section class="card preview-card">
            <h2 class="card-title">{format!("Preview: {}", p.file_name)}</h2>
            <FormError error=error />
            {p.error.clone().map(|e| view! { <div class="alert alert-danger" role="alert"><span>{e}</span></div> })}
            {if p.applied {
                view! { <div class="alert alert-success"><span>"This upload was applied."</span></div> }.into_any()
            } else if valid {
                view! {
                    <div class="alert alert-success"><span>{format!("All {n} lines are valid: {total_text}.")}</span></div>
                    <ActionForm action=apply>
                        <input type="hidden" name="batch_id" value=p.batch_id />
                        <button class="btn btn-primary" type="submit">{format!("Apply {n} allocations")}</button>
                    </ActionForm>
                }.into_any()
            } else if p.error.is_none() {
                view! { <div class="alert alert-warning"><span>{format!("{bad} of {n} lines have errors. Nothing was applied: correct the file and upload it again.")}</span></div> }.into_any()
            } else {
                ().into_any()
            }}
            {(!p.rows.is_empty()).then(|| view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label="Lines of the upload">
                    <table class="table">
                        <thead><tr>
                            <th scope="col" class="num">"Line"</th>
                            <th scope="col">"Company"</th>
                            <th scope="col">"Period"</th>
                            <th scope="col" class="num">"Amount"</th>
                            <th scope="col">"Problems"</th>
                        </tr></thead>
                        <tbody>
                            {p.rows.iter().map(|r| view! {
                                <tr class:row-error=!r.errors.is_empty()>
                                    <td class="num">{r.line}</td>
                                    <td>{r.company.clone()}</td>
                                    <td>{r.period.clone()}</td>
                                    <td class="num">{format_money(r.amount_cents, &r.currency)}</td>
                                    <td>{if r.errors.is_empty() { "OK".to_string() } else { r.errors.join(" ") }}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
        </section>
    }
}
