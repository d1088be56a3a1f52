//! Partner Portal: one crate, built twice. With `ssr` it is the server (axum,
//! sqlx, sessions); with `hydrate` it is the WASM bundle that takes over the
//! server-rendered pages in the browser. Modules are declared only here.
#![recursion_limit = "512"]

pub mod app;
pub mod features;
#[cfg(feature = "ssr")]
pub mod server;
pub mod shared;
pub mod ui;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(app::App);
    // When hydration finished, in ms since navigation started: read by the
    // scale benchmark and usable by any test that must wait for it.
    if let (Some(body), Some(at)) = (
        leptos::prelude::document().body(),
        features::deals::pages::perf_now(),
    ) {
        let _ = body.set_attribute("data-hydrated", &format!("{at:.0}"));
    }
}
