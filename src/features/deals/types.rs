//! What pages see of deals. Partner-facing types never carry another
//! company's name, id or figures: conflicts reach partners as a reason only.

use serde::{Deserialize, Serialize};

use super::rules::{DealStatus, DealType, Stage};
use crate::shared::l10n::Msg;
use crate::shared::matcher::MatchReason;

pub use crate::shared::catalog::ProductRef;

/// What the registration form needs: the vendor's products and the
/// partner's defaults, plus the signed time the server rendered it (the
/// registration clock without JavaScript).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealFormInfo {
    pub products: Vec<ProductRef>,
    pub currency: String,
    pub country: String,
    pub company_name: String,
    pub served_at: i64,
    pub served_sig: String,
    pub median_approval_ms: Option<i64>,
    /// Set when the form edits an existing registration.
    pub edit: Option<EditDeal>,
    /// Set when the registration starts from a lead the vendor handed the
    /// partner: the form opens filled in from it.
    pub from_lead: Option<FromLead>,
}

/// The lead a registration starts from, as the form's values.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FromLead {
    pub lead_id: i64,
    pub values: Vec<(String, String)>,
    pub product_ids: Vec<i64>,
}

/// A possible conflict as the registering partner may see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictHint {
    pub reason: MatchReason,
    /// Set when the earlier registration is the partner's own company's.
    pub own_deal_id: Option<i64>,
}

/// A row of a deal list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealRow {
    pub id: i64,
    pub customer_name: String,
    pub status: DealStatus,
    pub stage: Stage,
    pub probability: i64,
    pub value_cents: i64,
    pub currency: String,
    pub close_date: i64,
    pub owner_name: String,
    /// Only filled for vendor staff.
    pub company_name: Option<String>,
    pub has_conflict: bool,
    pub submitted_at: Option<i64>,
    pub sla_due_at: Option<i64>,
    pub exclusive_until: Option<i64>,
    pub updated_at: i64,
}

/// Filters and order of a deal list, from the page's query string.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DealQuery {
    pub status: Option<String>,
    pub stage: Option<String>,
    /// Approved deals whose exclusivity ends within 30 days.
    pub expiring: bool,
    pub q: Option<String>,
    /// "updated", "value", "close", "customer".
    pub sort: Option<String>,
    pub asc: bool,
    pub page: Option<i64>,
}

/// Who did something to a deal, as the viewer may know them: partners
/// see vendor staff as "the vendor team", not by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Who {
    /// The portal itself (a job, an approval rule).
    System,
    VendorTeam,
    Person(String),
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealEvent {
    pub at: i64,
    pub actor: Who,
    pub kind: String,
    pub from_status: Option<DealStatus>,
    pub to_status: Option<DealStatus>,
    /// (field, before, after), values as stored: money as "<cents>
    /// <currency>", dates as "2027-03-31", stages and types by their stored
    /// names (older rows hold text).
    pub changes: Vec<(String, String, String)>,
    /// What a person wrote (a reason), or the text of an older row.
    pub note: String,
    /// What the portal said, rendered in the reader's language.
    pub note_msg: Option<Msg>,
}

/// The other side of a conflict, as vendor staff see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConflictSide {
    pub deal_id: i64,
    pub company_name: String,
    pub customer_name: String,
    pub customer_domain: String,
    pub status: DealStatus,
    pub value_cents: i64,
    pub currency: String,
    pub submitted_at: Option<i64>,
    pub products: Vec<String>,
    pub reason: MatchReason,
}

/// What the viewer may do with a deal now (computed by the server; the
/// server checks again on every call).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealActions {
    pub edit: bool,
    pub withdraw: bool,
    pub progress: bool,
    pub close: bool,
    pub request_extension: bool,
    pub decide: bool,
    pub decide_extension: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealDetail {
    pub id: i64,
    pub status: DealStatus,
    pub company_name: String,
    pub owner_name: String,
    pub customer_name: String,
    pub customer_domain: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub country: String,
    pub region: String,
    pub value_cents: i64,
    pub currency: String,
    pub close_date: i64,
    pub deal_type: DealType,
    pub stage: Stage,
    pub probability: i64,
    pub notes: String,
    pub products: Vec<ProductRef>,
    pub has_conflict: bool,
    pub second_partner: bool,
    /// Who decided (`None`: nobody yet).
    pub approver: Option<Who>,
    pub decision_reason: String,
    pub final_value_cents: Option<i64>,
    pub lost_reason: String,
    pub submitted_at: Option<i64>,
    pub decided_at: Option<i64>,
    pub sla_due_at: Option<i64>,
    pub exclusive_until: Option<i64>,
    pub extension: String,
    pub extension_reason: String,
    pub registration_ms: Option<i64>,
    /// The vendor's lead it was registered from (vendor-sourced).
    pub lead_id: Option<i64>,
    pub created_at: i64,
    pub events: Vec<DealEvent>,
    /// Why this registration looked like an earlier one (no names).
    pub conflict_reasons: Vec<MatchReason>,
    /// Vendor staff only: the other registrations in conflict.
    pub conflicts: Vec<ConflictSide>,
    pub actions: DealActions,
    pub now: i64,
}

/// A pending registration in the approval queue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueItem {
    pub id: i64,
    pub company_name: String,
    pub customer_name: String,
    pub value_cents: i64,
    pub currency: String,
    pub has_conflict: bool,
    pub submitted_at: i64,
    pub sla_due_at: i64,
    pub escalated: bool,
    pub route: String,
    pub kind: String,
}

/// Deal figures for the first screen, within the viewer's scope. Money is
/// per currency: amounts in different currencies are never added up.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealSummary {
    pub pending: i64,
    pub returned: i64,
    pub approved: i64,
    pub expiring: i64,
    pub overdue: i64,
    pub pipeline: Vec<(String, i64)>,
    pub won_ytd: Vec<(String, i64)>,
    /// Won from 1 January last year to this day last year.
    pub won_last_ytd: Vec<(String, i64)>,
    /// Open registrations (pending or approved).
    pub open_count: i64,
    /// Open pipeline by stage and currency, in stage order.
    pub by_stage: Vec<StageTotal>,
    /// What needs the partner now, most urgent first (partners only).
    pub attention: Vec<Attention>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageTotal {
    pub stage: Stage,
    pub count: i64,
    pub currency: String,
    pub value_cents: i64,
}

/// The attention list shows at most this many deals of each kind, the most
/// urgent first; the home's figure counts them all.
pub const ATTENTION_EACH: i64 = 5;

/// The echoed value of a registration refused as a duplicate: the id of the
/// company's earlier deal, which the form links to.
pub const DUPLICATE_OF: &str = "duplicate_of";

impl DealSummary {
    /// How many registrations need the partner: returned with questions,
    /// pending approval, and exclusivity ending within 30 days (the kinds
    /// of the attention list, which shows the most urgent few of each).
    pub fn attention_total(&self) -> i64 {
        self.returned + self.pending + self.expiring
    }
}

/// A registration that needs the partner: exclusivity ending within 30
/// days ("expiring"), questions from the vendor ("returned"), or waiting
/// for approval with its SLA clock ("pending").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attention {
    pub deal_id: i64,
    pub customer_name: String,
    pub kind: String,
    pub due: Option<i64>,
}

/// A registration being edited: its current values keyed like the form.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditDeal {
    pub id: i64,
    pub status: DealStatus,
    pub values: Vec<(String, String)>,
    pub product_ids: Vec<i64>,
}

impl EditDeal {
    pub fn value(&self, name: &str) -> Option<String> {
        self.values
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    }
}

/// Registration-time and approval analytics for vendor staff.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealAnalytics {
    pub window_days: i64,
    pub registrations: i64,
    pub timed: i64,
    pub registration_median_ms: Option<i64>,
    pub registration_p90_ms: Option<i64>,
    /// Share of timed registrations under 90 s, in percent.
    pub under_90s_pct: Option<i64>,
    pub decisions: i64,
    pub approval_median_ms: Option<i64>,
    pub approval_p90_ms: Option<i64>,
    pub conflicts: i64,
    /// Registrations with a conflict, in tenths of a percent.
    pub conflict_rate_permille: Option<i64>,
    pub per_company: Vec<CompanyTiming>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyTiming {
    pub company_id: i64,
    pub company_name: String,
    pub registrations: i64,
    pub median_ms: Option<i64>,
    pub p90_ms: Option<i64>,
}

/// The deal program as a vendor admin configures it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DealConfig {
    pub exclusivity_days: i64,
    pub sla_hours: i64,
    pub extension_days: i64,
    pub reminder_days: String,
    pub rules: Vec<super::rules::Rule>,
    pub products: Vec<ProductAdmin>,
    /// (id, name) of partner companies, for rule conditions.
    pub companies: Vec<(i64, String)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductAdmin {
    pub id: i64,
    pub sku: String,
    pub name: String,
    pub active: bool,
    pub deals: i64,
}
