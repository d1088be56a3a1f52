//! "Become a partner" and the page its confirmation link opens.

use leptos::prelude::*;
use leptos::server_fn::ServerFn;

use super::super::api::{apply_form, ApplyConfirm, ApplySubmit};
use super::super::rules::{RevenueBand, Specialisation, MESSAGE_MAX};
use crate::shared::validate::{country_name, COUNTRIES};
use crate::shared::CompanyType;
use crate::t;
use crate::ui::{
    action_error, enum_options, query_param as query, Field, FormError, Loaded, Notice, PublicCard,
    SelectField, TextArea,
};

#[component]
pub fn ApplyPage() -> impl IntoView {
    let sent = query("sent").is_some();
    view! {
        <PublicCard title=t!("apply-title") lead=t!("apply-lead") wide=true>
            {if sent {
                view! {
                    <Notice text=t!("apply-sent") />
                    <p class="muted">{t!("apply-sent-more")}</p>
                }.into_any()
            } else {
                view! { <ApplyForm /> }.into_any()
            }}
            <p class="auth-foot">{t!("apply-have-account")}" "<a href="/login">{t!("auth-back-to-sign-in")}</a></p>
        </PublicCard>
    }
}

#[component]
fn ApplyForm() -> impl IntoView {
    let action = ServerAction::<ApplySubmit>::new();
    let error = action_error(action.value());
    let stamp = Resource::new(|| (), |_| apply_form());
    let mut countries: Vec<(String, String)> = vec![(String::new(), t!("apply-choose"))];
    countries.extend(
        COUNTRIES
            .iter()
            .map(|(c, _)| (c.to_string(), country_name(c))),
    );
    let mut types = vec![(String::new(), t!("apply-choose"))];
    types.extend(enum_options(CompanyType::ALL));
    let mut bands = vec![(String::new(), t!("apply-choose"))];
    bands.extend(enum_options(RevenueBand::ALL));
    let picked = move || {
        error
            .get()
            .and_then(|e| e.value("specialisations"))
            .unwrap_or_default()
    };
    let spec_error = move || error.get().and_then(|e| e.field("specialisations"));
    view! {
        <FormError error />
        <Loaded resource=stamp let:s>
            <form method="post" action=ApplySubmit::PATH class="stack" novalidate>
                <input type="hidden" name="served_at" value=s.served_at />
                <input type="hidden" name="served_sig" value=s.served_sig.clone() />
                <div class="trap" aria-hidden="true">
                    <label for="fax_number">{t!("apply-trap")}</label>
                    <input id="fax_number" name="fax_number" type="text" tabindex="-1" autocomplete="off" />
                </div>
                <fieldset class="form-section">
                    <legend>{t!("apply-section-company")}</legend>
                    <Field label=t!("apply-field-legal-name") name="legal_name" error required=true autofocus=true autocomplete="organization" />
                    <div class="row-2">
                        <Field label=t!("apply-field-website") name="website" kind="url" error hint=t!("apply-field-website-hint") autocomplete="url" />
                        <SelectField label=t!("apply-field-country") name="country" options=countries.clone() error />
                    </div>
                    <div class="row-2">
                        <SelectField label=t!("apply-field-type") name="partner_type" options=types.clone() error />
                        <SelectField label=t!("apply-field-revenue") name="revenue_band" options=bands.clone() error />
                    </div>
                    <Field label=t!("apply-field-tax-id") name="tax_id" error hint=t!("apply-field-tax-id-hint") />
                </fieldset>
                <fieldset class="form-section" aria-describedby="specialisations-error">
                    <legend>{t!("apply-section-specialisations")}</legend>
                    <div class="checks" class:has-error=move || spec_error().is_some()>
                        {Specialisation::ALL.iter().enumerate().map(|(i, sp)| {
                            let value = sp.as_str();
                            let checked = move || picked().split(',').any(|p| p == value);
                            view! {
                                <label class="check">
                                    <input type="checkbox" name=format!("specialisations[{i}]") value=value checked=checked />
                                    <span>{sp.label()}</span>
                                </label>
                            }
                        }).collect_view()}
                    </div>
                    <p class="field-error" id="specialisations-error" role="alert" hidden=move || spec_error().is_none()>{spec_error}</p>
                </fieldset>
                <fieldset class="form-section">
                    <legend>{t!("apply-section-contact")}</legend>
                    <Field label=t!("apply-field-contact-name") name="contact_name" error required=true autocomplete="name" />
                    <div class="row-2">
                        <Field label=t!("apply-field-contact-email") name="contact_email" kind="email" error required=true autocomplete="email" hint=t!("apply-field-contact-email-hint") />
                        <Field label=t!("apply-field-contact-phone") name="contact_phone" kind="tel" error autocomplete="tel" />
                    </div>
                    <TextArea label=t!("apply-field-message") name="message" error maxlength=MESSAGE_MAX hint=t!("apply-field-message-hint") />
                </fieldset>
                <p class="muted small">{t!("apply-privacy")}</p>
                <button class="btn btn-primary btn-block" type="submit">{t!("apply-submit")}</button>
            </form>
        </Loaded>
    }
}

/// The page the confirmation link opens. Opening it changes nothing (mail
/// scanners open links): the button posts the token.
#[component]
pub fn ApplyConfirmPage() -> impl IntoView {
    let action = ServerAction::<ApplyConfirm>::new();
    let error = action_error(action.value());
    let done = query("done").is_some();
    let token = query("token").unwrap_or_default();
    view! {
        <PublicCard title=t!("apply-confirm-title")>
            {if done {
                view! {
                    <Notice text=t!("apply-confirmed") />
                    <p class="muted">{t!("apply-confirmed-more")}</p>
                }.into_any()
            } else {
                view! {
                    <p class="muted">{t!("apply-confirm-lead")}</p>
                    <FormError error />
                    <form method="post" action=ApplyConfirm::PATH class="stack" novalidate>
                        <input type="hidden" name="token" value=token />
                        <button class="btn btn-primary btn-block" type="submit">{t!("apply-confirm-submit")}</button>
                    </form>
                }.into_any()
            }}
            <p class="auth-foot"><a href="/login">{t!("auth-back-to-sign-in")}</a></p>
        </PublicCard>
    }
}
