//! Runtime configuration: `Leptos.toml` (our own format, read by the release
//! binary without cargo-leptos), then environment variables on top.
//!
//! Every setting has a default that runs the app on SQLite on 127.0.0.1:3000,
//! so a fresh checkout needs no configuration at all.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

#[derive(Clone, Debug)]
pub struct Config {
    pub address: SocketAddr,
    /// Where cargo-leptos put the compiled site (pkg/, assets).
    pub site_root: String,
    /// The URL people use to reach the portal; links in e-mails start here.
    pub public_url: String,
    pub database_url: String,
    pub database_max_connections: u32,
    /// SQLite: let registrations and MDF requests queued behind each other
    /// share one commit (decision 0006). Off: one commit each.
    pub database_group_commit: bool,
    /// Where uploaded files (MDF proof of performance) are kept, outside
    /// the web root. Several app servers must share it (a network mount).
    pub uploads_dir: String,
    pub session: SessionConfig,
    pub mail: MailConfig,
    pub security: SecurityConfig,
    /// How long the vendor dashboard's figures, once computed, are shown
    /// to the next viewer with the same scope and filters (0: never).
    pub dashboard_cache_seconds: u64,
    /// Where the audit chains' heads are appended every minute (outside the
    /// database, so a cut tail of the log is found); empty: nowhere.
    pub audit_anchor_file: String,
    /// `DEV` serves the live-reload socket in the CSP and prints e-mail to
    /// the log when there is no SMTP server; `PROD` does neither.
    pub env: String,
    pub reload_port: u32,
}

#[derive(Clone, Debug)]
pub struct SessionConfig {
    pub idle_minutes: i64,
    pub absolute_hours: i64,
    /// `Secure` cookies with the `__Host-` prefix; on by default when
    /// `public_url` is https.
    pub secure_cookie: bool,
}

#[derive(Clone, Debug)]
pub struct MailConfig {
    pub from: String,
    pub smtp_host: Option<String>,
    pub smtp_port: u16,
    pub smtp_username: Option<String>,
    pub smtp_password: Option<String>,
    /// `starttls` (default), `tls` or `none` (only for a local relay).
    pub smtp_tls: String,
    pub invitation_hours: i64,
    pub reset_minutes: i64,
}

#[derive(Clone, Debug)]
pub struct SecurityConfig {
    /// How many argon2 hashes may run at once (19 MiB each).
    pub max_concurrent_hashes: usize,
    /// How many reverse proxies stand in front of the portal, each
    /// appending the address it saw to `X-Forwarded-For`: the client is the
    /// entry that many places from the right. 0: use the socket's peer and
    /// ignore the header (anyone can write it).
    pub trusted_proxy_hops: usize,
    /// Failed sign-ins for one account from one address before that address
    /// is locked out of the account for the rest of the window.
    pub account_failures: i64,
    /// Failed sign-ins from one address (any accounts) before it is locked.
    pub ip_failures: i64,
    /// Failed sign-ins for one account (any addresses) before each further
    /// attempt waits a growing delay and the person gets an unlock link.
    pub account_slowdown_after: i64,
    pub throttle_window_minutes: i64,
    /// Password-reset requests per e-mail address in an hour.
    pub reset_per_address: i64,
    /// Password-reset requests per client address in an hour.
    pub reset_per_client: i64,
}

/// The file format. All keys optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    #[serde(default)]
    server: FileServer,
    #[serde(default)]
    database: FileDatabase,
    #[serde(default)]
    session: FileSession,
    #[serde(default)]
    mail: FileMail,
    #[serde(default)]
    security: FileSecurity,
    #[serde(default)]
    storage: FileStorage,
    #[serde(default)]
    dashboard: FileDashboard,
    #[serde(default)]
    audit: FileAudit,
    /// cargo-leptos's own section may sit in the same file; we ignore it.
    #[serde(default, rename = "package")]
    _package: Option<toml::Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileServer {
    address: Option<String>,
    site_root: Option<String>,
    public_url: Option<String>,
    env: Option<String>,
    reload_port: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDatabase {
    url: Option<String>,
    max_connections: Option<u32>,
    group_commit: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDashboard {
    cache_seconds: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileAudit {
    anchor_file: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileStorage {
    uploads_dir: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSession {
    idle_minutes: Option<i64>,
    absolute_hours: Option<i64>,
    secure_cookie: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileMail {
    from: Option<String>,
    smtp_host: Option<String>,
    smtp_port: Option<u16>,
    smtp_username: Option<String>,
    smtp_password: Option<String>,
    smtp_tls: Option<String>,
    invitation_hours: Option<i64>,
    reset_minutes: Option<i64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSecurity {
    max_concurrent_hashes: Option<usize>,
    trusted_proxy_hops: Option<usize>,
    /// Before `trusted_proxy_hops`: `true` meant one proxy.
    trust_forwarded_for: Option<bool>,
    account_failures: Option<i64>,
    ip_failures: Option<i64>,
    account_slowdown_after: Option<i64>,
    throttle_window_minutes: Option<i64>,
    reset_per_address: Option<i64>,
    reset_per_client: Option<i64>,
}

/// A source of environment variables (a closure in tests).
pub type EnvLookup<'a> = &'a dyn Fn(&str) -> Option<String>;

impl Config {
    /// Reads `path` (if it exists) and the process environment.
    pub fn load(path: Option<&Path>) -> anyhow::Result<Self> {
        let path = path
            .map(Path::to_path_buf)
            .or_else(|| std::env::var("PORTAL_CONFIG").ok().map(PathBuf::from))
            .unwrap_or_else(|| PathBuf::from("Leptos.toml"));
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        };
        Self::from_parts(&text, &|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
            .with_context(|| format!("in {}", path.display()))
    }

    pub fn from_parts(toml_text: &str, env: EnvLookup<'_>) -> anyhow::Result<Self> {
        let file: FileConfig = toml::from_str(toml_text).context("invalid configuration file")?;
        let pick = |keys: &[&str], file_value: Option<String>, default: &str| -> String {
            keys.iter()
                .find_map(|k| env(k))
                .or(file_value)
                .unwrap_or_else(|| default.to_string())
        };
        let parse_env = |key: &str| -> anyhow::Result<Option<i64>> {
            env(key)
                .map(|v| {
                    v.parse::<i64>()
                        .with_context(|| format!("{key} must be a number"))
                })
                .transpose()
        };
        let parse_bool = |key: &str| -> anyhow::Result<Option<bool>> {
            env(key)
                .map(|v| match v.to_ascii_lowercase().as_str() {
                    "1" | "true" | "yes" | "on" => Ok(true),
                    "0" | "false" | "no" | "off" => Ok(false),
                    _ => anyhow::bail!("{key} must be true or false"),
                })
                .transpose()
        };

        let address_text = pick(
            &["PORTAL_ADDRESS", "LEPTOS_SITE_ADDR"],
            file.server.address,
            "127.0.0.1:3000",
        );
        let address: SocketAddr = address_text
            .parse()
            .with_context(|| format!("address {address_text:?} is not host:port"))?;
        let public_url = pick(
            &["PORTAL_PUBLIC_URL"],
            file.server.public_url,
            &format!("http://{address}"),
        )
        .trim_end_matches('/')
        .to_string();
        let secure_default = public_url.starts_with("https://");

        let idle_minutes = parse_env("PORTAL_SESSION_IDLE_MINUTES")?
            .or(file.session.idle_minutes)
            .unwrap_or(30);
        let absolute_hours = parse_env("PORTAL_SESSION_ABSOLUTE_HOURS")?
            .or(file.session.absolute_hours)
            .unwrap_or(12);
        anyhow::ensure!(idle_minutes > 0, "session idle_minutes must be positive");
        anyhow::ensure!(
            absolute_hours > 0,
            "session absolute_hours must be positive"
        );

        let smtp_host = env("SMTP_HOST")
            .or(file.mail.smtp_host)
            .filter(|h| !h.is_empty());
        let smtp_port = match env("SMTP_PORT") {
            Some(p) => p.parse().context("SMTP_PORT must be a port number")?,
            None => file.mail.smtp_port.unwrap_or(587),
        };
        let smtp_tls = pick(&["SMTP_TLS"], file.mail.smtp_tls, "starttls");
        anyhow::ensure!(
            ["starttls", "tls", "none"].contains(&smtp_tls.as_str()),
            "mail smtp_tls must be starttls, tls or none"
        );

        let max_concurrent_hashes = match env("PORTAL_MAX_CONCURRENT_HASHES") {
            Some(v) => v
                .parse()
                .context("PORTAL_MAX_CONCURRENT_HASHES must be a number")?,
            None => file
                .security
                .max_concurrent_hashes
                .unwrap_or_else(default_concurrent_hashes),
        };

        let trusted_proxy_hops = match env("PORTAL_TRUSTED_PROXY_HOPS") {
            Some(v) => v
                .parse()
                .context("PORTAL_TRUSTED_PROXY_HOPS must be a whole number")?,
            None => match file.security.trusted_proxy_hops {
                Some(n) => n,
                None => usize::from(
                    parse_bool("PORTAL_TRUST_FORWARDED_FOR")?
                        .or(file.security.trust_forwarded_for)
                        .unwrap_or(false),
                ),
            },
        };
        let positive = |name: &str, value: Option<i64>, default: i64| -> anyhow::Result<i64> {
            let v = value.unwrap_or(default);
            anyhow::ensure!(v > 0, "security {name} must be positive");
            Ok(v)
        };
        let security = SecurityConfig {
            max_concurrent_hashes: max_concurrent_hashes.max(1),
            trusted_proxy_hops,
            account_failures: positive("account_failures", file.security.account_failures, 5)?,
            ip_failures: positive("ip_failures", file.security.ip_failures, 30)?,
            account_slowdown_after: positive(
                "account_slowdown_after",
                parse_env("PORTAL_ACCOUNT_SLOWDOWN_AFTER")?
                    .or(file.security.account_slowdown_after),
                10,
            )?,
            throttle_window_minutes: positive(
                "throttle_window_minutes",
                file.security.throttle_window_minutes,
                15,
            )?,
            reset_per_address: positive(
                "reset_per_address",
                parse_env("PORTAL_RESET_PER_ADDRESS")?.or(file.security.reset_per_address),
                3,
            )?,
            reset_per_client: positive(
                "reset_per_client",
                parse_env("PORTAL_RESET_PER_CLIENT")?.or(file.security.reset_per_client),
                20,
            )?,
        };

        Ok(Config {
            address,
            site_root: pick(
                &["PORTAL_SITE_ROOT", "LEPTOS_SITE_ROOT"],
                file.server.site_root,
                "target/site",
            ),
            public_url,
            database_url: pick(
                &["DATABASE_URL"],
                file.database.url,
                "sqlite://data/portal.db",
            ),
            database_max_connections: match env("PORTAL_DB_MAX_CONNECTIONS") {
                Some(v) => v
                    .parse()
                    .context("PORTAL_DB_MAX_CONNECTIONS must be a number")?,
                None => file.database.max_connections.unwrap_or(16),
            },
            database_group_commit: parse_bool("PORTAL_DB_GROUP_COMMIT")?
                .or(file.database.group_commit)
                .unwrap_or(true),
            uploads_dir: pick(
                &["PORTAL_UPLOAD_DIR"],
                file.storage.uploads_dir,
                "data/uploads",
            ),
            session: SessionConfig {
                idle_minutes,
                absolute_hours,
                secure_cookie: parse_bool("PORTAL_SECURE_COOKIE")?
                    .or(file.session.secure_cookie)
                    .unwrap_or(secure_default),
            },
            mail: MailConfig {
                from: pick(
                    &["PORTAL_MAIL_FROM"],
                    file.mail.from,
                    "Partner Portal <no-reply@localhost>",
                ),
                smtp_host,
                smtp_port,
                smtp_username: env("SMTP_USERNAME").or(file.mail.smtp_username),
                smtp_password: env("SMTP_PASSWORD").or(file.mail.smtp_password),
                smtp_tls,
                invitation_hours: file.mail.invitation_hours.unwrap_or(72),
                reset_minutes: file.mail.reset_minutes.unwrap_or(60),
            },
            security,
            dashboard_cache_seconds: match env("PORTAL_DASHBOARD_CACHE_SECONDS") {
                Some(v) => v
                    .parse()
                    .context("PORTAL_DASHBOARD_CACHE_SECONDS must be a whole number of seconds")?,
                None => file.dashboard.cache_seconds.unwrap_or(60),
            },
            audit_anchor_file: pick(
                &["PORTAL_AUDIT_ANCHOR_FILE"],
                file.audit.anchor_file,
                "data/audit-anchors.log",
            ),
            env: pick(&["PORTAL_ENV", "LEPTOS_ENV"], file.server.env, "PROD").to_uppercase(),
            reload_port: env("LEPTOS_RELOAD_PORT")
                .and_then(|p| p.parse().ok())
                .or(file.server.reload_port)
                .unwrap_or(3001),
        })
    }

    pub fn is_dev(&self) -> bool {
        self.env == "DEV"
    }

    /// The `LeptosOptions` the renderer needs, built from our settings so the
    /// binary runs without cargo-leptos.
    /// With hashed file names when the site was built with them (see
    /// `server::assets::hashed_build`).
    pub fn leptos_options(&self) -> leptos::config::LeptosOptions {
        let pkg = std::path::Path::new(&self.site_root).join(PKG_DIR);
        leptos::config::LeptosOptions::builder()
            .output_name(OUTPUT_NAME)
            .hash_files(super::assets::hashed_build(&pkg, OUTPUT_NAME))
            .site_root(self.site_root.clone())
            .site_pkg_dir(PKG_DIR)
            .site_addr(self.address)
            .reload_port(self.reload_port)
            .env(if self.is_dev() {
                leptos::config::Env::DEV
            } else {
                leptos::config::Env::PROD
            })
            .build()
    }
}

/// The compiled site's file names, as `[package.metadata.leptos]` sets them.
pub const OUTPUT_NAME: &str = "portal";
pub const PKG_DIR: &str = "pkg";

/// One hash per core: a hash keeps one core busy for its whole time, so
/// more at once only queue for the cores while each holds its 19 MiB.
fn default_concurrent_hashes() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |k| map.get(k).cloned()
    }

    /// With no file and no environment the defaults run SQLite locally.
    #[test]
    fn defaults() {
        let c = Config::from_parts("", &env_of(&[])).unwrap();
        assert_eq!(c.address.to_string(), "127.0.0.1:3000");
        assert_eq!(c.database_url, "sqlite://data/portal.db");
        assert_eq!(c.session.idle_minutes, 30);
        assert_eq!(c.session.absolute_hours, 12);
        assert!(!c.session.secure_cookie);
        assert!(c.mail.smtp_host.is_none());
    }

    /// The environment wins over the file.
    #[test]
    fn env_overrides_file() {
        let file = "[server]\naddress = \"0.0.0.0:8080\"\npublic_url = \"https://partners.example.com/\"\n\
                    [database]\nurl = \"sqlite://x.db\"\n[session]\nidle_minutes = 10\n";
        let c = Config::from_parts(file, &env_of(&[("DATABASE_URL", "postgres://h/db")])).unwrap();
        assert_eq!(c.address.port(), 8080);
        assert_eq!(c.database_url, "postgres://h/db");
        assert_eq!(c.session.idle_minutes, 10);
        assert_eq!(c.public_url, "https://partners.example.com");
        assert!(
            c.session.secure_cookie,
            "https public URL turns on Secure cookies"
        );
    }

    /// Proxy hops: the new setting, or the old boolean as one hop.
    #[test]
    fn proxy_hops() {
        let hops = |file: &str, env: &[(&str, &str)]| {
            Config::from_parts(file, &env_of(env))
                .unwrap()
                .security
                .trusted_proxy_hops
        };
        assert_eq!(hops("", &[]), 0);
        assert_eq!(hops("[security]\ntrusted_proxy_hops = 2\n", &[]), 2);
        assert_eq!(hops("[security]\ntrust_forwarded_for = true\n", &[]), 1);
        assert_eq!(hops("", &[("PORTAL_TRUSTED_PROXY_HOPS", "3")]), 3);
        assert!(Config::from_parts("[security]\naccount_failures = 0\n", &env_of(&[])).is_err());
    }

    /// Typos in the file are reported, not ignored.
    #[test]
    fn unknown_keys_refused() {
        assert!(Config::from_parts("[server]\nadress = \"x\"\n", &env_of(&[])).is_err());
        assert!(
            Config::from_parts("", &env_of(&[("PORTAL_SESSION_IDLE_MINUTES", "soon")])).is_err()
        );
    }
}
