//! The partner's first screen for a company with 10,000 deals.
//!
//!     cargo run --release --features ssr --example home_bench [-- DEALS [CALLS]]
//!
//! Loads the demo data into a fresh SQLite database (and, when PostgreSQL
//! answers at PORTAL_BENCH_PG_URL, default
//! postgres://postgres@127.0.0.1:5432/postgres, a fresh database there),
//! gives Northwind Systems DEALS more deals (default 10,000: every status,
//! won dates over two years, with their rebates and points) and 2,000 other
//! companies points for the leaderboard, starts the real server on a
//! loopback port and times CALLS requests (default 300) of the home summary
//! server function as Northwind's admin: the one round trip the first
//! screen makes. It also times each part of it directly. Prints p50 / p95 /
//! p99 / max. A measurement, not a test: nothing fails.

use std::net::SocketAddr;
use std::time::Instant;

use partner_portal::server::config::Config;
use partner_portal::server::db::Db;
use partner_portal::server::AppState;

const DAY: i64 = 86_400_000;

fn pct(times: &mut [f64], p: f64) -> f64 {
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    times[((p * times.len() as f64).ceil() as usize).clamp(1, times.len()) - 1]
}

fn summary(label: &str, times: &mut [f64]) -> String {
    format!(
        "{label}: p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        pct(times, 0.50),
        pct(times, 0.95),
        pct(times, 0.99),
        pct(times, 1.0)
    )
}

/// Northwind's extra deals: statuses in realistic shares, won dates spread
/// over two years, with incentive entries and points like real wins.
async fn fill(db: &Db, deals: usize) -> anyhow::Result<f64> {
    use sqlx::Row;
    let started = Instant::now();
    let now = partner_portal::server::now_ms();
    let company: i64 = sqlx::query("SELECT id FROM companies WHERE name = 'Northwind Systems'")
        .fetch_one(&db.pool)
        .await?
        .get(0);
    let owner: i64 = sqlx::query("SELECT id FROM users WHERE email = 'sam@northwind.example'")
        .fetch_one(&db.pool)
        .await?
        .get(0);
    let (tier, rule): (i64, i64) = {
        let r = sqlx::query(
            "SELECT ct.tier_id, r.id FROM company_tiers ct JOIN tier_rules r ON r.tier_id = ct.tier_id \
             WHERE ct.company_id = $1 ORDER BY r.effective_from DESC LIMIT 1",
        )
        .bind(company)
        .fetch_one(&db.pool)
        .await?;
        (r.get(0), r.get(1))
    };
    let statuses = [
        "won",
        "won",
        "lost",
        "approved",
        "approved",
        "submitted",
        "expired",
        "rejected",
        "withdrawn",
        "draft",
    ];
    let stages = ["qualify", "discovery", "proposal", "negotiation"];
    let batch = 500;
    for start in (0..deals).step_by(batch) {
        let mut tx = db.write().await?;
        let mut sql = String::from(
            "INSERT INTO deals (company_id, owner_user_id, status, customer_name, customer_key, customer_token, \
             customer_domain, contact_name, contact_email, country, region, value_cents, currency, close_date, \
             deal_type, stage, submitted_at, decided_at, exclusive_until, won_at, final_value_cents, created_at, updated_at) VALUES ",
        );
        for i in start..(start + batch).min(deals) {
            let status = statuses[i % statuses.len()];
            let age = (i as i64 * 7919) % 730;
            let at = now - age * DAY;
            let value = 500_000 + (i as i64 * 104_729) % 20_000_000;
            let currency = if i % 7 == 0 { "EUR" } else { "USD" };
            let decided = if matches!(status, "submitted" | "draft" | "withdrawn") {
                "NULL".to_string()
            } else {
                (at + 6 * 3_600_000).to_string()
            };
            let (won_at, final_value) = if status == "won" {
                ((at + 20 * DAY).min(now).to_string(), value.to_string())
            } else {
                ("NULL".into(), "NULL".into())
            };
            let until = if status == "approved" {
                (now + ((i as i64 % 90) + 1) * DAY).to_string()
            } else {
                "NULL".into()
            };
            if i > start {
                sql.push(',');
            }
            sql.push_str(&format!(
                "({company}, {owner}, '{status}', 'Bench Customer {i}', 'bench customer {i}', 'bench{i}', \
                 'bench-{i}.example', 'C', 'c@x.com', 'US', 'North America', {value}, '{currency}', {}, 'new', '{}', \
                 {at}, {decided}, {until}, {won_at}, {final_value}, {at}, {at})",
                now + 30 * DAY,
                stages[i % stages.len()]
            ));
        }
        sqlx::query(&sql).execute(&mut **tx).await?;
        tx.commit().await?;
    }
    let mut tx = db.write().await?;
    sqlx::query(&format!(
        "INSERT INTO incentive_entries (company_id, deal_id, kind, status, currency, base_cents, rate_bp, amount_cents, \
         tier_id, rule_id, earned_at) SELECT company_id, id, 'rebate', CASE WHEN id % 3 = 0 THEN 'paid' ELSE 'earned' END, \
         currency, final_value_cents, 200, final_value_cents / 50, {tier}, {rule}, won_at FROM deals \
         WHERE company_id = {company} AND status = 'won' AND customer_name LIKE 'Bench Customer %'"
    ))
    .execute(&mut **tx)
    .await?;
    sqlx::query(&format!(
        "INSERT INTO points (company_id, user_id, kind, deal_id, points, at) SELECT company_id, owner_user_id, \
         'deal_registered', id, 10, created_at FROM deals WHERE company_id = {company} AND customer_name LIKE 'Bench Customer %'"
    ))
    .execute(&mut **tx)
    .await?;
    tx.commit().await?;
    // 2,000 more companies in the program with points this year.
    let program: i64 = sqlx::query("SELECT id FROM programs WHERE is_default = 1")
        .fetch_one(&db.pool)
        .await?
        .get(0);
    let entry_tier: i64 = sqlx::query("SELECT id FROM tiers WHERE program_id = $1 AND rank = 0")
        .bind(program)
        .fetch_one(&db.pool)
        .await?
        .get(0);
    for chunk in 0..4 {
        let mut tx = db.write().await?;
        for j in 0..500 {
            let n = chunk * 500 + j;
            let id: i64 = sqlx::query(
                "INSERT INTO companies (name, name_key, company_type, region, country, created_at, updated_at) \
                 VALUES ($1, $2, 'reseller', 'EMEA', 'DE', $3, $4) RETURNING id",
            )
            .bind(format!("Bench Partner {n}"))
            .bind(format!("bench partner {n}"))
            .bind(now)
            .bind(now)
            .fetch_one(&mut **tx)
            .await?
            .get(0);
            sqlx::query("INSERT INTO company_tiers (company_id, program_id, tier_id, since, evaluated_at) VALUES ($1, $2, $3, $4, $5)")
                .bind(id).bind(program).bind(entry_tier).bind(now).bind(now)
                .execute(&mut **tx).await?;
            sqlx::query(
                "INSERT INTO points (company_id, kind, points, at) VALUES ($1, 'training', $2, $3)",
            )
            .bind(id)
            .bind((n * 37 % 500) as i64)
            .bind(now - DAY)
            .execute(&mut **tx)
            .await?;
        }
        tx.commit().await?;
    }
    Ok(started.elapsed().as_secs_f64())
}

async fn measure(label: &str, url: &str, deals: usize, calls: usize) -> anyhow::Result<()> {
    let dir = tempfile::tempdir()?;
    let env = [
        ("DATABASE_URL", url.to_string()),
        ("PORTAL_ADDRESS", "127.0.0.1:0".to_string()),
        ("PORTAL_DB_MAX_CONNECTIONS", "8".to_string()),
    ];
    let mut config = Config::from_parts("", &|k| {
        env.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone())
    })?;
    let db = Db::connect(&config.database_url, config.database_max_connections).await?;
    db.migrate().await?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    config.public_url = format!("http://{addr}");
    config.uploads_dir = dir.path().join("uploads").display().to_string();
    let state = AppState::new(db.clone(), config);
    partner_portal::host::demo::load(&state).await?;
    let fill_s = fill(&db, deals).await?;
    let app = partner_portal::host::http::router(state.clone());
    tokio::spawn(async move {
        let _ = axum::serve(
            listener,
            app.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await;
    });

    let client = reqwest::Client::builder().cookie_store(true).build()?;
    let base = format!("http://{addr}");
    let login = client
        .post(format!("{base}/api/auth/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", &base)
        .body(format!(
            "email=nora%40northwind.example&password={}",
            partner_portal::host::demo::DEMO_PASSWORD
        ))
        .send()
        .await?;
    anyhow::ensure!(
        login.status().is_success(),
        "login failed: {}",
        login.status()
    );
    let call = || async {
        let t = Instant::now();
        let r = client
            .post(format!("{base}/api/home/summary"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", &base)
            .body("")
            .send()
            .await?;
        let status = r.status();
        let bytes = r.bytes().await?.len();
        anyhow::ensure!(status.is_success(), "summary failed: {status}");
        Ok::<_, anyhow::Error>((t.elapsed().as_secs_f64() * 1000.0, bytes))
    };
    for _ in 0..10 {
        call().await?; // warm up
    }
    let mut times = Vec::with_capacity(calls);
    let mut size = 0;
    for _ in 0..calls {
        let (ms, bytes) = call().await?;
        times.push(ms);
        size = bytes;
    }
    let total: i64 = {
        use sqlx::Row;
        sqlx::query("SELECT COUNT(*) FROM deals d JOIN companies c ON c.id = d.company_id WHERE c.name = 'Northwind Systems'")
            .fetch_one(&db.pool)
            .await?
            .get(0)
    };
    println!(
        "{label}: Northwind has {total} deals ({deals} added in {fill_s:.1} s); partner home over HTTP, {calls} calls, {size} bytes each"
    );
    println!("  {}", summary("home summary (one round trip)", &mut times));

    // The vendor dashboard over the same data, as a vendor admin.
    let admin = reqwest::Client::builder().cookie_store(true).build()?;
    let login = admin
        .post(format!("{base}/api/auth/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", &base)
        .body(format!(
            "email=admin%40vendor.example&password={}",
            partner_portal::host::demo::DEMO_PASSWORD
        ))
        .send()
        .await?;
    anyhow::ensure!(login.status().is_success(), "admin login failed");
    let mut times = Vec::with_capacity(calls);
    for i in 0..calls + 10 {
        let t = Instant::now();
        let r = admin
            .post(format!("{base}/api/dashboard/vendor"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", &base)
            .body("period=12m&currency=USD")
            .send()
            .await?;
        anyhow::ensure!(r.status().is_success(), "dashboard failed: {}", r.status());
        r.bytes().await?;
        if i >= 10 {
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
    }
    println!(
        "  {}",
        summary("vendor dashboard, last 12 months", &mut times)
    );

    // The parts, called directly, to see where the time goes.
    let viewer = partner_portal::host::demo::viewer_of(&state, "nora@northwind.example").await?;
    let company = viewer.company_id.expect("partner");
    macro_rules! part {
        ($name:expr, $e:expr) => {{
            let mut t = Vec::with_capacity(100);
            for _ in 0..100 {
                let s = Instant::now();
                $e.await.map_err(|e| anyhow::anyhow!("{e}"))?;
                t.push(s.elapsed().as_secs_f64() * 1000.0);
            }
            println!("  {}", summary($name, &mut t));
        }};
    }
    part!(
        "deals summary",
        partner_portal::features::deals::summary(&db, &viewer)
    );
    part!(
        "MDF balance card",
        partner_portal::features::mdf::fund_card(&db, company)
    );
    part!(
        "open MDF requests",
        partner_portal::features::mdf::list(&db, &viewer, &Default::default())
    );
    part!(
        "tier, incentives, rank",
        partner_portal::features::tiers::home_parts(&db, company)
    );
    db.close().await;
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let deals: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let calls: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(300);
    let dir = tempfile::tempdir()?;
    measure(
        "SQLite",
        &format!("sqlite://{}/bench.db", dir.path().display()),
        deals,
        calls,
    )
    .await?;

    let admin = std::env::var("PORTAL_BENCH_PG_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    sqlx::any::install_default_drivers();
    match sqlx::AnyPool::connect(&admin).await {
        Err(e) => println!("PostgreSQL: skipped ({e})"),
        Ok(pool) => {
            let name = format!("portal_bench_{}", std::process::id());
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(&pool)
                .await?;
            let url = format!(
                "{}/{name}",
                admin.rsplit_once('/').map(|(a, _)| a).unwrap_or(&admin)
            );
            let result = measure("PostgreSQL", &url, deals, calls).await;
            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&pool)
                .await?;
            result?;
        }
    }
    Ok(())
}
