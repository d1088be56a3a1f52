//! The plain HTTP routes of MDF: proof-of-performance uploads and
//! downloads, and the allocation CSV upload. They are `multipart/form-data`
//! and file bodies, which server functions do not carry well, but they pass
//! the same guard and policy table as every server function and have rows
//! in `security/authz-matrix.toml`.
//!
//! A browser form (`Accept: text/html`) is answered with a redirect back
//! to the page with the outcome in the query string, so uploads work
//! without JavaScript; other clients get JSON and a status code.

use axum::extract::{Multipart, Query, State};
use axum::response::{IntoResponse, Response};
use http::{header, HeaderMap, HeaderValue, StatusCode};
use serde::Deserialize;

use crate::msg;
use crate::server::guard::{enter_http as guard, json_error};
use crate::server::policy::Policy;
use crate::server::session::RequestSession;
use crate::server::uploads;
use crate::server::AppState;
use crate::shared::AppError;

/// Largest body of an upload request: a few files at the per-file limit.
pub const UPLOAD_BODY_LIMIT: usize = 3 * uploads::MAX_FILE_BYTES + 64 * 1024;

/// Paths of these routes (they have policies like server functions).
pub const UPLOAD_PROOF: &str = "/api/mdf/files/upload";
pub const DOWNLOAD: &str = "/api/mdf/files/download";
pub const UPLOAD_ALLOCATIONS: &str = "/api/admin/mdf/allocations/upload";

use crate::server::uploads::{error_query, read_field, see_other, wants_html};

/// `POST /api/mdf/files/upload`: fields `request_id`, then one or more
/// `file`s. Each file is checked (type allow-list, content sniffed, size)
/// and stored; the first refusal stops the upload with its reason.
pub async fn upload_proof(
    State(state): State<AppState>,
    session: Option<axum::Extension<RequestSession>>,
    headers: HeaderMap,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let html = wants_html(&headers);
    let cx = match guard(state, session, &headers, UPLOAD_PROOF).await {
        Ok(cx) => cx,
        Err(e) if html && e == AppError::Unauthenticated => return see_other("/login"),
        Err(e) => return json_error(&e),
    };
    let mut request_id: Option<i64> = None;
    let mut added: Vec<i64> = Vec::new();
    let outcome: Result<(), AppError> = async {
        let mut multipart =
            multipart.map_err(|_| AppError::BadRequest(msg!("mdf-upload-multipart")))?;
        let viewer = cx.user()?.clone();
        while let Some(mut field) = multipart
            .next_field()
            .await
            .map_err(|_| AppError::BadRequest(msg!("mdf-upload-unreadable")))?
        {
            match field.name().unwrap_or("") {
                "request_id" => {
                    let raw = read_field(&mut field, 32).await?;
                    request_id = std::str::from_utf8(&raw)
                        .ok()
                        .and_then(|s| s.trim().parse().ok());
                }
                "file" => {
                    let Some(id) = request_id else {
                        return Err(AppError::BadRequest(msg!("mdf-upload-request-first")));
                    };
                    let name = uploads::clean_name(field.file_name().unwrap_or(""));
                    let bytes = read_field(&mut field, uploads::MAX_FILE_BYTES).await?;
                    if bytes.is_empty()
                        && added.is_empty()
                        && field.file_name().unwrap_or("").is_empty()
                    {
                        return Err(AppError::validation(msg!("mdf-upload-choose")));
                    }
                    let company = match super::store::file_target(cx.db(), &viewer, id).await {
                        Err(AppError::NotFound) => {
                            return Err(cx.deny(AppError::NotFound, "mdf_request", id).await)
                        }
                        other => other?,
                    };
                    let kind = uploads::check(&name, &bytes).map_err(AppError::validation)?;
                    let sha = {
                        use sha2::{Digest, Sha256};
                        hex::encode(Sha256::digest(&bytes))
                    };
                    let key = uploads::store(&cx.state.config.uploads_dir, &bytes)
                        .await
                        .map_err(crate::server::errors::internal)?;
                    let file_id = super::store::add_file(
                        cx.db(),
                        &viewer,
                        id,
                        company,
                        &name,
                        kind.as_str(),
                        bytes.len() as i64,
                        &sha,
                        &key,
                        cx.entry("mdf_file_added", "success"),
                    )
                    .await?;
                    added.push(file_id);
                }
                _ => {}
            }
        }
        if added.is_empty() {
            return Err(AppError::validation(msg!("mdf-upload-choose")));
        }
        Ok(())
    }
    .await;
    let back = |query: String| match request_id {
        Some(id) => see_other(&format!("/mdf/{id}?{query}#proof")),
        None => see_other(&format!("/mdf?{query}")),
    };
    match outcome {
        Ok(()) if html => back(format!("uploaded={}", added.len())),
        Ok(()) => (
            StatusCode::CREATED,
            [(header::CONTENT_TYPE, "application/json")],
            serde_json::json!({ "ids": added }).to_string(),
        )
            .into_response(),
        Err(e) if html && e != AppError::NotFound => back(format!(
            "uploaded={}&{}",
            added.len(),
            error_query(&e.message())
        )),
        Err(e) => json_error(&e),
    }
}

#[derive(Deserialize)]
pub struct FileQuery {
    id: Option<String>,
}

/// `GET /api/mdf/files/download?id=N`: the file as an attachment, to the
/// partner company that owns it and vendor staff in scope.
pub async fn download(
    State(state): State<AppState>,
    session: Option<axum::Extension<RequestSession>>,
    headers: HeaderMap,
    Query(q): Query<FileQuery>,
) -> Response {
    let cx = match guard(state, session, &headers, DOWNLOAD).await {
        Ok(cx) => cx,
        Err(e) => return json_error(&e),
    };
    let Some(id) = q.id.and_then(|s| s.trim().parse::<i64>().ok()) else {
        return json_error(&AppError::BadRequest(msg!("mdf-download-which")));
    };
    let viewer = match cx.user() {
        Ok(v) => v.clone(),
        Err(e) => return json_error(&e),
    };
    let found = match super::store::file_for(cx.db(), &viewer, id).await {
        Ok(f) => f,
        Err(e) => return json_error(&e),
    };
    let Some((key, name, kind)) = found else {
        return json_error(&cx.deny(AppError::NotFound, "mdf_file", id).await);
    };
    let kind = uploads::Kind::parse(&kind).unwrap_or(uploads::Kind::Pdf);
    let bytes = match uploads::read(&cx.state.config.uploads_dir, &key).await {
        Ok(b) => b,
        Err(e) => {
            return json_error(&crate::server::errors::internal(format!(
                "reading upload {key}: {e}"
            )))
        }
    };
    let mut res = bytes.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(kind.content_type()),
    );
    if let Ok(v) = HeaderValue::from_str(&uploads::attachment_header(&name)) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    res
}

/// `POST /api/admin/mdf/allocations/upload`: a CSV file (field `file`) is
/// staged for its preview; nothing is allocated yet.
pub async fn upload_allocations(
    State(state): State<AppState>,
    session: Option<axum::Extension<RequestSession>>,
    headers: HeaderMap,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let html = wants_html(&headers);
    let cx = match guard(state, session, &headers, UPLOAD_ALLOCATIONS).await {
        Ok(cx) => cx,
        Err(e) if html && e == AppError::Unauthenticated => return see_other("/login"),
        Err(e) => return json_error(&e),
    };
    let outcome: Result<i64, AppError> = async {
        let mut multipart =
            multipart.map_err(|_| AppError::BadRequest(msg!("mdf-upload-csv-multipart")))?;
        let viewer = cx.user()?.clone();
        while let Some(mut field) = multipart
            .next_field()
            .await
            .map_err(|_| AppError::BadRequest(msg!("mdf-upload-unreadable")))?
        {
            if field.name() != Some("file") {
                continue;
            }
            let name = uploads::clean_name(field.file_name().unwrap_or("allocations.csv"));
            let bytes = read_field(&mut field, 1024 * 1024).await?;
            let text = String::from_utf8(bytes)
                .map_err(|_| AppError::validation(msg!("mdf-upload-csv-utf8")))?;
            return super::store::stage_batch(cx.db(), &viewer, &name, &text).await;
        }
        Err(AppError::validation(msg!("mdf-upload-csv-choose")))
    }
    .await;
    match (outcome, html) {
        (Ok(id), true) => see_other(&format!("/mdf/budgets?batch={id}#allocate")),
        (Ok(id), false) => (
            StatusCode::CREATED,
            [(header::CONTENT_TYPE, "application/json")],
            serde_json::json!({ "batch_id": id }).to_string(),
        )
            .into_response(),
        (Err(e), true) => see_other(&format!(
            "/mdf/budgets?{}#allocate",
            error_query(&e.message())
        )),
        (Err(e), false) => json_error(&e),
    }
}

/// Who may call these routes (they pass the same guard as server functions).
#[linkme::distributed_slice(crate::server::policy::POLICIES)]
static POLICIES: crate::server::policy::Table = &[
    (UPLOAD_PROOF, Policy::PartnerMember),
    (DOWNLOAD, Policy::SignedIn),
    (UPLOAD_ALLOCATIONS, Policy::VendorAdmin),
];
