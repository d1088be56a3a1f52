//! The vendor's queues of requests and claims waiting for a decision, with
//! their SLA clocks.

use super::*;

#[component]
pub fn MdfQueuePage() -> impl IntoView {
    // Outside `Page`, so the queues load once per request (see HomePage).
    let queue = Resource::new(|| (), |_| load_mdf_queue());
    view! {
        <Page title="MDF queues" roles=STAFF>
            <QueueBody queue=queue />
        </Page>
    }
}

#[component]
pub(super) fn QueueBody(queue: Resource<Result<MdfQueue, AppError>>) -> impl IntoView {
    view! {
        <div class="page-head">
            <div>
                <h1>"MDF queues"</h1>
                <p class="muted">"Requests to approve, claims to review and payments to record, oldest first."</p>
            </div>
            <div class="head-badges"><a class="btn btn-secondary" href="/mdf/budgets">"Budgets"</a></div>
        </div>
        <Loaded resource=queue let:q>
            <QueueTable title="Requests awaiting approval" items=q.requests.clone() now=q.now amount="Requested" empty="No requests are waiting." />
            <QueueTable title="Claims to review" items=q.claims.clone() now=q.now amount="Claimed" empty="No claims are waiting." />
            <QueueTable title="Approved claims to pay" items=q.payments.clone() now=q.now amount="To pay" empty="Nothing waits for payment." />
        </Loaded>
    }
}

#[component]
pub(super) fn QueueTable(
    title: &'static str,
    items: Vec<MdfQueueItem>,
    now: i64,
    amount: &'static str,
    empty: &'static str,
) -> impl IntoView {
    view! {
        <section class="card">
            <h2 class="card-title">{format!("{title} ({})", items.len())}</h2>
            {if items.is_empty() {
                view! { <p class="muted">{empty}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap">
                        <table class="table">
                            <thead><tr>
                                <th scope="col">"Activity"</th>
                                <th scope="col">"Partner"</th>
                                <th scope="col" class="num">{amount}</th>
                                <th scope="col">"Waiting since"</th>
                                <th scope="col">"Clock"</th>
                            </tr></thead>
                            <tbody>
                                {items.into_iter().map(|i| {
                                    let clock = i.sla_due_at.map(|due| sla_text(due, now));
                                    view! {
                                        <tr>
                                            <td><a href=format!("/mdf/{}", i.id)>{i.title.clone()}</a><div class="muted small">{i.activity_type.label()}</div></td>
                                            <td>{i.company_name.clone()}</td>
                                            <td class="num">{format_money(i.amount_cents, &i.currency)}</td>
                                            <td>{format_datetime(i.since)}</td>
                                            <td>{match clock {
                                                Some((text, tone)) => view! { <Badge text=text tone=tone /> }.into_any(),
                                                None => view! { <span class="muted">"—"</span> }.into_any(),
                                            }}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            }}
        </section>
    }
}
