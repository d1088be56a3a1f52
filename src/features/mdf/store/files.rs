//! Proof-of-performance files of a request: where a file may go, adding,
//! reading and removing one.

use super::*;

/// The request a file may be added to: in scope, the viewer's company,
/// claim open. Returns the company id.
pub async fn file_target(db: &Db, viewer: &Viewer, request_id: i64) -> Result<i64, AppError> {
    let company = viewer.company_id.ok_or(AppError::Forbidden)?;
    let row = sqlx::query(
        "SELECT status, claim_due_at FROM mdf_requests WHERE id = $1 AND company_id = $2",
    )
    .bind(request_id)
    .bind(company)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?
    .ok_or(AppError::NotFound)?;
    let status = MdfStatus::parse(&row.get::<String, _>(0)).unwrap_or(MdfStatus::Submitted);
    if !status.claim_open() {
        return Err(AppError::Conflict(msg!(
            "mdf-proof-closed",
            status = Arg::Key(status.label_key().into())
        )));
    }
    if let Some(due) = row.get::<Option<i64>, _>(1) {
        if now_ms() > due {
            return Err(AppError::Conflict(msg!(
                "mdf-proof-deadline",
                date = Arg::Date(due)
            )));
        }
    }
    let count: i64 =
        sqlx::query("SELECT COUNT(*) FROM mdf_files WHERE request_id = $1 AND removed_at IS NULL")
            .bind(request_id)
            .fetch_one(&db.pool)
            .await
            .or_internal()?
            .get(0);
    if count >= MAX_FILES {
        return Err(AppError::Conflict(msg!("mdf-proof-max", max = MAX_FILES)));
    }
    Ok(company)
}

/// Files per claim.
pub const MAX_FILES: i64 = 20;

/// Records a stored file against a request.
#[allow(clippy::too_many_arguments)]
pub async fn add_file(
    db: &Db,
    viewer: &Viewer,
    request_id: i64,
    company_id: i64,
    file_name: &str,
    kind: &str,
    size: i64,
    sha256: &str,
    storage_key: &str,
    entry: Entry,
) -> Result<i64, AppError> {
    let mut tx = db.write().await.or_internal()?;
    let id: i64 = sqlx::query(
        "INSERT INTO mdf_files (request_id, company_id, uploaded_by, file_name, kind, size_bytes, sha256, storage_key, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(request_id)
    .bind(company_id)
    .bind(viewer.user_id)
    .bind(file_name)
    .bind(kind)
    .bind(size)
    .bind(sha256)
    .bind(storage_key)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await
    .or_internal()?
    .get(0);
    add_event(
        &mut tx,
        request_id,
        Some(viewer.user_id),
        "file_added",
        None,
        None,
        file_name,
        None,
    )
    .await
    .or_internal()?;
    audit::commit(
        tx,
        db,
        &entry.object("mdf_file", id).detail(format!(
            "{{\"request_id\":{request_id},\"kind\":\"{kind}\",\"size\":{size}}}"
        )),
    )
    .await?;
    Ok(id)
}

/// A file the viewer may download: (storage key, name, kind).
pub async fn file_for(
    db: &Db,
    viewer: &Viewer,
    id: i64,
) -> Result<Option<(String, String, String)>, AppError> {
    Ok(sqlx::query(&format!("SELECT f.storage_key, f.file_name, f.kind FROM mdf_files f WHERE f.id = $1 AND f.removed_at IS NULL AND {}",
        scope::companies(viewer, "f.company_id")
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?
    .map(|r| (r.get(0), r.get(1), r.get(2))))
}

/// Removes a file from an open claim (kept on disk and in the history).
pub async fn remove_file(db: &Db, viewer: &Viewer, id: i64, entry: Entry) -> Result<i64, AppError> {
    let company = viewer.company_id.ok_or(AppError::Forbidden)?;
    let row = sqlx::query(
        "SELECT f.request_id, f.file_name, r.status FROM mdf_files f JOIN mdf_requests r ON r.id = f.request_id \
         WHERE f.id = $1 AND f.company_id = $2 AND f.removed_at IS NULL",
    )
    .bind(id)
    .bind(company)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?
    .ok_or(AppError::NotFound)?;
    let request_id: i64 = row.get(0);
    let name: String = row.get(1);
    if !MdfStatus::parse(&row.get::<String, _>(2)).is_some_and(MdfStatus::claim_open) {
        return Err(AppError::Conflict(msg!("mdf-proof-submitted")));
    }
    let mut tx = db.write().await.or_internal()?;
    sqlx::query("UPDATE mdf_files SET removed_at = $1 WHERE id = $2 AND removed_at IS NULL")
        .bind(now_ms())
        .bind(id)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    add_event(
        &mut tx,
        request_id,
        Some(viewer.user_id),
        "file_removed",
        None,
        None,
        &name,
        None,
    )
    .await
    .or_internal()?;
    audit::commit(tx, db, &entry.object("mdf_file", id)).await?;
    Ok(request_id)
}
