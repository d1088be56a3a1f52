//! The rules of deal registration, free of I/O so they are unit-tested on
//! their own: statuses and the one state machine, customer normalisation
//! and fuzzy matching, approval routing, exclusivity and timing checks,
//! money and date parsing.

use serde::{Deserialize, Serialize};

use crate::shared::roles::string_enum;

string_enum!(
    /// The life of a registration. Transitions: [`transition_allowed`].
    DealStatus {
        Draft = "draft" / "Returned for changes",
        Submitted = "submitted" / "Pending approval",
        Approved = "approved" / "Approved",
        Rejected = "rejected" / "Rejected",
        Won = "won" / "Won",
        Lost = "lost" / "Lost",
        Expired = "expired" / "Expired",
        Withdrawn = "withdrawn" / "Withdrawn",
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
        New = "new" / "New business",
        Upsell = "upsell" / "Upsell",
        Renewal = "renewal" / "Renewal",
    }
);

string_enum!(
    /// The partner's sales stage, with a default probability.
    Stage {
        Qualify = "qualify" / "Qualify",
        Discovery = "discovery" / "Discovery",
        Proposal = "proposal" / "Proposal",
        Negotiation = "negotiation" / "Negotiation",
        Commit = "commit" / "Commit",
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

/// Who asks for a transition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    /// A member of the deal's partner company.
    Partner,
    /// Vendor staff in scope (approver, channel manager, vendor admin).
    Staff,
    /// The server itself: auto-approval rules and the expiry job.
    System,
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

// ---------------------------------------------------------------------------
// Customer identity: domains and company names.

/// The registrable host of a website, e-mail address or URL: lower case,
/// without scheme, credentials, `www.`, port, path, query or trailing dot.
/// Returns an empty string when nothing host-like is left.
pub fn normalise_domain(raw: &str) -> String {
    let mut s = raw.trim().to_lowercase();
    if let Some(i) = s.find("://") {
        s = s[i + 3..].to_string();
    }
    let s = s.split(['/', '?', '#']).next().unwrap_or("");
    // user@host (an e-mail address or credentials in a URL).
    let s = s.rsplit('@').next().unwrap_or("");
    let s = s.split(':').next().unwrap_or("");
    let mut s = s.trim_end_matches('.');
    while let Some(rest) = s.strip_prefix("www.") {
        s = rest;
    }
    let ok = s.contains('.')
        && !s.starts_with('.')
        && s.len() <= 253
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    if ok {
        s.to_string()
    } else {
        String::new()
    }
}

/// Legal-form words dropped from the end of a company name.
const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "llc",
    "llp",
    "lp",
    "ltd",
    "limited",
    "gmbh",
    "mbh",
    "ag",
    "kg",
    "ug",
    "se",
    "sa",
    "sas",
    "sarl",
    "srl",
    "spa",
    "bv",
    "nv",
    "plc",
    "pty",
    "pte",
    "corp",
    "corporation",
    "co",
    "company",
    "kk",
    "oy",
    "ab",
    "as",
    "aps",
    "group",
    "holding",
    "holdings",
];

/// The comparable key of a company name: lower case, accents and
/// punctuation removed, `&` read as "and", a leading "the" and trailing
/// legal forms dropped. "The ACME Corp., Inc." becomes "acme".
pub fn normalise_company(raw: &str) -> String {
    let mut cleaned = String::with_capacity(raw.len());
    for ch in raw.chars().flat_map(char::to_lowercase) {
        let ch = fold_accent(ch);
        if ch.is_alphanumeric() {
            cleaned.push(ch);
        } else if ch == '&' || ch == '+' {
            cleaned.push_str(" and ");
        } else if ch == '.' || ch == '\'' || ch == '’' {
            // "S.A." and "O'Brien" join up; other punctuation separates.
        } else {
            cleaned.push(' ');
        }
    }
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    while words.len() > 1 && LEGAL_SUFFIXES.contains(words.last().unwrap_or(&"")) {
        words.pop();
    }
    words.join(" ")
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ß' => 's',
        other => other,
    }
}

/// The blocking key used to find fuzzy candidates with an index: the first
/// word of the normalised name, at most 12 characters. Names that differ by
/// a typo in the first word's tail still share it when the word is long;
/// the domain check covers the rest.
pub fn name_token(key: &str) -> String {
    key.split_whitespace()
        .next()
        .unwrap_or("")
        .chars()
        .take(12)
        .collect()
}

/// The first label of a domain ("acme" for "acme.co.uk"): compared with
/// company names so "acme.com" and "Acme Ltd" meet.
pub fn domain_label(domain: &str) -> &str {
    domain.split('.').next().unwrap_or("")
}

/// Jaro-Winkler similarity of two strings, 0.0 to 1.0.
pub fn jaro_winkler(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let window = (a.len().max(b.len()) / 2).saturating_sub(1);
    let mut a_match = vec![false; a.len()];
    let mut b_match = vec![false; b.len()];
    let mut matches = 0usize;
    for i in 0..a.len() {
        let lo = i.saturating_sub(window);
        let hi = (i + window + 1).min(b.len());
        for j in lo..hi {
            if !b_match[j] && a[i] == b[j] {
                a_match[i] = true;
                b_match[j] = true;
                matches += 1;
                break;
            }
        }
    }
    if matches == 0 {
        return 0.0;
    }
    let mut transpositions = 0usize;
    let mut k = 0usize;
    for i in 0..a.len() {
        if a_match[i] {
            while !b_match[k] {
                k += 1;
            }
            if a[i] != b[k] {
                transpositions += 1;
            }
            k += 1;
        }
    }
    let m = matches as f64;
    let jaro =
        (m / a.len() as f64 + m / b.len() as f64 + (m - transpositions as f64 / 2.0) / m) / 3.0;
    let prefix = a
        .iter()
        .zip(b.iter())
        .take(4)
        .take_while(|(x, y)| x == y)
        .count() as f64;
    jaro + prefix * 0.1 * (1.0 - jaro)
}

/// The similarity at or above which two company names count as the same
/// customer.
pub const SIMILAR_NAME: f64 = 0.92;

/// Whether two normalised company names are similar enough to be the same
/// customer: equal, close by Jaro-Winkler, or one's words all in the other
/// with a distinctive first word ("acme" and "acme robotics").
pub fn similar_names(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b || jaro_winkler(a, b) >= SIMILAR_NAME {
        return true;
    }
    let wa: Vec<&str> = a.split_whitespace().collect();
    let wb: Vec<&str> = b.split_whitespace().collect();
    let (short, long) = if wa.len() <= wb.len() {
        (&wa, &wb)
    } else {
        (&wb, &wa)
    };
    short.first().is_some_and(|w| w.chars().count() >= 4)
        && short.first() == long.first()
        && short.iter().all(|w| long.contains(w))
}

/// Why two registrations look like the same customer, as told to partners
/// (never naming the other partner).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MatchReason {
    SameDomain,
    SimilarName,
}

impl MatchReason {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchReason::SameDomain => "same_domain",
            MatchReason::SimilarName => "similar_name",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "same_domain" => Some(MatchReason::SameDomain),
            "similar_name" => Some(MatchReason::SimilarName),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            MatchReason::SameDomain => "same domain",
            MatchReason::SimilarName => "similar company name",
        }
    }
}

/// The customer of a new registration, normalised once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerKey {
    pub domain: String,
    pub name_key: String,
}

impl CustomerKey {
    pub fn new(name: &str, domain: &str) -> Self {
        CustomerKey {
            domain: normalise_domain(domain),
            name_key: normalise_company(name),
        }
    }

    /// The name tokens whose deals are fuzzy candidates: the name's first
    /// word and the domain's first label.
    pub fn tokens(&self) -> Vec<String> {
        let mut t = vec![name_token(&self.name_key)];
        let label = name_token(domain_label(&self.domain));
        if !label.is_empty() && !t.contains(&label) {
            t.push(label);
        }
        t.retain(|s| !s.is_empty());
        t
    }

    /// Why `other` (an existing registration) is the same customer, if it is.
    pub fn matches(&self, other_domain: &str, other_name_key: &str) -> Option<MatchReason> {
        if !self.domain.is_empty() && self.domain == other_domain {
            return Some(MatchReason::SameDomain);
        }
        let label = domain_label(&self.domain);
        if similar_names(&self.name_key, other_name_key)
            || (label.len() >= 4 && label == other_name_key.replace(' ', ""))
        {
            return Some(MatchReason::SimilarName);
        }
        None
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
        AutoApprove = "auto_approve" / "Approve automatically",
        RouteManager = "route_manager" / "Send to the company's channel manager",
        RouteAdmin = "route_admin" / "Send to vendor admins",
    }
);

string_enum!(
    ConflictCondition {
        Any = "any" / "With or without conflict",
        NoConflict = "none" / "Only without conflict",
        Conflict = "conflict" / "Only with a conflict",
    }
);

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

pub const DAY_MS: i64 = 86_400_000;
pub const HOUR_MS: i64 = 3_600_000;

/// The registration time a submission reports, checked against the server's
/// own clock. `client_ms` is what the browser measured from first
/// interaction to submit; `served_at` is when the server rendered the form
/// (the only clock without JavaScript). Values under 2 s or over 24 h are not
/// a person filling a form and are not stored.
pub fn registration_ms(client_ms: Option<i64>, served_at: Option<i64>, now: i64) -> Option<i64> {
    let server_ms = served_at.map(|s| now - s).filter(|d| *d >= 0);
    let measured = match (client_ms, server_ms) {
        // The browser cannot have measured longer than the form existed
        // (plus a little clock slack).
        (Some(c), Some(s)) => Some(c.min(s + 5_000)),
        (Some(c), None) => Some(c),
        (None, s) => s,
    }?;
    (2_000..=DAY_MS).contains(&measured).then_some(measured)
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// A `YYYY-MM-DD` date (what `<input type="date">` sends) as UTC midnight
/// in milliseconds.
pub fn parse_date(raw: &str) -> Option<i64> {
    let mut parts = raw.trim().splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.parse().ok()?;
    if !(1970..=9999).contains(&y) || !(1..=12).contains(&m) || d < 1 {
        return None;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let max = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ][m as usize - 1];
    (d <= max).then(|| days_from_civil(y, m, d) * DAY_MS)
}

/// UTC midnight ms as `YYYY-MM-DD` (to fill a date input).
pub fn date_input_value(ms: i64) -> String {
    let days = ms.div_euclid(DAY_MS);
    let (y, m, d) = crate::ui::civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The largest registrable deal value: 10 billion in major units.
pub const MAX_VALUE_CENTS: i64 = 1_000_000_000_000;

/// A money amount typed by a person: "25000", "25,000.50", "25 000". In
/// minor units (cents). Negative, zero, absurd or malformed values fail.
pub fn parse_money(raw: &str) -> Result<i64, String> {
    let cleaned: String = raw
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | ' ' | '_' | '\u{a0}' | '\''))
        .collect();
    if cleaned.is_empty() {
        return Err("Enter the estimated value.".into());
    }
    let (whole, frac) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    let valid = !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && frac.len() <= 2
        && frac.chars().all(|c| c.is_ascii_digit());
    if !valid {
        return Err("Enter a number like 25000 or 25,000.50.".into());
    }
    if whole.len() > 12 {
        return Err("That value is too large to be a single deal.".into());
    }
    let whole: i64 = whole.parse().map_err(|_| "Enter a number.".to_string())?;
    let frac: i64 = format!("{frac:0<2}").parse().unwrap_or(0);
    let cents = whole * 100 + frac;
    if cents <= 0 {
        return Err("The value must be more than zero.".into());
    }
    if cents > MAX_VALUE_CENTS {
        return Err("That value is too large to be a single deal.".into());
    }
    Ok(cents)
}

/// Currencies offered on the form.
pub const CURRENCIES: &[&str] = &[
    "USD", "EUR", "GBP", "CHF", "CAD", "AUD", "JPY", "SEK", "INR",
];

/// The currency a partner in `country` most likely quotes in.
pub fn default_currency(country: &str) -> &'static str {
    match country {
        "DE" | "FR" | "ES" | "IT" | "NL" | "AT" | "BE" | "IE" | "FI" | "PT" => "EUR",
        "GB" => "GBP",
        "CH" => "CHF",
        "CA" => "CAD",
        "AU" => "AUD",
        "JP" => "JPY",
        "SE" => "SEK",
        "IN" => "INR",
        _ => "USD",
    }
}

/// Minor units as a form field value: "25000", "25000.50" (what
/// [`parse_money`] reads back).
pub fn money_input(cents: i64) -> String {
    if cents % 100 == 0 {
        (cents / 100).to_string()
    } else {
        format!("{}.{:02}", cents / 100, (cents % 100).abs())
    }
}

/// "USD 25,000" (cents dropped when zero).
pub fn format_money(cents: i64, currency: &str) -> String {
    let frac = (cents % 100).abs();
    let grouped = group_digits((cents / 100).abs());
    let sign = if cents < 0 { "-" } else { "" };
    if frac == 0 {
        format!("{currency} {sign}{grouped}")
    } else {
        format!("{currency} {sign}{grouped}.{frac:02}")
    }
}

/// A whole number with thousands separators: "10,000".
pub fn group_digits(n: i64) -> String {
    let digits = n.abs().to_string();
    let mut grouped = String::from(if n < 0 { "-" } else { "" });
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    grouped
}

/// A duration for people: "48 s", "3 min 5 s", "26 h", "3 d".
pub fn format_duration(ms: i64) -> String {
    let s = ms.abs() / 1000;
    if s < 60 {
        format!("{s} s")
    } else if s < 3600 {
        let (m, r) = (s / 60, s % 60);
        if r == 0 || m >= 10 {
            format!("{m} min")
        } else {
            format!("{m} min {r} s")
        }
    } else if s < 2 * 86_400 {
        format!("{} h", s / 3600)
    } else {
        format!("{} d", s / 86_400)
    }
}

/// The exclusivity window granted on approval, within the bounds a vendor
/// may configure.
pub fn exclusivity_end(approved_at: i64, days: i64) -> i64 {
    approved_at + days.clamp(1, 365) * DAY_MS
}

/// The median and 90th percentile of a sorted sample (nearest rank).
pub fn median_p90(sorted: &[i64]) -> Option<(i64, i64)> {
    if sorted.is_empty() {
        return None;
    }
    let rank = |p: f64| {
        let r = (p * sorted.len() as f64).ceil() as usize;
        sorted[r.clamp(1, sorted.len()) - 1]
    };
    Some((rank(0.5), rank(0.9)))
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

    #[test]
    fn domains_are_normalised() {
        for (raw, want) in [
            ("https://www.Acme.com/about?x=1", "acme.com"),
            ("HTTP://acme.com.", "acme.com"),
            ("www.www.acme.co.uk:8443/", "acme.co.uk"),
            ("jane.doe@Acme.com", "acme.com"),
            ("https://user:pw@shop.acme.io#top", "shop.acme.io"),
            ("acme", ""),
            ("", ""),
            ("not a domain.com", ""),
        ] {
            assert_eq!(normalise_domain(raw), want, "{raw}");
        }
    }

    #[test]
    fn company_names_are_normalised() {
        for (raw, want) in [
            ("The ACME Corp., Inc.", "acme"),
            ("Acme GmbH", "acme"),
            ("ACME  Robotics S.A.", "acme robotics"),
            ("Müller & Söhne KG", "muller and sohne"),
            ("Contoso B.V.", "contoso"),
            ("Fabrikam, LLC", "fabrikam"),
            ("O'Brien Consulting Ltd", "obrien consulting"),
            ("Company", "company"),
            ("The", "the"),
        ] {
            assert_eq!(normalise_company(raw), want, "{raw}");
        }
    }

    #[test]
    fn fuzzy_names() {
        assert!(similar_names("acme robotics", "acme robotic"));
        assert!(similar_names("fabrikam", "fabrikan"));
        assert!(similar_names("acme", "acme robotics"));
        assert!(similar_names("contoso pharma", "contoso"));
        assert!(!similar_names("acme", "apex"));
        assert!(!similar_names("northwind", "southwind traders"));
        assert!(
            !similar_names("abc", "abc logistics"),
            "short words are not distinctive"
        );
        assert!(!similar_names("", "acme"));
        assert!((jaro_winkler("martha", "marhta") - 0.961).abs() < 0.001);
        assert_eq!(jaro_winkler("same", "same"), 1.0);
        assert_eq!(jaro_winkler("abc", "xyz"), 0.0);
    }

    #[test]
    fn customer_matching_reasons() {
        let k = CustomerKey::new("Globex Corporation", "https://www.globex.com/");
        assert_eq!(k.domain, "globex.com");
        assert_eq!(k.name_key, "globex");
        assert_eq!(k.tokens(), vec!["globex".to_string()]);
        assert_eq!(
            k.matches("globex.com", "anything"),
            Some(MatchReason::SameDomain)
        );
        assert_eq!(
            k.matches("globex.de", "globex"),
            Some(MatchReason::SimilarName)
        );
        assert_eq!(
            k.matches("", "globex industries"),
            Some(MatchReason::SimilarName)
        );
        assert_eq!(k.matches("initech.com", "initech"), None);
        // The domain label meets a name typed differently.
        let k = CustomerKey::new("Hooli Inc", "https://hooliworld.com");
        assert_eq!(
            k.tokens(),
            vec!["hooli".to_string(), "hooliworld".to_string()]
        );
        assert_eq!(k.matches("", "hooli world"), Some(MatchReason::SimilarName));
        assert!(products_overlap(&[], &[1]));
        assert!(products_overlap(&[1, 2], &[2]));
        assert!(!products_overlap(&[1], &[2]));
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
    fn registration_time_is_checked() {
        let now = 1_000_000_000;
        assert_eq!(
            registration_ms(Some(45_000), Some(now - 60_000), now),
            Some(45_000)
        );
        // The browser cannot claim more than the form existed.
        assert_eq!(
            registration_ms(Some(600_000), Some(now - 60_000), now),
            Some(65_000)
        );
        // Without JavaScript, the server's clock.
        assert_eq!(registration_ms(None, Some(now - 80_000), now), Some(80_000));
        // Absurd values are not stored.
        assert_eq!(registration_ms(Some(500), Some(now - 60_000), now), None);
        assert_eq!(registration_ms(None, Some(now - 2 * DAY_MS), now), None);
        assert_eq!(registration_ms(None, Some(now + 10), now), None);
        assert_eq!(registration_ms(None, None, now), None);
    }

    #[test]
    fn dates_and_money() {
        assert_eq!(parse_date("1970-01-02"), Some(DAY_MS));
        assert_eq!(
            parse_date("2028-02-29").map(date_input_value),
            Some("2028-02-29".into())
        );
        assert_eq!(parse_date("2027-02-29"), None);
        assert_eq!(parse_date("2027-13-01"), None);
        assert_eq!(parse_date("tomorrow"), None);
        assert_eq!(parse_money("25000"), Ok(2_500_000));
        assert_eq!(parse_money("25,000.5"), Ok(2_500_050));
        assert_eq!(parse_money(" 1 250.99 "), Ok(125_099));
        assert!(parse_money("0").is_err());
        assert!(parse_money("-5").is_err());
        assert!(parse_money("12e5").is_err());
        assert!(parse_money("1.234").is_err());
        assert!(parse_money("99999999999999").is_err());
        assert!(parse_money("").is_err());
        assert_eq!(format_money(2_500_050, "EUR"), "EUR 25,000.50");
        assert_eq!(format_money(100_000_000, "USD"), "USD 1,000,000");
        assert_eq!(default_currency("DE"), "EUR");
        assert_eq!(format_duration(48_000), "48 s");
        assert_eq!(format_duration(185_000), "3 min 5 s");
        assert_eq!(format_duration(26 * HOUR_MS), "26 h");
        assert_eq!(exclusivity_end(0, 90), 90 * DAY_MS);
        assert_eq!(exclusivity_end(0, 9999), 365 * DAY_MS);
    }

    #[test]
    fn percentiles() {
        assert_eq!(median_p90(&[]), None);
        assert_eq!(median_p90(&[5]), Some((5, 5)));
        let v: Vec<i64> = (1..=10).collect();
        assert_eq!(median_p90(&v), Some((5, 9)));
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
