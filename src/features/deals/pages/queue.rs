//! The staff's approval queue, oldest first, with each registration's SLA
//! clock.

use super::*;

#[component]
pub fn ApprovalsPage() -> impl IntoView {
    // Outside `Page`, so the queue loads once per request (see HomePage).
    let page = move || {
        use_query_map()
            .read()
            .get("page")
            .and_then(|p| p.parse::<i64>().ok())
    };
    let queue = Resource::new(page, deals_queue);
    view! {
        <Page title=t!("deal-queue-title") roles=STAFF>
            <ApprovalsBody queue=queue />
        </Page>
    }
}

#[component]
pub(super) fn ApprovalsBody(
    queue: Resource<Result<crate::shared::page::Page<QueueItem>, AppError>>,
) -> impl IntoView {
    view! {
        <div class="page-head">
            <div>
                <h1>{t!("deal-queue-title")}</h1>
                <p class="muted">{t!("deal-queue-lead")}</p>
            </div>
        </div>
        <section class="card table-card">
            <Loaded resource=queue let:loaded>
                {match loaded {
                        p if p.items.is_empty() => view! {
                            <EmptyState title=t!("deal-queue-empty") text=t!("deal-queue-empty-text") />
                        }.into_any(),
                        p => {
                            let now = now_ms();
                            let pages = p.pages();
                            view! {
                                <div class="table-wrap">
                                    <table class="table">
                                        <thead><tr>
                                            <th scope="col">{t!("deal-label-customer")}</th>
                                            <th scope="col">{t!("deal-label-partner")}</th>
                                            <th scope="col" class="num">{t!("deal-label-value")}</th>
                                            <th scope="col" class="hide-sm">{t!("deal-queue-waiting")}</th>
                                            <th scope="col">{t!("deal-queue-sla")}</th>
                                        </tr></thead>
                                        <tbody>
                                            {p.items.into_iter().map(|q| {
                                                let (sla, tone) = sla_text(q.sla_due_at, now);
                                                view! {
                                                    <tr>
                                                        <td>
                                                            <a class="cell-main" href=format!("/deals/{}", q.id)>{q.customer_name.clone()}</a>
                                                            <div class="cell-sub">
                                                                {format!("#{}", q.id)}
                                                                {(q.kind == "extension").then(|| format!(" · {}", t!("deal-queue-extension")))}
                                                            </div>
                                                        </td>
                                                        <td>{q.company_name.clone()}</td>
                                                        <td class="num nowrap">{format_money(q.value_cents, &q.currency)}</td>
                                                        <td class="nowrap hide-sm">{format_duration(now - q.submitted_at)}</td>
                                                        <td>
                                                            <Badge text=sla tone=tone />
                                                            {q.has_conflict.then(|| view! { <span class="badge badge-warning">{t!("deal-conflict-badge")}</span> })}
                                                            {q.escalated.then(|| view! { <span class="badge badge-danger">{t!("deal-queue-escalated")}</span> })}
                                                        </td>
                                                    </tr>
                                                }
                                            }).collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                                <Pager page=p.page pages=pages total=p.total base="/approvals" />
                            }.into_any()
                        }
                }}
            </Loaded>
        </section>
    }
}
