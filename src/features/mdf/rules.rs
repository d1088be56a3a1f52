//! The rules of market development funds, free of I/O: the request's state
//! machine, the ledger and the balances derived from it, the reimbursement
//! caps, periods, and the allocation CSV. Money is integer minor units.

use serde::{Deserialize, Serialize};

use crate::msg;
use crate::shared::l10n::{Arg, Msg};
use crate::shared::roles::string_enum;
use crate::shared::time::{days_from_civil, DAY_MS};

pub use crate::shared::roles::Actor;

string_enum!(
    /// The life of an MDF request and its claim. Moves: [`transition_allowed`].
    MdfStatus {
        Submitted = "submitted" / "mdf-status-submitted",
        Returned = "returned" / "mdf-status-returned",
        Declined = "declined" / "mdf-status-declined",
        Cancelled = "cancelled" / "mdf-status-cancelled",
        Approved = "approved" / "mdf-status-approved",
        Claimed = "claimed" / "mdf-status-claimed",
        ChangesRequested = "changes_requested" / "mdf-status-changes-requested",
        ClaimRejected = "claim_rejected" / "mdf-status-claim-rejected",
        ClaimApproved = "claim_approved" / "mdf-status-claim-approved",
        Reimbursed = "reimbursed" / "mdf-status-reimbursed",
        Expired = "expired" / "mdf-status-expired",
    }
);

impl MdfStatus {
    /// Nothing more can happen to the request.
    pub fn is_final(self) -> bool {
        use MdfStatus::*;
        matches!(
            self,
            Declined | Cancelled | ClaimRejected | Reimbursed | Expired
        )
    }

    /// Waiting for the vendor (for queues and the partner's "next step").
    pub fn waits_for_vendor(self) -> bool {
        matches!(
            self,
            MdfStatus::Submitted | MdfStatus::Claimed | MdfStatus::ClaimApproved
        )
    }

    /// The partner's claim can be filed or edited.
    pub fn claim_open(self) -> bool {
        matches!(self, MdfStatus::Approved | MdfStatus::ChangesRequested)
    }

    /// What happens next, in the partner's words: a message key.
    pub fn next_step_key(self) -> &'static str {
        use crate::k;
        use MdfStatus::*;
        match self {
            Submitted => k!("mdf-next-submitted"),
            Returned => k!("mdf-next-returned"),
            Declined => k!("mdf-next-declined"),
            Cancelled => k!("mdf-next-cancelled"),
            Approved => k!("mdf-next-approved"),
            Claimed => k!("mdf-next-claimed"),
            ChangesRequested => k!("mdf-next-changes-requested"),
            ClaimRejected => k!("mdf-next-claim-rejected"),
            ClaimApproved => k!("mdf-next-claim-approved"),
            Reimbursed => k!("mdf-next-reimbursed"),
            Expired => k!("mdf-next-expired"),
        }
    }

    /// What happens next, in the reader's language.
    pub fn next_step(self) -> String {
        crate::shared::l10n::use_l10n().t(self.next_step_key())
    }
}

/// The one place that says which status changes are allowed, and by whom.
pub fn transition_allowed(from: MdfStatus, to: MdfStatus, actor: Actor) -> bool {
    use Actor::*;
    use MdfStatus::*;
    match (from, to) {
        (Submitted, Approved | Returned | Declined) => actor == Staff,
        (Submitted | Returned, Cancelled) => actor == Partner,
        (Returned, Submitted) => actor == Partner,
        (Approved, Cancelled) => actor == Partner,
        (Approved | ChangesRequested, Claimed) => actor == Partner,
        (Approved, Expired) => actor == System,
        (Claimed, ClaimApproved | ChangesRequested | ClaimRejected) => actor == Staff,
        (ClaimApproved, Reimbursed) => actor == Staff,
        _ => false,
    }
}

string_enum!(
    /// What the money is spent on.
    ActivityType {
        Event = "event" / "activity-type-event",
        Webinar = "webinar" / "activity-type-webinar",
        Digital = "digital" / "activity-type-digital",
        Syndication = "syndication" / "activity-type-syndication",
        Training = "training" / "activity-type-training",
        Other = "other" / "activity-type-other",
    }
);

string_enum!(
    /// A ledger entry's kind: which way its (positive) amount moves money.
    EntryKind {
        Allocation = "allocation" / "entry-kind-allocation",
        Commitment = "commitment" / "entry-kind-commitment",
        Release = "release" / "entry-kind-release",
        Claim = "claim" / "entry-kind-claim",
        Reimbursement = "reimbursement" / "entry-kind-reimbursement",
        Expiry = "expiry" / "entry-kind-expiry",
    }
);

/// What a fund holds, derived from its ledger. Always
/// `allocated = available + committed + claimed + paid + expired`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Balance {
    pub allocated: i64,
    pub committed: i64,
    pub claimed: i64,
    pub paid: i64,
    pub expired: i64,
    pub available: i64,
}

/// Why a ledger entry was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LedgerError {
    /// Zero or an amount that may not be negative.
    BadAmount,
    /// More than is there to move.
    Insufficient { kind: EntryKind, have: i64 },
}

impl LedgerError {
    /// The refusal for a person, amounts in the fund's `currency`.
    pub fn msg(&self, currency: &str) -> Msg {
        match self {
            LedgerError::BadAmount => msg!("mdf-ledger-zero"),
            LedgerError::Insufficient { kind, have } => {
                let available = Arg::money(*have, currency);
                match kind {
                    EntryKind::Allocation => {
                        msg!("mdf-ledger-short-allocation", available = available)
                    }
                    EntryKind::Commitment => {
                        msg!("mdf-ledger-short-commitment", available = available)
                    }
                    EntryKind::Release => msg!("mdf-ledger-short-release", available = available),
                    EntryKind::Claim => msg!("mdf-ledger-short-claim", available = available),
                    EntryKind::Reimbursement => {
                        msg!("mdf-ledger-short-reimbursement", available = available)
                    }
                    EntryKind::Expiry => msg!("mdf-ledger-short-expiry", available = available),
                }
            }
        }
    }
}

impl Balance {
    /// The balance after one more entry, or why the entry is refused. Only
    /// an allocation may be negative (a reduction), and never below what is
    /// available; no bucket ever goes below zero.
    pub fn apply(self, kind: EntryKind, amount: i64) -> Result<Balance, LedgerError> {
        use EntryKind::*;
        if amount == 0 || (amount < 0 && kind != Allocation) {
            return Err(LedgerError::BadAmount);
        }
        let mut b = self;
        let short = |have: i64| Err(LedgerError::Insufficient { kind, have });
        match kind {
            Allocation => {
                if amount < 0 && -amount > b.available {
                    return short(b.available);
                }
                b.allocated = b
                    .allocated
                    .checked_add(amount)
                    .ok_or(LedgerError::BadAmount)?;
                b.available += amount;
            }
            Commitment => {
                if amount > b.available {
                    return short(b.available);
                }
                b.available -= amount;
                b.committed += amount;
            }
            Release => {
                if amount > b.committed {
                    return short(b.committed);
                }
                b.committed -= amount;
                b.available += amount;
            }
            Claim => {
                if amount > b.committed {
                    return short(b.committed);
                }
                b.committed -= amount;
                b.claimed += amount;
            }
            Reimbursement => {
                if amount > b.claimed {
                    return short(b.claimed);
                }
                b.claimed -= amount;
                b.paid += amount;
            }
            Expiry => {
                if amount > b.available {
                    return short(b.available);
                }
                b.available -= amount;
                b.expired += amount;
            }
        }
        Ok(b)
    }

    /// The balance from per-kind sums of a ledger (what SQL returns).
    pub fn from_sums(sums: &[(EntryKind, i64)]) -> Balance {
        let get = |k: EntryKind| {
            sums.iter()
                .filter(|(kind, _)| *kind == k)
                .map(|(_, v)| v)
                .sum::<i64>()
        };
        use EntryKind::*;
        let allocated = get(Allocation);
        let (commit, release, claim, paid, expired) = (
            get(Commitment),
            get(Release),
            get(Claim),
            get(Reimbursement),
            get(Expiry),
        );
        Balance {
            allocated,
            committed: commit - release - claim,
            claimed: claim - paid,
            paid,
            expired,
            available: allocated - commit + release - expired,
        }
    }

    /// The identity every balance keeps, and no bucket below zero.
    pub fn is_consistent(&self) -> bool {
        self.allocated == self.available + self.committed + self.claimed + self.paid + self.expired
            && self.available >= 0
            && self.committed >= 0
            && self.claimed >= 0
            && self.paid >= 0
            && self.expired >= 0
    }
}

/// The largest reimbursement for `cost` under a maximum percentage
/// (rounded down to the cent).
pub fn max_reimbursable(cost_cents: i64, max_percent: i64) -> i64 {
    ((cost_cents as i128 * max_percent.clamp(0, 100) as i128) / 100) as i64
}

/// Field errors of a request's amounts: the requested amount against the
/// cost, the co-op percentage and what can still be requested.
pub fn request_amount_errors(
    total_cost: i64,
    requested: i64,
    contribution: i64,
    max_percent: i64,
    requestable: i64,
    currency: &str,
) -> Vec<(&'static str, Msg)> {
    let mut errors = Vec::new();
    if requested > total_cost {
        errors.push(("requested", msg!("mdf-amount-over-cost")));
    } else if requested > max_reimbursable(total_cost, max_percent) {
        errors.push((
            "requested",
            msg!(
                "mdf-amount-over-share",
                percent = max_percent,
                max = Arg::money(max_reimbursable(total_cost, max_percent), currency)
            ),
        ));
    } else if requested > requestable {
        errors.push((
            "requested",
            msg!(
                "mdf-amount-over-balance",
                available = Arg::money(requestable.max(0), currency)
            ),
        ));
    }
    if contribution > 0 && requested + contribution > total_cost {
        errors.push(("contribution", msg!("mdf-amount-contribution")));
    }
    errors
}

/// The most a claim can be approved for: the approved request, and the
/// co-op percentage of what the activity really cost.
pub fn claim_cap(approved: i64, actual_cost: i64, max_percent: i64) -> i64 {
    approved
        .min(max_reimbursable(actual_cost, max_percent))
        .max(0)
}

/// How funds are divided in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodKind {
    Quarter,
    Year,
}

impl PeriodKind {
    pub fn parse(s: &str) -> Option<PeriodKind> {
        match s {
            "quarter" => Some(PeriodKind::Quarter),
            "year" => Some(PeriodKind::Year),
            _ => None,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            PeriodKind::Quarter => "quarter",
            PeriodKind::Year => "year",
        }
    }
}

/// A funding period: its key ("2026-Q4", "2026") and [start, end) in ms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Period {
    pub key: String,
    pub starts_at: i64,
    pub ends_at: i64,
}

/// The period of `kind` that contains `at`.
pub fn period_at(at: i64, kind: PeriodKind) -> Period {
    let (y, m, _) = crate::shared::time::civil_from_days(at.div_euclid(DAY_MS));
    match kind {
        PeriodKind::Year => period_from_key(&y.to_string()).expect("valid year"),
        PeriodKind::Quarter => {
            period_from_key(&format!("{y}-Q{}", (m - 1) / 3 + 1)).expect("valid quarter")
        }
    }
}

/// Parses "2026-Q4" or "2026" (case-insensitive, spaces allowed).
pub fn period_from_key(raw: &str) -> Option<Period> {
    let s: String = raw.trim().to_uppercase().replace(' ', "");
    let (year, quarter) = match s.split_once("-Q").or_else(|| s.split_once('Q')) {
        Some((y, q)) => (y.trim_end_matches('-'), Some(q)),
        None => (s.as_str(), None),
    };
    let y: i64 = year.parse().ok()?;
    if !(2000..=2100).contains(&y) {
        return None;
    }
    match quarter {
        None => Some(Period {
            key: y.to_string(),
            starts_at: days_from_civil(y, 1, 1) * DAY_MS,
            ends_at: days_from_civil(y + 1, 1, 1) * DAY_MS,
        }),
        Some(q) => {
            let q: i64 = q.parse().ok()?;
            if !(1..=4).contains(&q) {
                return None;
            }
            let start_month = (q - 1) * 3 + 1;
            let (ey, em) = if q == 4 {
                (y + 1, 1)
            } else {
                (y, start_month + 3)
            };
            Some(Period {
                key: format!("{y}-Q{q}"),
                starts_at: days_from_civil(y, start_month, 1) * DAY_MS,
                ends_at: days_from_civil(ey, em, 1) * DAY_MS,
            })
        }
    }
}

/// One allocation line of a CSV upload, before the company is looked up.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllocationLine {
    pub line: usize,
    pub company: String,
    pub period: String,
    pub amount_cents: i64,
    pub currency: String,
    pub note: String,
    pub errors: Vec<Msg>,
}

/// The most rows one upload may hold.
pub const MAX_CSV_ROWS: usize = 5_000;

/// The columns of an allocation CSV, as its first line names them.
pub const ALLOCATION_COLUMNS: [&str; 4] = ["company", "period", "amount", "currency"];
/// And the one it may name.
pub const ALLOCATION_NOTE: &str = "note";

/// Checks one line of an allocation CSV (its cells trimmed, as the kernel's
/// reader gives them): the period, the amount (negative for a reduction)
/// and the currency. Every line gets its own errors; the company is looked
/// up in the store.
pub fn allocation_line(
    line: usize,
    company: &str,
    period: &str,
    amount: &str,
    currency: &str,
    note: &str,
) -> AllocationLine {
    use crate::shared::money::{parse_money, CURRENCIES};
    let mut errors = Vec::new();
    if company.is_empty() {
        errors.push(msg!("mdf-csv-company-missing"));
    }
    let period = match period_from_key(period) {
        Some(p) => p.key,
        None => {
            errors.push(msg!("mdf-csv-period", period = period));
            period.to_string()
        }
    };
    let negative = amount.starts_with('-');
    let amount_cents = match parse_money(amount.trim_start_matches('-')) {
        Ok(c) if negative => -c,
        Ok(c) => c,
        Err(e) => {
            errors.push(msg!("mdf-csv-amount", error = Arg::Key(e.key)));
            0
        }
    };
    let currency = currency.to_uppercase();
    if !CURRENCIES.contains(&currency.as_str()) {
        errors.push(msg!("mdf-csv-currency", currency = &currency));
    }
    AllocationLine {
        line,
        company: company.to_string(),
        period,
        amount_cents,
        currency,
        note: note.chars().take(200).collect(),
        errors,
    }
}

/// The claim deadline: the activity's last day plus the program's days.
pub fn claim_due(ends_on: i64, claim_days: i64) -> i64 {
    // End of the activity's last day, then the grace period.
    ends_on + DAY_MS + claim_days.clamp(1, 365) * DAY_MS
}

#[cfg(test)]
mod tests {
    use super::*;
    use MdfStatus::*;

    /// Every status pair and actor: exactly the listed moves are allowed.
    #[test]
    fn state_machine_allows_exactly_the_listed_moves() {
        let allowed = [
            (Submitted, Approved, Actor::Staff),
            (Submitted, Returned, Actor::Staff),
            (Submitted, Declined, Actor::Staff),
            (Submitted, Cancelled, Actor::Partner),
            (Returned, Cancelled, Actor::Partner),
            (Returned, Submitted, Actor::Partner),
            (Approved, Cancelled, Actor::Partner),
            (Approved, Claimed, Actor::Partner),
            (ChangesRequested, Claimed, Actor::Partner),
            (Approved, Expired, Actor::System),
            (Claimed, ClaimApproved, Actor::Staff),
            (Claimed, ChangesRequested, Actor::Staff),
            (Claimed, ClaimRejected, Actor::Staff),
            (ClaimApproved, Reimbursed, Actor::Staff),
        ];
        for &from in MdfStatus::ALL {
            for &to in MdfStatus::ALL {
                for actor in [Actor::Partner, Actor::Staff, Actor::System] {
                    let expected = allowed.contains(&(from, to, actor));
                    assert_eq!(
                        transition_allowed(from, to, actor),
                        expected,
                        "{from:?} -> {to:?} by {actor:?}"
                    );
                }
            }
        }
        for s in MdfStatus::ALL {
            if s.is_final() {
                assert!(MdfStatus::ALL.iter().all(|&t| [
                    Actor::Partner,
                    Actor::Staff,
                    Actor::System
                ]
                .iter()
                .all(|&a| !transition_allowed(*s, t, a))));
            }
        }
    }

    #[test]
    fn caps_round_down_and_respect_the_percentage() {
        assert_eq!(max_reimbursable(10_001, 50), 5_000);
        assert_eq!(max_reimbursable(10_000, 100), 10_000);
        assert_eq!(claim_cap(8_000, 20_000, 50), 8_000);
        assert_eq!(claim_cap(8_000, 10_000, 50), 5_000);
        let e = request_amount_errors(10_000, 6_000, 0, 50, 1_000_000, "USD");
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].1.key, "mdf-amount-over-share", "{e:?}");
        assert_eq!(e[0].1.arg("percent"), Some(&Arg::Int(50)), "{e:?}");
        let e = request_amount_errors(10_000, 5_000, 0, 50, 4_000, "USD");
        assert_eq!(
            e[0].1.arg("available"),
            Some(&Arg::money(4_000, "USD")),
            "{e:?}"
        );
        let e = request_amount_errors(10_000, 5_000, 6_000, 100, 1_000_000, "USD");
        assert_eq!(e[0].0, "contribution");
        assert!(request_amount_errors(10_000, 5_000, 5_000, 50, 5_000, "USD").is_empty());
    }

    #[test]
    fn periods() {
        let p = period_from_key("2026-q4").unwrap();
        assert_eq!(p.key, "2026-Q4");
        assert_eq!(p.starts_at, days_from_civil(2026, 10, 1) * DAY_MS);
        assert_eq!(p.ends_at, days_from_civil(2027, 1, 1) * DAY_MS);
        assert_eq!(period_from_key("2026 Q1").unwrap().key, "2026-Q1");
        assert_eq!(
            period_from_key(" 2026 ").unwrap().ends_at,
            days_from_civil(2027, 1, 1) * DAY_MS
        );
        for bad in ["2026-Q5", "26", "Q4", "", "2026-Qx", "1999"] {
            assert!(period_from_key(bad).is_none(), "{bad}");
        }
        let at = days_from_civil(2026, 11, 21) * DAY_MS + 5;
        assert_eq!(period_at(at, PeriodKind::Quarter).key, "2026-Q4");
        assert_eq!(period_at(at, PeriodKind::Year).key, "2026");
        let q = period_at(days_from_civil(2026, 3, 31) * DAY_MS, PeriodKind::Quarter);
        assert_eq!(q.key, "2026-Q1");
    }

    #[test]
    fn allocation_lines_are_checked_one_by_one() {
        let ok = allocation_line(2, "Northwind Systems", "2026-Q4", "25,000", "usd", "Q4");
        assert!(ok.errors.is_empty(), "{:?}", ok.errors);
        assert_eq!(ok.amount_cents, 2_500_000);
        assert_eq!(ok.currency, "USD");
        let bad = allocation_line(3, "", "2026-Q9", "abc", "XXX", "");
        assert_eq!(bad.errors.len(), 4, "{:?}", bad.errors);
        assert_eq!(bad.line, 3);
        let cut = allocation_line(4, "Contoso", "2026", "-500", "EUR", "cut");
        assert_eq!(cut.amount_cents, -50_000);
        assert_eq!(cut.period, "2026");
        let long = allocation_line(5, "Contoso", "2026", "1", "EUR", &"n".repeat(300));
        assert_eq!(long.note.chars().count(), 200);
    }

    #[test]
    fn ledger_refuses_what_would_break_a_bucket() {
        let b = Balance::default()
            .apply(EntryKind::Allocation, 1_000)
            .unwrap();
        assert!(b.apply(EntryKind::Commitment, 1_001).is_err());
        let b = b.apply(EntryKind::Commitment, 600).unwrap();
        assert_eq!(b.available, 400);
        assert!(b.apply(EntryKind::Allocation, -401).is_err());
        assert!(b.apply(EntryKind::Reimbursement, 1).is_err());
        let b = b.apply(EntryKind::Claim, 500).unwrap();
        let b = b.apply(EntryKind::Release, 100).unwrap();
        let b = b.apply(EntryKind::Reimbursement, 500).unwrap();
        assert_eq!(
            b,
            Balance {
                allocated: 1_000,
                committed: 0,
                claimed: 0,
                paid: 500,
                expired: 0,
                available: 500
            }
        );
        assert!(b.apply(EntryKind::Release, -5).is_err());
        assert!(b.apply(EntryKind::Expiry, 0).is_err());
        assert!(b.is_consistent());
    }

    use proptest::prelude::*;

    fn op() -> impl Strategy<Value = (usize, i64)> {
        (0usize..6, -50_000i64..200_000)
    }

    proptest! {
        /// Random sequences of allocations, commitments, releases, claims,
        /// reimbursements and expiries: whatever the ledger accepts keeps
        /// every bucket at zero or more and the sum equal to what was
        /// allocated; the balance recomputed from per-kind sums (as the
        /// database does) is the same as the one built entry by entry.
        #[test]
        fn ledger_always_adds_up(ops in proptest::collection::vec(op(), 1..200)) {
            let mut b = Balance::default();
            let mut sums: Vec<(EntryKind, i64)> = Vec::new();
            for (k, amount) in ops {
                let kind = EntryKind::ALL[k];
                if let Ok(next) = b.apply(kind, amount) {
                    b = next;
                    sums.push((kind, amount));
                }
                prop_assert!(b.is_consistent(), "{b:?}");
                prop_assert_eq!(Balance::from_sums(&sums), b);
            }
        }

        /// A claim is never approved above the request or the percentage.
        #[test]
        fn claim_cap_is_bounded(approved in 0i64..10_000_000, cost in 0i64..10_000_000, pct in 1i64..=100) {
            let cap = claim_cap(approved, cost, pct);
            prop_assert!(cap <= approved);
            prop_assert!(cap * 100 <= cost * pct);
            prop_assert!(cap >= 0);
        }
    }
}
