//! The home summary: one call, everything the first screen shows.

use leptos::prelude::*;

pub use super::types::{HomeSummary, PartnerHome, VendorHome};
use crate::shared::AppError;

#[server(endpoint = "home/summary")]
pub async fn load_home_summary() -> Result<HomeSummary, AppError> {
    let cx = crate::server::guard::enter::<LoadHomeSummary>().await?;
    super::store::summary(cx.db(), cx.user()?).await
}

// Who may call each function above (deny by default: a function without a
// row is refused before it runs); `security/authz-matrix.toml` is the
// independent list the matrix test holds these rows to.
#[cfg(feature = "ssr")]
crate::server::policy::policies! {
    LoadHomeSummary => SignedIn,
}
