//! The server's infrastructure, below every feature: configuration, the
//! database and its dialects, SQL builders, the company-scope rule,
//! sessions, passwords, the security layers, the guard and its policy
//! table, mail, notifications, audit, uploads, the timed form, versioned
//! workflows, events and the job runner. Nothing here names a feature; the
//! composition that does is `crate::host`.

pub mod account_mail;
pub mod approvals;
pub mod assets;
pub mod audit;
pub mod batch;
pub mod catalog;
pub mod config;
pub mod csv;
pub mod db;
pub mod dialect;
pub mod errors;
pub mod events;
pub mod form_clock;
pub mod gates;
pub mod guard;
pub mod import;
pub mod jobs;
pub mod l10n;
pub mod mail;
pub mod memory;
pub mod notify;
pub mod password;
pub mod policy;
pub mod rollups;
pub mod scope;
pub mod security;
pub mod session;
pub mod settings;
pub mod sql;
pub mod state;
pub mod throttle;
pub mod tokens;
pub mod uploads;
pub mod work;
pub mod workflow;

pub use state::AppState;

/// Milliseconds since the Unix epoch, UTC: how every time is stored.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}
