//! SQL of programs and tiers. A company's figures are computed from its
//! deals over the trailing 12 months (never stored as truth); evaluation
//! compares them with the rules in force and proposes changes that a
//! channel manager approves. Every change writes a `tier_events` row, a
//! notification and, for people's decisions, a hash-chained audit entry.

use sqlx::{AnyConnection, Row};

use super::rules::{
    self, criteria_lines, criterion_key, in_force, progress, Benefits, ContentLevel, Metrics,
    Outcome, Progress, Requirements, RuleVersion, WINDOW_MS,
};
use super::types::*;
use crate::server::audit::{self, Entry};
use crate::server::db::Db;
use crate::server::dialect::sum_to_i64;
use crate::server::errors::OrInternal;
use crate::server::notify::{notify, notify_approvers};
use crate::server::now_ms;
use crate::server::scope;
use crate::shared::money::{format_money, parse_money, CURRENCIES};
use crate::shared::page::Page;
use crate::shared::time::{parse_date, DAY_MS};
use crate::shared::validate::Checker;
use crate::shared::{AppError, Role, Viewer};

pub const PER_PAGE: i64 = 25;

/// A proposal the manager rejected is not proposed again for this long.
const REJECTED_QUIET_MS: i64 = 30 * DAY_MS;

mod admin;
mod decisions;
mod evaluation;
mod events;
mod loading;
mod programs;
mod read;

#[allow(unused_imports)]
pub use admin::*;
#[allow(unused_imports)]
pub use decisions::*;
#[allow(unused_imports)]
pub use evaluation::*;
#[allow(unused_imports)]
pub use events::*;
#[allow(unused_imports)]
pub use loading::*;
#[allow(unused_imports)]
pub use programs::*;
#[allow(unused_imports)]
pub use read::*;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every instant of `(from, at]` is in exactly one part of the window.
    fn parts(w: &Window, t: i64) -> usize {
        let head = t > w.from && t < w.head_end;
        let tail = t >= w.tail_start && t <= w.at;
        let day = t.div_euclid(DAY_MS) * DAY_MS;
        let whole = day > w.first_day && day < w.last_day;
        usize::from(head) + usize::from(tail) + usize::from(whole)
    }

    #[test]
    fn a_window_splits_into_partial_days_and_whole_days() {
        let at = 20_000 * DAY_MS + 13 * 3_600_000 + 17;
        for from in [at - WINDOW_MS, at - DAY_MS, at - 5, at - 2 * DAY_MS, at] {
            let w = Window::new(from, at);
            for t in (from - 3 * DAY_MS..at + 3 * DAY_MS).step_by(3_600_000 / 4) {
                let inside = t > from && t <= at;
                assert_eq!(parts(&w, t), usize::from(inside), "from {from} t {t}");
            }
            for t in [
                from,
                from + 1,
                w.head_end - 1,
                w.head_end,
                w.tail_start,
                at,
                at + 1,
            ] {
                let inside = t > from && t <= at;
                assert_eq!(parts(&w, t), usize::from(inside), "edge, from {from} t {t}");
            }
        }
    }

    #[test]
    fn a_window_of_a_year_reads_at_most_two_partial_days_of_deals() {
        let at = 20_000 * DAY_MS + 1;
        let w = Window::new(at - WINDOW_MS, at);
        assert!(w.head_end - w.from <= DAY_MS);
        assert!(w.at - w.tail_start < DAY_MS);
        assert_eq!((w.last_day - w.first_day) / DAY_MS, 365);
    }
}
