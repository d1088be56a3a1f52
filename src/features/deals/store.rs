//! SQL of deal registration, one file per part of a deal's life (below).
//! Every read is scoped by the viewer ([`scope_sql`], the kernel's
//! `server::scope` rule); every status change goes through `transition`
//! (`changes.rs`), which asks the state machine, bumps the version
//! (optimistic concurrency: a stale page loses nothing but its own click),
//! records the history and notifies the people concerned. Private to the
//! feature: others use `features/deals.rs`.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::rules::{self, transition_allowed, Actor, DealStatus, DealType, Route, Rule, Stage};
use super::types::*;
use crate::server::approvals;
use crate::server::audit::{self, Entry};
use crate::server::batch::{Arg, Batch};
use crate::server::db::{Db, WriteTx};
use crate::server::dialect::{self, Dialect};
use crate::server::errors::OrInternal;
use crate::server::events;
use crate::server::notify::{
    add_notes, approvers, assigned_managers, notify, notify_approvers, Note, Recipient,
    RECIPIENT_COLUMNS,
};
use crate::server::now_ms;
use crate::server::scope;
use crate::server::sql::{Params, SetValue};
use crate::server::workflow::{self, Step};
use crate::shared::l10n::{Arg as MsgArg, Msg};
use crate::shared::matcher::{CustomerKey, MatchReason};
use crate::shared::page::Page;
use crate::shared::time::DAY_MS;
use crate::shared::validate::{self, Checker};
use crate::shared::{AppError, Role, Viewer};
use crate::{k, msg};

pub const PER_PAGE: i64 = 25;

/// Which deals the viewer may see, as SQL over `deals d`.
fn scope_sql(v: &Viewer) -> String {
    scope::owned(v, "d.company_id", "d.owner_user_id")
}

mod analytics;
mod changes;
mod conflicts;
mod edit;
mod extension;
mod form;
mod input;
mod jobs;
mod read;
mod register;
mod summary;

#[allow(unused_imports)]
pub use analytics::*;
#[allow(unused_imports)]
pub use changes::*;
#[allow(unused_imports)]
pub use conflicts::*;
#[allow(unused_imports)]
pub use edit::*;
#[allow(unused_imports)]
pub use extension::*;
#[allow(unused_imports)]
pub use form::*;
#[allow(unused_imports)]
pub use input::*;
#[allow(unused_imports)]
pub use jobs::*;
#[allow(unused_imports)]
pub use read::*;
#[allow(unused_imports)]
pub use register::*;
#[allow(unused_imports)]
pub use summary::*;
