//! Money, the same on both sides: amounts are integer minor units (cents)
//! with an ISO currency code beside them; parsing what people type and
//! showing amounts back.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsing_and_showing_money() {
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
        assert_eq!(money_input(2_500_050), "25000.50");
        assert_eq!(group_digits(-10_000), "-10,000");
        assert_eq!(default_currency("DE"), "EUR");
    }
}
