//! Budgets per company and period, the overview and ROI from linked deals.

use super::*;

#[component]
pub fn MdfBudgetsPage() -> impl IntoView {
    view! {
        <Page title="MDF budgets" roles=STAFF>
            <BudgetsBody />
        </Page>
    }
}

#[component]
pub(super) fn BudgetsBody() -> impl IntoView {
    let admin = use_viewer().is_some_and(|v| v.role == Role::VendorAdmin);
    let q = use_query_map();
    let period = move || q.read().get("period").filter(|p| !p.is_empty());
    let page = move || q.read().get("page").and_then(|p| p.parse::<i64>().ok());
    let overview = Resource::new(move || (period(), page()), |(p, page)| mdf_budgets(p, page));
    let roi = Resource::new(period, |p| async move {
        // The ROI follows the overview's period (the current one by default).
        let period = match p {
            Some(p) => p,
            None => mdf_budgets(None, None).await?.period,
        };
        mdf_roi(period).await
    });
    view! {
        <div class="page-head">
            <div>
                <h1>"MDF budgets"</h1>
                <p class="muted">"Allocated, committed, claimed, paid and available funds per period, region and partner; and what the activities brought."</p>
            </div>
            <div class="head-badges"><a class="btn btn-secondary" href="/mdf/queue">"Queues"</a></div>
        </div>
        {move || q.read().get("allocated").map(|_| view! { <Notice text="Funds allocated. The partner's admins were notified." /> })}
        {move || q.read().get("applied").map(|n| view! { <Notice text=format!("{n} allocations applied from the upload.") /> })}
        {move || q.read().get("saved").map(|_| view! { <Notice text="MDF rules saved." /> })}
        <Loaded resource=overview let:o>
            <Overview o=o />
        </Loaded>
        <Loaded resource=roi let:r>
            <RoiView r=r />
        </Loaded>
        {admin.then(|| view! { <AdminConsole /> })}
    }
}

#[component]
pub(super) fn BudgetTable(rows: Vec<BudgetRow>, first: &'static str) -> impl IntoView {
    // Focusable so keyboard users can scroll a wide table on a phone.
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=format!("Funds by {}", first.to_lowercase())>
            <table class="table budget-table">
                <thead><tr>
                    <th scope="col">{first}</th>
                    <th scope="col" class="num">"Allocated"</th>
                    <th scope="col" class="num">"Committed"</th>
                    <th scope="col" class="num">"Claimed"</th>
                    <th scope="col" class="num">"Paid"</th>
                    <th scope="col" class="num">"Available"</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| {
                        let m = |v: i64| format_money(v, &r.currency);
                        view! {
                            <tr>
                                <th scope="row">{r.label.clone()}</th>
                                <td class="num">{m(r.balance.allocated)}</td>
                                <td class="num">{m(r.balance.committed)}</td>
                                <td class="num">{m(r.balance.claimed)}</td>
                                <td class="num">{m(r.balance.paid)}</td>
                                <td class="num">{m(r.balance.available)}{(r.balance.expired > 0).then(|| view! { <div class="muted small">{format!("{} expired", m(r.balance.expired))}</div> })}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub(super) fn Overview(o: BudgetOverview) -> impl IntoView {
    let pages = o.companies.pages();
    let base = format!("/mdf/budgets?period={}", o.period);
    view! {
        <nav class="tabs" aria-label="Period">
            {o.periods.iter().map(|p| {
                let current = *p == o.period;
                view! { <a href=format!("/mdf/budgets?period={p}") class:active=current aria-current=current.then_some("page")>{p.clone()}</a> }
            }).collect_view()}
        </nav>
        {if o.totals.is_empty() {
            view! { <EmptyState title="No funds in this period" text=format!("Nothing is allocated for {} yet.", o.period) /> }.into_any()
        } else {
            view! {
                <div class="grid grid-4 stats-compact">
                    {o.totals.iter().flat_map(|t| {
                        let c = t.currency.clone();
                        [("Allocated", t.balance.allocated), ("Committed", t.balance.committed + t.balance.claimed), ("Paid", t.balance.paid), ("Available", t.balance.available)]
                            .into_iter()
                            .map(move |(label, v)| view! {
                                <div class="stat card"><span class="stat-label">{format!("{label} · {}", c)}</span><span class="stat-value">{format_money(v, &c)}</span></div>
                            })
                    }).collect_view()}
                </div>
                <section class="card">
                    <h2 class="card-title">{format!("By region · {}", o.period)}</h2>
                    <BudgetTable rows=o.regions.clone() first="Region" />
                </section>
                <section class="card">
                    <h2 class="card-title">{format!("By partner · {}", o.period)}</h2>
                    <BudgetTable rows=o.companies.items.clone() first="Partner" />
                    <Pager page=o.companies.page pages=pages total=o.companies.total base=base.clone() />
                </section>
            }.into_any()
        }}
    }
}

pub(super) fn ratio(won: i64, spent: i64) -> String {
    if spent <= 0 {
        "—".into()
    } else {
        format!("{:.1}×", won as f64 / spent as f64)
    }
}

#[component]
pub(super) fn RoiView(r: RoiReport) -> impl IntoView {
    let table = |rows: Vec<RoiRow>, first: &'static str| {
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=format!("Return on MDF by {}", first.to_lowercase())>
                <table class="table">
                    <thead><tr>
                        <th scope="col">{first}</th>
                        <th scope="col" class="num">"Activities"</th>
                        <th scope="col" class="num">"MDF spent"</th>
                        <th scope="col" class="num">"Leads"</th>
                        <th scope="col" class="num">"Deals"</th>
                        <th scope="col" class="num">"Pipeline"</th>
                        <th scope="col" class="num">"Won"</th>
                        <th scope="col" class="num">"Pipeline per MDF"</th>
                        <th scope="col" class="num">"Won per MDF"</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|x| view! {
                            <tr>
                                <th scope="row">{x.label.clone()}<div class="muted small">{x.currency.clone()}</div></th>
                                <td class="num">{x.activities}</td>
                                <td class="num">{format_money(x.spent_cents, &x.currency)}</td>
                                <td class="num">{x.leads}</td>
                                <td class="num">{x.deals}</td>
                                <td class="num">{format_money(x.pipeline_cents, &x.currency)}</td>
                                <td class="num">{format_money(x.won_cents, &x.currency)}</td>
                                <td class="num">{ratio(x.pipeline_cents, x.spent_cents)}</td>
                                <td class="num">{ratio(x.won_cents, x.spent_cents)}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        }
    };
    view! {
        <section class="card">
            <h2 class="card-title">"Return on MDF"</h2>
            {if r.by_company.is_empty() {
                view! { <p class="muted">"No approved claims in this period yet. ROI appears once claims are approved and linked to deals."</p> }.into_any()
            } else {
                view! {
                    <p class="muted small">"Approved claims against the deals partners linked to them (same currency only). Pipeline: open registrations at their estimated value; won: final values."</p>
                    <h3 class="sub-title">"By activity"</h3>
                    {table(r.by_activity.clone(), "Activity")}
                    <h3 class="sub-title">"By partner"</h3>
                    {table(r.by_company.clone(), "Partner")}
                }.into_any()
            }}
        </section>
    }
}
