//! The view kernel, the same on both sides: the signed-in page, form
//! fields with inline errors, notices and badges, [`Loaded`] for a page's
//! data, the pager, clocks and the admin tabs. Dates and money are
//! formatted by `shared`; this layer names no feature and no server code.

mod actions;
mod clock;
mod feedback;
mod form;
mod nav;
mod page;
mod table;

pub use crate::shared::time::{format_date, format_datetime};
pub(crate) use actions::page_actions;
pub use clock::{now_ms, perf_now, sla_text};
pub use feedback::{Badge, EmptyState, ErrorPanel, Loaded, Loading, Notice};
pub use form::{
    action_error, enum_options, query_param, scoped_error, Echo, Field, FormError, SelectField,
    TextArea, TimedFields,
};
pub use nav::{AdminTabs, LanguageSwitch, PublicCard, CHOOSE_LANGUAGE_PATH, CHOOSE_TIME_ZONE_PATH};
pub use page::{use_viewer, Page, PageLayout, ViewerResource};
pub use table::Pager;

/// The refusal a plain upload form came back with (`server::uploads::
/// error_query`): a message key and its values in the query string, in
/// the reader's language. Only the portal's own messages (keys starting
/// with one of `ours`, or `error-`, `workflow-`, `form-`) are shown.
pub fn upload_error(ours: &[&str]) -> Option<String> {
    use crate::shared::l10n::{use_l10n, Arg, Msg};
    use leptos::prelude::*;
    let query = leptos_router::hooks::use_query_map();
    let get = |name: &str| -> Option<String> {
        query.read_untracked().get(name).filter(|v| !v.is_empty())
    };
    let key = get("upload_error")?;
    let shared = ["error-", "workflow-", "form-"];
    if !ours.iter().chain(&shared).any(|p| key.starts_with(p)) {
        return None;
    }
    let mut m = Msg::new(&key);
    m.args = get("upload_args")
        .and_then(|a| serde_json::from_str::<Vec<(String, Arg)>>(&a).ok())
        .unwrap_or_default();
    Some(use_l10n().msg(&m))
}

/// The tone of a person's or company's status badge.
pub fn status_tone(status: &str) -> &'static str {
    match status {
        "active" => "success",
        "invited" => "info",
        "disabled" | "suspended" => "danger",
        _ => "neutral",
    }
}
