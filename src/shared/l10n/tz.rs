//! A time zone as the browser needs it: the zone's name and its UTC
//! offsets over a window of years, which the server computes from the tz
//! database (`server::l10n`) and hands to the page, so the browser shows the
//! same local times without carrying the database.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tz {
    /// The IANA name ("Europe/Berlin"); "UTC" by default.
    pub name: String,
    /// `(from, offset)`: from `from` (UTC ms) on, local time is UTC plus
    /// `offset` minutes. Sorted; before the first entry its offset holds.
    pub spans: Vec<(i64, i32)>,
}

impl Tz {
    pub fn utc() -> Tz {
        Tz {
            name: "UTC".into(),
            spans: Vec::new(),
        }
    }

    /// Minutes east of UTC at the instant `ms`.
    pub fn offset_at(&self, ms: i64) -> i32 {
        match self.spans.partition_point(|(from, _)| *from <= ms) {
            0 => self.spans.first().map(|s| s.1).unwrap_or(0),
            i => self.spans[i - 1].1,
        }
    }

    /// The instant `ms` as local wall-clock milliseconds.
    pub fn local(&self, ms: i64) -> i64 {
        ms + self.offset_at(ms) as i64 * 60_000
    }

    /// `Europe/Berlin|60@0,120@1711846800000,...` for an HTML attribute.
    pub fn encode(&self) -> String {
        let spans: Vec<String> = self
            .spans
            .iter()
            .map(|(from, off)| format!("{off}@{from}"))
            .collect();
        format!("{}|{}", self.name, spans.join(","))
    }

    pub fn decode(raw: &str) -> Option<Tz> {
        let (name, rest) = raw.split_once('|')?;
        let mut spans = Vec::new();
        for part in rest.split(',').filter(|p| !p.is_empty()) {
            let (off, from) = part.split_once('@')?;
            spans.push((from.parse().ok()?, off.parse().ok()?));
        }
        if !spans.is_sorted_by_key(|s: &(i64, i32)| s.0) {
            return None;
        }
        Some(Tz {
            name: name.to_string(),
            spans,
        })
    }
}

/// Zones offered on the time-zone chooser (IANA names, west to east); a
/// person whose zone is not here keeps following their browser's.
pub const ZONES: &[&str] = &[
    "Pacific/Honolulu",
    "America/Anchorage",
    "America/Los_Angeles",
    "America/Denver",
    "America/Phoenix",
    "America/Chicago",
    "America/Mexico_City",
    "America/New_York",
    "America/Toronto",
    "America/Bogota",
    "America/Santiago",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "Atlantic/Reykjavik",
    "UTC",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Lisbon",
    "Europe/Madrid",
    "Europe/Paris",
    "Europe/Brussels",
    "Europe/Amsterdam",
    "Europe/Berlin",
    "Europe/Zurich",
    "Europe/Vienna",
    "Europe/Rome",
    "Europe/Stockholm",
    "Europe/Oslo",
    "Europe/Copenhagen",
    "Europe/Warsaw",
    "Europe/Prague",
    "Europe/Helsinki",
    "Europe/Athens",
    "Europe/Istanbul",
    "Africa/Johannesburg",
    "Africa/Cairo",
    "Africa/Lagos",
    "Asia/Dubai",
    "Asia/Karachi",
    "Asia/Kolkata",
    "Asia/Bangkok",
    "Asia/Jakarta",
    "Asia/Singapore",
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Taipei",
    "Asia/Seoul",
    "Asia/Tokyo",
    "Australia/Perth",
    "Australia/Adelaide",
    "Australia/Brisbane",
    "Australia/Sydney",
    "Pacific/Auckland",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_and_round_trip() {
        let berlin = Tz {
            name: "Europe/Berlin".into(),
            spans: vec![(0, 60), (1_000, 120), (5_000, 60)],
        };
        assert_eq!(berlin.offset_at(-10), 60, "before the table: first offset");
        assert_eq!(berlin.offset_at(999), 60);
        assert_eq!(berlin.offset_at(1_000), 120);
        assert_eq!(berlin.offset_at(9_999_999), 60);
        assert_eq!(Tz::decode(&berlin.encode()), Some(berlin));
        assert_eq!(Tz::utc().offset_at(123), 0);
        assert_eq!(Tz::decode("UTC|"), Some(Tz::utc()));
        assert_eq!(Tz::decode("X|1@5,2@1"), None, "unsorted");
        assert_eq!(Tz::decode("X|abc"), None);
    }
}
