//! The page every signed-in screen is: its title, the viewer loaded once
//! per page, the role check, and the app's layout around it. The layout
//! (header, navigation, bell) comes from the app through [`PageLayout`], so
//! this layer never names a feature.

use leptos::prelude::*;
use leptos_meta::Title;

use super::{ErrorPanel, Loading};
use crate::shared::{AppError, Role, Viewer};

/// The signed-in user (or none), loaded once per page and shared by context.
#[derive(Clone, Copy)]
pub struct ViewerResource(pub Resource<Result<Option<Viewer>, AppError>>);

/// How the app wraps a signed-in page (its header and navigation): given
/// by the app through context.
#[derive(Clone, Copy)]
pub struct PageLayout(pub fn(Viewer, AnyView) -> AnyView);

/// A page with the signed-in layout. Renders `children` with the viewer if
/// their role is in `roles` (empty: any signed-in user); otherwise sends them
/// to sign in or shows "No access".
#[component]
pub fn Page(
    #[prop(into)] title: String,
    #[prop(optional)] roles: &'static [Role],
    children: ChildrenFn,
) -> impl IntoView {
    let ViewerResource(viewer) = expect_context::<ViewerResource>();
    let children = StoredValue::new(children);
    view! {
        <Title text=title />
        <Suspense fallback=Loading>
            {move || Suspend::new(async move {
                match viewer.await {
                    Ok(Some(v)) => {
                        // Provided before the children are built, so every
                        // component of the page finds the viewer.
                        provide_context(v.clone());
                        let allowed = roles.is_empty() || roles.contains(&v.role);
                        let body = if allowed {
                            children.with_value(|c| c()).into_any()
                        } else {
                            view! { <ErrorPanel error=AppError::Forbidden /> }.into_any()
                        };
                        (expect_context::<PageLayout>().0)(v, body)
                    }
                    Ok(None) | Err(AppError::Unauthenticated) => {
                        view! { <leptos_router::components::Redirect path="/login" /> }.into_any()
                    }
                    Err(e) => view! { <main class="auth-main"><ErrorPanel error=e /></main> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The viewer inside a `Page` (for components that need it).
pub fn use_viewer() -> Option<Viewer> {
    use_context::<Viewer>()
}
