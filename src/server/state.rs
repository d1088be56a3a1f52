//! `AppState`: what every request handler and server function can reach.

use std::sync::Arc;

use super::config::Config;
use super::db::Db;
use super::mail::Mailer;
use super::password::Hashing;
use crate::features::dashboard::cache::DashboardCache;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub leptos_options: LeptosOptions,
    /// Bounds concurrent argon2 work and keeps its buffers (19 MiB each).
    pub hashing: Arc<Hashing>,
    pub mailer: Mailer,
    /// The vendor dashboard's figures, shared for a while once computed.
    pub dashboard: Arc<DashboardCache>,
}

impl AppState {
    pub fn new(db: Db, config: Config) -> Self {
        let leptos_options = config.leptos_options();
        let hashing = Arc::new(Hashing::new(config.security.max_concurrent_hashes));
        let mailer = Mailer::from_config(&config.mail, config.is_dev());
        let dashboard = Arc::new(DashboardCache::new(std::time::Duration::from_secs(
            config.dashboard_cache_seconds,
        )));
        AppState {
            db,
            config: Arc::new(config),
            leptos_options,
            hashing,
            mailer,
            dashboard,
        }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
