//! Everything that runs only on the server: configuration, the database,
//! sessions, the security layers, mail, audit and the command line.

pub mod account_mail;
pub mod audit;
pub mod batch;
pub mod cli;
pub mod config;
pub mod csv;
pub mod db;
pub mod demo;
pub mod demo_deals;
pub mod demo_mdf;
pub mod demo_tiers;
pub mod dialect;
pub mod errors;
pub mod generate;
pub mod guard;
pub mod http;
pub mod jobs;
pub mod mail;
pub mod memory;
pub mod password;
pub mod policy;
pub mod rollups;
pub mod security;
pub mod session;
pub mod state;
pub mod throttle;
pub mod tokens;
pub mod uploads;

pub use state::AppState;

/// Milliseconds since the Unix epoch, UTC: how every time is stored.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}
