//! The fund card: a partner's balance, also on the home page.

use super::*;

#[component]
pub fn FundCardView(card: FundCard, #[prop(default = true)] link: bool) -> impl IntoView {
    let Some(period) = card.period.clone() else {
        return view! {
            <section class="card fund-card">
                <h2 class="card-title">{t!("mdf-balance-title")}</h2>
                <p class="muted">{t!("mdf-balance-none")}</p>
            </section>
        }
        .into_any();
    };
    let c = card.currency.clone();
    let b = card.balance;
    let pct = |v: i64| {
        if b.allocated > 0 {
            (v as f64 * 100.0 / b.allocated as f64).clamp(0.0, 100.0)
        } else {
            0.0
        }
    };
    let l = use_l10n();
    let bar = [
        ("paid", b.paid, k!("mdf-balance-paid")),
        ("claimed", b.claimed, k!("mdf-balance-claimed")),
        ("committed", b.committed, k!("mdf-balance-committed")),
        ("available", b.available, k!("mdf-balance-available")),
    ];
    let bar_label = t!(
        "mdf-balance-bar",
        paid = format_money(b.paid, &c),
        claimed = format_money(b.claimed, &c),
        committed = format_money(b.committed, &c),
        available = format_money(b.available, &c),
        allocated = format_money(b.allocated, &c)
    );
    view! {
        <section class="card fund-card" aria-labelledby="fund-title">
            <div class="card-head">
                <h2 class="card-title" id="fund-title">{t!("mdf-balance-period", period = period.as_str())}</h2>
                {link.then(|| view! { <a class="btn btn-primary btn-sm" href="/mdf/new">{t!("mdf-request-funds")}</a> })}
            </div>
            <p class="fund-available">
                <span class="stat-value">{format_money(card.requestable, &c)}</span>
                <span class="stat-label">" "{t!("mdf-balance-requestable")}</span>
            </p>
            // An SVG bar: widths as attributes (the CSP allows no inline styles).
            <svg class="fund-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=bar_label>
                {
                    let mut x = 0.0;
                    bar.iter().map(|(cls, v, _)| {
                        let w = pct(*v);
                        let at = x;
                        x += w;
                        view! { <rect class=format!("seg-{cls}") x=format!("{at:.2}") y="0" width=format!("{w:.2}") height="10"></rect> }
                    }).collect_view()
                }
            </svg>
            <dl class="facts facts-money">
                <dt>{t!("mdf-balance-allocated")}</dt><dd>{format_money(b.allocated, &c)}</dd>
                {bar.iter().map(|(cls, v, key)| view! {
                    <dt><span class=format!("dot seg-{cls}") aria-hidden="true"></span>{l.t(key)}</dt><dd>{format_money(*v, &c)}</dd>
                }).collect_view()}
                {(card.pending > 0).then(|| view! { <dt>{t!("mdf-balance-pending")}</dt><dd>{format_money(card.pending, &c)}</dd> })}
                {(b.expired > 0).then(|| view! { <dt>{t!("mdf-balance-expired")}</dt><dd>{format_money(b.expired, &c)}</dd> })}
            </dl>
            {card.expires_at.map(|e| view! { <p class="muted small">{t!("mdf-balance-expires", period = period.as_str(), date = format_date(e - 1))}</p> })}
            {(card.claims_due_soon > 0).then(|| view! {
                <div class="alert alert-warning"><span>{t!("mdf-balance-claims-due", count = card.claims_due_soon)}" "<a href="/mdf?status=approved">{t!("mdf-balance-file-them")}</a></span></div>
            })}
        </section>
    }
    .into_any()
}
