//! Navigation pieces pages share.

use leptos::prelude::*;

/// The vendor admin's consoles as tabs: the main navigation has one
/// "Admin" entry, so it fits a laptop screen.
#[component]
pub fn AdminTabs(current: &'static str) -> impl IntoView {
    const TABS: &[(&str, &str)] = &[
        ("/admin/deals", "Deal program"),
        ("/admin/tiers", "Tiers and incentives"),
        ("/admin/payouts", "Payouts"),
        ("/admin/staff", "Staff"),
        ("/admin/mail", "Mail log"),
    ];
    view! {
        <nav class="tabs" aria-label="Administration">
            {TABS
                .iter()
                .map(|(href, label)| {
                    let on = *href == current;
                    view! { <a href=*href class:active=on aria-current=on.then_some("page")>{*label}</a> }
                })
                .collect_view()}
        </nav>
    }
}
