//! One deal: its details, history, conflicts compared side by side for staff,
//! and the actions the viewer may take.

use super::*;

#[component]
pub fn DealPage() -> impl IntoView {
    view! {
        <Page title="Deal">
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
            format!("Exclusive until {} ({} days left)", format_date(e), days)
        });
    let title = format!("{} · deal #{}", d.customer_name, d.id);
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
            <Notice text=match d.status {
                DealStatus::Approved => "Registered and approved.".to_string(),
                _ => format!("Registered{}. The vendor team has been notified.", d.registration_ms.map(|ms| format!(" in {}", format_duration(ms))).unwrap_or_default()),
            } />
        })}
        {updated.then(|| view! { <Notice text="Changes saved." /> })}
        <div class="page-head">
            <div>
                <p class="eyebrow"><a href="/deals">"Deals"</a>" / #"{d.id}</p>
                <h1>{d.customer_name.clone()}</h1>
                <p class="muted">{format!("{} · registered by {} of {}", d.customer_domain, d.owner_name, d.company_name)}</p>
            </div>
            <div class="head-badges">
                {d.actions.edit.then(|| view! { <a class="btn btn-secondary btn-sm" href=format!("/deals/{}/edit", d.id)>{if d.status == DealStatus::Draft { "Edit and resubmit" } else { "Edit" }}</a> })}
                <Badge text=d.status.label() tone=d.status.tone() />
                {d.second_partner.then(|| view! { <Badge text="Second partner" tone="info" /> })}
            </div>
        </div>
        <FormError error=any_error />
        {sla.map(|(text, tone)| view! { <div class=format!("alert alert-{tone} sla-clock")><span>{text}</span></div> })}
        {exclusive.map(|t| view! { <div class="alert alert-success"><span>{t}</span></div> })}
        {(!d.conflict_reasons.is_empty() && !staff).then(|| view! {
            <div class="alert alert-warning"><span>{format!(
                "Another partner has an active registration for this customer ({}). The vendor team reviews both.",
                d.conflict_reasons.iter().map(|r| r.label()).collect::<Vec<_>>().join(", ")
            )}</span></div>
        })}
        {(!d.decision_reason.is_empty()).then(|| view! {
            <div class="alert alert-info"><span><strong>"Vendor note: "</strong>{d.decision_reason.clone()}</span></div>
        })}
        <div class="split split-wide">
            <div class="stack">
                <section class="card">
                    <h2 class="card-title">"Registration"</h2>
                    <dl class="facts facts-2">
                        <dt>"Value"</dt><dd>{format_money(d.value_cents, &d.currency)}</dd>
                        <dt>"Expected close"</dt><dd>{format_date(d.close_date)}</dd>
                        <dt>"Products"</dt><dd>{products}</dd>
                        <dt>"Deal type"</dt><dd>{d.deal_type.label()}</dd>
                        <dt>"Stage"</dt><dd>{format!("{} · {}%", d.stage.label(), d.probability)}</dd>
                        <dt>"Contact"</dt><dd>{format!("{} · {}{}", d.contact_name, d.contact_email, if d.contact_phone.is_empty() { String::new() } else { format!(" · {}", d.contact_phone) })}</dd>
                        <dt>"Country"</dt><dd>{format!("{} ({})", country_name(&d.country), d.region)}</dd>
                        <dt>"Submitted"</dt><dd>{d.submitted_at.map(format_datetime).unwrap_or_default()}</dd>
                        {d.registration_ms.map(|ms| view! { <dt>"Registration time"</dt><dd>{format_duration(ms)}</dd> })}
                        {d.final_value_cents.map(|v| view! { <dt>"Won value"</dt><dd>{format_money(v, &d.currency)}</dd> })}
                        {(!d.lost_reason.is_empty()).then(|| view! { <dt>"Lost because"</dt><dd>{d.lost_reason.clone()}</dd> })}
                        {(!d.approver.is_empty()).then(|| view! { <dt>"Decided by"</dt><dd>{format!("{} · {}", d.approver, d.decided_at.map(format_datetime).unwrap_or_default())}</dd> })}
                    </dl>
                    {(!d.notes.is_empty()).then(|| view! { <h3 class="sub-title">"Notes"</h3><p class="notes">{d.notes.clone()}</p> })}
                </section>
                {(!d.conflicts.is_empty()).then(|| view! { <ConflictCompare d=d.clone() /> })}
                <section class="card">
                    <h2 class="card-title">"History"</h2>
                    <ol class="timeline">
                        {d.events.iter().map(|e| view! {
                            <li>
                                <div class="timeline-head">
                                    <strong>{event_title(e)}</strong>
                                    <span class="muted small">{format!("{} · {}", e.actor_name, format_datetime(e.at))}</span>
                                </div>
                                {(!e.changes.is_empty()).then(|| view! {
                                    <ul class="changes">
                                        {e.changes.iter().map(|(f, b, a)| view! {
                                            <li>{format!("{}: {} → {}", f.replace('_', " "), if b.is_empty() { "—" } else { b }, a)}</li>
                                        }).collect_view()}
                                    </ul>
                                })}
                                {(!e.note.is_empty()).then(|| view! { <p class="muted">{e.note.clone()}</p> })}
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
    match (e.kind.as_str(), e.to_status) {
        ("submitted", _) => "Registered".into(),
        ("progress", _) => "Stage updated".into(),
        ("edited", _) => "Edited".into(),
        ("resubmitted", _) => "Submitted again".into(),
        ("reminder", _) => "Reminder sent".into(),
        ("escalated", _) => "Escalated to vendor admins".into(),
        ("extension_requested", _) => "Extension requested".into(),
        ("extension_granted", _) => "Extension granted".into(),
        ("extension_refused", _) => "Extension refused".into(),
        ("draft", _) => "More information requested".into(),
        (_, Some(s)) => s.label().to_string(),
        (k, None) => k.replace('_', " "),
    }
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
            <h2 class="card-title">"Conflicting registrations"</h2>
            <div class="table-wrap">
                <table class="table compare">
                    <thead><tr>
                        <th scope="col"></th>
                        <th scope="col">{format!("This deal #{}", d.id)}</th>
                        {d.conflicts.iter().map(|c| view! { <th scope="col"><a href=format!("/deals/{}", c.deal_id)>{format!("Deal #{}", c.deal_id)}</a></th> }).collect_view()}
                    </tr></thead>
                    <tbody>
                        <tr><th scope="row">"Partner"</th><td>{d.company_name.clone()}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{c.company_name.clone()}</td> }).collect_view()}</tr>
                        <tr><th scope="row">"Customer"</th><td>{format!("{} ({})", d.customer_name, d.customer_domain)}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{format!("{} ({})", c.customer_name, c.customer_domain)}</td> }).collect_view()}</tr>
                        <tr><th scope="row">"Match"</th><td>"—"</td>
                            {d.conflicts.iter().map(|c| view! { <td>{c.reason.label()}</td> }).collect_view()}</tr>
                        <tr><th scope="row">"Status"</th><td><Badge text=d.status.label() tone=d.status.tone() /></td>
                            {d.conflicts.iter().map(|c| view! { <td><Badge text=c.status.label() tone=c.status.tone() /></td> }).collect_view()}</tr>
                        <tr><th scope="row">"Value"</th><td>{format_money(d.value_cents, &d.currency)}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{format_money(c.value_cents, &c.currency)}</td> }).collect_view()}</tr>
                        <tr><th scope="row">"Products"</th><td>{products}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{c.products.join(", ")}</td> }).collect_view()}</tr>
                        <tr><th scope="row">"Submitted"</th><td>{d.submitted_at.map(format_datetime).unwrap_or_default()}</td>
                            {d.conflicts.iter().map(|c| view! { <td>{c.submitted_at.map(format_datetime).unwrap_or_default()}</td> }).collect_view()}</tr>
                    </tbody>
                </table>
            </div>
            <p class="muted small">"Resolve by approving one and rejecting the other, or approve both with “Approve as second partner” (two-tier, distributor)."</p>
        </section>
    }
}

#[component]
pub(super) fn DealActionsView(d: DealDetail, acts: DealActs) -> impl IntoView {
    let a = d.actions.clone();
    let id = d.id;
    let decide_error = action_error(acts.decide.value());
    let close_error = action_error(acts.close.value());
    let stage_options: Vec<(String, String)> = Stage::ALL
        .iter()
        .map(|s| {
            (
                s.as_str().to_string(),
                format!("{} ({}%)", s.label(), s.default_probability()),
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
        "requested" => Some(format!("Extension requested: {}", d.extension_reason)),
        "granted" => Some("Extension granted.".to_string()),
        "refused" => Some("Extension refused.".to_string()),
        _ => None,
    };
    view! {
        {a.decide.then(|| view! {
            <section class="card">
                <h2 class="card-title">"Decision"</h2>
                <ActionForm action=acts.decide attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <div class="field" class:has-error=move || decide_error.get().and_then(|e| e.field("reason")).is_some()>
                        <label for="f-reason">"Reason or note to the partner"</label>
                        <textarea id="f-reason" name="reason" rows="3" maxlength="1000"></textarea>
                        <p class="field-error" role="alert" hidden=move || decide_error.get().and_then(|e| e.field("reason")).is_none()>
                            {move || decide_error.get().and_then(|e| e.field("reason"))}
                        </p>
                    </div>
                    <div class="btn-row">
                        <button class="btn btn-primary" type="submit" name="decision" value="approve">"Approve"</button>
                        <button class="btn btn-secondary" type="submit" name="decision" value="info">"Ask for information"</button>
                        <button class="btn btn-danger" type="submit" name="decision" value="reject">"Reject"</button>
                    </div>
                    {d.has_conflict.then(|| view! {
                        <button class="btn btn-secondary btn-block" type="submit" name="decision" value="approve_second">"Approve as second partner"</button>
                    })}
                </ActionForm>
            </section>
        })}
        {a.progress.then(|| view! {
            <section class="card">
                <h2 class="card-title">"Pipeline"</h2>
                <ActionForm action=acts.progress attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <SelectField label="Stage" name="stage" options=stage_options.clone() initial=d.stage.as_str() error=action_error(acts.progress.value()) />
                    <Field label="Probability %" name="probability" initial=d.probability.to_string() error=action_error(acts.progress.value()) />
                    <button class="btn btn-secondary" type="submit">"Update stage"</button>
                </ActionForm>
            </section>
        })}
        {a.close.then(|| view! {
            <section class="card">
                <h2 class="card-title">"Close the deal"</h2>
                <ActionForm action=acts.close attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="outcome" value="won" />
                    <Field label="Final value" name="final_value" initial=(d.value_cents / 100).to_string() error=close_error />
                    <button class="btn btn-primary" type="submit">"Mark won"</button>
                </ActionForm>
                <hr />
                <ActionForm action=acts.close attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <input type="hidden" name="outcome" value="lost" />
                    <Field label="Why was it lost?" name="lost_reason" error=close_error />
                    <button class="btn btn-secondary" type="submit">"Mark lost"</button>
                </ActionForm>
            </section>
        })}
        {extension_note.map(|t| view! { <section class="card"><p class="muted">{t}</p></section> })}
        {a.decide_extension.then(|| view! {
            <section class="card">
                <h2 class="card-title">"Extension request"</h2>
                <p class="muted">{d.extension_reason.clone()}</p>
                <ActionForm action=acts.decide_extension attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <Field label="Note to the partner" name="note" error=ext_decide_error />
                    <div class="btn-row">
                        <button class="btn btn-primary" type="submit" name="grant" value="true">"Grant extension"</button>
                        <button class="btn btn-danger" type="submit" name="grant" value="false">"Refuse"</button>
                    </div>
                </ActionForm>
            </section>
        })}
        {a.request_extension.then(|| view! {
            <section class="card">
                <h2 class="card-title">"Need more time?"</h2>
                <p class="muted">"You can ask once to extend the exclusivity of this registration."</p>
                <ActionForm action=acts.extend attr:class="stack">
                    <input type="hidden" name="id" value=id />
                    <Field label="Why does the deal need more time?" name="extension_reason" error=extend_error />
                    <button class="btn btn-secondary" type="submit">"Request extension"</button>
                </ActionForm>
            </section>
        })}
        {a.withdraw.then(|| view! {
            <section class="card">
                <ActionForm action=acts.withdraw>
                    <input type="hidden" name="id" value=id />
                    <button class="btn btn-ghost btn-block" type="submit">"Withdraw this registration"</button>
                </ActionForm>
            </section>
        })}
        {nothing.then(|| view! {
            <section class="card"><p class="muted">{format!("This registration is {}; nothing more to do here.", d.status.label().to_lowercase())}</p></section>
        })}
    }
}
