//! One lead: what the viewer may see of it, its acceptance clock, its
//! history and the actions the viewer may take.

use super::*;

#[component]
pub fn LeadPage() -> impl IntoView {
    view! {
        <Page title=t!("lead-page-title")>
            <LeadBody />
        </Page>
    }
}

crate::ui::page_actions! {
    /// What the viewer may do to a lead.
    pub struct Acts {
        answer: LeadAnswer,
        work: LeadWork,
        colleague: LeadAssignColleague,
        assign: LeadAssign,
        close: LeadClose,
    }
}

#[component]
fn LeadBody() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let acts = Acts::default();
    let lead = Resource::new(move || (id(), acts.done()), |(id, _)| lead_get(id));
    view! {
        <Loaded resource=lead let:d>
            <LeadView d=d acts=acts />
        </Loaded>
    }
}

#[component]
fn LeadView(d: LeadDetail, acts: Acts) -> impl IntoView {
    let errors = [
        action_error(acts.answer.value()),
        action_error(acts.work.value()),
        action_error(acts.colleague.value()),
        action_error(acts.assign.value()),
        action_error(acts.close.value()),
    ];
    let any_error = Signal::derive(move || errors.iter().find_map(|e| e.get()));
    let q = use_query_map();
    let created = move || q.read().get("created").is_some();
    let heading = d
        .customer_name
        .clone()
        .unwrap_or_else(|| t!("lead-offer-title", id = d.id.to_string()));
    let teaser = teaser(&d.region, d.product_name.as_deref(), d.size);
    let clock = d
        .offer_due_at
        .filter(|_| d.status == LeadStatus::Offered)
        .map(|due| offer_clock(due, d.now));
    let system = t!("lead-history-portal");
    let l = use_l10n();
    let money = d.value_cents.map(|v| format_money(v, &d.currency));
    view! {
        <leptos_meta::Title text=t!("lead-doc-title", name = heading.as_str(), id = d.id.to_string()) />
        {move || created().then(|| view! { <Notice text=t!("lead-notice-created") /> })}
        <div class="page-head">
            <div>
                <p class="eyebrow"><a href="/leads">{t!("lead-list-title")}</a>" / #"{d.id}</p>
                <h1>{heading.clone()}</h1>
                <p class="muted">{teaser}</p>
            </div>
            <div class="head-badges">
                <Badge text=d.status.label() tone=d.status.tone() />
            </div>
        </div>
        <FormError error=any_error />
        {clock.map(|(text, tone)| view! {
            <div class=format!("alert alert-{tone} sla-clock")><span>{text}</span></div>
        })}
        {d.held.clone().map(|h| view! {
            <div class="alert alert-warning"><span>{t!("lead-held", company = h.company_name.as_str(), deal = h.deal_id.to_string())}" "<a href=format!("/deals/{}", h.deal_id)>{t!("lead-held-open-deal")}</a></span></div>
        })}
        {d.converted_deal_id.map(|deal| view! {
            <div class="alert alert-success"><span>{t!("lead-converted-to")}" "<a href=format!("/deals/{deal}")>{format!("#{deal}")}</a></span></div>
        })}
        <div class="split split-wide">
            <div class="stack">
                <section class="card">
                    <h2 class="card-title">{t!("lead-section-lead")}</h2>
                    <dl class="facts facts-2">
                        <dt>{t!("lead-fact-region")}</dt><dd>{region_label(&d.region)}</dd>
                        <dt>{t!("lead-fact-country")}</dt><dd>{country_name(&d.country)}</dd>
                        <dt>{t!("lead-fact-product")}</dt><dd>{d.product_name.clone().unwrap_or_else(|| t!("lead-any-product"))}</dd>
                        <dt>{t!("lead-fact-size")}</dt><dd>{money.clone().unwrap_or_else(|| d.size.label())}</dd>
                        <dt>{t!("lead-fact-source")}</dt><dd>{d.source.label()}</dd>
                        <dt>{t!("lead-fact-received")}</dt><dd>{format_datetime(d.offered_at.unwrap_or(d.created_at))}</dd>
                        {d.company_name.clone().map(|c| view! { <dt>{t!("lead-fact-partner")}</dt><dd>{c}</dd> })}
                        {d.assignee_name.clone().map(|n| view! { <dt>{t!("lead-fact-owner")}</dt><dd>{n}</dd> })}
                        {d.rule_name.clone().map(|n| view! { <dt>{t!("lead-fact-rule")}</dt><dd>{n}</dd> })}
                    </dl>
                </section>
                {match d.contact.clone() {
                    Some(c) => view! {
                        <section class="card">
                            <h2 class="card-title">{t!("lead-section-contact")}</h2>
                            <dl class="facts facts-2">
                                <dt>{t!("lead-fact-customer")}</dt><dd>{d.customer_name.clone().unwrap_or_default()}{d.customer_domain.clone().filter(|x| !x.is_empty()).map(|x| format!(" · {x}"))}</dd>
                                <dt>{t!("lead-fact-contact")}</dt><dd>{c.name.clone()}{(!c.title.is_empty()).then(|| format!(" · {}", c.title))}</dd>
                                <dt>{t!("lead-fact-email")}</dt><dd><a href=format!("mailto:{}", c.email)>{c.email.clone()}</a></dd>
                                {(!c.phone.is_empty()).then(|| view! { <dt>{t!("lead-fact-phone")}</dt><dd>{c.phone.clone()}</dd> })}
                            </dl>
                            {d.notes.clone().filter(|n| !n.is_empty()).map(|n| view! { <h3 class="sub-title">{t!("lead-fact-notes")}</h3><p class="notes">{n}</p> })}
                        </section>
                    }.into_any(),
                    None => view! {
                        <section class="card">
                            <h2 class="card-title">{t!("lead-section-contact")}</h2>
                            <p class="muted">{t!("lead-contact-hidden")}</p>
                        </section>
                    }.into_any(),
                }}
                <section class="card">
                    <h2 class="card-title">{t!("lead-section-history")}</h2>
                    <ol class="timeline">
                        {d.events.iter().map(|e| {
                            let actor = e.actor_name.clone().unwrap_or_else(|| system.clone());
                            view! {
                                <li>
                                    <div class="timeline-head">
                                        <strong>{l.msg(&e.says)}</strong>
                                        <span class="muted small">{format!("{} · {}", actor, format_datetime(e.at))}</span>
                                    </div>
                                    {(!e.note.is_empty()).then(|| view! { <p class="muted">{e.note.clone()}</p> })}
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                </section>
            </div>
            <aside class="stack lead-actions">
                <LeadActionsView d=d.clone() acts=acts />
            </aside>
        </div>
    }
}

#[component]
fn LeadActionsView(d: LeadDetail, acts: Acts) -> impl IntoView {
    let a = d.actions.clone();
    let (id, version) = (d.id, d.version);
    let answer_error = action_error(acts.answer.value());
    let work_error = action_error(acts.work.value());
    let colleague_error = action_error(acts.colleague.value());
    let assign_error = action_error(acts.assign.value());
    let close_error = action_error(acts.close.value());
    let reject_reasons = crate::ui::enum_options(RejectReason::ALL);
    let disq_reasons = crate::ui::enum_options(DisqualifyReason::ALL);
    let nothing = !(a.answer
        || a.contacted
        || a.qualified
        || a.convert
        || a.disqualify
        || a.give_back
        || a.assign_colleague
        || a.staff_assign
        || a.staff_close);
    let mut companies = vec![(String::new(), t!("lead-assign-by-rules"))];
    companies.extend(
        d.companies
            .iter()
            .map(|(id, n)| (id.to_string(), n.clone())),
    );
    let colleagues: Vec<(String, String)> = d
        .colleagues
        .iter()
        .map(|(id, n)| (id.to_string(), n.clone()))
        .collect();
    view! {
        {a.answer.then(|| view! {
            <section class="card stack">
                <h2 class="card-title">{t!("lead-answer-title")}</h2>
                <p class="muted small">{t!("lead-answer-text")}</p>
                <ActionForm action=acts.answer attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="version" value=version />
                    <button class="btn btn-primary btn-block" type="submit" name="answer" value="accept">{t!("lead-accept")}</button>
                </ActionForm>
                <details class="reject-box">
                    <summary>{t!("lead-reject-open")}</summary>
                    <ActionForm action=acts.answer attr:class="stack">
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="version" value=version />
                        <input type="hidden" name="answer" value="reject" />
                        <SelectField label=t!("lead-reject-reason") name="reason" options=reject_reasons.clone() error=answer_error scope="reject" />
                        <TextArea label=t!("lead-reject-note") name="note" error=answer_error maxlength=1000 hint=t!("lead-reject-note-hint") scope="reject" />
                        <button class="btn btn-secondary" type="submit">{t!("lead-reject")}</button>
                    </ActionForm>
                </details>
            </section>
        })}
        {(a.contacted || a.qualified || a.convert).then(|| view! {
            <section class="card stack">
                <h2 class="card-title">{t!("lead-work-title")}</h2>
                {a.convert.then(|| view! {
                    <a class="btn btn-primary btn-block" href=format!("/deals/new?lead={id}")>{t!("lead-convert")}</a>
                    <p class="muted small">{t!("lead-convert-hint")}</p>
                })}
                <ActionForm action=acts.work attr:class="btn-row">
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="version" value=version />
                    {a.contacted.then(|| view! { <button class="btn btn-secondary" type="submit" name="step" value="contacted">{t!("lead-mark-contacted")}</button> })}
                    {a.qualified.then(|| view! { <button class="btn btn-secondary" type="submit" name="step" value="qualified">{t!("lead-mark-qualified")}</button> })}
                </ActionForm>
            </section>
        })}
        {a.assign_colleague.then(|| view! {
            <section class="card">
                <h2 class="card-title">{t!("lead-colleague-title")}</h2>
                <ActionForm action=acts.colleague attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <SelectField label=t!("lead-colleague") name="user_id" options=colleagues.clone() error=colleague_error scope="colleague" />
                    <button class="btn btn-secondary" type="submit">{t!("lead-colleague-submit")}</button>
                </ActionForm>
            </section>
        })}
        {(a.disqualify || a.give_back).then(|| view! {
            <section class="card">
                <h2 class="card-title">{t!("lead-end-title")}</h2>
                {a.disqualify.then(|| view! {
                    <ActionForm action=acts.work attr:class="stack">
                        <input type="hidden" name="id" value=id />
                        <input type="hidden" name="version" value=version />
                        <input type="hidden" name="step" value="disqualify" />
                        <SelectField label=t!("lead-disqualify-reason") name="reason" options=disq_reasons.clone() error=work_error scope="disq" />
                        <TextArea label=t!("lead-disqualify-note") name="note" error=work_error maxlength=1000 scope="disq" />
                        <button class="btn btn-secondary" type="submit">{t!("lead-disqualify")}</button>
                    </ActionForm>
                })}
                {a.give_back.then(|| view! {
                    <details class="reject-box">
                        <summary>{t!("lead-give-back-open")}</summary>
                        <ActionForm action=acts.work attr:class="stack">
                            <input type="hidden" name="id" value=id />
                            <input type="hidden" name="version" value=version />
                            <input type="hidden" name="step" value="give_back" />
                            <TextArea label=t!("lead-give-back-note") name="note" error=work_error maxlength=1000 scope="back" />
                            <button class="btn btn-ghost" type="submit">{t!("lead-give-back")}</button>
                        </ActionForm>
                    </details>
                })}
            </section>
        })}
        {a.staff_assign.then(|| view! {
            <section class="card">
                <h2 class="card-title">{t!("lead-assign-title")}</h2>
                <ActionForm action=acts.assign attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="version" value=version />
                    <SelectField label=t!("lead-assign-company") name="company_id" options=companies.clone() error=assign_error scope="assign" />
                    <button class="btn btn-primary" type="submit">{t!("lead-assign-submit")}</button>
                </ActionForm>
            </section>
        })}
        {a.staff_close.then(|| view! {
            <section class="card">
                <h2 class="card-title">{t!("lead-close-title")}</h2>
                <ActionForm action=acts.close attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="version" value=version />
                    <TextArea label=t!("lead-close-note") name="note" error=close_error maxlength=1000 scope="close" />
                    <button class="btn btn-ghost" type="submit">{t!("lead-close-submit")}</button>
                </ActionForm>
            </section>
        })}
        {nothing.then(|| view! {
            <section class="card"><p class="muted">{use_l10n().t(d.status.next_step_key())}</p></section>
        })}
    }
}
