//! Extending exclusivity: one request per deal, decided by vendor staff, with
//! the new end date in the history and the partner told.

use super::*;
use crate::shared::validate::field_error;

pub async fn request_extension(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    reason: &str,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let reason = reason.trim();
    let mut tx = db.write().await.or_internal()?;
    let Some(state) = load_state(&mut tx, Some(viewer), id).await.or_internal()? else {
        return Err(AppError::NotFound);
    };
    own_or_admin(viewer, &state)?;
    if reason.chars().count() < 3 || reason.chars().count() > 1000 {
        return Err(field_error(
            "extension_reason",
            reason,
            msg!("deal-error-extension-reason"),
        ));
    }
    if !actions_for(viewer, &state).request_extension {
        return Err(AppError::Conflict(msg!("deal-error-extension-once")));
    }
    let n = sqlx::query(
        "UPDATE deals SET extension = 'requested', extension_reason = $1, updated_at = $2, version = version + 1 \
         WHERE id = $3 AND version = $4 AND extension = 'none'",
    )
    .bind(reason)
    .bind(now_ms())
    .bind(id)
    .bind(state.version)
    .execute(&mut **tx)
    .await
    .or_internal()?
    .rows_affected();
    if n != 1 {
        return Err(stale());
    }
    add_event(
        &mut tx,
        id,
        Some(viewer.user_id),
        "extension_requested",
        None,
        None,
        &[],
        &EventNote::said(reason),
    )
    .await
    .or_internal()?;
    let company_id: i64 = sqlx::query("SELECT company_id FROM deals WHERE id = $1")
        .bind(id)
        .fetch_one(&mut **tx)
        .await
        .or_internal()?
        .get(0);
    notify_approvers(
        &mut tx,
        public_url,
        company_id,
        false,
        "deal_extension_requested",
        &msg!(
            "deal-notify-extension-requested-title",
            customer = &state.customer_name
        ),
        &msg!("deal-notify-said", text = reason),
        &format!("/deals/{id}"),
    )
    .await
    .or_internal()?;
    audit::commit(tx, db, &entry.object("deal", id)).await?;
    Ok(())
}

pub async fn decide_extension(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    grant: bool,
    note: &str,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let note = note.trim().to_string();
    if !grant && note.chars().count() < 3 {
        return Err(field_error(
            "note",
            &note,
            msg!("deal-error-extension-refuse-reason"),
        ));
    }
    let settings = settings(db).await?;
    let mut tx = db.write().await.or_internal()?;
    let Some(state) = load_state(&mut tx, Some(viewer), id).await.or_internal()? else {
        return Err(AppError::NotFound);
    };
    if !actions_for(viewer, &state).decide_extension {
        return Err(AppError::Conflict(msg!("deal-error-extension-none")));
    }
    let before = state.exclusive_until.unwrap_or_else(now_ms);
    let after = if grant {
        before + settings.extension_days * DAY_MS
    } else {
        before
    };
    let n = sqlx::query(
        "UPDATE deals SET extension = $1, exclusive_until = $2, reminded_days = CASE WHEN $3 = 1 THEN NULL ELSE reminded_days END, \
         updated_at = $4, version = version + 1 WHERE id = $5 AND version = $6",
    )
    .bind(if grant { "granted" } else { "refused" })
    .bind(after)
    .bind(i64::from(grant))
    .bind(now_ms())
    .bind(id)
    .bind(state.version)
    .execute(&mut **tx)
    .await
    .or_internal()?
    .rows_affected();
    if n != 1 {
        return Err(stale());
    }
    let changes = if grant {
        vec![(
            "exclusive_until",
            crate::shared::time::date_input_value(before),
            crate::shared::time::date_input_value(after),
        )]
    } else {
        Vec::new()
    };
    let kind = if grant {
        "extension_granted"
    } else {
        "extension_refused"
    };
    add_event(
        &mut tx,
        id,
        Some(viewer.user_id),
        kind,
        None,
        None,
        &changes,
        &EventNote::said(&note),
    )
    .await
    .or_internal()?;
    let title = if grant {
        msg!(
            "deal-notify-extension-granted-title",
            customer = &state.customer_name,
            date = MsgArg::Date(after)
        )
    } else {
        msg!(
            "deal-notify-extension-refused-title",
            customer = &state.customer_name
        )
    };
    notify(
        &mut tx,
        public_url,
        &state.owner,
        kind,
        title,
        msg!("deal-notify-said", text = &note),
        &format!("/deals/{id}"),
    )
    .await
    .or_internal()?;
    audit::commit(
        tx,
        db,
        &entry
            .object("deal", id)
            .detail(format!("{{\"granted\":{grant}}}")),
    )
    .await?;
    Ok(())
}
