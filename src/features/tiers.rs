//! Partner programs and tiers (effective-dated requirements and benefits,
//! daily and on-event evaluation, manager-approved changes with a grace
//! period for downgrades) and incentives (rebates and commissions on won
//! deals as entries moving earned -> approved -> paid, payout runs, points
//! and a leaderboard).

pub mod api;
#[cfg(feature = "ssr")]
pub mod exports;
#[cfg(feature = "ssr")]
mod incentives;
#[cfg(feature = "ssr")]
mod listen;
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
mod store;
pub mod types;

// The face: the tier card and incentives of the first screen, the daily
// evaluation, and what the demo data drives. The stores stay private.
#[cfg(feature = "ssr")]
pub use incentives::{create_run, mark_paid};
pub use pages::TierCardView;
#[cfg(feature = "ssr")]
pub use store::{
    add_rule, add_tier, assign, decide, default_currency, evaluate_due, home_parts,
    join_entry_tier, members_sql, pending_count, save_program, tier_counts, tier_join, tier_labels,
    RawProgram, RawRule, TierCounts,
};
pub use types::{IncentiveTotals, TierCard};
