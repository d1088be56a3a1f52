//! Market development funds: budgets per partner and period as a ledger,
//! the request -> approval -> claim with proof -> reimbursement cycle, the
//! vendor's queues, budget overview and ROI from linked deals.

pub mod api;
#[cfg(feature = "ssr")]
pub mod files;
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
mod store;
pub mod types;

// The face: the fund card and latest requests of the first screen, the
// vendor's waiting counts, the jobs, and what the demo data drives.
pub use pages::{next_step_text, status_tone, FundCardView};
pub use rules::{Balance, EntryKind};
#[cfg(feature = "ssr")]
pub use store::{
    add_file, allocate, balance, cancel, check_request, claim, create, decide, first_rows,
    fund_card, list, period_figures, reimburse, review_claim, run_jobs, waiting, ClaimDecision,
    PeriodFigures, RawClaim, RawRequest, RequestDecision,
};
pub use types::{FundCard, MdfRow};
