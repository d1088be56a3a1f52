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
        <Page title="Rebates and points" roles=PARTNERS>
            <div class="page-head">
                <div>
                    <h1>"Rebates and points"</h1>
                    <p class="muted">"What your won deals earned under your tier's rates, what is paid, and where your company ranks."</p>
                </div>
                <div class="head-badges"><a class="btn btn-secondary" href="/tier">"Your tier"</a></div>
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
        return view! { <EmptyState title="Nothing earned yet" text="Won deals earn a rebate (and, where your tier has one, a commission) at your tier's rates on the day they are won." /> }.into_any();
    }
    view! {
        <div class="grid grid-4 stats-compact">
            {totals.into_iter().flat_map(|t| {
                let c = t.currency.clone();
                [("Due (earned and approved)", t.due(), "/earnings?status=earned"), ("Approved for payment", t.approved, "/earnings?status=approved"), ("Paid", t.paid, "/earnings?status=paid"), ("Clawed back", t.clawed_back, "/earnings?status=clawed_back")]
                    .into_iter()
                    .map(move |(label, v, href)| view! {
                        <a class="stat card" href=href><span class="stat-label">{format!("{label} · {c}")}</span><span class="stat-value">{format_money(v, &c)}</span></a>
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
        <div class="table-wrap" tabindex="0" role="region" aria-label="Rebates and commissions">
            <table class="table">
                <thead><tr>
                    {staff.then(|| view! { <th scope="col">"Company"</th> })}
                    <th scope="col">"Deal"</th><th scope="col">"Kind"</th><th scope="col">"Status"</th>
                    <th scope="col" class="num">"Deal value"</th><th scope="col" class="num">"Rate"</th><th scope="col" class="num">"Amount"</th>
                    <th scope="col">"Tier"</th><th scope="col">"Won"</th>
                    {actions.then(|| view! { <th scope="col">"Action"</th> })}
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr>
                            {staff.then(|| view! { <td>{r.company_name.clone()}</td> })}
                            <th scope="row"><a href=format!("/deals/{}", r.deal_id)>{r.customer.clone()}</a></th>
                            <td>{r.kind.label()}</td>
                            <td><Badge text=r.status.label() tone=incentive_tone(r.status) />
                                {(!r.clawback_reason.is_empty()).then(|| view! { <div class="muted small">{r.clawback_reason.clone()}</div> })}
                                {r.payout_id.map(|p| view! { <div class="muted small">{format!("Payout #{p}")}</div> })}
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
                <h2 class="card-title">"Entries"</h2>
                <nav class="tabs" aria-label="Status">
                    <a href="/earnings" class:active=e.status_filter.is_none()>"All"</a>
                    {IncentiveStatus::ALL.iter().map(|s| {
                        let current = e.status_filter.as_deref() == Some(s.as_str());
                        view! { <a href=format!("/earnings?status={}", s.as_str()) class:active=current aria-current=current.then_some("page")>{s.label()}</a> }
                    }).collect_view()}
                </nav>
            </div>
            {if e.entries.items.is_empty() {
                view! { <p class="muted">"No entries here."</p> }.into_any()
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
            <h2 class="card-title">{format!("Leaderboard {}", l.year)}</h2>
            {l.own.map(|(rank, of, points)| view! {
                <p class="lead">{format!("Your company ranks {rank} of {of} with {points} points this year.")}</p>
            })}
            {if l.public {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label="Leaderboard">
                        <table class="table">
                            <thead><tr><th scope="col" class="num">"Rank"</th><th scope="col">"Company"</th><th scope="col" class="num">"Points"</th></tr></thead>
                            <tbody>
                                {l.rows.iter().map(|r| view! {
                                    <tr class:current=r.own><td class="num">{r.rank}</td><th scope="row">{r.company.clone().unwrap_or_default()}</th><td class="num">{r.points}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            } else {
                view! { <p class="muted small">"Other companies' points are private in this program. Registering deals and winning them earns points."</p> }.into_any()
            }}
        </section>
    }
}
