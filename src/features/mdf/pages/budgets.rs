//! Budgets per company and period, the overview and ROI from linked deals.

use super::*;

#[component]
pub fn MdfBudgetsPage() -> impl IntoView {
    view! {
        <Page title=t!("mdf-budgets-title") roles=STAFF>
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
                <h1>{t!("mdf-budgets-title")}</h1>
                <p class="muted">{t!("mdf-budgets-lead")}</p>
            </div>
            <div class="head-badges"><a class="btn btn-secondary" href="/mdf/queue">{t!("mdf-queues-link")}</a></div>
        </div>
        {move || q.read().get("allocated").map(|_| view! { <Notice text=t!("mdf-budgets-allocated") /> })}
        {move || q.read().get("applied").map(|n| view! { <Notice text=t!("mdf-budgets-applied", count = n) /> })}
        {move || q.read().get("saved").map(|_| view! { <Notice text=t!("mdf-budgets-saved") /> })}
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
pub(super) fn BudgetTable(
    rows: Vec<BudgetRow>,
    #[prop(into)] first: String,
    /// What the table holds, for screen readers ("Funds by region").
    #[prop(into)]
    name: String,
) -> impl IntoView {
    // Focusable so keyboard users can scroll a wide table on a phone.
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=name>
            <table class="table budget-table">
                <thead><tr>
                    <th scope="col">{first}</th>
                    <th scope="col" class="num">{t!("mdf-balance-allocated")}</th>
                    <th scope="col" class="num">{t!("mdf-balance-committed")}</th>
                    <th scope="col" class="num">{t!("mdf-balance-claimed")}</th>
                    <th scope="col" class="num">{t!("mdf-balance-paid")}</th>
                    <th scope="col" class="num">{t!("mdf-balance-available")}</th>
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
                                <td class="num">{m(r.balance.available)}{(r.balance.expired > 0).then(|| view! { <div class="muted small">{t!("mdf-budgets-expired", amount = m(r.balance.expired))}</div> })}</td>
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
    let l = use_l10n();
    // Regions are stored in English: shown in the reader's words.
    let regions: Vec<BudgetRow> = o
        .regions
        .iter()
        .map(|r| BudgetRow {
            label: crate::shared::validate::region_label(&r.label),
            ..r.clone()
        })
        .collect();
    view! {
        <nav class="tabs" aria-label=t!("mdf-budgets-period")>
            {o.periods.iter().map(|p| {
                let current = *p == o.period;
                view! { <a href=format!("/mdf/budgets?period={p}") class:active=current aria-current=current.then_some("page")>{p.clone()}</a> }
            }).collect_view()}
        </nav>
        {if o.totals.is_empty() {
            view! { <EmptyState title=t!("mdf-budgets-empty-title") text=t!("mdf-budgets-empty", period = o.period.as_str()) /> }.into_any()
        } else {
            view! {
                <div class="grid grid-4 stats-compact">
                    {o.totals.iter().flat_map(|t| {
                        let c = t.currency.clone();
                        let l = l.clone();
                        [(k!("mdf-balance-allocated"), t.balance.allocated), (k!("mdf-balance-committed"), t.balance.committed + t.balance.claimed), (k!("mdf-balance-paid"), t.balance.paid), (k!("mdf-balance-available"), t.balance.available)]
                            .into_iter()
                            .map(move |(key, v)| view! {
                                <div class="stat card"><span class="stat-label">{format!("{} · {}", l.t(key), c)}</span><span class="stat-value">{format_money(v, &c)}</span></div>
                            })
                    }).collect_view()}
                </div>
                <section class="card">
                    <h2 class="card-title">{t!("mdf-budgets-by-region", period = o.period.as_str())}</h2>
                    <BudgetTable rows=regions.clone() first=t!("mdf-col-region") name=t!("mdf-budgets-by-region-label") />
                </section>
                <section class="card">
                    <h2 class="card-title">{t!("mdf-budgets-by-partner", period = o.period.as_str())}</h2>
                    <BudgetTable rows=o.companies.items.clone() first=t!("mdf-col-partner") name=t!("mdf-budgets-by-partner-label") />
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
        let l = use_l10n();
        t!(
            "mdf-roi-ratio",
            ratio = l.decimal(won as f64 / spent as f64, 1)
        )
    }
}

#[component]
pub(super) fn RoiView(r: RoiReport) -> impl IntoView {
    let table = |rows: Vec<RoiRow>, first: String, name: String| {
        view! {
            <div class="table-wrap" tabindex="0" role="region" aria-label=name>
                <table class="table">
                    <thead><tr>
                        <th scope="col">{first}</th>
                        <th scope="col" class="num">{t!("mdf-roi-activities")}</th>
                        <th scope="col" class="num">{t!("mdf-roi-spent")}</th>
                        <th scope="col" class="num">{t!("mdf-roi-leads")}</th>
                        <th scope="col" class="num">{t!("mdf-roi-deals")}</th>
                        <th scope="col" class="num">{t!("mdf-roi-pipeline")}</th>
                        <th scope="col" class="num">{t!("mdf-roi-won")}</th>
                        <th scope="col" class="num">{t!("mdf-roi-pipeline-per")}</th>
                        <th scope="col" class="num">{t!("mdf-roi-won-per")}</th>
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
            <h2 class="card-title">{t!("mdf-roi-title")}</h2>
            {if r.by_company.is_empty() {
                view! { <p class="muted">{t!("mdf-roi-empty")}</p> }.into_any()
            } else {
                view! {
                    <p class="muted small">{t!("mdf-roi-lead")}</p>
                    <h3 class="sub-title">{t!("mdf-roi-by-activity")}</h3>
                    {table(r.by_activity.clone(), t!("mdf-col-activity"), t!("mdf-roi-by-activity-label"))}
                    <h3 class="sub-title">{t!("mdf-roi-by-partner")}</h3>
                    {table(r.by_company.clone(), t!("mdf-col-partner"), t!("mdf-roi-by-partner-label"))}
                }.into_any()
            }}
        </section>
    }
}
