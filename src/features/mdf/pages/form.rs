//! The request form, timed like deal registration; also the edit form of a
//! returned request.

use super::*;
use crate::ui::{Echo, TimedFields};

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
pub(super) fn RequestFormBody(edit: bool) -> impl IntoView {
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
        <Loaded resource=form let:f>
            <RequestForm form=f />
        </Loaded>
    }
}

#[component]
pub(super) fn RequestForm(form: MdfFormInfo) -> impl IntoView {
    let submit = ServerAction::<MdfRequest>::new();
    let error = action_error(submit.value());
    let existing = form.edit.clone();
    let echo = Echo::new(
        error,
        existing
            .as_ref()
            .map(|e| e.values.clone())
            .unwrap_or_default(),
    );
    // Live amount check as the partner types (the server checks again).
    let (cost, set_cost) = signal(echo.or_empty("total_cost"));
    let (requested, set_requested) = signal(echo.or_empty("requested"));
    let (contribution, set_contribution) = signal(echo.or_empty("contribution"));
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
    let start_default = echo
        .get("starts_on")
        .unwrap_or_else(|| date_input_value(today + 30 * DAY_MS));
    let end_default = echo
        .get("ends_on")
        .unwrap_or_else(|| date_input_value(today + 30 * DAY_MS));
    let type_options: Vec<(String, String)> = ActivityType::ALL
        .iter()
        .map(|t| (t.as_str().to_string(), t.label().to_string()))
        .collect();
    let type_initial = echo.get("activity_type").unwrap_or_else(|| "event".into());
    let cancel = edit_id
        .map(|id| format!("/mdf/{id}"))
        .unwrap_or_else(|| "/mdf".into());
    view! {
        {reason.map(|r| view! { <div class="alert alert-info"><span><strong>"Your channel manager asked: "</strong>{r}</span></div> })}
        <div class="split split-wide">
            <section class="card form-card">
                <FormError error=error />
                <ActionForm action=submit attr:class="stack mdf-form" attr:novalidate=true attr:id="mdf-form">
                    <TimedFields echo=echo.clone() served_at=form.served_at served_sig=form.served_sig.clone()>
                        {edit_id.map(|id| view! { <input type="hidden" name="request_id" value=id /> })}
                        <fieldset class="form-section">
                            <legend>"Activity"</legend>
                            <div class="row-2">
                                <SelectField label="Kind of activity *" name="activity_type" options=type_options initial=type_initial error=error />
                                <Field label="Title *" name="title" initial=echo.or_empty("title") error=error required=true autofocus=true hint="Like “Cloud security breakfast, Munich”." />
                            </div>
                            <div class="row-2">
                                <Field label="First day *" name="starts_on" kind="date" initial=start_default error=error required=true />
                                <Field label="Last day *" name="ends_on" kind="date" initial=end_default error=error required=true />
                            </div>
                            <TextArea label="What you will do" name="description" initial=echo.or_empty("description") error=error hint="Audience, channels, the vendor products featured." />
                        </fieldset>
                        <fieldset class="form-section">
                            <legend>{format!("Money ({currency})")}</legend>
                            <div class="row-3">
                                <div on:input=move |ev| set_cost.set(event_target_value(&ev))>
                                    <Field label="Total cost *" name="total_cost" initial=echo.or_empty("total_cost") error=error required=true />
                                </div>
                                <div on:input=move |ev| set_requested.set(event_target_value(&ev))>
                                    <Field label="Amount requested *" name="requested" initial=echo.or_empty("requested") error=error required=true />
                                </div>
                                <div on:input=move |ev| set_contribution.set(event_target_value(&ev))>
                                    <Field label="Your contribution" name="contribution" initial=echo.or_empty("contribution") error=error hint="Optional" />
                                </div>
                            </div>
                            <p class=move || format!("amount-check alert alert-{}", live.get().1) aria-live="polite">{move || live.get().0}</p>
                        </fieldset>
                        <fieldset class="form-section">
                            <legend>"Expected results"</legend>
                            <div class="row-2">
                                <Field label="Leads" name="expected_leads" initial=echo.or_empty("expected_leads") error=error hint="Optional" />
                                <Field label="Pipeline" name="expected_pipeline" initial=echo.or_empty("expected_pipeline") error=error hint="Optional, in the same currency" />
                            </div>
                        </fieldset>
                        <div class="form-actions">
                            <button class="btn btn-primary btn-lg" type="submit" disabled=move || submit.pending().get()>
                                {move || if submit.pending().get() { "Sending…" } else if edit_id.is_some() { "Save and submit again" } else { "Submit request" }}
                            </button>
                            <a class="btn btn-ghost" href=cancel>"Cancel"</a>
                        </div>
                    </TimedFields>
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
