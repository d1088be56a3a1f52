//! Registration analytics for vendor staff: volumes, approval and
//! registration times against the 90-second goal.

use super::*;

#[component]
pub fn AnalyticsPage() -> impl IntoView {
    view! {
        <Page title="Deal analytics" roles=STAFF>
            <AnalyticsBody />
        </Page>
    }
}

pub(super) fn dur(ms: Option<i64>) -> String {
    ms.map(format_duration).unwrap_or_else(|| "–".to_string())
}

#[component]
pub(super) fn AnalyticsBody() -> impl IntoView {
    let days = move || {
        use_query_map()
            .read()
            .get("days")
            .and_then(|d| d.parse::<i64>().ok())
    };
    let data = Resource::new(days, deals_analytics);
    view! {
        <div class="page-head">
            <div>
                <h1>"Deal analytics"</h1>
                <p class="muted">"Registration time against the 90-second benchmark, approval time and conflicts, for the partners in your scope."</p>
            </div>
            <nav class="btn-row" aria-label="Period">
                <a class="btn btn-secondary btn-sm" href="/deals/analytics?days=30">"30 days"</a>
                <a class="btn btn-secondary btn-sm" href="/deals/analytics?days=90">"90 days"</a>
                <a class="btn btn-secondary btn-sm" href="/deals/analytics?days=365">"12 months"</a>
            </nav>
        </div>
        <Loaded resource=data let:a>
            {
                    {
                        let benchmark_tone = match a.registration_median_ms {
                            Some(ms) if ms <= 90_000 => "success",
                            Some(_) => "warning",
                            None => "neutral",
                        };
                        view! {
                            <p class="muted">{format!("Last {} days: {} registrations, {} with a measured time, {} decided by a person.", a.window_days, a.registrations, a.timed, a.decisions)}</p>
                            <div class="grid grid-4">
                                <div class="stat card">
                                    <span class="stat-label">"Median registration time"</span>
                                    <span class="stat-value">{dur(a.registration_median_ms)}</span>
                                    <span class="stat-sub"><Badge text=format!("p90 {}", dur(a.registration_p90_ms)) tone=benchmark_tone />" · target 90 s"</span>
                                </div>
                                <div class="stat card">
                                    <span class="stat-label">"Registered in under 90 s"</span>
                                    <span class="stat-value">{a.under_90s_pct.map(|p| format!("{p}%")).unwrap_or_else(|| "–".into())}</span>
                                </div>
                                <div class="stat card">
                                    <span class="stat-label">"Median approval time"</span>
                                    <span class="stat-value">{dur(a.approval_median_ms)}</span>
                                    <span class="stat-sub">{format!("p90 {}", dur(a.approval_p90_ms))}</span>
                                </div>
                                <div class="stat card">
                                    <span class="stat-label">"Conflict rate"</span>
                                    <span class="stat-value">{a.conflict_rate_permille.map(|p| format!("{}.{}%", p / 10, p % 10)).unwrap_or_else(|| "–".into())}</span>
                                    <span class="stat-sub">{format!("{} registrations in conflict", a.conflicts)}</span>
                                </div>
                            </div>
                            <section class="card table-card">
                                <h2 class="card-title">"Registration time by partner"</h2>
                                {if a.per_company.is_empty() {
                                    view! { <EmptyState title="No registrations yet" text="Figures appear with the first registrations of the period." /> }.into_any()
                                } else {
                                    view! {
                                        <div class="table-wrap">
                                            <table class="table">
                                                <thead><tr>
                                                    <th scope="col">"Partner"</th>
                                                    <th scope="col" class="num">"Registrations"</th>
                                                    <th scope="col" class="num">"Median"</th>
                                                    <th scope="col" class="num">"p90"</th>
                                                    <th scope="col">"Against 90 s"</th>
                                                </tr></thead>
                                                <tbody>
                                                    {a.per_company.into_iter().map(|c| {
                                                        let (text, tone) = match c.median_ms {
                                                            Some(ms) if ms <= 90_000 => ("Within", "success"),
                                                            Some(_) => ("Slower", "warning"),
                                                            None => ("Not timed", "neutral"),
                                                        };
                                                        view! {
                                                            <tr>
                                                                <td><a class="cell-main" href=format!("/companies/{}", c.company_id)>{c.company_name}</a></td>
                                                                <td class="num">{c.registrations}</td>
                                                                <td class="num">{dur(c.median_ms)}</td>
                                                                <td class="num">{dur(c.p90_ms)}</td>
                                                                <td><Badge text=text tone=tone /></td>
                                                            </tr>
                                                        }
                                                    }).collect_view()}
                                                </tbody>
                                            </table>
                                        </div>
                                    }.into_any()
                                }}
                            </section>
                        }.into_any()
                    }
            }
        </Loaded>
    }
}
