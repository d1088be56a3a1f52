//! The deal list: filters, sortable columns and the pager, the same list
//! scoped for partners and staff.

use super::*;

#[component]
pub fn DealsPage() -> impl IntoView {
    // Outside `Page`, so the list loads once per request (see HomePage).
    let list = Resource::new(query_from_url, |q| deals_list(Some(q)));
    view! {
        <Page title=t!("deal-list-title")>
            <DealsBody list=list />
        </Page>
    }
}

pub(super) fn query_from_url() -> DealQuery {
    let q = use_query_map();
    let q = q.read();
    let get = |k: &str| q.get(k).filter(|v| !v.is_empty());
    DealQuery {
        status: get("status"),
        stage: get("stage"),
        expiring: get("expiring").is_some(),
        q: get("q"),
        sort: get("sort"),
        asc: get("dir").as_deref() == Some("asc"),
        page: get("page").and_then(|p| p.parse().ok()),
    }
}

pub(super) fn query_string(q: &DealQuery, page: Option<i64>) -> String {
    let mut parts = Vec::new();
    let enc = |s: &str| s.replace('%', "%25").replace('&', "%26").replace(' ', "+");
    if let Some(s) = &q.status {
        parts.push(format!("status={}", enc(s)));
    }
    if let Some(s) = &q.stage {
        parts.push(format!("stage={}", enc(s)));
    }
    if q.expiring {
        parts.push("expiring=1".into());
    }
    if let Some(s) = &q.q {
        parts.push(format!("q={}", enc(s)));
    }
    if let Some(s) = &q.sort {
        parts.push(format!("sort={}", enc(s)));
    }
    if q.asc {
        parts.push("dir=asc".into());
    }
    if let Some(p) = page {
        parts.push(format!("page={p}"));
    }
    if parts.is_empty() {
        "/deals".into()
    } else {
        format!("/deals?{}", parts.join("&"))
    }
}

#[component]
pub(super) fn DealsBody(
    list: Resource<Result<crate::shared::page::Page<DealRow>, AppError>>,
) -> impl IntoView {
    let viewer = use_viewer();
    let staff = viewer.as_ref().is_some_and(|v| v.role.is_vendor_staff());
    let current = query_from_url();
    let status_options: Vec<(String, String)> =
        std::iter::once(("".to_string(), t!("deal-list-any-status")))
            .chain(
                DealStatus::ALL
                    .iter()
                    .map(|s| (s.as_str().to_string(), s.label())),
            )
            .collect();
    let stage_options: Vec<(String, String)> =
        std::iter::once(("".to_string(), t!("deal-list-any-stage")))
            .chain(
                Stage::ALL
                    .iter()
                    .map(|s| (s.as_str().to_string(), s.label())),
            )
            .collect();
    view! {
        <div class="page-head">
            <div>
                <h1>{if staff { t!("deal-list-title-staff") } else { t!("deal-list-title-partner") }}</h1>
                <p class="muted">{if staff { t!("deal-list-lead-staff") } else { t!("deal-list-lead-partner") }}</p>
            </div>
            {(!staff).then(|| view! { <a class="btn btn-primary" href="/deals/new">{t!("deal-list-register")}</a> })}
        </div>
        <section class="card table-card">
            <form method="get" action="/deals" class="toolbar filters" role="search">
                <label class="sr-only" for="deal-search">{t!("deal-label-customer")}</label>
                <input id="deal-search" type="search" name="q" placeholder=t!("deal-list-search") value=current.q.clone().unwrap_or_default() />
                <label class="sr-only" for="deal-status">{t!("deal-label-status")}</label>
                <select id="deal-status" name="status">
                    {status_options.into_iter().map(|(v, t)| {
                        let sel = current.status.as_deref().unwrap_or("") == v;
                        view! { <option value=v selected=sel>{t}</option> }
                    }).collect_view()}
                </select>
                <label class="sr-only" for="deal-stage">{t!("deal-label-stage")}</label>
                <select id="deal-stage" name="stage">
                    {stage_options.into_iter().map(|(v, t)| {
                        let sel = current.stage.as_deref().unwrap_or("") == v;
                        view! { <option value=v selected=sel>{t}</option> }
                    }).collect_view()}
                </select>
                <label class="check inline">
                    <input type="checkbox" name="expiring" value="1" checked=current.expiring />
                    <span>{t!("deal-list-expiring")}</span>
                </label>
                {current.sort.clone().map(|s| view! { <input type="hidden" name="sort" value=s /> })}
                {current.asc.then(|| view! { <input type="hidden" name="dir" value="asc" /> })}
                <button class="btn btn-secondary" type="submit">{t!("deal-list-filter")}</button>
            </form>
            <Loaded resource=list let:loaded>
                {
                    let q = query_from_url();
                    match loaded {
                        p if p.items.is_empty() => view! {
                            <EmptyState title=t!("deal-list-empty") text=if staff { t!("deal-list-empty-staff") } else { t!("deal-list-empty-partner") } />
                        }.into_any(),
                        p => {
                            let pages = p.pages();
                            let now = now_ms();
                            // A sortable column header; the <th> says how the
                            // column is sorted, the link changes it.
                            let sort_th = {
                                let q = q.clone();
                                move |key: &'static str, label: String, class: &'static str| {
                                    let active = q.sort.as_deref().unwrap_or("updated") == key;
                                    let mut next = q.clone();
                                    next.sort = Some(key.to_string());
                                    next.asc = active && !q.asc;
                                    let arrow = if active { if q.asc { " ↑" } else { " ↓" } } else { "" };
                                    let sorted = active.then_some(if q.asc { "ascending" } else { "descending" });
                                    view! {
                                        <th scope="col" class=class aria-sort=sorted>
                                            <a href=query_string(&next, None)>{label}{arrow}</a>
                                        </th>
                                    }
                                }
                            };
                            view! {
                                <div class="table-wrap">
                                    <table class="table">
                                        <thead><tr>
                                            {sort_th("customer", t!("deal-label-customer"), "")}
                                            {staff.then(|| view! { <th scope="col">{t!("deal-label-partner")}</th> })}
                                            <th scope="col">{t!("deal-label-status")}</th>
                                            <th scope="col" class="hide-sm">{t!("deal-label-stage")}</th>
                                            {sort_th("value", t!("deal-label-value"), "num")}
                                            {sort_th("close", t!("deal-list-close"), "hide-sm")}
                                            {sort_th("updated", t!("deal-list-updated"), "hide-sm")}
                                        </tr></thead>
                                        <tbody>
                                            {p.items.into_iter().map(|d| view! { <DealRowView d=d staff=staff now=now /> }).collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                                <Pager page=p.page pages=pages total=p.total base=query_string(&q, None) />
                            }.into_any()
                        }
                    }
                }
            </Loaded>
        </section>
    }
}

#[component]
pub(super) fn DealRowView(d: DealRow, staff: bool, now: i64) -> impl IntoView {
    let sub = match d.status {
        DealStatus::Submitted => d.sla_due_at.map(|due| sla_text(due, now).0),
        DealStatus::Approved => d
            .exclusive_until
            .map(|e| t!("deal-exclusive-until", date = format_date(e))),
        _ => None,
    };
    view! {
        <tr>
            <td>
                <a class="cell-main" href=format!("/deals/{}", d.id)>{d.customer_name.clone()}</a>
                <div class="cell-sub">{format!("#{} · {}", d.id, d.owner_name)}</div>
            </td>
            {staff.then(|| view! { <td>{d.company_name.clone().unwrap_or_default()}</td> })}
            <td>
                <Badge text=d.status.label() tone=d.status.tone() />
                {d.has_conflict.then(|| view! { <span class="badge badge-warning">{t!("deal-conflict-badge")}</span> })}
                {sub.map(|s| view! { <div class="cell-sub">{s}</div> })}
            </td>
            <td class="hide-sm">{format!("{} · {}", d.stage.label(), use_l10n().percent(d.probability * 100))}</td>
            <td class="num nowrap">{format_money(d.value_cents, &d.currency)}</td>
            <td class="nowrap hide-sm">{format_date(d.close_date)}</td>
            <td class="nowrap hide-sm">{use_l10n().day_of(d.updated_at)}</td>
        </tr>
    }
}
