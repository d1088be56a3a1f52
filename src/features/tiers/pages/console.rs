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
        <Page title="Program and tiers" roles=ADMIN>
            <crate::ui::AdminTabs current="/admin/tiers" />
            <div class="page-head">
                <div>
                    <h1>"Program and tiers"</h1>
                    <p class="muted">"Tiers, what each asks for and gives, from which date. A change applies from its date; evaluation and incentives always use the rules in force at the time."</p>
                </div>
                <div class="head-badges"><a class="btn btn-secondary" href="/tiers">"Partner tiers"</a></div>
            </div>
            {notices(&[("saved", "Program saved."), ("added", "Tier added. Give it rules below."), ("ruled", "Rules saved.")])}
            <Loaded resource=info let:a>
                            {a.programs.iter().map(|p| view! { <ProgramView p=p.clone() today=a.today.clone() /> }).collect_view()}
                            <section class="card">
                                <h2 class="card-title">"New program"</h2>
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
                <Field label="Name *" name="name" initial=s.as_ref().map(|s| s.name.clone()).unwrap_or_default() error=error />
                <SelectField label="Currency" name="currency" options=currencies initial=s.as_ref().map(|s| s.currency.clone()).unwrap_or_else(|| "USD".into()) error=error />
                <Field label="Downgrade grace period (days)" name="grace_days" initial=s.as_ref().map(|s| s.grace_days).unwrap_or(90).to_string() error=error />
            </div>
            <div class="row-3">
                <Field label="Points per registration" name="points_registered" initial=s.as_ref().map(|s| s.points_registered).unwrap_or(10).to_string() error=error />
                <Field label="Points per won deal" name="points_won" initial=s.as_ref().map(|s| s.points_won).unwrap_or(50).to_string() error=error />
                <TextArea label="Exchange rates into the program currency" name="rates" initial=s.as_ref().map(|s| s.rates.iter().map(|(c, r)| format!("{c} = {r}")).collect::<Vec<_>>().join("\n")).unwrap_or_default() error=error maxlength=500 hint="One per line, e.g. EUR = 1.08. Won deals in other currencies are not counted." />
            </div>
            <div class="checks">
                <label class="check"><input type="checkbox" name="points_enabled" value="1" checked=s.as_ref().is_none_or(|s| s.points_enabled) /><span>"Points and leaderboard"</span></label>
                <label class="check"><input type="checkbox" name="leaderboard_public" value="1" checked=s.as_ref().is_some_and(|s| s.leaderboard_public) /><span>"Partners see other companies on the leaderboard (otherwise only their own rank)"</span></label>
                <label class="check"><input type="checkbox" name="is_default" value="1" checked=s.as_ref().is_some_and(|s| s.is_default) /><span>"New companies join this program"</span></label>
            </div>
            <button class="btn btn-primary" type="submit">{if p.is_some() { "Save program" } else { "Create program" }}</button>
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
                    {p.program.is_default.then(|| view! { <Badge text="Default" tone="info" /> })}" "
                    <Badge text=format!("{} companies", p.program.companies) />
                </span>
            </div>
            <ProgramForm p=Some(p.program.clone()) />
        </section>
        {p.tiers.iter().map(|t| view! { <TierRulesView t=t.clone() currency=currency.clone() today=today.clone() /> }).collect_view()}
        <section class="card">
            <h2 class="card-title">{format!("Add a tier to {}", p.program.name)}</h2>
            <FormError error=add_error />
            <ActionForm action=add attr:class="stack">
                <input type="hidden" name="program_id" value=p.program.id.to_string() />
                <div class="row-2">
                    <Field label="Tier name *" name="tier_name" error=add_error />
                    <Field label="Rank (0 = entry tier)" name="rank" initial=next_rank.to_string() error=add_error />
                </div>
                <button class="btn btn-secondary" type="submit">"Add tier"</button>
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
        .map(|c| (c.as_str().to_string(), c.label().to_string()))
        .collect();
    let pct = |bp: i64| {
        if bp == 0 {
            String::new()
        } else {
            format_bp(bp).trim_end_matches(" %").to_string()
        }
    };
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
            <h2 class="card-title">{format!("{} (rank {})", t.tier.name, t.tier.rank)}</h2>
            {if t.versions.is_empty() {
                view! { <p class="muted">"No rules yet: the tier is not used until it has a version in force."</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=format!("{} rule versions", t.tier.name)>
                        <table class="table">
                            <thead><tr>
                                <th scope="col">"From"</th><th scope="col" class="num">"Revenue"</th><th scope="col" class="num">"Approved"</th>
                                <th scope="col" class="num">"Won"</th><th scope="col" class="num">"Certified"</th><th scope="col">"Criteria"</th>
                                <th scope="col" class="num">"Discount"</th><th scope="col" class="num">"Margin"</th><th scope="col" class="num">"Rebate"</th>
                                <th scope="col" class="num">"Commission"</th><th scope="col">"MDF"</th><th scope="col">"Content"</th>
                            </tr></thead>
                            <tbody>
                                {t.versions.iter().map(|v| {
                                    let now = Some(v.id) == t.in_force;
                                    view! {
                                        <tr>
                                            <th scope="row">{format_date(v.effective_from)}{now.then(|| view! { " "<Badge text="In force" tone="success" /> })}</th>
                                            <td class="num">{format_money(v.requires.min_revenue_cents, &currency)}</td>
                                            <td class="num">{v.requires.min_approved}</td>
                                            <td class="num">{v.requires.min_won}</td>
                                            <td class="num">{v.requires.min_certified}</td>
                                            <td>{v.requires.custom.join("; ")}</td>
                                            <td class="num">{format_bp(v.gives.discount_bp)}</td>
                                            <td class="num">{format_bp(v.gives.deal_margin_bp)}</td>
                                            <td class="num">{format_bp(v.gives.rebate_bp)}</td>
                                            <td class="num">{format_bp(v.gives.commission_bp)}</td>
                                            <td>{if v.gives.mdf_eligible { "Yes" } else { "No" }}</td>
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
                <summary>{format!("New version of the {} rules", t.tier.name)}</summary>
                <FormError error=error />
                <ActionForm action=act attr:class="stack">
                    <input type="hidden" name="tier_id" value=t.tier.id.to_string() />
                    <div class="row-3">
                        <Field label="Applies from *" name="effective_from" kind="date" initial=today.clone() scope=scope.clone() error=error />
                        <Field label="Won revenue, last 12 months" name="min_revenue" initial=current.as_ref().map(|v| v.requires.min_revenue_cents).filter(|c| *c > 0).map(money_input).unwrap_or_default() scope=scope.clone() error=error />
                        <Field label="Approved registrations" name="min_approved" initial=num(|v| v.requires.min_approved) scope=scope.clone() error=error />
                    </div>
                    <div class="row-3">
                        <Field label="Won registrations" name="min_won" initial=num(|v| v.requires.min_won) scope=scope.clone() error=error />
                        <Field label="Certified people" name="min_certified" initial=num(|v| v.requires.min_certified) scope=scope.clone() error=error hint="Counted once training exists" />
                        <TextArea label="Criteria a manager confirms" name="custom_criteria" initial=current.as_ref().map(|v| v.requires.custom.join("\n")).unwrap_or_default() scope=scope.clone() error=error maxlength=1300 hint="One per line" />
                    </div>
                    <div class="row-3">
                        <Field label="Resale discount %" name="discount" initial=current.as_ref().map(|v| pct(v.gives.discount_bp)).unwrap_or_default() scope=scope.clone() error=error />
                        <Field label="Deal registration margin %" name="deal_margin" initial=current.as_ref().map(|v| pct(v.gives.deal_margin_bp)).unwrap_or_default() scope=scope.clone() error=error />
                        <Field label="Rebate %" name="rebate" initial=current.as_ref().map(|v| pct(v.gives.rebate_bp)).unwrap_or_default() scope=scope.clone() error=error />
                    </div>
                    <div class="row-3">
                        <Field label="Commission %" name="commission" initial=current.as_ref().map(|v| pct(v.gives.commission_bp)).unwrap_or_default() scope=scope.clone() error=error />
                        <SelectField label="Content access" name="content_level" options=levels initial=current.as_ref().map(|v| v.gives.content.as_str().to_string()).unwrap_or_else(|| "basic".into()) scope=scope.clone() error=error />
                        <label class="check"><input type="checkbox" name="mdf_eligible" value="1" checked=current.as_ref().is_some_and(|v| v.gives.mdf_eligible) /><span>"Eligible for market development funds"</span></label>
                    </div>
                    <button class="btn btn-primary" type="submit">"Save version"</button>
                </ActionForm>
            </details>
        </section>
    }
}
