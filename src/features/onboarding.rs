//! Recruitment and onboarding: a company applies on the public "become a
//! partner" page (bots answered alike and kept nowhere, each address
//! throttled, nothing said about who is known), confirms its e-mail, and
//! waits in the channel managers' vetting queue with its likely duplicates;
//! approval creates the company in the entry tier with its channel manager
//! and invites the contact as partner admin, a decline e-mails the reason.

pub mod api;
pub mod pages;
pub mod rules;
#[cfg(feature = "ssr")]
mod store;
pub mod types;

// The face: what the demo data drives.
#[cfg(feature = "ssr")]
pub use store::{apply, approve, confirm, decline, Approval, Posted};
