//! The first screen after sign-in: for partners their company, team and
//! account manager; for vendor staff the state of the program they run.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
mod store;
pub mod types;
