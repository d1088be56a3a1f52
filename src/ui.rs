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
    action_error, scoped_error, Echo, Field, FormError, SelectField, TextArea, TimedFields,
};
pub use nav::{AdminTabs, LanguageSwitch, CHOOSE_LANGUAGE_PATH, CHOOSE_TIME_ZONE_PATH};
pub use page::{use_viewer, Page, PageLayout, ViewerResource};
pub use table::Pager;

/// The tone of a person's or company's status badge.
pub fn status_tone(status: &str) -> &'static str {
    match status {
        "active" => "success",
        "invited" => "info",
        "disabled" | "suspended" => "danger",
        _ => "neutral",
    }
}
