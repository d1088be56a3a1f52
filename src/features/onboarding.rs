//! Recruitment and onboarding: a company applies on the public "become a
//! partner" page (bots answered alike and kept nowhere, each address
//! throttled, nothing said about who is known), confirms its e-mail, and
//! waits in the channel managers' vetting queue with its likely duplicates;
//! approval creates the company in the entry tier with its channel manager
//! and invites the contact as partner admin, a decline e-mails the reason.
//! Program terms: versions the vendor admin publishes, which a partner
//! company accepts before it uses the portal beyond its first screen.

pub mod api;
#[cfg(feature = "ssr")]
mod listen;
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
mod store;
#[cfg(feature = "ssr")]
mod terms;
pub mod types;

// The face: the first screen's terms card and its data, and what the demo
// data drives.
pub use api::{onboarding_checklist, terms_status_get};
pub use pages::{ChecklistCard, TermsCard};
#[cfg(feature = "ssr")]
pub use store::{apply, approve, confirm, decline, Approval, Posted};
#[cfg(feature = "ssr")]
pub use terms::{accept as accept_terms, publish as publish_terms};
pub use types::{Checklist, TermsStatus};
