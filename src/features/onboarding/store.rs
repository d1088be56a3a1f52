//! Onboarding's SQL, over its own table (`partner_applications`) and the
//! kernel's. Server only and private: other features see the face.

mod apply;
mod ramp;
mod vetting;

pub use apply::*;
pub use ramp::*;
pub use vetting::*;

use sqlx::Row;

use super::rules::{ApplicationStatus, RevenueBand};
use super::types::{ApplicationRow, Progress};
use crate::shared::CompanyType;

/// The columns [`row`] reads, from `partner_applications a`.
const ROW_COLUMNS: &str =
    "a.id, a.status, a.legal_name, a.country, a.partner_type, a.revenue_band, \
     a.contact_name, COALESCE(a.decided_at, a.confirmed_at, a.created_at), a.company_id, \
     (SELECT COUNT(*) FROM users u WHERE u.company_id = a.company_id AND u.status <> 'disabled'), \
     CASE WHEN EXISTS (SELECT 1 FROM terms_acceptances ta WHERE ta.company_id = a.company_id \
       AND ta.terms_id = (SELECT MAX(id) FROM program_terms)) THEN 1 ELSE 0 END, \
     a.first_deal_at - a.decided_at";

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
        progress: r.get::<Option<i64>, _>(8).map(|company_id| Progress {
            company_id,
            people: r.get(9),
            terms: r.get::<i64, _>(10) == 1,
            first_deal_days: r
                .get::<Option<i64>, _>(11)
                .map(|ms| ms.max(0) / crate::shared::time::DAY_MS),
        }),
    }
}
