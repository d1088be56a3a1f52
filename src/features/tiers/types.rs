//! What pages see of programs, tiers and incentives. A partner's types carry
//! only its own company's figures (and others' only where the program makes
//! the leaderboard public); vendor types are scoped by the store.

use serde::{Deserialize, Serialize};

use super::rules::{Benefits, IncentiveKind, IncentiveStatus, Metrics, Progress, RuleVersion};
use crate::shared::page::Page;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierRef {
    pub id: i64,
    pub name: String,
    pub rank: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramRef {
    pub id: i64,
    pub name: String,
    pub currency: String,
}

/// A tier with the rules in force now (for the ladder table).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LadderRow {
    pub tier: TierRef,
    pub rule: Option<RuleVersion>,
    pub current: bool,
}

/// What the partner's first screen shows of the tier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierCard {
    pub program: ProgramRef,
    pub tier: TierRef,
    pub since: i64,
    /// Set while the company is below its tier's requirements.
    pub grace_until: Option<i64>,
    pub benefits: Option<Benefits>,
    /// The next tier up and the company's progress towards it.
    pub next: Option<(TierRef, Vec<Progress>, Option<Benefits>)>,
    /// During grace: the current tier's requirements and progress.
    pub keep: Vec<Progress>,
    pub pending: Option<TierChangeRow>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierEventRow {
    pub kind: String,
    pub from: Option<String>,
    pub to: Option<String>,
    pub note: String,
    pub actor: Option<String>,
    pub at: i64,
}

/// A custom criterion of a tier and whether it is ticked for the company.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CriterionRow {
    pub tier_id: i64,
    pub tier_name: String,
    pub label: String,
    pub checked: bool,
}

/// A company's tier page (the partner's own; staff for companies in scope).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierStatus {
    pub company_id: i64,
    pub company_name: String,
    pub card: Option<TierCard>,
    pub metrics: Metrics,
    pub ladder: Vec<LadderRow>,
    pub history: Vec<TierEventRow>,
    pub criteria: Vec<CriterionRow>,
    pub evaluated_at: Option<i64>,
    /// Staff in scope: tick criteria, decide the pending change.
    pub can_manage: bool,
    /// Vendor admins: tiers a company can be put on directly.
    pub assign_options: Vec<(i64, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierChangeRow {
    pub id: i64,
    pub company_id: i64,
    pub company_name: String,
    pub from: String,
    pub to: String,
    pub up: bool,
    pub status: String,
    pub reason: String,
    pub proposed_at: i64,
    pub decided_at: Option<i64>,
    pub decision_note: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyTierRow {
    pub company_id: i64,
    pub company_name: String,
    pub region: String,
    pub tier: String,
    pub rank: i64,
    pub since: i64,
    pub grace_until: Option<i64>,
    pub qualifies: Option<String>,
}

/// Staff overview: distribution, changes waiting, companies by tier.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierBoard {
    /// (program, tier, companies) in rank order.
    pub distribution: Vec<(String, String, i64)>,
    pub pending: Vec<TierChangeRow>,
    pub in_grace: i64,
    pub companies: Page<CompanyTierRow>,
    pub tier_filter: Option<i64>,
    pub tiers: Vec<(i64, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramSettings {
    pub id: i64,
    pub name: String,
    pub currency: String,
    pub grace_days: i64,
    pub points_enabled: bool,
    pub points_registered: i64,
    pub points_won: i64,
    pub leaderboard_public: bool,
    pub is_default: bool,
    /// (currency, rate as text) into the program currency.
    pub rates: Vec<(String, String)>,
    pub companies: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierVersions {
    pub tier: TierRef,
    /// Newest first; the one in force now is flagged by id.
    pub versions: Vec<RuleVersion>,
    pub in_force: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProgramAdmin {
    pub program: ProgramSettings,
    pub tiers: Vec<TierVersions>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierAdmin {
    pub programs: Vec<ProgramAdmin>,
    pub today: String,
}

// ---------------------------------------------------------------------------
// Incentives

/// Sums per currency and status.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncentiveTotals {
    pub currency: String,
    pub earned: i64,
    pub approved: i64,
    pub paid: i64,
    pub clawed_back: i64,
}

impl IncentiveTotals {
    /// Earned or approved, not yet paid.
    pub fn due(&self) -> i64 {
        self.earned + self.approved
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncentiveRow {
    pub id: i64,
    pub company_id: i64,
    pub company_name: String,
    pub deal_id: i64,
    pub customer: String,
    pub kind: IncentiveKind,
    pub status: IncentiveStatus,
    pub currency: String,
    pub base_cents: i64,
    pub rate_bp: i64,
    pub amount_cents: i64,
    pub tier: String,
    pub earned_at: i64,
    pub payout_id: Option<i64>,
    pub paid_at: Option<i64>,
    pub clawback_reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardRow {
    pub rank: i64,
    /// None when the program hides other companies.
    pub company: Option<String>,
    pub points: i64,
    pub own: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Leaderboard {
    pub year: i64,
    pub public: bool,
    pub rows: Vec<BoardRow>,
    /// The viewer's company: (rank, of, points), partners only.
    pub own: Option<(i64, i64, i64)>,
}

/// The partner's money page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Earnings {
    pub totals: Vec<IncentiveTotals>,
    pub entries: Page<IncentiveRow>,
    pub leaderboard: Option<Leaderboard>,
    pub status_filter: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayoutRow {
    pub id: i64,
    pub status: String,
    pub note: String,
    pub created_by: String,
    pub created_at: i64,
    pub paid_at: Option<i64>,
    pub reference: String,
    pub entries: i64,
    /// (currency, total)
    pub totals: Vec<(String, i64)>,
}

/// The vendor admin's payout console.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PayoutConsole {
    /// Earned, not yet in a run, per currency.
    pub earned: Vec<IncentiveTotals>,
    pub entries: Page<IncentiveRow>,
    pub runs: Vec<PayoutRow>,
    pub run: Option<(PayoutRow, Vec<IncentiveRow>)>,
    pub companies: Vec<(i64, String)>,
    pub status_filter: Option<String>,
}
