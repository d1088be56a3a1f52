//! Editing a registration while it waits for a decision or was returned for
//! changes, and resubmitting it: the same checks as a new registration, with
//! the changes in the history.

use super::*;

/// Edits a registration that is pending or was returned for changes; a
/// returned one is submitted again with a fresh SLA clock. The customer may
/// change, so the conflict check runs again in the same transaction.
pub async fn update(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    input: &DealInput,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let settings = settings(db).await?;
    let key = CustomerKey::new(&input.customer_name, &input.customer_domain);
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let Some(state) = load_state(&mut tx, Some(viewer), id).await.or_internal()? else {
        return Err(AppError::NotFound);
    };
    own_or_admin(viewer, &state)?;
    if !matches!(state.status, DealStatus::Draft | DealStatus::Submitted) {
        return Err(not_editable(state.status));
    }
    let old = sqlx::query(
        "SELECT customer_name, customer_domain, contact_name, contact_email, contact_phone, country, \
         value_cents, currency, close_date, deal_type, notes, company_id FROM deals WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&mut **tx)
    .await
    .or_internal()?;
    let company_id: i64 = old.get(11);
    let old_products: Vec<i64> =
        sqlx::query("SELECT product_id FROM deal_products WHERE deal_id = $1 ORDER BY product_id")
            .bind(id)
            .fetch_all(&mut **tx)
            .await
            .or_internal()?
            .iter()
            .map(|r| r.get(0))
            .collect();
    let mut changes: Vec<(&str, String, String)> = Vec::new();
    let mut diff = |field: &'static str, before: String, after: String| {
        if before != after {
            changes.push((field, before, after));
        }
    };
    diff("customer_name", old.get(0), input.customer_name.clone());
    diff("customer_domain", old.get(1), key.domain.clone());
    diff("contact_name", old.get(2), input.contact_name.clone());
    diff("contact_email", old.get(3), input.contact_email.clone());
    diff("contact_phone", old.get(4), input.contact_phone.clone());
    diff("country", old.get(5), input.country.clone());
    diff(
        "value",
        money_value(old.get(6), &old.get::<String, _>(7)),
        money_value(input.value_cents, &input.currency),
    );
    diff(
        "close_date",
        crate::shared::time::date_input_value(old.get(8)),
        crate::shared::time::date_input_value(input.close_date),
    );
    diff(
        "deal_type",
        old.get(9),
        input.deal_type.as_str().to_string(),
    );
    diff("notes", old.get(10), input.notes.clone());
    let ids = |v: &[i64]| {
        v.iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    diff("products", ids(&old_products), ids(&input.product_ids));
    let resubmit = state.status == DealStatus::Draft;
    if changes.is_empty() && !resubmit {
        return Ok(());
    }
    lock_customer(&mut tx, db, &key).await.or_internal()?;
    let conflicts = find_conflicts(&mut tx, &key, &input.product_ids, Some(id))
        .await
        .or_internal()?;
    if let Some(own) = conflicts.iter().find(|c| c.company_id == company_id) {
        return Err(duplicate(own));
    }
    let has_conflict = !conflicts.is_empty();
    let (to, sla) = if resubmit {
        (
            DealStatus::Submitted,
            Some(approvals::due_at(now, settings.sla_hours)),
        )
    } else {
        (state.status, None)
    };
    let n = sqlx::query(
        "UPDATE deals SET customer_name = $1, customer_key = $2, customer_token = $3, customer_domain = $4, \
         contact_name = $5, contact_email = $6, contact_phone = $7, country = $8, value_cents = $9, currency = $10, \
         close_date = $11, deal_type = $12, notes = $13, has_conflict = $14, status = $15, \
         sla_due_at = COALESCE($16, sla_due_at), escalated_at = CASE WHEN $17 = 1 THEN NULL ELSE escalated_at END, \
         updated_at = $18, version = version + 1 WHERE id = $19 AND version = $20",
    )
    .bind(&input.customer_name)
    .bind(&key.name_key)
    .bind(crate::shared::matcher::name_token(&key.name_key))
    .bind(&key.domain)
    .bind(&input.contact_name)
    .bind(&input.contact_email)
    .bind(&input.contact_phone)
    .bind(&input.country)
    .bind(input.value_cents)
    .bind(&input.currency)
    .bind(input.close_date)
    .bind(input.deal_type.as_str())
    .bind(&input.notes)
    .bind(i64::from(has_conflict))
    .bind(to.as_str())
    .bind(sla)
    .bind(i64::from(resubmit))
    .bind(now)
    .bind(id)
    .bind(state.version)
    .execute(&mut **tx)
    .await
    .or_internal()?
    .rows_affected();
    if n != 1 {
        return Err(stale());
    }
    let mut batch = Batch::new();
    add_products_and_conflicts(&mut batch, id, &input.product_ids, &conflicts, now, false);
    batch.run(&mut tx).await.or_internal()?;
    let (kind, from, to_status, note) = if resubmit {
        (
            "resubmitted",
            Some(DealStatus::Draft),
            Some(DealStatus::Submitted),
            EventNote::Says(msg!("deal-note-resubmitted")),
        )
    } else {
        ("edited", None, None, EventNote::None)
    };
    add_event(
        &mut tx,
        id,
        Some(viewer.user_id),
        kind,
        from,
        to_status,
        &changes,
        &note,
    )
    .await
    .or_internal()?;
    if resubmit {
        let route: String = sqlx::query("SELECT route FROM deals WHERE id = $1")
            .bind(id)
            .fetch_one(&mut **tx)
            .await
            .or_internal()?
            .get(0);
        notify_approvers(
            &mut tx,
            public_url,
            company_id,
            route == "admins",
            "deal_submitted",
            &msg!(
                "deal-notify-resubmitted-title",
                customer = &input.customer_name
            ),
            &msg!("deal-notify-resubmitted-body"),
            &format!("/deals/{id}"),
        )
        .await
        .or_internal()?;
    }
    audit::commit(
        tx,
        db,
        &entry
            .object("deal", id)
            .detail(format!("{{\"resubmitted\":{resubmit}}}")),
    )
    .await?;
    Ok(())
}

/// The refusal to edit a registration that is no longer pending or
/// returned.
pub fn not_editable(status: DealStatus) -> AppError {
    AppError::Conflict(msg!(
        "deal-error-not-editable",
        status = MsgArg::Key(status.inline_key().into())
    ))
}

/// The current values of a deal the viewer may edit, for the edit form.
pub async fn editable(
    db: &Db,
    viewer: &Viewer,
    id: i64,
) -> Result<Option<(RawDeal, DealStatus)>, AppError> {
    let mut conn = db.pool.acquire().await.or_internal()?;
    let Some(state) = load_state(&mut conn, Some(viewer), id)
        .await
        .or_internal()?
    else {
        return Ok(None);
    };
    own_or_admin(viewer, &state)?;
    let r = sqlx::query(
        "SELECT customer_name, customer_domain, contact_name, contact_email, contact_phone, country, \
         value_cents, currency, close_date, deal_type, notes FROM deals WHERE id = $1",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await
    .or_internal()?;
    let products = sqlx::query("SELECT product_id FROM deal_products WHERE deal_id = $1")
        .bind(id)
        .fetch_all(&mut *conn)
        .await
        .or_internal()?
        .iter()
        .map(|p| p.get::<i64, _>(0))
        .collect();
    let cents: i64 = r.get(6);
    Ok(Some((
        RawDeal {
            customer_name: r.get(0),
            customer_domain: r.get(1),
            contact_name: r.get(2),
            contact_email: r.get(3),
            contact_phone: r.get(4),
            country: r.get(5),
            product_ids: products,
            // As the reader types amounts ("25000,50" in German).
            value: crate::shared::money::money_input(cents),
            currency: r.get(7),
            close_date: crate::shared::time::date_input_value(r.get(8)),
            deal_type: r.get(9),
            notes: r.get(10),
        },
        state.status,
    )))
}
