//! Design-system pieces: form fields with inline errors, badges, cards,
//! pagination, empty states, time formatting.

use leptos::prelude::*;

use crate::shared::AppError;

/// The error of a server action as a signal: from the last call with
/// JavaScript, or from the URL after a no-JavaScript form post.
pub fn action_error<T, S>(value: S) -> Signal<Option<AppError>>
where
    T: Clone + Send + Sync + 'static,
    S: Get<Value = Option<Result<T, AppError>>> + Send + Sync + 'static,
{
    Signal::derive(move || value.get().and_then(|r| r.err()))
}

/// The element id of a form field: `scope` tells apart the same form shown
/// several times on one page (one per tier, say), so every label finds its
/// own input.
fn field_id(scope: Option<&str>, name: &str) -> String {
    match scope {
        Some(s) => format!("f-{s}-{name}"),
        None => format!("f-{name}"),
    }
}

/// The error of one of several copies of a form on a page: only the copy
/// whose hidden `key` field the server echoed with value `id` shows it
/// (after a no-JavaScript post every copy reads the same error from the URL).
pub fn scoped_error(
    error: Signal<Option<AppError>>,
    key: &'static str,
    id: String,
) -> Signal<Option<AppError>> {
    Signal::derive(move || error.get().filter(|e| e.value(key).is_none_or(|v| v == id)))
}

/// A labelled input with its inline error. `initial` is shown unless the
/// server echoed what the user typed.
#[component]
pub fn Field(
    label: &'static str,
    name: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(into, default = String::new())] initial: String,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(default = false)] required: bool,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(default = false)] autofocus: bool,
    #[prop(optional, into)] scope: Option<String>,
) -> impl IntoView {
    let id = field_id(scope.as_deref(), name);
    let err_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let secret = kind == "password";
    let value = move || {
        if secret {
            return String::new();
        }
        error
            .get()
            .and_then(|e| e.value(name))
            .unwrap_or_else(|| initial.clone())
    };
    let message = move || error.get().and_then(|e| e.field(name));
    let described = {
        let err_id = err_id.clone();
        let hint_id = hint_id.clone();
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if message().is_some() {
                ids.push(err_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="field" class:has-error=move || message().is_some()>
            <label for=id.clone()>{label}</label>
            <input
                id=id.clone()
                name=name
                type=kind
                value=value
                autocomplete=autocomplete
                required=required
                autofocus=autofocus
                aria-invalid=move || message().is_some().then_some("true")
                aria-describedby=described
            />
            {hint.map(|h| view! { <p class="field-hint" id=hint_id.clone()>{h}</p> })}
            <p class="field-error" id=err_id.clone() role="alert" hidden=move || message().is_none()>
                {message}
            </p>
        </div>
    }
}

/// A labelled select. `options` are (value, label).
#[component]
pub fn SelectField(
    label: &'static str,
    name: &'static str,
    options: Vec<(String, String)>,
    #[prop(into, default = String::new())] initial: String,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(optional, into)] scope: Option<String>,
) -> impl IntoView {
    let id = field_id(scope.as_deref(), name);
    let err_id = format!("{id}-error");
    let selected = move || {
        error
            .get()
            .and_then(|e| e.value(name))
            .unwrap_or_else(|| initial.clone())
    };
    let message = move || error.get().and_then(|e| e.field(name));
    view! {
        <div class="field" class:has-error=move || message().is_some()>
            <label for=id.clone()>{label}</label>
            <select id=id.clone() name=name aria-invalid=move || message().is_some().then_some("true")>
                {options
                    .into_iter()
                    .map(|(value, text)| {
                        let v = value.clone();
                        let selected = selected.clone();
                        view! { <option value=value selected=move || selected() == v>{text}</option> }
                    })
                    .collect_view()}
            </select>
            <p class="field-error" id=err_id role="alert" hidden=move || message().is_none()>{message}</p>
        </div>
    }
}

/// A labelled multi-line input with its inline error.
#[component]
pub fn TextArea(
    label: &'static str,
    name: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(into, default = String::new())] initial: String,
    #[prop(default = 4000)] maxlength: usize,
    #[prop(optional, into)] scope: Option<String>,
) -> impl IntoView {
    let id = field_id(scope.as_deref(), name);
    let message = move || error.get().and_then(|e| e.field(name));
    let value = error
        .get_untracked()
        .and_then(|e| e.value(name))
        .unwrap_or(initial);
    view! {
        <div class="field" class:has-error=move || message().is_some()>
            <label for=id.clone()>{label}</label>
            <textarea id=id.clone() name=name rows="3" maxlength=maxlength
                aria-invalid=move || message().is_some().then_some("true")>{value}</textarea>
            {hint.map(|h| view! { <p class="field-hint">{h}</p> })}
            <p class="field-error" role="alert" hidden=move || message().is_none()>{message}</p>
        </div>
    }
}

/// The form-level message of an error (field errors show at the fields),
/// with an optional link (address, text) after it, such as the record a
/// refusal points to. With JavaScript a refused form stays where it was
/// submitted, often far below this message: it takes the focus, which
/// brings it into view and has screen readers read it (a page reloaded
/// without JavaScript starts at the top).
#[component]
pub fn FormError(
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(optional, into)] link: Option<Signal<Option<(String, String)>>>,
) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if error.get().is_some() {
            if let Some(el) = node.get() {
                let _ = el.focus();
            }
        }
    });
    move || {
        error.get().map(|e| {
            let link = link.and_then(|l| l.get()).map(|(href, text)| {
                view! { " " <a href=href>{text}</a> }
            });
            view! {
                <div class="alert alert-danger" role="alert" tabindex="-1" node_ref=node>
                    <span class="alert-icon" aria-hidden="true">"!"</span>
                    <span>{e.to_string()}{link}</span>
                </div>
            }
        })
    }
}

#[component]
pub fn Notice(
    #[prop(into)] text: String,
    #[prop(default = "success")] tone: &'static str,
) -> impl IntoView {
    view! {
        <div class=format!("alert alert-{tone}") role="status">
            <span>{text}</span>
        </div>
    }
}

/// A labelled state. Colour is never the only signal: the text says it.
#[component]
pub fn Badge(
    #[prop(into)] text: String,
    #[prop(default = "neutral")] tone: &'static str,
) -> impl IntoView {
    view! { <span class=format!("badge badge-{tone}")>{text}</span> }
}

pub fn status_tone(status: &str) -> &'static str {
    match status {
        "active" => "success",
        "invited" => "info",
        "disabled" | "suspended" => "danger",
        _ => "neutral",
    }
}

/// "Page 2 of 5" with previous/next links that keep other query values.
#[component]
pub fn Pager(page: i64, pages: i64, total: i64, #[prop(into)] base: String) -> impl IntoView {
    let sep = if base.contains('?') { "&" } else { "?" };
    let prev = (page > 1).then(|| format!("{base}{sep}page={}", page - 1));
    let next = (page < pages).then(|| format!("{base}{sep}page={}", page + 1));
    view! {
        <nav class="pager" aria-label="Pagination">
            <span class="muted">{format!("Page {page} of {pages} · {total} in all")}</span>
            <span class="pager-links">
                {match prev {
                    Some(href) => view! { <a class="btn btn-secondary btn-sm" href=href rel="prev">"Previous"</a> }.into_any(),
                    None => view! { <span class="btn btn-secondary btn-sm" aria-disabled="true">"Previous"</span> }.into_any(),
                }}
                {match next {
                    Some(href) => view! { <a class="btn btn-secondary btn-sm" href=href rel="next">"Next"</a> }.into_any(),
                    None => view! { <span class="btn btn-secondary btn-sm" aria-disabled="true">"Next"</span> }.into_any(),
                }}
            </span>
        </nav>
    }
}

#[component]
pub fn EmptyState(title: &'static str, #[prop(into)] text: String) -> impl IntoView {
    view! {
        <div class="empty">
            <p class="empty-title">{title}</p>
            <p class="muted">{text}</p>
        </div>
    }
}

/// Shown while a page's data loads (hydrated navigation only; server pages
/// arrive complete).
#[component]
pub fn Loading() -> impl IntoView {
    view! { <div class="loading" aria-busy="true">"Loading…"</div> }
}

/// A page-level error: not found, no access, or a reference to quote.
#[component]
pub fn ErrorPanel(error: AppError) -> impl IntoView {
    // A server-rendered error page carries the matching status (403, 404…),
    // so crawlers, monitors and scripts see what the person sees.
    #[cfg(feature = "ssr")]
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        if let Ok(code) = http::StatusCode::from_u16(error.status()) {
            res.set_status(code);
        }
    }
    let (title, text) = match &error {
        AppError::NotFound => (
            "Not found",
            "This page or record does not exist, or you do not have access to it.".to_string(),
        ),
        AppError::Forbidden => (
            "No access",
            "Your role does not include this page.".to_string(),
        ),
        AppError::Unauthenticated => ("Please sign in", "Your session has ended.".to_string()),
        other => ("Something went wrong", other.to_string()),
    };
    view! {
        <section class="card error-panel">
            <h1>{title}</h1>
            <p class="muted">{text}</p>
            <a class="btn btn-secondary" href="/">"Back to home"</a>
        </section>
    }
}

/// Formats a UTC millisecond timestamp as a date (UTC until localisation
/// brings the viewer's zone).
pub fn format_date(ms: i64) -> String {
    let days = ms.div_euclid(86_400_000);
    let (y, m, d) = civil_from_days(days);
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!("{d} {} {y}", MONTHS[(m - 1) as usize])
}

pub fn format_datetime(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (h, mi) = (
        (secs.rem_euclid(86_400)) / 3600,
        (secs.rem_euclid(3600)) / 60,
    );
    format!("{} {h:02}:{mi:02} UTC", format_date(ms))
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dates render in UTC, including leap days and the epoch.
    #[test]
    fn dates() {
        assert_eq!(format_date(0), "1 Jan 1970");
        assert_eq!(format_date(951_782_400_000), "29 Feb 2000");
        assert_eq!(
            format_datetime(1_795_219_200_000 + 3_600_000 * 13 + 60_000 * 5),
            "21 Nov 2026 13:05 UTC"
        );
    }
}
