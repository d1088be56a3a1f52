//! The lead list: a partner's offers (with their acceptance clocks) and
//! worked leads; the staff's queue and every lead in their scope.

use super::*;

#[component]
pub fn LeadsPage() -> impl IntoView {
    view! {
        <Page title=t!("lead-list-title")>
            <LeadsBody />
        </Page>
    }
}

#[component]
fn LeadsBody() -> impl IntoView {
    let viewer = use_viewer();
    let partner = viewer.as_ref().is_some_and(|v| v.role.is_partner());
    let admin = viewer.as_ref().is_some_and(|v| v.role == Role::VendorAdmin);
    let q = use_query_map();
    let status = move || q.read().get("status").filter(|s| !s.is_empty());
    let page = move || q.read().get("page").and_then(|p| p.parse::<i64>().ok());
    let list = Resource::new(
        move || (status(), page()),
        |(status, page)| lead_list(Some(LeadQuery { status, page })),
    );
    let l = use_l10n();
    let filters: Vec<(&str, &str)> = if partner {
        vec![
            ("open", k!("lead-filter-open")),
            ("offered", k!("lead-filter-offered")),
            ("worked", k!("lead-filter-worked")),
            ("closed", k!("lead-filter-closed")),
        ]
    } else {
        vec![
            ("open", k!("lead-filter-open")),
            ("queue", k!("lead-filter-queue")),
            ("offered", k!("lead-filter-offered")),
            ("worked", k!("lead-filter-worked")),
            ("closed", k!("lead-filter-closed")),
            ("all", k!("lead-filter-all")),
        ]
    };
    let notice = move || {
        let q = q.read();
        if q.get("rejected").is_some() {
            Some(t!("lead-notice-rejected"))
        } else if q.get("returned").is_some() {
            Some(t!("lead-notice-returned"))
        } else {
            None
        }
    };
    view! {
        {move || notice().map(|t| view! { <Notice text=t /> })}
        <div class="page-head">
            <div>
                <h1>{t!("lead-list-title")}</h1>
                <p class="muted">{if partner { t!("lead-list-lead-partner") } else { t!("lead-list-lead-staff") }}</p>
            </div>
            {(!partner).then(|| view! {
                <div class="head-badges">
                    <a class="btn btn-primary" href="/leads/new">{t!("lead-new-button")}</a>
                    <a class="btn btn-secondary" href="/leads/import">{t!("lead-import-link")}</a>
                    {admin.then(|| view! { <a class="btn btn-secondary" href="/leads/rules">{t!("lead-rules-link")}</a> })}
                    <a class="btn btn-secondary" href="/leads/figures">{t!("lead-figures-link")}</a>
                </div>
            })}
        </div>
        <nav class="tabs" aria-label=t!("lead-filter-label")>
            {filters.into_iter().map(|(value, key)| {
                let label = l.t(key);
                let href = format!("/leads?status={value}");
                let current = move || status().unwrap_or_else(|| "open".into()) == value;
                view! { <a href=href class:active=current aria-current=move || current().then_some("page")>{label}</a> }
            }).collect_view()}
        </nav>
        <Loaded resource=list let:loaded>
            {match loaded {
                p if p.items.is_empty() => view! {
                    <EmptyState title=t!("lead-list-empty-title") text=if partner { t!("lead-list-empty-partner") } else { t!("lead-list-empty-staff") } />
                }.into_any(),
                p => {
                    let pages = p.pages();
                    let base = format!("/leads?status={}", status().unwrap_or_else(|| "open".into()));
                    let now = crate::ui::now_ms();
                    view! {
                        <div class="table-wrap card">
                            <table class="table lead-table">
                                <thead><tr>
                                    <th scope="col">{t!("lead-col-lead")}</th>
                                    {(!partner).then(|| view! { <th scope="col">{t!("lead-col-partner")}</th> })}
                                    <th scope="col">{t!("lead-col-status")}</th>
                                    <th scope="col" class="hide-sm">{t!("lead-col-source")}</th>
                                    <th scope="col">{t!("lead-col-next")}</th>
                                </tr></thead>
                                <tbody>
                                    {p.items.into_iter().map(|r| view! { <LeadLine r=r partner=partner now=now /> }).collect_view()}
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

#[component]
fn LeadLine(r: LeadRow, partner: bool, now: i64) -> impl IntoView {
    let title = match &r.customer_name {
        Some(name) => name.clone(),
        None => t!("lead-offer-title", id = r.id.to_string()),
    };
    let teaser = teaser(&r.region, r.product_name.as_deref(), r.size);
    let next = match (r.status, r.offer_due_at) {
        (LeadStatus::Offered, Some(due)) => {
            let (text, tone) = offer_clock(due, now);
            view! { <span class=format!("clock clock-{tone}")>{text}</span> }.into_any()
        }
        _ if r.held => view! { <span>{t!("lead-held-short")}</span> }.into_any(),
        (s, _) => {
            let key = s.next_step_key();
            view! { <span>{use_l10n().t(key)}</span> }.into_any()
        }
    };
    let who = r.assignee_name.clone().map(|n| format!(" · {n}"));
    view! {
        <tr>
            <td>
                <a href=format!("/leads/{}", r.id)>{title}</a>
                <div class="muted small">{teaser}{format!(" · {}", country_name(&r.country))}{who}</div>
            </td>
            {(!partner).then(|| view! { <td>{r.company_name.clone().unwrap_or_else(|| t!("lead-unassigned"))}</td> })}
            <td><Badge text=r.status.label() tone=r.status.tone() /></td>
            <td class="hide-sm">{r.source.label()}</td>
            <td class="small">{next}</td>
        </tr>
    }
}
