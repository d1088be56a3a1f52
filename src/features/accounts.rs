//! People and their accounts: the shared rules and SQL that the team page,
//! the admin pages, the CLI and the demo data all use.

pub mod api;
#[cfg(feature = "ssr")]
mod store;
pub mod types;

pub use types::*;

// The face: what the team and admin pages, companies, the CLI and the demo
// data call. The store stays private.
#[cfg(feature = "ssr")]
pub use store::{
    check_new_person, company_members, create_active_user, invite, invite_in, member_from_row,
    partner_people_counts, set_password_hash, set_status, set_status_as, staff_members,
    team_counts, update_member, user_scope, NewPerson,
};
