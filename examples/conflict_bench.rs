//! Quick measurement of the deal conflict check at 100,000 registrations.
//!
//!     cargo run --release --features ssr --example conflict_bench [-- DEALS [CHECKS]]
//!
//! Builds a fresh SQLite database in a temporary folder (and, when
//! PostgreSQL answers at PORTAL_BENCH_PG_URL, default
//! postgres://postgres@127.0.0.1:5432/postgres, a fresh database there),
//! fills it with DEALS active registrations (default 100,000) over ~27,000
//! distinct customer name tokens, then times CHECKS conflict checks
//! (default 2,000: half for existing customers, half for new ones) and
//! prints p50/p95/p99/max. A measurement, not a test: nothing fails.

use std::time::Instant;

use partner_portal::features::deals as store;
use partner_portal::server::db::Db;
use partner_portal::shared::matcher as rules;
use partner_portal::shared::time::DAY_MS;

const SYLLABLES: &[&str] = &[
    "al", "bar", "cor", "dan", "el", "fin", "gal", "hex", "in", "jor", "kel", "lum", "mar", "nor",
    "ol", "pra", "quin", "ros", "sol", "tor", "ul", "ver", "wex", "xan", "yor", "zen", "tri",
    "mon", "vid", "sta",
];
const NOUNS: &[&str] = &[
    "Systems",
    "Logistics",
    "Health",
    "Foods",
    "Bank",
    "Retail",
    "Energy",
    "Labs",
    "Media",
    "Motors",
];

fn customer(i: usize) -> (String, String) {
    let n = SYLLABLES.len();
    let a = SYLLABLES[i % n];
    let b = SYLLABLES[(i / n) % n];
    let c = SYLLABLES[(i / (n * n)) % n];
    let word = format!("{a}{b}{c}");
    let noun = NOUNS[(i / (n * n * n)) % NOUNS.len()];
    let name = format!("{}{} {noun}", word[..1].to_uppercase(), &word[1..]);
    let domain = format!("{word}-{}.com", noun.to_lowercase());
    (name, domain)
}

async fn fill(db: &Db, deals: usize) -> anyhow::Result<i64> {
    let now = partner_portal::server::now_ms();
    sqlx::query("INSERT INTO products (sku, name, active, created_at, updated_at) VALUES ('B-1', 'Bench product', 1, $1, $2)")
        .bind(now).bind(now).execute(&db.pool).await?;
    sqlx::query("INSERT INTO companies (name, name_key, company_type, region, country, created_at, updated_at) \
                 VALUES ('Bench Partner', 'bench partner', 'reseller', 'EMEA', 'DE', $1, $2)")
        .bind(now).bind(now).execute(&db.pool).await?;
    sqlx::query(
        "INSERT INTO users (email, name, role, company_id, status, created_at, updated_at) \
                 VALUES ('bench@example.com', 'Bench', 'partner_user', 1, 'active', $1, $2)",
    )
    .bind(now)
    .bind(now)
    .execute(&db.pool)
    .await?;
    let started = Instant::now();
    let batch = 500;
    for start in (0..deals).step_by(batch) {
        let mut tx = db.write().await?;
        let mut sql = String::from(
            "INSERT INTO deals (company_id, owner_user_id, status, customer_name, customer_key, customer_token, \
             customer_domain, contact_name, contact_email, country, region, value_cents, currency, close_date, \
             deal_type, submitted_at, exclusive_until, created_at, updated_at) VALUES ",
        );
        for i in start..(start + batch).min(deals) {
            let (name, domain) = customer(i);
            let key = rules::normalise_company(&name);
            let token = rules::name_token(&key);
            let status = if i % 3 == 0 { "submitted" } else { "approved" };
            let until = if status == "approved" {
                (now + 90 * DAY_MS).to_string()
            } else {
                "NULL".into()
            };
            if i > start {
                sql.push(',');
            }
            sql.push_str(&format!(
                "(1, 1, '{status}', '{name}', '{key}', '{token}', '{domain}', 'C', 'c@x.com', 'DE', 'EMEA', 100000, \
                 'EUR', {now}, 'new', {now}, {until}, {now}, {now})"
            ));
        }
        sqlx::query(&sql).execute(&mut **tx).await?;
        sqlx::query(&format!(
            "INSERT INTO deal_products (deal_id, product_id) SELECT id, 1 FROM deals WHERE id > {start}"
        ))
        .execute(&mut **tx)
        .await?;
        tx.commit().await?;
    }
    Ok(started.elapsed().as_millis() as i64)
}

async fn measure(label: &str, db: &Db, deals: usize, checks: usize) -> anyhow::Result<()> {
    db.migrate().await?;
    let fill_ms = fill(db, deals).await?;
    let mut times = Vec::with_capacity(checks);
    let mut hits = 0;
    for i in 0..checks {
        // Even: an existing customer typed a little differently; odd: new.
        let (name, domain) = if i % 2 == 0 {
            let (n, d) = customer((i * 7919) % deals);
            (format!("{n} Inc."), format!("https://www.{d}/contact"))
        } else {
            (
                format!("Brand New Customer {i}"),
                format!("brand-new-{i}.example"),
            )
        };
        let t = Instant::now();
        let found = store::check(db, 2, &name, &domain, &[1])
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        times.push(t.elapsed().as_micros() as i64);
        if !found.is_empty() {
            hits += 1;
        }
    }
    times.sort_unstable();
    let pct = |p: f64| {
        times[((p * times.len() as f64).ceil() as usize).clamp(1, times.len()) - 1] as f64 / 1000.0
    };
    println!(
        "{label}: {deals} deals loaded in {:.1} s; {checks} conflict checks ({hits} found a conflict): \
         p50 {:.2} ms, p95 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        fill_ms as f64 / 1000.0,
        pct(0.50),
        pct(0.95),
        pct(0.99),
        *times.last().unwrap_or(&0) as f64 / 1000.0
    );
    Ok(())
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let deals: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let checks: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(2_000);
    let dir = tempfile::tempdir()?;
    let db = Db::connect(&format!("sqlite://{}/bench.db", dir.path().display()), 8).await?;
    measure("SQLite", &db, deals, checks).await?;
    db.close().await;

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
            let db = Db::connect(&url, 8).await?;
            let result = measure("PostgreSQL", &db, deals, checks).await;
            db.close().await;
            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&pool)
                .await?;
            result?;
        }
    }
    Ok(())
}
