//! Form pieces: labelled fields with inline errors, the form-level error,
//! and reading a server action's error (with or without JavaScript).

use leptos::prelude::*;

use std::sync::Arc;

use super::perf_now;
use crate::shared::AppError;

/// The error of a server action as a signal: from the last call with
/// JavaScript, or from the URL after a no-JavaScript form post.
/// A `<select>`'s options from a string enum: (stored name, label in the
/// reader's language), in the enum's order.
pub fn enum_options<T: crate::shared::roles::Named>(all: &[T]) -> Vec<(String, String)> {
    all.iter()
        .map(|v| (v.as_str().to_string(), v.label()))
        .collect()
}

/// A query parameter of the page's address, read once (public pages that
/// post as plain HTML and come back with `?sent=1`, `?token=..`).
pub fn query_param(name: &'static str) -> Option<String> {
    leptos_router::hooks::use_query_map()
        .read_untracked()
        .get(name)
}

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
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(default = "text")] kind: &'static str,
    #[prop(into, default = String::new())] initial: String,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(default = "off")] autocomplete: &'static str,
    #[prop(default = false)] required: bool,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = false)] autofocus: bool,
    #[prop(optional, into)] scope: Option<String>,
) -> impl IntoView {
    let id = field_id(scope.as_deref(), name);
    let err_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let secret = kind == "password";
    let has_hint = hint.is_some();
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
            if has_hint {
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
    #[prop(into)] label: String,
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
    #[prop(into)] label: String,
    name: &'static str,
    #[prop(into)] error: Signal<Option<AppError>>,
    #[prop(optional, into)] hint: Option<String>,
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

/// What a form's fields start with: what the server echoed after a refusal
/// (so nothing typed is lost), else what the record being edited holds
/// (`saved`: name and value pairs), else nothing.
#[derive(Clone)]
pub struct Echo {
    error: Signal<Option<AppError>>,
    saved: Arc<[(String, String)]>,
}

impl Echo {
    pub fn new(error: Signal<Option<AppError>>, saved: Vec<(String, String)>) -> Self {
        Echo {
            error,
            saved: saved.into(),
        }
    }

    /// The field's value, if the server echoed it or the record has it.
    pub fn get(&self, name: &str) -> Option<String> {
        self.error
            .get_untracked()
            .and_then(|e| e.value(name))
            .or_else(|| {
                self.saved
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
            })
    }

    /// The field's value, or empty.
    pub fn or_empty(&self, name: &str) -> String {
        self.get(name).unwrap_or_default()
    }
}

/// The timed part of a form (see `server::form_clock`): the signed time
/// the server rendered it (kept across a refusal through `echo`), and
/// the time the browser measures from the first keystroke, click or input
/// inside `children` to the submit.
#[component]
pub fn TimedFields(
    echo: Echo,
    served_at: i64,
    #[prop(into)] served_sig: String,
    children: Children,
) -> impl IntoView {
    let served_at = echo
        .get("served_at")
        .unwrap_or_else(|| served_at.to_string());
    let served_sig = echo.get("served_sig").unwrap_or(served_sig);
    let started = StoredValue::new(None::<f64>);
    let (elapsed, set_elapsed) = signal(String::new());
    let tick = move || {
        if let Some(now) = perf_now() {
            let start = started.get_value().unwrap_or(now);
            started.set_value(Some(start));
            set_elapsed.set(format!("{}", (now - start).round() as i64));
        }
    };
    view! {
        <div
            class="stack"
            on:input=move |_| tick()
            on:keydown=move |_| tick()
            on:click=move |_| tick()
        >
            <input type="hidden" name="served_at" value=served_at />
            <input type="hidden" name="served_sig" value=served_sig />
            <input type="hidden" name="elapsed_ms" prop:value=move || elapsed.get() />
            {children()}
        </div>
    }
}
