//! What the onboarding pages see.

use serde::{Deserialize, Serialize};

use super::rules::{ApplicationStatus, RevenueBand, Specialisation};
use crate::shared::page::Page;
use crate::shared::CompanyType;

/// The public form's signed clock (the minimum fill time is checked
/// against it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplyStamp {
    pub served_at: i64,
    pub served_sig: String,
}

/// A line of the vetting queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationRow {
    pub id: i64,
    pub status: ApplicationStatus,
    pub legal_name: String,
    pub country: String,
    pub partner_type: CompanyType,
    pub revenue_band: RevenueBand,
    pub contact_name: String,
    /// When it reached the queue (confirmed), or was decided.
    pub at: i64,
    /// Approved ones: how the company is getting on.
    pub progress: Option<Progress>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationList {
    pub status: ApplicationStatus,
    pub rows: Page<ApplicationRow>,
    pub pending: i64,
    pub approved: i64,
    pub declined: i64,
    /// The last 12 months of approvals and their ramp time.
    pub ramp: Vec<RampMonth>,
}

/// Why an application may be a company or person the vendor already has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DuplicateKind {
    /// A partner company with the same website domain.
    SameDomain,
    /// A partner company with a similar name.
    SimilarName,
    /// A person with an account under the contact's e-mail address.
    KnownPerson,
    /// Another application from the same domain or with the same name.
    OtherApplication,
}

impl DuplicateKind {
    pub fn label_key(self) -> &'static str {
        match self {
            DuplicateKind::SameDomain => crate::k!("app-dup-same-domain"),
            DuplicateKind::SimilarName => crate::k!("app-dup-similar-name"),
            DuplicateKind::KnownPerson => crate::k!("app-dup-known-person"),
            DuplicateKind::OtherApplication => crate::k!("app-dup-other-application"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Duplicate {
    pub kind: DuplicateKind,
    pub name: String,
    /// Where to look: the company's or the other application's page.
    pub href: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationDetail {
    pub id: i64,
    pub status: ApplicationStatus,
    pub legal_name: String,
    pub website: String,
    pub country: String,
    pub partner_type: CompanyType,
    pub specialisations: Vec<Specialisation>,
    pub revenue_band: RevenueBand,
    pub tax_id: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub message: String,
    pub created_at: i64,
    pub confirmed_at: Option<i64>,
    pub decided_at: Option<i64>,
    pub decided_by: Option<String>,
    pub decline_reason: String,
    pub company_id: Option<i64>,
    pub duplicates: Vec<Duplicate>,
    /// The approval form: the region suggested by the country, and the
    /// channel managers to assign (id, name), the viewer's own first when
    /// the viewer is one.
    pub suggested_region: String,
    pub managers: Vec<(i64, String)>,
}

/// The current program terms for the first screen (partners).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermsStatus {
    pub version: i64,
    pub title: String,
    /// The viewer's company accepted this version.
    pub accepted: bool,
    /// The viewer may accept for the company (a partner admin).
    pub can_accept: bool,
}

/// The current terms as a partner reads them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermsView {
    pub version: i64,
    pub title: String,
    /// Rendered from markdown and sanitised when published.
    pub body_html: String,
    pub published_at: i64,
    /// Who accepted it for the company, and when.
    pub accepted: Option<(String, i64)>,
    pub can_accept: bool,
}

/// A version in the staff's list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermsVersion {
    pub id: i64,
    pub version: i64,
    pub title: String,
    pub published_at: i64,
    pub published_by: Option<String>,
    /// Companies (of the viewer's) that accepted it.
    pub accepted: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermsAdmin {
    pub versions: Vec<TermsVersion>,
    /// Active companies the viewer looks after.
    pub companies: i64,
    /// The version whose acceptances are shown, and a page of them.
    pub shown: Option<i64>,
    pub acceptances: Option<Page<TermsAcceptance>>,
    pub can_publish: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermsAcceptance {
    pub company_id: i64,
    pub company_name: String,
    pub user_name: String,
    pub accepted_at: i64,
    pub ip: String,
}

/// A new partner's first steps (the first screen shows what is left).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checklist {
    pub terms: bool,
    pub colleagues: bool,
    pub first_deal: bool,
}

impl Checklist {
    pub fn done(&self) -> bool {
        self.terms && self.colleagues && self.first_deal
    }

    pub fn steps_done(&self) -> i64 {
        [self.terms, self.colleagues, self.first_deal]
            .iter()
            .filter(|d| **d)
            .count() as i64
    }
}

/// A month of approvals and how fast those partners registered a deal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RampMonth {
    pub month_start: i64,
    pub approved: i64,
    /// Of those approved, how many have registered a deal.
    pub registered: i64,
    /// Median days from approval to the first registration.
    pub median_days: Option<i64>,
}

/// An approved company's progress, on the staff's approved list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub company_id: i64,
    pub terms: bool,
    pub people: i64,
    /// Days from approval to the first registration.
    pub first_deal_days: Option<i64>,
}
