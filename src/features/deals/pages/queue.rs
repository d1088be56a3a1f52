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
        <Page title="Approvals" roles=STAFF>
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
                <h1>"Approvals"</h1>
                <p class="muted">"Pending registrations in your scope, the most urgent first."</p>
            </div>
        </div>
        <section class="card table-card">
            <Loaded resource=queue let:loaded>
                {match loaded {
                        p if p.items.is_empty() => view! {
                            <EmptyState title="Nothing waiting" text="Every registration in your scope has a decision." />
                        }.into_any(),
                        p => {
                            let now = now_ms();
                            let pages = p.pages();
                            view! {
                                <div class="table-wrap">
                                    <table class="table">
                                        <thead><tr>
                                            <th scope="col">"Customer"</th>
                                            <th scope="col">"Partner"</th>
                                            <th scope="col" class="num">"Value"</th>
                                            <th scope="col" class="hide-sm">"Waiting"</th>
                                            <th scope="col">"SLA"</th>
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
                                                                {(q.kind == "extension").then_some(" · extension request")}
                                                            </div>
                                                        </td>
                                                        <td>{q.company_name.clone()}</td>
                                                        <td class="num nowrap">{format_money(q.value_cents, &q.currency)}</td>
                                                        <td class="nowrap hide-sm">{format_duration(now - q.submitted_at)}</td>
                                                        <td>
                                                            <Badge text=sla tone=tone />
                                                            {q.has_conflict.then(|| view! { <span class="badge badge-warning">"Conflict"</span> })}
                                                            {q.escalated.then(|| view! { <span class="badge badge-danger">"Escalated"</span> })}
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
