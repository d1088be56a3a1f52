//! What the vendor dashboard sends to the page: figures only, no rows.

use serde::{Deserialize, Serialize};

use crate::shared::l10n::{L10n, Msg};

/// The filters as the server understood them (echoed to fill the form).
/// How many registrations the timing figures read at most (the newest of
/// the window): percentiles need the values, and 10,000 of them give the
/// median and p90 to well within a percent while a year at 1 M deals
/// holds some 300,000.
pub const TIMING_SAMPLE: i64 = 10_000;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardFilter {
    pub preset: String,
    /// First and last day, inclusive, `YYYY-MM-DD`.
    pub from: String,
    pub to: String,
    pub region: String,
    pub tier_id: Option<i64>,
    pub manager_id: Option<i64>,
    pub currency: String,
}

impl DashboardFilter {
    /// The filter as a query string (for export links and chart links).
    pub fn query(&self) -> String {
        let mut parts = vec![
            format!("period={}", self.preset),
            format!("currency={}", self.currency),
        ];
        if self.preset == "custom" {
            parts.push(format!("from={}", self.from));
            parts.push(format!("to={}", self.to));
        }
        if !self.region.is_empty() {
            parts.push(format!("region={}", encode(&self.region)));
        }
        if let Some(t) = self.tier_id {
            parts.push(format!("tier={t}"));
        }
        if let Some(m) = self.manager_id {
            parts.push(format!("manager={m}"));
        }
        parts.join("&")
    }
}

/// Percent-encodes a query value (regions are free text).
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// What the filter form offers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilterOptions {
    pub regions: Vec<String>,
    /// (tier id, "Program: Tier").
    pub tiers: Vec<(i64, String)>,
    /// Channel managers (vendor admins only; a manager sees their own).
    pub managers: Vec<(i64, String)>,
    pub currencies: Vec<String>,
}

/// One bar or row: a label, an amount (money in minor units, or a count)
/// and how many deals it holds. `link` is the page behind it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slice {
    /// A name from the data (a company, a tier, a region); empty when
    /// `msg` names the row.
    pub label: String,
    /// The row's name as a message ("No tier", "Other partners (3)", a
    /// chart bucket), rendered in the reader's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<Msg>,
    pub value: i64,
    pub count: i64,
    pub link: Option<String>,
}

impl Slice {
    /// The row's name in the reader's language.
    pub fn name(&self, l: &L10n) -> String {
        match &self.msg {
            Some(m) => l.msg(m),
            None => self.label.clone(),
        }
    }

    /// The row with its name rendered into `label`.
    pub fn named(mut self, l: &L10n) -> Slice {
        if let Some(m) = self.msg.take() {
            self.label = l.msg(&m);
        }
        self
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revenue {
    /// Won value per bucket of the window, labelled by its first day.
    pub series: Vec<Slice>,
    /// "week" or "month".
    pub bucket: String,
    pub total: i64,
    pub deals: i64,
    /// The same length of time just before the window.
    pub previous_total: i64,
    /// The ten companies with the most won revenue, then "Other partners".
    pub by_company: Vec<Slice>,
    pub companies_with_revenue: i64,
    /// By the company's current tier ("No tier" for companies outside a program).
    pub by_tier: Vec<Slice>,
    /// By the partner company's region.
    pub by_region: Vec<Slice>,
}

/// Registrations submitted in the window and where they got to.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Funnel {
    pub submitted: i64,
    /// Approved at some point (still approved, won, lost, expired, or
    /// withdrawn after approval).
    pub approved: i64,
    pub won: i64,
    pub lost: i64,
    pub rejected: i64,
    /// Still waiting for a decision.
    pub pending: i64,
    pub conflicts: i64,
}

impl Funnel {
    /// Share in tenths of a percent; `None` without registrations.
    pub fn permille(&self, n: i64) -> Option<i64> {
        (self.submitted > 0).then(|| n * 1000 / self.submitted)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timing {
    /// Registrations with a measured form time.
    pub timed: i64,
    pub registration_median_ms: Option<i64>,
    pub registration_p90_ms: Option<i64>,
    /// Share of timed registrations under 90 s, in percent.
    pub under_90s_pct: Option<i64>,
    /// Decisions made by a person (auto-approvals excluded).
    pub decisions: i64,
    pub approval_median_ms: Option<i64>,
    pub approval_p90_ms: Option<i64>,
    /// Decisions within the SLA, in percent.
    pub within_sla_pct: Option<i64>,
    /// How many of the window's registrations these figures read (the
    /// newest [`TIMING_SAMPLE`] at most).
    pub sampled: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MdfFigures {
    /// Funds whose period starts in the window.
    pub funds: i64,
    pub allocated: i64,
    pub available: i64,
    pub committed: i64,
    pub claimed: i64,
    pub paid: i64,
    pub expired: i64,
    pub requests: i64,
    /// Approved claims (claim approved or reimbursed) and the won value
    /// of the deals linked to them, in the dashboard's currency.
    pub claims_approved: i64,
    pub linked_won: i64,
    /// Won revenue per unit of approved claim money, times 100.
    pub roi_x100: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TierFigures {
    /// ("Program: Tier", companies) in rank order.
    pub distribution: Vec<Slice>,
    pub pending_up: i64,
    pub pending_down: i64,
    pub in_grace: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Activity {
    pub companies: i64,
    /// Companies with a partner user signed in within 30 days.
    pub active_companies: i64,
    pub users: i64,
    pub active_users: i64,
    /// Companies that registered a deal in the window.
    pub registering_companies: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeaderRow {
    pub rank: i64,
    pub company_id: i64,
    pub company: String,
    pub points: i64,
    pub won: i64,
}

/// Won revenue (in the window) and open pipeline (now) by who found the
/// deal: the partner on its own, or the vendor with a lead it handed out.
/// Money in the dashboard's currency.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sourcing {
    pub partner_won: i64,
    pub partner_won_deals: i64,
    pub vendor_won: i64,
    pub vendor_won_deals: i64,
    pub partner_open: i64,
    pub partner_open_deals: i64,
    pub vendor_open: i64,
    pub vendor_open_deals: i64,
}

impl Sourcing {
    /// The vendor-sourced share of `vendor` within `vendor + partner`, in
    /// tenths of a percent; `None` when both are zero.
    pub fn vendor_permille(vendor: i64, partner: i64) -> Option<i64> {
        let total = vendor + partner;
        (total > 0).then(|| vendor * 1000 / total)
    }
}

/// The seed's success measures: partner revenue per active portal user
/// (by tier), the productive tier (the companies that together bring 80 %
/// of the trailing twelve months' won revenue) and its portal NPS, each
/// with the same figure for the period before. Money in the dashboard's
/// currency.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Measures {
    /// Partner users who used the portal in the window.
    pub active_users: i64,
    pub previous_active_users: i64,
    /// Won revenue of the window per active user (`None` without users).
    pub revenue_per_user: Option<i64>,
    pub previous_revenue_per_user: Option<i64>,
    /// Per tier: `value` won revenue, `count` active users.
    pub by_tier: Vec<Slice>,
    /// Companies in the productive tier, and of how many with won revenue
    /// in the trailing twelve months (of how many selected).
    pub productive_companies: i64,
    pub companies_with_revenue: i64,
    /// The productive tier's share of the trailing twelve months' won
    /// revenue, in tenths of a percent (80 % or just above).
    pub productive_revenue_permille: Option<i64>,
    /// The largest of them (id, name), at most ten.
    pub productive_top: Vec<(i64, String)>,
    /// Net promoter score of the pulse answers in the window: the
    /// productive tier's, everyone's, and the productive tier's before.
    pub nps_productive: Option<i64>,
    pub nps_productive_answers: i64,
    pub nps_all: Option<i64>,
    pub nps_all_answers: i64,
    pub previous_nps_productive: Option<i64>,
    /// The newest pulse comments of the window from the selected
    /// companies: (company, score, comment, when).
    #[serde(default)]
    pub comments: Vec<(String, i64, String, i64)>,
}

impl Measures {
    /// Won revenue per active user, in minor units.
    pub fn per_user(revenue: i64, users: i64) -> Option<i64> {
        (users > 0).then(|| revenue / users)
    }
}

/// The productive tier's threshold: the share of won revenue its
/// companies bring together, in tenths of a percent.
pub const PRODUCTIVE_SHARE_PERMILLE: i64 = 800;

/// The companies that together bring [`PRODUCTIVE_SHARE_PERMILLE`] of the
/// revenue: the largest first, until their sum reaches the share (a tie at
/// the edge is broken by the order given). `revenues` largest first.
pub fn productive_count(revenues: &[i64]) -> usize {
    let total: i64 = revenues.iter().sum();
    if total <= 0 {
        return 0;
    }
    let mut sum = 0i64;
    for (i, r) in revenues.iter().enumerate() {
        sum += r;
        if sum * 1000 >= total * PRODUCTIVE_SHARE_PERMILLE {
            return i + 1;
        }
    }
    revenues.len()
}

#[cfg(test)]
mod measure_tests {
    use super::*;

    /// The productive tier takes the largest companies until 80 % is
    /// reached: one giant alone, or several that only together get there.
    #[test]
    fn productive_tier() {
        assert_eq!(productive_count(&[]), 0);
        assert_eq!(productive_count(&[0, 0]), 0);
        assert_eq!(productive_count(&[90, 5, 5]), 1);
        assert_eq!(productive_count(&[80, 10, 10]), 1, "exactly 80 % is enough");
        assert_eq!(productive_count(&[40, 30, 20, 10]), 3);
        // The seed's shape: 20 of 100 companies bring 80 %.
        let mut r = vec![40; 20];
        r.extend(vec![2; 80]);
        assert_eq!(productive_count(&r), 20);
        assert_eq!(Measures::per_user(1000, 0), None);
        assert_eq!(Measures::per_user(1000, 3), Some(333));
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct VendorDashboard {
    pub filter: DashboardFilter,
    pub options: FilterOptions,
    /// A bad custom date range, shown next to the date fields (the
    /// figures are then for this quarter).
    pub filter_error: Option<Msg>,
    /// Partner companies the filters select.
    pub companies_selected: i64,
    pub revenue: Revenue,
    pub sourcing: Sourcing,
    pub measures: Measures,
    pub funnel: Funnel,
    pub timing: Timing,
    pub mdf: MdfFigures,
    pub tiers: TierFigures,
    pub activity: Activity,
    pub leaderboard: Vec<LeaderRow>,
    /// The server's clock when the figures were read.
    pub as_of: i64,
}
