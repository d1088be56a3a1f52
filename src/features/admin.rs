//! Vendor administration: staff, invitations into any company, enabling and
//! disabling people, and the dev mail log.

pub mod api;
pub mod pages;
