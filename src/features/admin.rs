//! Vendor administration: staff, invitations into any company, enabling and
//! disabling people, and the mail log.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
mod store;
pub mod types;

// The face: the invitation form's action (the company page reuses it).
pub use api::AdminInvite;
