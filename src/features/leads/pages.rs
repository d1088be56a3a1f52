//! Lead pages: the list (the partner's inbox of offers and worked leads,
//! the staff's queue), one lead with its history and actions, the staff's
//! new-lead form, and the vendor admin's distribution rules.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::*;
use super::rules::{
    DisqualifyReason, LeadSource, LeadStatus, RejectReason, SizeBand, Strategy, MAX_IMPORT_ROWS,
};
use super::types::*;
use crate::shared::l10n::use_l10n;
use crate::shared::money::{format_money, CURRENCIES};
use crate::shared::validate::{country_name, region_label, COUNTRIES, REGIONS};
use crate::shared::Role;
use crate::ui::{
    action_error, format_datetime, Badge, EmptyState, Field, FormError, Notice, Pager, SelectField,
    TextArea,
};
use crate::ui::{use_viewer, Loaded, Page};
use crate::{k, t};

const STAFF: &[Role] = &[Role::VendorAdmin, Role::ChannelManager];
const ADMINS: &[Role] = &[Role::VendorAdmin];

/// What a partner sees of a lead it has not accepted: region, product
/// interest, size and source.
pub fn teaser(region: &str, product: Option<&str>, size: SizeBand) -> String {
    let product = product
        .map(str::to_string)
        .unwrap_or_else(|| t!("lead-any-product"));
    t!(
        "lead-teaser",
        region = region_label(region),
        product = product,
        size = size.label()
    )
}

/// The acceptance clock of an offer: time left (amber in the last six
/// hours) or how long ago it ran out.
pub fn offer_clock(due: i64, now: i64) -> (String, &'static str) {
    use crate::shared::time::format_duration;
    if due >= now {
        let tone = if due - now < super::rules::REMIND_BEFORE_MS {
            "warning"
        } else {
            "info"
        };
        (
            t!("lead-clock-left", duration = format_duration(due - now)),
            tone,
        )
    } else {
        (
            t!("lead-clock-ran-out", duration = format_duration(now - due)),
            "danger",
        )
    }
}

/// The refusal a CSV upload came back with, in the reader's language.
pub fn upload_error() -> Option<String> {
    crate::ui::upload_error(&["lead-"])
}

mod detail;
mod figures;
mod import;
mod list;
mod new;
mod rules_admin;

#[allow(unused_imports)]
pub use detail::*;
#[allow(unused_imports)]
pub use figures::*;
#[allow(unused_imports)]
pub use import::*;
#[allow(unused_imports)]
pub use list::*;
#[allow(unused_imports)]
pub use new::*;
#[allow(unused_imports)]
pub use rules_admin::*;
