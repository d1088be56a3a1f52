//! The data generator on both databases (tiny preset): skewed like the
//! design scale, consistent (every MDF balance replays through the ledger
//! rules, the audit chain verifies, statuses and dates agree), the same
//! for the same seed, and usable: generated people sign in and the pages
//! answer over the generated rows.

use std::collections::BTreeMap;

use partner_portal::features::mdf::rules::{Balance, EntryKind};
use partner_portal::host::generate::{self, Plan};
use sqlx::Row;

use crate::helpers::*;

db_test!(
    /// A tiny generated portal: counts, skew, consistency, sign-in.
    generated_data_is_skewed_consistent_and_usable, |app| {
    let plan = Plan::preset("tiny").unwrap();
    let before = app.scalar("SELECT COUNT(*) FROM deals").await;
    let report = generate::run(&app.state, &plan).await.expect("generate");
    assert!(report.lines.iter().any(|l| l == "deals: 2000"), "{:?}", report.lines);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM deals").await, before + 2000);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM companies WHERE website LIKE '%.generated.example'").await, 50);
    assert!(app.scalar("SELECT COUNT(*) FROM users WHERE email LIKE '%.generated.example'").await >= 300);
    // Three leads per deal, each with its history; the partner users who
    // signed in have days of portal use.
    assert!(report.lines.iter().any(|l| l == "leads: 6000"), "{:?}", report.lines);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM leads l WHERE NOT EXISTS (SELECT 1 FROM lead_events e WHERE e.lead_id = l.id)").await, 0, "a lead without history");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM leads WHERE status IN ('accepted','contacted','qualified','converted','disqualified') AND (accepted_at IS NULL OR accepted_at < offered_at)").await, 0, "worked before offered");
    assert!(app.scalar("SELECT COUNT(*) FROM user_active_days").await > 300);
    // Generating twice into one database is refused, not doubled.
    assert!(generate::run(&app.state, &plan).await.is_err());

    // Skew: the largest fifth of the companies holds most of the deals.
    let per: Vec<i64> = sqlx::query(
        "SELECT COUNT(*) AS n FROM deals d JOIN companies c ON c.id = d.company_id \
         WHERE c.website LIKE '%.generated.example' GROUP BY d.company_id ORDER BY n DESC",
    )
    .fetch_all(&app.state.db.pool).await.unwrap().iter().map(|r| r.get(0)).collect();
    let top: i64 = per.iter().take(10).sum();
    let all: i64 = per.iter().sum();
    assert!(top * 100 / all >= 65, "top 10 of 50 companies hold {top} of {all} deals");

    // Statuses and dates agree.
    let checks: Vec<(String, &'static str)> = [
        ("SELECT COUNT(*) FROM deals WHERE status = 'won' AND (won_at IS NULL OR final_value_cents IS NULL)", "won without a date"),
        ("SELECT COUNT(*) FROM deals WHERE status = 'approved' AND exclusive_until <= submitted_at", "approved without exclusivity"),
        ("SELECT COUNT(*) FROM deals WHERE decided_at IS NOT NULL AND decided_at < submitted_at", "decided before submitted"),
        ("SELECT COUNT(*) FROM deals WHERE won_at > updated_at + 1", "won after the last change"),
        ("SELECT COUNT(*) FROM deals d WHERE NOT EXISTS (SELECT 1 FROM deal_products p WHERE p.deal_id = d.id)", "a deal without products"),
        ("SELECT COUNT(*) FROM deals d WHERE NOT EXISTS (SELECT 1 FROM deal_events e WHERE e.deal_id = d.id)", "a deal without history"),
    ]
    .into_iter()
    .map(|(s, w)| (s.to_string(), w))
    .collect();
    for (sql, what) in checks {
        assert_eq!(app.scalar(&sql).await, 0, "{what}");
    }
    let now = partner_portal::server::now_ms();
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM deals WHERE won_at > {now} OR submitted_at > {now} OR decided_at > {now}")).await, 0);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM deals WHERE status = 'expired' AND exclusive_until > {now}")).await, 0);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM deals WHERE status = 'approved' AND exclusive_until <= {now}")).await, 0);

    // Every fund's ledger replays through the ledger rules without going negative.
    let rows = sqlx::query("SELECT fund_id, kind, amount_cents FROM mdf_ledger ORDER BY fund_id, id")
        .fetch_all(&app.state.db.pool).await.unwrap();
    let mut balances: BTreeMap<i64, Balance> = BTreeMap::new();
    for r in &rows {
        let fund: i64 = r.get(0);
        let kind = EntryKind::parse(&r.get::<String, _>(1)).unwrap();
        let b = balances.remove(&fund).unwrap_or_default();
        let next = b.apply(kind, r.get(2)).unwrap_or_else(|e| panic!("fund {fund}: {e:?}"));
        balances.insert(fund, next);
    }
    assert!(balances.len() > 10);

    // The audit chain still verifies with the generated entries in it.
    assert_eq!(partner_portal::server::audit::verify_chain(&app.state.db).await.unwrap(), None);
    assert!(app.scalar("SELECT COUNT(*) FROM audit_log").await >= 2000);

    // Points totals were rebuilt after the bulk load and match the points,
    // and the triggers that keep them in step are back.
    let sum = "SELECT CAST(COALESCE(SUM(points), 0) AS BIGINT) FROM points";
    let totals = "SELECT CAST(COALESCE(SUM(points), 0) AS BIGINT) FROM points_totals";
    assert!(app.scalar(sum).await > 0);
    assert_eq!(app.scalar(sum).await, app.scalar(totals).await);
    let company = app.id_of_company("Northwind Systems").await;
    sqlx::query(&format!(
        "INSERT INTO points (company_id, kind, points, at) VALUES ({company}, 'training', 7, {})",
        partner_portal::server::now_ms()
    ))
    .execute(&app.state.db.pool).await.unwrap();
    assert_eq!(app.scalar(sum).await, app.scalar(totals).await, "triggers restored");
    // Each total carries its company's program (the leaderboard's counts).
    assert_eq!(app.scalar(
        "SELECT COUNT(*) FROM points_totals pt LEFT JOIN company_tiers ct ON ct.company_id = pt.company_id \
         WHERE COALESCE(pt.program_id, -1) <> COALESCE(ct.program_id, -1)"
    ).await, 0);
    assert!(app.scalar("SELECT COUNT(*) FROM points_totals WHERE program_id IS NOT NULL").await > 0);
    // So were the dashboard's rollups, and their triggers.
    app.assert_rollups_exact().await;
    sqlx::query("UPDATE deals SET status = 'lost', won_at = NULL WHERE id IN (SELECT id FROM deals WHERE status = 'won' ORDER BY id LIMIT 5)")
        .execute(&app.state.db.pool).await.unwrap();
    app.assert_rollups_exact().await;

    // Generated people sign in; their pages answer.
    let admin = app.login("u0@c1.generated.example").await;
    let home = app.call(&admin, "/api/home/summary", "").await;
    assert_eq!(home.status(), 200);
    let list = app.call(&admin, "/api/deals/list", "").await;
    assert_eq!(list.status(), 200);
    let manager = app.login("manager0@vendor.generated.example").await;
    let d: serde_json::Value = app.call(&manager, "/api/dashboard/vendor", "period=12m").await.json().await.unwrap();
    assert!(d["companies_selected"].as_i64().unwrap() >= 5);
    assert!(d["funnel"]["submitted"].as_i64().unwrap() > 0);
    // New rows after generation get fresh ids (PostgreSQL's sequences moved on).
    let nora = app.login("nora@northwind.example").await;
    let r = app.call(&nora, "/api/team/invite", &form(&[("name", "After Gen"), ("email", "after.gen@northwind.example"), ("role", "partner_user")])).await;
    assert!(r.status().is_success(), "{}", r.status());
});

db_test!(
    /// The same seed gives the same data; another seed does not.
    generation_is_deterministic, |app| {
    let mut plan = Plan::preset("tiny").unwrap();
    plan.deals = 300;
    plan.seed = 7;
    generate::run(&app.state, &plan).await.unwrap();
    let fingerprint = |app: TestApp| async move {
        sqlx::query("SELECT status, value_cents, customer_name FROM deals WHERE customer_domain LIKE '%.example' ORDER BY id DESC LIMIT 50")
            .fetch_all(&app.state.db.pool).await.unwrap()
            .iter().map(|r| format!("{}:{}:{}", r.get::<String, _>(0), r.get::<i64, _>(1), r.get::<String, _>(2)))
            .collect::<Vec<_>>()
    };
    let first = fingerprint(app.clone()).await;
    let other = spawn_app(app.backend).await.unwrap();
    generate::run(&other.state, &plan).await.unwrap();
    let second = fingerprint(other.clone()).await;
    other.cleanup().await;
    assert_eq!(first, second);
});
