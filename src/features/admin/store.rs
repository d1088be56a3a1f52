//! SQL of the admin pages: the mail log (the outbox, newest first, with
//! every sign-in link redacted).

use sqlx::Row;

use super::types::MailItem;
use crate::server::db::Db;
use crate::server::errors::OrInternal;
use crate::shared::page::Page;
use crate::shared::AppError;

const PER_PAGE: i64 = 25;

/// One page of the outbox as the mail log shows it.
pub async fn mail_log(db: &Db, page: i64) -> Result<Page<MailItem>, AppError> {
    let total: i64 = sqlx::query("SELECT COUNT(*) FROM outbox")
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    let rows = sqlx::query(
        "SELECT id, to_address, subject, kind, body_text, status, attempts, last_error, \
         created_at, sent_at FROM outbox \
         ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2",
    )
    .bind(PER_PAGE)
    .bind((page - 1) * PER_PAGE)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    Ok(Page {
        items: rows
            .iter()
            .map(|r| {
                let last_error: Option<String> = r.get(7);
                MailItem {
                    id: r.get(0),
                    to_address: r.get(1),
                    subject: r.get(2),
                    kind: r.get(3),
                    body_redacted: crate::server::mail::redact_links(&r.get::<String, _>(4)),
                    status: r.get(5),
                    attempts: r.get(6),
                    not_configured: last_error.as_deref()
                        == Some(crate::server::mail::NOT_CONFIGURED),
                    last_error,
                    created_at: r.get(8),
                    sent_at: r.get(9),
                }
            })
            .collect(),
        page,
        per_page: PER_PAGE,
        total,
    })
}
