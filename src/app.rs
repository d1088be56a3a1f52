//! The HTML shell, the router and the signed-in layout.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags, Title};
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::{lazy_route, path, Lazy, LazyRoute, SsrMode};

use crate::features::auth::api::current_viewer;
use crate::features::{
    admin, auth, companies, dashboard, deals, home, mdf, notifications, team, tiers,
};
use crate::shared::{AppError, Role, Viewer};
use crate::ui::{ErrorPanel, PageLayout, ViewerResource};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8" />
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
        <Title text=served_title() formatter=|t: String| if t.is_empty() { "Partner Portal".to_string() } else { format!("{t} · Partner Portal") } />
        <Router>
            // Outside every route, so no router component (links, redirects)
            // may render here: a plain page, the same for everyone.
            <Routes fallback=|| view! {
                <Title text="Not found" />
                <main class="auth-main"><ErrorPanel error=AppError::NotFound /></main>
            }>
                <Route path=path!("/login") view=auth::pages::LoginPage ssr=SsrMode::Async />
                <Route path=path!("/forgot-password") view={Lazy::<ForgotRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/reset-password") view={Lazy::<ResetRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/unlock") view={Lazy::<UnlockRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/invitation") view={Lazy::<InvitationRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/") view=home::pages::HomePage ssr=SsrMode::Async />
                <Route path=path!("/deals") view={Lazy::<DealsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/deals/new") view={Lazy::<NewDealRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/deals/analytics") view={Lazy::<AnalyticsRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/deals/:id") view={Lazy::<DealRoute>::new()} ssr=SsrMode::Async />
                <Route path=path!("/deals/:id/edit") view={Lazy::<EditDealRoute>::new()} ssr=SsrMode::Async />
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
        title
            .strip_suffix(" · Partner Portal")
            .unwrap_or_default()
            .to_string()
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
    DealsRoute => deals::pages::DealsPage,
    NewDealRoute => deals::pages::NewDealPage,
    AnalyticsRoute => deals::pages::AnalyticsPage,
    DealRoute => deals::pages::DealPage,
    EditDealRoute => deals::pages::EditDealPage,
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

fn nav_items(role: Role) -> Vec<(&'static str, &'static str)> {
    match role {
        Role::PartnerAdmin | Role::PartnerUser => {
            vec![
                ("/", "Home"),
                ("/deals", "Deals"),
                ("/mdf", "Funds"),
                ("/earnings", "Rebates"),
                ("/tier", "Tier"),
                ("/team", "Team"),
            ]
        }
        Role::ChannelManager => vec![
            ("/", "Overview"),
            ("/dashboard", "Dashboard"),
            ("/approvals", "Approvals"),
            ("/deals", "Deals"),
            ("/mdf/queue", "MDF"),
            ("/tiers", "Tiers"),
            ("/companies", "Partners"),
        ],
        Role::VendorAdmin => vec![
            ("/", "Overview"),
            ("/dashboard", "Dashboard"),
            ("/approvals", "Approvals"),
            ("/deals", "Deals"),
            ("/mdf/queue", "MDF"),
            ("/tiers", "Tiers"),
            ("/companies", "Partners"),
            ("/admin/deals", "Admin"),
        ],
    }
}

#[component]
fn Layout(viewer: Viewer, children: Children) -> impl IntoView {
    let org = viewer
        .company_name
        .clone()
        .unwrap_or_else(|| "Vendor staff".to_string());
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <div class="app">
            <header class="topbar">
                <a class="brand" href="/">
                    <span class="brand-mark" aria-hidden="true">"P"</span>
                    <span class="brand-name">"Partner Portal"</span>
                </a>
                <nav class="mainnav" aria-label="Main">
                    {nav_items(viewer.role)
                        .into_iter()
                        .map(|(href, label)| view! { <A href=href exact=true>{label}</A> })
                        .collect_view()}
                </nav>
                {viewer.role.is_partner().then(|| view! {
                    <a class="btn btn-primary btn-sm register-cta" href="/deals/new">"Register deal"</a>
                })}
                <notifications::pages::Bell />
                <div class="usermenu">
                    <span class="avatar" aria-hidden="true">{viewer.initials()}</span>
                    <span class="user-text">
                        <span class="user-name">{viewer.name.clone()}</span>
                        <span class="user-org">{format!("{} · {}", org, viewer.role.label())}</span>
                    </span>
                    <form method="post" action="/api/auth/logout">
                        <button class="btn btn-ghost btn-sm" type="submit">"Sign out"</button>
                    </form>
                </div>
            </header>
            <main id="main" class="content">{children()}</main>
        </div>
    }
}
