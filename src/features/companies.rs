//! Partner companies: the list and detail vendor staff see (channel managers
//! only their assigned companies), and the vendor admin's edits.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod store;
pub mod types;
