//! SQL of programs and tiers. A company's figures are computed from its
//! deals over the trailing 12 months (never stored as truth); evaluation
//! compares them with the rules in force and proposes changes that a
//! channel manager approves. Every change writes a `tier_events` row, a
//! notification and, for people's decisions, a hash-chained audit entry.

use sqlx::{AnyConnection, Row};

use super::rules::{
    self, criteria_lines, criterion_key, in_force, progress, progress_lines, Benefits,
    ContentLevel, Metrics, Outcome, Progress, Requirements, RuleVersion, WINDOW_MS,
};
use super::types::*;
use crate::msg;
use crate::server::audit::{self, Entry};
use crate::server::db::Db;
use crate::server::dialect::sum_to_i64;
use crate::server::errors::OrInternal;
use crate::server::notify::{approvers, notify_all, Recipient, RECIPIENT_COLUMNS};
use crate::server::now_ms;
use crate::server::rollups;
use crate::server::scope;
use crate::shared::l10n::{Arg, Msg};
use crate::shared::money::{parse_money, CURRENCIES};
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
mod figures;
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
pub use figures::*;
#[allow(unused_imports)]
pub use loading::*;
#[allow(unused_imports)]
pub use programs::*;
#[allow(unused_imports)]
pub use read::*;
