//! One deal: its details, history, conflicts compared side by side for staff,
//! and the actions the viewer may take.

use super::*;

#[component]
pub fn DealPage() -> impl IntoView {
    view! {
        <Page title=t!("deal-page-title")>
            <DealBody />
        </Page>
    }
}

#[component]
pub(super) fn DealBody() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let registered = use_query_map().read_untracked().get("registered").is_some();
    let updated = use_query_map().read_untracked().get("updated").is_some();
    let acts = DealActs::default();
    let deal = Resource::new(move || (id(), acts.done()), |(id, _)| deal_get(id));
    view! {
        <Loaded resource=deal let:d>
            <DealView d=d registered=registered updated=updated acts=acts />
        </Loaded>
    }
}

crate::ui::page_actions! {
    /// What the viewer may do to a deal.
    pub struct DealActs {
        decide: DealDecide,
        withdraw: DealWithdraw,
        progress: DealProgress,
        close: DealClose,
        extend: DealRequestExtension,
        decide_extension: DealDecideExtension,
    }
}

#[component]
pub(super) fn DealView(
    d: DealDetail,
    registered: bool,
    updated: bool,
    acts: DealActs,
) -> impl IntoView {
    let staff = use_viewer().is_some_and(|v| v.role.is_vendor_staff());
    let l = use_l10n();
    let now = d.now;
    let sla = (d.status == DealStatus::Submitted)
        .then_some(d.sla_due_at)
        .flatten()
        .map(|due| sla_text(due, now));
    let exclusive = d
        .exclusive_until
        .filter(|_| d.status == DealStatus::Approved)
        .map(|e| {
            let days = ((e - now) as f64 / DAY_MS as f64).ceil().max(0.0) as i64;
            t!(
                "deal-exclusive-until-left",
                date = format_date(e),
                days = days
            )
        });
    let title = t!(
        "deal-view-title",
        customer = &d.customer_name,
        id = d.id.to_string()
    );
    let products = d
        .products
        .iter()
        .map(|p| p.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let errors = [
        action_error(acts.decide.value()),
        action_error(acts.withdraw.value()),
        action_error(acts.progress.value()),
        action_error(acts.close.value()),
        action_error(acts.extend.value()),
        action_error(acts.decide_extension.value()),
    ];
    let any_error = Signal::derive(move || errors.iter().find_map(|e| e.get()));
    view! {
        <leptos_meta::Title text=title />
        {registered.then(|| view! {
            <Notice text=match (d.status, d.registration_ms) {
                (DealStatus::Approved, _) => t!("deal-notice-registered-approved"),
                (_, Some(ms)) => t!("deal-notice-registered-in", duration = format_duration(ms)),
                (_, None) => t!("deal-notice-registered"),
            } />
        })}
        {updated.then(|| view! { <Notice text=t!("deal-notice-saved") /> })}
        <div class="page-head">
            <div>
                <p class="eyebrow"><a href="/deals">{t!("deal-crumb-deals")}</a>" / #"{d.id}</p>
                <h1>{d.customer_name.clone()}</h1>
                <p class="muted">{t!("deal-view-byline", domain = &d.customer_domain, owner = &d.owner_name, company = &d.company_name)}</p>
            </div>
            <div class="head-badges">
                {d.actions.edit.then(|| view! { <a class="btn btn-secondary btn-sm" href=format!("/deals/{}/edit", d.id)>{if d.status == DealStatus::Draft { t!("deal-edit-resubmit") } else { t!("deal-edit") }}</a> })}
                <Badge text=d.status.label() tone=d.status.tone() />
                {d.second_partner.then(|| view! { <Badge text=t!("deal-second-partner") tone="info" /> })}
            </div>
        </div>
        <FormError error=any_error />
        {sla.map(|(text, tone)| view! { <div class=format!("alert alert-{tone} sla-clock")><span>{text}</span></div> })}
        {exclusive.map(|t| view! { <div class="alert alert-success"><span>{t}</span></div> })}
        {(!d.conflict_reasons.is_empty() && !staff).then(|| view! {
            <div class="alert alert-warning"><span>{t!(
                "deal-conflict-alert",
                reasons = d.conflict_reasons.iter().map(|r| l.t(match_key(*r))).collect::<Vec<_>>().join(", ")
            )}</span></div>
        })}
        {(!d.decision_reason.is_empty()).then(|| view! {
            <div class="alert alert-info"><span><strong>{t!("deal-vendor-note")}</strong>" "{d.decision_reason.clone()}</span></div>
        })}
        <div class="split split-wide">
            <div class="stack">
                <section class="card">
                    <h2 class="card-title">{t!("deal-registration")}</h2>
                    <dl class="facts facts-2">
                        <dt>{t!("deal-label-value")}</dt><dd>{format_money(d.value_cents, &d.currency)}</dd>
                        <dt>{t!("deal-label-expected-close")}</dt><dd>{format_date(d.close_date)}</dd>
                        <dt>{t!("deal-label-products")}</dt><dd>{products}</dd>
                        <dt>{t!("deal-label-deal-type")}</dt><dd>{d.deal_type.label()}</dd>
                        <dt>{t!("deal-label-stage")}</dt><dd>{format!("{} · {}", d.stage.label(), l.percent(d.probability * 100))}</dd>
                        <dt>{t!("deal-label-contact")}</dt><dd>{format!("{} · {}{}", d.contact_name, d.contact_email, if d.contact_phone.is_empty() { String::new() } else { format!(" · {}", d.contact_phone) })}</dd>
                        <dt>{t!("deal-label-country")}</dt><dd>{format!("{} ({})", country_name(&d.country), region_label(&d.region))}</dd>
                        <dt>{t!("deal-label-submitted")}</dt><dd>{d.submitted_at.map(format_datetime).unwrap_or_default()}</dd>
                        {d.registration_ms.map(|ms| view! { <dt>{t!("deal-label-registration-time")}</dt><dd>{format_duration(ms)}</dd> })}
                        {d.lead_id.map(|lead| view! { <dt>{t!("deal-label-source")}</dt><dd><a href=format!("/leads/{lead}")>{t!("deal-from-lead", id = lead.to_string())}</a></dd> })}
                        {d.final_value_cents.map(|v| view! { <dt>{t!("deal-label-won-value")}</dt><dd>{format_money(v, &d.currency)}</dd> })}
                        {(!d.lost_reason.is_empty()).then(|| view! { <dt>{t!("deal-label-lost-because")}</dt><dd>{d.lost_reason.clone()}</dd> })}
                        {d.approver.as_ref().map(|w| view! { <dt>{t!("deal-label-decided-by")}</dt><dd>{format!("{} · {}", who(w), d.decided_at.map(format_datetime).unwrap_or_default())}</dd> })}
                    </dl>
                    {(!d.notes.is_empty()).then(|| view! { <h3 class="sub-title">{t!("deal-label-notes")}</h3><p class="notes">{d.notes.clone()}</p> })}
                </section>
                {(!d.conflicts.is_empty()).then(|| view! { <ConflictCompare d=d.clone() /> })}
                <section class="card">
                    <h2 class="card-title">{t!("deal-history")}</h2>
                    <ol class="timeline">
                        {d.events.iter().map(|e| view! {
                            <li>
                                <div class="timeline-head">
                                    <strong>{event_title(e)}</strong>
                                    <span class="muted small">{format!("{} · {}", who(&e.actor), format_datetime(e.at))}</span>
                                </div>
                                {(!e.changes.is_empty()).then(|| view! {
                                    <ul class="changes">
                                        {e.changes.iter().map(|(f, b, a)| view! {
                                            <li>{format!(
                                                "{}: {} → {}",
                                                field_label(&l, f),
                                                if b.is_empty() { "—".to_string() } else { change_value(&l, f, b) },
                                                change_value(&l, f, a)
                                            )}</li>
                                        }).collect_view()}
                                    </ul>
                                })}
                                {(!e.note.is_empty()).then(|| view! { <p class="muted">{e.note.clone()}</p> })}
                                {e.note_msg.as_ref().map(|m| view! { <p class="muted">{l.msg(m)}</p> })}
                            </li>
                        }).collect_view()}
                    </ol>
                </section>
            </div>
            <aside class="stack">
                <DealActionsView d=d.clone() acts=acts />
            </aside>
        </div>
    }
}

pub(super) fn event_title(e: &DealEvent) -> String {
    let key = match (e.kind.as_str(), e.to_status) {
        ("submitted", _) => k!("deal-event-submitted"),
        ("progress", _) => k!("deal-event-progress"),
        ("edited", _) => k!("deal-event-edited"),
        ("resubmitted", _) => k!("deal-event-resubmitted"),
        ("reminder", _) => k!("deal-event-reminder"),
        ("escalated", _) => k!("deal-event-escalated"),
        ("extension_requested", _) => k!("deal-event-extension-requested"),
        ("extension_granted", _) => k!("deal-event-extension-granted"),
        ("extension_refused", _) => k!("deal-event-extension-refused"),
        ("draft", _) => k!("deal-event-info-requested"),
        (_, Some(s)) => return s.label(),
        (kind, None) => return kind.replace('_', " "),
    };
    use_l10n().t(key)
}

/// Who did it, as the viewer may know them.
pub(super) fn who(w: &Who) -> String {
    match w {
        Who::System => t!("deal-actor-system"),
        Who::VendorTeam => t!("deal-actor-vendor-team"),
        Who::Person(name) => name.clone(),
    }
}

/// A changed field's name in a history line.
pub(super) fn field_label(l: &L10n, field: &str) -> String {
    let key = match field {
        "customer_name" => k!("deal-field-customer-name"),
        "customer_domain" => k!("deal-field-customer-domain"),
        "contact_name" => k!("deal-field-contact-name"),
        "contact_email" => k!("deal-field-contact-email"),
        "contact_phone" => k!("deal-field-contact-phone"),
        "country" => k!("deal-field-country"),
        "value" => k!("deal-field-value"),
        "close_date" => k!("deal-field-close-date"),
        "deal_type" => k!("deal-field-deal-type"),
        "notes" => k!("deal-field-notes"),
        "products" => k!("deal-field-products"),
        "exclusive_until" => k!("deal-field-exclusive-until"),
        "final_value" => k!("deal-field-final-value"),
        "stage" => k!("deal-field-stage"),
        "probability" => k!("deal-field-probability"),
        other => return other.replace('_', " "),
    };
    l.t(key)
}

/// A value of a history line in the reader's format: amounts ("<cents>
/// <currency>"), dates ("2027-03-31"), stages, types, probabilities and
/// countries as stored; older rows hold finished text, shown as it is.
pub(super) fn change_value(l: &L10n, field: &str, value: &str) -> String {
    let shown = match field {
        "value" | "final_value" => value.split_once(' ').and_then(|(cents, currency)| {
            let cents = cents.parse::<i64>().ok()?;
            (currency.len() == 3).then(|| l.money(cents, currency))
        }),
        "close_date" | "exclusive_until" => {
            crate::shared::time::parse_date(value).map(|ms| l.date(ms))
        }
        "stage" => Stage::parse(value).map(Stage::label),
        "deal_type" => DealType::parse(value).map(DealType::label),
        "probability" => value.parse::<i64>().ok().map(|p| l.percent(p * 100)),
        "country" => Some(country_name(value)),
        _ => None,
    };
    shown.unwrap_or_else(|| value.to_string())
}

#[component]
pub(super) fn ConflictCompare(d: DealDetail) -> impl IntoView {
    let products = d
        .products
        .iter()
        .map(|p| p.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <section class="card conflict-card">
            <h2 class="card-title">{t!("deal-compare-title")}</h2>
            <div class="table-wrap">
                <table class="table compare">
                    <thead><tr>
                        <th scope="col"></th>
                        <th scope="col">{t!("deal-compare-this", id = d.id.to_string())}</th>
                        {d.conflicts.iter().map(|c| view! { <th scope="col"><a href=format!("/deals/{}", c.deal_id)>{t!("deal-compare-other", id = c.deal_id.to_string())}</a></th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        <tr><th scope="row">{t!("deal-label-partner")}</th><td>{d.company_name.clone()}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{c.company_name.clone()}</td> }).collect_view()}</tr>
                        <tr><th scope="row">{t!("deal-label-customer")}</th><td>{format!("{} ({})", d.customer_name, d.customer_domain)}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{format!("{} ({})", c.customer_name, c.customer_domain)}</td> }).collect_view()}</tr>
                        <tr><th scope="row">{t!("deal-compare-match")}</th><td>"—"</td>
                            {d.conflicts.iter().map(|c| view! { <td>{use_l10n().t(match_key(c.reason))}</td> }).collect_view()}</tr>
                        <tr><th scope="row">{t!("deal-label-status")}</th><td><Badge text=d.status.label() tone=d.status.tone() /></td>
                            {d.conflicts.iter().map(|c| view! { <td><Badge text=c.status.label() tone=c.status.tone() /></td> }).collect_view()}</tr>
                        <tr><th scope="row">{t!("deal-label-value")}</th><td>{format_money(d.value_cents, &d.currency)}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{format_money(c.value_cents, &c.currency)}</td> }).collect_view()}</tr>
                        <tr><th scope="row">{t!("deal-label-products")}</th><td>{products}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{c.products.join(", ")}</td> }).collect_view()}</tr>
                        <tr><th scope="row">{t!("deal-label-submitted")}</th><td>{d.submitted_at.map(format_datetime).unwrap_or_default()}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{c.submitted_at.map(format_datetime).unwrap_or_default()}</td> }).collect_view()}</tr>
                    </tbody>
                </table>
            </div>
            <p class="muted small">{t!("deal-compare-resolve")}</p>
        </section>
    }
}

#[component]
pub(super) fn DealActionsView(d: DealDetail, acts: DealActs) -> impl IntoView {
    let a = d.actions.clone();
    let l = use_l10n();
    let id = d.id;
    let decide_error = action_error(acts.decide.value());
    let close_error = action_error(acts.close.value());
    let stage_options: Vec<(String, String)> = Stage::ALL
        .iter()
        .map(|s| {
            (
                s.as_str().to_string(),
                format!(
                    "{} ({})",
                    s.label(),
                    l.percent(s.default_probability() * 100)
                ),
            )
        })
        .collect();
    let nothing = !(a.decide
        || a.progress
        || a.close
        || a.withdraw
        || a.request_extension
        || a.decide_extension);
    let extend_error = action_error(acts.extend.value());
    let ext_decide_error = action_error(acts.decide_extension.value());
    let extension_note = match d.extension.as_str() {
        "requested" => Some(t!(
            "deal-extension-requested-note",
            reason = &d.extension_reason
        )),
        "granted" => Some(t!("deal-extension-granted-note")),
        "refused" => Some(t!("deal-extension-refused-note")),
        _ => None,
    };
    view! {
        {a.decide.then(|| view! {
            <section class="card">
                <h2 class="card-title">{t!("deal-decision")}</h2>
                <ActionForm action=acts.decide attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <div class="field" class:has-error=move || decide_error.get().and_then(|e| e.field("reason")).is_some()>
                        <label for="f-reason">{t!("deal-decision-reason")}</label>
                        <textarea id="f-reason" name="reason" rows="3" maxlength="1000"></textarea>
                        <p class="field-error" role="alert" hidden=move || decide_error.get().and_then(|e| e.field("reason")).is_none()>
                            {move || decide_error.get().and_then(|e| e.field("reason"))}
                        </p>
                    </div>
                    <div class="btn-row">
                        <button class="btn btn-primary" type="submit" name="decision" value="approve">{t!("deal-decision-approve")}</button>
                        <button class="btn btn-secondary" type="submit" name="decision" value="info">{t!("deal-decision-info")}</button>
                        <button class="btn btn-danger" type="submit" name="decision" value="reject">{t!("deal-decision-reject")}</button>
                    </div>
                    {d.has_conflict.then(|| view! {
                        <button class="btn btn-secondary btn-block" type="submit" name="decision" value="approve_second">{t!("deal-decision-approve-second")}</button>
                    })}
                </ActionForm>
            </section>
        })}
        {a.progress.then(|| view! {
            <section class="card">
                <h2 class="card-title">{t!("deal-pipeline")}</h2>
                <ActionForm action=acts.progress attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <SelectField label=t!("deal-label-stage") name="stage" options=stage_options.clone() initial=d.stage.as_str() error=action_error(acts.progress.value()) />
                    <Field label=t!("deal-probability-field") name="probability" initial=d.probability.to_string() error=action_error(acts.progress.value()) />
                    <button class="btn btn-secondary" type="submit">{t!("deal-update-stage")}</button>
                </ActionForm>
            </section>
        })}
        {a.close.then(|| view! {
            <section class="card">
                <h2 class="card-title">{t!("deal-close-title")}</h2>
                <ActionForm action=acts.close attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="outcome" value="won" />
                    <Field label=t!("deal-final-value") name="final_value" initial=(d.value_cents / 100).to_string() error=close_error />
                    <button class="btn btn-primary" type="submit">{t!("deal-mark-won")}</button>
                </ActionForm>
                <hr />
                <ActionForm action=acts.close attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="outcome" value="lost" />
                    <Field label=t!("deal-lost-reason") name="lost_reason" error=close_error />
                    <button class="btn btn-secondary" type="submit">{t!("deal-mark-lost")}</button>
                </ActionForm>
            </section>
        })}
        {extension_note.map(|t| view! { <section class="card"><p class="muted">{t}</p></section> })}
        {a.decide_extension.then(|| view! {
            <section class="card">
                <h2 class="card-title">{t!("deal-extension-request")}</h2>
                <p class="muted">{d.extension_reason.clone()}</p>
                <ActionForm action=acts.decide_extension attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <Field label=t!("deal-extension-note") name="note" error=ext_decide_error />
                    <div class="btn-row">
                        <button class="btn btn-primary" type="submit" name="grant" value="true">{t!("deal-extension-grant")}</button>
                        <button class="btn btn-danger" type="submit" name="grant" value="false">{t!("deal-extension-refuse")}</button>
                    </div>
                </ActionForm>
            </section>
        })}
        {a.request_extension.then(|| view! {
            <section class="card">
                <h2 class="card-title">{t!("deal-extension-ask-title")}</h2>
                <p class="muted">{t!("deal-extension-ask-text")}</p>
                <ActionForm action=acts.extend attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <Field label=t!("deal-extension-reason") name="extension_reason" error=extend_error />
                    <button class="btn btn-secondary" type="submit">{t!("deal-extension-submit")}</button>
                </ActionForm>
            </section>
        })}
        {a.withdraw.then(|| view! {
            <section class="card">
                <ActionForm action=acts.withdraw>
                    <input type="hidden" name="id" value=id />
                    <button class="btn btn-ghost btn-block" type="submit">{t!("deal-withdraw")}</button>
                </ActionForm>
            </section>
        })}
        {nothing.then(|| view! {
            <section class="card"><p class="muted">{t!("deal-nothing-to-do", status = l.t(d.status.inline_key()))}</p></section>
        })}
    }
}
