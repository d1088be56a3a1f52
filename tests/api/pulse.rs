//! The portal pulse and the success measures over HTTP on both databases:
//! asked once a quarter, a bad answer changes nothing, a second answer is
//! refused; the dashboard's NPS, productive tier and revenue per active
//! user follow the rows.

use crate::helpers::*;

async fn home(app: &TestApp, who: &reqwest::Client) -> serde_json::Value {
    let r = app.call(who, "/api/home/summary", "").await;
    assert_eq!(r.status(), 200);
    r.json().await.unwrap()
}

async fn measures(app: &TestApp, who: &reqwest::Client) -> serde_json::Value {
    let r = app
        .call(
            who,
            "/api/dashboard/vendor",
            "period=quarter&currency=USD&refresh=1",
        )
        .await;
    assert_eq!(r.status(), 200);
    r.json::<serde_json::Value>().await.unwrap()["measures"].clone()
}

db_test!(
    /// Nora has not been asked this quarter: her first screen asks. A score
    /// out of range, none at all or an overlong comment is refused at its
    /// field and stores nothing; a good answer is stored once (a second is
    /// refused, "not now" after it changes nothing) and moves the
    /// dashboard's NPS. Staff are never asked and may not answer.
    asked_once_a_quarter, |app| {
    let nora = app.login("nora@northwind.example").await;
    let admin = app.login("admin@vendor.example").await;
    assert_eq!(home(&app, &nora).await["Partner"]["pulse_due"], true);
    let tariq = app.login("tariq@tailspin.example").await;
    assert_eq!(home(&app, &tariq).await["Partner"]["pulse_due"], false, "said not now");
    let nora_id = app.id_of_user("nora@northwind.example").await;
    let count = format!("SELECT COUNT(*) FROM pulse_responses WHERE user_id = {nora_id}");
    let before_rows = app.scalar(&count).await;
    for bad in [form(&[("score", "11")]), form(&[("comment", "No score")]), form(&[("score", "5"), ("comment", &"x".repeat(2001))])] {
        let r = app.call(&nora, "/api/pulse/answer", &bad).await;
        assert_eq!(r.status(), 422, "{bad}");
    }
    assert_eq!(app.scalar(&count).await, before_rows);
    let before = measures(&app, &admin).await;
    // The demo's answers this quarter: 9, 10, 6 -> 2 promoters, 1
    // detractor of 3: +33.
    assert_eq!(before["nps_all"], 33, "{before}");
    assert_eq!(before["nps_all_answers"], 3);

    let r = app.call(&nora, "/api/pulse/answer", &form(&[("score", "10"), ("comment", "  <script>alert(1)</script> Faster MDF please  ")])).await;
    assert!(r.status().is_success() || r.status().is_redirection(), "{}", r.status());
    assert_eq!(home(&app, &nora).await["Partner"]["pulse_due"], false);
    let comment: String = sqlx::query_scalar(&format!("SELECT comment FROM pulse_responses WHERE user_id = {nora_id} AND score = 10")).fetch_one(&app.state.db.pool).await.unwrap();
    assert_eq!(comment, "<script>alert(1)</script> Faster MDF please", "kept as typed, trimmed; escaped when shown");
    assert_eq!(app.call(&nora, "/api/pulse/answer", &form(&[("score", "3")])).await.status(), 409);
    let r = app.call(&nora, "/api/pulse/dismiss", "").await;
    assert!(r.status().is_success() || r.status().is_redirection());
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM pulse_responses WHERE user_id = {nora_id} AND score = 10")).await, 1);
    assert!(app.scalar(&format!("SELECT COUNT(*) FROM audit_log WHERE action = 'pulse_answered' AND actor_user_id = {nora_id}")).await >= 1);

    // 3 promoters, 1 detractor of 4: +50.
    let after = measures(&app, &admin).await;
    assert_eq!(after["nps_all"], 50, "{after}");
    assert_eq!(after["nps_all_answers"], 4);
    assert!(after["nps_productive_answers"].as_i64().unwrap() <= 4);
    // The staff read the comments, newest first (Jonas's from the demo too).
    let comments = after["comments"].as_array().unwrap();
    assert_eq!(comments[0][0], "Northwind Systems", "{after}");
    assert_eq!(comments[0][1], 10);
    assert_eq!(comments[0][2], "<script>alert(1)</script> Faster MDF please");
    assert!(comments.iter().any(|c| c[0] == "Contoso Cloud GmbH" && c[1] == 6), "{comments:?}");
    let tailspin_manager = app.login("manager@vendor.example").await;
    let theirs = measures(&app, &tailspin_manager).await;
    assert!(theirs["comments"].as_array().unwrap().iter().all(|c| c[0] != "Tailspin Integrators"));

    // Staff are not asked and may not answer.
    assert_eq!(app.call(&admin, "/api/pulse/answer", &form(&[("score", "9")])).await.status(), 403);
});

db_test!(
    /// Revenue per active portal user is the window's won revenue over the
    /// partner users active in it; a sign-in counts its person for the day;
    /// the productive tier is the fewest companies bringing 80 % of the
    /// trailing year's won revenue; a channel manager's measures count only
    /// their companies; the measures export to CSV.
    success_measures_follow_the_rows, |app| {
    let admin = app.login("admin@vendor.example").await;
    let today = partner_portal::server::now_ms() / 86_400_000 * 86_400_000;
    let mei = app.id_of_user("mei@tailspin.example").await;
    let _mei = app.login("mei@tailspin.example").await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM user_active_days WHERE user_id = {mei} AND day = {today}")).await, 1, "the sign-in counts");
    let m = measures(&app, &admin).await;
    let d: serde_json::Value = app.call(&admin, "/api/dashboard/vendor", "period=quarter&currency=USD").await.json().await.unwrap();
    let from = partner_portal::features::dashboard::period::resolve("quarter", "", "", partner_portal::server::now_ms()).unwrap();
    let active = app.scalar(&format!(
        "SELECT COUNT(DISTINCT a.user_id) FROM user_active_days a JOIN users u ON u.id = a.user_id \
         WHERE u.company_id IS NOT NULL AND a.day >= {} AND a.day < {}", from.from, from.to)).await;
    assert_eq!(m["active_users"].as_i64().unwrap(), active, "{m}");
    let total = d["revenue"]["total"].as_i64().unwrap();
    assert_eq!(m["revenue_per_user"].as_i64().unwrap(), total / active);
    let tier_users: i64 = m["by_tier"].as_array().unwrap().iter().map(|s| s["count"].as_i64().unwrap()).sum();
    assert_eq!(tier_users, active, "every active user is in one tier line");

    // The productive tier, from the rows: companies by the trailing year's
    // won revenue, largest first, until 80 %.
    let rows: Vec<(i64, i64)> = sqlx::query_as::<_, (i64, i64)>(&format!(
        "SELECT company_id, CAST(SUM(COALESCE(final_value_cents, value_cents)) AS BIGINT) AS v FROM deals \
         WHERE status = 'won' AND currency = 'USD' AND won_at >= {} AND won_at < {} GROUP BY company_id ORDER BY v DESC",
        from.to - 365 * 86_400_000, from.to)).fetch_all(&app.state.db.pool).await.unwrap();
    let values: Vec<i64> = rows.iter().map(|r| r.1).collect();
    let n = partner_portal::features::dashboard::types::productive_count(&values);
    assert!(n >= 1);
    assert_eq!(m["productive_companies"].as_i64().unwrap(), n as i64, "{m}");
    assert_eq!(m["companies_with_revenue"].as_i64().unwrap(), rows.len() as i64);

    // The channel manager's measures: only their companies' users.
    let marco = app.login("manager@vendor.example").await;
    let mm = measures(&app, &marco).await;
    let managed = app.scalar(&format!(
        "SELECT COUNT(DISTINCT a.user_id) FROM user_active_days a JOIN users u ON u.id = a.user_id \
         WHERE a.day >= {} AND a.day < {} AND u.company_id IN (SELECT company_id FROM manager_assignments \
         WHERE manager_id = (SELECT id FROM users WHERE email = 'manager@vendor.example'))", from.from, from.to)).await;
    assert_eq!(mm["active_users"].as_i64().unwrap(), managed);
    assert!(managed < active, "Tailspin's people are not the manager's");

    let csv = admin.get(app.url("/api/dashboard/export?table=measures&period=quarter&currency=USD")).send().await.unwrap();
    assert_eq!(csv.status(), 200);
    let text = csv.text().await.unwrap();
    assert!(text.contains("Revenue per active portal user") && text.contains("Productive tier: partners"), "{text}");
});
