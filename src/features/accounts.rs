//! People and their accounts: the shared rules and SQL that the team page,
//! the admin pages, the CLI and the demo data all use.

#[cfg(feature = "ssr")]
pub mod store;
pub mod types;

pub use types::*;
