//! A partner's earnings: rebates and commissions by status, entries and the
//! leaderboard.

use super::*;

pub(super) fn incentive_tone(s: IncentiveStatus) -> &'static str {
    match s {
        IncentiveStatus::Earned => "info",
        IncentiveStatus::Approved => "warning",
        IncentiveStatus::Paid => "success",
        IncentiveStatus::ClawedBack => "danger",
    }
}

#[component]
pub fn EarningsPage() -> impl IntoView {
    let q = use_query_map();
    let status = move || q.read().get("status").filter(|s| !s.is_empty());
    let page = move || q.read().get("page").and_then(|p| p.parse::<i64>().ok());
    let data = Resource::new(move || (status(), page()), |(s, p)| load_earnings(s, p));
    view! {
        <Page title=t!("tier-earnings-title") roles=PARTNERS>
            <div class="page-head">
                <div>
                    <h1>{t!("tier-earnings-title")}</h1>
                    <p class="muted">{t!("tier-earnings-lead")}</p>
                </div>
                <div class="head-badges"><a class="btn btn-secondary" href="/tier">{t!("tier-mine-title")}</a></div>
            </div>
            <Loaded resource=data let:e>
                <EarningsView e=e />
            </Loaded>
        </Page>
    }
}

#[component]
pub(super) fn TotalsCards(totals: Vec<IncentiveTotals>) -> impl IntoView {
    if totals.is_empty() {
        return view! { <EmptyState title=t!("tier-earnings-empty-title") text=t!("tier-earnings-empty-text") /> }.into_any();
    }
    let l = use_l10n();
    view! {
        <div class="grid grid-4 stats-compact">
            {totals.into_iter().flat_map(|t| {
                let c = t.currency.clone();
                let l = l.clone();
                [(k!("tier-totals-due"), t.due(), "/earnings?status=earned"), (k!("tier-totals-approved"), t.approved, "/earnings?status=approved"), (k!("tier-incentive-paid"), t.paid, "/earnings?status=paid"), (k!("tier-incentive-clawed-back"), t.clawed_back, "/earnings?status=clawed_back")]
                    .into_iter()
                    .map(move |(label, v, href)| view! {
                        <a class="stat card" href=href><span class="stat-label">{format!("{} · {c}", l.t(label))}</span><span class="stat-value">{format_money(v, &c)}</span></a>
                    })
            }).collect_view()}
        </div>
    }
    .into_any()
}

#[component]
pub(super) fn EntriesTable(
    rows: Vec<IncentiveRow>,
    #[prop(default = false)] staff: bool,
    #[prop(default = false)] actions: bool,
) -> impl IntoView {
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=t!("tier-entries-label")>
            <table class="table">
                <thead><tr>
                    {staff.then(|| view! { <th scope="col">{t!("tier-col-company")}</th> })}
                    <th scope="col">{t!("tier-col-deal")}</th><th scope="col">{t!("tier-col-kind")}</th><th scope="col">{t!("tier-col-status")}</th>
                    <th scope="col" class="num">{t!("tier-col-deal-value")}</th><th scope="col" class="num">{t!("tier-col-rate")}</th><th scope="col" class="num">{t!("tier-col-amount")}</th>
                    <th scope="col">{t!("tier-col-tier")}</th><th scope="col">{t!("tier-col-won")}</th>
                    {actions.then(|| view! { <th scope="col">{t!("tier-col-action")}</th> })}
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            {staff.then(|| view! { <td>{r.company_name.clone()}</td> })}
                            <th scope="row"><a href=format!("/deals/{}", r.deal_id)>{r.customer.clone()}</a></th>
                            <td>{r.kind.label()}</td>
                            <td><Badge text=r.status.label() tone=incentive_tone(r.status) />
                                {(!r.clawback_reason.is_empty()).then(|| view! { <div class="muted small">{r.clawback_reason.clone()}</div> })}
                                {r.payout_id.map(|p| view! { <div class="muted small">{t!("tier-entry-payout", id = p.to_string())}</div> })}
                            </td>
                            <td class="num">{format_money(r.base_cents, &r.currency)}</td>
                            <td class="num">{format_bp(r.rate_bp)}</td>
                            <td class="num">{format_money(r.amount_cents, &r.currency)}</td>
                            <td>{r.tier.clone()}</td>
                            <td>{format_date(r.earned_at)}</td>
                            {actions.then(|| view! { <td><EntryActions r=r.clone() /></td> })}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
pub(super) fn EarningsView(e: Earnings) -> impl IntoView {
    let pages = e.entries.pages();
    let base = match &e.status_filter {
        Some(s) => format!("/earnings?status={s}"),
        None => "/earnings".to_string(),
    };
    view! {
        <TotalsCards totals=e.totals.clone() />
        <section class="card">
            <div class="card-head">
                <h2 class="card-title">{t!("tier-entries-title")}</h2>
                <nav class="tabs" aria-label=t!("tier-col-status")>
                    <a href="/earnings" class:active=e.status_filter.is_none()>{t!("tier-filter-all")}</a>
                    {IncentiveStatus::ALL.iter().map(|s| {
                        let current = e.status_filter.as_deref() == Some(s.as_str());
                        view! { <a href=format!("/earnings?status={}", s.as_str()) class:active=current aria-current=current.then_some("page")>{s.label()}</a> }
                    }).collect_view()}
                </nav>
            </div>
            {if e.entries.items.is_empty() {
                view! { <p class="muted">{t!("tier-entries-empty")}</p> }.into_any()
            } else {
                view! {
                    <EntriesTable rows=e.entries.items.clone() />
                    <Pager page=e.entries.page pages=pages total=e.entries.total base=base.clone() />
                }.into_any()
            }}
        </section>
        {e.leaderboard.clone().map(|l| view! { <LeaderboardCard l=l /> })}
    }
}

#[component]
pub fn LeaderboardCard(l: Leaderboard) -> impl IntoView {
    view! {
        <section class="card">
            <h2 class="card-title">{t!("tier-leaderboard-title", year = l.year.to_string())}</h2>
            {l.own.map(|(rank, of, points)| view! {
                <p class="lead">{t!("tier-leaderboard-own", rank = rank, of = of, points = points)}</p>
            })}
            {if l.public {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t!("tier-leaderboard-label")>
                        <table class="table">
                            <thead><tr><th scope="col" class="num">{t!("tier-col-rank")}</th><th scope="col">{t!("tier-col-company")}</th><th scope="col" class="num">{t!("tier-col-points")}</th></tr></thead>
                            <tbody>
                                {l.rows.iter().map(|r| view! {
                                    <tr class:current=r.own><td class="num">{group_digits(r.rank)}</td><th scope="row">{r.company.clone().unwrap_or_default()}</th><td class="num">{group_digits(r.points)}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            } else {
                view! { <p class="muted small">{t!("tier-leaderboard-private")}</p> }.into_any()
            }}
        </section>
    }
}
