//! What pages see of programs, tiers and incentives. A partner's types carry
//! only its own company's figures (and others' only where the program makes
//! the leaderboard public); vendor types are scoped by the store.

use serde::{Deserialize, Serialize};

use super::rules::{Benefits, IncentiveKind, IncentiveStatus, Metrics, Progress, RuleVersion};
use crate::shared::l10n::{use_l10n, L10n, Msg};
use crate::shared::page::Page;

/// What the portal said about a company's tier (a proposal's reason, why
/// a grace period started, why a proposal was withdrawn): a message, and
/// the progress lines it lists in its `progress` placeholder. Stored as
/// JSON in the row's text column, rendered in each reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Said {
    pub msg: Msg,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<Msg>>,
}

impl Said {
    pub fn new(msg: Msg) -> Said {
        Said { msg, lines: None }
    }

    /// A message listing progress lines in its `progress` placeholder.
    pub fn listing(msg: Msg, lines: Vec<Msg>) -> Said {
        Said {
            msg,
            lines: Some(lines),
        }
    }

    /// The message with its progress lines written in `l`'s language (a
    /// notification or an e-mail to one person).
    pub fn msg_in(&self, l: &L10n) -> Msg {
        let Some(lines) = &self.lines else {
            return self.msg.clone();
        };
        let sep = l.t(crate::k!("tier-progress-separator"));
        let list: Vec<String> = lines.iter().map(|m| l.msg(m)).collect();
        self.msg.clone().with("progress", list.join(&sep))
    }

    pub fn render(&self, l: &L10n) -> String {
        l.msg(&self.msg_in(l))
    }

    /// The text stored in the row.
    pub fn stored(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// A note on a tier change or event: what a person typed, or what the
/// portal said.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Note {
    Typed(String),
    Said(Said),
}

impl Note {
    /// A stored note: the portal's own are JSON ([`Said::stored`]);
    /// anything else was typed (or written before notes were messages).
    pub fn from_stored(text: String) -> Note {
        if text.starts_with("{\"msg\":") {
            if let Ok(said) = serde_json::from_str::<Said>(&text) {
                return Note::Said(said);
            }
        }
        Note::Typed(text)
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, Note::Typed(t) if t.trim().is_empty())
    }

    /// The note in the reader's language.
    pub fn text(&self) -> String {
        match self {
            Note::Typed(t) => t.clone(),
            Note::Said(s) => s.render(&use_l10n()),
        }
    }
}

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
    pub note: Note,
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
    pub reason: Note,
    pub proposed_at: i64,
    pub decided_at: Option<i64>,
    pub decision_note: Note,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msg;

    /// What the portal said is stored as JSON and read back as a message
    /// with its progress lines; anything else is what someone typed.
    #[test]
    fn notes_round_trip_and_render() {
        crate::shared::l10n::use_english();
        let said = Said::listing(
            msg!("tier-reason-up", tier = "Gold"),
            vec![
                msg!("tier-line-won", current = 1, target = 2),
                msg!("tier-line-custom-open", criterion = "Joint plan"),
            ],
        );
        let note = Note::from_stored(said.stored());
        assert_eq!(note, Note::Said(said));
        assert_eq!(
            note.text(),
            "Meets Gold: 1 of 2 won deal registrations in the last 12 months; Joint plan: not yet."
        );
        let plain = Note::from_stored(Said::new(msg!("tier-withdrawn-newer")).stored());
        assert_eq!(plain.text(), "Replaced by a newer evaluation.");
        let typed = Note::from_stored("{\"msg\": typed by hand".to_string());
        assert_eq!(typed, Note::Typed("{\"msg\": typed by hand".into()));
        assert!(Note::from_stored(" ".into()).is_empty());
    }
}
