//! What the first screen shows: the partner's or the staff's summary.

use serde::{Deserialize, Serialize};

use crate::shared::{CompanyStatus, CompanyType};

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
    pub deals: crate::features::deals::DealSummary,
    /// Leads offered to the company and waiting for an answer.
    pub leads: crate::features::leads::LeadInbox,
    /// Whether the portal pulse asks this person now (once a quarter).
    #[serde(default)]
    pub pulse_due: bool,
    pub fund: crate::features::mdf::FundCard,
    /// The most recently changed open MDF requests (what needs the partner).
    pub mdf_open: Vec<crate::features::mdf::MdfRow>,
    /// The viewer's latest notifications: (title, link, time, unread).
    pub recent: Vec<(String, String, i64, bool)>,
    /// The company's tier and progress to the next one.
    pub tier: Option<crate::features::tiers::TierCard>,
    /// Rebates and commissions per currency (due = earned + approved).
    pub incentives: Vec<crate::features::tiers::IncentiveTotals>,
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
    pub deals: crate::features::deals::DealSummary,
    /// MDF requests, claims and payments waiting for the vendor.
    pub mdf_waiting: [i64; 3],
    /// Tier changes waiting for a decision.
    pub tier_changes: i64,
    /// Leads by stage in the staff member's scope.
    pub leads: crate::features::leads::LeadCounts,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum HomeSummary {
    Partner(Box<PartnerHome>),
    Vendor(Box<VendorHome>),
}
