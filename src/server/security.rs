//! Request-level protections: cross-site request refusal (CSRF), security
//! headers with a per-request CSP nonce, and HTTP status codes for server
//! function errors.

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http::header::{self, HeaderValue};
use http::{Method, StatusCode};

use super::AppState;
use crate::shared::AppError;

/// The nonce of this response's Content-Security-Policy; the renderer puts
/// it on its inline scripts (see `app::provide_request_nonce`).
#[derive(Clone, Debug)]
pub struct CspNonce(pub String);

fn json_error(err: &AppError) -> Response {
    let status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let body = serde_json::to_string(err).unwrap_or_else(|_| "{}".into());
    (status, [(header::CONTENT_TYPE, "application/json")], body).into_response()
}

/// Decides whether a state-changing request is same-site. Browsers send
/// `Sec-Fetch-Site` and `Origin` on every cross-site POST; a request with
/// neither is not from a browser page and carries no ambient authority we
/// did not give it.
pub fn is_cross_site(
    sec_fetch_site: Option<&str>,
    origin: Option<&str>,
    host: Option<&str>,
    public_url: &str,
) -> bool {
    if let Some(site) = sec_fetch_site {
        if site != "same-origin" && site != "none" {
            return true;
        }
    }
    if let Some(origin) = origin {
        if origin == "null" {
            return true;
        }
        let origin_host = origin.split("://").nth(1).unwrap_or("");
        let same_host = host.is_some_and(|h| h.eq_ignore_ascii_case(origin_host));
        let same_public = origin.eq_ignore_ascii_case(public_url);
        if !same_host && !same_public {
            return true;
        }
    }
    false
}

pub async fn csrf_layer(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let safe = matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS);
    if !safe {
        let h = req.headers();
        let get = |name: &str| h.get(name).and_then(|v| v.to_str().ok());
        if is_cross_site(
            get("sec-fetch-site"),
            get("origin"),
            get("host"),
            &state.config.public_url,
        ) {
            tracing::warn!(path = %req.uri().path(), "refused a cross-site request");
            return json_error(&AppError::Forbidden);
        }
    }
    next.run(req).await
}

/// Builds the CSP for an HTML page.
pub fn content_security_policy(nonce: &str, dev_reload: Option<u32>) -> String {
    let connect = match dev_reload {
        Some(port) => format!("'self' ws://127.0.0.1:{port} ws://localhost:{port}"),
        None => "'self'".to_string(),
    };
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src {connect}; \
         object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )
}

pub async fn headers_layer(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let nonce = super::tokens::new_secret();
    req.extensions_mut().insert(CspNonce(nonce.clone()));
    let is_api = req.uri().path().starts_with("/api/");
    let mut res = next.run(req).await;
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let h = res.headers_mut();
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
    );
    // HSTS follows how the portal is reached (TLS at the proxy or here),
    // not the cookie setting, which an operator may turn off for a test.
    if state.config.public_url.starts_with("https://") {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    if is_html {
        let dev = state.config.is_dev().then_some(state.config.reload_port);
        if let Ok(v) = HeaderValue::from_str(&content_security_policy(&nonce, dev)) {
            h.insert(header::CONTENT_SECURITY_POLICY, v);
        }
    }
    if is_html || is_api {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

/// Server functions report every error as 500; API clients deserve the
/// status that matches the `AppError` (400, 401, 403, 404, 409, 422, 429).
pub async fn api_status_layer(req: Request, next: Next) -> Response {
    let is_api = req.uri().path().starts_with("/api/");
    let res = next.run(req).await;
    if !is_api || res.status() != StatusCode::INTERNAL_SERVER_ERROR {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let bytes = to_bytes(body, 256 * 1024).await.unwrap_or_default();
    if let Ok(err) = serde_json::from_slice::<AppError>(&bytes) {
        parts.status = StatusCode::from_u16(err.status()).unwrap_or(StatusCode::BAD_REQUEST);
    }
    Response::from_parts(parts, Body::from(bytes))
}

/// Deny by default: a server function path with no declared policy is
/// refused before it runs.
pub async fn policy_layer(req: Request, next: Next) -> Response {
    let path = req.uri().path();
    if path.starts_with("/api/") && super::policy::policy_for(path).is_none() {
        tracing::warn!(%path, "refused a call to an endpoint without a policy");
        return json_error(&AppError::NotFound);
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Same-origin browser requests pass; cross-site ones are refused.
    #[test]
    fn cross_site_detection() {
        let public = "http://127.0.0.1:3000";
        let host = Some("127.0.0.1:3000");
        assert!(!is_cross_site(
            Some("same-origin"),
            Some(public),
            host,
            public
        ));
        assert!(
            !is_cross_site(None, None, host, public),
            "non-browser clients pass"
        );
        assert!(is_cross_site(Some("cross-site"), None, host, public));
        assert!(is_cross_site(Some("same-site"), None, host, public));
        assert!(is_cross_site(
            None,
            Some("https://evil.example"),
            host,
            public
        ));
        assert!(is_cross_site(None, Some("null"), host, public));
        assert!(!is_cross_site(
            None,
            Some("https://partners.example.com"),
            Some("internal:8080"),
            "https://partners.example.com"
        ));
    }

    /// The CSP carries the nonce and the directives SECURITY.md asks for.
    #[test]
    fn csp_directives() {
        let csp = content_security_policy("abc", None);
        for part in [
            "'nonce-abc'",
            "'wasm-unsafe-eval'",
            "object-src 'none'",
            "base-uri 'none'",
            "frame-ancestors 'none'",
        ] {
            assert!(csp.contains(part), "{part} missing");
        }
        assert!(!csp.contains("unsafe-inline"));
    }
}
