//! Deal registration, the flagship workflow: the timed form with its live
//! conflict check, approval routing and the SLA clock, exclusivity, the
//! deal's history and notifications.

pub mod api;
#[cfg(feature = "ssr")]
mod config;
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
mod store;
pub mod types;

// The face: the partner's open-deal figures for the first screen, the
// jobs, and the operations the demo data drives. The store stays private.
pub use api::{team_deal_visibility, TeamDealVisibilitySet};
#[cfg(feature = "ssr")]
pub use config::{save_rule, RawRule};
#[cfg(feature = "ssr")]
pub use store::{
    active_for_customer, check, check_input, clocks, close, decide, linkable, progress, refs,
    register, run_jobs, summary, withdraw, Clocks, DealRef, Decision, RawDeal,
};
pub use types::{DealSummary, ATTENTION_EACH};
