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
    use partner_portal::features::deals::rules::days_from_civil;
    let (y, _, _) = partner_portal::ui::civil_from_days(now.div_euclid(DAY));
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
            } else if at >= last_year && at < now - (this_year - last_year) {
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

    // What needs attention: returned, exclusivity within 14 days, pending.
    let mut expected: Vec<(String, i64)> = Vec::new();
    for (kind, pick) in [
        ("returned", rows.iter().filter(|r| r.status == "draft").map(|r| r.id).collect::<Vec<_>>()),
        ("expiring", rows.iter().filter(|r| r.status == "approved" && r.exclusive_until.is_some_and(|e| e > now && e <= now + 14 * DAY)).map(|r| r.id).collect()),
        ("pending", rows.iter().filter(|r| r.status == "submitted").map(|r| r.id).collect()),
    ] {
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

    // MDF: the card is the ledger's.
    let company = app.id_of_company("Northwind Systems").await;
    let card = partner_portal::features::mdf::store::fund_card(&app.state.db, company).await.unwrap();
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
