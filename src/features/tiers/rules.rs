//! Tier rules without I/O: which rule version is in force at a time, whether
//! a company's figures meet a tier, what evaluation proposes (upgrade,
//! grace, downgrade), each requirement's progress, and incentive amounts.

use serde::{Deserialize, Serialize};

use crate::k;
use crate::shared::l10n::{use_l10n, Msg};
use crate::shared::time::DAY_MS;

/// Trailing window for revenue and registration counts.
pub const WINDOW_MS: i64 = 365 * DAY_MS;

/// Basis points: 1 % = 100.
pub const BP: i64 = 10_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ContentLevel {
    Basic,
    Standard,
    Premium,
}

impl ContentLevel {
    pub const ALL: [ContentLevel; 3] = [Self::Basic, Self::Standard, Self::Premium];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Basic => "basic",
            Self::Standard => "standard",
            Self::Premium => "premium",
        }
    }
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Basic => k!("tier-content-basic"),
            Self::Standard => k!("tier-content-standard"),
            Self::Premium => k!("tier-content-premium"),
        }
    }
    /// The level's name in the reader's language.
    pub fn label(self) -> String {
        use_l10n().t(self.label_key())
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// What a tier gives.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Benefits {
    pub discount_bp: i64,
    pub deal_margin_bp: i64,
    pub rebate_bp: i64,
    pub commission_bp: i64,
    pub mdf_eligible: bool,
    pub content: ContentLevel,
}

/// What a tier asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requirements {
    pub min_revenue_cents: i64,
    pub min_approved: i64,
    pub min_won: i64,
    pub min_certified: i64,
    /// Labels of criteria a channel manager ticks.
    pub custom: Vec<String>,
}

/// One version of a tier's rules.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleVersion {
    pub id: i64,
    pub tier_id: i64,
    pub rank: i64,
    pub effective_from: i64,
    pub requires: Requirements,
    pub gives: Benefits,
}

/// For each tier, the version in force at `at` (latest `effective_from <=
/// at`); tiers with no version yet in force are left out. Sorted by rank.
pub fn in_force(versions: &[RuleVersion], at: i64) -> Vec<&RuleVersion> {
    let mut best: Vec<&RuleVersion> = Vec::new();
    for v in versions.iter().filter(|v| v.effective_from <= at) {
        match best.iter_mut().find(|b| b.tier_id == v.tier_id) {
            Some(b) if b.effective_from < v.effective_from => *b = v,
            Some(_) => {}
            None => best.push(v),
        }
    }
    best.sort_by_key(|v| v.rank);
    best
}

/// A company's figures over the trailing 12 months.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metrics {
    /// Won revenue in the program currency (deals in currencies without a
    /// rate are not counted; see `unconverted`).
    pub revenue_cents: i64,
    pub approved: i64,
    pub won: i64,
    /// People with a valid certification; `None` until training exists.
    pub certified: Option<i64>,
    /// Currencies of won deals that have no rate into the program currency.
    pub unconverted: Vec<String>,
    /// Custom criteria ticked, as (tier id, criterion key).
    pub checked: Vec<(i64, String)>,
}

/// A criterion label's key: lower case, single spaces.
pub fn criterion_key(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Splits the text of custom criteria (one per line) into labels.
pub fn criteria_lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        let label = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if !label.is_empty()
            && !out
                .iter()
                .any(|o| criterion_key(o) == criterion_key(&label))
        {
            out.push(label);
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReqKind {
    Revenue,
    Approved,
    Won,
    Certified,
    Custom,
}

impl ReqKind {
    /// The name of a measured requirement; `None` for custom criteria,
    /// which are named by their label.
    pub fn label_key(self) -> Option<&'static str> {
        match self {
            Self::Revenue => Some(k!("tier-req-revenue")),
            Self::Approved => Some(k!("tier-req-approved")),
            Self::Won => Some(k!("tier-req-won")),
            Self::Certified => Some(k!("tier-req-certified")),
            Self::Custom => None,
        }
    }
}

/// One requirement and where the company stands.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    pub kind: ReqKind,
    /// A custom criterion's label (as the vendor wrote it); empty for the
    /// measured requirements, which [`Progress::name`] names.
    pub label: String,
    /// `None`: not tracked yet (never counted as a number).
    pub current: Option<i64>,
    pub target: i64,
    pub met: bool,
}

impl Progress {
    /// The requirement's name in the reader's language.
    pub fn name(&self) -> String {
        match self.kind.label_key() {
            Some(key) => use_l10n().t(key),
            None => self.label.clone(),
        }
    }
}

/// Every requirement of `rule` with the company's progress. Certified
/// people are shown as not tracked while training does not exist, and do
/// not block the tier (nothing can be measured yet).
pub fn progress(rule: &RuleVersion, m: &Metrics) -> Vec<Progress> {
    let r = &rule.requires;
    let mut out = Vec::new();
    let mut add = |kind, current: Option<i64>, target: i64| {
        if target > 0 {
            out.push(Progress {
                kind,
                label: String::new(),
                current,
                target,
                met: current.is_none_or(|c| c >= target),
            });
        }
    };
    add(ReqKind::Revenue, Some(m.revenue_cents), r.min_revenue_cents);
    add(ReqKind::Approved, Some(m.approved), r.min_approved);
    add(ReqKind::Won, Some(m.won), r.min_won);
    add(ReqKind::Certified, m.certified, r.min_certified);
    for label in &r.custom {
        let key = criterion_key(label);
        let done = m
            .checked
            .iter()
            .any(|(t, k)| *t == rule.tier_id && *k == key);
        out.push(Progress {
            kind: ReqKind::Custom,
            label: label.clone(),
            current: Some(i64::from(done)),
            target: 1,
            met: done,
        });
    }
    out
}

/// A requirement and where the company stands, as one line of a reason:
/// "$412,000 of $500,000 won revenue in the last 12 months".
pub fn progress_line(p: &Progress, currency: &str) -> Msg {
    use crate::msg;
    use crate::shared::l10n::Arg;
    match (p.kind, p.current) {
        (ReqKind::Custom, Some(c)) if c > 0 => {
            msg!("tier-line-custom-done", criterion = p.label.as_str())
        }
        (ReqKind::Custom, _) => msg!("tier-line-custom-open", criterion = p.label.as_str()),
        (kind, None) => {
            let requirement = kind.label_key().unwrap_or_default().to_string();
            msg!("tier-line-untracked", requirement = Arg::Key(requirement))
        }
        (ReqKind::Revenue, Some(c)) => msg!("tier-line-revenue")
            .with("current", Arg::money(c, currency))
            .with("target", Arg::money(p.target, currency)),
        (ReqKind::Approved, Some(c)) => msg!("tier-line-approved", current = c, target = p.target),
        (ReqKind::Won, Some(c)) => msg!("tier-line-won", current = c, target = p.target),
        (ReqKind::Certified, Some(c)) => {
            msg!("tier-line-certified", current = c, target = p.target)
        }
    }
}

pub fn progress_lines(p: &[Progress], currency: &str) -> Vec<Msg> {
    p.iter().map(|x| progress_line(x, currency)).collect()
}

pub fn qualifies(rule: &RuleVersion, m: &Metrics) -> bool {
    progress(rule, m).iter().all(|p| p.met)
}

/// The highest rank whose rules in force the company meets (the entry tier
/// when none), or `None` when no tier has rules in force.
pub fn qualifying_rank(rules: &[&RuleVersion], m: &Metrics) -> Option<i64> {
    let lowest = rules.first()?.rank;
    Some(
        rules
            .iter()
            .filter(|r| qualifies(r, m))
            .map(|r| r.rank)
            .max()
            .unwrap_or(lowest),
    )
}

/// What an evaluation does with a company.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing changes.
    Stay,
    /// Qualifies for a higher tier: propose it (a manager approves).
    Upgrade(i64),
    /// Below its tier for the first time: the grace period starts.
    StartGrace { until: i64 },
    /// Back at its tier during grace: the grace period ends.
    ClearGrace,
    /// Still below when grace ended: propose the lower tier.
    Downgrade(i64),
}

pub fn evaluate(
    current_rank: i64,
    grace_until: Option<i64>,
    qualifying: i64,
    now: i64,
    grace_days: i64,
) -> Outcome {
    use std::cmp::Ordering::*;
    match qualifying.cmp(&current_rank) {
        Greater => Outcome::Upgrade(qualifying),
        Equal => match grace_until {
            Some(_) => Outcome::ClearGrace,
            None => Outcome::Stay,
        },
        Less => match grace_until {
            None if grace_days > 0 => Outcome::StartGrace {
                until: now + grace_days * DAY_MS,
            },
            Some(until) if until > now => Outcome::Stay,
            _ => Outcome::Downgrade(qualifying),
        },
    }
}

/// A rate of an amount, rounded half up to a minor unit.
pub fn apply_rate(base_cents: i64, rate_bp: i64) -> i64 {
    ((base_cents as i128 * rate_bp as i128 + BP as i128 / 2) / BP as i128) as i64
}

/// Converts an amount into the program currency with a micro-unit rate.
pub fn convert(cents: i64, rate_micros: i64) -> i64 {
    ((cents as i128 * rate_micros as i128 + 500_000) / 1_000_000) as i64
}

/// Basis points as the reader writes a percentage: "2.5%", "2,5 %".
pub fn format_bp(bp: i64) -> String {
    use_l10n().percent(bp)
}

/// Basis points as a number to edit, in the reader's format and without
/// the sign ("2.5", "2,5"); empty for zero.
pub fn percent_input(bp: i64) -> String {
    if bp == 0 {
        String::new()
    } else {
        use_l10n().decimal(bp as f64 / 100.0, 2)
    }
}

/// Parses "2.5", "2,5", "2.5%" or "2,5 %" into basis points (0-100 %).
pub fn parse_percent(raw: &str) -> Result<i64, Msg> {
    let t = raw.trim().trim_end_matches('%').trim().replace(',', ".");
    if t.is_empty() {
        return Ok(0);
    }
    let err = || crate::msg!("tier-error-percent");
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if whole.is_empty() && frac.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
        || frac.len() > 2
        || whole.len() > 3
    {
        return Err(err());
    }
    let w: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| err())?
    };
    let f: i64 = format!("{frac:0<2}").parse().map_err(|_| err())?;
    let bp = w * 100 + f;
    if bp > BP {
        return Err(err());
    }
    Ok(bp)
}

/// Parses an exchange rate like "1.08" into micro units.
pub fn parse_rate(raw: &str) -> Result<i64, Msg> {
    let t = raw.trim().replace(',', ".");
    let err = || crate::msg!("tier-error-rate");
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if whole.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !frac.chars().all(|c| c.is_ascii_digit())
        || frac.len() > 6
        || whole.len() > 6
    {
        return Err(err());
    }
    let micros = whole.parse::<i64>().map_err(|_| err())? * 1_000_000
        + format!("{frac:0<6}").parse::<i64>().map_err(|_| err())?;
    if micros == 0 {
        return Err(err());
    }
    Ok(micros)
}

pub fn format_rate(micros: i64) -> String {
    let s = format!("{}.{:06}", micros / 1_000_000, micros % 1_000_000);
    let s = s.trim_end_matches('0');
    s.strip_suffix('.').unwrap_or(s).to_string()
}

/// Incentive kinds on a won deal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum IncentiveKind {
    Rebate,
    Commission,
}

impl IncentiveKind {
    pub const ALL: [IncentiveKind; 2] = [Self::Rebate, Self::Commission];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Rebate => "rebate",
            Self::Commission => "commission",
        }
    }
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Rebate => k!("tier-incentive-rebate"),
            Self::Commission => k!("tier-incentive-commission"),
        }
    }
    /// The kind's name in the reader's language.
    pub fn label(self) -> String {
        use_l10n().t(self.label_key())
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// The rebate and commission a won deal earns under `gives`.
pub fn incentives(base_cents: i64, gives: &Benefits) -> Vec<(IncentiveKind, i64, i64)> {
    [
        (IncentiveKind::Rebate, gives.rebate_bp),
        (IncentiveKind::Commission, gives.commission_bp),
    ]
    .into_iter()
    .filter(|(_, bp)| *bp > 0 && base_cents > 0)
    .map(|(k, bp)| (k, bp, apply_rate(base_cents, bp)))
    .filter(|(_, _, amount)| *amount > 0)
    .collect()
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum IncentiveStatus {
    Earned,
    Approved,
    Paid,
    ClawedBack,
}

impl IncentiveStatus {
    pub const ALL: [IncentiveStatus; 4] =
        [Self::Earned, Self::Approved, Self::Paid, Self::ClawedBack];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Earned => "earned",
            Self::Approved => "approved",
            Self::Paid => "paid",
            Self::ClawedBack => "clawed_back",
        }
    }
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Earned => k!("tier-incentive-earned"),
            Self::Approved => k!("tier-incentive-approved"),
            Self::Paid => k!("tier-incentive-paid"),
            Self::ClawedBack => k!("tier-incentive-clawed-back"),
        }
    }
    /// The status's name in the reader's language.
    pub fn label(self) -> String {
        use_l10n().t(self.label_key())
    }
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }
    /// earned -> approved (in a payout run) -> paid; approved -> earned
    /// (taken out of a run before it is paid); anything not yet clawed back
    /// -> clawed back.
    pub fn can_become(self, to: IncentiveStatus) -> bool {
        use IncentiveStatus::*;
        matches!(
            (self, to),
            (Earned, Approved)
                | (Approved, Paid)
                | (Approved, Earned)
                | (Earned | Approved | Paid, ClawedBack)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn benefits(rebate: i64) -> Benefits {
        Benefits {
            discount_bp: 0,
            deal_margin_bp: 0,
            rebate_bp: rebate,
            commission_bp: 0,
            mdf_eligible: false,
            content: ContentLevel::Basic,
        }
    }

    fn version(id: i64, tier: i64, rank: i64, from: i64, revenue: i64) -> RuleVersion {
        RuleVersion {
            id,
            tier_id: tier,
            rank,
            effective_from: from,
            requires: Requirements {
                min_revenue_cents: revenue,
                ..Default::default()
            },
            gives: benefits(100 * rank),
        }
    }

    fn metrics(revenue: i64) -> Metrics {
        Metrics {
            revenue_cents: revenue,
            ..Default::default()
        }
    }

    #[test]
    fn the_version_in_force_is_the_latest_started_one() {
        let day = DAY_MS;
        let v = vec![
            version(1, 10, 0, 0, 0),
            version(2, 11, 1, 0, 100_000),
            version(3, 11, 1, 100 * day, 500_000),
            version(4, 12, 2, 200 * day, 1_000_000),
        ];
        let at_50: Vec<i64> = in_force(&v, 50 * day).iter().map(|r| r.id).collect();
        assert_eq!(at_50, vec![1, 2]);
        let at_150: Vec<i64> = in_force(&v, 150 * day).iter().map(|r| r.id).collect();
        assert_eq!(at_150, vec![1, 3]);
        let at_250: Vec<i64> = in_force(&v, 250 * day).iter().map(|r| r.id).collect();
        assert_eq!(at_250, vec![1, 3, 4]);
        // The same figures qualify under the old rules and not the new ones.
        let m = metrics(200_000);
        assert_eq!(qualifying_rank(&in_force(&v, 50 * day), &m), Some(1));
        assert_eq!(qualifying_rank(&in_force(&v, 150 * day), &m), Some(0));
        assert_eq!(qualifying_rank(&in_force(&[], 0), &m), None);
    }

    #[test]
    fn the_highest_met_tier_wins_and_the_entry_tier_is_the_floor() {
        let v = vec![
            version(1, 10, 0, 0, 0),
            version(2, 11, 1, 0, 100),
            version(3, 12, 2, 0, 1_000),
        ];
        let rules = in_force(&v, 1);
        assert_eq!(qualifying_rank(&rules, &metrics(0)), Some(0));
        assert_eq!(qualifying_rank(&rules, &metrics(100)), Some(1));
        assert_eq!(qualifying_rank(&rules, &metrics(5_000)), Some(2));
        // An entry tier with requirements still is the floor.
        let v = vec![version(1, 10, 0, 0, 50), version(2, 11, 1, 0, 100)];
        assert_eq!(qualifying_rank(&in_force(&v, 1), &metrics(0)), Some(0));
    }

    #[test]
    fn every_requirement_counts_and_certification_is_not_tracked() {
        let mut r = version(1, 11, 1, 0, 50_000_000);
        r.requires.min_approved = 5;
        r.requires.min_won = 2;
        r.requires.min_certified = 3;
        r.requires.custom = vec!["Joint business plan".into()];
        let mut m = Metrics {
            revenue_cents: 41_200_000,
            approved: 6,
            won: 2,
            ..Default::default()
        };
        let p = progress(&r, &m);
        assert_eq!(p.len(), 5);
        assert!(!p[0].met && p[1].met && p[2].met);
        assert_eq!(p[3].current, None);
        assert!(p[3].met, "not tracked yet never blocks");
        assert!(!p[4].met);
        assert!(!qualifies(&r, &m));
        m.revenue_cents = 50_000_000;
        m.checked = vec![(11, criterion_key("  joint   Business plan "))];
        assert!(qualifies(&r, &m));
        // A tick for another tier does not count.
        m.checked = vec![(12, criterion_key("Joint business plan"))];
        assert!(!qualifies(&r, &m));
        m.checked = vec![(11, criterion_key("Joint business plan"))];
        m.certified = Some(2);
        assert!(!qualifies(&r, &m), "once tracked, certification counts");
    }

    #[test]
    fn downgrades_wait_for_the_grace_period() {
        let now = 1_000 * DAY_MS;
        assert_eq!(evaluate(1, None, 2, now, 90), Outcome::Upgrade(2));
        assert_eq!(evaluate(1, Some(now + 5), 2, now, 90), Outcome::Upgrade(2));
        assert_eq!(evaluate(1, None, 1, now, 90), Outcome::Stay);
        assert_eq!(evaluate(1, Some(now + 5), 1, now, 90), Outcome::ClearGrace);
        assert_eq!(
            evaluate(2, None, 1, now, 90),
            Outcome::StartGrace {
                until: now + 90 * DAY_MS
            }
        );
        assert_eq!(evaluate(2, Some(now + 1), 1, now, 90), Outcome::Stay);
        assert_eq!(evaluate(2, Some(now), 0, now, 90), Outcome::Downgrade(0));
        assert_eq!(evaluate(2, None, 1, now, 0), Outcome::Downgrade(1));
    }

    #[test]
    fn rates_round_half_up_and_convert() {
        assert_eq!(apply_rate(10_000_000, 250), 250_000);
        assert_eq!(apply_rate(199, 50), 1); // 0.995 -> 1
        assert_eq!(apply_rate(99, 50), 0); // 0.495 -> 0
        assert_eq!(apply_rate(1_000_000_000_000, 10_000), 1_000_000_000_000);
        assert_eq!(convert(10_000, 1_080_000), 10_800);
        assert_eq!(convert(1, 1_500_000), 2);
        let i = incentives(
            12_345_600,
            &Benefits {
                commission_bp: 125,
                ..benefits(300)
            },
        );
        assert_eq!(
            i,
            vec![
                (IncentiveKind::Rebate, 300, 370_368),
                (IncentiveKind::Commission, 125, 154_320)
            ]
        );
        assert!(incentives(12_345_600, &benefits(0)).is_empty());
        assert!(
            incentives(10, &benefits(1)).is_empty(),
            "zero amounts are not entries"
        );
    }

    #[test]
    fn percentages_and_rates_parse_strictly() {
        assert_eq!(parse_percent("2.5"), Ok(250));
        assert_eq!(parse_percent("2,5 %"), Ok(250));
        assert_eq!(parse_percent("100"), Ok(10_000));
        assert_eq!(parse_percent(".75"), Ok(75));
        assert_eq!(parse_percent(""), Ok(0));
        for bad in ["101", "-1", "1.234", "abc", "1e2", "."] {
            assert!(parse_percent(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_percent("12,5\u{a0}%"), Ok(1_250));
        assert_eq!(format_bp(250), "2.5%");
        assert_eq!(format_bp(1_000), "10%");
        assert_eq!(format_bp(5), "0.05%");
        assert_eq!(percent_input(1_250), "12.5");
        assert_eq!(percent_input(0), "");
        assert_eq!(parse_rate("1.08"), Ok(1_080_000));
        assert_eq!(format_rate(1_080_000), "1.08");
        assert_eq!(format_rate(2_000_000), "2");
        for bad in ["0", "", "-1", "1.0000001", "x"] {
            assert!(parse_rate(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn incentive_statuses_move_one_way() {
        use IncentiveStatus::*;
        assert!(Earned.can_become(Approved));
        assert!(Approved.can_become(Paid));
        assert!(Approved.can_become(Earned));
        assert!(Paid.can_become(ClawedBack));
        assert!(!Earned.can_become(Paid), "only through a payout run");
        assert!(!Paid.can_become(Earned));
        assert!(!ClawedBack.can_become(Earned));
        assert!(!ClawedBack.can_become(ClawedBack));
    }

    #[test]
    fn criteria_lines_drop_blanks_and_duplicates() {
        assert_eq!(
            criteria_lines("Joint plan\n\n  joint   PLAN \nQuarterly review "),
            vec!["Joint plan".to_string(), "Quarterly review".to_string()]
        );
    }
}
