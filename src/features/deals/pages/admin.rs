//! The vendor admin's deal program: settings, approval rules and products.

use super::*;

#[component]
pub fn DealAdminPage() -> impl IntoView {
    view! {
        <Page title=t!("deal-admin-title") roles=&[Role::VendorAdmin]>
            <DealAdminBody />
        </Page>
    }
}

#[component]
pub(super) fn DealAdminBody() -> impl IntoView {
    let save_settings = ServerAction::<DealSettingsSave>::new();
    let save_rule = ServerAction::<DealRuleSave>::new();
    let delete_rule = ServerAction::<DealRuleDelete>::new();
    let save_product = ServerAction::<ProductSave>::new();
    let config = Resource::new(
        move || {
            (
                save_settings.version().get(),
                save_rule.version().get(),
                delete_rule.version().get(),
                save_product.version().get(),
            )
        },
        |_| load_deal_config(),
    );
    let settings_error = action_error(save_settings.value());
    let rule_error = action_error(save_rule.value());
    let product_error = action_error(save_product.value());
    let saved = move || matches!(save_settings.value().get(), Some(Ok(())));
    view! {
        <crate::ui::AdminTabs current="/admin/deals" />
        <div class="page-head">
            <div>
                <h1>{t!("deal-admin-title")}</h1>
                <p class="muted">{t!("deal-admin-lead")}</p>
            </div>
        </div>
        <Loaded resource=config let:c>
            {
                    {
                        let company_options: Vec<(String, String)> = std::iter::once(("".to_string(), t!("deal-admin-any-company")))
                            .chain(c.companies.iter().map(|(id, n)| (id.to_string(), n.clone())))
                            .collect();
                        let product_options: Vec<(String, String)> = std::iter::once(("".to_string(), t!("deal-admin-any-product")))
                            .chain(c.products.iter().filter(|p| p.active).map(|p| (p.id.to_string(), p.name.clone())))
                            .collect();
                        let region_options: Vec<(String, String)> = std::iter::once(("".to_string(), t!("deal-admin-any-region")))
                            .chain(crate::shared::validate::REGIONS.iter().map(|r| (r.to_string(), region_label(r))))
                            .collect();
                        let conflict_options: Vec<(String, String)> = super::super::rules::ConflictCondition::ALL.iter()
                            .map(|x| (x.as_str().to_string(), x.label())).collect();
                        let action_options: Vec<(String, String)> = super::super::rules::RuleAction::ALL.iter()
                            .map(|x| (x.as_str().to_string(), x.label())).collect();
                        let company_name = |id: Option<i64>| id.and_then(|id| c.companies.iter().find(|(i, _)| *i == id).map(|(_, n)| n.clone()));
                        let product_name = |id: Option<i64>| id.and_then(|id| c.products.iter().find(|p| p.id == id).map(|p| p.name.clone()));
                        view! {
                            <div class="split">
                                <div class="stack">
                                    <section class="card table-card">
                                        <h2 class="card-title">{t!("deal-admin-rules")}</h2>
                                        <p class="muted table-intro">{t!("deal-admin-rules-intro")}</p>
                                        <FormError error=action_error(delete_rule.value()) />
                                        {if c.rules.is_empty() {
                                            view! { <EmptyState title=t!("deal-admin-rules-empty") text=t!("deal-admin-rules-empty-text") /> }.into_any()
                                        } else {
                                            view! {
                                                <div class="table-wrap">
                                                    <table class="table">
                                                        <thead><tr>
                                                            <th scope="col" class="num">{t!("deal-admin-order")}</th>
                                                            <th scope="col">{t!("deal-admin-rule")}</th>
                                                            <th scope="col">{t!("deal-admin-when")}</th>
                                                            <th scope="col">{t!("deal-admin-then")}</th>
                                                            <th scope="col"><span class="sr-only">{t!("deal-admin-actions")}</span></th>
                                                        </tr></thead>
                                                        <tbody>
                                                            {c.rules.iter().map(|r| {
                                                                let mut when = Vec::new();
                                                                if let Some(n) = company_name(r.company_id) { when.push(n); }
                                                                if let Some(rg) = &r.region { when.push(region_label(rg)); }
                                                                if let Some(p) = product_name(r.product_id) { when.push(p); }
                                                                if let Some(v) = r.min_value_cents { when.push(t!("deal-rule-when-min", value = v / 100)); }
                                                                if let Some(v) = r.max_value_cents { when.push(t!("deal-rule-when-max", value = v / 100)); }
                                                                when.push(use_l10n().t(r.conflict.inline_key()));
                                                                let id = r.id;
                                                                let rule_name = r.name.clone();
                                                                view! {
                                                                    <tr>
                                                                        <td class="num">{r.position}</td>
                                                                        <td>
                                                                            <div class="cell-main">{r.name.clone()}</div>
                                                                            {(!r.active).then(|| view! { <Badge text=t!("deal-admin-paused") /> })}
                                                                        </td>
                                                                        <td>{when.join(" · ")}</td>
                                                                        <td>{r.action.label()}</td>
                                                                        <td class="actions-cell">
                                                                            <ActionForm action=delete_rule>
                                                                                <input type="hidden" name="id" value=id />
                                                                                <button class="btn btn-ghost btn-sm" type="submit" aria-label=t!("deal-admin-delete-rule", name = rule_name)>{t!("deal-admin-delete")}</button>
                                                                            </ActionForm>
                                                                        </td>
                                                                    </tr>
                                                                }
                                                            }).collect_view()}
                                                        </tbody>
                                                    </table>
                                                </div>
                                            }.into_any()
                                        }}
                                    </section>
                                    <section class="card form-card">
                                        <h2 class="card-title">{t!("deal-admin-add-rule-title")}</h2>
                                        <FormError error=rule_error />
                                        <ActionForm action=save_rule attr:class="stack" attr:novalidate=true>
                                            <div class="row-2">
                                                <Field label=t!("deal-admin-rule-name") name="name" error=rule_error />
                                                <Field label=t!("deal-admin-order") name="position" initial="100" error=rule_error hint=t!("deal-admin-order-hint") />
                                            </div>
                                            <div class="row-3">
                                                <SelectField label=t!("deal-admin-company") name="company_id" options=company_options error=rule_error />
                                                <SelectField label=t!("deal-admin-region") name="region" options=region_options error=rule_error />
                                                <SelectField label=t!("deal-admin-product") name="product_id" options=product_options error=rule_error />
                                            </div>
                                            <div class="row-3">
                                                <Field label=t!("deal-admin-value-from") name="min_value" error=rule_error />
                                                <Field label=t!("deal-admin-value-below") name="max_value" error=rule_error />
                                                <SelectField label=t!("deal-admin-conflict") name="conflict" options=conflict_options initial="any" error=rule_error />
                                            </div>
                                            <SelectField label=t!("deal-admin-then") name="action" options=action_options initial="route_manager" error=rule_error />
                                            <label class="check inline"><input type="checkbox" name="active" value="true" checked=true /><span>{t!("deal-admin-active")}</span></label>
                                            <button class="btn btn-primary" type="submit">{t!("deal-admin-add-rule")}</button>
                                        </ActionForm>
                                    </section>
                                </div>
                                <div class="stack">
                                    <section class="card form-card">
                                        <h2 class="card-title">{t!("deal-admin-settings")}</h2>
                                        {move || saved().then(|| view! { <Notice text=t!("deal-admin-settings-saved") /> })}
                                        <FormError error=settings_error />
                                        <ActionForm action=save_settings attr:class="stack" attr:novalidate=true>
                                            <Field label=t!("deal-admin-exclusivity") name="exclusivity_days" initial=c.exclusivity_days.to_string() error=settings_error hint=t!("deal-admin-exclusivity-hint") />
                                            <Field label=t!("deal-admin-sla") name="sla_hours" initial=c.sla_hours.to_string() error=settings_error hint=t!("deal-admin-sla-hint") />
                                            <Field label=t!("deal-admin-extension") name="extension_days" initial=c.extension_days.to_string() error=settings_error />
                                            <Field label=t!("deal-admin-reminders") name="reminder_days" initial=c.reminder_days.clone() error=settings_error hint=t!("deal-admin-reminders-hint") />
                                            <button class="btn btn-primary" type="submit">{t!("deal-admin-save-settings")}</button>
                                        </ActionForm>
                                    </section>
                                    <section class="card table-card">
                                        <h2 class="card-title">{t!("deal-label-products")}</h2>
                                        <ul class="plain-list product-list">
                                            {c.products.iter().map(|p| {
                                                let (id, sku, name, active) = (p.id, p.sku.clone(), p.name.clone(), p.active);
                                                view! {
                                                    <li>
                                                        <div>
                                                            <div class="cell-main">{name.clone()}</div>
                                                            <div class="cell-sub">{t!("deal-admin-product-registrations", sku = &sku, count = p.deals)}</div>
                                                        </div>
                                                        <ActionForm action=save_product>
                                                            <input type="hidden" name="id" value=id />
                                                            <input type="hidden" name="sku" value=sku.clone() />
                                                            <input type="hidden" name="name" value=name.clone() />
                                                            <input type="hidden" name="active" value=if active { "false" } else { "true" } />
                                                            <button
                                                                class="btn btn-ghost btn-sm"
                                                                type="submit"
                                                                aria-label=if active { t!("deal-admin-retire-named", name = &name) } else { t!("deal-admin-offer-again-named", name = &name) }
                                                            >
                                                                {if active { t!("deal-admin-retire") } else { t!("deal-admin-offer-again") }}
                                                            </button>
                                                        </ActionForm>
                                                    </li>
                                                }
                                            }).collect_view()}
                                        </ul>
                                        <ActionForm action=save_product attr:class="stack product-add" attr:novalidate=true>
                                            <FormError error=product_error />
                                            <div class="row-2">
                                                <Field label=t!("deal-admin-sku") name="sku" error=product_error />
                                                <Field label=t!("deal-admin-product-name") name="name" error=product_error />
                                            </div>
                                            <input type="hidden" name="active" value="true" />
                                            <button class="btn btn-secondary" type="submit">{t!("deal-admin-add-product")}</button>
                                        </ActionForm>
                                    </section>
                                </div>
                            </div>
                        }.into_any()
                    }
            }
        </Loaded>
    }
}
