//! SQL of leads, one file per part of a lead's life. Every read is scoped
//! by the viewer ([`scope_sql`]: the kernel's company rule, plus the
//! staff's shared queue of leads no company holds); every status change
//! goes through [`change`] (state machine, version check, history,
//! notifications, audit in one transaction); distribution (rules, the
//! locked round-robin position, the conflict hold) is `distribute.rs`.
//! Private to the feature: others use `features/leads.rs`.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use super::rules::{
    self, transition_allowed, Actor, DisqualifyReason, LeadSource, LeadStatus, RejectReason,
    SizeBand, Strategy,
};
use super::types::*;
use crate::features::{deals, tiers};
use crate::server::audit::{self, Entry};
use crate::server::batch::Batch;
use crate::server::db::{Db, WriteTx};
use crate::server::dialect;
use crate::server::errors::OrInternal;
use crate::server::notify::{notify_all, Note, Recipient, RECIPIENT_COLUMNS};
use crate::server::now_ms;
use crate::server::scope;
use crate::server::sql::{Params, SetValue};
use crate::server::workflow::Step;
use crate::shared::l10n::{Arg as MsgArg, Msg};
use crate::shared::page::Page;
use crate::shared::validate::{self, Checker};
use crate::shared::{AppError, Role, Viewer};
use crate::{k, msg};

pub const PER_PAGE: i64 = 25;

/// Which leads the viewer may see, as SQL over `leads l`: a partner its
/// company's; vendor staff their companies' and the queue no company holds
/// (a channel manager works the unassigned queue too).
fn scope_sql(v: &Viewer) -> String {
    match v.role {
        Role::PartnerAdmin | Role::PartnerUser => scope::companies(v, "l.company_id"),
        _ => format!(
            "({} OR l.company_id IS NULL)",
            scope::managed(v, "l.company_id")
        ),
    }
}

mod admin;
mod change;
mod convert;
mod create;
mod distribute;
mod figures;
mod import;
mod jobs;
mod read;

#[allow(unused_imports)]
pub use admin::*;
#[allow(unused_imports)]
pub use change::*;
#[allow(unused_imports)]
pub use convert::*;
#[allow(unused_imports)]
pub use create::*;
#[allow(unused_imports)]
pub use distribute::*;
#[allow(unused_imports)]
pub use figures::*;
#[allow(unused_imports)]
pub use import::*;
#[allow(unused_imports)]
pub use jobs::*;
#[allow(unused_imports)]
pub use read::*;
