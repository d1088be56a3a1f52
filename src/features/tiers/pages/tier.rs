//! The tier page: a partner's own tier and progress, or a company's for
//! staff, with decisions, criteria and assignment.

use super::*;

#[component]
pub fn TierPage() -> impl IntoView {
    let status = Resource::new(|| (), |_| tier_mine());
    view! {
        <Page title=t!("tier-mine-title") roles=PARTNERS>
            <div class="page-head">
                <div>
                    <h1>{t!("tier-mine-title")}</h1>
                    <p class="muted">{t!("tier-mine-lead")}</p>
                </div>
                <div class="head-badges"><a class="btn btn-secondary" href="/earnings">{t!("tier-earnings-title")}</a></div>
            </div>
            <Loaded resource=status let:s>
                <TierStatusView s=s />
            </Loaded>
        </Page>
    }
}

#[component]
pub fn TierCompanyPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || {
        params
            .read()
            .get("id")
            .and_then(|s| s.parse::<i64>().ok())
            .unwrap_or(0)
    };
    let q = use_query_map();
    let status = Resource::new(
        move || {
            (
                id(),
                q.read().get("decided"),
                q.read().get("checked"),
                q.read().get("assigned"),
                q.read().get("evaluated"),
            )
        },
        |(id, ..)| tier_company(id),
    );
    view! {
        <Page title=t!("tier-company-title") roles=STAFF>
            {notices(&[
                ("decided", k!("tier-notice-decided")),
                ("checked", k!("tier-notice-checked")),
                ("assigned", k!("tier-notice-assigned")),
                ("evaluated", k!("tier-notice-evaluated")),
            ])}
            <Loaded resource=status let:s>
                <div class="page-head">
                    <div>
                        <h1>{t!("tier-company-heading", company = &s.company_name)}</h1>
                        <p class="muted">{s.evaluated_at.map(|at| t!("tier-company-evaluated", at = Arg::DateTime(at))).unwrap_or_else(|| t!("tier-company-not-evaluated"))}</p>
                    </div>
                    <div class="head-badges">
                        <a class="btn btn-secondary" href=format!("/companies/{}", s.company_id)>{t!("tier-company-link")}</a>
                        <EvaluateButton company_id=s.company_id />
                    </div>
                </div>
                <TierStatusView s=s />
            </Loaded>
        </Page>
    }
}

#[component]
pub(super) fn EvaluateButton(company_id: i64) -> impl IntoView {
    let act = ServerAction::<TierEvaluate>::new();
    view! {
        <ActionForm action=act>
            <input type="hidden" name="company_id" value=company_id.to_string() />
            <button class="btn btn-secondary" type="submit">{t!("tier-evaluate-now")}</button>
        </ActionForm>
    }
}

#[component]
pub(super) fn TierStatusView(s: TierStatus) -> impl IntoView {
    let Some(card) = s.card.clone() else {
        return view! {
            <EmptyState title=t!("tier-none-title") text=t!("tier-none-text") />
            {(!s.assign_options.is_empty()).then(|| view! { <AssignForm company_id=s.company_id options=s.assign_options.clone() /> })}
        }
        .into_any();
    };
    let currency = card.program.currency.clone();
    let m = s.metrics.clone();
    let unconverted = m.unconverted.clone();
    view! {
        {s.can_manage.then(|| card.pending.clone().map(|p| view! { <DecideCard change=p back="company" /> }))}
        <div class="grid grid-2">
            <TierCardView card=card.clone() link=false />
            <section class="card">
                <h2 class="card-title">{t!("tier-figures-title")}</h2>
                <dl class="facts facts-money">
                    <dt>{t!("tier-figures-revenue")}</dt><dd>{format_money(m.revenue_cents, &currency)}</dd>
                    <dt>{t!("tier-figures-approved")}</dt><dd>{group_digits(m.approved)}</dd>
                    <dt>{t!("tier-figures-won")}</dt><dd>{group_digits(m.won)}</dd>
                    <dt>{t!("tier-req-certified")}</dt><dd>{m.certified.map(group_digits).unwrap_or_else(|| t!("tier-progress-untracked"))}</dd>
                </dl>
                {(!unconverted.is_empty()).then(|| view! {
                    <p class="muted small">{t!("tier-figures-unconverted", currencies = unconverted.join(", "))}</p>
                })}
                {card.benefits.clone().map(|b| view! {
                    <h3 class="sub-title">{t!("tier-figures-gives", tier = &card.tier.name)}</h3>
                    <dl class="facts">
                        {benefit_lines(&b).into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                    </dl>
                })}
            </section>
        </div>
        <section class="card">
            <h2 class="card-title">{t!("tier-ladder-title", program = &card.program.name)}</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label=t!("tier-ladder-label")>
                <table class="table ladder">
                    <thead><tr>
                        <th scope="col">{t!("tier-col-tier")}</th>
                        <th scope="col" class="num">{t!("tier-col-revenue-12")}</th>
                        <th scope="col" class="num">{t!("tier-col-approved")}</th>
                        <th scope="col" class="num">{t!("tier-col-won")}</th>
                        <th scope="col" class="num">{t!("tier-col-certified")}</th>
                        <th scope="col" class="num">{t!("tier-col-discount")}</th>
                        <th scope="col" class="num">{t!("tier-col-deal-margin")}</th>
                        <th scope="col" class="num">{t!("tier-col-rebate")}</th>
                        <th scope="col">{t!("tier-col-mdf")}</th>
                        <th scope="col">{t!("tier-col-content")}</th>
                    </tr></thead>
                    <tbody>
                        {s.ladder.iter().map(|l| {
                            let name = l.tier.name.clone();
                            match &l.rule {
                                Some(r) => view! {
                                    <tr class:current=l.current>
                                        <th scope="row">{name}{l.current.then(|| view! { " "<Badge text=t!("tier-ladder-current") tone="info" /> })}
                                            {(!r.requires.custom.is_empty()).then(|| view! { <div class="muted small">{t!("tier-ladder-also", criteria = r.requires.custom.join("; "))}</div> })}
                                        </th>
                                        <td class="num">{format_money(r.requires.min_revenue_cents, &currency)}</td>
                                        <td class="num">{group_digits(r.requires.min_approved)}</td>
                                        <td class="num">{group_digits(r.requires.min_won)}</td>
                                        <td class="num">{group_digits(r.requires.min_certified)}</td>
                                        <td class="num">{format_bp(r.gives.discount_bp)}</td>
                                        <td class="num">{format_bp(r.gives.deal_margin_bp)}</td>
                                        <td class="num">{format_bp(r.gives.rebate_bp)}</td>
                                        <td>{if r.gives.mdf_eligible { t!("tier-yes") } else { t!("tier-no") }}</td>
                                        <td>{r.gives.content.label()}</td>
                                    </tr>
                                }.into_any(),
                                None => view! { <tr><th scope="row">{name}</th><td colspan="9" class="muted">{t!("tier-ladder-no-rules")}</td></tr> }.into_any(),
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        {(s.can_manage && !s.criteria.is_empty()).then(|| view! { <CriteriaCard company_id=s.company_id criteria=s.criteria.clone() /> })}
        {(!s.assign_options.is_empty()).then(|| view! { <AssignForm company_id=s.company_id options=s.assign_options.clone() /> })}
        <section class="card">
            <h2 class="card-title">{t!("tier-history-title")}</h2>
            {if s.history.is_empty() {
                view! { <p class="muted">{t!("tier-history-empty")}</p> }.into_any()
            } else {
                view! {
                    <ol class="timeline">
                        {s.history.iter().map(|e| view! {
                            <li>
                                <div><strong>{event_title(e)}</strong>{e.actor.clone().map(|a| view! { <span class="muted">{format!(" · {a}")}</span> })}</div>
                                {(!e.note.is_empty()).then(|| view! { <div>{e.note.text()}</div> })}
                                <div class="muted small">{format_datetime(e.at)}</div>
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </section>
    }
    .into_any()
}

pub(super) fn event_title(e: &TierEventRow) -> String {
    let to = e.to.clone().unwrap_or_default();
    let from = e.from.clone().unwrap_or_default();
    match e.kind.as_str() {
        "assigned" if from.is_empty() => t!("tier-event-placed", to = to),
        "assigned" => t!("tier-event-assigned", from = from, to = to),
        "proposed" => t!("tier-event-proposed", from = from, to = to),
        "approved" => t!("tier-event-approved", from = from, to = to),
        "rejected" => t!("tier-event-rejected", from = from, to = to),
        "withdrawn" => t!("tier-event-withdrawn", to = to),
        "grace_started" => t!("tier-event-grace-started", to = to),
        "grace_cleared" => t!("tier-event-grace-cleared", to = to),
        "checked" => t!("tier-event-checked", to = to),
        "unchecked" => t!("tier-event-unchecked", to = to),
        other => other.to_string(),
    }
}

#[component]
pub(super) fn DecideCard(change: TierChangeRow, back: &'static str) -> impl IntoView {
    let act = ServerAction::<TierDecide>::new();
    let error = action_error(act.value());
    view! {
        <section class="card decide-card" aria-labelledby=format!("change-{}", change.id)>
            <h2 class="card-title" id=format!("change-{}", change.id)>
                {t!("tier-decide-title", company = &change.company_name, from = &change.from, to = &change.to)}" "
                <Badge text=if change.up { t!("tier-decide-up") } else { t!("tier-decide-down") } tone=if change.up { "success" } else { "warning" } />
            </h2>
            <p>{change.reason.text()}</p>
            <p class="muted small">{t!("tier-decide-proposed", at = Arg::DateTime(change.proposed_at))}</p>
            <FormError error=error />
            <ActionForm action=act attr:class="stack">
                <input type="hidden" name="change_id" value=change.id.to_string() />
                <input type="hidden" name="back" value=back />
                <TextArea label=t!("tier-decide-note") name="note" error=error maxlength=500 />
                <div class="actions">
                    <button class="btn btn-primary" type="submit" name="decision" value="approve">{t!("tier-decide-approve")}</button>
                    <button class="btn btn-secondary" type="submit" name="decision" value="reject">{t!("tier-decide-reject")}</button>
                </div>
            </ActionForm>
        </section>
    }
}

#[component]
pub(super) fn CriteriaCard(company_id: i64, criteria: Vec<CriterionRow>) -> impl IntoView {
    let act = ServerAction::<TierCheck>::new();
    let error = action_error(act.value());
    view! {
        <section class="card" id="criteria">
            <h2 class="card-title">{t!("tier-criteria-title")}</h2>
            <p class="muted small">{t!("tier-criteria-lead")}</p>
            <FormError error=error />
            <ul class="plain-list">
                {criteria.into_iter().map(|c| view! {
                    <li class="criterion">
                        <span>{format!("{}: {}", c.tier_name, c.label)}" "
                            {if c.checked { view! { <Badge text=t!("tier-progress-met") tone="success" /> }.into_any() } else { view! { <Badge text=t!("tier-progress-not-yet") tone="neutral" /> }.into_any() }}
                        </span>
                        <ActionForm action=act>
                            <input type="hidden" name="company_id" value=company_id.to_string() />
                            <input type="hidden" name="tier_id" value=c.tier_id.to_string() />
                            <input type="hidden" name="label" value=c.label.clone() />
                            {(!c.checked).then(|| view! { <input type="hidden" name="checked" value="1" /> })}
                            <button class="btn btn-secondary btn-sm" type="submit">{if c.checked { t!("tier-criteria-untick") } else { t!("tier-criteria-tick") }}</button>
                        </ActionForm>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub(super) fn AssignForm(company_id: i64, options: Vec<(i64, String)>) -> impl IntoView {
    let act = ServerAction::<TierAssign>::new();
    let error = action_error(act.value());
    let options: Vec<(String, String)> = options
        .into_iter()
        .map(|(id, n)| (id.to_string(), n))
        .collect();
    view! {
        <section class="card">
            <h2 class="card-title">{t!("tier-assign-title")}</h2>
            <p class="muted small">{t!("tier-assign-lead")}</p>
            <FormError error=error />
            <ActionForm action=act attr:class="stack">
                <input type="hidden" name="company_id" value=company_id.to_string() />
                <div class="row-2">
                    <SelectField label=t!("tier-col-tier") name="tier_id" options=options error=error />
                    <Field label=t!("tier-assign-reason") name="note" error=error />
                </div>
                <button class="btn btn-secondary" type="submit">{t!("tier-assign-submit")}</button>
            </ActionForm>
        </section>
    }
}
