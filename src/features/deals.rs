//! Deal registration, the flagship workflow: the timed form with its live
//! conflict check, approval routing and the SLA clock, exclusivity, the
//! deal's history and notifications.

pub mod api;
#[cfg(feature = "ssr")]
pub mod config;
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub mod types;
