//! Partner Portal: one crate, built twice. With `ssr` it is the server (axum,
//! sqlx, sessions); with `hydrate` it is the WASM bundle that takes over the
//! server-rendered pages in the browser. Modules are declared only here.
#![recursion_limit = "512"]

pub mod app;
pub mod features;
#[cfg(feature = "ssr")]
pub mod host;
#[cfg(feature = "ssr")]
pub mod server;
pub mod shared;
pub mod ui;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Fails only when an executor is already running, which is fine.
    let _ = any_spawner::Executor::init_wasm_bindgen();
    // Asynchronous: a lazily loaded page (see `app`) fetches its WASM chunk
    // before the page it rendered on the server can be hydrated.
    leptos::task::spawn_local(async {
        let Some(body) = leptos::prelude::document().body() else {
            return;
        };
        // The page's words come from its locale's file: without it the
        // server-rendered page stays as it is and works without script.
        if let Err(e) = load_locale().await {
            leptos::logging::error!("not hydrating: the locale did not load ({e})");
            return;
        }
        leptos::mount::hydrate_from_async(body.clone(), app::App)
            .await
            .forget();
        // When hydration finished, in ms since navigation started: read by
        // the scale benchmark and usable by any test that must wait for it.
        if let Some(at) = crate::ui::perf_now() {
            let _ = body.set_attribute("data-hydrated", &format!("{at:.0}"));
        }
    });
}

/// Fetches the page's locale (named by `<html data-l10n>`, preloaded by
/// the page) and its time zone table, and makes them the default; also
/// tells the server the browser's own zone for the next page.
#[cfg(feature = "hydrate")]
async fn load_locale() -> Result<(), String> {
    use std::sync::Arc;

    use shared::l10n::{self, Catalog, L10n, Lang, Tz};
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let doc = leptos::prelude::document();
    let root = doc.document_element().ok_or("no root element")?;
    let lang = Lang::parse(&root.get_attribute("lang").unwrap_or_default()).unwrap_or_default();
    let tz = root
        .get_attribute("data-tz")
        .and_then(|t| Tz::decode(&t))
        .unwrap_or_else(Tz::utc);
    let url = root.get_attribute("data-l10n").ok_or("no locale named")?;
    let response = JsFuture::from(leptos::prelude::window().fetch_with_str(&url))
        .await
        .map_err(|e| format!("{e:?}"))?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?
        .as_string()
        .ok_or("not text")?;
    let catalog = Catalog::parse(lang, &text)?;
    l10n::set_default(L10n::new(Arc::new(catalog), Arc::new(tz)));
    remember_browser_zone(&doc);
    Ok(())
}

/// Writes the browser's IANA zone to the `portal_tz` cookie when it changed,
/// so pages rendered on the server show local times for people who chose
/// no zone.
#[cfg(feature = "hydrate")]
fn remember_browser_zone(doc: &web_sys::Document) {
    use wasm_bindgen::JsCast;
    let options = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &js_sys::Object::new())
        .resolved_options();
    let Some(zone) = js_sys::Reflect::get(&options, &"timeZone".into())
        .ok()
        .and_then(|z| z.as_string())
    else {
        return;
    };
    let Ok(html) = doc.clone().dyn_into::<web_sys::HtmlDocument>() else {
        return;
    };
    let encoded: String = js_sys::encode_uri_component(&zone).into();
    let current = html.cookie().unwrap_or_default();
    if !current
        .split("; ")
        .any(|c| c == format!("portal_tz={encoded}"))
    {
        let _ = html.set_cookie(&format!(
            "portal_tz={encoded}; Path=/; Max-Age=31536000; SameSite=Lax"
        ));
    }
}
