//! The registration form, timed from the first keystroke, with the live
//! conflict check as the partner types; also the edit form of a returned
//! registration.

use super::*;
use crate::ui::{Echo, TimedFields};

#[component]
pub fn NewDealPage() -> impl IntoView {
    view! {
        <Page title=t!("deal-new-title") roles=PARTNERS>
            <NewDealBody />
        </Page>
    }
}

#[component]
pub fn EditDealPage() -> impl IntoView {
    view! {
        <Page title=t!("deal-edit-title") roles=PARTNERS>
            <NewDealBody edit=true />
        </Page>
    }
}

#[component]
pub(super) fn NewDealBody(#[prop(default = false)] edit: bool) -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        edit.then(|| params.read().get("id").and_then(|v| v.parse::<i64>().ok()))
            .flatten()
            .or(edit.then_some(0))
    };
    // `?lead=12`: the form opens filled in from that lead.
    let query = use_query_map();
    let lead = move || {
        (!edit)
            .then(|| query.read().get("lead").and_then(|v| v.parse::<i64>().ok()))
            .flatten()
    };
    let form = Resource::new(move || (id(), lead()), |(id, lead)| deal_form(id, lead));
    view! {
        <div class="page-head">
            <div>
                <h1>{if edit { t!("deal-edit-title") } else { t!("deal-new-title") }}</h1>
                <p class="muted">{if edit { t!("deal-edit-lead") } else { t!("deal-new-lead") }}</p>
            </div>
        </div>
        <Loaded resource=form let:f>
            <DealFormView form=f />
        </Loaded>
    }
}

#[component]
pub(super) fn DealFormView(form: DealFormInfo) -> impl IntoView {
    let register = ServerAction::<DealRegister>::new();
    let error = action_error(register.value());
    let existing = form.edit.clone();
    let from_lead = form.from_lead.clone();
    let echo = Echo::new(
        error,
        existing
            .as_ref()
            .map(|e| e.values.clone())
            .or_else(|| from_lead.as_ref().map(|l| l.values.clone()))
            .unwrap_or_default(),
    );
    // Live conflict check: debounced, on name, domain and products.
    let (name, set_name) = signal(String::new());
    let (domain, set_domain) = signal(String::new());
    let (picked, set_picked) = signal(Vec::<i64>::new());
    let check = Action::new(|args: &(String, String, Vec<i64>)| {
        let (n, d, p) = args.clone();
        async move { deal_check(n, d, Some(p)).await }
    });
    let pending_check = StoredValue::new(0u64);
    let schedule_check = move || {
        let ticket = pending_check.get_value() + 1;
        pending_check.set_value(ticket);
        set_timeout(
            move || {
                if pending_check.get_value() == ticket {
                    check.dispatch((
                        name.get_untracked(),
                        domain.get_untracked(),
                        picked.get_untracked(),
                    ));
                }
            },
            std::time::Duration::from_millis(300),
        );
    };
    // A new registration whose customer was typed before the page
    // hydrated (a slow connection, a pasted value) is checked now, as if
    // typed after. An edited deal is not: it would find itself.
    let is_new = form.edit.is_none();
    Effect::new(move |_| {
        if let Some((n, d, p)) = typed_before_hydration().filter(|_| is_new) {
            set_name.set(n);
            set_domain.set(d);
            set_picked.set(p);
            schedule_check();
        }
    });
    let picked_initial: Vec<i64> = echo
        .get("products")
        .map(|s| s.split(',').filter_map(|p| p.parse().ok()).collect())
        .or_else(|| existing.as_ref().map(|d| d.product_ids.clone()))
        .or_else(|| from_lead.as_ref().map(|l| l.product_ids.clone()))
        .unwrap_or_default();
    let default_close = echo.get("close_date").unwrap_or_else(|| {
        date_input_value({
            let now = form.served_at;
            now - now.rem_euclid(DAY_MS) + 60 * DAY_MS
        })
    });
    let edit_id = existing.as_ref().map(|d| d.id);
    let resubmit = existing
        .as_ref()
        .is_some_and(|d| d.status == DealStatus::Draft);
    let submit_label = match (&existing, resubmit) {
        (None, _) => t!("deal-form-submit"),
        (Some(_), true) => t!("deal-form-resubmit"),
        (Some(_), false) => t!("deal-form-save"),
    };
    let saving_label = t!("deal-form-saving");
    let cancel_href = edit_id
        .map(|id| format!("/deals/{id}"))
        .unwrap_or_else(|| "/deals".to_string());
    let country_initial = echo.get("country").unwrap_or_else(|| form.country.clone());
    let currency_initial = echo
        .get("currency")
        .unwrap_or_else(|| form.currency.clone());
    let type_initial = echo.get("deal_type").unwrap_or_else(|| "new".to_string());
    let currency_options: Vec<(String, String)> = CURRENCIES
        .iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect();
    let mut country_options: Vec<(String, String)> = COUNTRIES
        .iter()
        .map(|(c, _)| (c.to_string(), country_name(c)))
        .collect();
    // In the reader's alphabet: names differ by language.
    country_options.sort_by_key(|(_, name)| name.to_lowercase());
    let type_options: Vec<(String, String)> = DealType::ALL
        .iter()
        .map(|t| (t.as_str().to_string(), t.label()))
        .collect();
    let products_error = move || error.get().and_then(|e| e.field("products"));
    // A repeat of the company's own registration links to that deal.
    let duplicate_link = Signal::derive(move || {
        error
            .get()
            .and_then(|e| e.value(DUPLICATE_OF))
            .and_then(|id| id.parse::<i64>().ok())
            .map(|id| (format!("/deals/{id}"), t!("deal-open", id = id.to_string())))
    });
    let median = form.median_approval_ms;
    view! {
        <div class="split split-wide">
            <section class="card form-card">
                <FormError error=error link=duplicate_link />
                <ActionForm action=register attr:class="stack deal-form" attr:novalidate=true attr:id="deal-form">
                    <TimedFields echo=echo.clone() served_at=form.served_at served_sig=form.served_sig.clone()>
                        {edit_id.map(|id| view! { <input type="hidden" name="deal_id" value=id /> })}
                        {from_lead.as_ref().map(|l| view! {
                            <input type="hidden" name="lead_id" value=l.lead_id />
                            <div class="alert alert-info"><span>{t!("deal-form-from-lead", id = l.lead_id.to_string())}</span></div>
                        })}
                        <fieldset class="form-section">
                            <legend>{t!("deal-form-customer")}</legend>
                            <div class="row-2">
                                <div on:input=move |ev| { set_name.set(event_target_value(&ev)); schedule_check(); }>
                                    <Field label=t!("deal-form-customer-name") name="customer_name" initial=echo.or_empty("customer_name") error=error autofocus=true required=true />
                                </div>
                                <div on:input=move |ev| { set_domain.set(event_target_value(&ev)); schedule_check(); }>
                                    <Field label=t!("deal-form-customer-domain") name="customer_domain" initial=echo.or_empty("customer_domain") error=error required=true hint=t!("deal-form-customer-domain-hint") />
                                </div>
                            </div>
                            <div class="row-3">
                                <Field label=t!("deal-form-contact-name") name="contact_name" initial=echo.or_empty("contact_name") error=error required=true />
                                <Field label=t!("deal-form-contact-email") name="contact_email" initial=echo.or_empty("contact_email") kind="email" error=error required=true />
                                <Field label=t!("deal-form-contact-phone") name="contact_phone" initial=echo.or_empty("contact_phone") kind="tel" error=error />
                            </div>
                            <SelectField label=t!("deal-form-country") name="country" options=country_options initial=country_initial error=error />
                        </fieldset>
                        <fieldset class="form-section" aria-describedby="products-error">
                            <legend>{t!("deal-form-products")}</legend>
                            <div class="checks" class:has-error=move || products_error().is_some()>
                                {form.products.iter().enumerate().map(|(i, p)| {
                                    let id = p.id;
                                    let checked = picked_initial.contains(&id);
                                    view! {
                                        <label class="check">
                                            <input
                                                type="checkbox"
                                                name=format!("products[{i}]")
                                                value=id
                                                checked=checked
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    set_picked.update(|v| {
                                                        v.retain(|x| *x != id);
                                                        if on { v.push(id); }
                                                    });
                                                    schedule_check();
                                                }
                                            />
                                            <span>{p.name.clone()}</span>
                                            <span class="muted small">{p.sku.clone()}</span>
                                        </label>
                                    }
                                }).collect_view()}
                            </div>
                            <p class="field-error" id="products-error" role="alert" hidden=move || products_error().is_none()>{products_error}</p>
                        </fieldset>
                        <fieldset class="form-section">
                            <legend>{t!("deal-form-deal")}</legend>
                            <div class="row-3">
                                <Field label=t!("deal-form-value") name="value" initial=echo.or_empty("value") error=error required=true hint=t!("deal-form-value-hint") />
                                <SelectField label=t!("deal-form-currency") name="currency" options=currency_options initial=currency_initial error=error />
                                <Field label=t!("deal-form-close-date") name="close_date" kind="date" initial=default_close error=error required=true />
                            </div>
                            <SelectField label=t!("deal-label-deal-type") name="deal_type" options=type_options initial=type_initial error=error />
                            <TextArea label=t!("deal-label-notes") name="notes" initial=echo.or_empty("notes") error=error hint=t!("deal-form-notes-hint") />
                        </fieldset>
                        <div class="form-actions">
                            <button class="btn btn-primary btn-lg" type="submit" disabled=move || register.pending().get()>
                                {move || if register.pending().get() { saving_label.clone() } else { submit_label.clone() }}
                            </button>
                            <a class="btn btn-ghost" href=cancel_href>{t!("deal-form-cancel")}</a>
                        </div>
                    </TimedFields>
                </ActionForm>
            </section>
            <aside class="stack">
                <section class="card" aria-live="polite">
                    <h2 class="card-title">{t!("deal-check-title")}</h2>
                    {move || match check.value().get() {
                        None => view! { <p class="muted">{t!("deal-check-idle")}</p> }.into_any(),
                        Some(Err(e)) => view! { <p class="muted">{e.to_string()}</p> }.into_any(),
                        Some(Ok(hints)) if hints.is_empty() => view! {
                            <div class="alert alert-success conflict-clear"><span>{t!("deal-check-clear")}</span></div>
                        }.into_any(),
                        Some(Ok(hints)) => view! { <ConflictHints hints=hints /> }.into_any(),
                    }}
                </section>
                <section class="card">
                    <h2 class="card-title">{t!("deal-next-title")}</h2>
                    <p class="muted">
                        {match median {
                            Some(ms) => t!("deal-next-median", duration = format_duration(ms)),
                            None => t!("deal-next-default"),
                        }}
                    </p>
                    <p class="muted">{t!("deal-next-exclusive")}</p>
                </section>
            </aside>
        </div>
    }
}

#[component]
pub(super) fn ConflictHints(hints: Vec<ConflictHint>) -> impl IntoView {
    view! {
        <div class="stack-sm conflict-hints">
            {hints.into_iter().map(|h| match h.own_deal_id {
                Some(id) => view! {
                    <div class="alert alert-info" role="status">
                        <span>
                            {t!("deal-hint-own", reason = use_l10n().t(match_key(h.reason)))}" "
                            <a href=format!("/deals/{id}")>{t!("deal-open", id = id.to_string())}</a>
                        </span>
                    </div>
                }.into_any(),
                None => view! {
                    <div class="alert alert-warning" role="status">
                        <span>
                            <strong>{t!("deal-hint-possible")}</strong>" "
                            {t!("deal-hint-other", reason = use_l10n().t(match_key(h.reason)))}
                        </span>
                    </div>
                }.into_any(),
            }).collect_view()}
        </div>
    }
}
