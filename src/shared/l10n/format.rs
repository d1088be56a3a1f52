//! Numbers, money, percentages, dates and times in each locale's format.
//!
//! The patterns and symbols below are CLDR's (the data ICU uses); they live
//! here as a few lines per locale instead of ICU's data tables so the
//! browser bundle carries five locales' formats, not every locale's. The
//! test at the end holds every function to ICU's own output for the same
//! inputs (`tests/fixtures/l10n-formats.json`, written by
//! `scripts/l10n-fixtures.mjs` from Node's ICU).

use super::Lang;
use crate::shared::time::civil_from_days;

const DAY_MS: i64 = 86_400_000;

struct Numbers {
    decimal: char,
    group: &'static str,
    /// Digits before the first group separator appears: Spanish writes
    /// 1234 but 12.345.
    min_grouping: usize,
    /// Between the number and `%`.
    percent_gap: &'static str,
    /// `¤#,##0.00` (symbol first) or `#,##0.00 ¤`.
    currency_first: bool,
}

fn numbers(lang: Lang) -> Numbers {
    match lang {
        Lang::En | Lang::Ja => Numbers {
            decimal: '.',
            group: ",",
            min_grouping: 1,
            percent_gap: "",
            currency_first: true,
        },
        Lang::De => Numbers {
            decimal: ',',
            group: ".",
            min_grouping: 1,
            percent_gap: "\u{a0}",
            currency_first: false,
        },
        Lang::Fr => Numbers {
            decimal: ',',
            group: "\u{202f}",
            min_grouping: 1,
            percent_gap: "\u{a0}",
            currency_first: false,
        },
        Lang::Es => Numbers {
            decimal: ',',
            group: ".",
            min_grouping: 2,
            percent_gap: "\u{a0}",
            currency_first: false,
        },
    }
}

/// The character between whole and fraction digits.
pub fn decimal_separator(lang: Lang) -> char {
    numbers(lang).decimal
}

/// The currency's symbol in `lang` (CLDR); its ISO code when CLDR has none.
pub fn currency_symbol(lang: Lang, code: &str) -> String {
    let s = match (lang, code) {
        (Lang::Fr, "USD") => "$US",
        (Lang::Es, "USD") => "US$",
        (_, "USD") => "$",
        (_, "EUR") => "€",
        (Lang::Fr, "GBP") => "£GB",
        (Lang::Es, "GBP") => "GBP",
        (_, "GBP") => "£",
        (Lang::Fr, "CAD") => "$CA",
        (Lang::Es, "CAD") => "CAD",
        (_, "CAD") => "CA$",
        (Lang::Fr, "AUD") => "$AU",
        (Lang::Es, "AUD") => "AUD",
        (Lang::De, "AUD") => "AU$",
        (_, "AUD") => "A$",
        (Lang::Fr | Lang::Es, "JPY") => "JPY",
        (Lang::Ja, "JPY") => "￥",
        (_, "JPY") => "¥",
        (Lang::Es, "INR") => "INR",
        (_, "INR") => "₹",
        (_, other) => other,
    };
    s.to_string()
}

/// Fraction digits a currency is written with (ISO 4217).
pub fn currency_digits(code: &str) -> u32 {
    match code {
        "JPY" | "KRW" | "CLP" | "ISK" | "VND" => 0,
        _ => 2,
    }
}

/// Digits of `n` (no sign) with `lang`'s group separator.
fn group(lang: Lang, digits: &str) -> String {
    let n = numbers(lang);
    if digits.len() < 4 || digits.len() < 4 + n.min_grouping - 1 {
        return digits.to_string();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(n.group);
        }
        out.push(c);
    }
    out
}

/// A whole number: "1,234", "1.234", "1 234", "1234" (es), "1,234" (ja).
pub fn integer(lang: Lang, v: i64) -> String {
    let sign = if v < 0 { "-" } else { "" };
    format!("{sign}{}", group(lang, &v.unsigned_abs().to_string()))
}

/// `scaled / 10^frac` with exactly `frac` fraction digits: (1234, 1) is
/// "123.4" in English, "123,4" in German.
pub fn fixed(lang: Lang, scaled: i64, frac: u32) -> String {
    let sign = if scaled < 0 { "-" } else { "" };
    let abs = scaled.unsigned_abs();
    let unit = 10u64.pow(frac);
    let whole = group(lang, &(abs / unit).to_string());
    if frac == 0 {
        return format!("{sign}{whole}");
    }
    let f = abs % unit;
    format!(
        "{sign}{whole}{}{f:0width$}",
        numbers(lang).decimal,
        width = frac as usize
    )
}

/// A float with at most `max_frac` fraction digits, trailing zeros dropped.
pub fn decimal(lang: Lang, v: f64, max_frac: u32) -> String {
    let unit = 10f64.powi(max_frac as i32);
    let mut scaled = (v * unit).round() as i64;
    let mut frac = max_frac;
    while frac > 0 && scaled % 10 == 0 {
        scaled /= 10;
        frac -= 1;
    }
    fixed(lang, scaled, frac)
}

/// Basis points as a percentage with up to two fraction digits: 1250 is
/// "12.5%" in English, "12,5 %" in German.
pub fn percent(lang: Lang, bp: i64) -> String {
    let mut scaled = bp;
    let mut frac = 2;
    while frac > 0 && scaled % 10 == 0 {
        scaled /= 10;
        frac -= 1;
    }
    format!(
        "{}{}%",
        fixed(lang, scaled, frac),
        numbers(lang).percent_gap
    )
}

/// Minor units in a currency, the way the locale writes it: "$25,000",
/// "25.000 $", "25 000 $US", "￥25,000". Minor units are shown only
/// when there are some; JPY has none (rounded half away from zero).
pub fn money(lang: Lang, cents: i64, code: &str) -> String {
    let digits = currency_digits(code);
    let (scaled, frac) = if digits == 0 {
        let whole = (cents.abs() + 50) / 100;
        (if cents < 0 { -whole } else { whole }, 0)
    } else if cents % 100 == 0 {
        (cents / 100, 0)
    } else {
        (cents, 2)
    };
    let number = fixed(lang, scaled.abs(), frac);
    let sign = if scaled < 0 { "-" } else { "" };
    let symbol = currency_symbol(lang, code);
    if numbers(lang).currency_first {
        // CLDR's currency spacing: a letter next to a digit gets a space.
        let gap = if symbol.ends_with(|c: char| c.is_alphabetic()) {
            "\u{a0}"
        } else {
            ""
        };
        format!("{sign}{symbol}{gap}{number}")
    } else {
        format!("{sign}{number}\u{a0}{symbol}")
    }
}

const FR_MONTHS: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];
const ES_MONTHS: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
];
const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A calendar date (CLDR's medium style): "Dec 7, 2026", "07.12.2026",
/// "7 déc. 2026", "7 dic 2026", "2026/12/07". `ms` is a UTC midnight,
/// or an instant already shifted to the reader's zone.
pub fn date(lang: Lang, ms: i64) -> String {
    let (y, m, d) = civil_from_days(ms.div_euclid(DAY_MS));
    let mi = (m - 1) as usize;
    match lang {
        Lang::En => format!("{} {d}, {y}", EN_MONTHS[mi]),
        Lang::De => format!("{d:02}.{m:02}.{y}"),
        Lang::Fr => format!("{d} {} {y}", FR_MONTHS[mi]),
        Lang::Es => format!("{d} {} {y}", ES_MONTHS[mi]),
        Lang::Ja => format!("{y}/{m:02}/{d:02}"),
    }
}

/// A time of day (CLDR's short style): "3:05 PM", "15:05", "15:05",
/// "15:05", "15:05"; "0:05" in Spanish and Japanese, "12:05 AM" in English.
pub fn time(lang: Lang, ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let h = secs.rem_euclid(86_400) / 3600;
    let mi = secs.rem_euclid(3600) / 60;
    match lang {
        Lang::En => {
            let h12 = if h % 12 == 0 { 12 } else { h % 12 };
            let half = if h < 12 { "AM" } else { "PM" };
            format!("{h12}:{mi:02} {half}")
        }
        Lang::De | Lang::Fr => format!("{h:02}:{mi:02}"),
        Lang::Es | Lang::Ja => format!("{h}:{mi:02}"),
    }
}

/// A date and a time: "Mar 7, 2026, 3:05 PM", "2026/03/07 15:05". `ms` is
/// wall-clock time (already shifted to the reader's zone).
pub fn datetime(lang: Lang, ms: i64) -> String {
    let sep = if lang == Lang::Ja { " " } else { ", " };
    format!("{}{sep}{}", date(lang, ms), time(lang, ms))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn fixture() -> Value {
        let raw = include_str!("../../../tests/fixtures/l10n-formats.json");
        serde_json::from_str(raw).expect("fixture parses")
    }

    fn cases<'a>(f: &'a Value, lang: Lang, kind: &str) -> &'a Vec<Value> {
        f[lang.code()][kind].as_array().expect(kind)
    }

    /// Every format, in every locale, is ICU's (CLDR 48 through Node).
    #[test]
    fn formats_match_icu() {
        let f = fixture();
        let mut failures = Vec::new();
        let mut count = 0;
        let mut check = |what: String, got: String, want: &Value| {
            count += 1;
            if want.as_str() != Some(got.as_str()) {
                failures.push(format!("{what}: got {got:?}, ICU {want}"));
            }
        };
        for lang in Lang::ALL {
            for c in cases(&f, lang, "number") {
                let v = c[0].as_i64().unwrap();
                check(format!("{lang:?} integer {v}"), integer(lang, v), &c[1]);
            }
            for c in cases(&f, lang, "money") {
                let (cents, code) = (c[0].as_i64().unwrap(), c[1].as_str().unwrap());
                check(
                    format!("{lang:?} money {cents} {code}"),
                    money(lang, cents, code),
                    &c[2],
                );
            }
            for c in cases(&f, lang, "decimal") {
                let (v, frac) = (c[0].as_i64().unwrap(), c[1].as_u64().unwrap() as u32);
                check(
                    format!("{lang:?} fixed {v}/{frac}"),
                    fixed(lang, v, frac),
                    &c[2],
                );
            }
            for c in cases(&f, lang, "percent") {
                let bp = c[0].as_i64().unwrap();
                check(format!("{lang:?} percent {bp}"), percent(lang, bp), &c[1]);
            }
            for c in cases(&f, lang, "date") {
                let ms = c[0].as_i64().unwrap();
                check(format!("{lang:?} date {ms}"), date(lang, ms), &c[1]);
            }
            for c in cases(&f, lang, "datetime") {
                let ms = c[0].as_i64().unwrap();
                check(format!("{lang:?} datetime {ms}"), datetime(lang, ms), &c[1]);
            }
            for c in cases(&f, lang, "time") {
                let ms = c[0].as_i64().unwrap();
                check(format!("{lang:?} time {ms}"), time(lang, ms), &c[1]);
            }
        }
        assert!(count > 500, "the fixture has its cases ({count})");
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn decimals_drop_trailing_zeros() {
        assert_eq!(decimal(Lang::En, 2.5, 2), "2.5");
        assert_eq!(decimal(Lang::De, 2.0, 2), "2");
        assert_eq!(decimal(Lang::Fr, 1234.567, 2), "1\u{202f}234,57");
    }
}
