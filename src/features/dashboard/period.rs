//! The dashboard's time window and its buckets, without I/O: a preset
//! ("this quarter", "last 12 months", ...) or two dates become a half-open
//! UTC interval `[from, to)`, cut into weeks (short windows) or calendar
//! months (long ones) for the charts.

use crate::shared::l10n::{Arg, Msg};
use crate::shared::time::civil_from_days;
use crate::shared::time::{date_input_value, days_from_civil, parse_date, DAY_MS};
use crate::{k, msg};

/// The longest custom window: three years of monthly bars still read.
pub const MAX_DAYS: i64 = 3 * 366;
/// Windows up to this many days are drawn by week, longer ones by month.
const WEEKLY_UP_TO_DAYS: i64 = 120;

/// The presets: (value in the URL, message key of its name).
pub const PRESETS: &[(&str, &str)] = &[
    ("quarter", k!("dash-period-quarter")),
    ("last_quarter", k!("dash-period-last-quarter")),
    ("ytd", k!("dash-period-ytd")),
    ("12m", k!("dash-period-12m")),
    ("custom", k!("dash-period-custom")),
];

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    pub preset: &'static str,
    pub from: i64,
    /// Exclusive.
    pub to: i64,
}

impl Window {
    pub fn days(&self) -> i64 {
        (self.to - self.from) / DAY_MS
    }

    /// The window of the same length just before this one (for "vs. the
    /// previous period").
    pub fn previous(&self) -> Window {
        Window {
            preset: self.preset,
            from: self.from - (self.to - self.from),
            to: self.from,
        }
    }

    /// The first and last day as `YYYY-MM-DD` (the last day is inclusive,
    /// as people read a date range).
    pub fn input_dates(&self) -> (String, String) {
        (
            date_input_value(self.from),
            date_input_value(self.to - DAY_MS),
        )
    }

    /// Whether the charts cut this window into weeks (else months).
    pub fn weekly(&self) -> bool {
        self.days() <= WEEKLY_UP_TO_DAYS
    }

    /// Bucket starts; bucket `i` runs to the start of `i + 1`, the last
    /// one to `to`. Their names come from [`bucket_label`].
    pub fn buckets(&self) -> Vec<i64> {
        let mut out = Vec::new();
        if self.weekly() {
            let mut at = self.from;
            while at < self.to {
                out.push(at);
                at += 7 * DAY_MS;
            }
        } else {
            let (mut y, mut m, _) = civil_from_days(self.from.div_euclid(DAY_MS));
            let mut at = self.from;
            while at < self.to {
                out.push(at);
                (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
                at = days_from_civil(y, m, 1) * DAY_MS;
            }
        }
        out
    }

    /// The index of the bucket holding `t`, if `t` is in the window.
    pub fn bucket_of(buckets: &[i64], to: i64, t: i64) -> Option<usize> {
        if buckets.is_empty() || t < buckets[0] || t >= to {
            return None;
        }
        Some(buckets.partition_point(|start| *start <= t) - 1)
    }
}

/// A bucket's name for the charts, by its first day: "Oct 1" for a week,
/// "Oct 26" (month and year) for a month.
pub fn bucket_label(start: i64, weekly: bool) -> Msg {
    let (y, m, d) = civil_from_days(start.div_euclid(DAY_MS));
    let month = Arg::Key(month_key(m).to_string());
    if weekly {
        msg!("dash-bucket-week", month = month, day = d)
    } else {
        let year = format!("{:02}", y.rem_euclid(100));
        msg!("dash-bucket-month", month = month, year = year)
    }
}

/// The key of a month's short name (1 is January).
pub fn month_key(m: i64) -> &'static str {
    [
        k!("dash-month-1"),
        k!("dash-month-2"),
        k!("dash-month-3"),
        k!("dash-month-4"),
        k!("dash-month-5"),
        k!("dash-month-6"),
        k!("dash-month-7"),
        k!("dash-month-8"),
        k!("dash-month-9"),
        k!("dash-month-10"),
        k!("dash-month-11"),
        k!("dash-month-12"),
    ][(m.clamp(1, 12) - 1) as usize]
}

fn quarter_start(y: i64, m: i64) -> i64 {
    days_from_civil(y, (m - 1) / 3 * 3 + 1, 1) * DAY_MS
}

/// Resolves a preset (or `custom` with two dates) at time `now`. Unknown
/// presets fall back to this quarter; bad custom dates are an error with
/// a message for the date fields.
pub fn resolve(preset: &str, from: &str, to: &str, now: i64) -> Result<Window, Msg> {
    let today = now.div_euclid(DAY_MS) * DAY_MS;
    let (y, m, _) = civil_from_days(today / DAY_MS);
    let tomorrow = today + DAY_MS;
    let window = |preset: &'static str, from: i64, to: i64| Window { preset, from, to };
    Ok(match preset {
        "last_quarter" => {
            let this = quarter_start(y, m);
            let (py, pm) = if m <= 3 { (y - 1, 10) } else { (y, m - 3) };
            window("last_quarter", quarter_start(py, pm), this)
        }
        "ytd" => window("ytd", days_from_civil(y, 1, 1) * DAY_MS, tomorrow),
        "12m" => {
            // This month and the eleven before it.
            let (sy, sm) = if m == 12 { (y, 1) } else { (y - 1, m + 1) };
            window("12m", days_from_civil(sy, sm, 1) * DAY_MS, tomorrow)
        }
        "custom" => {
            let f = parse_date(from).ok_or_else(|| msg!("dash-error-first-day"))?;
            let t = parse_date(to).ok_or_else(|| msg!("dash-error-last-day"))?;
            if t < f {
                return Err(msg!("dash-error-range-reversed"));
            }
            if (t - f) / DAY_MS >= MAX_DAYS {
                return Err(msg!("dash-error-range-long"));
            }
            window("custom", f, t + DAY_MS)
        }
        _ => window("quarter", quarter_start(y, m), tomorrow),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i64, m: i64, d: i64) -> i64 {
        days_from_civil(y, m, d) * DAY_MS
    }

    /// Presets start where a person expects and end with today.
    #[test]
    fn presets_cover_the_expected_days() {
        let now = at(2026, 12, 1) + 3_600_000;
        let q = resolve("quarter", "", "", now).unwrap();
        assert_eq!((q.from, q.to), (at(2026, 10, 1), at(2026, 12, 2)));
        let lq = resolve("last_quarter", "", "", now).unwrap();
        assert_eq!((lq.from, lq.to), (at(2026, 7, 1), at(2026, 10, 1)));
        let ytd = resolve("ytd", "", "", now).unwrap();
        assert_eq!(ytd.from, at(2026, 1, 1));
        let y = resolve("12m", "", "", now).unwrap();
        assert_eq!(y.from, at(2026, 1, 1));
        assert_eq!(resolve("nonsense", "", "", now).unwrap().preset, "quarter");
        // January: last quarter is the previous year's fourth.
        let jan = resolve("last_quarter", "", "", at(2027, 1, 15)).unwrap();
        assert_eq!((jan.from, jan.to), (at(2026, 10, 1), at(2027, 1, 1)));
        let y = resolve("12m", "", "", at(2026, 5, 20)).unwrap();
        assert_eq!(y.from, at(2025, 6, 1));
    }

    /// Custom dates are inclusive of the last day and checked.
    #[test]
    fn custom_dates_are_checked() {
        let w = resolve("custom", "2026-01-01", "2026-01-31", 0).unwrap();
        assert_eq!((w.from, w.to), (at(2026, 1, 1), at(2026, 2, 1)));
        assert_eq!(
            w.input_dates(),
            ("2026-01-01".to_string(), "2026-01-31".to_string())
        );
        assert!(resolve("custom", "2026-02-01", "2026-01-01", 0).is_err());
        assert!(resolve("custom", "yesterday", "2026-01-01", 0).is_err());
        assert!(resolve("custom", "2020-01-01", "2026-01-01", 0).is_err());
        assert_eq!(w.previous().to, w.from);
        assert_eq!(w.previous().from, at(2025, 12, 1));
    }

    /// Short windows are cut into weeks, long ones into calendar months,
    /// and every instant of the window falls into exactly one bucket.
    #[test]
    fn buckets_cover_the_window() {
        let q = resolve("quarter", "", "", at(2026, 12, 1)).unwrap();
        crate::shared::l10n::use_english();
        let name = |start: i64, weekly: bool| {
            crate::shared::l10n::use_l10n().msg(&bucket_label(start, weekly))
        };
        let b = q.buckets();
        assert_eq!(b.len(), 9);
        assert_eq!(b[0], at(2026, 10, 1));
        assert_eq!(name(b[0], q.weekly()), "Oct 1");
        assert_eq!(Window::bucket_of(&b, q.to, at(2026, 10, 7)), Some(0));
        assert_eq!(Window::bucket_of(&b, q.to, at(2026, 10, 8)), Some(1));
        assert_eq!(Window::bucket_of(&b, q.to, q.to), None);
        assert_eq!(Window::bucket_of(&b, q.to, q.from - 1), None);

        let y = resolve("custom", "2025-11-15", "2026-11-30", 0).unwrap();
        let b = y.buckets();
        assert_eq!(b.len(), 13);
        assert_eq!(b[0], at(2025, 11, 15));
        assert_eq!(b[1], at(2025, 12, 1));
        assert_eq!(name(b[1], y.weekly()), "Dec 25");
        assert_eq!(b[12], at(2026, 11, 1));
        assert_eq!(name(b[12], y.weekly()), "Nov 26");
        assert_eq!(Window::bucket_of(&b, y.to, at(2026, 11, 30)), Some(12));
        assert_eq!(Window::bucket_of(&b, y.to, at(2025, 12, 31)), Some(1));
    }
}
