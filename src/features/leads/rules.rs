//! The rules of leads, free of I/O: the lead's state machine, what a
//! partner sees before accepting (the size band), and distribution: which
//! rule a lead falls under, which companies are eligible, and which of them
//! the rule's strategy picks.

use serde::{Deserialize, Serialize};

use crate::k;
use crate::shared::roles::string_enum;
pub use crate::shared::roles::Actor;

string_enum!(
    /// The life of a lead. Moves: [`transition_allowed`].
    LeadStatus {
        Queued = "queued" / "lead-status-queued",
        Offered = "offered" / "lead-status-offered",
        Accepted = "accepted" / "lead-status-accepted",
        Contacted = "contacted" / "lead-status-contacted",
        Qualified = "qualified" / "lead-status-qualified",
        Converted = "converted" / "lead-status-converted",
        Disqualified = "disqualified" / "lead-status-disqualified",
        Returned = "returned" / "lead-status-returned",
    }
);

impl LeadStatus {
    /// Nothing more can happen to the lead.
    pub fn is_final(self) -> bool {
        matches!(self, LeadStatus::Converted | LeadStatus::Disqualified)
    }

    /// A partner company holds the lead and works it.
    pub fn is_worked(self) -> bool {
        matches!(
            self,
            LeadStatus::Accepted | LeadStatus::Contacted | LeadStatus::Qualified
        )
    }

    /// Waiting for vendor staff: unassigned, held, or given back.
    pub fn in_staff_queue(self) -> bool {
        matches!(self, LeadStatus::Queued | LeadStatus::Returned)
    }

    /// The holding company may see the customer's contact details: only
    /// once it has accepted the lead (and afterwards, in its history).
    pub fn shows_contact(self) -> bool {
        matches!(
            self,
            LeadStatus::Accepted
                | LeadStatus::Contacted
                | LeadStatus::Qualified
                | LeadStatus::Converted
                | LeadStatus::Disqualified
        )
    }

    pub fn tone(self) -> &'static str {
        use LeadStatus::*;
        match self {
            Queued | Returned | Offered => "warning",
            Accepted | Contacted | Qualified => "info",
            Converted => "success",
            Disqualified => "neutral",
        }
    }

    /// What happens next, as a message key.
    pub fn next_step_key(self) -> &'static str {
        use LeadStatus::*;
        match self {
            Queued => k!("lead-next-queued"),
            Offered => k!("lead-next-offered"),
            Accepted => k!("lead-next-accepted"),
            Contacted => k!("lead-next-contacted"),
            Qualified => k!("lead-next-qualified"),
            Converted => k!("lead-next-converted"),
            Disqualified => k!("lead-next-disqualified"),
            Returned => k!("lead-next-returned"),
        }
    }
}

/// The one place that says which status changes are allowed, and by whom.
/// Offering (to a company) is the staff's or the distribution's; accepting
/// and working are the holding partner's; a rejected or timed-out offer
/// moves on (`Offered -> Offered`) or back to the queue.
pub fn transition_allowed(from: LeadStatus, to: LeadStatus, actor: Actor) -> bool {
    use Actor::*;
    use LeadStatus::*;
    match (from, to) {
        (Queued | Returned, Offered) => actor != Partner,
        // Staff reassign; the distribution moves a rejected or timed-out
        // offer to the next match.
        (Offered, Offered) => true,
        (Offered, Queued) => true,
        (Offered, Accepted) => actor == Partner,
        (Accepted, Contacted) | (Contacted, Qualified) | (Accepted, Qualified) => actor == Partner,
        (Accepted | Contacted | Qualified, Converted) => actor == Partner,
        (Accepted | Contacted | Qualified, Disqualified) => actor == Partner,
        (Accepted | Contacted | Qualified, Returned) => actor == Partner,
        // Staff take a worked lead away and offer it elsewhere.
        (Accepted | Contacted | Qualified, Offered) => actor == Staff,
        (Accepted | Contacted | Qualified, Queued) => actor == Staff,
        // Staff close what nobody will work.
        (Queued | Returned, Disqualified) => actor == Staff,
        _ => false,
    }
}

string_enum!(
    /// Why a partner turns an offered lead down.
    RejectReason {
        NotOurRegion = "not_our_region" / "lead-reject-not-our-region",
        NoCapacity = "no_capacity" / "lead-reject-no-capacity",
        NotQualified = "not_qualified" / "lead-reject-not-qualified",
        AlreadyCustomer = "already_customer" / "lead-reject-already-customer",
        Other = "other" / "lead-reject-other",
    }
);

string_enum!(
    /// Why a worked lead ends without a deal.
    DisqualifyReason {
        NoBudget = "no_budget" / "lead-disq-no-budget",
        NoNeed = "no_need" / "lead-disq-no-need",
        Unreachable = "unreachable" / "lead-disq-unreachable",
        Competitor = "competitor" / "lead-disq-competitor",
        Duplicate = "duplicate" / "lead-disq-duplicate",
        Other = "other" / "lead-disq-other",
    }
);

string_enum!(
    /// Where the vendor got the lead.
    LeadSource {
        Campaign = "campaign" / "lead-source-campaign",
        WebForm = "web_form" / "lead-source-web-form",
        Event = "event" / "lead-source-event",
        Referral = "referral" / "lead-source-referral",
    }
);

string_enum!(
    /// How a distribution rule chooses among the eligible companies.
    Strategy {
        Named = "named" / "lead-strategy-named",
        RoundRobin = "round_robin" / "lead-strategy-round-robin",
        Weighted = "weighted" / "lead-strategy-weighted",
        Capacity = "capacity" / "lead-strategy-capacity",
    }
);

string_enum!(
    /// The lead's estimated value, as much of it as a partner sees before
    /// accepting.
    SizeBand {
        Unknown = "unknown" / "lead-size-unknown",
        Small = "small" / "lead-size-small",
        Medium = "medium" / "lead-size-medium",
        Large = "large" / "lead-size-large",
        Strategic = "strategic" / "lead-size-strategic",
    }
);

impl SizeBand {
    /// The band of `value_cents` (in whole units of any currency: under
    /// 10,000; under 50,000; under 250,000; more).
    pub fn of(value_cents: Option<i64>) -> SizeBand {
        match value_cents {
            None | Some(i64::MIN..=0) => SizeBand::Unknown,
            Some(v) if v < 1_000_000 => SizeBand::Small,
            Some(v) if v < 5_000_000 => SizeBand::Medium,
            Some(v) if v < 25_000_000 => SizeBand::Large,
            Some(_) => SizeBand::Strategic,
        }
    }
}

/// The acceptance window when a rule names none (hours).
pub const DEFAULT_ACCEPT_HOURS: i64 = 48;
/// The longest acceptance window a rule may set (30 days).
pub const MAX_ACCEPT_HOURS: i64 = 720;
/// A company's open-lead limit when the vendor set none for it.
pub const DEFAULT_CAPACITY: i64 = 25;
/// The most leads one CSV file may hold.
pub const MAX_IMPORT_ROWS: usize = 2_000;
/// Partners are reminded this long before an offer runs out.
pub const REMIND_BEFORE_MS: i64 = 6 * 3_600_000;

/// A distribution rule as the rules see it (the store reads it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub id: i64,
    /// Conditions on the lead (None: any).
    pub region: Option<String>,
    pub country: Option<String>,
    pub product_id: Option<i64>,
    /// Conditions on the partner company (None: any).
    pub tier_id: Option<i64>,
    pub company_type: Option<String>,
    pub strategy: Strategy,
    /// The company a `Named` rule offers to.
    pub company_id: Option<i64>,
    pub accept_hours: i64,
}

/// What distribution knows of a lead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeadFacts {
    pub region: String,
    pub country: String,
    pub product_id: Option<i64>,
}

/// A partner company that might take a lead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub company_id: i64,
    pub region: String,
    pub company_type: String,
    pub tier_id: Option<i64>,
    /// The tier's rank (0 the entry tier), None outside every tier.
    pub tier_rank: Option<i64>,
    /// Leads it holds now (offered or being worked).
    pub open_leads: i64,
    /// Its open-lead limit.
    pub capacity: i64,
}

impl Rule {
    /// The rule applies to this lead.
    pub fn matches(&self, lead: &LeadFacts) -> bool {
        self.region.as_ref().is_none_or(|r| *r == lead.region)
            && self.country.as_ref().is_none_or(|c| *c == lead.country)
            && self.product_id.is_none_or(|p| Some(p) == lead.product_id)
    }

    /// `c` may be offered this lead under this rule: not one that already
    /// turned it down (`passed`), of the rule's tier and type, working the
    /// lead's region (a named company is the rule's own choice), and below
    /// its open-lead limit.
    pub fn eligible(&self, lead: &LeadFacts, c: &Candidate, passed: &[i64]) -> bool {
        if passed.contains(&c.company_id) || c.open_leads >= c.capacity {
            return false;
        }
        if self.strategy == Strategy::Named {
            return self.company_id == Some(c.company_id);
        }
        c.region == lead.region
            && self.tier_id.is_none_or(|t| Some(t) == c.tier_id)
            && self
                .company_type
                .as_ref()
                .is_none_or(|t| *t == c.company_type)
    }
}

/// The company the rule's strategy picks among `eligible` (any order), and
/// the rule's new round-robin position (the company id last handed a lead).
/// `cursor` is the position read, under a lock, from the rule's row.
pub fn pick(strategy: Strategy, cursor: i64, eligible: &[Candidate]) -> Option<(i64, i64)> {
    if eligible.is_empty() {
        return None;
    }
    let mut all: Vec<&Candidate> = eligible.iter().collect();
    all.sort_by_key(|c| c.company_id);
    // The turn after the cursor, wrapping round: ties below go to it.
    let turn = |c: &&Candidate| (c.company_id <= cursor, c.company_id);
    let chosen = match strategy {
        Strategy::Named | Strategy::RoundRobin => all.iter().copied().min_by_key(turn),
        // Fewest open leads per unit of weight (the tier's rank plus one),
        // compared without division: a/b < c/d  <=>  a*d < c*b.
        Strategy::Weighted => all.iter().copied().reduce(|best, c| {
            let w = |x: &Candidate| x.tier_rank.unwrap_or(0).max(0) + 1;
            let lhs = (c.open_leads + 1) * w(best);
            let rhs = (best.open_leads + 1) * w(c);
            if lhs < rhs || (lhs == rhs && turn(&c) < turn(&best)) {
                c
            } else {
                best
            }
        }),
        // The most room below the limit.
        Strategy::Capacity => all.iter().copied().reduce(|best, c| {
            let room = |x: &Candidate| x.capacity - x.open_leads;
            if room(c) > room(best) || (room(c) == room(best) && turn(&c) < turn(&best)) {
                c
            } else {
                best
            }
        }),
    }?;
    Some((chosen.company_id, chosen.company_id))
}

/// How long `rule` gives a partner to accept (ms).
pub fn accept_window_ms(accept_hours: i64) -> i64 {
    accept_hours.clamp(1, MAX_ACCEPT_HOURS) * 3_600_000
}

#[cfg(test)]
mod tests {
    use super::*;
    use LeadStatus::*;

    /// Every pair of statuses for every actor, against the table the
    /// issue describes.
    #[test]
    fn every_pair_is_decided() {
        let allowed: &[(LeadStatus, LeadStatus, &[Actor])] = &[
            (Queued, Offered, &[Actor::Staff, Actor::System]),
            (Returned, Offered, &[Actor::Staff, Actor::System]),
            (
                Offered,
                Offered,
                &[Actor::Partner, Actor::Staff, Actor::System],
            ),
            (
                Offered,
                Queued,
                &[Actor::Partner, Actor::Staff, Actor::System],
            ),
            (Offered, Accepted, &[Actor::Partner]),
            (Accepted, Contacted, &[Actor::Partner]),
            (Accepted, Qualified, &[Actor::Partner]),
            (Contacted, Qualified, &[Actor::Partner]),
            (Accepted, Converted, &[Actor::Partner]),
            (Contacted, Converted, &[Actor::Partner]),
            (Qualified, Converted, &[Actor::Partner]),
            (Accepted, Disqualified, &[Actor::Partner]),
            (Contacted, Disqualified, &[Actor::Partner]),
            (Qualified, Disqualified, &[Actor::Partner]),
            (Accepted, Returned, &[Actor::Partner]),
            (Contacted, Returned, &[Actor::Partner]),
            (Qualified, Returned, &[Actor::Partner]),
            (Accepted, Offered, &[Actor::Staff]),
            (Contacted, Offered, &[Actor::Staff]),
            (Qualified, Offered, &[Actor::Staff]),
            (Accepted, Queued, &[Actor::Staff]),
            (Contacted, Queued, &[Actor::Staff]),
            (Qualified, Queued, &[Actor::Staff]),
            (Queued, Disqualified, &[Actor::Staff]),
            (Returned, Disqualified, &[Actor::Staff]),
        ];
        let mut checked = 0;
        for &from in LeadStatus::ALL {
            for &to in LeadStatus::ALL {
                for actor in [Actor::Partner, Actor::Staff, Actor::System] {
                    let expected = allowed
                        .iter()
                        .any(|(f, t, who)| *f == from && *t == to && who.contains(&actor));
                    assert_eq!(
                        transition_allowed(from, to, actor),
                        expected,
                        "{from:?} -> {to:?} by {actor:?}"
                    );
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, 8 * 8 * 3);
    }

    #[test]
    fn final_statuses_go_nowhere() {
        for &from in LeadStatus::ALL.iter().filter(|s| s.is_final()) {
            for &to in LeadStatus::ALL {
                for actor in [Actor::Partner, Actor::Staff, Actor::System] {
                    assert!(!transition_allowed(from, to, actor), "{from:?} -> {to:?}");
                }
            }
        }
    }

    #[test]
    fn contact_details_only_after_acceptance() {
        assert!(!Queued.shows_contact());
        assert!(!Offered.shows_contact());
        assert!(!Returned.shows_contact());
        assert!(Accepted.shows_contact());
        assert!(Converted.shows_contact());
    }

    #[test]
    fn size_bands() {
        assert_eq!(SizeBand::of(None), SizeBand::Unknown);
        assert_eq!(SizeBand::of(Some(0)), SizeBand::Unknown);
        assert_eq!(SizeBand::of(Some(999_999)), SizeBand::Small);
        assert_eq!(SizeBand::of(Some(1_000_000)), SizeBand::Medium);
        assert_eq!(SizeBand::of(Some(4_999_999)), SizeBand::Medium);
        assert_eq!(SizeBand::of(Some(5_000_000)), SizeBand::Large);
        assert_eq!(SizeBand::of(Some(25_000_000)), SizeBand::Strategic);
    }

    fn rule(strategy: Strategy) -> Rule {
        Rule {
            id: 1,
            region: Some("emea".into()),
            country: None,
            product_id: None,
            tier_id: None,
            company_type: None,
            strategy,
            company_id: None,
            accept_hours: 48,
        }
    }

    fn lead() -> LeadFacts {
        LeadFacts {
            region: "emea".into(),
            country: "DE".into(),
            product_id: Some(3),
        }
    }

    fn cand(id: i64, open: i64, rank: Option<i64>) -> Candidate {
        Candidate {
            company_id: id,
            region: "emea".into(),
            company_type: "reseller".into(),
            tier_id: rank.map(|r| 100 + r),
            tier_rank: rank,
            open_leads: open,
            capacity: 10,
        }
    }

    #[test]
    fn rules_match_on_their_conditions() {
        let mut r = rule(Strategy::RoundRobin);
        assert!(r.matches(&lead()));
        r.country = Some("FR".into());
        assert!(!r.matches(&lead()));
        r.country = Some("DE".into());
        r.product_id = Some(4);
        assert!(!r.matches(&lead()));
        r.product_id = Some(3);
        assert!(r.matches(&lead()));
        r.region = Some("apac".into());
        assert!(!r.matches(&lead()));
    }

    #[test]
    fn eligibility() {
        let r = rule(Strategy::RoundRobin);
        let c = cand(7, 0, Some(1));
        assert!(r.eligible(&lead(), &c, &[]));
        assert!(!r.eligible(&lead(), &c, &[7]), "it passed on the lead");
        let full = Candidate {
            open_leads: 10,
            ..c.clone()
        };
        assert!(!r.eligible(&lead(), &full, &[]), "at its limit");
        let far = Candidate {
            region: "apac".into(),
            ..c.clone()
        };
        assert!(!r.eligible(&lead(), &far, &[]), "another region");
        let mut tiered = rule(Strategy::RoundRobin);
        tiered.tier_id = Some(102);
        assert!(!tiered.eligible(&lead(), &c, &[]));
        tiered.company_type = Some("msp".into());
        tiered.tier_id = None;
        assert!(!tiered.eligible(&lead(), &c, &[]));
        let mut named = rule(Strategy::Named);
        named.company_id = Some(7);
        assert!(named.eligible(&lead(), &far, &[]), "named: any region");
        assert!(!named.eligible(&lead(), &cand(8, 0, None), &[]));
    }

    #[test]
    fn round_robin_takes_turns_and_wraps() {
        let all = vec![cand(5, 0, None), cand(2, 9, None), cand(9, 0, None)];
        assert_eq!(pick(Strategy::RoundRobin, 0, &all), Some((2, 2)));
        assert_eq!(pick(Strategy::RoundRobin, 2, &all), Some((5, 5)));
        assert_eq!(pick(Strategy::RoundRobin, 5, &all), Some((9, 9)));
        assert_eq!(pick(Strategy::RoundRobin, 9, &all), Some((2, 2)), "wraps");
        assert_eq!(pick(Strategy::RoundRobin, 100, &all), Some((2, 2)));
        assert_eq!(pick(Strategy::RoundRobin, 0, &[]), None);
    }

    #[test]
    fn weighted_favours_higher_tiers() {
        // Rank 2 (weight 3) with 2 open: 3/3 = 1; rank 0 (weight 1) with 0
        // open: 1/1 = 1; a tie goes to the next turn after the cursor.
        let all = vec![cand(1, 0, Some(0)), cand(2, 2, Some(2))];
        assert_eq!(pick(Strategy::Weighted, 1, &all), Some((2, 2)));
        assert_eq!(pick(Strategy::Weighted, 2, &all), Some((1, 1)));
        // With 3 open the gold partner's share is 4/3 > 1: the other gets it.
        let all = vec![cand(1, 0, Some(0)), cand(2, 3, Some(2))];
        assert_eq!(pick(Strategy::Weighted, 0, &all), Some((1, 1)));
        // Over many leads the shares follow the weights (1 : 3).
        let mut open = [0i64, 0];
        let mut cursor = 0;
        for _ in 0..400 {
            let all = vec![cand(1, open[0], Some(0)), cand(2, open[1], Some(2))];
            let (id, c) = pick(Strategy::Weighted, cursor, &all).unwrap();
            open[(id - 1) as usize] += 1;
            cursor = c;
        }
        assert_eq!(open, [100, 300]);
    }

    #[test]
    fn capacity_picks_the_most_room() {
        let mut a = cand(1, 8, None);
        let mut b = cand(2, 3, None);
        a.capacity = 20; // room 12
        b.capacity = 10; // room 7
        assert_eq!(
            pick(Strategy::Capacity, 0, &[a.clone(), b.clone()]),
            Some((1, 1))
        );
        b.capacity = 15; // room 12: a tie, the turn after the cursor
        assert_eq!(pick(Strategy::Capacity, 1, &[a, b]), Some((2, 2)));
    }

    #[test]
    fn acceptance_windows_are_bounded() {
        assert_eq!(accept_window_ms(48), 48 * 3_600_000);
        assert_eq!(accept_window_ms(0), 3_600_000);
        assert_eq!(accept_window_ms(100_000), 720 * 3_600_000);
    }
}
