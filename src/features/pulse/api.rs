//! The pulse's server functions: a partner answers or says "not now";
//! either way it is not asked again this quarter.

use leptos::prelude::*;

use crate::shared::AppError;

/// This quarter's answer: a score from 0 to 10 and an optional comment.
#[server(endpoint = "pulse/answer")]
pub async fn pulse_answer(score: Option<String>, comment: Option<String>) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<PulseAnswer>().await?;
    let score = score.unwrap_or_default();
    let comment = comment.unwrap_or_default();
    super::store::record(
        cx.db(),
        cx.user()?,
        Some((&score, &comment)),
        cx.entry("pulse_answered", "success"),
    )
    .await?;
    leptos_axum::redirect("/?pulse=thanks#pulse");
    Ok(())
}

/// "Not now": the pulse is not asked again this quarter.
#[server(endpoint = "pulse/dismiss")]
pub async fn pulse_dismiss() -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<PulseDismiss>().await?;
    super::store::record(
        cx.db(),
        cx.user()?,
        None,
        cx.entry("pulse_dismissed", "success"),
    )
    .await?;
    leptos_axum::redirect("/");
    Ok(())
}

// Who may call each function above (deny by default).
#[cfg(feature = "ssr")]
crate::server::policy::policies! {
    PulseAnswer => PartnerMember,
    PulseDismiss => PartnerMember,
}
