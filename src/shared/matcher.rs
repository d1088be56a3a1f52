//! Who a customer or company is, whoever typed it: domains and company
//! names normalised, first-word tokens for indexed candidates, and fuzzy
//! name matching (Jaro-Winkler plus word containment). Pure and the same on
//! both sides; deal registration's conflict check uses it, and lead
//! distribution and partner applications will.

use serde::{Deserialize, Serialize};

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

/// The key that makes a partner company's name unique regardless of case
/// and spacing (the `companies.name_key` column).
pub fn company_name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }

    #[test]
    fn name_keys_ignore_case_and_spacing() {
        assert_eq!(
            company_name_key("  Northwind   Systems "),
            "northwind systems"
        );
        assert_eq!(
            company_name_key("NORTHWIND systems"),
            company_name_key("Northwind Systems")
        );
    }
}
