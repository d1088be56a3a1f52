//! Partner programs and tiers (effective-dated requirements and benefits,
//! daily and on-event evaluation, manager-approved changes with a grace
//! period for downgrades) and incentives (rebates and commissions on won
//! deals as entries moving earned -> approved -> paid, payout runs, points
//! and a leaderboard).

pub mod api;
#[cfg(feature = "ssr")]
pub mod exports;
#[cfg(feature = "ssr")]
pub mod incentives;
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub mod types;
