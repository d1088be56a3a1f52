//! The scale benchmark: every main page and server function at 1, 10 and
//! 50 concurrent clients against the release server on a generated
//! database, with the server's memory, the bare-axum ceiling, cold start,
//! the size of the WASM bundle and the time to hydrate the partner home.
//!
//!     cargo leptos build --release --split
//!     cargo run --release --features ssr --example scale_bench -- [OPTIONS]
//!
//! Options: `--preset tiny|small|medium|full` (default full: 10,000
//! companies, 100,000 users, 1,000,000 deals), `--seconds N` per cell
//! (default 4), `--db sqlite|postgres` (default sqlite; PostgreSQL at
//! PORTAL_BENCH_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres,
//! into a database `portal_bench_<preset>`), `--out FILE` (default
//! bench/results/<date>-<db>-<preset>.md), `--regenerate`, `--only
//! register,mdf` (only the entries whose name contains one of the words;
//! for a quick before-and-after of one path). The server inherits this
//! process's environment (`PORTAL_DB_GROUP_COMMIT=0` compares without
//! group commit) and logs at `PORTAL_BENCH_LOG` (default `warn`) into
//! target/bench/server.log.
//!
//! The generated SQLite database is kept in target/bench/ and reused by
//! later runs of the same preset. Loopback only; the load generator runs
//! in this process and shares the machine's cores with the server, as a
//! real client would not: the figures are a floor, not a ceiling.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;

const PASSWORD: &str = partner_portal::host::demo::DEMO_PASSWORD;
const LEVELS: [usize; 3] = [1, 10, 50];

struct Options {
    preset: String,
    seconds: u64,
    db: String,
    out: Option<PathBuf>,
    regenerate: bool,
    only: Vec<String>,
}

fn options() -> anyhow::Result<Options> {
    let mut o = Options {
        preset: "full".into(),
        seconds: 4,
        db: "sqlite".into(),
        out: None,
        regenerate: false,
        only: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = || args.next().context(format!("{a} needs a value"));
        match a.as_str() {
            "--preset" => o.preset = value()?,
            "--seconds" => o.seconds = value()?.parse()?,
            "--db" => o.db = value()?,
            "--out" => o.out = Some(PathBuf::from(value()?)),
            "--regenerate" => o.regenerate = true,
            "--only" => o.only = value()?.split(',').map(|s| s.trim().to_string()).collect(),
            other => anyhow::bail!("unknown option {other}"),
        }
    }
    anyhow::ensure!(
        partner_portal::host::generate::Plan::preset(&o.preset).is_some(),
        "unknown preset"
    );
    anyhow::ensure!(
        o.db == "sqlite" || o.db == "postgres",
        "--db sqlite or postgres"
    );
    Ok(o)
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn portal_binary() -> anyhow::Result<PathBuf> {
    let target = std::env::var("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|_| root().join("target"));
    let bin = target.join("release").join("portal");
    anyhow::ensure!(
        bin.exists(),
        "build the release server first: cargo build --release --features ssr --bin portal"
    );
    Ok(bin)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(3999)
}

/// The server under test, a child process.
struct Server {
    child: Child,
    base: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn portal(database_url: &str) -> anyhow::Result<Command> {
    let mut c = Command::new(portal_binary()?);
    c.env("DATABASE_URL", database_url)
        // PORTAL_BENCH_LOG, e.g. `warn,portal::db=debug` for the write
        // lock's hold times, lands in target/bench/server.log.
        .env(
            "PORTAL_LOG",
            std::env::var("PORTAL_BENCH_LOG").unwrap_or_else(|_| "warn".into()),
        )
        .env("PORTAL_SITE_ROOT", root().join("target/site"))
        .env("PORTAL_UPLOAD_DIR", root().join("target/bench/uploads"))
        // The jobs loop would compete with the load; it is measured apart.
        .env("PORTAL_JOBS_INTERVAL_SECS", "86400")
        .env("PORTAL_DB_MAX_CONNECTIONS", "16");
    Ok(c)
}

/// Starts `portal serve` and returns it with the time until /healthz
/// answered (cold start: migrations, pool, first query).
async fn start(database_url: &str) -> anyhow::Result<(Server, f64)> {
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    let log = std::fs::File::create(root().join("target/bench/server.log"))?;
    let child = portal(database_url)?
        .env("PORTAL_ADDRESS", format!("127.0.0.1:{port}"))
        .env("PORTAL_PUBLIC_URL", &base)
        .arg("serve")
        .stdout(log.try_clone()?)
        .stderr(log)
        .spawn()?;
    let server = Server { child, base };
    let probe = reqwest::Client::new();
    loop {
        if let Ok(r) = probe.get(format!("{}/healthz", server.base)).send().await {
            if r.status().is_success() {
                break;
            }
        }
        anyhow::ensure!(
            started.elapsed() < Duration::from_secs(60),
            "the server did not start"
        );
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    Ok((server, started.elapsed().as_secs_f64() * 1000.0))
}

fn rss_mb(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

async fn signed_in(base: &str, email: &str) -> anyhow::Result<reqwest::Client> {
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(64)
        .build()?;
    let r = client
        .post(format!("{base}/api/auth/login"))
        .header("origin", base)
        .form(&[("email", email), ("password", PASSWORD)])
        .send()
        .await?;
    anyhow::ensure!(r.status().is_success(), "login of {email}: {}", r.status());
    Ok(client)
}

/// One kind of request: how to send the n-th one.
#[derive(Clone)]
enum Call {
    Get(String),
    /// A form POST to a server function; `{n}` in the body becomes a
    /// counter (unique customers, titles).
    Post(String, String),
    /// A fresh client per call, posting a login.
    Login(String),
}

struct Cell {
    throughput: f64,
    p50: f64,
    p90: f64,
    p99: f64,
    errors: usize,
    rss: f64,
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len()) - 1]
}

/// `clients` workers send `call` back to back for `seconds`.
async fn measure(
    base: &str,
    client: &reqwest::Client,
    call: &Call,
    clients: usize,
    seconds: u64,
    counter: &Arc<AtomicUsize>,
    pid: Option<u32>,
) -> Cell {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (client, call, base, counter) = (
            client.clone(),
            call.clone(),
            base.to_string(),
            counter.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::new();
            let mut errors = 0;
            while Instant::now() < deadline {
                let n = counter.fetch_add(1, Ordering::Relaxed);
                let t = Instant::now();
                let result = match &call {
                    Call::Get(path) => client.get(format!("{base}{path}")).send().await,
                    Call::Post(path, body) => {
                        client
                            .post(format!("{base}{path}"))
                            .header("origin", &base)
                            .header("content-type", "application/x-www-form-urlencoded")
                            .body(body.replace("{n}", &format!("{n:x}")))
                            .send()
                            .await
                    }
                    Call::Login(email) => {
                        let fresh = reqwest::Client::new();
                        fresh
                            .post(format!("{base}/api/auth/login"))
                            .header("origin", &base)
                            .form(&[("email", email.as_str()), ("password", PASSWORD)])
                            .send()
                            .await
                    }
                };
                let ok = match result {
                    Ok(r) => {
                        let good = r.status().is_success() || r.status().is_redirection();
                        good && r.bytes().await.is_ok()
                    }
                    Err(_) => false,
                };
                if ok {
                    times.push(t.elapsed().as_secs_f64() * 1000.0);
                } else {
                    errors += 1;
                }
            }
            (times, errors)
        }));
    }
    let mut times = Vec::new();
    let mut errors = 0;
    for t in tasks {
        if let Ok((mut ts, e)) = t.await {
            times.append(&mut ts);
            errors += e;
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    Cell {
        throughput: times.len() as f64 / elapsed,
        p50: percentile(&times, 0.5),
        p90: percentile(&times, 0.9),
        p99: percentile(&times, 0.99),
        errors,
        rss: pid.map(rss_mb).unwrap_or(0.0),
    }
}

/// A bare axum handler returning `body` (the ceiling for one page).
async fn bare_axum(body: Vec<u8>) -> anyhow::Result<String> {
    let body = axum::body::Bytes::from(body);
    let app = axum::Router::new().route(
        "/",
        axum::routing::get(move || {
            let body = body.clone();
            async move {
                (
                    [(http::header::CONTENT_TYPE, "text/html; charset=utf-8")],
                    body,
                )
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr: SocketAddr = listener.local_addr()?;
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Ok(format!("http://{addr}"))
}

/// Raw, gzip and brotli bytes of a set of files.
#[derive(Default, Clone, Copy)]
struct Sizes {
    files: usize,
    raw: usize,
    gzip: usize,
    brotli: usize,
}

impl Sizes {
    fn add(&mut self, file: &std::path::Path) -> Option<()> {
        use std::io::Write;
        let raw = std::fs::read(file).ok()?;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&raw).ok()?;
        let gz = gz.finish().ok()?.len();
        let mut br = Vec::new();
        {
            let mut w = brotli::CompressorWriter::new(&mut br, 4096, 11, 22);
            w.write_all(&raw).ok()?;
        }
        self.files += 1;
        self.raw += raw.len();
        self.gzip += gz;
        self.brotli += br.len();
        Some(())
    }

    fn kb(&self) -> String {
        format!(
            "{:.0} KB raw, {:.0} KB gzip, {:.0} KB brotli",
            self.raw as f64 / 1024.0,
            self.gzip as f64 / 1024.0,
            self.brotli as f64 / 1024.0
        )
    }
}

/// The WASM as built in target/site/pkg: the main module (all the sign-in
/// page and the partner home need), what the deal registration page adds
/// (its split module and the chunks the split manifest lists for it), and
/// every module together. Names may carry a content hash
/// (`portal.<hash>.wasm`, scripts/run.sh); the copies (`.br`, `.gz`) are
/// not counted.
fn wasm_sizes() -> Option<(Sizes, Option<Sizes>, Sizes)> {
    let dir = root().join("target/site/pkg");
    let names: Vec<String> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .collect();
    // `stem.ext` or `stem.<22-character hash>.ext`.
    let find = |stem: &str, ext: &str| -> Option<PathBuf> {
        names
            .iter()
            .find(|name| {
                name.strip_prefix(stem)
                    .and_then(|rest| rest.strip_suffix(ext))
                    .is_some_and(|mid| mid.is_empty() || (mid.len() == 23 && mid.starts_with('.')))
            })
            .map(|name| dir.join(name))
    };
    let mut main = Sizes::default();
    main.add(&find("portal", ".wasm")?)?;
    let mut all = Sizes::default();
    for name in names.iter().filter(|n| n.ends_with(".wasm")) {
        all.add(&dir.join(name))?;
    }
    let register = find("__wasm_split_manifest", ".json")
        .and_then(|path| std::fs::read_to_string(path).ok())
        .and_then(|text| {
            let manifest: std::collections::HashMap<String, Vec<String>> =
                serde_json::from_str(&text).ok()?;
            let (split, chunks) = manifest
                .iter()
                .find(|(name, _)| name.starts_with("__new_deal_route_view_"))?;
            let mut sizes = Sizes::default();
            sizes.add(&find(&format!("split_{split}"), ".wasm")?)?;
            for chunk in chunks {
                sizes.add(&find(chunk, ".wasm")?)?;
            }
            Some(sizes)
        });
    Some((main, register, all))
}

/// Time to hydrate the partner home in headless Chromium, from the
/// Playwright script beside the end-to-end tests (when installed).
fn hydrate_ms(base: &str, email: &str) -> Option<String> {
    let dir = root().join("end2end");
    if !dir.join("node_modules/@playwright/test").exists() {
        return None;
    }
    let out = Command::new("node")
        .arg("hydrate-bench.mjs")
        .current_dir(&dir)
        .env("PORTAL_URL", base)
        .env("PORTAL_EMAIL", email)
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (!text.is_empty()).then_some(text)
}

async fn prepare(o: &Options) -> anyhow::Result<(String, Option<f64>)> {
    let dir = root().join("target/bench");
    std::fs::create_dir_all(&dir)?;
    let url = match o.db.as_str() {
        "sqlite" => {
            let file = dir.join(format!("{}.db", o.preset));
            if o.regenerate {
                for ext in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{ext}", file.display()));
                }
            }
            let url = format!("sqlite://{}", file.display());
            if file.exists() {
                return Ok((url, None));
            }
            url
        }
        _ => {
            let admin = std::env::var("PORTAL_BENCH_PG_URL")
                .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
            let name = format!("portal_bench_{}", o.preset);
            sqlx::any::install_default_drivers();
            let pool = sqlx::AnyPool::connect(&admin).await?;
            let exists: i64 = {
                use sqlx::Row;
                sqlx::query(&format!(
                    "SELECT COUNT(*) FROM pg_database WHERE datname = '{name}'"
                ))
                .fetch_one(&pool)
                .await?
                .get(0)
            };
            let url = format!(
                "{}/{name}",
                admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin)
            );
            if exists > 0 && !o.regenerate {
                pool.close().await;
                return Ok((url, None));
            }
            sqlx::raw_sql(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&pool)
                .await?;
            sqlx::raw_sql(&format!("CREATE DATABASE {name}"))
                .execute(&pool)
                .await?;
            pool.close().await;
            url
        }
    };
    eprintln!("generating the {} preset into {url}", o.preset);
    let t = Instant::now();
    let status = portal(&url)?
        .args(["generate", "--preset", &o.preset])
        .stdout(Stdio::null())
        .status()?;
    anyhow::ensure!(status.success(), "generation failed");
    Ok((url, Some(t.elapsed().as_secs_f64())))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let o = options()?;
    sqlx::any::install_default_drivers();
    let mut report = String::new();
    let mut line = |s: String| {
        println!("{s}");
        report.push_str(&s);
        report.push('\n');
    };
    let (url, generated) = prepare(&o).await?;
    let date = partner_portal::shared::time::date_input_value(partner_portal::server::now_ms());
    line(format!("# Scale benchmark, {date}"));
    line(String::new());
    line(format!(
        "Database: {} with the `{}` preset; release build; {} s per cell; 2-core machine, load generator in the same machine.",
        o.db, o.preset, o.seconds
    ));
    if let Some(s) = generated {
        line(format!(
            "Generated in {s:.1} s (`portal generate --preset {}`).",
            o.preset
        ));
    }

    // Cold start on an empty database and on the generated one.
    let empty_dir = tempfile::tempdir()?;
    let empty_url = format!("sqlite://{}/empty.db", empty_dir.path().display());
    let (empty, empty_ms) = start(&empty_url).await?;
    drop(empty);
    let (server, cold_ms) = start(&url).await?;
    let pid = server.child.id();
    line(format!(
        "Cold start until /healthz answers: {empty_ms:.0} ms on an empty SQLite database (migrations included), {cold_ms:.0} ms on the generated one."
    ));
    let base = server.base.clone();
    let counts = {
        use sqlx::Row;
        let pool = sqlx::AnyPool::connect(&url).await?;
        let mut out = BTreeMap::new();
        for t in [
            "companies",
            "users",
            "deals",
            "mdf_requests",
            "leads",
            "audit_log",
        ] {
            let n: i64 = sqlx::query(&format!("SELECT COUNT(*) FROM {t}"))
                .fetch_one(&pool)
                .await?
                .get(0);
            out.insert(t, n);
        }
        let big: (i64, i64) = {
            let r = sqlx::query(
                "SELECT c.id, COUNT(*) AS n FROM deals d JOIN companies c ON c.id = d.company_id \
                 WHERE c.website = 'https://c1.generated.example' GROUP BY c.id",
            )
            .fetch_one(&pool)
            .await?;
            (r.get(0), r.get(1))
        };
        let deal_ids: Vec<i64> =
            sqlx::query("SELECT id FROM deals WHERE company_id = $1 ORDER BY id DESC LIMIT 200")
                .bind(big.0)
                .fetch_all(&pool)
                .await?
                .iter()
                .map(|r| r.get(0))
                .collect();
        let product: i64 =
            sqlx::query("SELECT id FROM products WHERE active = 1 ORDER BY id LIMIT 1")
                .fetch_one(&pool)
                .await?
                .get(0);
        pool.close().await;
        (out, big, deal_ids, product)
    };
    let (tables, (_, big_deals), deal_ids, product) = counts;
    line(format!(
        "Rows: {}. The largest partner company holds {big_deals} deals.",
        tables
            .iter()
            .map(|(t, n)| format!("{n} {t}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    line(String::new());

    let partner = signed_in(&base, "u0@c1.generated.example").await?;
    let manager = signed_in(&base, "manager0@vendor.generated.example").await?;
    let admin = signed_in(&base, "admin@vendor.example").await?;
    let close = partner_portal::shared::time::date_input_value(
        partner_portal::server::now_ms() + 30 * 86_400_000,
    );
    let soon = partner_portal::shared::time::date_input_value(
        partner_portal::server::now_ms() + 20 * 86_400_000,
    );
    let detail = deal_ids.first().copied().unwrap_or(1);
    let entries: Vec<(&str, &reqwest::Client, Call)> = vec![
        ("login", &partner, Call::Login("u1@c1.generated.example".into())),
        ("partner home (SSR page)", &partner, Call::Get("/".into())),
        ("my deals, page 1", &partner, Call::Get("/deals".into())),
        ("my deals, page 500", &partner, Call::Get("/deals?page=500".into())),
        ("deal detail", &partner, Call::Get(format!("/deals/{detail}"))),
        (
            "conflict check",
            &partner,
            Call::Post(
                "/api/deals/check".into(),
                format!("customer_name=Globex+Grid+{{n}}&customer_domain=globex-grid-{{n}}.example&products%5B0%5D={product}"),
            ),
        ),
        (
            "register deal",
            &partner,
            Call::Post(
                "/api/deals/register".into(),
                format!(
                    "customer_name=B{{n}}+Industries&customer_domain=b{{n}}.example&contact_name=Dana+Buyer\
                     &contact_email=dana%40b{{n}}.example&country=US&products%5B0%5D={product}&value=12000\
                     &currency=USD&close_date={close}&deal_type=new&notes="
                ),
            ),
        ),
        ("approval queue (manager)", &manager, Call::Get("/approvals".into())),
        ("lead inbox (partner)", &partner, Call::Get("/leads".into())),
        ("lead queue (manager)", &manager, Call::Get("/leads?status=queue".into())),
        ("lead figures, 90 days (admin)", &admin, Call::Get("/leads/figures".into())),
        (
            "MDF request",
            &partner,
            Call::Post(
                "/api/mdf/request".into(),
                format!(
                    "activity_type=webinar&title=Bench+webinar+{{n}}&starts_on={soon}&ends_on={soon}\
                     &total_cost=4&requested=1&expected_leads=5"
                ),
            ),
        ),
        // Figures shared for a minute once computed (`dashboard.cache_seconds`),
        // then every request asking for figures computed after it.
        ("vendor dashboard (12 months)", &admin, Call::Get("/dashboard?period=12m".into())),
        (
            "vendor dashboard (12 months, refreshed)",
            &admin,
            Call::Get("/dashboard?period=12m&refresh=1".into()),
        ),
    ];
    line("| entry | clients | req/s | p50 ms | p90 ms | p99 ms | errors | server RSS MB |".into());
    line("|---|---:|---:|---:|---:|---:|---:|---:|".into());
    // Unique per run, so customers registered by an earlier run on the same
    // database never look like the same customer (a 409, not a measure).
    let counter = Arc::new(AtomicUsize::new(
        (partner_portal::server::now_ms() as usize % 1_000_000_000) * 1000,
    ));
    let mut home_best = 0.0f64;
    let mut max_rss = 0.0f64;
    let chosen = |name: &str| o.only.is_empty() || o.only.iter().any(|w| name.contains(w.as_str()));
    for (name, client, call) in entries.iter().filter(|(name, _, _)| chosen(name)) {
        // Warm up the path (caches, statements).
        measure(&base, client, call, 2, 1, &counter, None).await;
        for clients in LEVELS {
            let c = measure(&base, client, call, clients, o.seconds, &counter, Some(pid)).await;
            if *name == "partner home (SSR page)" {
                home_best = home_best.max(c.throughput);
            }
            max_rss = max_rss.max(c.rss);
            line(format!(
                "| {name} | {clients} | {:.0} | {:.1} | {:.1} | {:.1} | {} | {:.0} |",
                c.throughput, c.p50, c.p90, c.p99, c.errors, c.rss
            ));
        }
    }
    line(String::new());

    // The ceiling: the same bytes as the partner home from a bare handler.
    let home_bytes = partner
        .get(format!("{base}/"))
        .send()
        .await?
        .bytes()
        .await?
        .to_vec();
    let bare = bare_axum(home_bytes.clone()).await?;
    let plain = reqwest::Client::new();
    measure(&bare, &plain, &Call::Get("/".into()), 2, 1, &counter, None).await;
    let ceiling = measure(
        &bare,
        &plain,
        &Call::Get("/".into()),
        50,
        o.seconds,
        &counter,
        None,
    )
    .await;
    line(format!(
        "Ceiling: a bare axum handler returning the partner home's {} bytes serves {:.0} req/s at 50 clients (p99 {:.1} ms); the partner home's best is {:.0} req/s, {:.1} % of it.",
        home_bytes.len(),
        ceiling.throughput,
        ceiling.p99,
        home_best,
        home_best * 100.0 / ceiling.throughput.max(1.0)
    ));
    line(format!(
        "Largest server RSS during the run: {max_rss:.0} MB."
    ));
    match wasm_sizes() {
        Some((main, register, all)) => {
            line(format!(
                "WASM, main module (the sign-in page and the partner home): {} (target/site/pkg as last built; `cargo leptos build --release --split` for the shipped size).",
                main.kb()
            ));
            if let Some(r) = register {
                line(format!(
                    "WASM the deal registration page adds: {} in {} files.",
                    r.kb(),
                    r.files
                ));
            }
            line(format!("WASM, all {} modules: {}.", all.files, all.kb()));
        }
        None => line("WASM bundle: not built (run `cargo leptos build --release --split`).".into()),
    }
    match hydrate_ms(&base, "u0@c1.generated.example") {
        Some(t) => line(format!("Hydration in headless Chromium: {t}.")),
        None => line(
            "Hydration: Playwright is not installed (bash scripts/setup.sh --with-e2e).".into(),
        ),
    }
    drop(server);

    let out = o.out.clone().unwrap_or_else(|| {
        root()
            .join("bench/results")
            .join(format!("{date}-{}-{}.md", o.db, o.preset))
    });
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&out, &report)?;
    eprintln!("written to {}", out.display());
    Ok(())
}
