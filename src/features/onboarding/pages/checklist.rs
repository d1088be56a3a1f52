//! A new partner's checklist on its first screen, until every step is
//! done, and the staff's ramp time by month of approval.

use leptos::prelude::*;

use super::super::types::{Checklist, RampMonth};
use crate::shared::l10n::use_l10n;
use crate::shared::AppError;
use crate::t;

/// The steps left to a partner that joined through an application.
#[component]
pub fn ChecklistCard(checklist: Resource<Result<Option<Checklist>, AppError>>) -> impl IntoView {
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match checklist.await {
                    Ok(Some(c)) => {
                        let steps = [
                            (c.terms, t!("checklist-terms"), "/terms"),
                            (c.colleagues, t!("checklist-colleagues"), "/team"),
                            (c.first_deal, t!("checklist-first-deal"), "/deals/new"),
                        ];
                        view! {
                            <section class="card checklist-card" id="checklist" aria-labelledby="checklist-title">
                                <h2 class="card-title" id="checklist-title">{t!("checklist-title")}</h2>
                                <p class="muted">{t!("checklist-progress", done = c.steps_done(), total = 3)}</p>
                                <ol class="checklist">
                                    {steps.into_iter().map(|(done, label, href)| view! {
                                        <li class:done=done>
                                            <span class="check-mark" aria-hidden="true">{if done { "✓" } else { "" }}</span>
                                            {if done {
                                                view! { <span>{label}<span class="sr-only">{t!("checklist-done")}</span></span> }.into_any()
                                            } else {
                                                view! { <a href=href>{label}</a> }.into_any()
                                            }}
                                        </li>
                                    }).collect_view()}
                                </ol>
                            </section>
                        }.into_any()
                    }
                    _ => ().into_any(),
                }
            })}
        </Suspense>
    }
}

/// A month as "2026-12", the same in every language.
fn month_label(start: i64) -> String {
    use crate::shared::time::{civil_from_days, DAY_MS};
    let (y, m, _) = civil_from_days(start.div_euclid(DAY_MS));
    format!("{y}-{m:02}")
}

/// Months of approvals and how fast those partners registered a deal.
#[component]
pub fn RampCard(months: Vec<RampMonth>) -> impl IntoView {
    let l = use_l10n();
    let with_any = months.iter().any(|m| m.approved > 0);
    view! {
        <section class="card table-card" aria-labelledby="ramp-title">
            <h2 class="card-title" id="ramp-title">{t!("ramp-title")}</h2>
            <p class="muted small">{t!("ramp-lead")}</p>
            {if with_any {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=t!("ramp-title")>
                        <table class="table">
                            <thead><tr>
                                <th scope="col">{t!("ramp-col-month")}</th>
                                <th scope="col" class="num">{t!("ramp-col-approved")}</th>
                                <th scope="col" class="num">{t!("ramp-col-registered")}</th>
                                <th scope="col" class="num">{t!("ramp-col-median")}</th>
                            </tr></thead>
                            <tbody>
                                {months.into_iter().rev().filter(|m| m.approved > 0).map(|m| view! {
                                    <tr>
                                        <td>{month_label(m.month_start)}</td>
                                        <td class="num">{l.number(m.approved)}</td>
                                        <td class="num">{l.number(m.registered)}</td>
                                        <td class="num">{m.median_days.map(|d| t!("ramp-days", days = d)).unwrap_or_else(|| "—".into())}</td>
                                    </tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any()
            } else {
                view! { <p class="muted">{t!("ramp-none")}</p> }.into_any()
            }}
        </section>
    }
}
