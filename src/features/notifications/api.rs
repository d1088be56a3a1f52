//! Notification server functions: the guard, then the store, which reads
//! only the signed-in person's own rows.

use leptos::prelude::*;

pub use super::types::Notification;
use crate::shared::page::Page;
use crate::shared::AppError;

/// How many notifications the viewer has not read (at most 100).
#[server(endpoint = "notifications/unread")]
pub async fn notifications_unread() -> Result<i64, AppError> {
    let cx = crate::server::guard::enter::<NotificationsUnread>().await?;
    super::store::unread(cx.db(), cx.user()?.user_id).await
}

#[server(endpoint = "notifications/list")]
pub async fn notifications_list(page: Option<i64>) -> Result<Page<Notification>, AppError> {
    let cx = crate::server::guard::enter::<NotificationsList>().await?;
    let page = crate::shared::page::page_number(page);
    super::store::list(cx.db(), cx.user()?.user_id, page).await
}

/// Marks one notification (`id`) or all of them read.
#[server(endpoint = "notifications/read")]
pub async fn notifications_read(id: Option<i64>) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<NotificationsRead>().await?;
    let now = crate::server::now_ms();
    super::store::mark_read(cx.db(), cx.user()?.user_id, id, now).await
}

// Who may call each function above (deny by default: a function without a
// row is refused before it runs); `security/authz-matrix.toml` is the
// independent list the matrix test holds these rows to.
#[cfg(feature = "ssr")]
crate::server::policy::policies! {
    NotificationsUnread => SignedIn,
    NotificationsList => SignedIn,
    NotificationsRead => SignedIn,
}
