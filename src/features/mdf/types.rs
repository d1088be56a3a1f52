//! What pages see of market development funds. A partner's types carry
//! only its own company's money; vendor types are scoped by the store.

use serde::{Deserialize, Serialize};

use super::rules::{ActivityType, Balance, MdfStatus};
use crate::shared::l10n::Msg;

/// The program's MDF rules, with their defaults.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MdfSettings {
    /// "quarter" or "year".
    pub period_kind: String,
    /// Days after the activity's end to file a claim.
    pub claim_days: i64,
    /// The largest share of the cost reimbursed (100, or e.g. 50 for co-op).
    pub max_percent: i64,
    /// Unused funds expire when their period ends.
    pub expire_funds: bool,
    /// Hours to decide a request or a claim before it is escalated.
    pub sla_hours: i64,
}

impl Default for MdfSettings {
    fn default() -> Self {
        MdfSettings {
            period_kind: "quarter".into(),
            claim_days: 60,
            max_percent: 100,
            expire_funds: true,
            sla_hours: 48,
        }
    }
}

/// A company's funds for the current period: the balance card.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FundCard {
    /// None when nothing is allocated for the current period.
    pub period: Option<String>,
    pub currency: String,
    pub balance: Balance,
    /// Requested in requests still waiting for approval.
    pub pending: i64,
    /// What a new request may ask for: available minus pending.
    pub requestable: i64,
    /// When the period's unused funds expire (if they do).
    pub expires_at: Option<i64>,
    /// Approved activities whose claim is due within 14 days.
    pub claims_due_soon: i64,
}

/// What the request form needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MdfFormInfo {
    pub company_name: String,
    pub fund: FundCard,
    pub max_percent: i64,
    pub claim_days: i64,
    pub served_at: i64,
    pub served_sig: String,
    /// Set when the form changes a returned request.
    pub edit: Option<EditRequest>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditRequest {
    pub id: i64,
    pub decision_reason: String,
    pub values: Vec<(String, String)>,
}

impl EditRequest {
    pub fn value(&self, name: &str) -> Option<String> {
        self.values
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

/// A row of a request list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MdfRow {
    pub id: i64,
    pub title: String,
    pub activity_type: ActivityType,
    pub status: MdfStatus,
    pub currency: String,
    pub requested_cents: i64,
    pub approved_cents: Option<i64>,
    pub claim_approved_cents: Option<i64>,
    pub starts_on: i64,
    pub ends_on: i64,
    pub claim_due_at: Option<i64>,
    pub sla_due_at: Option<i64>,
    /// Only filled for vendor staff.
    pub company_name: Option<String>,
    pub owner_name: String,
    pub updated_at: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MdfQuery {
    /// "open" (default), "all", or one status.
    pub status: Option<String>,
    pub page: Option<i64>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MdfEvent {
    pub at: i64,
    /// None when the portal itself acted (a job).
    pub actor_name: Option<String>,
    pub kind: String,
    pub to_status: Option<MdfStatus>,
    pub amount_cents: Option<i64>,
    /// What a person wrote (a reason), or the English of `note_msg`.
    pub note: String,
    /// The note the portal wrote, as a message in the reader's language.
    pub note_msg: Option<Msg>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MdfFile {
    pub id: i64,
    pub file_name: String,
    pub kind: String,
    pub size_bytes: i64,
    pub uploaded_by: String,
    pub created_at: i64,
}

/// A deal of the partner's company an activity can be linked to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealOption {
    pub id: i64,
    pub customer_name: String,
    pub status: String,
    pub value_cents: i64,
    pub currency: String,
}

/// What the viewer may do with a request now.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MdfActions {
    pub decide: bool,
    pub edit: bool,
    pub cancel: bool,
    pub claim: bool,
    pub review_claim: bool,
    pub reimburse: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MdfDetail {
    pub id: i64,
    pub title: String,
    pub activity_type: ActivityType,
    pub status: MdfStatus,
    pub description: String,
    pub company_name: String,
    pub owner_name: String,
    pub period: String,
    pub currency: String,
    pub starts_on: i64,
    pub ends_on: i64,
    pub total_cost_cents: i64,
    pub requested_cents: i64,
    pub contribution_cents: i64,
    pub expected_leads: i64,
    pub expected_pipeline_cents: i64,
    pub max_percent: i64,
    pub approved_cents: Option<i64>,
    pub decision_reason: String,
    pub decided_at: Option<i64>,
    pub claim_due_at: Option<i64>,
    pub actual_cost_cents: Option<i64>,
    pub actual_leads: Option<i64>,
    pub claim_notes: String,
    pub claimed_cents: Option<i64>,
    pub claim_submitted_at: Option<i64>,
    pub claim_approved_cents: Option<i64>,
    pub claim_reason: String,
    pub payment_reference: String,
    pub paid_on: Option<i64>,
    pub submitted_at: i64,
    pub sla_due_at: Option<i64>,
    pub request_ms: Option<i64>,
    /// The balance of the fund the request draws on (vendor staff decide
    /// with it in view; partners see their own).
    pub fund: Balance,
    pub files: Vec<MdfFile>,
    pub deals: Vec<DealOption>,
    /// The company's deals a claim can link (only while the claim is open).
    pub deal_options: Vec<DealOption>,
    pub events: Vec<MdfEvent>,
    pub actions: MdfActions,
    pub version: i64,
    /// The server's clock when read (so SSR and hydration agree).
    pub now: i64,
}

/// A row of the vendor's queues.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MdfQueueItem {
    pub id: i64,
    pub title: String,
    pub company_name: String,
    pub activity_type: ActivityType,
    pub status: MdfStatus,
    pub currency: String,
    /// Requested, claimed, or approved for payment, by queue.
    pub amount_cents: i64,
    pub since: i64,
    pub sla_due_at: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MdfQueue {
    pub requests: Vec<MdfQueueItem>,
    pub claims: Vec<MdfQueueItem>,
    pub payments: Vec<MdfQueueItem>,
    pub now: i64,
}

/// Money of a group of funds (a region, a company, everything).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetRow {
    pub label: String,
    pub currency: String,
    pub balance: Balance,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetOverview {
    pub period: String,
    /// Periods that have funds, newest first (at most 12).
    pub periods: Vec<String>,
    pub totals: Vec<BudgetRow>,
    pub regions: Vec<BudgetRow>,
    pub companies: crate::shared::page::Page<BudgetRow>,
}

/// Return on MDF: what linked deals brought per unit of money spent.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoiRow {
    pub label: String,
    pub currency: String,
    pub activities: i64,
    /// Approved claims (paid or awaiting payment).
    pub spent_cents: i64,
    pub leads: i64,
    pub deals: i64,
    /// Open linked deals (submitted or approved) at their estimated value.
    pub pipeline_cents: i64,
    pub won_cents: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoiReport {
    pub by_company: Vec<RoiRow>,
    pub by_activity: Vec<RoiRow>,
}

/// One line of an allocation upload as the preview shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewRow {
    pub line: usize,
    pub company: String,
    pub period: String,
    pub amount_cents: i64,
    pub currency: String,
    pub note: String,
    pub errors: Vec<Msg>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllocationPreview {
    pub batch_id: i64,
    pub file_name: String,
    /// The CSV as uploaded, to correct and upload again.
    pub body: String,
    /// A problem with the file as a whole (no header, too many rows).
    pub error: Option<Msg>,
    pub rows: Vec<PreviewRow>,
    pub applied: bool,
}

impl AllocationPreview {
    pub fn valid(&self) -> bool {
        self.error.is_none()
            && !self.rows.is_empty()
            && self.rows.iter().all(|r| r.errors.is_empty())
    }
}

/// A partner company to allocate funds to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyOption {
    pub id: i64,
    pub name: String,
}
