//! The request form, timed like deal registration; also the edit form of a
//! returned request.

use super::*;
use crate::ui::{Echo, TimedFields};

#[component]
pub fn NewMdfPage() -> impl IntoView {
    view! {
        <Page title=t!("mdf-new-page-title") roles=PARTNERS>
            <RequestFormBody edit=false />
        </Page>
    }
}

#[component]
pub fn EditMdfPage() -> impl IntoView {
    view! {
        <Page title=t!("mdf-edit-page-title") roles=PARTNERS>
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
                <p class="eyebrow"><a href="/mdf">{t!("mdf-funds-link")}</a></p>
                <h1>{if edit { t!("mdf-edit-heading") } else { t!("mdf-new-heading") }}</h1>
                <p class="muted">{if edit { t!("mdf-edit-lead") } else { t!("mdf-new-lead") }}</p>
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
        let l = use_l10n();
        move || {
            let cost = parse_money(&cost.get()).ok();
            let req = parse_money(&requested.get()).ok();
            let contrib = parse_money(&contribution.get()).unwrap_or(0);
            match (cost, req) {
                (Some(c), Some(r)) => {
                    let errs = rules::request_amount_errors(
                        c,
                        r,
                        contrib,
                        max_percent,
                        requestable,
                        &currency,
                    );
                    match errs.first() {
                        Some((_, m)) => (l.msg(m), "warning"),
                        None => (
                            l.t_with(
                                "mdf-live-ok",
                                &[("left", Arg::money(requestable - r, &currency))],
                            ),
                            "success",
                        ),
                    }
                }
                (Some(c), None) => (
                    l.t_with(
                        "mdf-live-up-to",
                        &[(
                            "max",
                            Arg::money(
                                rules::max_reimbursable(c, max_percent).min(requestable),
                                &currency,
                            ),
                        )],
                    ),
                    "info",
                ),
                _ => (
                    l.t_with(
                        "mdf-live-rules",
                        &[
                            ("percent", Arg::Int(max_percent)),
                            ("available", Arg::money(requestable, &currency)),
                        ],
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
        .map(|t| (t.as_str().to_string(), t.label()))
        .collect();
    let type_initial = echo.get("activity_type").unwrap_or_else(|| "event".into());
    let cancel = edit_id
        .map(|id| format!("/mdf/{id}"))
        .unwrap_or_else(|| "/mdf".into());
    view! {
        {reason.map(|r| view! { <div class="alert alert-info"><span><strong>{t!("mdf-manager-asked")}" "</strong>{r}</span></div> })}
        <div class="split split-wide">
            <section class="card form-card">
                <FormError error=error />
                <ActionForm action=submit attr:class="stack mdf-form" attr:novalidate=true attr:id="mdf-form">
                    <TimedFields echo=echo.clone() served_at=form.served_at served_sig=form.served_sig.clone()>
                        {edit_id.map(|id| view! { <input type="hidden" name="request_id" value=id /> })}
                        <fieldset class="form-section">
                            <legend>{t!("mdf-form-activity")}</legend>
                            <div class="row-2">
                                <SelectField label=t!("mdf-form-kind") name="activity_type" options=type_options initial=type_initial error=error />
                                <Field label=t!("mdf-form-title") name="title" initial=echo.or_empty("title") error=error required=true autofocus=true hint=t!("mdf-form-title-hint") />
                            </div>
                            <div class="row-2">
                                <Field label=t!("mdf-form-first-day") name="starts_on" kind="date" initial=start_default error=error required=true />
                                <Field label=t!("mdf-form-last-day") name="ends_on" kind="date" initial=end_default error=error required=true />
                            </div>
                            <TextArea label=t!("mdf-form-description") name="description" initial=echo.or_empty("description") error=error hint=t!("mdf-form-description-hint") />
                        </fieldset>
                        <fieldset class="form-section">
                            <legend>{t!("mdf-form-money", currency = currency.as_str())}</legend>
                            <div class="row-3">
                                <div on:input=move |ev| set_cost.set(event_target_value(&ev))>
                                    <Field label=t!("mdf-form-total-cost") name="total_cost" initial=echo.or_empty("total_cost") error=error required=true />
                                </div>
                                <div on:input=move |ev| set_requested.set(event_target_value(&ev))>
                                    <Field label=t!("mdf-form-requested") name="requested" initial=echo.or_empty("requested") error=error required=true />
                                </div>
                                <div on:input=move |ev| set_contribution.set(event_target_value(&ev))>
                                    <Field label=t!("mdf-form-contribution") name="contribution" initial=echo.or_empty("contribution") error=error hint=t!("mdf-form-optional") />
                                </div>
                            </div>
                            <p class=move || format!("amount-check alert alert-{}", live.get().1) aria-live="polite">{move || live.get().0}</p>
                        </fieldset>
                        <fieldset class="form-section">
                            <legend>{t!("mdf-form-expected")}</legend>
                            <div class="row-2">
                                <Field label=t!("mdf-form-leads") name="expected_leads" initial=echo.or_empty("expected_leads") error=error hint=t!("mdf-form-optional") />
                                <Field label=t!("mdf-form-pipeline") name="expected_pipeline" initial=echo.or_empty("expected_pipeline") error=error hint=t!("mdf-form-pipeline-hint") />
                            </div>
                        </fieldset>
                        <div class="form-actions">
                            <button class="btn btn-primary btn-lg" type="submit" disabled=move || submit.pending().get()>
                                {move || if submit.pending().get() { t!("mdf-form-sending") } else if edit_id.is_some() { t!("mdf-form-resubmit") } else { t!("mdf-form-submit") }}
                            </button>
                            <a class="btn btn-ghost" href=cancel>{t!("mdf-form-cancel")}</a>
                        </div>
                    </TimedFields>
                </ActionForm>
            </section>
            <aside class="stack">
                <FundCardView card=fund.clone() link=false />
                <section class="card">
                    <h2 class="card-title">{t!("mdf-form-next-title")}</h2>
                    <p class="muted">{t!("mdf-form-next-approve")}</p>
                    <p class="muted">{t!("mdf-form-next-claim", days = form.claim_days)}</p>
                </section>
            </aside>
        </div>
    }
}
