//! One request: details, history, the fund it draws on, proof of performance
//! and the actions the viewer may take.

use super::*;

#[component]
pub fn MdfRequestPage() -> impl IntoView {
    view! {
        <Page title=t!("mdf-request-page-title")>
            <RequestBody />
        </Page>
    }
}

crate::ui::page_actions! {
    /// What the viewer may do to a request and its claim.
    pub struct Acts {
        decide: MdfDecide,
        cancel: MdfCancel,
        claim: MdfClaim,
        review: MdfReviewClaim,
        reimburse: MdfReimburse,
        remove: MdfFileRemove,
    }
}

#[component]
pub(super) fn RequestBody() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let acts = Acts::default();
    let request = Resource::new(move || (id(), acts.done()), |(id, _)| mdf_get(id));
    view! {
        <Loaded resource=request let:d>
            <RequestView d=d acts=acts />
        </Loaded>
    }
}

pub(super) fn event_title(e: &MdfEvent) -> String {
    match (e.kind.as_str(), e.to_status) {
        ("submitted", _) => t!("mdf-event-requested"),
        ("file_added", _) => t!("mdf-event-proof-added"),
        ("file_removed", _) => t!("mdf-event-proof-removed"),
        ("escalated", _) => t!("mdf-event-escalated"),
        (_, Some(MdfStatus::Claimed)) => t!("mdf-event-claim-filed"),
        (_, Some(s)) => s.label(),
        // An unknown kind of line: its stored name.
        (k, None) => k.replace('_', " "),
    }
}

pub(super) fn human_size(bytes: i64) -> String {
    let l = use_l10n();
    if bytes >= 1024 * 1024 {
        t!(
            "mdf-size-mb",
            size = l.decimal(bytes as f64 / 1024.0 / 1024.0, 1)
        )
    } else {
        t!("mdf-size-kb", size = l.number((bytes + 1023) / 1024))
    }
}

#[component]
pub(super) fn RequestView(d: MdfDetail, acts: Acts) -> impl IntoView {
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
                Some(ms) => t!("mdf-notice-sent-in", duration = format_duration(ms)),
                None => t!("mdf-notice-sent"),
            })
        } else if q.get("claimed").is_some() {
            Some(t!("mdf-notice-claimed"))
        } else {
            q.get("uploaded")
                .and_then(|n| n.parse::<i64>().ok())
                .filter(|n| *n > 0)
                .map(|n| t!("mdf-notice-uploaded", count = n))
        }
    };
    let upload_error = upload_error();
    let sla = d
        .sla_due_at
        .filter(|_| matches!(d.status, MdfStatus::Submitted | MdfStatus::Claimed))
        .map(|due| sla_text(due, d.now));
    let claim_due = d.claim_due_at.filter(|_| d.status.claim_open()).map(|due| {
        let days = ((due - d.now) as f64 / DAY_MS as f64).ceil() as i64;
        if days >= 0 {
            (
                t!("mdf-claim-due", date = format_date(due - 1), days = days),
                if days <= 14 { "warning" } else { "info" },
            )
        } else {
            (
                t!("mdf-claim-deadline-passed", date = format_date(due - 1)),
                "danger",
            )
        }
    });
    let title = t!(
        "mdf-request-doc-title",
        title = d.title.as_str(),
        id = d.id.to_string()
    );
    let subtitle = t!(
        "mdf-request-subtitle",
        activity = d.activity_type.label(),
        start = format_date(d.starts_on),
        end = format_date(d.ends_on),
        owner = d.owner_name.as_str(),
        company = d.company_name.as_str()
    );
    let share = t!("mdf-fact-share", percent = d.max_percent);
    let expected = if d.expected_pipeline_cents > 0 {
        t!(
            "mdf-expected-leads-pipeline",
            leads = d.expected_leads,
            pipeline = money(d.expected_pipeline_cents)
        )
    } else {
        t!("mdf-expected-leads", leads = d.expected_leads)
    };
    let l = use_l10n();
    let system = t!("mdf-history-portal");
    view! {
        <leptos_meta::Title text=title />
        {move || notice().map(|t| view! { <Notice text=t /> })}
        {upload_error.map(|t| view! { <div class="alert alert-danger" role="alert"><span>{t}</span></div> })}
        <div class="page-head">
            <div>
                <p class="eyebrow"><a href="/mdf">{t!("mdf-funds-link")}</a>" / #"{d.id}</p>
                <h1>{d.title.clone()}</h1>
                <p class="muted">{subtitle}</p>
            </div>
            <div class="head-badges">
                {d.actions.edit.then(|| view! { <a class="btn btn-secondary btn-sm" href=format!("/mdf/{}/edit", d.id)>{t!("mdf-change-resubmit")}</a> })}
                <Badge text=d.status.label() tone=status_tone(d.status) />
            </div>
        </div>
        <FormError error=any_error />
        {sla.map(|(text, tone)| view! { <div class=format!("alert alert-{tone} sla-clock")><span>{text}</span></div> })}
        {claim_due.map(|(text, tone)| view! { <div class=format!("alert alert-{tone}")><span>{text}</span></div> })}
        {(!d.decision_reason.is_empty()).then(|| view! {
            <div class="alert alert-info"><span><strong>{t!("mdf-vendor-note")}" "</strong>{d.decision_reason.clone()}</span></div>
        })}
        {(!d.claim_reason.is_empty()).then(|| view! {
            <div class="alert alert-info"><span><strong>{t!("mdf-claim-reason")}" "</strong>{d.claim_reason.clone()}</span></div>
        })}
        <div class="split split-wide">
            <div class="stack">
                <section class="card">
                    <h2 class="card-title">{t!("mdf-section-request")}</h2>
                    <dl class="facts facts-2">
                        <dt>{t!("mdf-fact-total-cost")}</dt><dd>{money(d.total_cost_cents)}</dd>
                        <dt>{t!("mdf-fact-requested")}</dt><dd>{money(d.requested_cents)}</dd>
                        {(d.contribution_cents > 0).then(|| view! { <dt>{t!("mdf-fact-contribution")}</dt><dd>{money(d.contribution_cents)}</dd> })}
                        <dt>{t!("mdf-fact-reimbursed-up-to")}</dt><dd>{share}</dd>
                        <dt>{t!("mdf-fact-expected")}</dt><dd>{expected}</dd>
                        <dt>{t!("mdf-fact-funds")}</dt><dd>{d.period.clone()}</dd>
                        <dt>{t!("mdf-fact-submitted")}</dt><dd>{format_datetime(d.submitted_at)}</dd>
                        {d.request_ms.map(|ms| view! { <dt>{t!("mdf-fact-time-to-request")}</dt><dd>{format_duration(ms)}</dd> })}
                        {d.approved_cents.map(|a| view! { <dt>{t!("mdf-fact-approved")}</dt><dd>{money(a)}</dd> })}
                    </dl>
                    {(!d.description.is_empty()).then(|| view! { <h3 class="sub-title">{t!("mdf-fact-plan")}</h3><p class="notes">{d.description.clone()}</p> })}
                </section>
                {d.claim_submitted_at.map(|at| view! {
                    <section class="card">
                        <h2 class="card-title">{t!("mdf-section-claim")}</h2>
                        <dl class="facts facts-2">
                            <dt>{t!("mdf-fact-filed")}</dt><dd>{format_datetime(at)}</dd>
                            <dt>{t!("mdf-fact-actual-cost")}</dt><dd>{d.actual_cost_cents.map(&money).unwrap_or_default()}</dd>
                            <dt>{t!("mdf-fact-claimed")}</dt><dd>{d.claimed_cents.map(&money).unwrap_or_default()}</dd>
                            <dt>{t!("mdf-fact-leads")}</dt><dd>{d.actual_leads.unwrap_or(0)}</dd>
                            {d.claim_approved_cents.map(|a| view! { <dt>{t!("mdf-fact-approved-for-payment")}</dt><dd>{money(a)}</dd> })}
                            {d.paid_on.map(|p| view! { <dt>{t!("mdf-fact-paid")}</dt><dd>{t!("mdf-paid-ref", date = format_date(p), reference = d.payment_reference.as_str())}</dd> })}
                        </dl>
                        {(!d.claim_notes.is_empty()).then(|| view! { <p class="notes">{d.claim_notes.clone()}</p> })}
                    </section>
                })}
                <ProofCard d=d.clone() acts=acts />
                {(!d.deals.is_empty()).then(|| view! {
                    <section class="card">
                        <h2 class="card-title">{t!("mdf-section-deals")}</h2>
                        <ul class="plain-list">
                            {d.deals.iter().map(|x| {
                                let status = deal_status_key(&x.status).map(|k| l.t(k)).unwrap_or_else(|| x.status.clone());
                                view! {
                                    <li><a href=format!("/deals/{}", x.id)>{x.customer_name.clone()}</a>
                                        <span class="muted small">{format!(" · {} · {}", status, format_money(x.value_cents, &x.currency))}</span></li>
                                }
                            }).collect_view()}
                        </ul>
                    </section>
                })}
                <section class="card">
                    <h2 class="card-title">{t!("mdf-section-history")}</h2>
                    <ol class="timeline">
                        {d.events.iter().map(|e| {
                            let note = match &e.note_msg {
                                Some(m) => l.msg(m),
                                None => e.note.clone(),
                            };
                            let actor = e.actor_name.clone().unwrap_or_else(|| system.clone());
                            view! {
                                <li>
                                    <div class="timeline-head">
                                        <strong>{event_title(e)}{e.amount_cents.map(|a| format!(" · {}", format_money(a, &d.currency)))}</strong>
                                        <span class="muted small">{format!("{} · {}", actor, format_datetime(e.at))}</span>
                                    </div>
                                    {(!note.is_empty()).then(|| view! { <p class="muted">{note}</p> })}
                                </li>
                            }
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
pub(super) fn FundMini(balance: Balance, currency: String, company: String) -> impl IntoView {
    let m = |v: i64| format_money(v, &currency);
    view! {
        <section class="card">
            <h2 class="card-title">{t!("mdf-fund-mini-title", company = company.as_str())}</h2>
            <dl class="facts facts-money">
                <dt>{t!("mdf-balance-allocated")}</dt><dd>{m(balance.allocated)}</dd>
                <dt>{t!("mdf-balance-available")}</dt><dd>{m(balance.available)}</dd>
                <dt>{t!("mdf-balance-committed")}</dt><dd>{m(balance.committed)}</dd>
                <dt>{t!("mdf-balance-claimed")}</dt><dd>{m(balance.claimed)}</dd>
                <dt>{t!("mdf-balance-paid")}</dt><dd>{m(balance.paid)}</dd>
            </dl>
        </section>
    }
}

#[component]
pub(super) fn ProofCard(d: MdfDetail, acts: Acts) -> impl IntoView {
    let can_change = d.actions.claim;
    if d.files.is_empty() && !can_change {
        return ().into_any();
    }
    view! {
        <section class="card" id="proof">
            <h2 class="card-title">{t!("mdf-proof-title")}</h2>
            {if d.files.is_empty() {
                view! { <p class="muted">{t!("mdf-proof-none")}</p> }.into_any()
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
                                            <button class="btn btn-ghost btn-sm" type="submit" aria-label=t!("mdf-proof-remove-label", name = fname.as_str())>{t!("mdf-proof-remove")}</button>
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
                        <label for="f-file">{t!("mdf-proof-add")}</label>
                        <input id="f-file" type="file" name="file" multiple=true accept=".pdf,.png,.jpg,.jpeg,.csv,.xlsx" required=true aria-describedby="f-file-hint" />
                        <p class="field-hint" id="f-file-hint">{t!("mdf-proof-hint")}</p>
                    </div>
                    <button class="btn btn-secondary" type="submit">{t!("mdf-proof-upload")}</button>
                </form>
            })}
        </section>
    }
    .into_any()
}

#[component]
pub(super) fn RequestActions(d: MdfDetail, acts: Acts) -> impl IntoView {
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
                <h2 class="card-title">{t!("mdf-decision-title")}</h2>
                <p class="muted small">{t!("mdf-decision-available", amount = format_money(d.fund.available, &c))}</p>
                <ActionForm action=acts.decide attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <Field label=t!("mdf-decision-amount") name="amount" initial=amount_text(d.requested_cents) error=decide_error hint=t!("mdf-decision-amount-hint") />
                    <TextArea label=t!("mdf-decision-reason") name="reason" error=decide_error maxlength=1000 />
                    <div class="btn-row">
                        <button class="btn btn-primary" type="submit" name="decision" value="approve">{t!("mdf-decision-approve")}</button>
                        <button class="btn btn-secondary" type="submit" name="decision" value="return">{t!("mdf-decision-return")}</button>
                        <button class="btn btn-danger" type="submit" name="decision" value="decline">{t!("mdf-decision-decline")}</button>
                    </div>
                </ActionForm>
            </section>
        })}
        {a.claim.then(|| view! {
            <section class="card" id="claim">
                <h2 class="card-title">{t!("mdf-claim-title")}</h2>
                <p class="muted small">{t!("mdf-claim-terms", approved = d.approved_cents.map(|v| format_money(v, &c)).unwrap_or_default(), percent = d.max_percent)}</p>
                <ActionForm action=acts.claim attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <Field label=t!("mdf-claim-actual-cost") name="actual_cost" initial=d.actual_cost_cents.map(amount_text).unwrap_or_default() error=claim_error required=true />
                    <Field label=t!("mdf-claim-leads") name="actual_leads" initial=d.actual_leads.map(|l| l.to_string()).unwrap_or_default() error=claim_error />
                    {(!d.deal_options.is_empty()).then(|| view! {
                        <fieldset class="form-section">
                            <legend>{t!("mdf-claim-deals")}</legend>
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
                    <TextArea label=t!("mdf-claim-notes") name="claim_notes" initial=d.claim_notes.clone() error=claim_error />
                    <p class="field-error" role="alert" hidden=move || claim_files_error().is_none()>{claim_files_error}</p>
                    <button class="btn btn-primary" type="submit">{if d.status == MdfStatus::ChangesRequested { t!("mdf-claim-submit-again") } else { t!("mdf-claim-submit") }}</button>
                </ActionForm>
            </section>
        })}
        {a.review_claim.then(|| view! {
            <section class="card">
                <h2 class="card-title">{t!("mdf-review-title")}</h2>
                <p class="muted small">{t!("mdf-review-cap", cap = format_money(cap, &c), percent = d.max_percent)}</p>
                <ActionForm action=acts.review attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <Field label=t!("mdf-review-amount") name="amount" initial=amount_text(d.claimed_cents.unwrap_or(cap).min(cap)) error=review_error />
                    <TextArea label=t!("mdf-decision-reason") name="reason" error=review_error maxlength=1000 />
                    <div class="btn-row">
                        <button class="btn btn-primary" type="submit" name="decision" value="approve">{t!("mdf-review-approve")}</button>
                        <button class="btn btn-secondary" type="submit" name="decision" value="changes">{t!("mdf-review-changes")}</button>
                        <button class="btn btn-danger" type="submit" name="decision" value="reject">{t!("mdf-review-reject")}</button>
                    </div>
                </ActionForm>
            </section>
        })}
        {a.reimburse.then(|| view! {
            <section class="card">
                <h2 class="card-title">{t!("mdf-pay-title")}</h2>
                <ActionForm action=acts.reimburse attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <Field label=t!("mdf-pay-reference") name="payment_reference" error=pay_error required=true />
                    <Field label=t!("mdf-pay-paid-on") name="paid_on" kind="date" initial=date_input_value(d.now - d.now.rem_euclid(DAY_MS)) error=pay_error />
                    <button class="btn btn-primary" type="submit">{t!("mdf-pay-submit", amount = d.claim_approved_cents.map(|v| format_money(v, &c)).unwrap_or_default())}</button>
                </ActionForm>
            </section>
        })}
        {a.cancel.then(|| view! {
            <section class="card">
                <ActionForm action=acts.cancel>
                    <input type="hidden" name="id" value=id />
                    <button class="btn btn-ghost btn-block" type="submit">{if d.status == MdfStatus::Approved { t!("mdf-cancel-activity") } else { t!("mdf-cancel-request") }}</button>
                </ActionForm>
            </section>
        })}
        {nothing.then(|| view! {
            <section class="card"><p class="muted">{d.status.next_step()}</p></section>
        })}
    }
}
