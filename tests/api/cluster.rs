//! Three `portal serve` processes on one PostgreSQL database, as behind a
//! load balancer: a session made on one server works on the others, a deal
//! registered on one is read on another, the background jobs run once
//! across all three, and a server killed with SIGKILL in the middle of a
//! burst of registrations loses none that it acknowledged.
//!
//! PostgreSQL only: SQLite is the single-server database (docs/scaling.md).

use std::collections::BTreeSet;
use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::helpers::{form, PASSWORD};

/// The public URL all three share, as a load balancer's would be.
const PUBLIC: &str = "http://portal.cluster.test";

struct Server {
    child: Child,
    base: String,
}

async fn start(url: &str, dir: &std::path::Path, n: usize) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_portal"))
        .arg("serve")
        .env("DATABASE_URL", url)
        .env("PORTAL_ADDRESS", "127.0.0.1:0")
        .env("PORTAL_PUBLIC_URL", PUBLIC)
        .env("PORTAL_SITE_ROOT", dir.join("site"))
        .env("PORTAL_UPLOAD_DIR", dir.join("uploads"))
        .env("PORTAL_DB_MAX_CONNECTIONS", "6")
        .env("PORTAL_MAX_CONCURRENT_HASHES", "1")
        .env("PORTAL_JOBS_INTERVAL_SECS", "1")
        .env("PORTAL_JOBS_LEASE_SECS", "20")
        .env("PORTAL_LOG", "warn")
        .env("HOSTNAME", format!("server-{n}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .expect("start portal serve");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let base = tokio::time::timeout(Duration::from_secs(60), async {
        while let Some(line) = lines.next_line().await.unwrap() {
            if let Some(addr) = line.strip_prefix("portal listening on ") {
                return addr.trim().to_string();
            }
        }
        panic!("server {n} exited before listening");
    })
    .await
    .expect("server started within 60 s");
    // Keep draining stdout so the server never blocks on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    Server { child, base }
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .timeout(Duration::from_secs(30))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn call(
    c: &reqwest::Client,
    base: &str,
    path: &str,
    body: &str,
) -> reqwest::Result<reqwest::Response> {
    c.post(format!("{base}{path}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", PUBLIC)
        .body(body.to_string())
        .send()
        .await
}

fn deal_body(customer: &str, product: i64) -> String {
    let close = partner_portal::shared::time::date_input_value(
        partner_portal::server::now_ms() + 30 * 86_400_000,
    );
    let domain = format!("{}.example", customer.to_lowercase().replace(' ', "-"));
    let product = product.to_string();
    form(&[
        ("customer_name", customer),
        ("customer_domain", &domain),
        ("contact_name", "Dana Buyer"),
        ("contact_email", "dana@buyer.example"),
        ("country", "US"),
        ("products[0]", &product),
        ("value", "12,000"),
        ("currency", "USD"),
        ("close_date", &close),
        ("deal_type", "new"),
    ])
}

/// A made-up company name per registration, unlike any other (names that
/// look alike would be held as conflicts).
fn burst_name(n: u64) -> String {
    let mut x = n.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03;
    let word: String = (0..10)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (b'a' + (x % 26) as u8) as char
        })
        .collect();
    format!("{word} Ltd")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_servers_share_one_postgres() {
    let admin = std::env::var("PORTAL_TEST_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    sqlx::any::install_default_drivers();
    let Ok(pool) = sqlx::AnyPool::connect(&admin).await else {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("PostgreSQL at {admin} is unreachable, and CI=true forbids skipping");
        }
        eprintln!("SKIPPED: PostgreSQL at {admin} is unreachable");
        return;
    };
    let name = format!(
        "portal_test_cluster_{}",
        partner_portal::server::now_ms() % 1_000_000_000
    );
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&pool)
        .await
        .unwrap();
    let base = admin.rsplit_once('/').map(|(b, _)| b).unwrap_or(&admin);
    let url = format!("{base}/{name}");
    let result = tokio::spawn(run(url)).await;
    let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&pool)
        .await;
    pool.close().await;
    if let Err(e) = result {
        std::panic::resume_unwind(e.into_panic());
    }
}

async fn run(url: String) {
    use partner_portal::server::{config::Config, db::Db, AppState};
    use sqlx::Row;
    let dir = tempfile::tempdir().unwrap();
    // Seed once, as an operator would before starting the fleet.
    let env = [
        ("DATABASE_URL", url.clone()),
        ("PORTAL_PUBLIC_URL", PUBLIC.to_string()),
    ];
    let config = Config::from_parts("", &|k| {
        env.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone())
    })
    .unwrap();
    let db = Db::connect(&url, 4).await.unwrap();
    db.migrate().await.unwrap();
    partner_portal::host::demo::load(&AppState::new(db.clone(), config))
        .await
        .unwrap();
    let scalar = |sql: String| {
        let db = db.clone();
        async move {
            sqlx::query(&sql)
                .fetch_one(&db.pool)
                .await
                .unwrap()
                .get::<i64, _>(0)
        }
    };
    // A deal whose exclusivity has ended, for the expiry job; every job due.
    let expiring = scalar("SELECT MIN(id) FROM deals WHERE status = 'approved'".into()).await;
    sqlx::query(&format!(
        "UPDATE deals SET exclusive_until = 1 WHERE id = {expiring}"
    ))
    .execute(&db.pool)
    .await
    .unwrap();
    sqlx::query("UPDATE job_leases SET next_run_at = 0")
        .execute(&db.pool)
        .await
        .unwrap();
    let runs_before = scalar("SELECT COALESCE(MAX(id), 0) FROM job_runs".into()).await;
    let started = partner_portal::server::now_ms();

    let servers = [
        start(&url, dir.path(), 1).await,
        start(&url, dir.path(), 2).await,
        start(&url, dir.path(), 3).await,
    ];
    let mut servers = Vec::from(servers);

    // 1. Sign in on server 1; the session works on 2 and 3.
    let sam = client();
    let r = call(
        &sam,
        &servers[0].base,
        "/api/auth/login",
        &form(&[("email", "sam@northwind.example"), ("password", PASSWORD)]),
    )
    .await
    .unwrap();
    assert!(r.status().is_success(), "login: {}", r.status());
    for s in &servers[1..] {
        let r = call(&sam, &s.base, "/api/deals/list", "").await.unwrap();
        assert_eq!(r.status(), 200, "session on {}", s.base);
    }

    // 2. Register on server 2, read it on server 3.
    let product = scalar("SELECT id FROM products WHERE sku = 'NX-CORE'".into()).await;
    let r = call(
        &sam,
        &servers[1].base,
        "/api/deals/register",
        &deal_body("Cluster Robotics", product),
    )
    .await
    .unwrap();
    assert!(r.status().is_success(), "register: {}", r.status());
    let id =
        scalar("SELECT MAX(id) FROM deals WHERE customer_name = 'Cluster Robotics'".into()).await;
    let detail: serde_json::Value = call(
        &sam,
        &servers[2].base,
        "/api/deals/get",
        &format!("id={id}"),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    assert_eq!(detail["customer_name"], "Cluster Robotics");
    assert_eq!(detail["status"], "submitted");

    // 3. Jobs: all three loops tick every second for a few seconds.
    tokio::time::sleep(Duration::from_secs(4)).await;
    let runs = sqlx::query(&format!(
        "SELECT name, holder, started_at, finished_at FROM job_runs WHERE id > {runs_before} ORDER BY name, started_at"
    ))
    .fetch_all(&db.pool)
    .await
    .unwrap();
    let mut holders = BTreeSet::new();
    for job in partner_portal::server::jobs::jobs().iter().map(|j| j.name) {
        let mine: Vec<_> = runs
            .iter()
            .filter(|r| r.get::<String, _>(0) == job)
            .collect();
        assert!(!mine.is_empty(), "{job} ran");
        // Never two runs of one job at once, and at most one per interval.
        for pair in mine.windows(2) {
            let prev_end: Option<i64> = pair[0].get(3);
            let next_start: i64 = pair[1].get(2);
            let prev_start: i64 = pair[0].get(2);
            assert!(
                prev_end.is_some_and(|e| e <= next_start),
                "{job} runs overlap"
            );
            assert!(
                next_start - prev_start >= 990,
                "{job} ran twice in one interval"
            );
        }
        let secs = (partner_portal::server::now_ms() - started) / 1000 + 1;
        assert!(
            mine.len() as i64 <= secs,
            "{job}: {} runs in {secs} s",
            mine.len()
        );
        holders.extend(mine.iter().map(|r| r.get::<String, _>(1)));
    }
    assert!(
        holders.iter().all(|h| h.starts_with("server-")),
        "{holders:?}"
    );
    eprintln!(
        "cluster: {} job runs over {} s by {} servers, none overlapping",
        runs.len(),
        (partner_portal::server::now_ms() - started) / 1000,
        holders.len()
    );
    assert_eq!(
        scalar(format!(
            "SELECT COUNT(*) FROM deal_events WHERE deal_id = {expiring} AND kind = 'expired'"
        ))
        .await,
        1,
        "the ended exclusivity was expired exactly once"
    );

    // 4. A burst of registrations on server 3, killed with SIGKILL midway.
    let before_burst = scalar("SELECT COALESCE(MAX(id), 0) FROM deals".into()).await;
    let victim = servers.pop().unwrap();
    let victim_base = victim.base.clone();
    let acked = std::sync::Arc::new(tokio::sync::Mutex::new(Vec::<String>::new()));
    let mut tasks = Vec::new();
    for w in 0..4 {
        let sam = sam.clone();
        let acked = acked.clone();
        let target = victim_base.clone();
        tasks.push(tokio::spawn(async move {
            for i in 0..200 {
                let customer = burst_name(w * 1000 + i);
                match call(
                    &sam,
                    &target,
                    "/api/deals/register",
                    &deal_body(&customer, product),
                )
                .await
                {
                    Ok(r) if r.status().is_success() => acked.lock().await.push(customer),
                    Ok(r) => panic!("registration refused: {}", r.status()),
                    Err(_) => return, // the server is gone
                }
            }
        }));
    }
    // Kill once some registrations are acknowledged, while others are in flight.
    let mut victim = victim;
    tokio::time::timeout(Duration::from_secs(60), async {
        while acked.lock().await.len() < 40 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .expect("the burst got going");
    victim.child.start_kill().unwrap();
    let status = victim.child.wait().await.unwrap();
    assert!(!status.success(), "killed, not exited: {status:?}");
    for t in tasks {
        t.await.unwrap();
    }
    let acked = acked.lock().await.clone();
    assert!(acked.len() < 800, "the kill landed mid-burst");
    // Every acknowledged registration is there, read through a survivor.
    let stored: BTreeSet<String> = sqlx::query(&format!(
        "SELECT customer_name FROM deals WHERE id > {before_burst}"
    ))
    .fetch_all(&db.pool)
    .await
    .unwrap()
    .iter()
    .map(|r| r.get(0))
    .collect();
    let missing: Vec<_> = acked.iter().filter(|c| !stored.contains(*c)).collect();
    assert!(missing.is_empty(), "acknowledged but lost: {missing:?}");
    let last = acked.last().unwrap();
    let last_id = scalar(format!(
        "SELECT id FROM deals WHERE customer_name = '{last}'"
    ))
    .await;
    let survivor: serde_json::Value = call(
        &sam,
        &servers[0].base,
        "/api/deals/get",
        &format!("id={last_id}"),
    )
    .await
    .unwrap()
    .json()
    .await
    .unwrap();
    assert_eq!(survivor["customer_name"], last.as_str());
    eprintln!(
        "cluster: {} registrations acknowledged before SIGKILL, {} stored, 0 lost",
        acked.len(),
        stored.len()
    );
    db.close().await;
}
