//! The staff's overview of companies by tier and the pending changes.

use super::*;

#[component]
pub fn TiersPage() -> impl IntoView {
    let q = use_query_map();
    let tier = move || q.read().get("tier").and_then(|t| t.parse::<i64>().ok());
    let page = move || q.read().get("page").and_then(|p| p.parse::<i64>().ok());
    let board = Resource::new(
        move || (tier(), page(), q.read().get("decided")),
        |(t, p, _)| load_tier_board(t, p),
    );
    let admin = move || crate::ui::use_viewer().is_some_and(|v| v.role == Role::VendorAdmin);
    view! {
        <Page title=t!("tier-board-title") roles=STAFF>
            <div class="page-head">
                <div>
                    <h1>{t!("tier-board-title")}</h1>
                    <p class="muted">{t!("tier-board-lead")}</p>
                </div>
                <div class="head-badges">
                    {move || admin().then(|| view! {
                        <a class="btn btn-secondary" href="/admin/tiers">{t!("tier-board-rules")}</a>
                        <a class="btn btn-secondary" href="/admin/payouts">{t!("tier-payouts-title")}</a>
                    })}
                </div>
            </div>
            {notices(&[("decided", k!("tier-notice-decided"))])}
            <Loaded resource=board let:b>
                <BoardView b=b />
            </Loaded>
        </Page>
    }
}

#[component]
pub(super) fn BoardView(b: TierBoard) -> impl IntoView {
    let max = b.distribution.iter().map(|d| d.2).max().unwrap_or(0).max(1);
    let pages = b.companies.pages();
    let base = match b.tier_filter {
        Some(t) => format!("/tiers?tier={t}"),
        None => "/tiers".to_string(),
    };
    let n = b.distribution.len().max(1);
    let height = 28 * n + 8;
    view! {
        <div class="grid grid-2">
            <section class="card">
                <h2 class="card-title">{t!("tier-board-distribution")}</h2>
                // Server-rendered SVG bars with a data table for screen readers.
                <svg class="chart" viewBox=format!("0 0 400 {height}") role="img" aria-labelledby="dist-title">
                    <title id="dist-title">{t!("tier-board-chart", counts = b.distribution.iter().map(|(_, t, c)| format!("{t} {}", group_digits(*c))).collect::<Vec<_>>().join(", "))}</title>
                    {b.distribution.iter().enumerate().map(|(i, (_, t, c))| {
                        let y = 4 + i * 28;
                        let w = (*c as f64 / max as f64 * 250.0).max(if *c > 0 { 2.0 } else { 0.0 });
                        view! {
                            <g>
                                <text x="0" y=(y + 17).to_string() class="chart-label">{t.clone()}</text>
                                <rect x="110" y=y.to_string() width=format!("{w:.1}") height="20" class="chart-bar"></rect>
                                <text x=format!("{:.1}", 116.0 + w) y=(y + 15).to_string() class="chart-value">{group_digits(*c)}</text>
                            </g>
                        }
                    }).collect_view()}
                </svg>
                <table class="table sr-only">
                    <caption>{t!("tier-board-per-tier")}</caption>
                    <thead><tr><th scope="col">{t!("tier-col-program")}</th><th scope="col">{t!("tier-col-tier")}</th><th scope="col">{t!("tier-col-companies")}</th></tr></thead>
                    <tbody>{b.distribution.iter().map(|(p, t, c)| view! { <tr><td>{p.clone()}</td><th scope="row">{t.clone()}</th><td>{group_digits(*c)}</td></tr> }).collect_view()}</tbody>
                </table>
                <p class="muted small">{t!("tier-board-in-grace", count = b.in_grace)}</p>
            </section>
            <section class="card">
                <h2 class="card-title">{t!("tier-board-to-decide", count = b.pending.len())}</h2>
                {if b.pending.is_empty() {
                    view! { <p class="muted">{t!("tier-board-nothing")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain-list">
                            {b.pending.iter().map(|p| view! {
                                <li>
                                    <a href=format!("/tiers/companies/{}", p.company_id)>{p.company_name.clone()}</a>
                                    " "<Badge text=format!("{} -> {}", p.from, p.to) tone=if p.up { "success" } else { "warning" } />
                                    <div class="muted small">{p.reason.text()}</div>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        </div>
        <section class="card">
            <div class="card-head">
                <h2 class="card-title">{t!("tier-board-companies")}</h2>
                <nav class="tabs" aria-label=t!("tier-col-tier")>
                    <a href="/tiers" class:active=b.tier_filter.is_none()>{t!("tier-filter-all")}</a>
                    {b.tiers.iter().map(|(id, name)| {
                        let current = b.tier_filter == Some(*id);
                        view! { <a href=format!("/tiers?tier={id}") class:active=current aria-current=current.then_some("page")>{name.clone()}</a> }
                    }).collect_view()}
                </nav>
            </div>
            {if b.companies.items.is_empty() {
                view! { <EmptyState title=t!("tier-board-empty-title") text=t!("tier-board-empty-text") /> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t!("tier-board-companies")>
                        <table class="table">
                            <thead><tr>
                                <th scope="col">{t!("tier-col-company")}</th><th scope="col">{t!("tier-col-region")}</th><th scope="col">{t!("tier-col-tier")}</th>
                                <th scope="col">{t!("tier-col-since")}</th><th scope="col">{t!("tier-col-qualifies")}</th><th scope="col">{t!("tier-col-grace")}</th>
                            </tr></thead>
                            <tbody>
                                {b.companies.items.iter().map(|c| view! {
                                    <tr>
                                        <th scope="row"><a href=format!("/tiers/companies/{}", c.company_id)>{c.company_name.clone()}</a></th>
                                        <td>{crate::shared::validate::region_label(&c.region)}</td>
                                        <td>{c.tier.clone()}</td>
                                        <td>{format_date(c.since)}</td>
                                        <td>{c.qualifies.clone().unwrap_or_else(|| "—".into())}</td>
                                        <td>{c.grace_until.map(format_date).unwrap_or_else(|| "—".into())}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <Pager page=b.companies.page pages=pages total=b.companies.total base=base.clone() />
                }.into_any()
            }}
        </section>
    }
}
