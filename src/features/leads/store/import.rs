//! The lead CSV: staged on upload (the kernel's `server::import`), every
//! line checked with the same checks as the form and shown in a preview,
//! then applied in one transaction or not at all, once: each lead created
//! and handed out by the rules exactly as one added by hand.

use super::*;
use crate::server::import;

/// The staged lead CSVs' kind in the kernel's import batches.
const KIND: &str = "leads";

/// Columns a lead CSV must name, and those it may.
pub const REQUIRED: [&str; 5] = [
    "company",
    "contact_name",
    "contact_email",
    "country",
    "region",
];
pub const OPTIONAL: [&str; 8] = [
    "domain",
    "contact_phone",
    "contact_title",
    "product",
    "value",
    "currency",
    "source",
    "notes",
];

const SHEET: import::Spec = import::Spec {
    required: &REQUIRED,
    optional: &OPTIONAL,
    max_rows: rules::MAX_IMPORT_ROWS,
    rows_are: crate::k!("lead-sheet-rows"),
};

/// Keeps an uploaded lead CSV for its preview.
pub async fn stage_leads(
    db: &Db,
    viewer: &Viewer,
    file_name: &str,
    body: &str,
) -> Result<i64, AppError> {
    import::stage(db, KIND, viewer.user_id, file_name, body).await
}

/// Every line of a staged file, checked: the preview, and the inputs of
/// the lines when all are good.
async fn check_batch(
    conn: &mut AnyConnection,
    db: &Db,
    viewer: &Viewer,
    batch_id: i64,
) -> Result<Option<(LeadPreview, Vec<LeadInput>)>, AppError> {
    let Some(staged) = import::staged(conn, KIND, batch_id, viewer.user_id).await? else {
        return Ok(None);
    };
    let mut preview = LeadPreview {
        batch_id,
        file_name: staged.file_name,
        body: staged.body,
        error: None,
        rows: vec![],
        applied: staged.applied,
    };
    let rows = match import::read(&preview.body, &SHEET) {
        Ok(rows) => rows,
        Err(e) => {
            preview.error = Some(e);
            return Ok(Some((preview, vec![])));
        }
    };
    let products = crate::server::catalog::active(db).await?;
    let product_ids: Vec<i64> = products.iter().map(|p| p.id).collect();
    let currency = tiers::default_currency(db)
        .await?
        .unwrap_or_else(|| "USD".into());
    let mut inputs = Vec::new();
    for r in &rows {
        let mut errors = Vec::new();
        // A product by SKU or name, as people write it in a sheet.
        let product = match r.get("product") {
            "" => String::new(),
            p => match products
                .iter()
                .find(|x| x.sku.eq_ignore_ascii_case(p) || x.name.eq_ignore_ascii_case(p))
            {
                Some(x) => x.id.to_string(),
                None => {
                    errors.push(("product".to_string(), msg!("lead-csv-product", product = p)));
                    String::new()
                }
            },
        };
        let raw = RawLead {
            customer_name: r.get("company").into(),
            customer_domain: r.get("domain").into(),
            contact_name: r.get("contact_name").into(),
            contact_email: r.get("contact_email").into(),
            contact_phone: r.get("contact_phone").into(),
            contact_title: r.get("contact_title").into(),
            country: r.get("country").into(),
            region: r.get("region").into(),
            product_id: product,
            value: r.get("value").into(),
            currency: match r.get("currency") {
                "" => currency.clone(),
                c => c.into(),
            },
            source: match r.get("source") {
                "" => LeadSource::Campaign.as_str().into(),
                s => s.to_lowercase().replace([' ', '-'], "_"),
            },
            notes: r.get("notes").into(),
        };
        match check_lead(&raw, &product_ids) {
            Ok(input) if errors.is_empty() => inputs.push(input),
            Ok(_) => {}
            Err(AppError::Validation { fields, .. }) => {
                errors.extend(fields.into_iter().map(|f| (column_of(&f.field), f.message)))
            }
            Err(e) => return Err(e),
        }
        preview.rows.push(LeadPreviewRow {
            line: r.line,
            company: r.get("company").into(),
            region: r.get("region").into(),
            contact: r.get("contact_email").into(),
            errors,
        });
    }
    Ok(Some((preview, inputs)))
}

/// The sheet's column for a form field.
fn column_of(field: &str) -> String {
    match field {
        "customer_name" => "company",
        "customer_domain" => "domain",
        "product_id" => "product",
        other => other,
    }
    .to_string()
}

pub async fn preview_leads(
    db: &Db,
    viewer: &Viewer,
    batch_id: i64,
) -> Result<Option<LeadPreview>, AppError> {
    let mut conn = db.pool.acquire().await.or_internal()?;
    Ok(check_batch(&mut conn, db, viewer, batch_id)
        .await?
        .map(|(p, _)| p))
}

/// Applies a staged CSV: every lead created and handed out, or none.
/// Returns how many leads were offered and how many wait in the queue.
pub async fn apply_leads(
    db: &Db,
    viewer: &Viewer,
    batch_id: i64,
    public_url: &str,
    entry: Entry,
) -> Result<(usize, usize), AppError> {
    let mut tx = db.write().await.or_internal()?;
    let Some((preview, inputs)) = check_batch(&mut tx, db, viewer, batch_id).await? else {
        return Err(AppError::NotFound);
    };
    if preview.applied {
        return Err(import::already_applied());
    }
    if !preview.valid() || inputs.len() != preview.rows.len() {
        return Err(AppError::validation(msg!("lead-csv-has-errors")));
    }
    import::claim(&mut tx, KIND, batch_id).await?;
    let (mut offered, mut queued) = (0, 0);
    let now = now_ms();
    for input in &inputs {
        let id = insert(&mut tx, Some(viewer.user_id), input, now)
            .await
            .or_internal()?;
        match distribute(&mut tx, db, id, Some(viewer.user_id), public_url).await? {
            LeadStatus::Offered => offered += 1,
            _ => queued += 1,
        }
    }
    let entry = entry.object("lead_import", batch_id).detail(format!(
        "{{\"rows\":{},\"offered\":{offered},\"queued\":{queued}}}",
        inputs.len()
    ));
    audit::commit(tx, db, &entry).await?;
    Ok((offered, queued))
}
