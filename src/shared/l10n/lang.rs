//! The portal's languages and how a request names one.

use serde::{Deserialize, Serialize};

/// A language the portal is written in. English is the source; every other
/// locale has every English key (`tests` in `catalog.rs` hold them to it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    De,
    Fr,
    Es,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::Ja];

    /// The BCP 47 code: `<html lang>`, the cookie, the locale folder.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Ja => "ja",
        }
    }

    /// The language's own name, as the switcher offers it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Ja => "日本語",
        }
    }

    /// "de", "de-CH", "DE", "de_AT" all name German; anything else none.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best of our languages for an `Accept-Language` header: the
    /// highest quality first, the header's order among equals; `q=0` means
    /// "not this one".
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(u16, usize, Lang)> = None;
        for (pos, item) in header.split(',').enumerate().take(32) {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or_default();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map(quality)
                .unwrap_or(1000);
            let Some(lang) = Lang::parse(tag) else {
                continue;
            };
            if q == 0 {
                continue;
            }
            let better = match best {
                None => true,
                Some((bq, bpos, _)) => q > bq || (q == bq && pos < bpos),
            };
            if better {
                best = Some((q, pos, lang));
            }
        }
        best.map(|(_, _, l)| l)
    }
}

/// "0.8" as 800; malformed values count as 0 (ignored).
fn quality(raw: &str) -> u16 {
    let raw = raw.trim();
    match raw.split_once('.') {
        None => raw.parse::<u16>().map(|v| v.min(1) * 1000).unwrap_or(0),
        Some((whole, frac)) => {
            let whole: u16 = whole.parse().unwrap_or(0);
            if whole >= 1 {
                return 1000;
            }
            let digits: String = frac.chars().take(3).collect();
            if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
                return 0;
            }
            format!("{digits:0<3}").parse().unwrap_or(0)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        assert_eq!(Lang::parse("de-CH"), Some(Lang::De));
        assert_eq!(Lang::parse("JA"), Some(Lang::Ja));
        assert_eq!(Lang::parse("pt-BR"), None);
        assert_eq!(Lang::parse(""), None);
    }

    /// Quality wins over order; equal qualities keep the header's order;
    /// q=0 refuses; unknown languages are skipped.
    #[test]
    fn accept_language() {
        let pick = Lang::from_accept_language;
        assert_eq!(pick("de-DE,de;q=0.9,en;q=0.8"), Some(Lang::De));
        assert_eq!(pick("pt-BR, fr;q=0.5, es;q=0.7"), Some(Lang::Es));
        assert_eq!(pick("ja;q=0, en;q=0.1"), Some(Lang::En));
        assert_eq!(pick("fr, de"), Some(Lang::Fr));
        assert_eq!(pick("en;q=0.5, ja"), Some(Lang::Ja));
        assert_eq!(pick("zh-CN"), None);
        assert_eq!(pick(""), None);
        assert_eq!(pick("de;q=abc, fr;q=0.2"), Some(Lang::Fr));
    }
}
