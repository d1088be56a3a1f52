//! The home summary: one call, everything the first screen shows.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::shared::{AppError, CompanyStatus, CompanyType};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerHome {
    pub company_name: String,
    pub company_type: CompanyType,
    pub region: String,
    pub country: String,
    pub website: String,
    pub status: CompanyStatus,
    pub team_active: i64,
    pub team_invited: i64,
    pub managers: Vec<(String, String)>,
    pub is_admin: bool,
    pub deals: crate::features::deals::types::DealSummary,
    pub fund: crate::features::mdf::types::FundCard,
    /// The most recently changed open MDF requests (what needs the partner).
    pub mdf_open: Vec<crate::features::mdf::types::MdfRow>,
    /// The viewer's latest notifications: (title, link, time, unread).
    pub recent: Vec<(String, String, i64, bool)>,
    /// The company's tier and progress to the next one.
    pub tier: Option<crate::features::tiers::types::TierCard>,
    /// Rebates and commissions per currency (due = earned + approved).
    pub incentives: Vec<crate::features::tiers::types::IncentiveTotals>,
    /// This year's leaderboard position: (rank, of, points).
    pub rank: Option<(i64, i64, i64)>,
    /// The server's clock, so SLA texts agree between SSR and hydration.
    pub now: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VendorHome {
    pub companies_active: i64,
    pub companies_suspended: i64,
    pub partner_people_active: i64,
    pub invitations_pending: i64,
    pub is_admin: bool,
    pub deals: crate::features::deals::types::DealSummary,
    /// MDF requests, claims and payments waiting for the vendor.
    pub mdf_waiting: [i64; 3],
    /// Tier changes waiting for a decision.
    pub tier_changes: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HomeSummary {
    Partner(Box<PartnerHome>),
    Vendor(Box<VendorHome>),
}

#[server(endpoint = "home/summary")]
pub async fn load_home_summary() -> Result<HomeSummary, AppError> {
    use crate::server::errors::OrInternal;
    use crate::shared::Role;

    let cx = crate::server::guard::enter("home/summary").await?;
    let viewer = cx.user()?;
    let db = cx.db();
    if let Some(company_id) = viewer.company_id {
        let company = crate::features::companies::store::by_id(db, company_id)
            .await?
            .ok_or(AppError::NotFound)?;
        let counts = sqlx::query(
            "SELECT COALESCE(SUM(CASE WHEN status = 'active' THEN 1 ELSE 0 END), 0), \
             COALESCE(SUM(CASE WHEN status = 'invited' THEN 1 ELSE 0 END), 0) \
             FROM users WHERE company_id = $1",
        )
        .bind(company_id)
        .fetch_one(&db.pool)
        .await
        .or_internal()?;
        let managers = crate::features::companies::store::managers_for(db, company_id, true)
            .await?
            .into_iter()
            .map(|m| (m.name, m.email))
            .collect();
        let (tier, incentives, rank) =
            crate::features::tiers::store::home_parts(db, company_id).await?;
        return Ok(HomeSummary::Partner(Box::new(PartnerHome {
            company_name: company.name,
            company_type: company.company_type,
            region: company.region,
            country: company.country,
            website: company.website,
            status: company.status,
            team_active: crate::server::dialect::sum_to_i64(&counts, 0),
            team_invited: crate::server::dialect::sum_to_i64(&counts, 1),
            managers,
            is_admin: viewer.role == Role::PartnerAdmin,
            deals: crate::features::deals::store::summary(db, viewer).await?,
            fund: crate::features::mdf::store::fund_card(db, company_id).await?,
            mdf_open: crate::features::mdf::store::first_rows(db, viewer, &Default::default(), 5)
                .await?,
            recent: sqlx::query(
                "SELECT title, link, created_at, read_at FROM notifications WHERE user_id = $1 ORDER BY id DESC LIMIT 5",
            )
            .bind(viewer.user_id)
            .fetch_all(&db.pool)
            .await
            .or_internal()?
            .iter()
            .map(|r| {
                use sqlx::Row;
                (r.get(0), r.get(1), r.get(2), r.get::<Option<i64>, _>(3).is_none())
            })
            .collect(),
            tier,
            incentives,
            rank,
            now: crate::server::now_ms(),
        })));
    }
    let scoped = viewer.role != Role::VendorAdmin;
    let scope = if scoped {
        "c.id IN (SELECT company_id FROM manager_assignments WHERE manager_id = $1)"
    } else {
        "$1 = $1"
    };
    let companies = sqlx::query(&format!(
        "SELECT COALESCE(SUM(CASE WHEN c.status = 'active' THEN 1 ELSE 0 END), 0), \
         COALESCE(SUM(CASE WHEN c.status = 'suspended' THEN 1 ELSE 0 END), 0) FROM companies c WHERE {scope}"
    ))
    .bind(viewer.user_id)
    .fetch_one(&db.pool)
    .await
    .or_internal()?;
    // Partner people from `users_by_company_status` alone (joining every
    // user to its company read 100,000 rows and their companies: 25 ms).
    let people_scope = if scoped {
        "u.company_id IN (SELECT company_id FROM manager_assignments WHERE manager_id = $1)"
    } else {
        "u.company_id IS NOT NULL AND $1 = $1"
    };
    let people = sqlx::query(&format!(
        "SELECT COALESCE(SUM(CASE WHEN u.status = 'active' THEN 1 ELSE 0 END), 0), \
         COALESCE(SUM(CASE WHEN u.status = 'invited' THEN 1 ELSE 0 END), 0) \
         FROM users u WHERE {people_scope}"
    ))
    .bind(viewer.user_id)
    .fetch_one(&db.pool)
    .await
    .or_internal()?;
    Ok(HomeSummary::Vendor(Box::new(VendorHome {
        companies_active: crate::server::dialect::sum_to_i64(&companies, 0),
        companies_suspended: crate::server::dialect::sum_to_i64(&companies, 1),
        partner_people_active: crate::server::dialect::sum_to_i64(&people, 0),
        invitations_pending: crate::server::dialect::sum_to_i64(&people, 1),
        is_admin: viewer.role == Role::VendorAdmin,
        deals: crate::features::deals::store::summary(db, viewer).await?,
        mdf_waiting: crate::features::mdf::store::waiting(db, viewer).await?,
        tier_changes: crate::features::tiers::store::pending_count(db, viewer).await?,
    })))
}
