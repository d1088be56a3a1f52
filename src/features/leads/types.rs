//! What pages see of leads. Before a partner accepts an offered lead its
//! types carry no customer, contact, value or notes (the store leaves them
//! out; they are `None` here), only region, product interest, size band and
//! source.

use serde::{Deserialize, Serialize};

use super::rules::{LeadSource, LeadStatus, SizeBand, Strategy};
use crate::shared::l10n::Msg;

/// Where a lead CSV file is uploaded (a plain multipart route).
pub const UPLOAD_LEADS: &str = "/api/leads/import/upload";

/// The staff's lead figures as CSV (a plain GET route).
pub const FIGURES_CSV: &str = "/api/leads/figures/export";

/// One line of a lead CSV as the preview shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadPreviewRow {
    pub line: usize,
    pub company: String,
    pub region: String,
    pub contact: String,
    /// Each problem with the column it is in.
    pub errors: Vec<(String, Msg)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadPreview {
    pub batch_id: i64,
    pub file_name: String,
    pub body: String,
    /// A problem with the file as a whole (no header, too many lines).
    pub error: Option<Msg>,
    pub rows: Vec<LeadPreviewRow>,
    pub applied: bool,
}

impl LeadPreview {
    pub fn valid(&self) -> bool {
        self.error.is_none()
            && !self.rows.is_empty()
            && self.rows.iter().all(|r| r.errors.is_empty())
    }
}

/// A row of a lead list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadRow {
    pub id: i64,
    pub status: LeadStatus,
    /// None while the viewer may not see it (an offer not yet accepted).
    pub customer_name: Option<String>,
    pub region: String,
    pub country: String,
    pub product_name: Option<String>,
    pub size: SizeBand,
    pub source: LeadSource,
    /// The holding company (vendor staff only).
    pub company_name: Option<String>,
    pub assignee_name: Option<String>,
    pub offer_due_at: Option<i64>,
    /// Held in the queue for another partner's registration.
    pub held: bool,
    pub updated_at: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LeadQuery {
    /// "open" (default), "queue", "offered", "worked", "closed", "all" or
    /// one status.
    pub status: Option<String>,
    pub page: Option<i64>,
}

/// The contact a lead came with (shown after acceptance).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub title: String,
}

/// One move in a lead's history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadEvent {
    pub at: i64,
    /// None when the portal acted (distribution, the offer job).
    pub actor_name: Option<String>,
    pub to_status: Option<LeadStatus>,
    /// What happened, in the reader's language.
    pub says: Msg,
    /// What a person wrote with it.
    pub note: String,
}

/// What the viewer may do with a lead now.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadActions {
    /// Accept or reject the offer.
    pub answer: bool,
    /// Mark contacted / qualified.
    pub contacted: bool,
    pub qualified: bool,
    /// Open the registration form prefilled from the lead.
    pub convert: bool,
    pub disqualify: bool,
    pub give_back: bool,
    /// A partner admin hands the lead to a colleague.
    pub assign_colleague: bool,
    /// Staff offer it to a company of their choice, or let the rules.
    pub staff_assign: bool,
    /// Staff close a lead nobody will work.
    pub staff_close: bool,
}

/// Another partner's active registration of the lead's customer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeldFor {
    pub deal_id: i64,
    pub company_name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadDetail {
    pub id: i64,
    pub version: i64,
    pub status: LeadStatus,
    pub customer_name: Option<String>,
    pub customer_domain: Option<String>,
    pub contact: Option<Contact>,
    pub notes: Option<String>,
    pub value_cents: Option<i64>,
    pub currency: String,
    pub size: SizeBand,
    pub region: String,
    pub country: String,
    pub product_name: Option<String>,
    pub source: LeadSource,
    pub company_name: Option<String>,
    pub assignee_name: Option<String>,
    pub rule_name: Option<String>,
    pub offered_at: Option<i64>,
    pub offer_due_at: Option<i64>,
    pub accepted_at: Option<i64>,
    pub close_reason: String,
    pub converted_deal_id: Option<i64>,
    pub held: Option<HeldFor>,
    pub created_at: i64,
    pub events: Vec<LeadEvent>,
    pub actions: LeadActions,
    /// Colleagues a partner admin may hand the lead to: (user id, name).
    pub colleagues: Vec<(i64, String)>,
    /// Companies staff may offer it to: (id, name), in their scope.
    pub companies: Vec<(i64, String)>,
    /// The server's clock when read (so SSR and hydration agree).
    pub now: i64,
}

/// What the new-lead form offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadFormInfo {
    pub products: Vec<(i64, String)>,
    pub currency: String,
}

/// The partner's waiting offers, for the first screen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadInbox {
    pub waiting: i64,
    /// The soonest acceptance deadline among them.
    pub next_due_at: Option<i64>,
    pub working: i64,
}

/// The staff's leads at a glance (their first screen), in their scope.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadCounts {
    /// Waiting for staff: unplaced, held, or given back.
    pub queue: i64,
    /// Offered and waiting for the partner's answer.
    pub offered: i64,
    pub worked: i64,
    /// Registered as deals since the start of the year (UTC).
    pub converted_ytd: i64,
}

/// A distribution rule as the admin page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadRuleRow {
    pub id: i64,
    pub position: i64,
    pub name: String,
    pub region: Option<String>,
    pub country: Option<String>,
    pub product_name: Option<String>,
    pub tier_name: Option<String>,
    pub company_type: Option<String>,
    pub strategy: Strategy,
    pub company_name: Option<String>,
    pub accept_hours: i64,
    pub active: bool,
}

/// The rules page: the rules in order, and what their form offers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadRules {
    pub rules: Vec<LeadRuleRow>,
    pub products: Vec<(i64, String)>,
    pub tiers: Vec<(i64, String)>,
    pub companies: Vec<(i64, String)>,
}

/// The periods the staff's lead figures offer, in days back from now.
pub const FIGURE_PERIODS: &[i64] = &[30, 90, 365];
pub const DEFAULT_FIGURE_DAYS: i64 = 90;
/// Partners a breakdown lists on the page (the CSV holds every one).
pub const FIGURE_PARTNERS_SHOWN: usize = 25;
/// Acceptances the time-to-accept figures read at most (the newest of the
/// period): enough for a median within a percent.
pub const ACCEPT_SAMPLE: i64 = 10_000;

/// One line of the lead figures: a partner, a region, a source, or all.
/// Offers, answers and time to accept count what happened in the period;
/// conversions and revenue follow the leads accepted in it, whenever they
/// converted or were won.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadFigureRow {
    /// The company id, region key or source name.
    pub key: String,
    /// The company's name (partner lines only).
    pub name: String,
    pub offered: i64,
    pub accepted: i64,
    pub rejected: i64,
    pub timed_out: i64,
    pub accept_median_ms: Option<i64>,
    /// Of the accepted: registered as deals.
    pub converted: i64,
    /// Of the converted: deals won in the figures' currency, and their value.
    pub won_deals: i64,
    pub won_cents: i64,
}

impl LeadFigureRow {
    /// Offers answered: accepted, rejected, or left to run out.
    pub fn answered(&self) -> i64 {
        self.accepted + self.rejected + self.timed_out
    }

    /// Accepted of answered, in tenths of a percent.
    pub fn acceptance_permille(&self) -> Option<i64> {
        let n = self.answered();
        (n > 0).then(|| self.accepted * 1000 / n)
    }

    /// Converted of accepted, in tenths of a percent.
    pub fn conversion_permille(&self) -> Option<i64> {
        (self.accepted > 0).then(|| self.converted * 1000 / self.accepted)
    }
}

/// The staff's lead figures for a period.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadFigures {
    pub days: i64,
    pub currency: String,
    pub currencies: Vec<String>,
    /// The period, ms since the epoch (`to` is now).
    pub from: i64,
    pub to: i64,
    pub total: LeadFigureRow,
    pub accept_p90_ms: Option<i64>,
    /// Acceptances the times were read from (at most [`ACCEPT_SAMPLE`]).
    pub sampled: i64,
    /// Most offers first.
    pub by_partner: Vec<LeadFigureRow>,
    pub by_region: Vec<LeadFigureRow>,
    pub by_source: Vec<LeadFigureRow>,
}

#[cfg(test)]
mod figure_tests {
    use super::LeadFigureRow;

    /// Acceptance counts every answer, a timeout included; conversion is of
    /// the accepted; nothing to divide gives no rate rather than zero.
    #[test]
    fn rates() {
        let r = LeadFigureRow {
            offered: 10,
            accepted: 3,
            rejected: 4,
            timed_out: 1,
            converted: 2,
            ..Default::default()
        };
        assert_eq!(r.answered(), 8);
        assert_eq!(r.acceptance_permille(), Some(375));
        assert_eq!(r.conversion_permille(), Some(666));
        let none = LeadFigureRow {
            offered: 2,
            ..Default::default()
        };
        assert_eq!(none.acceptance_permille(), None);
        assert_eq!(none.conversion_permille(), None);
    }
}
