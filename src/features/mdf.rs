//! Market development funds: budgets per partner and period as a ledger,
//! the request -> approval -> claim with proof -> reimbursement cycle, the
//! vendor's queues, budget overview and ROI from linked deals.

pub mod api;
#[cfg(feature = "ssr")]
pub mod files;
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
pub mod store;
pub mod types;
