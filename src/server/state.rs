//! `AppState`: what every request handler and server function can reach.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use tokio::sync::Semaphore;

use super::config::Config;
use super::db::Db;
use super::mail::Mailer;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub leptos_options: LeptosOptions,
    /// Bounds concurrent argon2 work (19 MiB each).
    pub hash_permits: Arc<Semaphore>,
    pub mailer: Mailer,
}

impl AppState {
    pub fn new(db: Db, config: Config) -> Self {
        let leptos_options = config.leptos_options();
        let hash_permits = Arc::new(Semaphore::new(config.security.max_concurrent_hashes));
        let mailer = Mailer::from_config(&config.mail);
        AppState {
            db,
            config: Arc::new(config),
            leptos_options,
            hash_permits,
            mailer,
        }
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
