//! The one permission guard every server function goes through.
//!
//! `let cx = guard::enter::<TeamInvite>().await?;` finds the request's
//! session, looks up the endpoint's policy (deny by default), records a
//! denial in the audit log, and hands back a [`Ctx`] with the state and the
//! viewer. Functions then scope every query by `cx` (own company, assigned
//! companies); a foreign id answers exactly like a missing one.

use leptos::prelude::use_context;

use super::audit::{self, Entry};
use super::policy::policy_for;
use super::session::RequestSession;
use super::AppState;
use crate::shared::{AppError, Role, Viewer};

pub struct Ctx {
    pub state: AppState,
    pub viewer: Option<Viewer>,
    pub session_hash: Option<String>,
    pub ip: String,
    /// The SHA-256 of the browser's trusted-device cookie, if any.
    pub device_hash: Option<String>,
    pub user_agent: String,
    pub endpoint: &'static str,
}

impl Ctx {
    /// The signed-in user; the policy already guaranteed one unless Public.
    pub fn user(&self) -> Result<&Viewer, AppError> {
        self.viewer.as_ref().ok_or(AppError::Unauthenticated)
    }

    /// The partner company of a partner user.
    pub fn company_id(&self) -> Result<i64, AppError> {
        self.user()?.company_id.ok_or(AppError::Forbidden)
    }

    pub fn role(&self) -> Option<Role> {
        self.viewer.as_ref().map(|v| v.role)
    }

    /// An audit entry with this request's actor and address filled in.
    pub fn entry(&self, action: &str, outcome: &'static str) -> Entry {
        Entry::new(action, outcome)
            .actor(
                self.viewer.as_ref().map(|v| v.user_id),
                self.viewer.as_ref().and_then(|v| v.company_id),
            )
            .ip(&self.ip)
    }

    /// Records a refused attempt and returns the error to send: the
    /// refusal, or an internal error when it could not be recorded (a
    /// request is never answered as if audited when it was not).
    pub async fn deny(&self, err: AppError, object: &str, id: impl ToString) -> AppError {
        match audit::record(
            &self.state.db,
            self.entry(self.endpoint, "denied").object(object, id),
        )
        .await
        {
            Ok(()) => err,
            Err(unrecorded) => unrecorded,
        }
    }

    /// Turns a store's "not found" or "forbidden" about `object` `id` into
    /// an audited denial; other results pass through.
    pub async fn audited<T>(
        &self,
        object: &str,
        id: i64,
        r: Result<T, AppError>,
    ) -> Result<T, AppError> {
        match r {
            Err(e @ (AppError::NotFound | AppError::Forbidden)) => {
                Err(self.deny(e, object, id).await)
            }
            other => other,
        }
    }

    pub fn db(&self) -> &super::db::Db {
        &self.state.db
    }
}

/// Enters the server function `F`: authenticate, authorise, or refuse.
/// `guard::enter::<DealRegister>()`: the path comes from the function's
/// type, so its name is written once, in its `#[server]` attribute.
pub async fn enter<F: leptos::server_fn::ServerFn>() -> Result<Ctx, AppError> {
    let state = use_context::<AppState>()
        .ok_or_else(|| super::errors::internal(format!("no AppState in context ({})", F::PATH)))?;
    let parts = use_context::<http::request::Parts>();
    let session = parts
        .as_ref()
        .and_then(|p| p.extensions.get::<RequestSession>().cloned());
    let user_agent = parts
        .as_ref()
        .and_then(|p| p.headers.get(http::header::USER_AGENT))
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    enter_with(state, session, user_agent, F::PATH).await
}

/// The same guard for a plain axum handler (uploads, downloads), which has
/// the request's session as an extension instead of a Leptos context.
pub async fn enter_with(
    state: AppState,
    session: Option<RequestSession>,
    user_agent: String,
    path: &'static str,
) -> Result<Ctx, AppError> {
    // The audit log names an endpoint without the common prefix.
    let endpoint = path.strip_prefix("/api/").unwrap_or(path);
    let (viewer, session_hash, ip, device_hash) = match session {
        Some(s) => (s.viewer, s.session_hash, s.ip, s.device_hash),
        None => (None, None, String::new(), None),
    };
    let cx = Ctx {
        state,
        viewer,
        session_hash,
        ip,
        device_hash,
        user_agent,
        endpoint,
    };
    let Some(policy) = policy_for(path) else {
        tracing::error!(%endpoint, "server function without a policy refused");
        return Err(cx.deny(AppError::Forbidden, "endpoint", endpoint).await);
    };
    if policy.allows(cx.viewer.as_ref()) {
        // A feature's gate may still close the call for a partner (the
        // program terms not yet accepted).
        if let Some(viewer) = cx.viewer.as_ref() {
            if let Some(refusal) = super::gates::check(&cx.state.db, viewer, endpoint).await? {
                return Err(cx.deny(refusal, "endpoint", endpoint).await);
            }
        }
        return Ok(cx);
    }
    let err = if cx.viewer.is_none() {
        AppError::Unauthenticated
    } else {
        AppError::Forbidden
    };
    Err(cx.deny(err, "endpoint", endpoint).await)
}

/// The guard for a plain axum handler (uploads, downloads, CSV exports) at
/// `path` (its route's constant): [`enter_with`] with the request's session
/// extension and user agent.
pub async fn enter_http(
    state: AppState,
    session: Option<axum::Extension<RequestSession>>,
    headers: &http::HeaderMap,
    path: &'static str,
) -> Result<Ctx, AppError> {
    let user_agent = headers
        .get(http::header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    enter_with(state, session.map(|s| s.0), user_agent, path).await
}

/// A plain handler's refusal as JSON with its status code.
pub fn json_error(err: &AppError) -> axum::response::Response {
    use axum::response::IntoResponse;
    let status = http::StatusCode::from_u16(err.status()).unwrap_or(http::StatusCode::BAD_REQUEST);
    let body = serde_json::to_string(err).unwrap_or_else(|_| "{}".into());
    (
        status,
        [(http::header::CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response()
}

/// Adds a header to the current response (cookies at login and logout).
pub fn set_response_header(name: http::HeaderName, value: http::HeaderValue) {
    if let Some(res) = use_context::<leptos_axum::ResponseOptions>() {
        res.append_header(name, value);
    }
}
