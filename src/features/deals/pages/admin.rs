//! The vendor admin's deal program: settings, approval rules and products.

use super::*;

#[component]
pub fn DealAdminPage() -> impl IntoView {
    view! {
        <Page title="Deal program" roles=&[Role::VendorAdmin]>
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
                <h1>"Deal program"</h1>
                <p class="muted">"Exclusivity, the approval SLA, approval rules and the products partners register."</p>
            </div>
        </div>
        <Loaded resource=config let:c>
            {
                    {
                        let company_options: Vec<(String, String)> = std::iter::once(("".to_string(), "Any company".to_string()))
                            .chain(c.companies.iter().map(|(id, n)| (id.to_string(), n.clone())))
                            .collect();
                        let product_options: Vec<(String, String)> = std::iter::once(("".to_string(), "Any product".to_string()))
                            .chain(c.products.iter().filter(|p| p.active).map(|p| (p.id.to_string(), p.name.clone())))
                            .collect();
                        let region_options: Vec<(String, String)> = std::iter::once(("".to_string(), "Any region".to_string()))
                            .chain(crate::shared::validate::REGIONS.iter().map(|r| (r.to_string(), r.to_string())))
                            .collect();
                        let conflict_options: Vec<(String, String)> = super::super::rules::ConflictCondition::ALL.iter()
                            .map(|x| (x.as_str().to_string(), x.label().to_string())).collect();
                        let action_options: Vec<(String, String)> = super::super::rules::RuleAction::ALL.iter()
                            .map(|x| (x.as_str().to_string(), x.label().to_string())).collect();
                        let company_name = |id: Option<i64>| id.and_then(|id| c.companies.iter().find(|(i, _)| *i == id).map(|(_, n)| n.clone()));
                        let product_name = |id: Option<i64>| id.and_then(|id| c.products.iter().find(|p| p.id == id).map(|p| p.name.clone()));
                        view! {
                            <div class="split">
                                <div class="stack">
                                    <section class="card table-card">
                                        <h2 class="card-title">"Approval rules"</h2>
                                        <p class="muted table-intro">"The first matching rule (by order) decides. Without a match, the company's channel manager decides, or any vendor admin when none is assigned. A registration in conflict is never approved automatically."</p>
                                        <FormError error=action_error(delete_rule.value()) />
                                        {if c.rules.is_empty() {
                                            view! { <EmptyState title="No rules yet" text="Every registration goes to the company's channel manager." /> }.into_any()
                                        } else {
                                            view! {
                                                <div class="table-wrap">
                                                    <table class="table">
                                                        <thead><tr>
                                                            <th scope="col" class="num">"Order"</th>
                                                            <th scope="col">"Rule"</th>
                                                            <th scope="col">"When"</th>
                                                            <th scope="col">"Then"</th>
                                                            <th scope="col"><span class="sr-only">"Actions"</span></th>
                                                        </tr></thead>
                                                        <tbody>
                                                            {c.rules.iter().map(|r| {
                                                                let mut when = Vec::new();
                                                                if let Some(n) = company_name(r.company_id) { when.push(n); }
                                                                if let Some(rg) = &r.region { when.push(rg.clone()); }
                                                                if let Some(p) = product_name(r.product_id) { when.push(p); }
                                                                if let Some(v) = r.min_value_cents { when.push(format!("value ≥ {}", v / 100)); }
                                                                if let Some(v) = r.max_value_cents { when.push(format!("value < {}", v / 100)); }
                                                                when.push(r.conflict.label().to_lowercase());
                                                                let id = r.id;
                                                                let rule_name = r.name.clone();
                                                                view! {
                                                                    <tr>
                                                                        <td class="num">{r.position}</td>
                                                                        <td>
                                                                            <div class="cell-main">{r.name.clone()}</div>
                                                                            {(!r.active).then(|| view! { <Badge text="Paused" /> })}
                                                                        </td>
                                                                        <td>{when.join(" · ")}</td>
                                                                        <td>{r.action.label()}</td>
                                                                        <td class="actions-cell">
                                                                            <ActionForm action=delete_rule>
                                                                                <input type="hidden" name="id" value=id />
                                                                                <button class="btn btn-ghost btn-sm" type="submit">"Delete"<span class="sr-only">{format!(" rule {rule_name}")}</span></button>
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
                                        <h2 class="card-title">"Add a rule"</h2>
                                        <FormError error=rule_error />
                                        <ActionForm action=save_rule attr:class="stack" attr:novalidate=true>
                                            <div class="row-2">
                                                <Field label="Name" name="name" error=rule_error />
                                                <Field label="Order" name="position" initial="100" error=rule_error hint="Lower runs first." />
                                            </div>
                                            <div class="row-3">
                                                <SelectField label="Company" name="company_id" options=company_options error=rule_error />
                                                <SelectField label="Region" name="region" options=region_options error=rule_error />
                                                <SelectField label="Product" name="product_id" options=product_options error=rule_error />
                                            </div>
                                            <div class="row-3">
                                                <Field label="Value from" name="min_value" error=rule_error />
                                                <Field label="Value below" name="max_value" error=rule_error />
                                                <SelectField label="Conflict" name="conflict" options=conflict_options initial="any" error=rule_error />
                                            </div>
                                            <SelectField label="Then" name="action" options=action_options initial="route_manager" error=rule_error />
                                            <label class="check inline"><input type="checkbox" name="active" value="true" checked=true /><span>"Active"</span></label>
                                            <button class="btn btn-primary" type="submit">"Add rule"</button>
                                        </ActionForm>
                                    </section>
                                </div>
                                <div class="stack">
                                    <section class="card form-card">
                                        <h2 class="card-title">"Program settings"</h2>
                                        {move || saved().then(|| view! { <Notice text="Settings saved." /> })}
                                        <FormError error=settings_error />
                                        <ActionForm action=save_settings attr:class="stack" attr:novalidate=true>
                                            <Field label="Exclusivity (days)" name="exclusivity_days" initial=c.exclusivity_days.to_string() error=settings_error hint="Granted on approval; 30-120 is typical." />
                                            <Field label="Approval SLA (hours)" name="sla_hours" initial=c.sla_hours.to_string() error=settings_error hint="Escalated to vendor admins when it passes." />
                                            <Field label="Extension (days)" name="extension_days" initial=c.extension_days.to_string() error=settings_error />
                                            <Field label="Reminders (days before expiry)" name="reminder_days" initial=c.reminder_days.clone() error=settings_error hint="Like 14, 3" />
                                            <button class="btn btn-primary" type="submit">"Save settings"</button>
                                        </ActionForm>
                                    </section>
                                    <section class="card table-card">
                                        <h2 class="card-title">"Products"</h2>
                                        <ul class="plain-list product-list">
                                            {c.products.iter().map(|p| {
                                                let (id, sku, name, active) = (p.id, p.sku.clone(), p.name.clone(), p.active);
                                                view! {
                                                    <li>
                                                        <div>
                                                            <div class="cell-main">{name.clone()}</div>
                                                            <div class="cell-sub">{format!("{sku} · {} registrations", p.deals)}</div>
                                                        </div>
                                                        <ActionForm action=save_product>
                                                            <input type="hidden" name="id" value=id />
                                                            <input type="hidden" name="sku" value=sku.clone() />
                                                            <input type="hidden" name="name" value=name.clone() />
                                                            <input type="hidden" name="active" value=if active { "false" } else { "true" } />
                                                            <button class="btn btn-ghost btn-sm" type="submit">
                                                                {if active { "Retire" } else { "Offer again" }}
                                                                <span class="sr-only">{format!(" {name}")}</span>
                                                            </button>
                                                        </ActionForm>
                                                    </li>
                                                }
                                            }).collect_view()}
                                        </ul>
                                        <ActionForm action=save_product attr:class="stack product-add" attr:novalidate=true>
                                            <FormError error=product_error />
                                            <div class="row-2">
                                                <Field label="SKU" name="sku" error=product_error />
                                                <Field label="Product name" name="name" error=product_error />
                                            </div>
                                            <input type="hidden" name="active" value="true" />
                                            <button class="btn btn-secondary" type="submit">"Add product"</button>
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
