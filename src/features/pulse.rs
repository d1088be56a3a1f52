//! The portal pulse: two questions partners answer in the portal (how
//! likely they are to recommend it to a colleague, 0 to 10, and a
//! comment), asked at most once a quarter per person and dismissable. The
//! vendor dashboard reads the net promoter score from it (the seed's
//! success measure: the productive tier's portal NPS).

pub mod api;
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
mod store;

// The face: whether a person is asked now (the partner home), the card
// that asks, the answers per company (the dashboard), and the demo's.
pub use pages::PulseCard;
#[cfg(feature = "ssr")]
pub use rules::Tally;
#[cfg(feature = "ssr")]
pub use store::{due, latest_comments, record, scores_by_company, CompanyScores, PulseComment};
