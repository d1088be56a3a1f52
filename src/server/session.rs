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
use super::l10n::Prefs;
use super::tokens;
use super::AppState;
use crate::shared::time::DAY_MS;
use crate::shared::{Role, Viewer};

/// Touch `last_seen_at` at most this often, to keep reads read-only.
const TOUCH_EVERY_MS: i64 = 60_000;

/// What the session layer learned about the request; in request extensions.
#[derive(Clone, Debug)]
pub struct RequestSession {
    pub viewer: Option<Viewer>,
    pub session_hash: Option<String>,
    pub ip: String,
    /// The SHA-256 of the browser's trusted-device cookie, if it sent one
    /// (see `throttle`: a known browser is not slowed by attacks).
    pub device_hash: Option<String>,
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

/// The trusted-device cookie (see `throttle`).
pub fn device_cookie_name(cfg: &SessionConfig) -> &'static str {
    if cfg.secure_cookie {
        "__Host-portal_device"
    } else {
        "portal_device"
    }
}

/// How long a browser stays trusted after a sign-in from it.
pub const DEVICE_DAYS: i64 = 180;

/// The trusted-device cookie: it outlives the browser session (unlike the
/// session cookie) because its point is to recognise the browser later.
pub fn set_device_cookie(cfg: &SessionConfig, secret: &str) -> HeaderValue {
    let secure = if cfg.secure_cookie { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{}={secret}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{secure}",
        device_cookie_name(cfg),
        DEVICE_DAYS * 86_400
    ))
    .expect("cookie is ASCII")
}

/// Records a new trusted device for `user_id` in the caller's transaction
/// and returns the cookie secret.
pub async fn trust_device(
    conn: &mut sqlx::AnyConnection,
    user_id: i64,
) -> Result<String, sqlx::Error> {
    let now = super::now_ms();
    // The person's expired devices go as a new one comes.
    sqlx::query("DELETE FROM trusted_devices WHERE user_id = $1 AND expires_at <= $2")
        .bind(user_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    let secret = tokens::new_secret();
    sqlx::query(
        "INSERT INTO trusted_devices (token_hash, user_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4)",
    )
    .bind(tokens::digest(&secret))
    .bind(user_id)
    .bind(now)
    .bind(now + DEVICE_DAYS * 86_400_000)
    .execute(&mut *conn)
    .await?;
    Ok(secret)
}

/// Whether `device_hash` is a live trusted device of the account `email`.
pub async fn is_trusted_device(
    db: &Db,
    device_hash: Option<&str>,
    email: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let Some(hash) = device_hash else {
        return Ok(false);
    };
    Ok(sqlx::query(
        "SELECT 1 FROM trusted_devices d JOIN users u ON u.id = d.user_id \
         WHERE d.token_hash = $1 AND u.email = $2 AND d.expires_at > $3",
    )
    .bind(hash)
    .bind(email)
    .bind(now)
    .fetch_optional(&db.pool)
    .await?
    .is_some())
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

/// The client address. Behind `hops` trusted reverse proxies, each of which
/// appends the address it saw to `X-Forwarded-For`, the client is the entry
/// `hops` places from the right: everything left of it was written by the
/// sender and proves nothing. With fewer entries than hops (a proxy was
/// skipped) the leftmost is the client; with no header, or 0 hops, it is
/// the socket's peer. `forwarded` holds the header's values in order.
pub fn client_ip_from(peer: &str, forwarded: &[&str], hops: usize) -> String {
    if hops == 0 {
        return peer.to_string();
    }
    let entries: Vec<&str> = forwarded
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .collect();
    let Some(index) = entries
        .len()
        .checked_sub(hops)
        .or((!entries.is_empty()).then_some(0))
    else {
        return peer.to_string();
    };
    match entries[index].parse::<std::net::IpAddr>() {
        Ok(ip) => ip.to_string(),
        Err(_) => peer.to_string(),
    }
}

/// The client address of `req` (see [`client_ip_from`]).
pub fn client_ip(req: &Request, hops: usize) -> String {
    let peer = req
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_string())
        .unwrap_or_default();
    let forwarded: Vec<&str> = req
        .headers()
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    client_ip_from(&peer, &forwarded, hops)
}

/// The live session for `hash`, or `None` (and the row removed) when it has
/// expired, idled out, or its user or company is no longer active.
pub async fn lookup(
    db: &Db,
    cfg: &SessionConfig,
    hash: &str,
    now: i64,
) -> Result<Option<(Viewer, Prefs)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT s.last_seen_at, s.expires_at, u.id, u.name, u.email, u.role, u.status, \
         u.company_id, c.name, c.status, u.locale, u.time_zone, c.country \
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
    // The first request of a new UTC day counts the person as active that
    // day (the success measures' "active portal users").
    if now.div_euclid(DAY_MS) != last_seen.div_euclid(DAY_MS) {
        db.execute_one(active_day(row.get(2), now)).await?;
    }
    let prefs = Prefs {
        lang: row.get(10),
        tz: row.get(11),
        country: row.get(12),
    };
    Ok(Some((
        Viewer {
            user_id: row.get(2),
            name: row.get(3),
            email: row.get(4),
            role,
            company_id: row.get(7),
            company_name: row.get(8),
        },
        prefs,
    )))
}

/// Records that `user_id` used the portal on the UTC day of `now` (once).
fn active_day(
    user_id: i64,
    now: i64,
) -> sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments<'static>> {
    sqlx::query(
        "INSERT INTO user_active_days (day, user_id) VALUES ($1, $2) \
         ON CONFLICT (day, user_id) DO NOTHING",
    )
    .bind(now.div_euclid(DAY_MS) * DAY_MS)
    .bind(user_id)
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
    active_day(user_id, now).execute(&mut *conn).await?;
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
    let ip = client_ip(&req, state.config.security.trusted_proxy_hops);
    let secret = read_cookie(&req, cookie_name(cfg));
    let mut stale_cookie = false;
    let mut session = RequestSession {
        viewer: None,
        session_hash: None,
        ip,
        device_hash: read_cookie(&req, device_cookie_name(cfg)).map(|d| tokens::digest(&d)),
    };
    let mut prefs = Prefs::default();
    if let Some(secret) = secret {
        let hash = tokens::digest(&secret);
        match lookup(&state.db, cfg, &hash, super::now_ms()).await {
            Ok(Some((viewer, chosen))) => {
                session.viewer = Some(viewer);
                prefs = chosen;
                session.session_hash = Some(hash);
            }
            Ok(None) => stale_cookie = true,
            Err(e) => {
                tracing::error!(error = %e, "session lookup failed");
            }
        }
    }
    req.extensions_mut().insert(session);
    // The reader's language and zone, for the page and its server functions.
    let l10n = super::l10n::for_request(req.headers(), &prefs);
    req.extensions_mut().insert(l10n);
    let mut res = next.run(req).await;
    if stale_cookie && !res.headers().contains_key(SET_COOKIE) {
        res.headers_mut().append(SET_COOKIE, clear_cookie(cfg));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::client_ip_from;

    /// Only as many entries from the right as there are trusted proxies
    /// count; what the sender wrote to the left of them is ignored.
    #[test]
    fn forwarded_for_by_hops() {
        let peer = "10.0.0.9";
        let spoofed = ["203.0.113.66, 198.51.100.7"];
        assert_eq!(
            client_ip_from(peer, &spoofed, 0),
            peer,
            "no proxy: header ignored"
        );
        assert_eq!(client_ip_from(peer, &spoofed, 1), "198.51.100.7");
        assert_eq!(client_ip_from(peer, &spoofed, 2), "203.0.113.66");
        // Two headers read as one list, in order.
        let split = ["203.0.113.66", "198.51.100.7, 192.0.2.1"];
        assert_eq!(client_ip_from(peer, &split, 2), "198.51.100.7");
        // Fewer entries than hops: the leftmost, written by our first proxy.
        assert_eq!(client_ip_from(peer, &["192.0.2.1"], 3), "192.0.2.1");
        assert_eq!(client_ip_from(peer, &[], 1), peer, "no header: the peer");
        assert_eq!(client_ip_from(peer, &["not-an-ip"], 1), peer);
        assert_eq!(client_ip_from(peer, &["2001:db8::1"], 1), "2001:db8::1");
    }
}
