//! Deal pages: the timed registration form with its live conflict check,
//! the deal list, a deal with its history and actions, and the approval
//! queue for vendor staff.

use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::api::*;
use super::rules::{match_key, DealStatus, DealType, Stage};
use super::types::*;
use crate::shared::l10n::{use_l10n, L10n};
use crate::shared::money::{format_money, CURRENCIES};
use crate::shared::time::{date_input_value, format_duration, DAY_MS};
use crate::shared::validate::{country_name, region_label, COUNTRIES};
use crate::shared::{AppError, Role};
use crate::ui::{
    action_error, format_date, format_datetime, now_ms, sla_text, Badge, EmptyState, Field,
    FormError, Notice, Pager, SelectField, TextArea,
};
use crate::ui::{use_viewer, Loaded, Page};
use crate::{k, t};

const PARTNERS: &[Role] = &[Role::PartnerAdmin, Role::PartnerUser];
const STAFF: &[Role] = &[Role::VendorAdmin, Role::ChannelManager];

/// What the registration form already holds when the page hydrates: the
/// customer's name and website and the ticked products, typed or ticked
/// while the page was still plain HTML (the browser only).
fn typed_before_hydration() -> Option<(String, String, Vec<i64>)> {
    #[cfg(feature = "hydrate")]
    {
        use wasm_bindgen::JsCast;
        let doc = web_sys::window()?.document()?;
        let value = |name: &str| {
            doc.query_selector(&format!("#deal-form [name=\"{name}\"]"))
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|i| i.value())
                .unwrap_or_default()
        };
        let (name, domain) = (value("customer_name"), value("customer_domain"));
        let mut ticked = Vec::new();
        if let Ok(list) = doc.query_selector_all("#deal-form .checks input[type=checkbox]:checked")
        {
            for i in 0..list.length() {
                let id = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
                    .and_then(|input| input.value().parse::<i64>().ok());
                ticked.extend(id);
            }
        }
        (!name.trim().is_empty() || !domain.trim().is_empty()).then_some((name, domain, ticked))
    }
    #[cfg(not(feature = "hydrate"))]
    {
        None
    }
}

mod admin;
mod analytics;
mod deal;
mod form;
mod list;
mod queue;

#[allow(unused_imports)]
pub use admin::*;
#[allow(unused_imports)]
pub use analytics::*;
#[allow(unused_imports)]
pub use deal::*;
#[allow(unused_imports)]
pub use form::*;
#[allow(unused_imports)]
pub use list::*;
#[allow(unused_imports)]
pub use queue::*;
