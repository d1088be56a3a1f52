//! The vendor dashboard: the channel's revenue, registrations, MDF, tiers
//! and activity for vendor staff, filtered by period, region, tier and
//! channel manager, with server-rendered SVG charts and CSV exports.

pub mod api;
#[cfg(feature = "ssr")]
pub mod cache;
pub mod charts;
#[cfg(feature = "ssr")]
pub mod exports;
pub mod pages;
pub mod period;
#[cfg(feature = "ssr")]
mod store;
pub mod types;
