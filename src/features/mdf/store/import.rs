//! The allocation CSV: staged on upload, previewed line by line with running
//! balances, applied in one transaction or not at all.

use super::*;
use crate::server::import;
use rules::AllocationLine;

/// The staged allocation CSVs' kind in the kernel's import batches.
const KIND: &str = "mdf.allocations";

/// What an allocation CSV holds.
const SHEET: import::Spec = import::Spec {
    required: &rules::ALLOCATION_COLUMNS,
    optional: &[rules::ALLOCATION_NOTE],
    max_rows: rules::MAX_CSV_ROWS,
    rows_are: crate::k!("mdf-sheet-rows"),
};

/// Keeps an uploaded allocation CSV for its preview.
pub async fn stage_batch(
    db: &Db,
    viewer: &Viewer,
    file_name: &str,
    body: &str,
) -> Result<i64, AppError> {
    import::stage(db, KIND, viewer.user_id, file_name, body).await
}

/// Checks every line of a staged CSV: the file, the company, the period,
/// the amount, the fund's currency and (for reductions) the balance.
pub(super) async fn check_batch(
    conn: &mut AnyConnection,
    viewer: &Viewer,
    batch_id: i64,
) -> Result<Option<(AllocationPreview, Vec<i64>)>, AppError> {
    let Some(staged) = import::staged(conn, KIND, batch_id, viewer.user_id).await? else {
        return Ok(None);
    };
    let mut preview = AllocationPreview {
        batch_id,
        file_name: staged.file_name,
        body: staged.body,
        error: None,
        rows: vec![],
        applied: staged.applied,
    };
    let lines: Vec<AllocationLine> = match import::read(&preview.body, &SHEET) {
        Ok(rows) => rows
            .iter()
            .map(|r| {
                let [company, period, amount, currency] =
                    rules::ALLOCATION_COLUMNS.map(|c| r.get(c));
                rules::allocation_line(
                    r.line,
                    company,
                    period,
                    amount,
                    currency,
                    r.get(rules::ALLOCATION_NOTE),
                )
            })
            .collect(),
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
                    let ids: Vec<i64> = sqlx::query(&format!("SELECT id, name FROM companies WHERE (LOWER(name) = LOWER($1) OR id = $2) AND {} LIMIT 2",
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
                0 => errors.push(msg!("mdf-csv-no-company", company = &l.company)),
                1 => company_id = found[0],
                _ => errors.push(msg!("mdf-csv-ambiguous", company = &l.company)),
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
                                errors.push(msg!("mdf-csv-expired", period = &f.period));
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
                errors.push(msg!(
                    "mdf-csv-fund-currency",
                    period = &l.period,
                    currency = cur.as_str()
                ));
            } else if l.amount_cents != 0 {
                match b.apply(EntryKind::Allocation, l.amount_cents) {
                    Ok(next) => *b = next,
                    Err(_) => errors.push(msg!(
                        "mdf-csv-reduction",
                        available = Arg::money(b.available, cur)
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
        return Err(import::already_applied());
    }
    if !preview.valid() {
        return Err(AppError::validation(msg!("mdf-csv-has-errors")));
    }
    import::claim(&mut tx, KIND, batch_id).await?;
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
                &msg!(
                    "mdf-allocated-title",
                    amount = Arg::money(row.amount_cents, &row.currency),
                    period = &row.period
                ),
                &msg!("mdf-allocated-body-upload"),
            )
            .await
            .or_internal()?;
        }
    }
    audit::commit(
        tx,
        db,
        &entry
            .object("mdf_allocation_batch", batch_id)
            .detail(format!("{{\"rows\":{}}}", preview.rows.len())),
    )
    .await?;
    Ok(preview.rows.len())
}
