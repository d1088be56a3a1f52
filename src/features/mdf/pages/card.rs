//! The fund card: a partner's balance, also on the home page.

use super::*;

#[component]
pub fn FundCardView(card: FundCard, #[prop(default = true)] link: bool) -> impl IntoView {
    let Some(period) = card.period.clone() else {
        return view! {
            <section class="card fund-card">
                <h2 class="card-title">"MDF balance"</h2>
                <p class="muted">"No market development funds are allocated to your company for this period yet. Your channel manager allocates them."</p>
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
    let bar = [
        ("paid", b.paid, "Paid"),
        ("claimed", b.claimed, "Claimed"),
        ("committed", b.committed, "Committed"),
        ("available", b.available, "Available"),
    ];
    view! {
        <section class="card fund-card" aria-labelledby="fund-title">
            <div class="card-head">
                <h2 class="card-title" id="fund-title">{format!("MDF balance · {period}")}</h2>
                {link.then(|| view! { <a class="btn btn-primary btn-sm" href="/mdf/new">"Request funds"</a> })}
            </div>
            <p class="fund-available">
                <span class="stat-value">{format_money(card.requestable, &c)}</span>
                <span class="stat-label">" available to request"</span>
            </p>
            // An SVG bar: widths as attributes (the CSP allows no inline styles).
            <svg class="fund-bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=format!("{} paid, {} claimed, {} committed, {} available of {} allocated",
                format_money(b.paid, &c), format_money(b.claimed, &c), format_money(b.committed, &c), format_money(b.available, &c), format_money(b.allocated, &c))>
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
                <dt>"Allocated"</dt><dd>{format_money(b.allocated, &c)}</dd>
                {bar.iter().map(|(cls, v, label)| view! {
                    <dt><span class=format!("dot seg-{cls}") aria-hidden="true"></span>{*label}</dt><dd>{format_money(*v, &c)}</dd>
                }).collect_view()}
                {(card.pending > 0).then(|| view! { <dt>"In requests awaiting approval"</dt><dd>{format_money(card.pending, &c)}</dd> })}
                {(b.expired > 0).then(|| view! { <dt>"Expired"</dt><dd>{format_money(b.expired, &c)}</dd> })}
            </dl>
            {card.expires_at.map(|e| view! { <p class="muted small">{format!("Unused funds expire at the end of {} ({}).", period, format_date(e - 1))}</p> })}
            {(card.claims_due_soon > 0).then(|| view! {
                <div class="alert alert-warning"><span>{format!("{} claim(s) due within 14 days. ", card.claims_due_soon)}<a href="/mdf?status=approved">"File them"</a></span></div>
            })}
        </section>
    }
    .into_any()
}
