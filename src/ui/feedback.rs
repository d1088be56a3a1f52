//! Telling people what state things are in: notices, badges, empty
//! states, the loading state, the error panel, and [`Loaded`], which shows
//! a resource's value, or its error, once it has loaded.

use leptos::prelude::*;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::shared::AppError;
use crate::t;

#[component]
pub fn Notice(
    #[prop(into)] text: String,
    #[prop(default = "success")] tone: &'static str,
) -> impl IntoView {
    view! {
        <div class=format!("alert alert-{tone}") role="status">
            <span>{text}</span>
        </div>
    }
}

/// A labelled state. Colour is never the only signal: the text says it.
#[component]
pub fn Badge(
    #[prop(into)] text: String,
    #[prop(default = "neutral")] tone: &'static str,
) -> impl IntoView {
    view! { <span class=format!("badge badge-{tone}")>{text}</span> }
}

#[component]
pub fn EmptyState(#[prop(into)] title: String, #[prop(into)] text: String) -> impl IntoView {
    view! {
        <div class="empty">
            <p class="empty-title">{title}</p>
            <p class="muted">{text}</p>
        </div>
    }
}

/// Shown while a page's data loads (hydrated navigation only; server pages
/// arrive complete).
#[component]
pub fn Loading() -> impl IntoView {
    view! { <div class="loading" aria-busy="true">{t!("ui-loading")}</div> }
}

/// A page-level error: not found, no access, or a reference to quote.
#[component]
pub fn ErrorPanel(error: AppError) -> impl IntoView {
    // A server-rendered error page carries the matching status (403, 404…),
    // so crawlers, monitors and scripts see what the person sees.
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(code) = http::StatusCode::from_u16(error.status()) {
            res.set_status(code);
        }
    }
    let (title, text) = match &error {
        AppError::NotFound => (
            t!("error-panel-not-found"),
            t!("error-panel-not-found-text"),
        ),
        AppError::Forbidden => (
            t!("error-panel-no-access"),
            t!("error-panel-no-access-text"),
        ),
        AppError::Unauthenticated => (t!("error-panel-sign-in"), t!("error-panel-sign-in-text")),
        other => (t!("error-panel-failed"), other.to_string()),
    };
    view! {
        <section class="card error-panel">
            <h1>{title}</h1>
            <p class="muted">{text}</p>
            <a class="btn btn-secondary" href="/">{t!("ui-back-home")}</a>
        </section>
    }
}

/// A resource's value once it has loaded: `children` gets the value; an
/// error shows the error panel (with its status code on the server); in
/// between, the loading state. Every page's data goes through it:
/// `<Loaded resource=list let:page> ... </Loaded>`.
#[component]
pub fn Loaded<T, V, F>(resource: Resource<Result<T, AppError>>, children: F) -> impl IntoView
where
    T: Clone + Send + Sync + Serialize + DeserializeOwned + 'static,
    V: IntoView + 'static,
    F: Fn(T) -> V + Clone + Send + Sync + 'static,
{
    view! {
        <Suspense fallback=Loading>
            {move || {
                let children = children.clone();
                Suspend::new(async move {
                    match resource.await {
                        Ok(value) => children(value).into_any(),
                        Err(e) => view! { <ErrorPanel error=e /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}
