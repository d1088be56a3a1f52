//! The public side: the form's signed clock, an application as posted
//! (bots answered alike and kept nowhere, every address throttled), and
//! the e-mail confirmation that puts it in the vetting queue.

use sqlx::Row;

use crate::msg;
use crate::server::audit::{self, Entry};
use crate::server::db::Db;
use crate::server::errors::OrInternal;
use crate::server::notify::{self, Recipient, RECIPIENT_COLUMNS};
use crate::server::{form_clock, mail, now_ms, throttle, tokens};
use crate::shared::l10n::{L10n, Lang};
use crate::shared::AppError;

use super::super::rules::{
    check_application, join_specialisations, looks_human, RawApplication, CONFIRM_HOURS,
    PER_IP_HOUR,
};
use super::super::types::ApplyStamp;

/// The public form is signed for nobody: user id -1 keeps its signatures
/// apart from the signed-in forms' (same key).
const ANYONE: i64 = -1;
const HOUR_MS: i64 = 3_600_000;

/// A new form's signed clock.
pub async fn stamp(db: &Db) -> Result<ApplyStamp, AppError> {
    let key = form_clock::key(db).await?;
    let served_at = now_ms();
    Ok(ApplyStamp {
        served_at,
        served_sig: form_clock::sign(&key, ANYONE, served_at),
    })
}

/// What came with the post besides the fields.
pub struct Posted<'a> {
    pub served_at: i64,
    pub served_sig: &'a str,
    pub honeypot: &'a str,
    pub ip: &'a str,
    pub public_url: &'a str,
    pub l: &'a L10n,
}

/// Takes an application. A bot (honeypot filled, posted too fast, forged
/// clock) gets the same answer as a person and nothing is kept but an
/// audit line; bad fields get field errors; each address may send
/// [`PER_IP_HOUR`] an hour. Whether the company or the address is known
/// never shows: every good application is stored and its contact e-mailed
/// a confirmation link, and the vetting queue shows the likely duplicates.
pub async fn apply(db: &Db, raw: &RawApplication, p: &Posted<'_>) -> Result<(), AppError> {
    let now = now_ms();
    let key = form_clock::key(db).await?;
    let signature_ok =
        p.served_sig.len() == 32 && form_clock::sign(&key, ANYONE, p.served_at) == p.served_sig;
    if !looks_human(signature_ok, p.served_at, now, p.honeypot) {
        audit::record(db, Entry::new("application_dropped", "denied").ip(p.ip)).await?;
        return Ok(());
    }
    let input = check_application(raw)?;
    if let Err(wait_ms) =
        throttle::count_request(db, &format!("apply-ip:{}", p.ip), PER_IP_HOUR, HOUR_MS, now)
            .await
            .or_internal()?
    {
        let minutes = (wait_ms + 59_999) / 60_000;
        return Err(AppError::too_many(msg!(
            "app-error-too-many",
            minutes = minutes
        )));
    }
    let secret = tokens::new_secret();
    let mut tx = db.write().await.or_internal()?;
    let id: i64 = sqlx::query_scalar::<_, i64>(
        "INSERT INTO partner_applications (status, legal_name, name_key, website, domain, country, \
         partner_type, specialisations, revenue_band, tax_id, contact_name, contact_email, contact_phone, \
         message, locale, ip, confirm_hash, confirm_due_at, created_at) \
         VALUES ('unconfirmed', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) \
         RETURNING id",
    )
    .bind(&input.legal_name)
    .bind(crate::shared::matcher::normalise_company(&input.legal_name))
    .bind(&input.website)
    .bind(&input.domain)
    .bind(&input.country)
    .bind(input.partner_type.as_str())
    .bind(join_specialisations(&input.specialisations))
    .bind(input.revenue_band.as_str())
    .bind(&input.tax_id)
    .bind(&input.contact_name)
    .bind(&input.contact_email)
    .bind(&input.contact_phone)
    .bind(&input.message)
    .bind(p.l.lang().code())
    .bind(p.ip)
    .bind(tokens::digest(&secret))
    .bind(now + CONFIRM_HOURS * HOUR_MS)
    .bind(now)
    .fetch_one(&mut **tx)
    .await
    .or_internal()?;
    let link = format!(
        "{}/apply/confirm?token={secret}",
        p.public_url.trim_end_matches('/')
    );
    let body = p.l.t_with(
        "app-mail-confirm-body",
        &[
            ("name", input.contact_name.as_str().into()),
            ("company", input.legal_name.as_str().into()),
            ("link", link.as_str().into()),
            ("hours", CONFIRM_HOURS.into()),
        ],
    );
    mail::enqueue(
        &mut tx,
        &input.contact_email,
        &p.l.t("app-mail-confirm-subject"),
        &format!("{body}\n"),
        "application_confirm",
    )
    .await
    .or_internal()?;
    audit::commit(
        tx,
        db,
        &Entry::new("application_received", "success")
            .ip(p.ip)
            .object("application", id),
    )
    .await
}

/// Confirms the contact's e-mail: the application joins the vetting queue
/// and every channel manager and vendor admin is told. An unknown, used
/// or expired link changes nothing (`false`).
pub async fn confirm(db: &Db, secret: &str, ip: &str, public_url: &str) -> Result<bool, AppError> {
    if secret.is_empty() || secret.len() > 100 {
        return Ok(false);
    }
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let row = sqlx::query(
        "UPDATE partner_applications SET status = 'pending', confirmed_at = $1, confirm_hash = NULL \
         WHERE confirm_hash = $2 AND status = 'unconfirmed' AND confirm_due_at > $1 \
         RETURNING id, legal_name",
    )
    .bind(now)
    .bind(tokens::digest(secret))
    .fetch_optional(&mut **tx)
    .await
    .or_internal()?;
    let Some(row) = row else {
        return Ok(false);
    };
    let (id, name): (i64, String) = (row.get(0), row.get(1));
    let staff: Vec<Recipient> = sqlx::query(&format!(
        "SELECT {RECIPIENT_COLUMNS} FROM users u \
         WHERE u.role IN ('channel_manager', 'vendor_admin') AND u.status = 'active' ORDER BY u.id"
    ))
    .fetch_all(&mut **tx)
    .await
    .or_internal()?
    .iter()
    .map(|r| Recipient::from_row(r, 0))
    .collect();
    notify::notify_many(
        &mut tx,
        public_url,
        &staff,
        "application",
        &msg!("app-notify-title", company = name.as_str()),
        &msg!("app-notify-body", company = name.as_str()),
        &format!("/companies/applications/{id}"),
    )
    .await
    .or_internal()?;
    audit::commit(
        tx,
        db,
        &Entry::new("application_confirmed", "success")
            .ip(ip)
            .object("application", id),
    )
    .await?;
    Ok(true)
}

/// The language an application's e-mails are written in.
pub fn lang_of(code: &str) -> Lang {
    Lang::parse(code).unwrap_or_default()
}
