//! MDF pages: the partner's funds and requests, the timed request form,
//! a request with its claim, proof and history, the vendor's queues, and
//! the budget console (overview, allocation, CSV upload, rules, ROI).

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::*;
use super::rules::{self, ActivityType, Balance, MdfStatus};
use super::types::*;
use crate::shared::l10n::{use_l10n, Arg};
use crate::shared::money::{format_money, money_input, parse_money, CURRENCIES};
use crate::shared::time::{date_input_value, format_duration, DAY_MS};
use crate::shared::{AppError, Role};
use crate::ui::sla_text;
use crate::ui::{
    action_error, format_date, format_datetime, Badge, EmptyState, Field, FormError, Notice, Pager,
    SelectField, TextArea,
};
use crate::ui::{use_viewer, Loaded, Page};
use crate::{k, t};

const PARTNERS: &[Role] = &[Role::PartnerAdmin, Role::PartnerUser];
const STAFF: &[Role] = &[Role::VendorAdmin, Role::ChannelManager];

pub fn status_tone(s: MdfStatus) -> &'static str {
    use MdfStatus::*;
    match s {
        Approved | ClaimApproved | Reimbursed => "success",
        Submitted | Claimed => "info",
        Returned | ChangesRequested => "warning",
        Declined | ClaimRejected => "danger",
        Cancelled | Expired => "neutral",
    }
}

/// A row's next step for the partner: the claim date while a claim is
/// open, otherwise what its status says.
pub fn next_step_text(r: &MdfRow) -> String {
    match (r.status.claim_open(), r.claim_due_at) {
        (true, Some(due)) => t!("mdf-claim-by", date = format_date(due - 1)),
        _ => r.status.next_step(),
    }
}

/// The refusal an upload came back with (`files::upload_proof`): a message
/// key and its values in the query string, in the reader's language. Only
/// the portal's own messages are shown.
pub fn upload_error() -> Option<String> {
    crate::ui::upload_error(&["mdf-"])
}

/// The label key of a linked deal's status (the deals feature's words).
fn deal_status_key(status: &str) -> Option<&'static str> {
    Some(match status {
        "draft" => k!("deal-status-draft"),
        "submitted" => k!("deal-status-submitted"),
        "approved" => k!("deal-status-approved"),
        "rejected" => k!("deal-status-rejected"),
        "won" => k!("deal-status-won"),
        "lost" => k!("deal-status-lost"),
        "expired" => k!("deal-status-expired"),
        "withdrawn" => k!("deal-status-withdrawn"),
        _ => return None,
    })
}

mod admin;
mod budgets;
mod card;
mod form;
mod list;
mod queue;
mod request;

#[allow(unused_imports)]
pub use admin::*;
#[allow(unused_imports)]
pub use budgets::*;
#[allow(unused_imports)]
pub use card::*;
#[allow(unused_imports)]
pub use form::*;
#[allow(unused_imports)]
pub use list::*;
#[allow(unused_imports)]
pub use queue::*;
#[allow(unused_imports)]
pub use request::*;
