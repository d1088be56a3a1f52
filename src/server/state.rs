//! `AppState`: what every request handler and server function can reach.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::config::Config;
use super::db::Db;
use super::mail::Mailer;
use super::password::Hashing;
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
    /// What features keep per server beside the database (the vendor
    /// dashboard's cache), one value per type, made on first use.
    locals: Arc<Mutex<HashMap<TypeId, Arc<dyn Any + Send + Sync>>>>,
}

impl AppState {
    pub fn new(db: Db, config: Config) -> Self {
        super::l10n::init();
        let leptos_options = config.leptos_options();
        let hashing = Arc::new(Hashing::new(config.security.max_concurrent_hashes));
        let mailer = Mailer::from_config(&config.mail, config.is_dev());
        AppState {
            db,
            config: Arc::new(config),
            leptos_options,
            hashing,
            mailer,
            locals: Arc::default(),
        }
    }

    /// This server's value of type `T`, made by `make` on first use (a
    /// feature's cache lives here rather than in a field, so the state
    /// never names a feature).
    pub fn local<T: Any + Send + Sync>(&self, make: impl FnOnce(&Config) -> T) -> Arc<T> {
        let mut locals = self.locals.lock().unwrap_or_else(|e| e.into_inner());
        let value = locals
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Arc::new(make(&self.config)))
            .clone();
        drop(locals);
        value
            .downcast::<T>()
            .unwrap_or_else(|_| unreachable!("locals are keyed by their type"))
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
