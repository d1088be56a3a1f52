//! The partner's first screen: every figure checked against an independent
//! calculation from the seeded rows, on both databases, and nothing of
//! another company in it.

use std::collections::BTreeMap;

use sqlx::Row;

use crate::helpers::*;

const DAY: i64 = 86_400_000;

struct DealRow {
    id: i64,
    customer: String,
    status: String,
    stage: String,
    value: i64,
    final_value: Option<i64>,
    currency: String,
    won_at: Option<i64>,
    exclusive_until: Option<i64>,
}

async fn deals_of(app: &TestApp, company: &str) -> Vec<DealRow> {
    let id = app.id_of_company(company).await;
    sqlx::query(
        "SELECT id, customer_name, status, stage, value_cents, final_value_cents, currency, won_at, exclusive_until \
         FROM deals WHERE company_id = $1",
    )
    .bind(id)
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
    .iter()
    .map(|r| DealRow {
        id: r.get(0),
        customer: r.get(1),
        status: r.get(2),
        stage: r.get(3),
        value: r.get(4),
        final_value: r.get(5),
        currency: r.get(6),
        won_at: r.get(7),
        exclusive_until: r.get(8),
    })
    .collect()
}

fn as_map(v: &serde_json::Value) -> BTreeMap<String, i64> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|p| (p[0].as_str().unwrap().to_string(), p[1].as_i64().unwrap()))
        .collect()
}

/// 1 January of `now`'s year and of the year before, in ms.
fn year_starts(now: i64) -> (i64, i64) {
    use partner_portal::shared::time::days_from_civil;
    let (y, _, _) = partner_portal::shared::time::civil_from_days(now.div_euclid(DAY));
    (
        days_from_civil(y, 1, 1) * DAY,
        days_from_civil(y - 1, 1, 1) * DAY,
    )
}

db_test!(
    /// Won this year and by this day last year, open pipeline, stages,
    /// what needs attention, MDF and notifications: as the rows say.
    partner_home_figures, |app| {
    let nora = app.login("nora@northwind.example").await;
    let json: serde_json::Value = app.call(&nora, "/api/home/summary", "").await.json().await.unwrap();
    let home = &json["Partner"];
    let d = &home["deals"];
    let now = partner_portal::server::now_ms();
    let (this_year, last_year) = year_starts(now);
    let rows = deals_of(&app, "Northwind Systems").await;

    let mut won = BTreeMap::new();
    let mut won_last = BTreeMap::new();
    let mut pipeline = BTreeMap::new();
    let mut stages: BTreeMap<(String, String), (i64, i64)> = BTreeMap::new();
    for r in &rows {
        if r.status == "won" {
            let at = r.won_at.expect("won deals carry won_at");
            let v = r.final_value.unwrap_or(r.value);
            if at >= this_year {
                *won.entry(r.currency.clone()).or_insert(0) += v;
            } else if at >= last_year && at < (now.div_euclid(DAY) + 1) * DAY - (this_year - last_year) {
                *won_last.entry(r.currency.clone()).or_insert(0) += v;
            }
        }
        if r.status == "submitted" || r.status == "approved" {
            *pipeline.entry(r.currency.clone()).or_insert(0) += r.value;
            let e = stages.entry((r.stage.clone(), r.currency.clone())).or_insert((0, 0));
            e.0 += 1;
            e.1 += r.value;
        }
    }
    assert!(!won.is_empty() && !won_last.is_empty(), "the demo has wins this year and last year");
    assert_eq!(as_map(&d["won_ytd"]), won);
    assert_eq!(as_map(&d["won_last_ytd"]), won_last);
    assert_eq!(as_map(&d["pipeline"]), pipeline);
    let open = rows.iter().filter(|r| r.status == "submitted" || r.status == "approved").count() as i64;
    assert_eq!(d["open_count"].as_i64().unwrap(), open);
    let got: BTreeMap<(String, String), (i64, i64)> = d["by_stage"].as_array().unwrap().iter()
        .map(|t| ((t["stage"].as_str().unwrap().to_string(), t["currency"].as_str().unwrap().to_string()),
                  (t["count"].as_i64().unwrap(), t["value_cents"].as_i64().unwrap())))
        .collect();
    assert_eq!(got, stages);

    // What needs attention: returned, exclusivity within 30 days, pending;
    // the figure counts every one, the list the most urgent five of each.
    let mut expected: Vec<(String, i64)> = Vec::new();
    let mut total = 0;
    for (kind, pick) in [
        ("returned", rows.iter().filter(|r| r.status == "draft").map(|r| r.id).collect::<Vec<_>>()),
        ("expiring", rows.iter().filter(|r| r.status == "approved" && r.exclusive_until.is_some_and(|e| e > now && e <= now + 30 * DAY)).map(|r| r.id).collect()),
        ("pending", rows.iter().filter(|r| r.status == "submitted").map(|r| r.id).collect()),
    ] {
        let field = match kind { "returned" => "returned", "expiring" => "expiring", _ => "pending" };
        assert_eq!(d[field].as_i64().unwrap(), pick.len() as i64, "{kind}");
        total += pick.len();
        for id in pick.into_iter().take(5) {
            expected.push((kind.to_string(), id));
        }
    }
    let mut got: Vec<(String, i64)> = d["attention"].as_array().unwrap().iter()
        .map(|a| (a["kind"].as_str().unwrap().to_string(), a["deal_id"].as_i64().unwrap()))
        .collect();
    got.sort();
    expected.sort();
    assert_eq!(got, expected);
    assert!(expected.iter().any(|(k, _)| k == "expiring"), "the demo has a deal near expiry");
    let summary: partner_portal::features::deals::DealSummary =
        serde_json::from_value(d.clone()).unwrap();
    assert_eq!(summary.attention_total(), total as i64);

    // MDF: the card is the ledger's.
    let company = app.id_of_company("Northwind Systems").await;
    let card = partner_portal::features::mdf::fund_card(&app.state.db, company).await.unwrap();
    assert_eq!(home["fund"]["requestable"].as_i64().unwrap(), card.requestable);
    assert_eq!(home["fund"]["balance"]["available"].as_i64().unwrap(), card.balance.available);
    // Notifications: the viewer's five latest.
    let nora_id = app.id_of_user("nora@northwind.example").await;
    let n = app.scalar(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {nora_id}")).await;
    assert_eq!(home["recent"].as_array().unwrap().len() as i64, n.min(5));

    // Another company's first screen holds none of Northwind's deals.
    let carla = app.login("carla@contoso-cloud.example").await;
    let text = app.call(&carla, "/api/home/summary", "").await.text().await.unwrap();
    for r in &rows {
        assert!(!text.contains(&r.customer), "Contoso's home names {}", r.customer);
    }
    let contoso: Vec<i64> = deals_of(&app, "Contoso Cloud GmbH").await.iter().map(|r| r.id).collect();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    for a in json["Partner"]["deals"]["attention"].as_array().unwrap() {
        assert!(contoso.contains(&a["deal_id"].as_i64().unwrap()));
    }
});

/// The deal figures of a first screen, computed from the deals `filter`
/// selects (an SQL condition on `deals`), as the summary names them.
async fn expected_figures(app: &TestApp, filter: &str) -> serde_json::Value {
    let now = partner_portal::server::now_ms();
    let (this_year, last_year) = year_starts(now);
    let tomorrow = (now.div_euclid(DAY) + 1) * DAY;
    let rows = sqlx::query(&format!(
        "SELECT status, stage, currency, value_cents, COALESCE(final_value_cents, value_cents), won_at, \
         exclusive_until, sla_due_at FROM deals WHERE {filter}"
    ))
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    let mut n: BTreeMap<&str, i64> = BTreeMap::new();
    let mut money: BTreeMap<&str, BTreeMap<String, i64>> = BTreeMap::new();
    let mut stages: BTreeMap<(String, String), (i64, i64)> = BTreeMap::new();
    for r in &rows {
        let status: String = r.get(0);
        let currency: String = r.get(2);
        let value: i64 = r.get(3);
        let won_value: i64 = r.get(4);
        let won_at: Option<i64> = r.get(5);
        let exclusive: Option<i64> = r.get(6);
        let sla: Option<i64> = r.get(7);
        match status.as_str() {
            "submitted" => {
                *n.entry("pending").or_default() += 1;
                if sla.is_some_and(|s| s < now) {
                    *n.entry("overdue").or_default() += 1;
                }
            }
            "draft" => *n.entry("returned").or_default() += 1,
            "approved" => {
                *n.entry("approved").or_default() += 1;
                if exclusive.is_some_and(|e| e > now && e <= now + 30 * DAY) {
                    *n.entry("expiring").or_default() += 1;
                }
            }
            "won" => {
                let at = won_at.unwrap();
                let bucket = if at >= this_year && at < tomorrow {
                    Some("won_ytd")
                } else if at >= last_year && at < tomorrow - (this_year - last_year) {
                    Some("won_last_ytd")
                } else {
                    None
                };
                if let Some(b) = bucket {
                    *money
                        .entry(b)
                        .or_default()
                        .entry(currency.clone())
                        .or_default() += won_value;
                }
            }
            _ => {}
        }
        if status == "submitted" || status == "approved" {
            *money
                .entry("pipeline")
                .or_default()
                .entry(currency.clone())
                .or_default() += value;
            let e = stages.entry((r.get(1), currency)).or_insert((0, 0));
            e.0 += 1;
            e.1 += value;
        }
    }
    serde_json::json!({
        "counts": n,
        "money": money,
        "stages": stages.iter().map(|((s, c), (k, v))| format!("{s}/{c}:{k}/{v}")).collect::<Vec<_>>(),
    })
}

/// The same shape from a summary's `deals` object.
fn got_figures(d: &serde_json::Value) -> serde_json::Value {
    let mut counts = serde_json::Map::new();
    for k in ["pending", "returned", "approved", "expiring", "overdue"] {
        let v = d[k].as_i64().unwrap();
        if v != 0 {
            counts.insert(k.into(), v.into());
        }
    }
    let mut money = serde_json::Map::new();
    for k in ["pipeline", "won_ytd", "won_last_ytd"] {
        let m = as_map(&d[k]);
        if !m.is_empty() {
            money.insert(k.into(), serde_json::to_value(m).unwrap());
        }
    }
    let mut stages: Vec<String> = d["by_stage"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            format!(
                "{}/{}:{}/{}",
                t["stage"].as_str().unwrap(),
                t["currency"].as_str().unwrap(),
                t["count"].as_i64().unwrap(),
                t["value_cents"].as_i64().unwrap()
            )
        })
        .collect();
    stages.sort();
    serde_json::json!({ "counts": counts, "money": money, "stages": stages })
}

db_test!(
    /// Each way the first screen reads its deal figures (the per-company
    /// open totals and daily win rollups for the vendor, a manager's
    /// companies, a partner user who sees only their own deals) agrees
    /// with a count of the deals themselves, after changes.
    home_figures_for_every_scope, |app| {
    let admin = app.login("admin@vendor.example").await;
    // Move some deals along so the kept totals have something to follow.
    let some: Vec<i64> = sqlx::query("SELECT id FROM deals WHERE status = 'submitted' AND has_conflict = 0 ORDER BY id LIMIT 2")
        .fetch_all(&app.state.db.pool).await.unwrap().iter().map(|r| r.get(0)).collect();
    for id in &some {
        let r = app.call(&admin, "/api/deals/decide", &format!("id={id}&decision=approve")).await;
        assert!(r.status().is_success(), "approve {id}: {}", r.status());
    }
    sqlx::query("UPDATE deals SET stage = 'commit', value_cents = value_cents + 100 WHERE status = 'approved' AND id = (SELECT MIN(id) FROM deals WHERE status = 'approved')")
        .execute(&app.state.db.pool).await.unwrap();
    app.assert_rollups_exact().await;

    let summary = |json: serde_json::Value, side: &str| got_figures(&json[side]["deals"]);
    let j: serde_json::Value = app.call(&admin, "/api/home/summary", "").await.json().await.unwrap();
    assert_eq!(summary(j, "Vendor"), expected_figures(&app, "1 = 1").await, "vendor admin");

    let manager = app.login("manager@vendor.example").await;
    let mid = app.id_of_user("manager@vendor.example").await;
    let j: serde_json::Value = app.call(&manager, "/api/home/summary", "").await.json().await.unwrap();
    assert_eq!(
        summary(j, "Vendor"),
        expected_figures(&app, &format!("company_id IN (SELECT company_id FROM manager_assignments WHERE manager_id = {mid})")).await,
        "channel manager"
    );

    let northwind = app.id_of_company("Northwind Systems").await;
    let lena = app.id_of_user("lena@northwind.example").await;
    let lena_client = app.login("lena@northwind.example").await;
    let whole = expected_figures(&app, &format!("company_id = {northwind}")).await;
    let j: serde_json::Value = app.call(&lena_client, "/api/home/summary", "").await.json().await.unwrap();
    assert_eq!(summary(j, "Partner"), whole, "a partner user who sees the company's deals");
    sqlx::query("UPDATE companies SET deal_visibility = 'own' WHERE id = $1")
        .bind(northwind).execute(&app.state.db.pool).await.unwrap();
    let own = expected_figures(&app, &format!("company_id = {northwind} AND owner_user_id = {lena}")).await;
    assert_ne!(own, whole, "the demo gives Lena some of Northwind's deals, not all");
    let j: serde_json::Value = app.call(&lena_client, "/api/home/summary", "").await.json().await.unwrap();
    assert_eq!(summary(j, "Partner"), own, "a partner user who sees only their own deals");
});
