//! The vendor admin's program console: programs, tiers and dated rule
//! versions.

use super::*;

#[component]
pub fn TierAdminPage() -> impl IntoView {
    let q = use_query_map();
    let info = Resource::new(
        move || {
            (
                q.read().get("saved"),
                q.read().get("added"),
                q.read().get("ruled"),
            )
        },
        |_| load_tier_admin(),
    );
    view! {
        <Page title=t!("tier-admin-title") roles=ADMIN>
            <crate::ui::AdminTabs current="/admin/tiers" />
            <div class="page-head">
                <div>
                    <h1>{t!("tier-admin-title")}</h1>
                    <p class="muted">{t!("tier-admin-lead")}</p>
                </div>
                <div class="head-badges"><a class="btn btn-secondary" href="/tiers">{t!("tier-board-title")}</a></div>
            </div>
            {notices(&[("saved", k!("tier-notice-saved")), ("added", k!("tier-notice-added")), ("ruled", k!("tier-notice-ruled"))])}
            <Loaded resource=info let:a>
                            {a.programs.iter().map(|p| view! { <ProgramView p=p.clone() today=a.today.clone() /> }).collect_view()}
                            <section class="card">
                                <h2 class="card-title">{t!("tier-admin-new-program")}</h2>
                                <ProgramForm p=None />
                            </section>
            </Loaded>
        </Page>
    }
}

#[component]
pub(super) fn ProgramForm(p: Option<ProgramSettings>) -> impl IntoView {
    let act = ServerAction::<TierSaveProgram>::new();
    let error = action_error(act.value());
    let currencies: Vec<(String, String)> = crate::shared::money::CURRENCIES
        .iter()
        .map(|c| (c.to_string(), c.to_string()))
        .collect();
    let s = p.clone();
    view! {
        <FormError error=error />
        <ActionForm action=act attr:class="stack">
            {s.as_ref().map(|s| view! { <input type="hidden" name="program_id" value=s.id.to_string() /> })}
            <div class="row-3">
                <Field label=t!("tier-program-name") name="name" initial=s.as_ref().map(|s| s.name.clone()).unwrap_or_default() error=error />
                <SelectField label=t!("tier-program-currency") name="currency" options=currencies initial=s.as_ref().map(|s| s.currency.clone()).unwrap_or_else(|| "USD".into()) error=error />
                <Field label=t!("tier-program-grace") name="grace_days" initial=s.as_ref().map(|s| s.grace_days).unwrap_or(90).to_string() error=error />
            </div>
            <div class="row-3">
                <Field label=t!("tier-program-points-registered") name="points_registered" initial=s.as_ref().map(|s| s.points_registered).unwrap_or(10).to_string() error=error />
                <Field label=t!("tier-program-points-won") name="points_won" initial=s.as_ref().map(|s| s.points_won).unwrap_or(50).to_string() error=error />
                <TextArea label=t!("tier-program-rates") name="rates" initial=s.as_ref().map(|s| s.rates.iter().map(|(c, r)| format!("{c} = {r}")).collect::<Vec<_>>().join("\n")).unwrap_or_default() error=error maxlength=500 hint=t!("tier-program-rates-hint") />
            </div>
            <div class="checks">
                <label class="check"><input type="checkbox" name="points_enabled" value="1" checked=s.as_ref().is_none_or(|s| s.points_enabled) /><span>{t!("tier-program-points")}</span></label>
                <label class="check"><input type="checkbox" name="leaderboard_public" value="1" checked=s.as_ref().is_some_and(|s| s.leaderboard_public) /><span>{t!("tier-program-public")}</span></label>
                <label class="check"><input type="checkbox" name="is_default" value="1" checked=s.as_ref().is_some_and(|s| s.is_default) /><span>{t!("tier-program-default")}</span></label>
            </div>
            <button class="btn btn-primary" type="submit">{if p.is_some() { t!("tier-program-save") } else { t!("tier-program-create") }}</button>
        </ActionForm>
    }
}

#[component]
pub(super) fn ProgramView(p: ProgramAdmin, today: String) -> impl IntoView {
    let add = ServerAction::<TierAdd>::new();
    let add_error = action_error(add.value());
    let next_rank = p.tiers.iter().map(|t| t.tier.rank + 1).max().unwrap_or(0);
    let currency = p.program.currency.clone();
    view! {
        <section class="card" id=format!("program-{}", p.program.id)>
            <div class="card-head">
                <h2 class="card-title">{p.program.name.clone()}</h2>
                <span>
                    {p.program.is_default.then(|| view! { <Badge text=t!("tier-program-default-badge") tone="info" /> })}" "
                    <Badge text=t!("tier-program-companies", count = p.program.companies) />
                </span>
            </div>
            <ProgramForm p=Some(p.program.clone()) />
        </section>
        {p.tiers.iter().map(|t| view! { <TierRulesView t=t.clone() currency=currency.clone() today=today.clone() /> }).collect_view()}
        <section class="card">
            <h2 class="card-title">{t!("tier-add-title", program = &p.program.name)}</h2>
            <FormError error=add_error />
            <ActionForm action=add attr:class="stack">
                <input type="hidden" name="program_id" value=p.program.id.to_string() />
                <div class="row-2">
                    <Field label=t!("tier-add-name") name="tier_name" error=add_error />
                    <Field label=t!("tier-add-rank") name="rank" initial=next_rank.to_string() error=add_error />
                </div>
                <button class="btn btn-secondary" type="submit">{t!("tier-add-submit")}</button>
            </ActionForm>
        </section>
    }
}

#[component]
pub(super) fn TierRulesView(t: TierVersions, currency: String, today: String) -> impl IntoView {
    let act = ServerAction::<TierAddRule>::new();
    let scope = t.tier.id.to_string();
    let error = scoped_error(action_error(act.value()), "tier_id", scope.clone());
    let current = t
        .versions
        .iter()
        .find(|v| Some(v.id) == t.in_force)
        .or(t.versions.first())
        .cloned();
    let levels: Vec<(String, String)> = super::super::rules::ContentLevel::ALL
        .iter()
        .map(|c| (c.as_str().to_string(), c.label()))
        .collect();
    let pct = super::super::rules::percent_input;
    let c = current.clone();
    let num = move |f: fn(&super::super::rules::RuleVersion) -> i64| {
        c.as_ref()
            .map(f)
            .filter(|n| *n > 0)
            .map(|n| n.to_string())
            .unwrap_or_default()
    };
    view! {
        <section class="card" id=format!("tier-{}", t.tier.id)>
            <h2 class="card-title">{t!("tier-rules-title", tier = &t.tier.name, rank = t.tier.rank)}</h2>
            {if t.versions.is_empty() {
                view! { <p class="muted">{t!("tier-rules-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t!("tier-rules-label", tier = &t.tier.name)>
                        <table class="table">
                            <thead><tr>
                                <th scope="col">{t!("tier-col-from")}</th><th scope="col" class="num">{t!("tier-col-revenue")}</th><th scope="col" class="num">{t!("tier-col-approved")}</th>
                                <th scope="col" class="num">{t!("tier-col-won")}</th><th scope="col" class="num">{t!("tier-col-certified")}</th><th scope="col">{t!("tier-col-criteria")}</th>
                                <th scope="col" class="num">{t!("tier-col-discount")}</th><th scope="col" class="num">{t!("tier-col-margin")}</th><th scope="col" class="num">{t!("tier-col-rebate")}</th>
                                <th scope="col" class="num">{t!("tier-col-commission")}</th><th scope="col">{t!("tier-col-mdf")}</th><th scope="col">{t!("tier-col-content")}</th>
                            </tr></thead>
                            <tbody>
                                {t.versions.iter().map(|v| {
                                    let now = Some(v.id) == t.in_force;
                                    view! {
                                        <tr>
                                            <th scope="row">{format_date(v.effective_from)}{now.then(|| view! { " "<Badge text=t!("tier-rules-in-force") tone="success" /> })}</th>
                                            <td class="num">{format_money(v.requires.min_revenue_cents, &currency)}</td>
                                            <td class="num">{group_digits(v.requires.min_approved)}</td>
                                            <td class="num">{group_digits(v.requires.min_won)}</td>
                                            <td class="num">{group_digits(v.requires.min_certified)}</td>
                                            <td>{v.requires.custom.join("; ")}</td>
                                            <td class="num">{format_bp(v.gives.discount_bp)}</td>
                                            <td class="num">{format_bp(v.gives.deal_margin_bp)}</td>
                                            <td class="num">{format_bp(v.gives.rebate_bp)}</td>
                                            <td class="num">{format_bp(v.gives.commission_bp)}</td>
                                            <td>{if v.gives.mdf_eligible { t!("tier-yes") } else { t!("tier-no") }}</td>
                                            <td>{v.gives.content.label()}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
            <details open=move || error.get().is_some()>
                <summary>{t!("tier-rules-new", tier = &t.tier.name)}</summary>
                <FormError error=error />
                <ActionForm action=act attr:class="stack">
                    <input type="hidden" name="tier_id" value=t.tier.id.to_string() />
                    <div class="row-3">
                        <Field label=t!("tier-rule-from") name="effective_from" kind="date" initial=today.clone() scope=scope.clone() error=error />
                        <Field label=t!("tier-rule-revenue") name="min_revenue" initial=current.as_ref().map(|v| v.requires.min_revenue_cents).filter(|c| *c > 0).map(money_input).unwrap_or_default() scope=scope.clone() error=error />
                        <Field label=t!("tier-figures-approved") name="min_approved" initial=num(|v| v.requires.min_approved) scope=scope.clone() error=error />
                    </div>
                    <div class="row-3">
                        <Field label=t!("tier-figures-won") name="min_won" initial=num(|v| v.requires.min_won) scope=scope.clone() error=error />
                        <Field label=t!("tier-req-certified") name="min_certified" initial=num(|v| v.requires.min_certified) scope=scope.clone() error=error hint=t!("tier-rule-certified-hint") />
                        <TextArea label=t!("tier-rule-criteria") name="custom_criteria" initial=current.as_ref().map(|v| v.requires.custom.join("\n")).unwrap_or_default() scope=scope.clone() error=error maxlength=1300 hint=t!("tier-rule-criteria-hint") />
                    </div>
                    <div class="row-3">
                        <Field label=t!("tier-rule-discount") name="discount" initial=current.as_ref().map(|v| pct(v.gives.discount_bp)).unwrap_or_default() scope=scope.clone() error=error />
                        <Field label=t!("tier-rule-margin") name="deal_margin" initial=current.as_ref().map(|v| pct(v.gives.deal_margin_bp)).unwrap_or_default() scope=scope.clone() error=error />
                        <Field label=t!("tier-rule-rebate") name="rebate" initial=current.as_ref().map(|v| pct(v.gives.rebate_bp)).unwrap_or_default() scope=scope.clone() error=error />
                    </div>
                    <div class="row-3">
                        <Field label=t!("tier-rule-commission") name="commission" initial=current.as_ref().map(|v| pct(v.gives.commission_bp)).unwrap_or_default() scope=scope.clone() error=error />
                        <SelectField label=t!("tier-benefit-content") name="content_level" options=levels initial=current.as_ref().map(|v| v.gives.content.as_str().to_string()).unwrap_or_else(|| "basic".into()) scope=scope.clone() error=error />
                        <label class="check"><input type="checkbox" name="mdf_eligible" value="1" checked=current.as_ref().is_some_and(|v| v.gives.mdf_eligible) /><span>{t!("tier-rule-mdf")}</span></label>
                    </div>
                    <button class="btn btn-primary" type="submit">{t!("tier-rule-save")}</button>
                </ActionForm>
            </details>
        </section>
    }
}
