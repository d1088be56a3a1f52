//! The lead CSV's plain upload route (a browser form posts the file; it
//! works without JavaScript). It passes the same guard and policy table as
//! the server functions and stages the file for its preview.

use axum::extract::{Multipart, State};
use axum::response::{IntoResponse, Response};
use http::{header, HeaderMap, StatusCode};

use super::types::UPLOAD_LEADS;
use crate::msg;
use crate::server::guard::{enter_http as guard, json_error};
use crate::server::policy::Policy;
use crate::server::session::RequestSession;
use crate::server::uploads::{self, error_query, read_field, see_other, wants_html};
use crate::server::AppState;
use crate::shared::AppError;

/// The largest lead CSV (2,000 lines of a dozen columns fit well within).
const MAX_CSV_BYTES: usize = 2 * 1024 * 1024;

/// `POST /api/leads/import/upload`: a CSV file (field `file`) is staged
/// for its preview; no lead is created yet.
pub async fn upload_leads(
    State(state): State<AppState>,
    session: Option<axum::Extension<RequestSession>>,
    headers: HeaderMap,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let html = wants_html(&headers);
    let cx = match guard(state, session, &headers, UPLOAD_LEADS).await {
        Ok(cx) => cx,
        Err(e) if html && e == AppError::Unauthenticated => return see_other("/login"),
        Err(e) => return json_error(&e),
    };
    let outcome: Result<i64, AppError> = async {
        let mut multipart =
            multipart.map_err(|_| AppError::BadRequest(msg!("lead-upload-multipart")))?;
        let viewer = cx.user()?.clone();
        while let Some(mut field) = multipart
            .next_field()
            .await
            .map_err(|_| AppError::BadRequest(msg!("error-upload-interrupted")))?
        {
            if field.name() != Some("file") {
                continue;
            }
            let name = uploads::clean_name(field.file_name().unwrap_or("leads.csv"));
            let bytes = read_field(&mut field, MAX_CSV_BYTES).await?;
            let text = String::from_utf8(bytes)
                .map_err(|_| AppError::validation(msg!("lead-upload-utf8")))?;
            return super::store::stage_leads(cx.db(), &viewer, &name, &text).await;
        }
        Err(AppError::validation(msg!("lead-upload-choose")))
    }
    .await;
    match (outcome, html) {
        (Ok(id), true) => see_other(&format!("/leads/import?batch={id}")),
        (Ok(id), false) => (
            StatusCode::CREATED,
            [(header::CONTENT_TYPE, "application/json")],
            serde_json::json!({ "batch_id": id }).to_string(),
        )
            .into_response(),
        (Err(e), true) => see_other(&format!("/leads/import?{}", error_query(&e.message()))),
        (Err(e), false) => json_error(&e),
    }
}

/// Who may call this route (it passes the same guard as server functions).
#[linkme::distributed_slice(crate::server::policy::POLICIES)]
static POLICIES: crate::server::policy::Table = &[(UPLOAD_LEADS, Policy::VendorStaff)];
