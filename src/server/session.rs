//! Server-side sessions stored in the database, so any app server can serve
//! any request. The cookie holds a random secret; the table holds its hash.
//!
//! A session ends when it is idle longer than `idle_minutes`, older than
//! `absolute_hours`, logged out, or its user or company is disabled (checked
//! on every request by the join in [`lookup`]).

use axum::extract::{Request, State};
use axum::middleware::Next;
use axum::response::Response;
use http::header::{COOKIE, SET_COOKIE};
use http::HeaderValue;
use sqlx::Row;

use super::config::SessionConfig;
use super::db::Db;
use super::tokens;
use super::AppState;
use crate::shared::{Role, Viewer};

/// Touch `last_seen_at` at most this often, to keep reads read-only.
const TOUCH_EVERY_MS: i64 = 60_000;

/// What the session layer learned about the request; in request extensions.
#[derive(Clone, Debug)]
pub struct RequestSession {
    pub viewer: Option<Viewer>,
    pub session_hash: Option<String>,
    pub ip: String,
}

pub fn cookie_name(cfg: &SessionConfig) -> &'static str {
    if cfg.secure_cookie {
        "__Host-portal_session"
    } else {
        "portal_session"
    }
}

pub fn set_cookie(cfg: &SessionConfig, secret: &str) -> HeaderValue {
    let secure = if cfg.secure_cookie { "; Secure" } else { "" };
    // No Max-Age: the server decides expiry; the cookie dies with the browser.
    HeaderValue::from_str(&format!(
        "{}={secret}; Path=/; HttpOnly; SameSite=Lax{secure}",
        cookie_name(cfg)
    ))
    .expect("cookie is ASCII")
}

pub fn clear_cookie(cfg: &SessionConfig) -> HeaderValue {
    let secure = if cfg.secure_cookie { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}",
        cookie_name(cfg)
    ))
    .expect("cookie is ASCII")
}

fn read_cookie(req: &Request, name: &str) -> Option<String> {
    req.headers()
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| !v.is_empty() && v.len() <= 100)
}

/// The client address: the socket peer, or the first `X-Forwarded-For`
/// entry when configured to trust a proxy.
pub fn client_ip(req: &Request, trust_forwarded: bool) -> String {
    if trust_forwarded {
        if let Some(first) = req
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(',').next())
        {
            let ip = first.trim();
            if ip.parse::<std::net::IpAddr>().is_ok() {
                return ip.to_string();
            }
        }
    }
    req.extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_default()
}

/// The live session for `hash`, or `None` (and the row removed) when it has
/// expired, idled out, or its user or company is no longer active.
pub async fn lookup(
    db: &Db,
    cfg: &SessionConfig,
    hash: &str,
    now: i64,
) -> Result<Option<Viewer>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT s.last_seen_at, s.expires_at, u.id, u.name, u.email, u.role, u.status, \
         u.company_id, c.name, c.status \
         FROM sessions s JOIN users u ON u.id = s.user_id \
         LEFT JOIN companies c ON c.id = u.company_id WHERE s.id_hash = $1",
    )
    .bind(hash)
    .fetch_optional(&db.pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let last_seen: i64 = row.get(0);
    let expires_at: i64 = row.get(1);
    let user_status: String = row.get(6);
    let company_status: Option<String> = row.get(9);
    let idle_ok = now - last_seen < cfg.idle_minutes * 60_000;
    let alive = idle_ok
        && now < expires_at
        && user_status == "active"
        && company_status.as_deref().unwrap_or("active") == "active";
    let role = Role::parse(&row.get::<String, _>(5));
    let (true, Some(role)) = (alive, role) else {
        db.execute_one(sqlx::query("DELETE FROM sessions WHERE id_hash = $1").bind(hash))
            .await?;
        return Ok(None);
    };
    if now - last_seen > TOUCH_EVERY_MS {
        db.execute_one(
            sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
                .bind(now)
                .bind(hash),
        )
        .await?;
    }
    Ok(Some(Viewer {
        user_id: row.get(2),
        name: row.get(3),
        email: row.get(4),
        role,
        company_id: row.get(7),
        company_name: row.get(8),
    }))
}

/// Starts a new session (a new id every time: no fixation) and returns the
/// cookie secret. Runs in the caller's transaction.
pub async fn create(
    conn: &mut sqlx::AnyConnection,
    cfg: &SessionConfig,
    user_id: i64,
    ip: &str,
    user_agent: &str,
) -> Result<String, sqlx::Error> {
    let now = super::now_ms();
    let secret = tokens::new_secret();
    sqlx::query(
        "INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at, ip, user_agent) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(tokens::digest(&secret))
    .bind(user_id)
    .bind(now)
    .bind(now)
    .bind(now + cfg.absolute_hours * 3_600_000)
    .bind(ip)
    .bind(user_agent.chars().take(200).collect::<String>())
    .execute(&mut *conn)
    .await?;
    Ok(secret)
}

/// Ends every session of a user (disable, password change).
pub async fn end_all_for_user(
    conn: &mut sqlx::AnyConnection,
    user_id: i64,
) -> Result<u64, sqlx::Error> {
    Ok(sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?
        .rows_affected())
}

/// Middleware: resolves the session cookie into a [`RequestSession`] and
/// clears a cookie that no longer names a live session.
pub async fn layer(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let cfg = &state.config.session;
    let ip = client_ip(&req, state.config.security.trust_forwarded_for);
    let secret = read_cookie(&req, cookie_name(cfg));
    let mut stale_cookie = false;
    let mut session = RequestSession {
        viewer: None,
        session_hash: None,
        ip,
    };
    if let Some(secret) = secret {
        let hash = tokens::digest(&secret);
        match lookup(&state.db, cfg, &hash, super::now_ms()).await {
            Ok(Some(viewer)) => {
                session.viewer = Some(viewer);
                session.session_hash = Some(hash);
            }
            Ok(None) => stale_cookie = true,
            Err(e) => {
                tracing::error!(error = %e, "session lookup failed");
            }
        }
    }
    req.extensions_mut().insert(session);
    let mut res = next.run(req).await;
    if stale_cookie && !res.headers().contains_key(SET_COOKIE) {
        res.headers_mut().append(SET_COOKIE, clear_cookie(cfg));
    }
    res
}
