//! Tiers and incentives over HTTP on both databases: progress figures
//! against an independent calculation, rebates at the rates in force when
//! a deal is won, evaluation with manager approval and the downgrade grace
//! period, payout runs with CSV, and tenancy.

use sqlx::Row;

use crate::helpers::*;

const DAY: i64 = 86_400_000;

/// (revenue in USD cents with the demo's EUR/GBP rates, approved, won) over
/// the trailing 12 months, computed from the deal rows.
async fn trailing(app: &TestApp, company: &str) -> (i64, i64, i64) {
    let id = app.id_of_company(company).await;
    let now = partner_portal::server::now_ms();
    let rows = sqlx::query(
        "SELECT status, value_cents, final_value_cents, currency, won_at, decided_at FROM deals WHERE company_id = $1",
    )
    .bind(id)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    let (mut revenue, mut approved, mut won) = (0i64, 0i64, 0i64);
    for r in &rows {
        let status: String = r.get(0);
        let value: i64 = r.get::<Option<i64>, _>(2).unwrap_or(r.get(1));
        let currency: String = r.get(3);
        let won_at: Option<i64> = r.get(4);
        let decided_at: Option<i64> = r.get(5);
        if status == "won" && won_at.is_some_and(|w| w > now - 365 * DAY && w <= now) {
            won += 1;
            revenue += match currency.as_str() {
                "USD" => value,
                "EUR" => (value as i128 * 1_080_000 / 1_000_000) as i64,
                "GBP" => (value as i128 * 1_270_000 / 1_000_000) as i64,
                _ => 0,
            };
        }
        if ["approved", "won", "lost", "expired"].contains(&status.as_str())
            && decided_at.is_some_and(|d| d > now - 365 * DAY && d <= now)
        {
            approved += 1;
        }
    }
    (revenue, approved, won)
}

fn progress_of<'a>(list: &'a serde_json::Value, kind: &str) -> &'a serde_json::Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|p| p["kind"] == kind)
        .unwrap_or_else(|| panic!("no {kind} requirement in {list}"))
}

db_test!(
    /// The demo program: Northwind moved to Silver with the manager's
    /// approval, Contoso is in its grace period, Tailspin's downgrade waits;
    /// every progress figure matches the deal rows.
    tier_progress_matches_the_rows, |app| {
    let nora = app.login("nora@northwind.example").await;
    let s: serde_json::Value = app.call(&nora, "/api/tiers/mine", "").await.json().await.unwrap();
    let card = &s["card"];
    assert_eq!(card["tier"]["name"], "Silver");
    assert_eq!(card["next"][0]["name"], "Gold");
    let (revenue, approved, won) = trailing(&app, "Northwind Systems").await;
    assert!(revenue > 0 && approved > 0 && won > 0);
    assert_eq!(s["metrics"]["revenue_cents"].as_i64().unwrap(), revenue);
    assert_eq!(s["metrics"]["approved"].as_i64().unwrap(), approved);
    assert_eq!(s["metrics"]["won"].as_i64().unwrap(), won);
    let next = &card["next"][1];
    assert_eq!(progress_of(next, "Revenue")["current"].as_i64().unwrap(), revenue);
    // Gold's rules were raised 90 days ago: the version in force asks for $250,000.
    assert_eq!(progress_of(next, "Revenue")["target"].as_i64().unwrap(), 25_000_000);
    assert!(progress_of(next, "Certified")["current"].is_null(), "certification is not tracked yet");
    assert_eq!(progress_of(next, "Custom")["met"], false);
    // History: proposed by the evaluation, approved by the manager.
    let kinds: Vec<&str> = s["history"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"proposed") && kinds.contains(&"approved"), "{kinds:?}");
    assert_eq!(s["ladder"].as_array().unwrap().len(), 4);

    let carla = app.login("carla@contoso-cloud.example").await;
    let c: serde_json::Value = app.call(&carla, "/api/tiers/mine", "").await.json().await.unwrap();
    assert_eq!(c["card"]["tier"]["name"], "Silver");
    let grace = c["card"]["grace_until"].as_i64().expect("Contoso is in its grace period");
    let now = partner_portal::server::now_ms();
    assert!(grace > now + 80 * DAY && grace <= now + 90 * DAY);
    assert!(!c["card"]["keep"].as_array().unwrap().is_empty());

    let admin = app.login("admin@vendor.example").await;
    let b: serde_json::Value = app.call(&admin, "/api/tiers/board", "").await.json().await.unwrap();
    let pending = b["pending"].as_array().unwrap();
    assert_eq!(pending.len(), 1, "{pending:?}");
    assert_eq!(pending[0]["company_name"], "Tailspin Integrators");
    assert_eq!((pending[0]["from"].as_str(), pending[0]["to"].as_str(), pending[0]["up"].as_bool()), (Some("Gold"), Some("Registered"), Some(false)));
    // The reason is a message with the requirements still missed, each
    // reader's language filling it in.
    let reason = &pending[0]["reason"]["Said"];
    assert_eq!(reason["msg"]["key"], "tier-reason-down", "{reason}");
    assert!(!reason["lines"].as_array().unwrap().is_empty(), "{reason}");
    let total: i64 = b["distribution"].as_array().unwrap().iter().map(|d| d[2].as_i64().unwrap()).sum();
    assert_eq!(total, app.scalar("SELECT COUNT(*) FROM company_tiers").await);
    assert_eq!(b["in_grace"].as_i64().unwrap(), 1);
});

db_test!(
    /// The trailing 12 months end at this instant, not at a midnight: the
    /// figures read whole days from the daily rollups and the partial days
    /// at both ends from the deals. Deals moved to either side of the
    /// window's start, to its first and last whole days and to today
    /// count exactly as the deal rows say.
    tier_window_edges_match_the_rows, |app| {
    let company = app.id_of_company("Northwind Systems").await;
    let now = partner_portal::server::now_ms();
    let from = now - 365 * DAY;
    let first_whole = (from.div_euclid(DAY) + 1) * DAY;
    let today = now.div_euclid(DAY) * DAY;
    let at = [
        from - 60_000,       // just outside
        from + 60_000,       // inside, on the partial first day
        first_whole - 1,     // the last instant of the partial first day
        first_whole,         // the first whole day
        today - 1,           // the last whole day
        today,               // today's first instant
        now - 60_000,        // today, a minute ago
        from - 2 * DAY,      // outside, on a whole day before the window
    ];
    let ids: Vec<i64> = sqlx::query("SELECT id FROM deals WHERE company_id = $1 AND status IN ('won', 'approved', 'lost') ORDER BY id")
        .bind(company).fetch_all(&app.state.db.pool).await.unwrap().iter().map(|r| r.get(0)).collect();
    let wins = app.scalar(&format!("SELECT COUNT(*) FROM deals WHERE company_id = {company} AND status = 'won'")).await;
    assert!(ids.len() >= 4 && wins >= 2, "{ids:?}");
    let nora = app.login("nora@northwind.example").await;
    // Eight rounds: in each, the k-th deal sits at edge k + round, so every
    // deal (won, approved, lost) visits every edge.
    for round in 0..at.len() {
        let mut tx = app.state.db.write().await.unwrap();
        for (k, id) in ids.iter().enumerate() {
            let t = at[(k + round) % at.len()];
            sqlx::query("UPDATE deals SET decided_at = $1, won_at = CASE WHEN status = 'won' THEN $1 ELSE won_at END WHERE id = $2")
                .bind(t).bind(*id).execute(&mut **tx).await.unwrap();
        }
        tx.commit().await.unwrap();
        app.assert_rollups_exact().await;
        let s: serde_json::Value = app.call(&nora, "/api/tiers/mine", "").await.json().await.unwrap();
        let (revenue, approved, won) = trailing(&app, "Northwind Systems").await;
        assert_eq!(s["metrics"]["revenue_cents"].as_i64().unwrap(), revenue, "round {round}");
        assert_eq!(s["metrics"]["approved"].as_i64().unwrap(), approved, "round {round}");
        assert_eq!(s["metrics"]["won"].as_i64().unwrap(), won, "round {round}");
    }
});

db_test!(
    /// A win earns the rebate and commission of the tier's rules in force
    /// at that moment; a new version changes later wins, not earlier ones;
    /// points for registering and winning.
    wins_earn_at_the_rates_in_force, |app| {
    let sam = app.login("sam@northwind.example").await;
    let company = app.id_of_company("Northwind Systems").await;
    let globex = app.scalar("SELECT id FROM deals WHERE customer_name = 'Globex Corporation'").await;
    let r = app.call(&sam, "/api/deals/close", &form(&[("id", &globex.to_string()), ("outcome", "won"), ("final_value", "118000")])).await;
    assert!(r.status().is_success(), "{}", r.status());
    let rows = sqlx::query("SELECT kind, status, rate_bp, amount_cents, base_cents FROM incentive_entries WHERE deal_id = $1 ORDER BY kind")
        .bind(globex).fetch_all(&app.state.db.pool).await.unwrap();
    let got: Vec<(String, String, i64, i64, i64)> = rows.iter().map(|r| (r.get(0), r.get(1), r.get(2), r.get(3), r.get(4))).collect();
    // Silver: 0.5 % commission, 2 % rebate of $118,000.
    assert_eq!(got, vec![
        ("commission".into(), "earned".into(), 50, 59_000, 11_800_000),
        ("rebate".into(), "earned".into(), 200, 236_000, 11_800_000),
    ]);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM points WHERE deal_id = {globex} AND kind = 'deal_won' AND points = 50 AND company_id = {company}")).await, 1);

    // A new Silver version from today: 2.5 % rebate. The next win uses it.
    let admin = app.login("admin@vendor.example").await;
    let silver = app.scalar("SELECT id FROM tiers WHERE name = 'Silver'").await;
    let today = partner_portal::shared::time::date_input_value(partner_portal::server::now_ms());
    let r = app.call(&admin, "/api/admin/tiers/rule", &form(&[
        ("tier_id", &silver.to_string()), ("effective_from", &today), ("min_revenue", "50000"), ("min_approved", "3"),
        ("min_won", "1"), ("discount", "15"), ("deal_margin", "3"), ("rebate", "2.5"), ("commission", "0.5"),
        ("mdf_eligible", "1"), ("content_level", "standard"),
    ])).await;
    assert!(r.status().is_success(), "{}", r.text().await.unwrap());
    // Same date again with a bad percentage: refused, nothing changed.
    let r = app.call(&admin, "/api/admin/tiers/rule", &form(&[
        ("tier_id", &silver.to_string()), ("effective_from", &today), ("rebate", "250"), ("content_level", "standard"),
    ])).await;
    assert_eq!(r.status().as_u16(), 422);
    let err: serde_json::Value = r.json().await.unwrap();
    let rebate = err["Validation"]["fields"].as_array().unwrap().iter().find(|f| f["field"] == "rebate").expect("the rebate is refused");
    assert_eq!(rebate["message"]["key"], "tier-error-percent", "{err}");
    let vandelay = app.scalar("SELECT id FROM deals WHERE customer_name = 'Vandelay Industries'").await;
    let r = app.call(&sam, "/api/deals/close", &form(&[("id", &vandelay.to_string()), ("outcome", "won"), ("final_value", "60000")])).await;
    assert!(r.status().is_success());
    assert_eq!(app.scalar(&format!("SELECT amount_cents FROM incentive_entries WHERE deal_id = {vandelay} AND kind = 'rebate'")).await, 150_000);
    assert_eq!(app.scalar(&format!("SELECT amount_cents FROM incentive_entries WHERE deal_id = {globex} AND kind = 'rebate'")).await, 236_000);

    // The partner's first screen: due = earned + approved, per currency.
    let nora = app.login("nora@northwind.example").await;
    let home: serde_json::Value = app.call(&nora, "/api/home/summary", "").await.json().await.unwrap();
    let inc = &home["Partner"]["incentives"][0];
    let due = app.scalar(&format!("SELECT CAST(COALESCE(SUM(amount_cents), 0) AS BIGINT) FROM incentive_entries WHERE company_id = {company} AND status IN ('earned','approved')")).await;
    assert_eq!(inc["earned"].as_i64().unwrap() + inc["approved"].as_i64().unwrap(), due);
    assert_eq!(home["Partner"]["tier"]["tier"]["name"], "Silver");
    let rank = &home["Partner"]["rank"];
    assert_eq!(rank[0].as_i64().unwrap(), 1, "Northwind leads the demo leaderboard");
});

db_test!(
    /// Below the tier: a grace period, no proposal; after it a downgrade is
    /// proposed; rejecting needs a note and restarts the grace period; an
    /// approval moves the company and tells the partner.
    downgrade_waits_for_grace_and_a_decision, |app| {
    let admin = app.login("admin@vendor.example").await;
    let marco = app.login("manager@vendor.example").await;
    let company = app.id_of_company("Northwind Systems").await;
    let platinum = app.scalar("SELECT id FROM tiers WHERE name = 'Platinum'").await;
    let r = app.call(&admin, "/api/admin/tiers/assign", &form(&[("company_id", &company.to_string()), ("tier_id", &platinum.to_string()), ("note", "Strategic partner, by agreement")])).await;
    assert!(r.status().is_success());
    let eval_body = form(&[("company_id", &company.to_string())]);
    let evaluate = || app.call(&marco, "/api/tiers/evaluate", &eval_body);
    assert!(evaluate().await.status().is_success());
    let now = partner_portal::server::now_ms();
    let grace = app.scalar(&format!("SELECT grace_until FROM company_tiers WHERE company_id = {company}")).await;
    assert!(grace > now + 89 * DAY && grace <= now + 91 * DAY, "90 days of grace");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM tier_changes WHERE company_id = {company} AND status = 'proposed'")).await, 0);

    // The grace period ends: a downgrade to what the figures support.
    sqlx::query("UPDATE company_tiers SET grace_until = $1 WHERE company_id = $2").bind(now - 1).bind(company).execute(&app.state.db.pool).await.unwrap();
    assert!(evaluate().await.status().is_success());
    let change = app.scalar(&format!("SELECT id FROM tier_changes WHERE company_id = {company} AND status = 'proposed'")).await;
    let to: String = sqlx::query("SELECT t.name FROM tier_changes ch JOIN tiers t ON t.id = ch.to_tier_id WHERE ch.id = $1").bind(change).fetch_one(&app.state.db.pool).await.unwrap().get(0);
    assert_eq!(to, "Silver");
    // Evaluating again does not propose twice.
    let changes = app.scalar(&format!("SELECT COUNT(*) FROM tier_changes WHERE company_id = {company}")).await;
    assert!(evaluate().await.status().is_success());
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM tier_changes WHERE company_id = {company}")).await, changes);

    let r = app.call(&marco, "/api/tiers/decide", &form(&[("change_id", &change.to_string()), ("decision", "reject")])).await;
    assert_eq!(r.status().as_u16(), 422, "a rejection needs a note");
    let err: serde_json::Value = r.json().await.unwrap();
    assert_eq!(err["Validation"]["fields"][0]["field"], "note", "{err}");
    assert_eq!(err["Validation"]["fields"][0]["message"]["key"], "tier-error-reject-note", "{err}");
    let r = app.call(&marco, "/api/tiers/decide", &form(&[("change_id", &change.to_string()), ("decision", "reject"), ("note", "Big renewal closing next month")])).await;
    assert!(r.status().is_success());
    let grace = app.scalar(&format!("SELECT grace_until FROM company_tiers WHERE company_id = {company}")).await;
    assert!(grace > now + 89 * DAY, "rejecting a downgrade restarts the grace period");
    assert_eq!(app.scalar(&format!("SELECT tier_id FROM company_tiers WHERE company_id = {company}")).await, platinum);
    // Deciding twice: a conflict, not a second change.
    let r = app.call(&marco, "/api/tiers/decide", &form(&[("change_id", &change.to_string()), ("decision", "approve")])).await;
    assert_eq!(r.status().as_u16(), 409);
    let err: serde_json::Value = r.json().await.unwrap();
    assert_eq!(err["Conflict"]["key"], "tier-error-already-rejected", "{err}");

    // Grace over again: the rejected downgrade is not proposed again for 30 days.
    sqlx::query("UPDATE company_tiers SET grace_until = $1 WHERE company_id = $2").bind(now - 1).bind(company).execute(&app.state.db.pool).await.unwrap();
    assert!(evaluate().await.status().is_success());
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM tier_changes WHERE company_id = {company} AND status = 'proposed'")).await, 0);
    sqlx::query("UPDATE tier_changes SET decided_at = $1 WHERE id = $2").bind(now - 31 * DAY).bind(change).execute(&app.state.db.pool).await.unwrap();
    assert!(evaluate().await.status().is_success());
    let change = app.scalar(&format!("SELECT id FROM tier_changes WHERE company_id = {company} AND status = 'proposed'")).await;
    let r = app.call(&marco, "/api/tiers/decide", &form(&[("change_id", &change.to_string()), ("decision", "approve")])).await;
    assert!(r.status().is_success());
    let silver = app.scalar("SELECT id FROM tiers WHERE name = 'Silver'").await;
    assert_eq!(app.scalar(&format!("SELECT tier_id FROM company_tiers WHERE company_id = {company}")).await, silver);
    let nora = app.id_of_user("nora@northwind.example").await;
    assert!(app.scalar(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {nora} AND kind = 'tier_changed'")).await >= 2);
    assert!(app.scalar("SELECT COUNT(*) FROM audit_log WHERE action IN ('tier_change_approved','tier_change_rejected','tier_assigned')").await >= 3);

    // A criterion the manager ticks counts, and is recorded.
    let gold = app.scalar("SELECT id FROM tiers WHERE name = 'Gold'").await;
    let r = app.call(&marco, "/api/tiers/check", &form(&[("company_id", &company.to_string()), ("tier_id", &gold.to_string()), ("label", "joint business plan SIGNED"), ("checked", "1")])).await;
    assert!(r.status().is_success());
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM tier_checks WHERE company_id = {company} AND tier_id = {gold}")).await, 1);
    let r = app.call(&marco, "/api/tiers/check", &form(&[("company_id", &company.to_string()), ("tier_id", &gold.to_string()), ("label", "Bribe accepted"), ("checked", "1")])).await;
    assert_eq!(r.status().as_u16(), 400, "only criteria of the rules in force");
});

db_test!(
    /// Payout run: earned entries approved into a run, exported as CSV,
    /// paid with a reference; release and claw-back; the partner's totals
    /// follow at each step.
    payout_run_cycle, |app| {
    let sam = app.login("sam@northwind.example").await;
    let globex = app.scalar("SELECT id FROM deals WHERE customer_name = 'Globex Corporation'").await;
    app.call(&sam, "/api/deals/close", &form(&[("id", &globex.to_string()), ("outcome", "won"), ("final_value", "100000")])).await;
    let company = app.id_of_company("Northwind Systems").await;
    let sum = |status: &'static str| {
        let app = app.clone();
        async move { app.scalar(&format!("SELECT CAST(COALESCE(SUM(amount_cents), 0) AS BIGINT) FROM incentive_entries WHERE company_id = {company} AND status = '{status}'")).await }
    };
    let earned_before = sum("earned").await;
    assert!(earned_before > 0);
    let admin = app.login("admin@vendor.example").await;
    let r = app.call(&admin, "/api/admin/payouts/create", &form(&[("company_id", &company.to_string()), ("earned_until", "")])).await;
    assert!(r.status().is_success(), "{}", r.status());
    let run = app.scalar("SELECT MAX(id) FROM payouts").await;
    assert_eq!(sum("earned").await, 0);
    assert_eq!(sum("approved").await, earned_before);
    // Nothing left: a second run is refused.
    let r = app.call(&admin, "/api/admin/payouts/create", &form(&[("company_id", &company.to_string())])).await;
    assert_eq!(r.status().as_u16(), 409);

    let csv = admin.get(app.url(&format!("/api/admin/payouts/export?id={run}"))).send().await.unwrap();
    assert_eq!(csv.status().as_u16(), 200);
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    assert!(csv.headers()["content-disposition"].to_str().unwrap().contains("payout-"));
    let text = csv.text().await.unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("\"payout\",\"entry\""));
    let entries = app.scalar(&format!("SELECT COUNT(*) FROM incentive_entries WHERE payout_id = {run}")).await;
    assert_eq!(lines.len() as i64, entries + 1);
    assert!(text.contains("Globex Corporation") && text.contains("\"2000\""), "{text}");
    // The partner cannot export.
    let nora = app.login("nora@northwind.example").await;
    assert_eq!(nora.get(app.url(&format!("/api/admin/payouts/export?id={run}"))).send().await.unwrap().status().as_u16(), 403);

    // Take one entry out, claw another back, pay the rest.
    let out = app.scalar(&format!("SELECT MIN(id) FROM incentive_entries WHERE payout_id = {run}")).await;
    let r = app.call(&admin, "/api/admin/payouts/release", &form(&[("entry_id", &out.to_string())])).await;
    assert!(r.status().is_success());
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM incentive_entries WHERE id = {out} AND status = 'earned' AND payout_id IS NULL")).await, 1);
    let r = app.call(&admin, "/api/admin/payouts/claw-back", &form(&[("entry_id", &out.to_string()), ("reason", "x")])).await;
    assert_eq!(r.status().as_u16(), 422);
    let r = app.call(&admin, "/api/admin/payouts/claw-back", &form(&[("entry_id", &out.to_string()), ("reason", "Customer refunded")])).await;
    assert!(r.status().is_success());
    let r = app.call(&admin, "/api/admin/payouts/pay", &form(&[("run_id", &run.to_string()), ("reference", "ACH-1")])).await;
    assert!(r.status().is_success());
    let r = app.call(&admin, "/api/admin/payouts/pay", &form(&[("run_id", &run.to_string()), ("reference", "ACH-2")])).await;
    assert_eq!(r.status().as_u16(), 409, "paid once");
    let err: serde_json::Value = r.json().await.unwrap();
    assert_eq!(err["Conflict"]["key"], "tier-error-run-paid", "{err}");
    let paid_now = app.scalar(&format!("SELECT CAST(COALESCE(SUM(amount_cents), 0) AS BIGINT) FROM incentive_entries WHERE payout_id = {run} AND status = 'paid'")).await;
    assert!(paid_now > 0);
    assert_eq!(sum("approved").await, 0);
    let e: serde_json::Value = app.call(&nora, "/api/incentives/earnings", "").await.json().await.unwrap();
    let t = &e["totals"][0];
    assert_eq!(t["paid"].as_i64().unwrap(), sum("paid").await);
    assert_eq!(t["clawed_back"].as_i64().unwrap(), sum("clawed_back").await);
    let nora_id = app.id_of_user("nora@northwind.example").await;
    assert!(app.scalar(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {nora_id} AND kind = 'incentive_paid'")).await >= 1);
});

db_test!(
    /// Partners see only their own company; a channel manager only the
    /// companies assigned to them; the leaderboard hides others' figures
    /// unless the program makes them public.
    tier_tenancy, |app| {
    let tailspin = app.id_of_company("Tailspin Integrators").await;
    let northwind = app.id_of_company("Northwind Systems").await;
    let marco = app.login("manager@vendor.example").await;
    let r = app.call(&marco, "/api/tiers/company", &form(&[("company_id", &tailspin.to_string())])).await;
    assert_eq!(r.status().as_u16(), 404);
    let b = app.call(&marco, "/api/tiers/board", "").await.text().await.unwrap();
    assert!(!b.contains("Tailspin"), "the manager's board names an unassigned company");
    let change = app.scalar(&format!("SELECT id FROM tier_changes WHERE company_id = {tailspin} AND status = 'proposed'")).await;
    let r = app.call(&marco, "/api/tiers/decide", &form(&[("change_id", &change.to_string()), ("decision", "approve")])).await;
    assert_eq!(r.status().as_u16(), 404);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM tier_changes WHERE id = {change} AND status = 'proposed'")).await, 1);
    assert!(app.scalar(&format!("SELECT COUNT(*) FROM audit_log WHERE outcome = 'denied' AND object_type = 'tier_change' AND object_id = '{change}'")).await >= 1);

    let tariq = app.login("tariq@tailspin.example").await;
    let r = app.call(&tariq, "/api/tiers/company", &form(&[("company_id", &northwind.to_string())])).await;
    assert_eq!(r.status().as_u16(), 403);
    let mine = app.call(&tariq, "/api/tiers/mine", "").await.text().await.unwrap();
    assert!(!mine.contains("Northwind"));
    let e: serde_json::Value = app.call(&tariq, "/api/incentives/earnings", "").await.json().await.unwrap();
    assert_eq!(e["entries"]["total"].as_i64().unwrap(), 0, "Tailspin earned nothing");
    let board = &e["leaderboard"];
    assert_eq!(board["public"], false);
    let rows = board["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 1, "only the own row when private");
    assert_eq!(rows[0]["own"], true);
    let text = e.to_string();
    assert!(!text.contains("Northwind") && !text.contains("Contoso"));

    // A public leaderboard names the others.
    sqlx::query("UPDATE programs SET leaderboard_public = 1").execute(&app.state.db.pool).await.unwrap();
    let e: serde_json::Value = app.call(&tariq, "/api/incentives/earnings", "").await.json().await.unwrap();
    assert!(e["leaderboard"]["rows"].as_array().unwrap().len() >= 3);
    assert!(e.to_string().contains("Northwind Systems"));
});

db_test!(
    /// The leaderboard's yearly totals carry their company's program, so
    /// its counts read no join: a company that moves to another program
    /// takes its totals along (and leaves the old board), one that leaves
    /// every program is on no board, and new points follow the company.
    points_totals_follow_the_program, |app| {
    let drift = "SELECT COUNT(*) FROM points_totals pt LEFT JOIN company_tiers ct ON ct.company_id = pt.company_id \
                 WHERE COALESCE(pt.program_id, -1) <> COALESCE(ct.program_id, -1)";
    assert!(app.scalar("SELECT COUNT(*) FROM points_totals WHERE program_id IS NOT NULL").await > 0);
    assert_eq!(app.scalar(drift).await, 0, "the demo's totals carry their programs");
    let rank = |who: &'static str| {
        let app = app.clone();
        async move {
            let c = app.login(who).await;
            let home: serde_json::Value = app.call(&c, "/api/home/summary", "").await.json().await.unwrap();
            let r = &home["Partner"]["rank"];
            (r[0].as_i64().unwrap(), r[1].as_i64().unwrap())
        }
    };
    let (_, ranked) = rank("tariq@tailspin.example").await;
    assert!(ranked >= 3);
    assert_eq!(rank("nora@northwind.example").await.0, 1);

    // Northwind moves to a program of its own.
    let now = partner_portal::server::now_ms();
    let pool = &app.state.db.pool;
    sqlx::query(&format!(
        "INSERT INTO programs (name, name_key, currency, created_at, updated_at) VALUES ('Elite', 'elite', 'USD', {now}, {now})"
    )).execute(pool).await.unwrap();
    let elite = app.scalar("SELECT id FROM programs WHERE name_key = 'elite'").await;
    sqlx::query(&format!("INSERT INTO tiers (program_id, name, rank, created_at) VALUES ({elite}, 'Elite', 0, {now})"))
        .execute(pool).await.unwrap();
    let tier = app.scalar(&format!("SELECT id FROM tiers WHERE program_id = {elite}")).await;
    let northwind = app.id_of_company("Northwind Systems").await;
    sqlx::query(&format!("UPDATE company_tiers SET program_id = {elite}, tier_id = {tier} WHERE company_id = {northwind}"))
        .execute(pool).await.unwrap();
    assert_eq!(app.scalar(drift).await, 0);
    assert_eq!(rank("nora@northwind.example").await, (1, 1), "alone on the new program's board");
    assert_eq!(rank("tariq@tailspin.example").await.1, ranked - 1, "gone from the old board");

    // New points follow the company into its program's totals.
    let before = app.scalar(&format!("SELECT CAST(SUM(points) AS BIGINT) FROM points_totals WHERE program_id = {elite}")).await;
    sqlx::query(&format!("INSERT INTO points (company_id, kind, points, at) VALUES ({northwind}, 'training', 7, {now})"))
        .execute(pool).await.unwrap();
    assert_eq!(app.scalar(&format!("SELECT CAST(SUM(points) AS BIGINT) FROM points_totals WHERE program_id = {elite}")).await, before + 7);

    // A company in no program is on no board; its totals wait with no program.
    sqlx::query(&format!("DELETE FROM company_tiers WHERE company_id = {northwind}"))
        .execute(pool).await.unwrap();
    assert_eq!(app.scalar(drift).await, 0);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM points_totals WHERE program_id = {elite}")).await, 0);
    sqlx::query(&format!("INSERT INTO points (company_id, kind, points, at) VALUES ({northwind}, 'training', 3, {now})"))
        .execute(pool).await.unwrap();
    assert_eq!(app.scalar(drift).await, 0);
});
