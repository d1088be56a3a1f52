//! Partner companies: the list and detail vendor staff see (channel managers
//! only their assigned companies), and the vendor admin's edits.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
mod store;
pub mod types;

// The face: a company by id and its managers (the first screen, admin
// invitations), and what the demo data and CLI write.
#[cfg(feature = "ssr")]
pub use store::{
    assign_in, by_id, check_company, insert_in, managers_for, save, set_assignment, status_counts,
    CompanyInput,
};
