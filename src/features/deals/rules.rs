//! The rules of deal registration, free of I/O so they are unit-tested on
//! their own: statuses and the one state machine, customer normalisation
//! and fuzzy matching, approval routing, exclusivity and timing checks,
//! money and date parsing.

use serde::{Deserialize, Serialize};

use crate::shared::matcher::MatchReason;
use crate::shared::roles::string_enum;
pub use crate::shared::roles::Actor;
use crate::shared::time::DAY_MS;

string_enum!(
    /// The life of a registration. Transitions: [`transition_allowed`].
    DealStatus {
        Draft = "draft" / "deal-status-draft",
        Submitted = "submitted" / "deal-status-submitted",
        Approved = "approved" / "deal-status-approved",
        Rejected = "rejected" / "deal-status-rejected",
        Won = "won" / "deal-status-won",
        Lost = "lost" / "deal-status-lost",
        Expired = "expired" / "deal-status-expired",
        Withdrawn = "withdrawn" / "deal-status-withdrawn",
    }
);

impl DealStatus {
    /// Submitted or approved: the registration protects its customer.
    pub fn is_active(self) -> bool {
        matches!(self, DealStatus::Submitted | DealStatus::Approved)
    }

    /// Nothing more can happen to the deal.
    pub fn is_final(self) -> bool {
        matches!(
            self,
            DealStatus::Rejected
                | DealStatus::Won
                | DealStatus::Lost
                | DealStatus::Expired
                | DealStatus::Withdrawn
        )
    }

    /// The key of the status as it reads inside a sentence ("This deal is
    /// { $status }"): lower case in English.
    pub fn inline_key(self) -> &'static str {
        match self {
            DealStatus::Draft => crate::k!("deal-state-draft"),
            DealStatus::Submitted => crate::k!("deal-state-submitted"),
            DealStatus::Approved => crate::k!("deal-state-approved"),
            DealStatus::Rejected => crate::k!("deal-state-rejected"),
            DealStatus::Won => crate::k!("deal-state-won"),
            DealStatus::Lost => crate::k!("deal-state-lost"),
            DealStatus::Expired => crate::k!("deal-state-expired"),
            DealStatus::Withdrawn => crate::k!("deal-state-withdrawn"),
        }
    }

    pub fn tone(self) -> &'static str {
        match self {
            DealStatus::Approved | DealStatus::Won => "success",
            DealStatus::Submitted => "info",
            DealStatus::Draft => "warning",
            DealStatus::Rejected | DealStatus::Lost => "danger",
            DealStatus::Expired | DealStatus::Withdrawn => "neutral",
        }
    }
}

string_enum!(
    DealType {
        New = "new" / "deal-type-new",
        Upsell = "upsell" / "deal-type-upsell",
        Renewal = "renewal" / "deal-type-renewal",
    }
);

string_enum!(
    /// The partner's sales stage, with a default probability.
    Stage {
        Qualify = "qualify" / "stage-qualify",
        Discovery = "discovery" / "stage-discovery",
        Proposal = "proposal" / "stage-proposal",
        Negotiation = "negotiation" / "stage-negotiation",
        Commit = "commit" / "stage-commit",
    }
);

impl Stage {
    pub fn default_probability(self) -> i64 {
        match self {
            Stage::Qualify => 10,
            Stage::Discovery => 25,
            Stage::Proposal => 50,
            Stage::Negotiation => 70,
            Stage::Commit => 90,
        }
    }
}

/// The one place that says which status changes are allowed, and by whom.
pub fn transition_allowed(from: DealStatus, to: DealStatus, actor: Actor) -> bool {
    use Actor::*;
    use DealStatus::*;
    match (from, to) {
        // The partner (re)submits a draft or withdraws it.
        (Draft, Submitted) | (Draft, Withdrawn) => actor == Partner,
        // Decisions on a pending registration.
        (Submitted, Approved) => matches!(actor, Staff | System),
        (Submitted, Rejected) => actor == Staff,
        // "Request more information": back to the partner for changes.
        (Submitted, Draft) => actor == Staff,
        (Submitted, Withdrawn) => actor == Partner,
        // Outcomes of an approved deal.
        (Approved, Won) | (Approved, Lost) => matches!(actor, Partner | Staff),
        (Approved, Withdrawn) => actor == Partner,
        (Approved, Expired) => actor == System,
        _ => false,
    }
}

/// Products overlap, or the new registration has not chosen any yet (while
/// typing, the customer alone already says something).
pub fn products_overlap(new: &[i64], existing: &[i64]) -> bool {
    new.is_empty() || new.iter().any(|p| existing.contains(p))
}

// ---------------------------------------------------------------------------
// Approval routing.

string_enum!(
    RuleAction {
        AutoApprove = "auto_approve" / "rule-action-auto-approve",
        RouteManager = "route_manager" / "rule-action-route-manager",
        RouteAdmin = "route_admin" / "rule-action-route-admin",
    }
);

string_enum!(
    ConflictCondition {
        Any = "any" / "conflict-condition-any",
        NoConflict = "none" / "conflict-condition-none",
        Conflict = "conflict" / "conflict-condition-conflict",
    }
);

impl ConflictCondition {
    /// The key of the condition as one item of a rule's "when" list (lower
    /// case in English).
    pub fn inline_key(self) -> &'static str {
        match self {
            ConflictCondition::Any => crate::k!("deal-rule-when-any"),
            ConflictCondition::NoConflict => crate::k!("deal-rule-when-none"),
            ConflictCondition::Conflict => crate::k!("deal-rule-when-conflict"),
        }
    }
}

/// Why two registrations look like one customer, as a message key.
pub fn match_key(reason: MatchReason) -> &'static str {
    match reason {
        MatchReason::SameDomain => crate::k!("deal-match-same-domain"),
        MatchReason::SimilarName => crate::k!("deal-match-similar-name"),
    }
}

/// An approval rule; empty conditions match everything.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub id: i64,
    pub position: i64,
    pub name: String,
    pub company_id: Option<i64>,
    pub region: Option<String>,
    pub product_id: Option<i64>,
    pub min_value_cents: Option<i64>,
    pub max_value_cents: Option<i64>,
    pub conflict: ConflictCondition,
    pub action: RuleAction,
    pub active: bool,
}

/// What the router needs to know about a new registration.
#[derive(Clone, Debug)]
pub struct RoutingFacts<'a> {
    pub company_id: i64,
    pub region: &'a str,
    pub product_ids: &'a [i64],
    pub value_cents: i64,
    pub has_conflict: bool,
}

impl Rule {
    pub fn matches(&self, f: &RoutingFacts<'_>) -> bool {
        self.active
            && self.company_id.is_none_or(|c| c == f.company_id)
            && self
                .region
                .as_deref()
                .is_none_or(|r| r.eq_ignore_ascii_case(f.region))
            && self.product_id.is_none_or(|p| f.product_ids.contains(&p))
            && self.min_value_cents.is_none_or(|v| f.value_cents >= v)
            && self.max_value_cents.is_none_or(|v| f.value_cents < v)
            && match self.conflict {
                ConflictCondition::Any => true,
                ConflictCondition::NoConflict => !f.has_conflict,
                ConflictCondition::Conflict => f.has_conflict,
            }
    }
}

/// Where a new registration goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    AutoApprove { rule_id: i64 },
    Manager { rule_id: Option<i64> },
    Admins { rule_id: Option<i64> },
}

/// The first matching rule by position decides; with none, the company's
/// channel manager. A conflict is never approved automatically, whatever a
/// rule says: it goes to a person.
pub fn route(rules: &[Rule], facts: &RoutingFacts<'_>) -> Route {
    let mut sorted: Vec<&Rule> = rules.iter().collect();
    sorted.sort_by_key(|r| (r.position, r.id));
    match sorted.into_iter().find(|r| r.matches(facts)) {
        Some(r) => match r.action {
            RuleAction::AutoApprove if facts.has_conflict => Route::Manager {
                rule_id: Some(r.id),
            },
            RuleAction::AutoApprove => Route::AutoApprove { rule_id: r.id },
            RuleAction::RouteManager => Route::Manager {
                rule_id: Some(r.id),
            },
            RuleAction::RouteAdmin => Route::Admins {
                rule_id: Some(r.id),
            },
        },
        None => Route::Manager { rule_id: None },
    }
}

// ---------------------------------------------------------------------------
// Times, money, timing.

/// The exclusivity window granted on approval, within the bounds a vendor
/// may configure.
pub fn exclusivity_end(approved_at: i64, days: i64) -> i64 {
    approved_at + days.clamp(1, 365) * DAY_MS
}

/// One group of open deals: how many of a status, stage and currency, and
/// their value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenTotal {
    pub status: DealStatus,
    pub stage: Stage,
    pub currency: String,
    pub deals: i64,
    pub value_cents: i64,
}

/// The first screen's open-deal figures from the groups: pending, returned
/// and approved counts, the pipeline (pending and approved) per currency,
/// largest first and at most five, and by stage in stage order. Groups
/// that fell to zero are left out.
pub fn fold_open_totals(groups: &[OpenTotal]) -> super::types::DealSummary {
    use super::types::{DealSummary, StageTotal};
    let count = |s: DealStatus| -> i64 {
        groups
            .iter()
            .filter(|g| g.status == s)
            .map(|g| g.deals)
            .sum()
    };
    let mut pipeline: Vec<(String, i64)> = Vec::new();
    let mut by_stage: Vec<StageTotal> = Vec::new();
    for g in groups
        .iter()
        .filter(|g| g.status.is_active() && g.deals > 0)
    {
        match pipeline.iter_mut().find(|(c, _)| *c == g.currency) {
            Some((_, v)) => *v += g.value_cents,
            None => pipeline.push((g.currency.clone(), g.value_cents)),
        }
        match by_stage
            .iter_mut()
            .find(|t| t.stage == g.stage && t.currency == g.currency)
        {
            Some(t) => {
                t.count += g.deals;
                t.value_cents += g.value_cents;
            }
            None => by_stage.push(StageTotal {
                stage: g.stage,
                currency: g.currency.clone(),
                count: g.deals,
                value_cents: g.value_cents,
            }),
        }
    }
    pipeline.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    pipeline.truncate(5);
    by_stage.sort_by_key(|t| {
        (
            Stage::ALL.iter().position(|s| *s == t.stage).unwrap_or(0),
            t.currency.clone(),
        )
    });
    let (pending, approved) = (count(DealStatus::Submitted), count(DealStatus::Approved));
    DealSummary {
        pending,
        returned: count(DealStatus::Draft),
        approved,
        open_count: pending + approved,
        pipeline,
        by_stage,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use DealStatus::*;

    /// Every pair of statuses and actors: exactly the listed moves are
    /// allowed, everything else is refused.
    #[test]
    fn state_machine_allows_exactly_the_listed_moves() {
        let allowed = [
            (Draft, Submitted, Actor::Partner),
            (Draft, Withdrawn, Actor::Partner),
            (Submitted, Approved, Actor::Staff),
            (Submitted, Approved, Actor::System),
            (Submitted, Rejected, Actor::Staff),
            (Submitted, Draft, Actor::Staff),
            (Submitted, Withdrawn, Actor::Partner),
            (Approved, Won, Actor::Partner),
            (Approved, Won, Actor::Staff),
            (Approved, Lost, Actor::Partner),
            (Approved, Lost, Actor::Staff),
            (Approved, Withdrawn, Actor::Partner),
            (Approved, Expired, Actor::System),
        ];
        let mut count = 0;
        for from in DealStatus::ALL {
            for to in DealStatus::ALL {
                for actor in [Actor::Partner, Actor::Staff, Actor::System] {
                    let expected = allowed.contains(&(*from, *to, actor));
                    assert_eq!(
                        transition_allowed(*from, *to, actor),
                        expected,
                        "{from:?} -> {to:?} by {actor:?}"
                    );
                    count += usize::from(expected);
                }
            }
        }
        assert_eq!(count, allowed.len());
        for s in DealStatus::ALL {
            if s.is_final() {
                assert!(DealStatus::ALL
                    .iter()
                    .all(|t| !transition_allowed(*s, *t, Actor::Staff)));
            }
        }
    }

    fn rule(id: i64, action: RuleAction) -> Rule {
        Rule {
            id,
            position: id,
            name: format!("rule {id}"),
            company_id: None,
            region: None,
            product_id: None,
            min_value_cents: None,
            max_value_cents: None,
            conflict: ConflictCondition::Any,
            action,
            active: true,
        }
    }

    #[test]
    fn routing_by_rules() {
        let facts = |value, conflict| RoutingFacts {
            company_id: 7,
            region: "EMEA",
            product_ids: &[3],
            value_cents: value,
            has_conflict: conflict,
        };
        // No rules: the channel manager.
        assert_eq!(
            route(&[], &facts(1, false)),
            Route::Manager { rule_id: None }
        );
        // Auto-approve small deals without conflict; big ones to admins.
        let mut small = rule(1, RuleAction::AutoApprove);
        small.max_value_cents = Some(5_000_000);
        small.conflict = ConflictCondition::NoConflict;
        let mut big = rule(2, RuleAction::RouteAdmin);
        big.min_value_cents = Some(50_000_000);
        let rules = vec![big.clone(), small.clone()];
        assert_eq!(
            route(&rules, &facts(100, false)),
            Route::AutoApprove { rule_id: 1 }
        );
        assert_eq!(
            route(&rules, &facts(100, true)),
            Route::Manager { rule_id: None }
        );
        assert_eq!(
            route(&rules, &facts(60_000_000, false)),
            Route::Admins { rule_id: Some(2) }
        );
        // A conflict is never auto-approved, even by a rule that says so.
        let any = rule(3, RuleAction::AutoApprove);
        assert_eq!(
            route(std::slice::from_ref(&any), &facts(1, true)),
            Route::Manager { rule_id: Some(3) }
        );
        // Conditions on company, region and product; inactive rules skip.
        let mut r = rule(4, RuleAction::RouteAdmin);
        r.company_id = Some(8);
        assert!(!r.matches(&facts(1, false)));
        r.company_id = Some(7);
        r.region = Some("emea".into());
        r.product_id = Some(3);
        assert!(r.matches(&facts(1, false)));
        r.product_id = Some(4);
        assert!(!r.matches(&facts(1, false)));
        r.product_id = None;
        r.active = false;
        assert!(!r.matches(&facts(1, false)));
    }

    #[test]
    fn products_overlap_or_none_chosen() {
        assert!(products_overlap(&[], &[1]));
        assert!(products_overlap(&[1, 2], &[2]));
        assert!(!products_overlap(&[1], &[2]));
    }

    #[test]
    fn exclusivity_window() {
        assert_eq!(exclusivity_end(0, 90), 90 * DAY_MS);
        assert_eq!(exclusivity_end(0, 9999), 365 * DAY_MS);
    }

    #[test]
    fn open_totals_fold_into_the_first_screen_figures() {
        let g = |status, stage, currency: &str, deals, value_cents| OpenTotal {
            status,
            stage,
            currency: currency.into(),
            deals,
            value_cents,
        };
        let s = fold_open_totals(&[
            g(Submitted, Stage::Qualify, "USD", 2, 300),
            g(Approved, Stage::Proposal, "EUR", 1, 900),
            g(Approved, Stage::Qualify, "USD", 3, 700),
            g(Draft, Stage::Qualify, "USD", 4, 10_000),
            g(Submitted, Stage::Negotiation, "GBP", 0, 0),
        ]);
        assert_eq!(
            (s.pending, s.returned, s.approved, s.open_count),
            (2, 4, 4, 6)
        );
        // Returned deals are not pipeline; EUR 900 ranks below USD 1,000.
        assert_eq!(s.pipeline, vec![("USD".into(), 1000), ("EUR".into(), 900)]);
        let stages: Vec<_> = s
            .by_stage
            .iter()
            .map(|t| (t.stage, t.currency.as_str(), t.count, t.value_cents))
            .collect();
        assert_eq!(
            stages,
            vec![
                (Stage::Qualify, "USD", 5, 1000),
                (Stage::Proposal, "EUR", 1, 900)
            ]
        );
        assert_eq!(fold_open_totals(&[]), Default::default());
    }
}
