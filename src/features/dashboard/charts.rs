//! Charts as SVG rendered on the server (so they show without JavaScript):
//! columns over time and horizontal bars by category. Each one is an
//! `<svg role="img">` with a title and a description that states the
//! figures, followed by the same figures as a table.

use leptos::prelude::*;

use super::types::Slice;
use crate::k;
use crate::shared::l10n::{use_l10n, L10n};
use crate::t;

/// An amount for an axis or a bar end: "1.2M", "350k", "900" (money in
/// major units, so cents are dropped), in the reader's format.
pub fn compact(l: &L10n, value: i64, money: bool) -> String {
    let v = if money { value / 100 } else { value } as f64;
    let (n, unit) = if v.abs() >= 1e9 {
        (v / 1e9, k!("dash-compact-billions"))
    } else if v.abs() >= 1e6 {
        (v / 1e6, k!("dash-compact-millions"))
    } else if v.abs() >= 1e4 {
        (v / 1e3, k!("dash-compact-thousands"))
    } else {
        return l.number(v as i64);
    };
    let digits = if n.abs() >= 100.0 { 0 } else { 1 };
    l.t_with(unit, &[("n", l.decimal(n, digits).into())])
}

/// A "nice" top of the axis at or above `max`: 1, 2 or 5 times a power
/// of ten, so gridlines land on round figures.
pub fn nice_ceiling(max: i64) -> i64 {
    if max <= 0 {
        return 1;
    }
    let mut step = 1i64;
    while step.saturating_mul(10) <= max {
        step = step.saturating_mul(10);
    }
    for m in [1, 2, 5, 10] {
        if step.saturating_mul(m) >= max {
            return step.saturating_mul(m);
        }
    }
    max
}

/// The value of a slice as people read it.
fn full(l: &L10n, value: i64, currency: Option<&str>) -> String {
    match currency {
        Some(c) => l.money(value, c),
        None => l.number(value),
    }
}

/// "Name: value" for a tooltip or the description.
fn item(l: &L10n, r: &Slice, currency: Option<&str>) -> String {
    let value = full(l, r.value, currency);
    t!("dash-chart-item", label = r.label.as_str(), value = value)
}

fn describe(l: &L10n, rows: &[Slice], currency: Option<&str>) -> String {
    rows.iter()
        .map(|r| item(l, r, currency))
        .collect::<Vec<_>>()
        .join("; ")
}

/// Geometry is in percent of the chart's width and pixels of its height,
/// with no `viewBox`: the SVG stretches to its card while text keeps its
/// size, so labels stay readable from a phone to a wide screen.
fn pct(v: f64) -> String {
    format!("{v:.2}%")
}

const COLUMN_H: f64 = 220.0;
const AXIS_H: f64 = 22.0;
const TOP: f64 = 18.0;

/// Columns over time (one per bucket), with gridlines labelled at the left.
#[component]
pub fn ColumnChart(
    id: &'static str,
    title: String,
    rows: Vec<Slice>,
    /// Money in this currency; `None` for counts.
    #[prop(optional, into)]
    currency: Option<String>,
) -> impl IntoView {
    let l = use_l10n();
    let rows: Vec<Slice> = rows.into_iter().map(|r| r.named(&l)).collect();
    let money = currency.is_some();
    let top = nice_ceiling(rows.iter().map(|r| r.value).max().unwrap_or(0));
    let plot_h = COLUMN_H - TOP - AXIS_H;
    let n = rows.len().max(1) as f64;
    let slot = 100.0 / n;
    let desc = describe(&l, &rows, currency.as_deref());
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let grid = (0..=4)
        .map(|i| {
            let v = top * i / 4;
            let y = TOP + plot_h - plot_h * (i as f64) / 4.0;
            view! {
                <line class="chart-grid" x1="0" x2="100%" y1=y y2=y />
                <text class="chart-axis" x="0" y=y - 4.0>{compact(&l, v, money)}</text>
            }
        })
        .collect_view();
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let h = plot_h * (r.value.max(0) as f64) / (top as f64);
            let x = slot * i as f64 + slot * 0.2;
            let tip = t!("dash-chart-column-tip",
                label = r.label.as_str(),
                value = full(&l, r.value, currency.as_deref()),
                count = r.count
            );
            view! {
                <rect class="chart-bar" x=pct(x) y=TOP + plot_h - h width=pct(slot * 0.6) height=h.max(0.5)><title>{tip}</title></rect>
                // Every other label is hidden on narrow screens (CSS).
                <text class="chart-axis" class:odd=i % 2 == 1 x=pct(x + slot * 0.3) y=COLUMN_H - 6.0 text-anchor="middle">{r.label.clone()}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart chart-wide" width="100%" height=COLUMN_H role="img" aria-labelledby=labelled_by>
            <title id=title_id>{title.clone()}</title>
            <desc id=desc_id>{desc}</desc>
            {grid}
            {bars}
        </svg>
        <DataTable caption=title rows=rows currency=currency label_head=t!("dash-col-period") count_head=Some(t!("dash-chart-deals")) />
    }
}

const ROW_H: f64 = 26.0;
/// Where the bars start and how wide the largest one is (percent).
const BAR_X: f64 = 38.0;
const BAR_MAX: f64 = 48.0;

/// Horizontal bars by category, in the order given.
#[component]
pub fn BarChart(
    id: &'static str,
    title: String,
    rows: Vec<Slice>,
    #[prop(optional, into)] currency: Option<String>,
    /// The table's first column ("Name" when not given).
    #[prop(optional, into)]
    label_head: Option<String>,
    /// Show the count column in the table ("Deals").
    #[prop(optional, into)]
    count_head: Option<String>,
) -> impl IntoView {
    let l = use_l10n();
    let rows: Vec<Slice> = rows.into_iter().map(|r| r.named(&l)).collect();
    let label_head = label_head.unwrap_or_else(|| t!("dash-chart-name"));
    let money = currency.is_some();
    let max = rows.iter().map(|r| r.value).max().unwrap_or(0).max(1);
    let h = ROW_H * rows.len().max(1) as f64 + 4.0;
    let desc = describe(&l, &rows, currency.as_deref());
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled_by = format!("{title_id} {desc_id}");
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let y = 2.0 + ROW_H * i as f64;
            let w = BAR_MAX * (r.value.max(0) as f64) / (max as f64);
            // The full name is in the tooltip and the table below.
            let name: String = if r.label.chars().count() > 20 {
                format!("{}…", r.label.chars().take(19).collect::<String>())
            } else {
                r.label.clone()
            };
            view! {
                <text class="chart-label" x=pct(BAR_X - 1.5) y=y + 17.0 text-anchor="end">{name}</text>
                <rect class="chart-bar" x=pct(BAR_X) y=y + 5.0 width=pct(w.max(0.2)) height=ROW_H - 10.0>
                    <title>{item(&l, r, currency.as_deref())}</title>
                </rect>
                <text class="chart-value" x=pct(BAR_X + w + 1.0) y=y + 17.0>{compact(&l, r.value, money)}</text>
            }
        })
        .collect_view();
    view! {
        <svg class="chart chart-wide" width="100%" height=h role="img" aria-labelledby=labelled_by>
            <title id=title_id>{title.clone()}</title>
            <desc id=desc_id>{desc}</desc>
            {bars}
        </svg>
        <DataTable caption=title rows=rows currency=currency label_head=label_head count_head=count_head />
    }
}

/// The figures behind a chart, folded away under the chart.
#[component]
fn DataTable(
    caption: String,
    rows: Vec<Slice>,
    currency: Option<String>,
    label_head: String,
    /// The count column's head; no count column without one.
    count_head: Option<String>,
) -> impl IntoView {
    let l = use_l10n();
    let value_head = if currency.is_some() {
        t!("dash-chart-amount")
    } else {
        t!("dash-chart-count")
    };
    let count_head = count_head.filter(|_| currency.is_some());
    let show_count = count_head.is_some();
    view! {
        <details class="chart-data">
            <summary>{t!("dash-chart-show-figures")}</summary>
            <div class="table-wrap">
                <table class="table table-compact">
                    <caption class="sr-only">{caption}</caption>
                    <thead><tr>
                        <th scope="col">{label_head}</th>
                        <th scope="col" class="num">{value_head}</th>
                        {count_head.map(|h| view! { <th scope="col" class="num">{h}</th> })}
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|r| {
                            let name = match r.link.clone() {
                                Some(href) => view! { <a href=href>{r.label.clone()}</a> }.into_any(),
                                None => view! { <span>{r.label.clone()}</span> }.into_any(),
                            };
                            view! {
                                <tr>
                                    <th scope="row">{name}</th>
                                    <td class="num">{full(&l, r.value, currency.as_deref())}</td>
                                    {show_count.then(|| view! { <td class="num">{l.number(r.count)}</td> })}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Axis tops are round and never below the largest value.
    #[test]
    fn nice_ceilings() {
        assert_eq!(nice_ceiling(0), 1);
        assert_eq!(nice_ceiling(7), 10);
        assert_eq!(nice_ceiling(10), 10);
        assert_eq!(nice_ceiling(11), 20);
        assert_eq!(nice_ceiling(420_000), 500_000);
        assert_eq!(nice_ceiling(2_000_001), 5_000_000);
        for v in [1, 3, 99, 12_345, 987_654_321] {
            assert!(nice_ceiling(v) >= v);
        }
    }

    /// Compact figures drop cents and use k, M, B.
    #[test]
    fn compact_figures() {
        crate::shared::l10n::use_english();
        let l = use_l10n();
        assert_eq!(compact(&l, 90_000, true), "900");
        assert_eq!(compact(&l, 2_500_000, true), "25k");
        assert_eq!(compact(&l, 123_456_700, true), "1.2M");
        assert_eq!(compact(&l, 150_000_000_000, true), "1.5B");
        assert_eq!(compact(&l, 42, false), "42");
        assert_eq!(compact(&l, 12_000, false), "12k");
    }
}
