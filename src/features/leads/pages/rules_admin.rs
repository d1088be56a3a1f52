//! The vendor admin's distribution rules: the ordered list (the first rule
//! that matches a lead and finds a company hands it out), a form to add
//! one, and a company's open-lead limit.

use super::*;

#[component]
pub fn LeadRulesPage() -> impl IntoView {
    view! {
        <Page title=t!("lead-rules-title") roles=ADMINS>
            <RulesBody />
        </Page>
    }
}

crate::ui::page_actions! {
    struct RuleActs {
        add: LeadRuleAdd,
        change: LeadRuleChange,
        capacity: LeadCapacity,
    }
}

#[component]
fn RulesBody() -> impl IntoView {
    let acts = RuleActs::default();
    let data = Resource::new(move || acts.done(), |_| lead_rules_get());
    let q = use_query_map();
    let saved = move || q.read().get("saved").is_some();
    view! {
        {move || saved().then(|| view! { <Notice text=t!("lead-rules-saved") /> })}
        <div class="page-head">
            <div>
                <p class="eyebrow"><a href="/leads">{t!("lead-list-title")}</a></p>
                <h1>{t!("lead-rules-title")}</h1>
                <p class="muted">{t!("lead-rules-lead")}</p>
            </div>
        </div>
        <Loaded resource=data let:d>
            <RulesView d=d acts=acts />
        </Loaded>
    }
}

fn strategy_text(r: &LeadRuleRow) -> String {
    match (&r.company_name, r.strategy) {
        (Some(c), Strategy::Named) => t!("lead-rule-to-company", company = c.as_str()),
        (_, s) => s.label(),
    }
}

fn conditions(r: &LeadRuleRow) -> String {
    let mut parts = Vec::new();
    if let Some(x) = &r.region {
        parts.push(region_label(x));
    }
    if let Some(x) = &r.country {
        parts.push(country_name(x));
    }
    if let Some(x) = &r.product_name {
        parts.push(x.clone());
    }
    if let Some(x) = &r.tier_name {
        parts.push(x.clone());
    }
    if let Some(x) = &r.company_type {
        parts.push(company_type_label(x));
    }
    if parts.is_empty() {
        t!("lead-rule-any")
    } else {
        parts.join(" · ")
    }
}

fn company_type_label(t: &str) -> String {
    let key = match t {
        "reseller" => k!("company-type-reseller"),
        "distributor" => k!("company-type-distributor"),
        "msp" => k!("company-type-msp"),
        "referral" => k!("company-type-referral"),
        "si" => k!("company-type-si"),
        other => return other.to_string(),
    };
    use_l10n().t(key)
}

#[component]
fn RulesView(d: LeadRules, acts: RuleActs) -> impl IntoView {
    let add_error = action_error(acts.add.value());
    let change_error = action_error(acts.change.value());
    let capacity_error = action_error(acts.capacity.value());
    let any = |label: String| vec![(String::new(), label)];
    let mut regions = any(t!("lead-rule-any-region"));
    regions.extend(REGIONS.iter().map(|r| (r.to_string(), region_label(r))));
    let mut countries = any(t!("lead-rule-any-country"));
    countries.extend(
        COUNTRIES
            .iter()
            .map(|(c, _)| (c.to_string(), country_name(c))),
    );
    let mut products = any(t!("lead-any-product"));
    products.extend(d.products.iter().map(|(id, n)| (id.to_string(), n.clone())));
    let mut tiers = any(t!("lead-rule-any-tier"));
    tiers.extend(d.tiers.iter().map(|(id, n)| (id.to_string(), n.clone())));
    let mut types = any(t!("lead-rule-any-type"));
    types.extend(
        ["reseller", "distributor", "msp", "referral", "si"]
            .iter()
            .map(|x| (x.to_string(), company_type_label(x))),
    );
    let strategies = crate::ui::enum_options(Strategy::ALL);
    let mut companies = any(t!("lead-rule-no-company"));
    companies.extend(
        d.companies
            .iter()
            .map(|(id, n)| (id.to_string(), n.clone())),
    );
    let company_choices: Vec<(String, String)> = d
        .companies
        .iter()
        .map(|(id, n)| (id.to_string(), n.clone()))
        .collect();
    let count = d.rules.len();
    view! {
        <FormError error=change_error />
        {if d.rules.is_empty() {
            view! { <EmptyState title=t!("lead-rules-empty-title") text=t!("lead-rules-empty") /> }.into_any()
        } else {
            view! {
                <div class="table-wrap card">
                    <table class="table">
                        <thead><tr>
                            <th scope="col" class="num">"#"</th>
                            <th scope="col">{t!("lead-rule-col-name")}</th>
                            <th scope="col">{t!("lead-rule-col-when")}</th>
                            <th scope="col">{t!("lead-rule-col-how")}</th>
                            <th scope="col" class="num">{t!("lead-rule-col-hours")}</th>
                            <th scope="col"><span class="sr-only">{t!("lead-rule-col-actions")}</span></th>
                        </tr></thead>
                        <tbody>
                            {d.rules.clone().into_iter().enumerate().map(|(i, r)| {
                                let id = r.id;
                                let active = r.active;
                                let when = conditions(&r);
                                let how = strategy_text(&r);
                                let up = t!("lead-rule-up", name = r.name.as_str());
                                let down = t!("lead-rule-down", name = r.name.as_str());
                                let switch = if active { t!("lead-rule-switch-off") } else { t!("lead-rule-switch-on") };
                                view! {
                                    <tr class:muted=!active>
                                        <td class="num">{i + 1}</td>
                                        <td>{r.name.clone()}{(!active).then(|| view! { " " <Badge text=t!("lead-rule-off") tone="neutral" /> })}</td>
                                        <td class="small">{when}</td>
                                        <td class="small">{how}</td>
                                        <td class="num">{r.accept_hours}</td>
                                        <td>
                                            <ActionForm action=acts.change attr:class="btn-row btn-row-tight">
                                                <input type="hidden" name="id" value=id />
                                                <button class="btn btn-ghost btn-sm" type="submit" name="op" value="up" disabled=i == 0 aria-label=up>"↑"</button>
                                                <button class="btn btn-ghost btn-sm" type="submit" name="op" value="down" disabled=i + 1 == count aria-label=down>"↓"</button>
                                                <button class="btn btn-ghost btn-sm" type="submit" name="op" value="toggle">{switch}</button>
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
        <div class="split">
            <section class="card">
                <h2 class="card-title">{t!("lead-rule-add-title")}</h2>
                <ActionForm action=acts.add attr:class="stack">
                    <FormError error=add_error />
                    <Field label=t!("lead-rule-name") name="name" error=add_error required=true scope="rule" />
                    <div class="row-2">
                        <SelectField label=t!("lead-rule-region") name="region" options=regions error=add_error scope="rule" />
                        <SelectField label=t!("lead-rule-country") name="country" options=countries error=add_error scope="rule" />
                    </div>
                    <div class="row-3">
                        <SelectField label=t!("lead-rule-product") name="product_id" options=products error=add_error scope="rule" />
                        <SelectField label=t!("lead-rule-tier") name="tier_id" options=tiers error=add_error scope="rule" />
                        <SelectField label=t!("lead-rule-type") name="company_type" options=types error=add_error scope="rule" />
                    </div>
                    <div class="row-3">
                        <SelectField label=t!("lead-rule-strategy") name="strategy" options=strategies initial="round_robin" error=add_error scope="rule" />
                        <SelectField label=t!("lead-rule-company") name="company_id" options=companies error=add_error scope="rule" />
                        <Field label=t!("lead-rule-hours") name="accept_hours" initial="48" error=add_error scope="rule" />
                    </div>
                    <p class="muted small">{t!("lead-rule-help")}</p>
                    <button class="btn btn-primary" type="submit">{t!("lead-rule-add")}</button>
                </ActionForm>
            </section>
            <section class="card">
                <h2 class="card-title">{t!("lead-capacity-title")}</h2>
                <p class="muted small">{t!("lead-capacity-help", default = super::super::rules::DEFAULT_CAPACITY)}</p>
                <ActionForm action=acts.capacity attr:class="stack">
                    <FormError error=capacity_error />
                    <SelectField label=t!("lead-capacity-company") name="company_id" options=company_choices error=capacity_error scope="cap" />
                    <Field label=t!("lead-capacity-max") name="max_open" initial=super::super::rules::DEFAULT_CAPACITY.to_string() error=capacity_error scope="cap" />
                    <button class="btn btn-secondary" type="submit">{t!("lead-capacity-save")}</button>
                </ActionForm>
            </section>
        </div>
    }
}
