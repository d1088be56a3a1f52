//! In-app notifications: the bell with the unread count in the top bar and
//! the list behind it. Rows are written by features in their own
//! transactions (`server::notify`), always for one user.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
mod store;
pub mod types;

// The face: a person's latest notifications (the home page).
#[cfg(feature = "ssr")]
pub use store::recent;
pub use types::Recent;
