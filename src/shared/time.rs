//! Times and dates, the same on both sides: every time is stored as UTC
//! milliseconds since the Unix epoch; dates are UTC midnights. Pure
//! functions, no clock (the server's clock is `server::now_ms`).

pub const DAY_MS: i64 = 86_400_000;

pub const HOUR_MS: i64 = 3_600_000;

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
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// A duration for people, in the reader's language: "48 s", "3 min 5 s",
/// "26 h", "3 d".
pub fn format_duration(ms: i64) -> String {
    super::l10n::use_l10n().duration(ms)
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

/// A calendar date (a UTC midnight) in the reader's format: "Dec 7, 2026",
/// "07.12.2026", "2026/12/07".
pub fn format_date(ms: i64) -> String {
    super::l10n::use_l10n().date(ms)
}

/// An instant in the reader's format and time zone.
pub fn format_datetime(ms: i64) -> String {
    super::l10n::use_l10n().datetime(ms)
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The first instant (ms, UTC) of the calendar year holding `at`.
pub fn year_start(at: i64) -> i64 {
    let (y, _, _) = civil_from_days(at.div_euclid(DAY_MS));
    days_from_civil(y, 1, 1) * DAY_MS
}

/// The first instant (UTC midnight) of the calendar quarter `at` is in.
pub fn quarter_start(at: i64) -> i64 {
    let (y, m, _) = civil_from_days(at.div_euclid(DAY_MS));
    days_from_civil(y, (m - 1) / 3 * 3 + 1, 1) * DAY_MS
}

/// The first instants (UTC midnights) of the `n` calendar months up to
/// and including the one `at` is in, oldest first.
pub fn month_starts(at: i64, n: usize) -> Vec<i64> {
    let (y, m, _) = civil_from_days(at.div_euclid(DAY_MS));
    let index = y * 12 + (m - 1);
    (0..n as i64)
        .rev()
        .map(|back| {
            let i = index - back;
            days_from_civil(i.div_euclid(12), i.rem_euclid(12) + 1, 1) * DAY_MS
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_starts_cross_the_year() {
        let at = days_from_civil(2026, 2, 17) * DAY_MS + 5;
        let starts = month_starts(at, 3);
        assert_eq!(
            starts,
            vec![
                days_from_civil(2025, 12, 1) * DAY_MS,
                days_from_civil(2026, 1, 1) * DAY_MS,
                days_from_civil(2026, 2, 1) * DAY_MS
            ]
        );
    }

    /// Quarters start on 1 January, April, July and October (UTC).
    #[test]
    fn quarters() {
        let d = |y, m, day| days_from_civil(y, m, day) * DAY_MS;
        assert_eq!(quarter_start(d(2026, 12, 7) + 5), d(2026, 10, 1));
        assert_eq!(quarter_start(d(2026, 4, 1)), d(2026, 4, 1));
        assert_eq!(quarter_start(d(2026, 3, 31) + DAY_MS - 1), d(2026, 1, 1));
    }

    /// Dates render in UTC, including leap days and the epoch.
    #[test]
    fn dates() {
        crate::shared::l10n::use_english();
        assert_eq!(format_date(0), "Jan 1, 1970");
        assert_eq!(format_date(951_782_400_000), "Feb 29, 2000");
        assert_eq!(
            format_datetime(1_795_219_200_000 + 3_600_000 * 13 + 60_000 * 5),
            "Nov 21, 2026, 1:05 PM"
        );
    }

    #[test]
    fn parsing_dates_and_durations() {
        crate::shared::l10n::use_english();
        assert_eq!(parse_date("1970-01-02"), Some(DAY_MS));
        assert_eq!(
            parse_date("2028-02-29").map(date_input_value),
            Some("2028-02-29".into())
        );
        assert_eq!(parse_date("2027-02-29"), None);
        assert_eq!(parse_date("2027-13-01"), None);
        assert_eq!(parse_date("tomorrow"), None);
        assert_eq!(format_duration(48_000), "48 s");
        assert_eq!(format_duration(185_000), "3 min 5 s");
        assert_eq!(format_duration(26 * HOUR_MS), "26 h");
    }

    #[test]
    fn percentiles() {
        assert_eq!(median_p90(&[]), None);
        assert_eq!(median_p90(&[5]), Some((5, 5)));
        let v: Vec<i64> = (1..=10).collect();
        assert_eq!(median_p90(&v), Some((5, 9)));
    }

    #[test]
    fn years_start_on_the_first_of_january() {
        let t = days_from_civil(2026, 12, 7) * DAY_MS + 5 * 3_600_000;
        assert_eq!(year_start(t), days_from_civil(2026, 1, 1) * DAY_MS);
        let first = days_from_civil(2027, 1, 1) * DAY_MS;
        assert_eq!(year_start(first), first);
        assert_eq!(year_start(first - 1), days_from_civil(2026, 1, 1) * DAY_MS);
    }
}
