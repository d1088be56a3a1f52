//! The staff's lead figures: how partners answer offers (acceptance rate,
//! time to accept), how many accepted leads become registrations, and what
//! they were won for, per partner, region and source over a period. The
//! filters are a plain GET form, so the page works with JavaScript off;
//! each breakdown downloads as CSV.

use super::*;
use crate::shared::l10n::L10n;

/// What a figure shows when there is nothing to measure.
const NONE: &str = "–";

#[component]
pub fn LeadFiguresPage() -> impl IntoView {
    let q = use_query_map();
    let data = Resource::new(
        move || {
            let q = q.read();
            (
                q.get("days").and_then(|d| d.parse::<i64>().ok()),
                q.get("currency"),
            )
        },
        |(days, currency)| lead_figures_get(days, currency),
    );
    view! {
        <Page title=t!("lead-figures-title") roles=STAFF>
            <Loaded resource=data let:f>
                <FiguresView f=f />
            </Loaded>
        </Page>
    }
}

fn share(l: &L10n, p: Option<i64>) -> String {
    p.map(|p| l.percent(p * 10))
        .unwrap_or_else(|| NONE.to_string())
}

fn wait(ms: Option<i64>) -> String {
    ms.map(crate::shared::time::format_duration)
        .unwrap_or_else(|| NONE.to_string())
}

#[component]
fn FiguresView(f: LeadFigures) -> impl IntoView {
    let l = use_l10n();
    let c = f.currency.clone();
    let query = format!("days={}&currency={}", f.days, f.currency);
    let t = f.total.clone();
    let periods: Vec<(String, String)> = FIGURE_PERIODS
        .iter()
        .map(|d| (d.to_string(), t!("lead-figures-days", days = *d)))
        .collect();
    let currencies: Vec<(String, String)> = f
        .currencies
        .iter()
        .map(|c| (c.clone(), c.clone()))
        .collect();
    let select = |id: &'static str,
                  name: &'static str,
                  label: String,
                  options: Vec<(String, String)>,
                  current: String| {
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <select id=id name=name>
                    {options.into_iter().map(|(v, text)| {
                        let sel = v == current;
                        view! { <option value=v selected=sel>{text}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let more = f.by_partner.len().saturating_sub(FIGURE_PARTNERS_SHOWN);
    let partners: Vec<LeadFigureRow> = f
        .by_partner
        .iter()
        .take(FIGURE_PARTNERS_SHOWN)
        .cloned()
        .collect();
    let regions: Vec<LeadFigureRow> = f
        .by_region
        .iter()
        .map(|r| LeadFigureRow {
            name: region_label(&r.key),
            ..r.clone()
        })
        .collect();
    let sources: Vec<LeadFigureRow> = f
        .by_source
        .iter()
        .map(|r| LeadFigureRow {
            name: LeadSource::parse(&r.key)
                .map(|s| s.label())
                .unwrap_or_else(|| r.key.clone()),
            ..r.clone()
        })
        .collect();
    view! {
        <div class="page-head">
            <div>
                <h1>{t!("lead-figures-title")}</h1>
                <p class="muted">{t!("lead-figures-subtitle", from = l.date(f.from), to = l.date(f.to), currency = c.as_str())}</p>
            </div>
            <div class="head-badges">
                <a class="btn btn-secondary btn-sm" href="/leads">{t!("lead-figures-back")}</a>
                <a class="btn btn-secondary btn-sm" href="/dashboard">{t!("lead-figures-dashboard")}</a>
            </div>
        </div>
        <form class="card dash-filters" method="get" action="/leads/figures" aria-label=t!("lead-figures-filters")>
            {select("lf-days", "days", t!("lead-figures-period"), periods, f.days.to_string())}
            {select("lf-currency", "currency", t!("lead-figures-currency"), currencies, c.clone())}
            <div class="dash-actions">
                <button class="btn btn-primary" type="submit">{t!("lead-figures-apply")}</button>
            </div>
        </form>
        <div class="grid grid-4">
            <div class="stat card">
                <span class="stat-label">{t!("lead-figures-stat-offers")}</span>
                <span class="stat-value">{l.number(t.offered)}</span>
                <span class="stat-sub">{t!("lead-figures-stat-offers-sub", answered = t.answered(), rejected = t.rejected, timed_out = t.timed_out)}</span>
            </div>
            <div class="stat card">
                <span class="stat-label">{t!("lead-figures-stat-acceptance")}</span>
                <span class="stat-value">{share(&l, t.acceptance_permille())}</span>
                <span class="stat-sub">{t!("lead-figures-stat-acceptance-sub", accepted = t.accepted, answered = t.answered())}</span>
            </div>
            <div class="stat card">
                <span class="stat-label">{t!("lead-figures-stat-time")}</span>
                <span class="stat-value">{wait(t.accept_median_ms)}</span>
                <span class="stat-sub">{t!("lead-figures-stat-time-sub", p90 = wait(f.accept_p90_ms))}</span>
            </div>
            <div class="stat card">
                <span class="stat-label">{t!("lead-figures-stat-conversion")}</span>
                <span class="stat-value">{share(&l, t.conversion_permille())}</span>
                <span class="stat-sub">{t!("lead-figures-stat-conversion-sub", converted = t.converted, won = l.money(t.won_cents, &c))}</span>
            </div>
        </div>
        <p class="muted small">{t!("lead-figures-how")}</p>
        {(f.sampled >= ACCEPT_SAMPLE).then(|| view! { <p class="muted small">{t!("lead-figures-sample", count = ACCEPT_SAMPLE)}</p> })}
        <Breakdown title=t!("lead-figures-by-partner") by="partner" head=t!("lead-figures-col-partner") rows=partners currency=c.clone() query=query.clone() links=true />
        {(more > 0).then(|| view! { <p class="muted small">{t!("lead-figures-more", count = more)}</p> })}
        <div class="grid grid-2">
            <Breakdown title=t!("lead-figures-by-region") by="region" head=t!("lead-figures-col-region") rows=regions currency=c.clone() query=query.clone() links=false />
            <Breakdown title=t!("lead-figures-by-source") by="source" head=t!("lead-figures-col-source") rows=sources currency=c.clone() query=query links=false />
        </div>
    }
}

/// One breakdown's table with its CSV download.
#[component]
fn Breakdown(
    title: String,
    by: &'static str,
    head: String,
    rows: Vec<LeadFigureRow>,
    currency: String,
    query: String,
    links: bool,
) -> impl IntoView {
    let l = use_l10n();
    let c = currency;
    view! {
        <section class="card">
            <div class="card-head">
                <h2 class="card-title">{title.clone()}</h2>
                <a class="btn btn-ghost btn-sm" href=format!("{}?by={by}&{query}", FIGURES_CSV) download="">
                    {t!("lead-figures-csv")}<span class="sr-only">{format!(": {title}")}</span>
                </a>
            </div>
            {if rows.is_empty() {
                view! { <p class="muted">{t!("lead-figures-none")}</p> }.into_any()
            } else {
                view! {
                    <div class="table-wrap" tabindex="0" role="region" aria-label=title.clone()>
                        <table class="table table-compact">
                            <caption class="sr-only">{title.clone()}</caption>
                            <thead><tr>
                                <th scope="col">{head}</th>
                                <th scope="col" class="num">{t!("lead-figures-col-offered")}</th>
                                <th scope="col" class="num">{t!("lead-figures-col-accepted")}</th>
                                <th scope="col" class="num hide-sm">{t!("lead-figures-col-time-to-accept")}</th>
                                <th scope="col" class="num">{t!("lead-figures-col-converted")}</th>
                                <th scope="col" class="num">{t!("lead-figures-col-won-in", currency = c.as_str())}</th>
                            </tr></thead>
                            <tbody>
                                {rows.into_iter().map(|r| {
                                    let name = if links {
                                        view! { <a href=format!("/companies/{}", r.key)>{r.name.clone()}</a> }.into_any()
                                    } else {
                                        view! { <span>{r.name.clone()}</span> }.into_any()
                                    };
                                    view! {
                                        <tr>
                                            <th scope="row">{name}</th>
                                            <td class="num">{l.number(r.offered)}</td>
                                            <td class="num">{l.number(r.accepted)}<div class="muted small">{share(&l, r.acceptance_permille())}</div></td>
                                            <td class="num hide-sm">{wait(r.accept_median_ms)}</td>
                                            <td class="num">{l.number(r.converted)}<div class="muted small">{share(&l, r.conversion_permille())}</div></td>
                                            <td class="num">{l.money(r.won_cents, &c)}<div class="muted small">{t!("lead-figures-won-deals", count = r.won_deals)}</div></td>
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
