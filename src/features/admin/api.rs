//! Vendor admin server functions.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::features::accounts::{Member, Page};
use crate::shared::AppError;

/// A message in the outbox as the mail log shows it: its text with every
/// sign-in link redacted (only the recipient ever gets a live one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailItem {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub kind: String,
    pub body_redacted: String,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

#[server(endpoint = "admin/users/invite")]
pub async fn admin_invite(
    company_id: Option<i64>,
    name: String,
    email: String,
    role: String,
) -> Result<(), AppError> {
    use crate::features::accounts::store;
    let cx = crate::server::guard::enter("admin/users/invite").await?;
    if let Some(id) = company_id {
        if crate::features::companies::store::by_id(cx.db(), id)
            .await?
            .is_none()
        {
            return Err(AppError::NotFound);
        }
    }
    let person = store::check_new_person(&name, &email, &role, company_id)?;
    let cfg = &cx.state.config;
    store::invite(
        cx.db(),
        &cfg.public_url,
        cfg.mail.invitation_hours,
        &person,
        cx.entry("user_invited", "success"),
    )
    .await?;
    Ok(())
}

#[server(endpoint = "admin/users/set-status")]
pub async fn admin_set_status(user_id: i64, enable: bool) -> Result<(), AppError> {
    use crate::features::accounts::store;
    let cx = crate::server::guard::enter("admin/users/set-status").await?;
    store::set_status_as(&cx, user_id, enable).await
}

#[server(endpoint = "admin/staff/list")]
pub async fn staff_list(page: Option<i64>) -> Result<Page<Member>, AppError> {
    use crate::features::accounts::store;
    let cx = crate::server::guard::enter("admin/staff/list").await?;
    store::staff_members(cx.db(), store::page_number(page)).await
}

#[server(endpoint = "admin/mail/list")]
pub async fn mail_list(page: Option<i64>) -> Result<Page<MailItem>, AppError> {
    use crate::server::errors::OrInternal;
    use sqlx::Row;
    const PER_PAGE: i64 = 25;
    let cx = crate::server::guard::enter("admin/mail/list").await?;
    let page = crate::features::accounts::store::page_number(page);
    let db = cx.db();
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
            .map(|r| MailItem {
                id: r.get(0),
                to_address: r.get(1),
                subject: r.get(2),
                kind: r.get(3),
                body_redacted: crate::server::mail::redact_links(&r.get::<String, _>(4)),
                status: r.get(5),
                attempts: r.get(6),
                last_error: r.get(7),
                created_at: r.get(8),
                sent_at: r.get(9),
            })
            .collect(),
        page,
        per_page: PER_PAGE,
        total,
    })
}
