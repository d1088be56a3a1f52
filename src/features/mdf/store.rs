//! SQL of market development funds. Balances are never stored: they are
//! sums of the append-only `mdf_ledger`, and every entry goes through
//! [`rules::Balance::apply`] inside the write transaction that holds the
//! fund's lock, so no sequence of requests can overdraw a fund. Every read
//! is scoped by the viewer (`server::scope::companies`); every status change goes
//! through [`transition`] (state machine, version check, ledger, history,
//! notification, audit in one transaction).

use sqlx::{AnyConnection, Row};

use super::rules::{
    self, transition_allowed, ActivityType, Actor, Balance, EntryKind, MdfStatus, PeriodKind,
};
use super::types::*;
use crate::features::deals;
use crate::msg;
use crate::server::approvals;
use crate::server::audit::{self, Entry};
use crate::server::batch::Batch;
use crate::server::db::{Db, WriteTx};
use crate::server::dialect::{self, Dialect};
use crate::server::errors::{internal, OrInternal};
use crate::server::notify::{
    add_notes, notify, notify_approvers, notify_many, Note, Recipient, RECIPIENT_COLUMNS,
};
use crate::server::now_ms;
use crate::server::scope;
use crate::server::sql::{Params, SetValue};
use crate::server::workflow::{self, Step};
use crate::shared::l10n::{Arg, Msg};
use crate::shared::money::parse_money;
use crate::shared::page::Page;

use crate::shared::time::{parse_date, DAY_MS};
use crate::shared::validate::Checker;
use crate::shared::{AppError, Viewer};

pub const PER_PAGE: i64 = 25;

mod allocation;
mod claims;
mod figures;
mod files;
mod funds;
mod import;
mod jobs;
mod queues;
mod read;
mod requests;
mod settings;
mod transition;

#[allow(unused_imports)]
pub use allocation::*;
#[allow(unused_imports)]
pub use claims::*;
#[allow(unused_imports)]
pub use figures::*;
#[allow(unused_imports)]
pub use files::*;
#[allow(unused_imports)]
pub use funds::*;
#[allow(unused_imports)]
pub use import::*;
#[allow(unused_imports)]
pub use jobs::*;
#[allow(unused_imports)]
pub use queues::*;
#[allow(unused_imports)]
pub use read::*;
#[allow(unused_imports)]
pub use requests::*;
#[allow(unused_imports)]
pub use settings::*;
#[allow(unused_imports)]
pub use transition::*;
