//! Onboarding pages: "become a partner" and its e-mail confirmation (public,
//! plain HTML forms that work the same with JavaScript on or off), and the
//! staff's vetting queue and application page.

mod apply;
mod checklist;
mod terms;
mod vetting;

pub use apply::{ApplyConfirmPage, ApplyPage};
pub use checklist::{ChecklistCard, RampCard};
pub use terms::{StaffTermsPage, TermsCard, TermsPage};
pub use vetting::{ApplicationPage, ApplicationsPage};

use super::rules::ApplicationStatus;

fn status_tone(s: ApplicationStatus) -> &'static str {
    match s {
        ApplicationStatus::Unconfirmed | ApplicationStatus::Pending => "warning",
        ApplicationStatus::Approved => "success",
        ApplicationStatus::Declined => "neutral",
    }
}
