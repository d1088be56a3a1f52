//! Registration analytics for vendor staff: volumes, approval and
//! registration times against the 90-second goal.

use super::*;

#[component]
pub fn AnalyticsPage() -> impl IntoView {
    view! {
        <Page title=t!("deal-analytics-title") roles=STAFF>
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
                <h1>{t!("deal-analytics-title")}</h1>
                <p class="muted">{t!("deal-analytics-lead")}</p>
            </div>
            <nav class="btn-row" aria-label=t!("deal-analytics-period")>
                <a class="btn btn-secondary btn-sm" href="/deals/analytics?days=30">{t!("deal-analytics-days", days = 30)}</a>
                <a class="btn btn-secondary btn-sm" href="/deals/analytics?days=90">{t!("deal-analytics-days", days = 90)}</a>
                <a class="btn btn-secondary btn-sm" href="/deals/analytics?days=365">{t!("deal-analytics-months", months = 12)}</a>
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
                        let l = use_l10n();
                        view! {
                            <p class="muted">{t!("deal-analytics-summary", days = a.window_days, registrations = a.registrations, timed = a.timed, decisions = a.decisions)}</p>
                            <div class="grid grid-4">
                                <div class="stat card">
                                    <span class="stat-label">{t!("deal-analytics-registration-median")}</span>
                                    <span class="stat-value">{dur(a.registration_median_ms)}</span>
                                    <span class="stat-sub"><Badge text=t!("deal-analytics-p90", duration = dur(a.registration_p90_ms)) tone=benchmark_tone />" · "{t!("deal-analytics-target")}</span>
                                </div>
                                <div class="stat card">
                                    <span class="stat-label">{t!("deal-analytics-under-90")}</span>
                                    <span class="stat-value">{a.under_90s_pct.map(|p| l.percent(p * 100)).unwrap_or_else(|| "–".into())}</span>
                                </div>
                                <div class="stat card">
                                    <span class="stat-label">{t!("deal-analytics-approval-median")}</span>
                                    <span class="stat-value">{dur(a.approval_median_ms)}</span>
                                    <span class="stat-sub">{t!("deal-analytics-p90", duration = dur(a.approval_p90_ms))}</span>
                                </div>
                                <div class="stat card">
                                    <span class="stat-label">{t!("deal-analytics-conflict-rate")}</span>
                                    <span class="stat-value">{a.conflict_rate_permille.map(|p| l.percent(p * 10)).unwrap_or_else(|| "–".into())}</span>
                                    <span class="stat-sub">{t!("deal-analytics-conflicts", count = a.conflicts)}</span>
                                </div>
                            </div>
                            <section class="card table-card">
                                <h2 class="card-title">{t!("deal-analytics-by-partner")}</h2>
                                {if a.per_company.is_empty() {
                                    view! { <EmptyState title=t!("deal-analytics-empty") text=t!("deal-analytics-empty-text") /> }.into_any()
                                } else {
                                    view! {
                                        <div class="table-wrap">
                                            <table class="table">
                                                <thead><tr>
                                                    <th scope="col">{t!("deal-label-partner")}</th>
                                                    <th scope="col" class="num">{t!("deal-analytics-registrations")}</th>
                                                    <th scope="col" class="num">{t!("deal-analytics-median")}</th>
                                                    <th scope="col" class="num">{t!("deal-analytics-p90-column")}</th>
                                                    <th scope="col">{t!("deal-analytics-against")}</th>
                                                </tr></thead>
                                                <tbody>
                                                    {a.per_company.into_iter().map(|c| {
                                                        let (text, tone) = match c.median_ms {
                                                            Some(ms) if ms <= 90_000 => (t!("deal-analytics-within"), "success"),
                                                            Some(_) => (t!("deal-analytics-slower"), "warning"),
                                                            None => (t!("deal-analytics-not-timed"), "neutral"),
                                                        };
                                                        view! {
                                                            <tr>
                                                                <td><a class="cell-main" href=format!("/companies/{}", c.company_id)>{c.company_name}</a></td>
                                                                <td class="num">{l.number(c.registrations)}</td>
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
