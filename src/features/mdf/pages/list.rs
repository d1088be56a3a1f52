//! The request list with status tabs and the pager.

use super::*;

#[component]
pub fn MdfPage() -> impl IntoView {
    view! {
        <Page title=t!("mdf-list-title")>
            <MdfBody />
        </Page>
    }
}

#[component]
pub(super) fn MdfBody() -> impl IntoView {
    let partner = use_viewer().is_some_and(|v| v.role.is_partner());
    let q = use_query_map();
    let status = move || q.read().get("status").filter(|s| !s.is_empty());
    let page = move || q.read().get("page").and_then(|p| p.parse::<i64>().ok());
    let list = Resource::new(
        move || (status(), page()),
        |(status, page)| mdf_list(Some(MdfQuery { status, page })),
    );
    let fund = Resource::new(
        || (),
        move |_| async move {
            if partner {
                mdf_fund().await.map(Some)
            } else {
                Ok(None)
            }
        },
    );
    let l = use_l10n();
    let filters = [
        ("open", k!("mdf-filter-open")),
        ("submitted", k!("mdf-filter-submitted")),
        ("approved", k!("mdf-filter-approved")),
        ("claimed", k!("mdf-filter-claimed")),
        ("reimbursed", k!("mdf-filter-reimbursed")),
        ("all", k!("mdf-filter-all")),
    ];
    view! {
        <div class="page-head">
            <div>
                <h1>{t!("mdf-list-title")}</h1>
                <p class="muted">{if partner { t!("mdf-list-lead-partner") } else { t!("mdf-list-lead-staff") }}</p>
            </div>
            <div class="head-badges">
                {if partner {
                    view! { <a class="btn btn-primary" href="/mdf/new">{t!("mdf-request-funds")}</a> }.into_any()
                } else {
                    view! {
                        <a class="btn btn-primary" href="/mdf/queue">{t!("mdf-queues-link")}</a>
                        <a class="btn btn-secondary" href="/mdf/budgets">{t!("mdf-budgets-link")}</a>
                    }.into_any()
                }}
            </div>
        </div>
        <Loaded resource=fund let:loaded>
            {match loaded {
                    Some(card) => view! { <FundCardView card=card link=false /> }.into_any(),
                    None => ().into_any(),
            }}
        </Loaded>
        <nav class="tabs" aria-label=t!("mdf-filter-label")>
            {filters.into_iter().map(|(value, key)| {
                let label = l.t(key);
                let href = format!("/mdf?status={value}");
                let current = move || status().unwrap_or_else(|| "open".into()) == value;
                view! { <a href=href class:active=current aria-current=move || current().then_some("page")>{label}</a> }
            }).collect_view()}
        </nav>
        <Loaded resource=list let:loaded>
            {match loaded {
                    p if p.items.is_empty() => view! {
                        <EmptyState title=t!("mdf-list-empty-title") text=if partner { t!("mdf-list-empty-partner") } else { t!("mdf-list-empty-staff") } />
                    }.into_any(),
                    p => {
                        let pages = p.pages();
                        let base = format!("/mdf?status={}", status().unwrap_or_else(|| "open".into()));
                        view! {
                            <div class="table-wrap card">
                                <table class="table mdf-table">
                                    <thead><tr>
                                        <th scope="col">{t!("mdf-col-activity")}</th>
                                        {(!partner).then(|| view! { <th scope="col">{t!("mdf-col-partner")}</th> })}
                                        <th scope="col">{t!("mdf-col-status")}</th>
                                        <th scope="col" class="num">{t!("mdf-col-requested")}</th>
                                        <th scope="col" class="num">{t!("mdf-col-approved")}</th>
                                        <th scope="col">{t!("mdf-col-next-step")}</th>
                                    </tr></thead>
                                    <tbody>
                                        {p.items.into_iter().map(|r| {
                                            let next = next_step_text(&r);
                                            view! {
                                                <tr>
                                                    <td>
                                                        <a href=format!("/mdf/{}", r.id)>{r.title.clone()}</a>
                                                        <div class="muted small">{format!("{} · {} – {}", r.activity_type.label(), format_date(r.starts_on), format_date(r.ends_on))}</div>
                                                    </td>
                                                    {r.company_name.clone().map(|c| view! { <td>{c}</td> })}
                                                    <td><Badge text=r.status.label() tone=status_tone(r.status) /></td>
                                                    <td class="num">{format_money(r.requested_cents, &r.currency)}</td>
                                                    <td class="num">{r.claim_approved_cents.or(r.approved_cents).map(|a| format_money(a, &r.currency)).unwrap_or_else(|| "—".into())}</td>
                                                    <td class="small">{next}</td>
                                                </tr>
                                            }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            <Pager page=p.page pages=pages total=p.total base=base />
                        }.into_any()
                    }
            }}
        </Loaded>
    }
}
