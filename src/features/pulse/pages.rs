//! The pulse card on the partner's first screen: a 0-10 scale and a
//! comment, "Send" or "Not now". Plain forms, so it works without
//! JavaScript; with it the card thanks the partner in place.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::api::{PulseAnswer, PulseDismiss};
use super::rules::MAX_COMMENT;
use crate::t;
use crate::ui::{action_error, FormError, Notice, TextArea};

/// The pulse, when `due` (the home summary says whether this person is
/// asked this quarter), or the thanks after an answer.
#[component]
pub fn PulseCard(due: bool) -> impl IntoView {
    let answer = ServerAction::<PulseAnswer>::new();
    let dismiss = ServerAction::<PulseDismiss>::new();
    let error = action_error(answer.value());
    let q = use_query_map();
    let answered = move || {
        answer.value().get().is_some_and(|r| r.is_ok())
            || q.read().get("pulse").as_deref() == Some("thanks")
    };
    let dismissed = move || dismiss.value().get().is_some_and(|r| r.is_ok());
    let chosen = move || {
        error
            .get()
            .and_then(|e| e.value("score"))
            .unwrap_or_default()
    };
    move || {
        if answered() {
            return view! { <div id="pulse"><Notice text=t!("pulse-thanks") /></div> }.into_any();
        }
        if !due || dismissed() {
            return ().into_any();
        }
        let score_error = move || error.get().and_then(|e| e.field("score"));
        view! {
            <section class="card pulse" id="pulse" aria-labelledby="pulse-title">
                <h2 class="card-title" id="pulse-title">{t!("pulse-title")}</h2>
                <FormError error=error />
                <ActionForm action=answer attr:class="stack">
                    <fieldset class="pulse-scale-set" class:has-error=move || score_error().is_some()
                        aria-describedby="pulse-scale-ends">
                        <legend>{t!("pulse-question")}</legend>
                        <div class="pulse-scale">
                            {(0..=10).map(|n| {
                                let value = n.to_string();
                                let id = format!("pulse-score-{n}");
                                let checked = chosen() == value;
                                view! {
                                    <span class="pulse-option">
                                        <input type="radio" id=id.clone() name="score" value=value.clone() checked=checked />
                                        <label for=id>{value.clone()}</label>
                                    </span>
                                }
                            }).collect_view()}
                        </div>
                        <p class="pulse-ends muted small" id="pulse-scale-ends">
                            <span>{t!("pulse-scale-low")}</span>
                            <span>{t!("pulse-scale-high")}</span>
                        </p>
                        <p class="field-error" role="alert" hidden=move || score_error().is_none()>{score_error}</p>
                    </fieldset>
                    <TextArea label=t!("pulse-comment") name="comment" error=error hint=t!("pulse-comment-hint") maxlength=MAX_COMMENT />
                    <div class="form-actions">
                        <button class="btn btn-primary" type="submit">{t!("pulse-send")}</button>
                    </div>
                </ActionForm>
                <ActionForm action=dismiss attr:class="pulse-dismiss">
                    <button class="btn btn-ghost btn-sm" type="submit">{t!("pulse-not-now")}</button>
                </ActionForm>
            </section>
        }
        .into_any()
    }
}
