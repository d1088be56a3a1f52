//! The first screen, put together from the other features' faces (no SQL
//! of its own): the partner's company, team, managers, deals, funds, tier,
//! earnings and latest notifications; or, for vendor staff, the program
//! they run.

use super::types::{HomeSummary, PartnerHome, VendorHome};
use crate::features::{accounts, companies, deals, leads, mdf, notifications, tiers};
use crate::server::db::Db;
use crate::shared::{AppError, Role, Viewer};

/// Everything the viewer's first screen shows, in one call.
pub async fn summary(db: &Db, viewer: &Viewer) -> Result<HomeSummary, AppError> {
    let Some(company_id) = viewer.company_id else {
        return vendor(db, viewer).await;
    };
    let company = companies::by_id(db, company_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (team_active, team_invited) = accounts::team_counts(db, company_id).await?;
    let managers = companies::managers_for(db, company_id, true)
        .await?
        .into_iter()
        .map(|m| (m.name, m.email))
        .collect();
    let (tier, incentives, rank) = tiers::home_parts(db, company_id).await?;
    Ok(HomeSummary::Partner(Box::new(PartnerHome {
        company_name: company.name,
        company_type: company.company_type,
        region: company.region,
        country: company.country,
        website: company.website,
        status: company.status,
        team_active,
        team_invited,
        managers,
        is_admin: viewer.role == Role::PartnerAdmin,
        deals: deals::summary(db, viewer).await?,
        leads: leads::inbox(db, viewer).await?,
        pulse_due: crate::features::pulse::due(db, viewer).await?,
        fund: mdf::fund_card(db, company_id).await?,
        mdf_open: mdf::first_rows(db, viewer, &Default::default(), 5).await?,
        recent: notifications::recent(db, viewer.user_id, 5)
            .await?
            .into_iter()
            .map(|n| (n.title_text(), n.link, n.created_at, n.unread))
            .collect(),
        tier,
        incentives,
        rank,
        now: crate::server::now_ms(),
    })))
}

/// The staff's first screen: the companies and people they look after and
/// what waits for them.
async fn vendor(db: &Db, viewer: &Viewer) -> Result<HomeSummary, AppError> {
    let (companies_active, companies_suspended) = companies::status_counts(db, viewer).await?;
    let (partner_people_active, invitations_pending) =
        accounts::partner_people_counts(db, viewer).await?;
    Ok(HomeSummary::Vendor(Box::new(VendorHome {
        companies_active,
        companies_suspended,
        partner_people_active,
        invitations_pending,
        is_admin: viewer.role == Role::VendorAdmin,
        deals: deals::summary(db, viewer).await?,
        mdf_waiting: mdf::waiting(db, viewer).await?,
        tier_changes: tiers::pending_count(db, viewer).await?,
        leads: leads::staff_counts(
            db,
            viewer,
            crate::shared::time::year_start(crate::server::now_ms()),
        )
        .await?,
    })))
}
