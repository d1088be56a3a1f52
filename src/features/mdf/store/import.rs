//! The allocation CSV: staged on upload, previewed line by line with running
//! balances, applied in one transaction or not at all.

use super::*;

/// Keeps an uploaded allocation CSV for its preview.
pub async fn stage_batch(
    db: &Db,
    viewer: &Viewer,
    file_name: &str,
    body: &str,
) -> Result<i64, AppError> {
    if body.trim().is_empty() {
        return Err(AppError::Validation {
            message: "Choose a CSV file or paste its lines.".into(),
            fields: vec![crate::shared::error::FieldError {
                field: "csv".into(),
                message: "The CSV is empty.".into(),
            }],
            values: vec![],
        });
    }
    let name: String = file_name.chars().take(120).collect();
    let row = sqlx::query(
        "INSERT INTO mdf_allocation_batches (created_by, file_name, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(viewer.user_id)
    .bind(&name)
    .bind(body)
    .bind(now_ms());
    let mut tx = db.write().await.or_internal()?;
    let id: i64 = row.fetch_one(&mut **tx).await.or_internal()?.get(0);
    tx.commit().await.or_internal()?;
    Ok(id)
}

/// Checks every line of a staged CSV: the file, the company, the period,
/// the amount, the fund's currency and (for reductions) the balance.
pub(super) async fn check_batch(
    conn: &mut AnyConnection,
    viewer: &Viewer,
    batch_id: i64,
) -> Result<Option<(AllocationPreview, Vec<i64>)>, AppError> {
    let Some(row) = sqlx::query(
        "SELECT file_name, body, applied_at FROM mdf_allocation_batches WHERE id = $1 AND created_by = $2",
    )
    .bind(batch_id)
    .bind(viewer.user_id)
    .fetch_optional(&mut *conn)
    .await
    .or_internal()?
    else {
        return Ok(None);
    };
    let body: String = row.get(1);
    let mut preview = AllocationPreview {
        batch_id,
        file_name: row.get(0),
        body: body.clone(),
        error: None,
        rows: vec![],
        applied: row.get::<Option<i64>, _>(2).is_some(),
    };
    let lines = match rules::parse_allocations(&body) {
        Ok(l) => l,
        Err(e) => {
            preview.error = Some(e);
            return Ok(Some((preview, vec![])));
        }
    };
    // Running balances per (company, period) so several lines of one file
    // are checked together.
    let mut running: Vec<((i64, String), Balance, String)> = Vec::new();
    let mut company_ids = Vec::new();
    // One lookup per distinct company name, however many lines name it.
    let mut looked_up: Vec<(String, Vec<i64>)> = Vec::new();
    for l in lines {
        let mut errors = l.errors.clone();
        let mut company_id = 0;
        if !l.company.is_empty() {
            let by_id = l.company.parse::<i64>().ok();
            let key = l.company.to_lowercase();
            let found = match looked_up.iter().find(|(k, _)| *k == key) {
                Some((_, ids)) => ids.clone(),
                None => {
                    let ids: Vec<i64> = sqlx::query(&format!(
                "SELECT id, name FROM companies WHERE (LOWER(name) = LOWER($1) OR id = $2) AND {} LIMIT 2",
                scope::companies(viewer, "id")
            ))
                    .bind(&l.company)
                    .bind(by_id.unwrap_or(-1))
                    .fetch_all(&mut *conn)
                    .await
                    .or_internal()?
                    .iter()
                    .map(|r| r.get(0))
                    .collect();
                    looked_up.push((key, ids.clone()));
                    ids
                }
            };
            match found.len() {
                0 => errors.push(format!("No partner company is called \"{}\".", l.company)),
                1 => company_id = found[0],
                _ => errors.push(format!(
                    "\"{}\" matches more than one company; use its id.",
                    l.company
                )),
            }
        }
        if company_id > 0 && errors.is_empty() {
            let key = (company_id, l.period.clone());
            let idx = match running.iter().position(|(k, _, _)| *k == key) {
                Some(i) => i,
                None => {
                    let fund = sqlx::query(&format!(
                        "SELECT {FUND_COLS} FROM mdf_funds WHERE company_id = $1 AND period = $2"
                    ))
                    .bind(company_id)
                    .bind(&l.period)
                    .fetch_optional(&mut *conn)
                    .await
                    .or_internal()?
                    .map(|r| fund_from(&r));
                    let (b, cur) = match fund {
                        Some(f) => {
                            if f.expired_at.is_some() {
                                errors.push(format!("The {} funds have expired.", f.period));
                            }
                            (balance(conn, f.id).await.or_internal()?, f.currency)
                        }
                        None => (Balance::default(), l.currency.clone()),
                    };
                    running.push((key, b, cur));
                    running.len() - 1
                }
            };
            let (_, b, cur) = &mut running[idx];
            if *cur != l.currency {
                errors.push(format!("This company's {} funds are in {cur}.", l.period));
            } else if l.amount_cents != 0 {
                match b.apply(EntryKind::Allocation, l.amount_cents) {
                    Ok(next) => *b = next,
                    Err(_) => errors.push(format!(
                        "A reduction larger than the {} available.",
                        format_money(b.available, cur)
                    )),
                }
            }
        }
        company_ids.push(company_id);
        preview.rows.push(PreviewRow {
            line: l.line,
            company: l.company,
            period: l.period,
            amount_cents: l.amount_cents,
            currency: l.currency,
            note: l.note,
            errors,
        });
    }
    Ok(Some((preview, company_ids)))
}

pub async fn preview_batch(
    db: &Db,
    viewer: &Viewer,
    batch_id: i64,
) -> Result<Option<AllocationPreview>, AppError> {
    let mut conn = db.pool.acquire().await.or_internal()?;
    Ok(check_batch(&mut conn, viewer, batch_id)
        .await?
        .map(|(p, _)| p))
}

/// Applies a staged CSV: all lines or none.
pub async fn apply_batch(
    db: &Db,
    viewer: &Viewer,
    batch_id: i64,
    public_url: &str,
    entry: Entry,
) -> Result<usize, AppError> {
    let mut tx = db.write().await.or_internal()?;
    let Some((preview, company_ids)) = check_batch(&mut tx, viewer, batch_id).await? else {
        return Err(AppError::NotFound);
    };
    if preview.applied {
        return Err(AppError::Conflict(
            "This upload was already applied.".into(),
        ));
    }
    if !preview.valid() {
        return Err(AppError::validation(
            "Some lines have errors; nothing was applied. Correct the file and upload it again.",
        ));
    }
    let n = sqlx::query(
        "UPDATE mdf_allocation_batches SET applied_at = $1 WHERE id = $2 AND applied_at IS NULL",
    )
    .bind(now_ms())
    .bind(batch_id)
    .execute(&mut **tx)
    .await
    .or_internal()?
    .rows_affected();
    if n != 1 {
        return Err(AppError::Conflict(
            "This upload was already applied.".into(),
        ));
    }
    for (row, company_id) in preview.rows.iter().zip(&company_ids) {
        let period = rules::period_from_key(&row.period).ok_or_else(|| internal("period"))?;
        let fund = fund_for(&mut tx, *company_id, &period, &row.currency)
            .await?
            .map_err(AppError::validation)?;
        lock_fund(&mut tx, db, fund.id).await.or_internal()?;
        post(
            &mut tx,
            &fund,
            EntryKind::Allocation,
            row.amount_cents,
            None,
            Some(viewer.user_id),
            &row.note,
        )
        .await?;
        if row.amount_cents > 0 {
            notify_partner_admins(
                &mut tx,
                public_url,
                *company_id,
                "mdf_allocated",
                &format!(
                    "MDF allocated: {} for {}",
                    format_money(row.amount_cents, &row.currency),
                    row.period
                ),
                "New marketing funds are available to your company.",
            )
            .await
            .or_internal()?;
        }
    }
    audit::append(
        &mut tx,
        db.dialect,
        &entry
            .object("mdf_allocation_batch", batch_id)
            .detail(format!("{{\"rows\":{}}}", preview.rows.len())),
    )
    .await
    .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(preview.rows.len())
}
