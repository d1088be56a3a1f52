//! Leads the vendor hands its partners: created by staff (and, through the
//! same store function, by CSV, the API and CRM sync), handed out by the
//! vendor admin's ordered rules (a named company, round robin, weighted by
//! tier, or by capacity; the round-robin turn a locked row), offered with
//! the customer hidden until a partner accepts within the acceptance
//! window, moved on when it rejects or lets the window run out (the offer
//! job), and worked to a deal registration or a reason it ended.

pub mod api;
#[cfg(feature = "ssr")]
pub mod exports;
#[cfg(feature = "ssr")]
pub mod files;
#[cfg(feature = "ssr")]
mod listen;
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
mod store;
pub mod types;

// The face: the first screen's waiting offers, the offer job, and what the
// demo data drives. The store stays private.
#[cfg(feature = "ssr")]
pub use store::{
    accept, add_rule, check_lead, create, disqualify, give_back, inbox, progress, reject, run_jobs,
    set_capacity, staff_counts, LeadInput, RawLead, RawRule,
};
pub use types::{LeadCounts, LeadInbox};
