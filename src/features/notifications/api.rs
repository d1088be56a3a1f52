//! Notification server functions: every query is scoped to the signed-in
//! user's own rows.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::features::accounts::Page;
use crate::shared::AppError;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub id: i64,
    pub kind: String,
    pub title: String,
    pub body: String,
    pub link: String,
    pub created_at: i64,
    pub read: bool,
}

/// How many notifications the viewer has not read (capped at 100: the bell
/// says "99+" beyond that and the count stays cheap).
#[server(endpoint = "notifications/unread")]
pub async fn notifications_unread() -> Result<i64, AppError> {
    use crate::server::errors::OrInternal;
    use sqlx::Row;
    let cx = crate::server::guard::enter("notifications/unread").await?;
    let row = sqlx::query(
        "SELECT COUNT(*) FROM (SELECT 1 FROM notifications WHERE user_id = $1 AND read_at IS NULL LIMIT 100) x",
    )
    .bind(cx.user()?.user_id)
    .fetch_one(&cx.db().pool)
    .await
    .or_internal()?;
    Ok(row.get(0))
}

#[server(endpoint = "notifications/list")]
pub async fn notifications_list(page: Option<i64>) -> Result<Page<Notification>, AppError> {
    use crate::server::errors::OrInternal;
    use sqlx::Row;
    const PER_PAGE: i64 = 30;
    let cx = crate::server::guard::enter("notifications/list").await?;
    let user = cx.user()?.user_id;
    let page = crate::features::accounts::store::page_number(page);
    let total: i64 = sqlx::query("SELECT COUNT(*) FROM notifications WHERE user_id = $1")
        .bind(user)
        .fetch_one(&cx.db().pool)
        .await
        .or_internal()?
        .get(0);
    let rows = sqlx::query(
        "SELECT id, kind, title, body, link, created_at, read_at FROM notifications WHERE user_id = $1 \
         ORDER BY id DESC LIMIT $2 OFFSET $3",
    )
    .bind(user)
    .bind(PER_PAGE)
    .bind((page - 1) * PER_PAGE)
    .fetch_all(&cx.db().pool)
    .await
    .or_internal()?;
    Ok(Page {
        items: rows
            .iter()
            .map(|r| Notification {
                id: r.get(0),
                kind: r.get(1),
                title: r.get(2),
                body: r.get(3),
                link: r.get(4),
                created_at: r.get(5),
                read: r.get::<Option<i64>, _>(6).is_some(),
            })
            .collect(),
        page,
        per_page: PER_PAGE,
        total,
    })
}

/// Marks one notification (`id`) or all of them read.
#[server(endpoint = "notifications/read")]
pub async fn notifications_read(id: Option<i64>) -> Result<(), AppError> {
    use crate::server::errors::OrInternal;
    let cx = crate::server::guard::enter("notifications/read").await?;
    let user = cx.user()?.user_id;
    let now = crate::server::now_ms();
    let q = match id {
        Some(id) => sqlx::query(
            "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND id = $3 AND read_at IS NULL",
        )
        .bind(now)
        .bind(user)
        .bind(id),
        None => sqlx::query(
            "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL",
        )
        .bind(now)
        .bind(user),
    };
    cx.db().execute_one(q).await.or_internal()?;
    Ok(())
}
