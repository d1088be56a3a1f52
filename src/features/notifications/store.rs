//! SQL of notifications: every query is for one person's own rows. The
//! rows are written by `server::notify` in the transaction of the change
//! they announce; this feature reads them and marks them read.

use sqlx::Row;

use super::types::{parse_msg, Notification, Recent};
use crate::server::db::Db;
use crate::server::errors::OrInternal;
use crate::shared::page::Page;
use crate::shared::AppError;

const PER_PAGE: i64 = 30;

/// How many notifications `user_id` has not read, capped at 100 (the bell
/// says "99+" beyond that and the count stays cheap).
pub async fn unread(db: &Db, user_id: i64) -> Result<i64, AppError> {
    let row = sqlx::query(
        "SELECT COUNT(*) FROM (SELECT 1 FROM notifications WHERE user_id = $1 AND read_at IS NULL LIMIT 100) x",
    )
    .bind(user_id)
    .fetch_one(&db.pool)
    .await
    .or_internal()?;
    Ok(row.get(0))
}

/// One page of a person's notifications, newest first.
pub async fn list(db: &Db, user_id: i64, page: i64) -> Result<Page<Notification>, AppError> {
    let total: i64 = sqlx::query("SELECT COUNT(*) FROM notifications WHERE user_id = $1")
        .bind(user_id)
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    let rows = sqlx::query(
        "SELECT id, kind, title, body, link, created_at, read_at, title_msg, body_msg \
         FROM notifications WHERE user_id = $1 \
         ORDER BY id DESC LIMIT $2 OFFSET $3",
    )
    .bind(user_id)
    .bind(PER_PAGE)
    .bind((page - 1) * PER_PAGE)
    .fetch_all(&db.pool)
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
                title_msg: parse_msg(r.get::<Option<String>, _>(7).as_deref()),
                body_msg: parse_msg(r.get::<Option<String>, _>(8).as_deref()),
            })
            .collect(),
        page,
        per_page: PER_PAGE,
        total,
    })
}

/// A person's latest `n` notifications (the home page's list).
pub async fn recent(db: &Db, user_id: i64, n: i64) -> Result<Vec<Recent>, AppError> {
    Ok(sqlx::query(
        "SELECT title, link, created_at, read_at, title_msg FROM notifications WHERE user_id = $1 \
         ORDER BY id DESC LIMIT $2",
    )
    .bind(user_id)
    .bind(n)
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| Recent {
        title: r.get(0),
        link: r.get(1),
        created_at: r.get(2),
        unread: r.get::<Option<i64>, _>(3).is_none(),
        title_msg: parse_msg(r.get::<Option<String>, _>(4).as_deref()),
    })
    .collect())
}

/// Marks one of a person's notifications (`id`), or all of them, read.
pub async fn mark_read(db: &Db, user_id: i64, id: Option<i64>, now: i64) -> Result<(), AppError> {
    let q = match id {
        Some(id) => sqlx::query(
            "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND id = $3 AND read_at IS NULL",
        )
        .bind(now)
        .bind(user_id)
        .bind(id),
        None => sqlx::query(
            "UPDATE notifications SET read_at = $1 WHERE user_id = $2 AND read_at IS NULL",
        )
        .bind(now)
        .bind(user_id),
    };
    db.execute_one(q).await.or_internal()?;
    Ok(())
}
