//! The HTML shell, the router and the signed-in layout.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::{lazy_route, path, Lazy, LazyRoute, SsrMode};

use crate::features::auth::api::current_viewer;
use crate::features::{
    admin, auth, companies, dashboard, deals, home, leads, mdf, notifications, onboarding, team,
    tiers,
};
use crate::shared::l10n::use_l10n;
use crate::shared::{AppError, Role, Viewer};
use crate::ui::{ErrorPanel, LanguageSwitch, PageLayout, ViewerResource};
use crate::{k, t};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let l10n = crate::shared::l10n::use_l10n();
    // The browser fetches this page's locale before it hydrates (lib.rs)
    // and computes local times from the zone's table.
    let messages = l10n.asset().unwrap_or_default().to_string();
    view! {
        <!DOCTYPE html>
        <html lang=l10n.lang().code() data-l10n=messages.clone() data-tz=l10n.tz().encode()>
            <head>
                <meta charset="utf-8" />
                <link rel="preload" href={messages.clone()} as="fetch" crossorigin="anonymous" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
                // The stylesheet's name carries its content hash in a
                // hashed build (server/assets.rs), so it is linked here.
                <HashedStylesheet options=options.clone() id="leptos" />
                <AutoReload options=options.clone() />
                <HydrationScripts options />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let viewer = Resource::new(|| (), |_| current_viewer());
    provide_context(ViewerResource(viewer));
    provide_context(PageLayout(|viewer, body| {
        view! { <Layout viewer>{body}</Layout> }.into_any()
    }));
    view! {
        <Title text=served_title() formatter=title_with_app />
        <Router>
            // Outside every route, so no router component (links, redirects)
            // may render here: a plain page, the same for everyone.
            <Routes fallback=|| view! {
                <Title text=t!("error-panel-not-found") />
                <main class="auth-main"><ErrorPanel error=AppError::NotFound /></main>
            }>
                <Route path=path!("/login") view=auth::pages::LoginPage ssr=SsrMode::Async />
                <Route path=path!("/forgot-password") view={Lazy::<ForgotRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/reset-password") view={Lazy::<ResetRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/unlock") view={Lazy::<UnlockRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/invitation") view={Lazy::<InvitationRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/apply") view={Lazy::<ApplyRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/apply/confirm") view={Lazy::<ApplyConfirmRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/") view=home::pages::HomePage ssr=SsrMode::Async />
                <Route path=path!("/deals") view={Lazy::<DealsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/deals/new") view={Lazy::<NewDealRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/deals/analytics") view={Lazy::<AnalyticsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/deals/:id") view={Lazy::<DealRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/deals/:id/edit") view={Lazy::<EditDealRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/leads") view={Lazy::<LeadsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/leads/new") view={Lazy::<NewLeadRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/leads/import") view={Lazy::<LeadImportRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/leads/rules") view={Lazy::<LeadRulesRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/leads/figures") view={Lazy::<LeadFiguresRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/leads/:id") view={Lazy::<LeadRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/mdf") view={Lazy::<MdfRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/mdf/new") view={Lazy::<NewMdfRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/mdf/queue") view={Lazy::<MdfQueueRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/mdf/budgets") view={Lazy::<MdfBudgetsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/mdf/:id") view={Lazy::<MdfRequestRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/mdf/:id/edit") view={Lazy::<EditMdfRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/tier") view={Lazy::<TierRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/earnings") view={Lazy::<EarningsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/tiers") view={Lazy::<TiersRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/tiers/companies/:id") view={Lazy::<TierCompanyRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/admin/tiers") view={Lazy::<TierAdminRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/admin/payouts") view={Lazy::<PayoutsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/dashboard") view={Lazy::<DashboardRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/approvals") view={Lazy::<ApprovalsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/notifications") view={Lazy::<NotificationsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/team") view={Lazy::<TeamRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/companies") view={Lazy::<CompaniesRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/companies/new") view={Lazy::<NewCompanyRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/companies/applications") view={Lazy::<ApplicationsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/companies/terms") view={Lazy::<StaffTermsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/terms") view={Lazy::<TermsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/companies/applications/:id") view={Lazy::<ApplicationRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/companies/:id") view={Lazy::<CompanyRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/admin/staff") view={Lazy::<StaffRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/admin/deals") view={Lazy::<DealAdminRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/admin/mail") view={Lazy::<MailRoute>::new()} ssr=SsrMode::Async />
            </Routes>
        </Router>
    }
}

/// The page part of the title the server rendered, kept while a lazily
/// loaded page fetches its code (its own `Title` takes over once it
/// hydrates). Empty on the server, where every page sets its own.
fn served_title() -> String {
    #[cfg(feature = "hydrate")]
    {
        let title = document().title();
        let suffix = format!(" · {}", t!("app-name"));
        title.strip_suffix(&suffix).unwrap_or_default().to_string()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        String::new()
    }
}

/// Every page but sign-in and home loads its code on its first visit
/// (`cargo leptos build --split`): its view, and what only it uses, sit in
/// a WASM chunk of their own, so the first screen downloads only the shell,
/// the sign-in page and the home page.
macro_rules! lazy_pages {
    ($($route:ident => $($module:ident)::+),* $(,)?) => {$(
        struct $route;

        #[lazy_route]
        impl LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            fn view(this: Self) -> AnyView {
                let _ = this;
                $($module)::+().into_any()
            }
        }
    )*};
}

lazy_pages! {
    ForgotRoute => auth::pages::ForgotPage,
    ResetRoute => auth::pages::ResetPage,
    UnlockRoute => auth::pages::UnlockPage,
    InvitationRoute => auth::pages::InvitationPage,
    ApplyRoute => onboarding::pages::ApplyPage,
    ApplyConfirmRoute => onboarding::pages::ApplyConfirmPage,
    ApplicationsRoute => onboarding::pages::ApplicationsPage,
    ApplicationRoute => onboarding::pages::ApplicationPage,
    TermsRoute => onboarding::pages::TermsPage,
    StaffTermsRoute => onboarding::pages::StaffTermsPage,
    DealsRoute => deals::pages::DealsPage,
    NewDealRoute => deals::pages::NewDealPage,
    AnalyticsRoute => deals::pages::AnalyticsPage,
    DealRoute => deals::pages::DealPage,
    EditDealRoute => deals::pages::EditDealPage,
    LeadsRoute => leads::pages::LeadsPage,
    NewLeadRoute => leads::pages::NewLeadPage,
    LeadRulesRoute => leads::pages::LeadRulesPage,
    LeadFiguresRoute => leads::pages::LeadFiguresPage,
    LeadImportRoute => leads::pages::LeadImportPage,
    LeadRoute => leads::pages::LeadPage,
    MdfRoute => mdf::pages::MdfPage,
    NewMdfRoute => mdf::pages::NewMdfPage,
    MdfQueueRoute => mdf::pages::MdfQueuePage,
    MdfBudgetsRoute => mdf::pages::MdfBudgetsPage,
    MdfRequestRoute => mdf::pages::MdfRequestPage,
    EditMdfRoute => mdf::pages::EditMdfPage,
    TierRoute => tiers::pages::TierPage,
    EarningsRoute => tiers::pages::EarningsPage,
    TiersRoute => tiers::pages::TiersPage,
    TierCompanyRoute => tiers::pages::TierCompanyPage,
    TierAdminRoute => tiers::pages::TierAdminPage,
    PayoutsRoute => tiers::pages::PayoutsPage,
    DashboardRoute => dashboard::pages::DashboardPage,
    ApprovalsRoute => deals::pages::ApprovalsPage,
    NotificationsRoute => notifications::pages::NotificationsPage,
    TeamRoute => team::pages::TeamPage,
    CompaniesRoute => companies::pages::CompaniesPage,
    NewCompanyRoute => companies::pages::NewCompanyPage,
    CompanyRoute => companies::pages::CompanyPage,
    StaffRoute => admin::pages::StaffPage,
    DealAdminRoute => deals::pages::DealAdminPage,
    MailRoute => admin::pages::MailPage,
}

/// "Deals · Partner Portal" (the app's name alone on a page without one).
fn title_with_app(page: String) -> String {
    let app = t!("app-name");
    if page.is_empty() {
        app
    } else {
        format!("{page} · {app}")
    }
}

/// The main navigation: (address, label key).
fn nav_items(role: Role) -> Vec<(&'static str, &'static str)> {
    match role {
        Role::PartnerAdmin | Role::PartnerUser => {
            vec![
                ("/", k!("nav-home")),
                ("/deals", k!("nav-deals")),
                ("/leads", k!("nav-leads")),
                ("/mdf", k!("nav-funds")),
                ("/earnings", k!("nav-rebates")),
                ("/tier", k!("nav-tier")),
                ("/team", k!("nav-team")),
            ]
        }
        Role::ChannelManager | Role::VendorAdmin => {
            let mut items = vec![
                ("/", k!("nav-overview")),
                ("/dashboard", k!("nav-dashboard")),
                ("/approvals", k!("nav-approvals")),
                ("/deals", k!("nav-deals")),
                ("/leads", k!("nav-leads")),
                ("/mdf/queue", k!("nav-mdf")),
                ("/tiers", k!("nav-tiers")),
                ("/companies", k!("nav-partners")),
            ];
            if role == Role::VendorAdmin {
                items.push(("/admin/deals", k!("nav-admin")));
            }
            items
        }
    }
}

#[component]
fn Layout(viewer: Viewer, children: Children) -> impl IntoView {
    let org = viewer
        .company_name
        .clone()
        .unwrap_or_else(|| t!("layout-vendor-staff"));
    let l = use_l10n();
    view! {
        <a class="skip-link" href="#main">{t!("layout-skip")}</a>
        <div class="app">
            <header class="topbar">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">"P"</span>
                    <span class="brand-name">{t!("app-name")}</span>
                </a>
                <nav class="mainnav" aria-label=t!("layout-main-nav")>
                    {nav_items(viewer.role)
                        .into_iter()
                        .map(|(href, label)| {
                            let text = l.t(label);
                            view! { <A href=href exact=true>{text}</A> }
                        })
                        .collect_view()}
                </nav>
                {viewer.role.is_partner().then(|| view! {
                    <a class="btn btn-primary btn-sm register-cta" href="/deals/new">{t!("layout-register-deal")}</a>
                })}
                <notifications::pages::Bell />
                <div class="usermenu">
                    <span class="avatar" aria-hidden="true">{viewer.initials()}</span>
                    <span class="user-text">
                        <span class="user-name">{viewer.name.clone()}</span>
                        <span class="user-org">{format!("{} · {}", org, viewer.role.label())}</span>
                    </span>
                    <form method="post" action="/api/auth/logout">
                        <button class="btn btn-ghost btn-sm" type="submit">{t!("layout-sign-out")}</button>
                    </form>
                </div>
                <LanguageSwitch />
            </header>
            <main id="main" class="content">{children()}</main>
        </div>
    }
}
