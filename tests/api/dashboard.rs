//! The vendor dashboard over HTTP on both databases: every figure checked
//! against an independent calculation from the rows the demo seeded (and a
//! few the test adds), the filters, the CSV exports, and tenancy (partners
//! are refused; a channel manager only ever counts assigned companies).

use std::collections::{BTreeMap, BTreeSet};

use partner_portal::features::dashboard::period::{resolve, Window};
use partner_portal::shared::time::{date_input_value, median_p90, DAY_MS};
use serde_json::Value;
use sqlx::Row;

use crate::helpers::*;

struct Deal {
    company: i64,
    status: String,
    value: i64,
    currency: String,
    submitted_at: Option<i64>,
    decided_at: Option<i64>,
    won_at: Option<i64>,
    exclusive_until: Option<i64>,
    has_conflict: bool,
    registration_ms: Option<i64>,
    sla_due_at: Option<i64>,
    route: String,
}

async fn deals(app: &TestApp) -> Vec<Deal> {
    sqlx::query(
        "SELECT company_id, status, COALESCE(final_value_cents, value_cents), currency, submitted_at, decided_at, \
         won_at, exclusive_until, has_conflict, registration_ms, sla_due_at, route FROM deals",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
    .iter()
    .map(|r| Deal {
        company: r.get(0),
        status: r.get(1),
        value: r.get(2),
        currency: r.get(3),
        submitted_at: r.get(4),
        decided_at: r.get(5),
        won_at: r.get(6),
        exclusive_until: r.get(7),
        has_conflict: r.get::<i64, _>(8) == 1,
        registration_ms: r.get(9),
        sla_due_at: r.get(10),
        route: r.get(11),
    })
    .collect()
}

/// company id -> (name, region, current tier name)
async fn companies(app: &TestApp) -> BTreeMap<i64, (String, String, Option<String>)> {
    sqlx::query(
        "SELECT c.id, c.name, c.region, t.name FROM companies c \
         LEFT JOIN company_tiers ct ON ct.company_id = c.id LEFT JOIN tiers t ON t.id = ct.tier_id",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get(0), (r.get(1), r.get(2), r.get(3))))
    .collect()
}

async fn dashboard(app: &TestApp, client: &reqwest::Client, query: &[(&str, &str)]) -> Value {
    let res = app
        .call(client, "/api/dashboard/vendor", &form(query))
        .await;
    assert_eq!(res.status(), 200, "dashboard answered {}", res.status());
    res.json().await.unwrap()
}

/// (name, value, count) of each slice; a row named by a message (no
/// tier, a chart bucket) by its key.
fn slices(v: &Value) -> Vec<(String, i64, i64)> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let name = match s["msg"]["key"].as_str() {
                Some(key) => key,
                None => s["label"].as_str().unwrap(),
            };
            (
                name.to_string(),
                s["value"].as_i64().unwrap(),
                s["count"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn i(v: &Value) -> i64 {
    v.as_i64().unwrap_or_else(|| panic!("not a number: {v}"))
}

/// The whole expected dashboard for the companies `keep` selects, from
/// the rows alone, compared with what the server sent.
async fn check_against_rows(app: &TestApp, d: &Value, w: &Window, keep: &BTreeSet<i64>) {
    let currency = d["filter"]["currency"].as_str().unwrap().to_string();
    let all = deals(app).await;
    let cs = companies(app).await;
    let sel: Vec<&Deal> = all.iter().filter(|x| keep.contains(&x.company)).collect();
    assert_eq!(i(&d["companies_selected"]), keep.len() as i64);

    // Revenue: won deals in the currency, by the day they were won.
    let won: Vec<&&Deal> = sel
        .iter()
        .filter(|x| {
            x.status == "won"
                && x.currency == currency
                && x.won_at.is_some_and(|t| t >= w.from && t < w.to)
        })
        .collect();
    let total: i64 = won.iter().map(|x| x.value).sum();
    let r = &d["revenue"];
    assert_eq!(i(&r["total"]), total);
    assert_eq!(i(&r["deals"]), won.len() as i64);
    let buckets = w.buckets();
    let mut series = vec![0i64; buckets.len()];
    for x in &won {
        series[Window::bucket_of(&buckets, w.to, x.won_at.unwrap()).unwrap()] += x.value;
    }
    let got: Vec<i64> = slices(&r["series"]).iter().map(|s| s.1).collect();
    assert_eq!(got, series);
    let prev = w.previous();
    let previous: i64 = sel
        .iter()
        .filter(|x| {
            x.status == "won"
                && x.currency == currency
                && x.won_at.is_some_and(|t| t >= prev.from && t < prev.to)
        })
        .map(|x| x.value)
        .sum();
    assert_eq!(i(&r["previous_total"]), previous);

    let mut by_company: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    let mut by_region: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    let mut by_tier: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    for x in &won {
        let (name, region, tier) = &cs[&x.company];
        for (map, key) in [
            (&mut by_company, name.clone()),
            (&mut by_region, region.clone()),
            (
                &mut by_tier,
                tier.clone()
                    .unwrap_or_else(|| "dash-revenue-no-tier".into()),
            ),
        ] {
            let e = map.entry(key).or_default();
            e.0 += x.value;
            e.1 += 1;
        }
    }
    let as_set = |v: &Value| -> BTreeMap<String, (i64, i64)> {
        slices(v).into_iter().map(|(l, v, c)| (l, (v, c))).collect()
    };
    assert_eq!(i(&r["companies_with_revenue"]), by_company.len() as i64);
    // The demo has fewer than ten partners, so every company is its own bar.
    assert_eq!(as_set(&r["by_company"]), by_company);
    assert_eq!(as_set(&r["by_region"]), by_region);
    assert_eq!(as_set(&r["by_tier"]), by_tier);

    // Funnel: registrations submitted in the window.
    let sub: Vec<&&Deal> = sel
        .iter()
        .filter(|x| x.submitted_at.is_some_and(|t| t >= w.from && t < w.to))
        .collect();
    let count = |f: &dyn Fn(&Deal) -> bool| sub.iter().filter(|x| f(x)).count() as i64;
    let f = &d["funnel"];
    assert_eq!(i(&f["submitted"]), sub.len() as i64);
    assert_eq!(
        i(&f["approved"]),
        count(&|x| {
            ["approved", "won", "lost", "expired"].contains(&x.status.as_str())
                || (x.status == "withdrawn" && x.exclusive_until.is_some())
        })
    );
    assert_eq!(i(&f["won"]), count(&|x| x.status == "won"));
    assert_eq!(i(&f["lost"]), count(&|x| x.status == "lost"));
    assert_eq!(i(&f["rejected"]), count(&|x| x.status == "rejected"));
    assert_eq!(
        i(&f["pending"]),
        count(&|x| x.status == "submitted" || x.status == "draft")
    );
    assert_eq!(i(&f["conflicts"]), count(&|x| x.has_conflict));

    // Timing.
    let mut reg: Vec<i64> = sub.iter().filter_map(|x| x.registration_ms).collect();
    reg.sort_unstable();
    let decided: Vec<&&&Deal> = sub
        .iter()
        .filter(|x| x.decided_at.is_some() && x.route != "auto")
        .collect();
    let mut approval: Vec<i64> = decided
        .iter()
        .map(|x| x.decided_at.unwrap() - x.submitted_at.unwrap())
        .collect();
    approval.sort_unstable();
    let t = &d["timing"];
    assert_eq!(i(&t["timed"]), reg.len() as i64);
    assert_eq!(
        t["registration_median_ms"].as_i64(),
        median_p90(&reg).map(|m| m.0)
    );
    assert_eq!(
        t["registration_p90_ms"].as_i64(),
        median_p90(&reg).map(|m| m.1)
    );
    assert_eq!(i(&t["decisions"]), approval.len() as i64);
    assert_eq!(
        t["approval_median_ms"].as_i64(),
        median_p90(&approval).map(|m| m.0)
    );
    let sla: Vec<bool> = decided
        .iter()
        .filter_map(|x| x.sla_due_at.map(|s| x.decided_at.unwrap() <= s))
        .collect();
    assert_eq!(
        t["within_sla_pct"].as_i64(),
        (!sla.is_empty())
            .then(|| sla.iter().filter(|m| **m).count() as i64 * 100 / sla.len() as i64)
    );

    // MDF: ledger rows of funds whose period starts in the window.
    let ledger = sqlx::query(
        "SELECT f.company_id, f.currency, f.starts_at, l.kind, l.amount_cents FROM mdf_ledger l \
         JOIN mdf_funds f ON f.id = l.fund_id",
    )
    .fetch_all(&app.state.db.pool)
    .await
    .unwrap();
    let mut kinds: BTreeMap<String, i64> = BTreeMap::new();
    for l in &ledger {
        let (company, cur, starts): (i64, String, i64) = (l.get(0), l.get(1), l.get(2));
        if keep.contains(&company) && cur == currency && starts >= w.from && starts < w.to {
            *kinds.entry(l.get::<String, _>(3)).or_default() += l.get::<i64, _>(4);
        }
    }
    let k = |name: &str| kinds.get(name).copied().unwrap_or(0);
    let m = &d["mdf"];
    assert_eq!(i(&m["allocated"]), k("allocation"));
    assert_eq!(i(&m["paid"]), k("reimbursement"));
    assert_eq!(i(&m["expired"]), k("expiry"));
    assert_eq!(
        i(&m["committed"]),
        k("commitment") - k("release") - k("claim")
    );
    assert_eq!(
        i(&m["allocated"]),
        i(&m["available"])
            + i(&m["committed"])
            + i(&m["claimed"])
            + i(&m["paid"])
            + i(&m["expired"])
    );

    // Tiers: the distribution counts every selected company with a tier.
    let in_tiers: i64 = slices(&d["tiers"]["distribution"])
        .iter()
        .map(|s| s.1)
        .sum();
    let expected = keep.iter().filter(|c| cs[c].2.is_some()).count() as i64;
    assert_eq!(in_tiers, expected);

    // Activity: users of the selected companies.
    let users = sqlx::query("SELECT company_id, last_login_at FROM users WHERE company_id IS NOT NULL AND status = 'active'")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    let now = i(&d["as_of"]);
    let mine: Vec<(i64, Option<i64>)> = users
        .iter()
        .map(|u| (u.get(0), u.get(1)))
        .filter(|(c, _)| keep.contains(c))
        .collect();
    let recent = |t: &Option<i64>| t.is_some_and(|t| t >= now - 30 * DAY_MS);
    let a = &d["activity"];
    assert_eq!(i(&a["users"]), mine.len() as i64);
    assert_eq!(
        i(&a["active_users"]),
        mine.iter().filter(|(_, t)| recent(t)).count() as i64
    );
    let active: BTreeSet<i64> = mine
        .iter()
        .filter(|(_, t)| recent(t))
        .map(|(c, _)| *c)
        .collect();
    assert_eq!(i(&a["active_companies"]), active.len() as i64);
    let registering: BTreeSet<i64> = sub.iter().map(|x| x.company).collect();
    assert_eq!(i(&a["registering_companies"]), registering.len() as i64);

    // Leaderboard: points earned in the window.
    let points = sqlx::query("SELECT company_id, points, at FROM points")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap();
    let mut per: BTreeMap<i64, i64> = BTreeMap::new();
    for p in &points {
        let (c, n, at): (i64, i64, i64) = (p.get(0), p.get(1), p.get(2));
        if keep.contains(&c) && at >= w.from && at < w.to {
            *per.entry(c).or_default() += n;
        }
    }
    let board: BTreeMap<i64, i64> = d["leaderboard"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (i(&l["company_id"]), i(&l["points"])))
        .collect();
    assert_eq!(board, per);
}

async fn assigned(app: &TestApp, manager: &str) -> BTreeSet<i64> {
    let id = app.id_of_user(manager).await;
    sqlx::query("SELECT company_id FROM manager_assignments WHERE manager_id = $1")
        .bind(id)
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect()
}

fn custom_window() -> (Window, String, String) {
    let now = partner_portal::server::now_ms();
    let (from, to) = (date_input_value(now - 400 * DAY_MS), date_input_value(now));
    (resolve("custom", &from, &to, now).unwrap(), from, to)
}

db_test!(
    /// A vendor admin's dashboard over the last 400 days: revenue over
    /// time and by partner, tier and region, the funnel, timing, MDF,
    /// tiers, activity and the leaderboard all match the rows.
    vendor_admin_figures_match_the_rows, |app| {
    let admin = app.login("admin@vendor.example").await;
    // Sign-ins count as activity.
    app.login("sam@northwind.example").await;
    app.login("mei@tailspin.example").await;
    let (w, from, to) = custom_window();
    let d = dashboard(&app, &admin, &[("period", "custom"), ("from", &from), ("to", &to), ("currency", "USD")]).await;
    assert_eq!(d["filter"]["from"], from.as_str());
    assert!(d["filter_error"].is_null());
    let all: BTreeSet<i64> = companies(&app).await.keys().copied().collect();
    check_against_rows(&app, &d, &w, &all).await;
    assert!(i(&d["revenue"]["total"]) > 0, "the demo has won revenue in USD");
    assert!(i(&d["mdf"]["allocated"]) > 0, "and MDF funds in USD");
    assert!(i(&d["funnel"]["submitted"]) > 5, "the demo's registrations fall in the window");
    assert!(i(&d["timing"]["timed"]) > 0 && i(&d["timing"]["decisions"]) > 0);
    assert!(i(&d["activity"]["active_users"]) >= 2);
    assert!(!d["options"]["managers"].as_array().unwrap().is_empty());

    // The same in euros: other deals, other funds.
    let d = dashboard(&app, &admin, &[("period", "custom"), ("from", &from), ("to", &to), ("currency", "EUR")]).await;
    check_against_rows(&app, &d, &w, &all).await;

    // A region filter selects that region's companies only.
    let emea: BTreeSet<i64> = companies(&app).await.into_iter().filter(|(_, c)| c.1 == "EMEA").map(|(id, _)| id).collect();
    let d = dashboard(&app, &admin, &[("period", "custom"), ("from", &from), ("to", &to), ("currency", "EUR"), ("region", "EMEA")]).await;
    assert_eq!(d["filter"]["region"], "EMEA");
    check_against_rows(&app, &d, &w, &emea).await;

    // The manager filter selects the companies assigned to that manager.
    let manager = app.id_of_user("manager@vendor.example").await.to_string();
    let d = dashboard(&app, &admin, &[("period", "custom"), ("from", &from), ("to", &to), ("currency", "USD"), ("manager", &manager)]).await;
    check_against_rows(&app, &d, &w, &assigned(&app, "manager@vendor.example").await).await;
});

db_test!(
    /// A won deal the test adds shows up in this quarter's revenue, in its
    /// week, for its partner, tier and region; a tier filter keeps only the
    /// companies in that tier.
    a_new_win_moves_the_figures, |app| {
    let admin = app.login("admin@vendor.example").await;
    let before = dashboard(&app, &admin, &[("period", "quarter"), ("currency", "USD")]).await;
    let sam = app.login("sam@northwind.example").await;
    let r = app.call(&sam, "/api/deals/register", &form(&[
        ("customer_name", "Dashboard Test Corp"), ("customer_domain", "dashboard-test.example"),
        ("contact_name", "Dee Board"), ("contact_email", "dee@dashboard-test.example"),
        ("country", "US"), ("products[0]", &app.scalar("SELECT id FROM products WHERE sku = 'NX-CORE'").await.to_string()),
        ("value", "4000"), ("currency", "USD"), ("close_date", &date_input_value(partner_portal::server::now_ms() + 30 * DAY_MS)),
        ("deal_type", "new"), ("notes", ""),
    ])).await;
    assert!(r.status().is_success(), "register: {} {}", r.status(), r.text().await.unwrap());
    let id = app.scalar("SELECT id FROM deals WHERE customer_name = 'Dashboard Test Corp'").await;
    let status: String = sqlx::query("SELECT status FROM deals WHERE id = $1").bind(id).fetch_one(&app.state.db.pool).await.unwrap().get(0);
    assert_eq!(status, "approved", "small deals are approved by the demo's rule");
    let r = app.call(&sam, "/api/deals/close", &form(&[("id", &id.to_string()), ("outcome", "won"), ("final_value", "4500")])).await;
    assert!(r.status().is_success());
    // The figures computed a moment ago are kept and shared (with their
    // time); a refresh computes them again, with the new win.
    let kept = dashboard(&app, &admin, &[("period", "quarter"), ("currency", "USD")]).await;
    assert_eq!(kept["as_of"], before["as_of"]);
    assert_eq!(kept["revenue"], before["revenue"]);
    let after = dashboard(&app, &admin, &[("period", "quarter"), ("currency", "USD"), ("refresh", "1")]).await;
    assert!(i(&after["as_of"]) >= i(&before["as_of"]));
    assert_eq!(i(&after["revenue"]["total"]), i(&before["revenue"]["total"]) + 450_000);
    assert_eq!(i(&after["funnel"]["submitted"]), i(&before["funnel"]["submitted"]) + 1);
    assert_eq!(i(&after["funnel"]["won"]), i(&before["funnel"]["won"]) + 1);
    let last = |d: &Value| slices(&d["revenue"]["series"]).last().unwrap().1;
    assert_eq!(last(&after), last(&before) + 450_000, "today's bucket is the last one");
    let w = resolve("quarter", "", "", partner_portal::server::now_ms()).unwrap();
    let all: BTreeSet<i64> = companies(&app).await.keys().copied().collect();
    check_against_rows(&app, &after, &w, &all).await;

    // Only Northwind's tier (Silver).
    let tier = app.scalar("SELECT tier_id FROM company_tiers ct JOIN companies c ON c.id = ct.company_id WHERE c.name = 'Northwind Systems'").await;
    let same_tier: BTreeSet<i64> = sqlx::query("SELECT company_id FROM company_tiers WHERE tier_id = $1").bind(tier)
        .fetch_all(&app.state.db.pool).await.unwrap().iter().map(|r| r.get(0)).collect();
    let d = dashboard(&app, &admin, &[("period", "quarter"), ("currency", "USD"), ("tier", &tier.to_string())]).await;
    assert_eq!(d["filter"]["tier_id"].as_i64(), Some(tier));
    check_against_rows(&app, &d, &w, &same_tier).await;
});

db_test!(
    /// A channel manager sees only assigned companies, whatever the URL
    /// asks for; partners and anonymous callers are refused; bad filters
    /// are refused or dropped with a clear message.
    dashboard_tenancy_and_bad_filters, |app| {
    let manager = app.login("manager@vendor.example").await;
    let (w, from, to) = custom_window();
    let mine = assigned(&app, "manager@vendor.example").await;
    assert!(!mine.is_empty());
    let d = dashboard(&app, &manager, &[("period", "custom"), ("from", &from), ("to", &to), ("currency", "USD")]).await;
    check_against_rows(&app, &d, &w, &mine).await;
    assert!(d["options"]["managers"].as_array().unwrap().is_empty(), "managers cannot pick another manager");
    // Tailspin is not assigned: its name appears nowhere, and asking for
    // its region or another manager's id changes nothing.
    let text = serde_json::to_string(&d).unwrap();
    assert!(!text.contains("Tailspin"), "an unassigned company leaked: {text}");
    let admin_id = app.id_of_user("admin@vendor.example").await.to_string();
    let d2 = dashboard(&app, &manager, &[("period", "custom"), ("from", &from), ("to", &to), ("currency", "USD"), ("manager", &admin_id), ("region", "APAC")]).await;
    assert!(d2["filter"]["manager_id"].is_null());
    assert!(!serde_json::to_string(&d2).unwrap().contains("Tailspin"));

    for email in ["nora@northwind.example", "sam@northwind.example"] {
        let partner = app.login(email).await;
        assert_eq!(app.call(&partner, "/api/dashboard/vendor", "").await.status(), 403);
        let csv = partner.get(app.url("/api/dashboard/export?table=partners")).send().await.unwrap();
        assert_eq!(csv.status(), 403);
    }
    assert_eq!(app.call(&app.client(), "/api/dashboard/vendor", "").await.status(), 401);

    // A reversed custom range: a message for the date fields, this
    // quarter's figures, the typed dates kept.
    let d = dashboard(&app, &manager, &[("period", "custom"), ("from", "2026-05-01"), ("to", "2026-04-01")]).await;
    assert_eq!(d["filter_error"]["key"], "dash-error-range-reversed");
    assert_eq!(d["filter"]["from"], "2026-05-01");
    let bad = manager.get(app.url("/api/dashboard/export?table=partners&period=custom&from=x&to=y")).send().await.unwrap();
    assert_eq!(bad.status(), 400);
    let text = bad.text().await.unwrap();
    assert!(text.contains("dash-error-first-day"), "{text}");
    let bad = manager.get(app.url("/api/dashboard/export?table=nope")).send().await.unwrap();
    assert_eq!(bad.status(), 400);
    let text = bad.text().await.unwrap();
    assert!(text.contains("dash-export-which-table"), "{text}");
    // Hostile values are not errors, only ignored.
    let d = dashboard(&app, &manager, &[("period", "'; DROP TABLE deals; --"), ("tier", "1 OR 1=1"), ("currency", "<script>")]).await;
    assert_eq!(d["filter"]["preset"], "quarter");
    assert!(d["filter"]["tier_id"].is_null());
    assert!(app.scalar("SELECT COUNT(*) FROM deals").await > 0);
});

db_test!(
    /// Every table exports to CSV with the page's filters: the partner
    /// file lists every company with revenue and sums to the total, and a
    /// manager's file holds only assigned companies.
    dashboard_csv_exports, |app| {
    let admin = app.login("admin@vendor.example").await;
    let (_, from, to) = custom_window();
    let q = format!("period=custom&from={from}&to={to}&currency=USD");
    let d = dashboard(&app, &admin, &[("period", "custom"), ("from", &from), ("to", &to), ("currency", "USD")]).await;
    for table in partner_portal::features::dashboard::exports::TABLES {
        let res = admin.get(app.url(&format!("/api/dashboard/export?table={table}&{q}"))).send().await.unwrap();
        assert_eq!(res.status(), 200, "{table}");
        assert!(res.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
        assert!(res.headers()["content-disposition"].to_str().unwrap().contains(&format!("dashboard-{table}-{from}-{to}.csv")));
        let body = res.text().await.unwrap();
        assert!(body.starts_with('\u{feff}'), "{table}: a BOM for spreadsheets");
        assert!(body.lines().count() >= 3, "{table}: {body}");
    }
    let body = admin.get(app.url(&format!("/api/dashboard/export?table=partners&{q}"))).send().await.unwrap().text().await.unwrap();
    let mut sum = 0i64;
    for l in body.lines().skip(2) {
        let cells: Vec<String> = l.split("\",\"").map(|c| c.trim_matches('"').to_string()).collect();
        let (whole, cents) = cells[1].split_once('.').unwrap();
        sum += whole.parse::<i64>().unwrap() * 100 + cents.parse::<i64>().unwrap();
    }
    assert_eq!(sum, i(&d["revenue"]["total"]));

    let manager = app.login("manager@vendor.example").await;
    let body = manager.get(app.url(&format!("/api/dashboard/export?table=partners&{q}"))).send().await.unwrap().text().await.unwrap();
    assert!(body.contains("Northwind Systems"));
    assert!(!body.contains("Tailspin"), "{body}");
});
