//! Money, the same on both sides: amounts are integer minor units (cents)
//! with an ISO currency code beside them; parsing what people type and
//! showing amounts back.

use super::l10n::{use_l10n, Msg};
use crate::msg;

/// The largest registrable deal value: 10 billion in major units.
pub const MAX_VALUE_CENTS: i64 = 1_000_000_000_000;

/// A money amount typed by a person, in any of our locales' ways:
/// "25000", "25,000.50", "25.000,50", "25 000", "25'000". In minor units
/// (cents). The last separator is the decimal one when one or two digits
/// follow it; otherwise every separator groups thousands. Negative, zero,
/// absurd or malformed values fail.
pub fn parse_money(raw: &str) -> Result<i64, Msg> {
    let cleaned: String = raw
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '_' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if cleaned.is_empty() {
        return Err(msg!("error-money-empty"));
    }
    let (whole, frac) = match cleaned.rfind(['.', ',']) {
        Some(at) if (1..=2).contains(&(cleaned.len() - at - 1)) => {
            (cleaned[..at].replace(['.', ','], ""), &cleaned[at + 1..])
        }
        _ => (cleaned.replace(['.', ','], ""), ""),
    };
    let valid = !whole.is_empty()
        && whole.chars().all(|c| c.is_ascii_digit())
        && frac.chars().all(|c| c.is_ascii_digit());
    if !valid {
        return Err(msg!("error-money-shape"));
    }
    if whole.len() > 12 {
        return Err(msg!("error-money-large"));
    }
    let whole: i64 = whole.parse().map_err(|_| msg!("error-money-shape"))?;
    let frac: i64 = format!("{frac:0<2}").parse().unwrap_or(0);
    let cents = whole * 100 + frac;
    if cents <= 0 {
        return Err(msg!("error-money-positive"));
    }
    if cents > MAX_VALUE_CENTS {
        return Err(msg!("error-money-large"));
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

/// Minor units as a form field value: "25000", "25000.50" ("25000,50" in
/// German; what [`parse_money`] reads back).
pub fn money_input(cents: i64) -> String {
    if cents % 100 == 0 {
        (cents / 100).to_string()
    } else {
        let sep = super::l10n::format::decimal_separator(use_l10n().lang());
        format!("{}{sep}{:02}", cents / 100, (cents % 100).abs())
    }
}

/// An amount in the reader's format: "$25,000", "25.000 €" (minor units
/// shown only when there are some).
pub fn format_money(cents: i64, currency: &str) -> String {
    use_l10n().money(cents, currency)
}

/// A whole number in the reader's format: "10,000", "10.000".
pub fn group_digits(n: i64) -> String {
    use_l10n().number(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsing_and_showing_money() {
        crate::shared::l10n::use_english();
        assert_eq!(parse_money("25000"), Ok(2_500_000));
        assert_eq!(parse_money("25,000.5"), Ok(2_500_050));
        assert_eq!(parse_money(" 1 250.99 "), Ok(125_099));
        assert!(parse_money("0").is_err());
        assert!(parse_money("-5").is_err());
        assert!(parse_money("12e5").is_err());
        assert_eq!(parse_money("1.234"), Ok(123_400), "three digits: grouping");
        assert_eq!(parse_money("25.000,50"), Ok(2_500_050), "German");
        assert_eq!(parse_money("25\u{202f}000,5"), Ok(2_500_050), "French");
        assert_eq!(parse_money("1,5"), Ok(150));
        assert!(parse_money("99999999999999").is_err());
        assert!(parse_money("").is_err());
        assert_eq!(parse_money("abc"), Err(msg!("error-money-shape")));
        assert_eq!(format_money(2_500_050, "EUR"), "€25,000.50");
        assert_eq!(format_money(100_000_000, "USD"), "$1,000,000");
        assert_eq!(money_input(2_500_050), "25000.50");
        assert_eq!(group_digits(-10_000), "-10,000");
        assert_eq!(default_currency("DE"), "EUR");
    }
}
