//! Navigation pieces pages share.

use leptos::prelude::*;

use crate::shared::l10n::{use_l10n, Lang, ZONES};
use crate::{k, t};

/// The vendor admin's consoles as tabs: the main navigation has one
/// "Admin" entry, so it fits a laptop screen.
#[component]
pub fn AdminTabs(current: &'static str) -> impl IntoView {
    const TABS: &[(&str, &str)] = &[
        ("/admin/deals", k!("admin-tab-deals")),
        ("/admin/tiers", k!("admin-tab-tiers")),
        ("/admin/payouts", k!("admin-tab-payouts")),
        ("/admin/staff", k!("admin-tab-staff")),
        ("/admin/mail", k!("admin-tab-mail")),
    ];
    let l = use_l10n();
    view! {
        <nav class="tabs" aria-label=t!("admin-tabs-label")>
            {TABS
                .iter()
                .map(|(href, label)| {
                    let on = *href == current;
                    view! { <a href=*href class:active=on aria-current=on.then_some("page")>{l.t(label)}</a> }
                })
                .collect_view()}
        </nav>
    }
}

/// Where the language switcher posts (the accounts feature's server
/// function `choose_language`).
pub const CHOOSE_LANGUAGE_PATH: &str = "/api/accounts/language";

/// Where the time-zone chooser posts (`choose_time_zone`).
pub const CHOOSE_TIME_ZONE_PATH: &str = "/api/accounts/time-zone";

/// The language switcher on every page: a disclosure with one button per
/// language in a plain form, so it works without JavaScript. The server
/// keeps the choice (cookie, and profile when signed in) and sends the
/// browser back to this page, now in the chosen language.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let l = use_l10n();
    let current = l.lang();
    let zone = l.tz().name.clone();
    let signed_in = super::use_viewer().is_some();
    let location = leptos_router::hooks::use_location();
    let back = format!(
        "{}{}",
        location.pathname.get_untracked(),
        location.search.get_untracked()
    );
    view! {
        <details class="lang-switch">
            <summary title=t!("lang-switch-label")>
                <svg class="lang-icon" aria-hidden="true" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><circle cx="12" cy="12" r="10" /><path d="M2 12h20M12 2a15 15 0 0 1 0 20M12 2a15 15 0 0 0 0 20" /></svg>
                <span class="sr-only">{t!("lang-switch-label")}": "</span>
                <span class="lang-current" lang=current.code()>{current.native_name()}</span>
            </summary>
            <div class="lang-panel">
            <form method="post" action=CHOOSE_LANGUAGE_PATH class="lang-menu">
                <input type="hidden" name="back" value=back.clone() />
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        let on = lang == current;
                        view! {
                            <button type="submit" name="lang" value=lang.code() lang=lang.code()
                                class:active=on aria-current=on.then_some("true")>
                                {lang.native_name()}
                            </button>
                        }
                    })
                    .collect_view()}
            </form>
            {signed_in.then(|| {
                let back = back.clone();
                view! {
                    <form method="post" action=CHOOSE_TIME_ZONE_PATH class="tz-form">
                        <input type="hidden" name="back" value=back />
                        <label for="tz-choice">{t!("tz-label")}</label>
                        <select id="tz-choice" name="tz">
                            <option value="">{t!("tz-automatic")}</option>
                            {ZONES
                                .iter()
                                .map(|z| view! { <option value=*z selected=*z == zone>{z.replace('_', " ")}</option> })
                                .collect_view()}
                        </select>
                        <button type="submit" class="btn btn-secondary btn-sm">{t!("tz-save")}</button>
                    </form>
                }
            })}
            </div>
        </details>
    }
}

/// The card of a page for people who are not signed in (sign-in, password
/// reset, "become a partner"): the brand, the language switch, a title.
/// `wide` for a long form.
#[component]
pub fn PublicCard(
    #[prop(into)] title: String,
    #[prop(optional)] lead: Option<String>,
    #[prop(default = false)] wide: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <leptos_meta::Title text=title.clone() />
        <main class="auth-main" id="main">
            <div class="auth-brand">
                <span class="brand-mark" aria-hidden="true">"P"</span>
                <span class="brand-name">{t!("app-name")}</span>
                <LanguageSwitch />
            </div>
            <section class="card auth-card" class:auth-card-wide=wide>
                <h1>{title}</h1>
                {lead.map(|l| view! { <p class="muted">{l}</p> })}
                {children()}
            </section>
        </main>
    }
}
