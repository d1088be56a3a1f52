//! The HTTP application: routes, the middleware stack, and `serve`.

use std::net::SocketAddr;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;

use crate::app::{shell, App};
use crate::features::mdf::files;
use crate::server::{assets, mail, security, session, AppState};

/// Largest request body accepted anywhere (forms and JSON). The upload
/// routes have their own limit (`features::mdf::files::UPLOAD_BODY_LIMIT`).
pub const BODY_LIMIT: usize = 64 * 1024;

/// Gives the renderer this request's CSP nonce, so Leptos's inline hydration
/// script carries the same nonce the `Content-Security-Policy` header names.
fn provide_request_nonce() {
    if let Some(parts) = leptos::prelude::use_context::<http::request::Parts>() {
        if let Some(nonce) = parts.extensions.get::<security::CspNonce>() {
            provide_context(leptos::nonce::Nonce::from_value(nonce.0.clone()));
        }
        // The reader's language and time zone (server/l10n.rs).
        if let Some(l10n) = parts.extensions.get::<crate::shared::l10n::L10n>() {
            provide_context(l10n.clone());
        }
    }
}

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let context_state = state.clone();
    let context = move || {
        provide_context(context_state.clone());
        provide_request_nonce();
    };
    let shell_options = state.leptos_options.clone();
    let fallback_state = state.clone();
    // Innermost on every page and server function: handlers read a body
    // capped at BODY_LIMIT; a larger Content-Length is refused with 413
    // before any work.
    let pages = Router::new()
        .route("/healthz", get(health))
        .route("/metrics", get(metrics))
        .route("/l10n/{file}", get(crate::server::l10n::serve_locale))
        .leptos_routes_with_context(&state, routes, context.clone(), move || {
            shell(shell_options.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(
            move || {
                provide_context(fallback_state.clone());
                provide_request_nonce();
            },
            shell,
        ))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT));
    // Layers wrap the routes added before them: the download keeps the
    // small limit, the two upload routes get theirs.
    let file_routes = Router::new()
        .route(files::DOWNLOAD, get(files::download))
        .route(
            crate::features::tiers::exports::PAYOUT_CSV,
            get(crate::features::tiers::exports::payout_csv),
        )
        .route(
            crate::features::dashboard::exports::DASHBOARD_CSV,
            get(crate::features::dashboard::exports::dashboard_csv),
        )
        .route(
            crate::features::leads::types::FIGURES_CSV,
            get(crate::features::leads::exports::figures_csv),
        )
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        .route(files::UPLOAD_PROOF, post(files::upload_proof))
        .route(files::UPLOAD_ALLOCATIONS, post(files::upload_allocations))
        .route(
            crate::features::leads::types::UPLOAD_LEADS,
            post(crate::features::leads::files::upload_leads),
        )
        .layer(DefaultBodyLimit::max(files::UPLOAD_BODY_LIMIT))
        .layer(RequestBodyLimitLayer::new(files::UPLOAD_BODY_LIMIT));
    pages
        .merge(file_routes)
        .merge(assets::router(&pkg_dir(&state), serving(&state)))
        .layer(
            ServiceBuilder::new()
                .layer(axum::middleware::from_fn_with_state(
                    state.clone(),
                    security::headers_layer,
                ))
                .layer(CompressionLayer::new())
                .layer(axum::middleware::from_fn_with_state(
                    state.clone(),
                    security::csrf_layer,
                ))
                .layer(axum::middleware::from_fn(security::policy_layer))
                .layer(axum::middleware::from_fn_with_state(
                    state.clone(),
                    session::layer,
                ))
                .layer(axum::middleware::from_fn(security::api_status_layer)),
        )
        .with_state(state)
}

/// The compiled site's folder of WASM, scripts and stylesheet.
fn pkg_dir(state: &AppState) -> std::path::PathBuf {
    std::path::Path::new(state.leptos_options.site_root.as_ref())
        .join(state.leptos_options.site_pkg_dir.as_ref())
}

/// Copies are served unless files may change under the server: a
/// development server on an unhashed build (`cargo leptos watch`).
fn serving(state: &AppState) -> assets::Serving {
    let hashed = state.leptos_options.hash_files;
    assets::Serving {
        precompressed: hashed || !state.config.is_dev(),
        hashed,
    }
}

async fn health(
    axum::extract::State(state): axum::extract::State<AppState>,
) -> (http::StatusCode, &'static str) {
    match sqlx::query("SELECT 1").execute(&state.db.pool).await {
        Ok(_) => (http::StatusCode::OK, "ok"),
        Err(_) => (
            http::StatusCode::SERVICE_UNAVAILABLE,
            "database unavailable",
        ),
    }
}

/// Counters for monitoring, in Prometheus's text format. Only for a
/// scraper on the same machine (the socket's peer is a loopback address,
/// whatever `X-Forwarded-For` says); anyone else gets a 404.
async fn metrics(
    axum::extract::State(state): axum::extract::State<AppState>,
    axum::extract::ConnectInfo(peer): axum::extract::ConnectInfo<SocketAddr>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    use std::sync::atomic::Ordering;
    if !peer.ip().is_loopback() {
        return http::StatusCode::NOT_FOUND.into_response();
    }
    let counters = [
        (
            "portal_audit_write_failures_total",
            "Audit entries not written after three attempts (each request got an error instead).",
            crate::server::audit::WRITE_FAILURES.load(Ordering::Relaxed),
        ),
        (
            "portal_audit_write_retries_total",
            "Retries audit entries needed.",
            crate::server::audit::WRITE_RETRIES.load(Ordering::Relaxed),
        ),
        (
            "portal_password_verifications_total",
            "Passwords checked against a stored hash.",
            state.hashing.verifications(),
        ),
    ];
    let mut text = String::new();
    for (name, help, value) in counters {
        text.push_str(&format!(
            "# HELP {name} {help}\n# TYPE {name} counter\n{name} {value}\n"
        ));
    }
    (
        [(http::header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        text,
    )
        .into_response()
}

/// Binds `address` (port 0 picks a free port), starts the background
/// workers and serves until the process is told to stop.
pub async fn serve(state: AppState, address: SocketAddr) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(address).await?;
    let bound = listener.local_addr()?;
    crate::server::password::warm_up();
    crate::server::password::spawn_trimmer(state.hashing.clone());
    state.mailer.announce(&state.config.mail);
    mail::spawn_worker(state.clone());
    crate::server::jobs::spawn_worker(state.clone());
    if serving(&state).precompressed {
        let pkg = pkg_dir(&state);
        let removed = assets::remove_stale(&pkg);
        if removed > 0 {
            tracing::info!(removed, "compressed copies older than their files removed");
        }
        assets::spawn_precompress(pkg);
    }
    tracing::info!("listening on http://{bound}");
    // Printed for scripts and tests that start the server on port 0.
    println!("portal listening on http://{bound}");
    let app = router(state);
    // Without TCP_NODELAY a response written in pieces (headers, then the
    // streamed page) waits for the client's delayed ACK: +40 ms a request.
    use axum::serve::ListenerExt;
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
