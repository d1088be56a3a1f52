//! Payout runs for vendor admins: approving entries, the CSV for finance,
//! marking paid.

use super::*;

#[component]
pub fn PayoutsPage() -> impl IntoView {
    let q = use_query_map();
    let key = move || {
        let q = q.read();
        (
            q.get("status").filter(|s| !s.is_empty()),
            q.get("company").and_then(|c| c.parse::<i64>().ok()),
            q.get("run").and_then(|c| c.parse::<i64>().ok()),
            q.get("page").and_then(|c| c.parse::<i64>().ok()),
            (
                q.get("created"),
                q.get("paid"),
                q.get("released"),
                q.get("clawed"),
            ),
        )
    };
    let data = Resource::new(key, |(s, c, r, p, _)| load_payout_console(s, c, r, p));
    view! {
        <Page title=t!("tier-payouts-title") roles=ADMIN>
            <crate::ui::AdminTabs current="/admin/payouts" />
            <div class="page-head">
                <div>
                    <h1>{t!("tier-payouts-heading")}</h1>
                    <p class="muted">{t!("tier-payouts-lead")}</p>
                </div>
                <div class="head-badges"><a class="btn btn-secondary" href="/tiers">{t!("tier-board-title")}</a></div>
            </div>
            {notices(&[
                ("created", k!("tier-notice-created")),
                ("paid", k!("tier-notice-paid")),
                ("released", k!("tier-notice-released")),
                ("clawed", k!("tier-notice-clawed")),
            ])}
            <Loaded resource=data let:c>
                <PayoutView c=c />
            </Loaded>
        </Page>
    }
}

#[component]
pub(super) fn PayoutView(c: PayoutConsole) -> impl IntoView {
    let create = ServerAction::<PayoutCreate>::new();
    let create_error = action_error(create.value());
    let mut companies: Vec<(String, String)> =
        vec![(String::new(), t!("tier-payouts-all-companies"))];
    companies.extend(
        c.companies
            .iter()
            .map(|(id, n)| (id.to_string(), n.clone())),
    );
    let pages = c.entries.pages();
    let base = match &c.status_filter {
        Some(s) => format!("/admin/payouts?status={s}"),
        None => "/admin/payouts".to_string(),
    };
    view! {
        <div class="grid grid-2">
            <section class="card">
                <h2 class="card-title">{t!("tier-payouts-earned")}</h2>
                {if c.earned.is_empty() {
                    view! { <p class="muted">{t!("tier-payouts-earned-none")}</p> }.into_any()
                } else {
                    view! {
                        <dl class="facts facts-money">
                            {c.earned.iter().map(|t| view! { <dt>{t.currency.clone()}</dt><dd>{format_money(t.earned, &t.currency)}</dd> }).collect_view()}
                        </dl>
                    }.into_any()
                }}
            </section>
            <section class="card">
                <h2 class="card-title">{t!("tier-payouts-new")}</h2>
                <FormError error=create_error />
                <ActionForm action=create attr:class="stack">
                    <SelectField label=t!("tier-col-company") name="company_id" options=companies error=create_error />
                    <div class="row-2">
                        <Field label=t!("tier-payouts-until") name="earned_until" kind="date" error=create_error hint=t!("tier-payouts-until-hint") />
                        <Field label=t!("tier-payouts-note") name="note" error=create_error />
                    </div>
                    <button class="btn btn-primary" type="submit">{t!("tier-payouts-create")}</button>
                </ActionForm>
            </section>
        </div>
        {c.run.clone().map(|(run, items)| view! { <RunView run=run items=items /> })}
        <section class="card">
            <h2 class="card-title">{t!("tier-runs-title")}</h2>
            {if c.runs.is_empty() {
                view! { <p class="muted">{t!("tier-runs-empty")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t!("tier-runs-title")>
                        <table class="table">
                            <thead><tr><th scope="col">{t!("tier-col-run")}</th><th scope="col">{t!("tier-col-status")}</th><th scope="col" class="num">{t!("tier-col-entries")}</th><th scope="col" class="num">{t!("tier-col-total")}</th><th scope="col">{t!("tier-col-created")}</th><th scope="col">{t!("tier-col-reference")}</th><th scope="col">{t!("tier-col-csv")}</th></tr></thead>
                            <tbody>
                                {c.runs.iter().map(|r| view! {
                                    <tr>
                                        <th scope="row"><a href=format!("/admin/payouts?run={}#run", r.id)>{format!("#{}", r.id)}</a>{(!r.note.is_empty()).then(|| view! { <div class="muted small">{r.note.clone()}</div> })}</th>
                                        <td><Badge text=if r.status == "paid" { t!("tier-incentive-paid") } else { t!("tier-incentive-approved") } tone=if r.status == "paid" { "success" } else { "warning" } /></td>
                                        <td class="num">{group_digits(r.entries)}</td>
                                        <td class="num">{r.totals.iter().map(|(c, v)| format_money(*v, c)).collect::<Vec<_>>().join(" · ")}</td>
                                        <td>{format!("{} · {}", format_date(r.created_at), r.created_by)}</td>
                                        <td>{r.reference.clone()}</td>
                                        <td><a href=format!("/api/admin/payouts/export?id={}", r.id) download="">{t!("tier-runs-download")}</a></td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
        <section class="card">
            <div class="card-head">
                <h2 class="card-title">{t!("tier-entries-all")}</h2>
                <nav class="tabs" aria-label=t!("tier-col-status")>
                    <a href="/admin/payouts" class:active=c.status_filter.is_none()>{t!("tier-filter-all")}</a>
                    {IncentiveStatus::ALL.iter().map(|s| {
                        let current = c.status_filter.as_deref() == Some(s.as_str());
                        view! { <a href=format!("/admin/payouts?status={}", s.as_str()) class:active=current aria-current=current.then_some("page")>{s.label()}</a> }
                    }).collect_view()}
                </nav>
            </div>
            {if c.entries.items.is_empty() {
                view! { <p class="muted">{t!("tier-entries-empty")}</p> }.into_any()
            } else {
                view! {
                    <EntriesTable rows=c.entries.items.clone() staff=true actions=true />
                    <Pager page=c.entries.page pages=pages total=c.entries.total base=base.clone() />
                }.into_any()
            }}
        </section>
    }
}

#[component]
pub(super) fn RunView(run: PayoutRow, items: Vec<IncentiveRow>) -> impl IntoView {
    let pay = ServerAction::<PayoutPay>::new();
    let pay_error = action_error(pay.value());
    let paid = run.status == "paid";
    view! {
        <section class="card" id="run">
            <div class="card-head">
                <h2 class="card-title">{t!("tier-run-title", id = run.id.to_string())}</h2>
                <a class="btn btn-secondary btn-sm" href=format!("/api/admin/payouts/export?id={}", run.id) download="">{t!("tier-run-export")}</a>
            </div>
            <p class="run-status">
                <Badge text=if paid { t!("tier-incentive-paid") } else { t!("tier-run-unpaid") } tone=if paid { "success" } else { "warning" } />
                {format!(" · {} · {}", t!("tier-run-entries", count = run.entries), run.totals.iter().map(|(c, v)| format_money(*v, c)).collect::<Vec<_>>().join(" · "))}
                {run.paid_at.map(|p| format!(" · {}", t!("tier-run-paid", date = Arg::Date(p), reference = &run.reference)))}
            </p>
            <EntriesTable rows=items staff=true actions=!paid />
            {(!paid).then(|| view! {
                <FormError error=pay_error />
                <ActionForm action=pay attr:class="stack">
                    <input type="hidden" name="run_id" value=run.id.to_string() />
                    <div class="row-2">
                        <Field label=t!("tier-run-reference") name="reference" error=pay_error hint=t!("tier-run-reference-hint") />
                    </div>
                    <button class="btn btn-primary" type="submit">{t!("tier-run-pay")}</button>
                </ActionForm>
            })}
        </section>
    }
}

#[component]
pub(super) fn EntryActions(r: IncentiveRow) -> impl IntoView {
    let release = ServerAction::<PayoutRelease>::new();
    let claw = ServerAction::<PayoutClawBack>::new();
    let claw_error = action_error(claw.value());
    let release_error = action_error(release.value());
    let id = r.id.to_string();
    let id2 = id.clone();
    view! {
        {(r.status == IncentiveStatus::Approved).then(move || view! {
            <FormError error=release_error />
            <ActionForm action=release>
                <input type="hidden" name="entry_id" value=id2.clone() />
                <button class="btn btn-ghost btn-sm" type="submit">{t!("tier-entry-release")}</button>
            </ActionForm>
        })}
        {(r.status != IncentiveStatus::ClawedBack).then(move || view! {
            <details>
                <summary>{t!("tier-entry-claw")}</summary>
                <FormError error=claw_error />
                <ActionForm action=claw attr:class="stack">
                    <input type="hidden" name="entry_id" value=id.clone() />
                    <label for=format!("claw-{id}")>{t!("tier-assign-reason")}</label>
                    <input id=format!("claw-{id}") name="reason" required=true maxlength="500" />
                    <button class="btn btn-secondary btn-sm" type="submit">{t!("tier-entry-claw")}</button>
                </ActionForm>
            </details>
        })}
    }
}
