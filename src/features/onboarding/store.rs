//! Onboarding's SQL, over its own table (`partner_applications`) and the
//! kernel's. Server only and private: other features see the face.

mod apply;
mod vetting;

pub use apply::*;
pub use vetting::*;

use sqlx::Row;

use super::rules::{ApplicationStatus, RevenueBand};
use super::types::ApplicationRow;
use crate::shared::CompanyType;

/// The columns [`row`] reads, from `partner_applications a`.
const ROW_COLUMNS: &str =
    "a.id, a.status, a.legal_name, a.country, a.partner_type, a.revenue_band, \
     a.contact_name, COALESCE(a.decided_at, a.confirmed_at, a.created_at)";

fn row(r: &sqlx::any::AnyRow) -> ApplicationRow {
    ApplicationRow {
        id: r.get(0),
        status: ApplicationStatus::parse(&r.get::<String, _>(1))
            .unwrap_or(ApplicationStatus::Pending),
        legal_name: r.get(2),
        country: r.get(3),
        partner_type: CompanyType::parse(&r.get::<String, _>(4)).unwrap_or(CompanyType::Reseller),
        revenue_band: RevenueBand::parse(&r.get::<String, _>(5)).unwrap_or(RevenueBand::Under1m),
        contact_name: r.get(6),
        at: r.get(7),
    }
}
