//! The staff's new-lead form: the lead is handed out by the rules as soon
//! as it is saved.

use super::*;

#[component]
pub fn NewLeadPage() -> impl IntoView {
    let form = Resource::new(|| (), |_| lead_form());
    view! {
        <Page title=t!("lead-new-title") roles=STAFF>
            <div class="page-head">
                <div>
                    <p class="eyebrow"><a href="/leads">{t!("lead-list-title")}</a></p>
                    <h1>{t!("lead-new-title")}</h1>
                    <p class="muted">{t!("lead-new-lead")}</p>
                </div>
            </div>
            <Loaded resource=form let:f>
                <LeadForm form=f />
            </Loaded>
        </Page>
    }
}

#[component]
fn LeadForm(form: LeadFormInfo) -> impl IntoView {
    let submit = ServerAction::<LeadCreate>::new();
    let error = action_error(submit.value());
    let mut countries: Vec<(String, String)> = vec![(String::new(), t!("lead-choose"))];
    countries.extend(
        COUNTRIES
            .iter()
            .map(|(c, _)| (c.to_string(), country_name(c))),
    );
    let mut regions: Vec<(String, String)> = vec![(String::new(), t!("lead-choose"))];
    regions.extend(REGIONS.iter().map(|r| (r.to_string(), region_label(r))));
    let mut products: Vec<(String, String)> = vec![(String::new(), t!("lead-any-product"))];
    products.extend(
        form.products
            .iter()
            .map(|(id, n)| (id.to_string(), n.clone())),
    );
    let currencies: Vec<(String, String)> = CURRENCIES
        .iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect();
    let sources = crate::ui::enum_options(LeadSource::ALL);
    view! {
        <ActionForm action=submit attr:class="card stack form-card">
            <FormError error=error />
            <fieldset class="form-section">
                <legend>{t!("lead-form-customer")}</legend>
                <div class="row-2">
                    <Field label=t!("lead-field-customer") name="customer_name" error=error required=true autofocus=true />
                    <Field label=t!("lead-field-domain") name="customer_domain" error=error hint=t!("lead-field-domain-hint") />
                </div>
                <div class="row-2">
                    <SelectField label=t!("lead-field-country") name="country" options=countries error=error />
                    <SelectField label=t!("lead-field-region") name="region" options=regions error=error />
                </div>
            </fieldset>
            <fieldset class="form-section">
                <legend>{t!("lead-form-contact")}</legend>
                <div class="row-2">
                    <Field label=t!("lead-field-contact-name") name="contact_name" error=error required=true />
                    <Field label=t!("lead-field-contact-title") name="contact_title" error=error />
                </div>
                <div class="row-2">
                    <Field label=t!("lead-field-contact-email") name="contact_email" kind="email" error=error required=true />
                    <Field label=t!("lead-field-contact-phone") name="contact_phone" kind="tel" error=error />
                </div>
            </fieldset>
            <fieldset class="form-section">
                <legend>{t!("lead-form-interest")}</legend>
                <div class="row-3">
                    <SelectField label=t!("lead-field-product") name="product_id" options=products error=error />
                    <Field label=t!("lead-field-value") name="value" error=error hint=t!("lead-field-value-hint") />
                    <SelectField label=t!("lead-field-currency") name="currency" options=currencies initial=form.currency.clone() error=error />
                </div>
                <SelectField label=t!("lead-field-source") name="source" options=sources error=error />
                <TextArea label=t!("lead-field-notes") name="notes" error=error hint=t!("lead-field-notes-hint") />
            </fieldset>
            <div class="btn-row">
                <button class="btn btn-primary" type="submit">{t!("lead-new-submit")}</button>
                <a class="btn btn-ghost" href="/leads">{t!("lead-cancel")}</a>
            </div>
        </ActionForm>
    }
}
