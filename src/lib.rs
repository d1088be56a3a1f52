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
