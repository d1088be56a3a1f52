//! The tier page: a partner's own tier and progress, or a company's for
//! staff, with decisions, criteria and assignment.

use super::*;

#[component]
pub fn TierPage() -> impl IntoView {
    let status = Resource::new(|| (), |_| tier_mine());
    view! {
        <Page title="Your tier" roles=PARTNERS>
            <div class="page-head">
                <div>
                    <h1>"Your tier"</h1>
                    <p class="muted">"Where your company stands in the partner program, what it takes to reach the next tier and what it gives."</p>
                </div>
                <div class="head-badges"><a class="btn btn-secondary" href="/earnings">"Rebates and points"</a></div>
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
        <Page title="Partner tier" roles=STAFF>
            {notices(&[
                ("decided", "Decision saved. The partner's admins were notified."),
                ("checked", "Criterion saved and the company evaluated again."),
                ("assigned", "Tier assigned."),
                ("evaluated", "Evaluated with today's figures."),
            ])}
            <Loaded resource=status let:s>
                <div class="page-head">
                    <div>
                        <h1>{format!("{}: tier", s.company_name)}</h1>
                        <p class="muted">{s.evaluated_at.map(|t| format!("Last evaluated {}", format_datetime(t))).unwrap_or_else(|| "Not evaluated yet".into())}</p>
                    </div>
                    <div class="head-badges">
                        <a class="btn btn-secondary" href=format!("/companies/{}", s.company_id)>"Company"</a>
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
            <button class="btn btn-secondary" type="submit">"Evaluate now"</button>
        </ActionForm>
    }
}

#[component]
pub(super) fn TierStatusView(s: TierStatus) -> impl IntoView {
    let Some(card) = s.card.clone() else {
        return view! {
            <EmptyState title="Not in a program yet" text="The company joins the default partner program at its entry tier at the next evaluation (every day, and when a deal is won)." />
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
                <h2 class="card-title">"Last 12 months"</h2>
                <dl class="facts facts-money">
                    <dt>"Won revenue"</dt><dd>{format_money(m.revenue_cents, &currency)}</dd>
                    <dt>"Approved registrations"</dt><dd>{m.approved}</dd>
                    <dt>"Won registrations"</dt><dd>{m.won}</dd>
                    <dt>"Certified people"</dt><dd>{m.certified.map(|c| c.to_string()).unwrap_or_else(|| "Not tracked yet".into())}</dd>
                </dl>
                {(!unconverted.is_empty()).then(|| view! {
                    <p class="muted small">{format!("Won deals in {} are not counted: the program has no exchange rate for them yet.", unconverted.join(", "))}</p>
                })}
                {card.benefits.clone().map(|b| view! {
                    <h3 class="sub-title">{format!("What {} gives you", card.tier.name)}</h3>
                    <dl class="facts">
                        {benefit_lines(&b).into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                    </dl>
                })}
            </section>
        </div>
        <section class="card">
            <h2 class="card-title">{format!("{} tiers", card.program.name)}</h2>
            <div class="table-wrap" tabindex="0" role="region" aria-label="Tiers of the program">
                <table class="table ladder">
                    <thead><tr>
                        <th scope="col">"Tier"</th>
                        <th scope="col" class="num">"Won revenue (12 months)"</th>
                        <th scope="col" class="num">"Approved"</th>
                        <th scope="col" class="num">"Won"</th>
                        <th scope="col" class="num">"Certified"</th>
                        <th scope="col" class="num">"Discount"</th>
                        <th scope="col" class="num">"Deal margin"</th>
                        <th scope="col" class="num">"Rebate"</th>
                        <th scope="col">"MDF"</th>
                        <th scope="col">"Content"</th>
                    </tr></thead>
                    <tbody>
                        {s.ladder.iter().map(|l| {
                            let name = l.tier.name.clone();
                            match &l.rule {
                                Some(r) => view! {
                                    <tr class:current=l.current>
                                        <th scope="row">{name}{l.current.then(|| view! { " "<Badge text="Current" tone="info" /> })}
                                            {(!r.requires.custom.is_empty()).then(|| view! { <div class="muted small">{format!("Also: {}", r.requires.custom.join("; "))}</div> })}
                                        </th>
                                        <td class="num">{format_money(r.requires.min_revenue_cents, &currency)}</td>
                                        <td class="num">{r.requires.min_approved}</td>
                                        <td class="num">{r.requires.min_won}</td>
                                        <td class="num">{r.requires.min_certified}</td>
                                        <td class="num">{format_bp(r.gives.discount_bp)}</td>
                                        <td class="num">{format_bp(r.gives.deal_margin_bp)}</td>
                                        <td class="num">{format_bp(r.gives.rebate_bp)}</td>
                                        <td>{if r.gives.mdf_eligible { "Yes" } else { "No" }}</td>
                                        <td>{r.gives.content.label()}</td>
                                    </tr>
                                }.into_any(),
                                None => view! { <tr><th scope="row">{name}</th><td colspan="9" class="muted">"No rules in force yet"</td></tr> }.into_any(),
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
        {(s.can_manage && !s.criteria.is_empty()).then(|| view! { <CriteriaCard company_id=s.company_id criteria=s.criteria.clone() /> })}
        {(!s.assign_options.is_empty()).then(|| view! { <AssignForm company_id=s.company_id options=s.assign_options.clone() /> })}
        <section class="card">
            <h2 class="card-title">"Tier history"</h2>
            {if s.history.is_empty() {
                view! { <p class="muted">"No changes yet."</p> }.into_any()
            } else {
                view! {
                    <ol class="timeline">
                        {s.history.iter().map(|e| view! {
                            <li>
                                <div><strong>{event_title(e)}</strong>{e.actor.clone().map(|a| view! { <span class="muted">{format!(" · {a}")}</span> })}</div>
                                {(!e.note.is_empty()).then(|| view! { <div>{e.note.clone()}</div> })}
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
        "assigned" if from.is_empty() => format!("Placed on {to}"),
        "assigned" => format!("Moved from {from} to {to} directly"),
        "proposed" => format!("{from} -> {to} proposed"),
        "approved" => format!("Moved from {from} to {to}"),
        "rejected" => format!("{from} -> {to} not approved"),
        "withdrawn" => format!("Proposal for {to} withdrawn"),
        "grace_started" => format!("Grace period started on {to}"),
        "grace_cleared" => format!("Back at the {to} requirements"),
        "checked" => format!("{to} criterion met"),
        "unchecked" => format!("{to} criterion no longer met"),
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
                {format!("{}: {} -> {}", change.company_name, change.from, change.to)}" "
                <Badge text=if change.up { "Upgrade" } else { "Downgrade" } tone=if change.up { "success" } else { "warning" } />
            </h2>
            <p>{change.reason.clone()}</p>
            <p class="muted small">{format!("Proposed {}", format_datetime(change.proposed_at))}</p>
            <FormError error=error />
            <ActionForm action=act attr:class="stack">
                <input type="hidden" name="change_id" value=change.id.to_string() />
                <input type="hidden" name="back" value=back />
                <TextArea label="Note to the partner (required to reject)" name="note" error=error maxlength=500 />
                <div class="actions">
                    <button class="btn btn-primary" type="submit" name="decision" value="approve">"Approve"</button>
                    <button class="btn btn-secondary" type="submit" name="decision" value="reject">"Reject"</button>
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
            <h2 class="card-title">"Criteria you confirm"</h2>
            <p class="muted small">"Requirements the portal cannot measure (a signed business plan, a quarterly review). Ticking one evaluates the company again."</p>
            <FormError error=error />
            <ul class="plain-list">
                {criteria.into_iter().map(|c| view! {
                    <li class="criterion">
                        <span>{format!("{}: {}", c.tier_name, c.label)}" "
                            {if c.checked { view! { <Badge text="Met" tone="success" /> }.into_any() } else { view! { <Badge text="Not yet" tone="neutral" /> }.into_any() }}
                        </span>
                        <ActionForm action=act>
                            <input type="hidden" name="company_id" value=company_id.to_string() />
                            <input type="hidden" name="tier_id" value=c.tier_id.to_string() />
                            <input type="hidden" name="label" value=c.label.clone() />
                            {(!c.checked).then(|| view! { <input type="hidden" name="checked" value="1" /> })}
                            <button class="btn btn-secondary btn-sm" type="submit">{if c.checked { "Untick" } else { "Mark as met" }}</button>
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
            <h2 class="card-title">"Put on a tier directly"</h2>
            <p class="muted small">"For onboarding, moving to another program or correcting a mistake. Recorded in the history with your reason; evaluation continues from here."</p>
            <FormError error=error />
            <ActionForm action=act attr:class="stack">
                <input type="hidden" name="company_id" value=company_id.to_string() />
                <div class="row-2">
                    <SelectField label="Tier" name="tier_id" options=options error=error />
                    <Field label="Reason *" name="note" error=error />
                </div>
                <button class="btn btn-secondary" type="submit">"Assign tier"</button>
            </ActionForm>
        </section>
    }
}
