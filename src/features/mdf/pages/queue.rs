//! The vendor's queues of requests and claims waiting for a decision, with
//! their SLA clocks.

use super::*;

#[component]
pub fn MdfQueuePage() -> impl IntoView {
    // Outside `Page`, so the queues load once per request (see HomePage).
    let queue = Resource::new(|| (), |_| load_mdf_queue());
    view! {
        <Page title=t!("mdf-queue-title") roles=STAFF>
            <QueueBody queue=queue />
        </Page>
    }
}

#[component]
pub(super) fn QueueBody(queue: Resource<Result<MdfQueue, AppError>>) -> impl IntoView {
    view! {
        <div class="page-head">
            <div>
                <h1>{t!("mdf-queue-title")}</h1>
                <p class="muted">{t!("mdf-queue-lead")}</p>
            </div>
            <div class="head-badges"><a class="btn btn-secondary" href="/mdf/budgets">{t!("mdf-budgets-link")}</a></div>
        </div>
        <Loaded resource=queue let:q>
            <QueueTable title=t!("mdf-queue-requests") items=q.requests.clone() now=q.now amount=t!("mdf-col-requested") empty=t!("mdf-queue-requests-empty") />
            <QueueTable title=t!("mdf-queue-claims") items=q.claims.clone() now=q.now amount=t!("mdf-col-claimed") empty=t!("mdf-queue-claims-empty") />
            <QueueTable title=t!("mdf-queue-payments") items=q.payments.clone() now=q.now amount=t!("mdf-col-to-pay") empty=t!("mdf-queue-payments-empty") />
        </Loaded>
    }
}

#[component]
pub(super) fn QueueTable(
    #[prop(into)] title: String,
    items: Vec<MdfQueueItem>,
    now: i64,
    #[prop(into)] amount: String,
    #[prop(into)] empty: String,
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
                                <th scope="col">{t!("mdf-col-activity")}</th>
                                <th scope="col">{t!("mdf-col-partner")}</th>
                                <th scope="col" class="num">{amount}</th>
                                <th scope="col">{t!("mdf-col-waiting-since")}</th>
                                <th scope="col">{t!("mdf-col-clock")}</th>
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
