//! Market development funds over HTTP on both databases: the whole cycle
//! with an upload, the ledger adding up, racing requests, hostile files,
//! the allocation CSV, deadlines and jobs, and tenancy.

use partner_portal::features::mdf as store;
use partner_portal::features::mdf::rules::Balance;

use crate::helpers::*;

const DAY: i64 = 86_400_000;

fn date(offset_days: i64) -> String {
    partner_portal::shared::time::date_input_value(
        partner_portal::server::now_ms() + offset_days * DAY,
    )
}

fn request_form(title: &str, cost: &str, requested: &str, days: (i64, i64)) -> String {
    form(&[
        ("activity_type", "webinar"),
        ("title", title),
        ("description", "Test activity"),
        ("starts_on", &date(days.0)),
        ("ends_on", &date(days.1)),
        ("total_cost", cost),
        ("requested", requested),
        ("expected_leads", "50"),
    ])
}

async fn request_id(app: &TestApp, title: &str) -> i64 {
    app.scalar(&format!(
        "SELECT MAX(id) FROM mdf_requests WHERE title = '{title}'"
    ))
    .await
}

async fn balance_of(app: &TestApp, company: &str) -> Balance {
    let company = app.id_of_company(company).await;
    store::fund_card(&app.state.db, company)
        .await
        .unwrap()
        .balance
}

/// Every fund's ledger adds up and no bucket is negative.
async fn assert_ledgers_add_up(app: &TestApp) {
    use sqlx::Row;
    let ids: Vec<i64> = sqlx::query("SELECT id FROM mdf_funds")
        .fetch_all(&app.state.db.pool)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert!(!ids.is_empty());
    let mut conn = app.state.db.pool.acquire().await.unwrap();
    for id in ids {
        let b = store::balance(&mut conn, id).await.unwrap();
        assert!(b.is_consistent(), "fund {id}: {b:?}");
    }
}

async fn upload(
    app: &TestApp,
    client: &reqwest::Client,
    request: i64,
    name: &str,
    bytes: Vec<u8>,
) -> reqwest::Response {
    let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_string());
    let body = reqwest::multipart::Form::new()
        .text("request_id", request.to_string())
        .part("file", part);
    client
        .post(app.url("/api/mdf/files/upload"))
        .header("origin", app.url(""))
        .multipart(body)
        .send()
        .await
        .unwrap()
}

db_test!(
    /// Request, partial approval, proof upload, claim, claim approval and
    /// payment; the balance moves at each step and the ledger adds up.
    full_cycle, |app| {
    let sam = app.login("sam@northwind.example").await;
    let marco = app.login("manager@vendor.example").await;
    let admin = app.login("admin@vendor.example").await;
    let start = balance_of(&app, "Northwind Systems").await;
    let card: serde_json::Value = app.call(&sam, "/api/mdf/fund", "").await.json().await.unwrap();
    assert_eq!(card["currency"], "USD");
    let requestable = card["requestable"].as_i64().unwrap();
    assert!(requestable > 1_000_000, "{card}");

    let r = app.call(&sam, "/api/mdf/request", &(request_form("Spring webinar", "10,000", "8000", (-3, -2)) + "&elapsed_ms=45000")).await;
    assert!(r.status().is_success() || r.status().is_redirection(), "{}: {}", r.status(), r.text().await.unwrap());
    let id = request_id(&app, "Spring webinar").await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM mdf_requests WHERE id = {id} AND status = 'submitted' AND requested_cents = 800000 AND sla_due_at IS NOT NULL")).await, 1);
    // Waiting requests count against what can still be requested.
    let card: serde_json::Value = app.call(&sam, "/api/mdf/fund", "").await.json().await.unwrap();
    assert_eq!(card["requestable"].as_i64().unwrap(), requestable - 800_000);
    assert_eq!(balance_of(&app, "Northwind Systems").await, start, "nothing committed before approval");

    // Partial approval needs a reason.
    let r = app.call(&marco, "/api/mdf/decide", &form(&[("id", &id.to_string()), ("decision", "approve"), ("amount", "6000")])).await;
    assert_eq!(r.status(), 422);
    let r = app.call(&marco, "/api/mdf/decide", &form(&[("id", &id.to_string()), ("decision", "approve"), ("amount", "6000"), ("reason", "Speaker fees are not covered.")])).await;
    assert!(r.status().is_success() || r.status().is_redirection(), "{}", r.text().await.unwrap());
    let b = balance_of(&app, "Northwind Systems").await;
    assert_eq!(b.committed, start.committed + 600_000);
    assert_eq!(b.available, start.available - 600_000);

    // A claim without proof is refused; hostile and valid files.
    let r = app.call(&sam, "/api/mdf/claim", &form(&[("id", &id.to_string()), ("actual_cost", "9000")])).await;
    assert_eq!(r.status(), 422, "proof required");
    let pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".to_vec();
    let r = upload(&app, &sam, id, "invoice.pdf", pdf.clone()).await;
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    let file_id = app.scalar(&format!("SELECT MAX(id) FROM mdf_files WHERE request_id = {id}")).await;
    // Served back as an inert attachment to the owner and vendor staff only.
    let res = sam.get(app.url(&format!("/api/mdf/files/download?id={file_id}"))).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert!(res.headers()["content-disposition"].to_str().unwrap().starts_with("attachment; filename=\"invoice.pdf\""));
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    assert!(res.headers()["content-security-policy"].to_str().unwrap().contains("sandbox"));
    assert_eq!(res.bytes().await.unwrap().to_vec(), pdf);
    let carla = app.login("carla@contoso-cloud.example").await;
    let res = carla.get(app.url(&format!("/api/mdf/files/download?id={file_id}"))).send().await.unwrap();
    assert_eq!(res.status(), 404);
    let res = marco.get(app.url(&format!("/api/mdf/files/download?id={file_id}"))).send().await.unwrap();
    assert_eq!(res.status(), 200);

    let deal = app.scalar("SELECT id FROM deals WHERE customer_name = 'Globex Corporation'").await.to_string();
    let foreign_deal = app.scalar("SELECT id FROM deals WHERE customer_name = 'Pacific Rim Foods'").await.to_string();
    let r = app.call(&sam, "/api/mdf/claim", &form(&[("id", &id.to_string()), ("actual_cost", "7,000"), ("actual_leads", "61"), ("deals[0]", &deal), ("deals[1]", &foreign_deal)])).await;
    assert!(r.status().is_success() || r.status().is_redirection(), "{}", r.text().await.unwrap());
    // Claimed: min(approved 6,000, 100 % of 7,000); only own deals linked.
    assert_eq!(app.scalar(&format!("SELECT claimed_cents FROM mdf_requests WHERE id = {id}")).await, 600_000);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM mdf_request_deals WHERE request_id = {id}")).await, 1);
    // Files of a submitted claim stay.
    let r = app.call(&sam, "/api/mdf/files/remove", &format!("id={file_id}")).await;
    assert_eq!(r.status(), 409);

    // Claim approval capped; then payment.
    let r = app.call(&marco, "/api/mdf/review-claim", &form(&[("id", &id.to_string()), ("decision", "approve"), ("amount", "6500")])).await;
    assert_eq!(r.status(), 422, "above the approved amount");
    let r = app.call(&marco, "/api/mdf/review-claim", &form(&[("id", &id.to_string()), ("decision", "approve"), ("amount", "5500")])).await;
    assert!(r.status().is_success() || r.status().is_redirection(), "{}", r.text().await.unwrap());
    let b = balance_of(&app, "Northwind Systems").await;
    assert_eq!(b.claimed, start.claimed + 550_000);
    assert_eq!(b.available, start.available - 550_000, "the unused 500 went back");
    let r = app.call(&admin, "/api/mdf/reimburse", &form(&[("id", &id.to_string()), ("payment_reference", "")])).await;
    assert_eq!(r.status(), 422);
    let r = app.call(&admin, "/api/mdf/reimburse", &form(&[("id", &id.to_string()), ("payment_reference", "TRF-1"), ("paid_on", &date(0))])).await;
    assert!(r.status().is_success() || r.status().is_redirection(), "{}", r.text().await.unwrap());
    let b = balance_of(&app, "Northwind Systems").await;
    assert_eq!(b.paid, start.paid + 550_000);
    assert_eq!(b.claimed, start.claimed);
    assert_eq!(b.allocated, start.allocated);
    assert_ledgers_add_up(&app).await;

    // History, notifications, audit.
    let detail: serde_json::Value = app.call(&sam, "/api/mdf/get", &format!("id={id}")).await.json().await.unwrap();
    assert_eq!(detail["status"], "reimbursed");
    assert_eq!(detail["request_ms"], 45000);
    let kinds: Vec<&str> = detail["events"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["submitted", "approved", "file_added", "claimed", "claim_approved", "reimbursed"]);
    let sam_id = app.id_of_user("sam@northwind.example").await;
    assert!(app.scalar(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {sam_id} AND kind LIKE 'mdf_%' AND link = '/mdf/{id}'")).await >= 3);
    assert!(app.scalar("SELECT COUNT(*) FROM outbox WHERE to_address = 'sam@northwind.example' AND subject LIKE '%Spring webinar%'").await >= 3);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM audit_log WHERE object_type = 'mdf_request' AND object_id = '{id}'")).await, 5);
});

db_test!(
    /// Two requests that together exceed the balance, at the same moment:
    /// exactly one gets in.
    racing_requests_one_fits, |app| {
    let mei = app.login("mei@tailspin.example").await;
    let mei2 = app.login("mei@tailspin.example").await;
    let card: serde_json::Value = app.call(&mei, "/api/mdf/fund", "").await.json().await.unwrap();
    let requestable = card["requestable"].as_i64().unwrap();
    let each = (requestable * 6 / 10 / 100).to_string();
    let cost = (requestable / 100).to_string();
    let a = request_form("Race A", &cost, &each, (10, 10));
    let b = request_form("Race B", &cost, &each, (10, 10));
    let (ra, rb) = tokio::join!(app.call(&mei, "/api/mdf/request", &a), app.call(&mei2, "/api/mdf/request", &b));
    let ok = [ra.status(), rb.status()].iter().filter(|s| s.is_success() || s.is_redirection()).count();
    assert_eq!(ok, 1, "{} / {}", ra.status(), rb.status());
    assert!([ra.status(), rb.status()].contains(&reqwest::StatusCode::UNPROCESSABLE_ENTITY));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM mdf_requests WHERE title IN ('Race A', 'Race B')").await, 1);
});

db_test!(
    /// A burst of requests that queue for the write lock together (one
    /// group commit on SQLite): those that fit get in, each with its
    /// history, approver notification and audit row; those refused leave
    /// nothing behind and do not undo the others.
    burst_of_requests_fills_the_fund, |app| {
    let mei = app.login("mei@tailspin.example").await;
    let card: serde_json::Value = app.call(&mei, "/api/mdf/fund", "").await.json().await.unwrap();
    let requestable = card["requestable"].as_i64().unwrap();
    // Each asks for a fifth (rounded down to whole units): five fit, a sixth does not.
    let each = requestable / 5 / 100;
    let cost = (each * 2).to_string();
    let (audit_before, notes_before) = (
        app.scalar("SELECT COUNT(*) FROM audit_log WHERE object_type = 'mdf_request'").await,
        app.scalar("SELECT COUNT(*) FROM notifications WHERE kind = 'mdf_submitted'").await,
    );
    let mut sessions = Vec::new();
    for _ in 0..8 {
        sessions.push(app.login("mei@tailspin.example").await);
    }
    let mut calls = tokio::task::JoinSet::new();
    for (i, s) in sessions.into_iter().enumerate() {
        let body = request_form(&format!("Burst {i}"), &cost, &each.to_string(), (10, 10));
        let (url, origin) = (app.url("/api/mdf/request"), app.url(""));
        calls.spawn(async move {
            s.post(url)
                .header("content-type", "application/x-www-form-urlencoded")
                .header("origin", origin)
                .body(body)
                .send()
                .await
                .unwrap()
                .status()
        });
    }
    let statuses: Vec<reqwest::StatusCode> = calls.join_all().await;
    let ok = statuses.iter().filter(|s| s.is_success() || s.is_redirection()).count();
    assert_eq!(ok, 5, "{statuses:?}");
    assert!(statuses.iter().all(|s| s.is_success() || s.is_redirection() || *s == reqwest::StatusCode::UNPROCESSABLE_ENTITY), "{statuses:?}");
    let ids = app.scalar("SELECT COUNT(*) FROM mdf_requests WHERE title LIKE 'Burst %'").await;
    assert_eq!(ids, 5);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM mdf_events e JOIN mdf_requests r ON r.id = e.request_id WHERE r.title LIKE 'Burst %' AND e.kind = 'submitted'").await, 5);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_log WHERE object_type = 'mdf_request'").await, audit_before + 5);
    let approvers = app.scalar("SELECT COUNT(*) FROM notifications WHERE kind = 'mdf_submitted'").await - notes_before;
    assert!(approvers >= 5 && approvers % 5 == 0, "{approvers} approver notifications");
    assert_eq!(partner_portal::server::audit::verify_chain(&app.state.db).await.unwrap(), None);
    let card: serde_json::Value = app.call(&mei, "/api/mdf/fund", "").await.json().await.unwrap();
    assert_eq!(card["requestable"].as_i64().unwrap(), requestable - 5 * each * 100, "{card}");
    assert_ledgers_add_up(&app).await;
});

db_test!(
    /// HTML, SVG with script, a renamed executable, a zip bomb and an
    /// oversized file are refused; nothing is stored; a foreign request
    /// answers 404.
    hostile_uploads_refused, |app| {
    let sam = app.login("sam@northwind.example").await;
    let id = app.scalar("SELECT id FROM mdf_requests WHERE title = 'LinkedIn campaign: Nimbus Edge'").await;
    let before = app.scalar("SELECT COUNT(*) FROM mdf_files").await;
    let mut elf = b"\x7fELF\x02\x01\x01\x00".to_vec();
    elf.extend(std::iter::repeat_n(0u8, 4000));
    let bomb = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bomb.xlsx")).unwrap();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("leads.csv", b"<html><body><script>alert(document.cookie)</script></body></html>".to_vec()),
        ("photo.png", b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)</script></svg>".to_vec()),
        ("photo.svg", b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>".to_vec()),
        ("invoice.pdf", elf),
        ("page.html", b"<!doctype html><p>hi".to_vec()),
        ("sheet.xlsx", bomb),
    ];
    for (name, bytes) in cases {
        let r = upload(&app, &sam, id, name, bytes).await;
        assert_eq!(r.status(), 422, "{name}: {}", r.text().await.unwrap());
    }
    let big = vec![b'%'; 10 * 1024 * 1024 + 10];
    let r = upload(&app, &sam, id, "huge.pdf", big).await;
    assert!([400, 413].contains(&r.status().as_u16()), "oversized: {}", r.status());
    assert_eq!(app.scalar("SELECT COUNT(*) FROM mdf_files").await, before);
    // A real XLSX passes.
    let ok = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/leads.xlsx")).unwrap();
    let r = upload(&app, &sam, id, "leads.xlsx", ok).await;
    assert_eq!(r.status(), 201, "{}", r.text().await.unwrap());
    // Another company's request is missing, to Contoso.
    let carla = app.login("carla@contoso-cloud.example").await;
    let r = upload(&app, &carla, id, "invoice.pdf", b"%PDF-1.4\n%%EOF".to_vec()).await;
    assert_eq!(r.status(), 404);
    // A browser form gets a redirect back with the reason.
    let part = reqwest::multipart::Part::bytes(b"<html>".to_vec()).file_name("x.csv");
    let r = sam.post(app.url("/api/mdf/files/upload")).header("origin", app.url("")).header("accept", "text/html")
        .multipart(reqwest::multipart::Form::new().text("request_id", id.to_string()).part("file", part))
        .send().await.unwrap();
    assert_eq!(r.status(), 303);
    let location = r.headers()["location"].to_str().unwrap();
    assert!(location.starts_with(&format!("/mdf/{id}?uploaded=0&upload_error=")), "{location}");
    // Target 10, polyglots: a valid PDF header followed by HTML, and a PNG
    // with a script tail, pass the magic-number check, so they must be
    // inert when served: their declared type, an attachment, nosniff and a
    // sandbox CSP, so no browser renders them as a page.
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend_from_slice(b"<script>alert(document.cookie)</script>");
    for (name, bytes, kind) in [
        ("invoice.pdf", b"%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>".to_vec(), "application/pdf"),
        ("photo.png", png, "image/png"),
    ] {
        let r = upload(&app, &sam, id, name, bytes).await;
        assert_eq!(r.status(), 201, "{name}");
        let file_id = app.scalar("SELECT MAX(id) FROM mdf_files").await;
        let res = sam.get(app.url(&format!("/api/mdf/files/download?id={file_id}"))).send().await.unwrap();
        assert_eq!(res.status(), 200);
        let h = res.headers();
        assert_eq!(h["content-type"], kind, "{name}");
        assert!(h["content-disposition"].to_str().unwrap().starts_with("attachment"), "{name}");
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert!(h["content-security-policy"].to_str().unwrap().contains("sandbox"));
    }
    // Stored files carry server-made names only.
    let key: String = {
        use sqlx::Row;
        sqlx::query("SELECT storage_key FROM mdf_files ORDER BY id DESC LIMIT 1").fetch_one(&app.state.db.pool).await.unwrap().get(0)
    };
    assert!(key.len() == 40 && key.bytes().all(|b| b.is_ascii_hexdigit()), "{key}");
});

db_test!(
    /// The allocation CSV: a preview with per-line errors applies nothing;
    /// a clean file applies every line once.
    allocation_csv_all_or_nothing, |app| {
    let admin = app.login("admin@vendor.example").await;
    let before = app.scalar("SELECT COUNT(*) FROM mdf_ledger").await;
    let bad = "company,period,amount,currency,note\nNorthwind Systems,2027-Q1,10000,USD,Q1\nNo Such Co,2027-Q1,5000,USD,\nContoso Cloud GmbH,2027-Q1,abc,EUR,\n";
    let r = app.call(&admin, "/api/admin/mdf/allocations/stage", &form(&[("csv", bad)])).await;
    assert!(r.status().is_success() || r.status().is_redirection());
    let batch = app.scalar("SELECT MAX(id) FROM import_batches").await;
    let info: serde_json::Value = app.call(&admin, "/api/admin/mdf/config", &format!("batch={batch}")).await.json().await.unwrap();
    let rows = info["preview"]["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 3);
    assert!(rows[0]["errors"].as_array().unwrap().is_empty());
    assert_eq!(rows[1]["errors"][0]["key"], "mdf-csv-no-company", "{}", rows[1]);
    assert_eq!(rows[2]["errors"][0]["key"], "mdf-csv-amount", "{}", rows[2]);
    let r = app.call(&admin, "/api/admin/mdf/allocations/apply", &format!("batch_id={batch}")).await;
    assert_eq!(r.status(), 422);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM mdf_ledger").await, before, "nothing applied");

    // The same through the file upload, corrected.
    let good = "company;period;amount;currency;note\nNorthwind Systems;2027-Q1;10000;USD;Q1\nContoso Cloud GmbH;2027-Q1;5000;EUR;\n";
    let part = reqwest::multipart::Part::bytes(good.as_bytes().to_vec()).file_name("q1.csv");
    let r = admin.post(app.url("/api/admin/mdf/allocations/upload")).header("origin", app.url(""))
        .multipart(reqwest::multipart::Form::new().part("file", part)).send().await.unwrap();
    assert_eq!(r.status(), 201);
    let batch = app.scalar("SELECT MAX(id) FROM import_batches").await;
    let r = app.call(&admin, "/api/admin/mdf/allocations/apply", &format!("batch_id={batch}")).await;
    assert!(r.status().is_success() || r.status().is_redirection(), "{}", r.text().await.unwrap());
    assert_eq!(app.scalar("SELECT COUNT(*) FROM mdf_ledger").await, before + 2);
    let r = app.call(&admin, "/api/admin/mdf/allocations/apply", &format!("batch_id={batch}")).await;
    assert_eq!(r.status(), 409, "applied once");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM mdf_ledger").await, before + 2);
    // Another admin's batch is not ours to see.
    let other = app.scalar("SELECT COUNT(*) FROM users WHERE role = 'vendor_admin'").await;
    assert!(other >= 1);
    // A currency that differs from the fund's is refused per line.
    let r = app.call(&admin, "/api/admin/mdf/allocations/stage", &form(&[("csv", "company,period,amount,currency\nNorthwind Systems,2027-Q1,10,EUR\n")])).await;
    assert!(r.status().is_success() || r.status().is_redirection());
    let batch = app.scalar("SELECT MAX(id) FROM import_batches").await;
    let info: serde_json::Value = app.call(&admin, "/api/admin/mdf/config", &format!("batch={batch}")).await.json().await.unwrap();
    let error = &info["preview"]["rows"][0]["errors"][0];
    assert_eq!(error["key"], "mdf-csv-fund-currency", "{error}");
    assert_eq!(error["args"][1], serde_json::json!(["currency", {"Text": "USD"}]), "{error}");
    assert_ledgers_add_up(&app).await;
});

db_test!(
    /// A late claim is refused with the date; the job closes the request
    /// and gives the commitment back; a period's unused funds expire.
    deadlines_and_jobs, |app| {
    let sam = app.login("sam@northwind.example").await;
    let id = app.scalar("SELECT id FROM mdf_requests WHERE title = 'LinkedIn campaign: Nimbus Edge'").await;
    let approved = app.scalar(&format!("SELECT approved_cents FROM mdf_requests WHERE id = {id}")).await;
    upload(&app, &sam, id, "invoice.pdf", b"%PDF-1.4\n%%EOF".to_vec()).await;
    sqlx::query(&format!("UPDATE mdf_requests SET claim_due_at = {} WHERE id = {id}", partner_portal::server::now_ms() - 1000))
        .execute(&app.state.db.pool).await.unwrap();
    let r = app.call(&sam, "/api/mdf/claim", &form(&[("id", &id.to_string()), ("actual_cost", "9000")])).await;
    assert_eq!(r.status(), 409);
    let body: serde_json::Value = r.json().await.unwrap();
    assert_eq!(body["Conflict"]["key"], "mdf-claim-too-late", "{body}");
    let before = balance_of(&app, "Northwind Systems").await;
    let (expired, _, _) = store::run_jobs(&app.state.db, "http://x").await.unwrap();
    assert_eq!(expired, 1);
    let after = balance_of(&app, "Northwind Systems").await;
    assert_eq!(after.available, before.available + approved);
    assert_eq!(after.committed, before.committed - approved);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM mdf_requests WHERE id = {id} AND status = 'expired'")).await, 1);
    // Running the jobs again changes nothing.
    assert_eq!(store::run_jobs(&app.state.db, "http://x").await.unwrap(), (0, 0, 0));

    // A claim for an activity that has not happened yet is refused.
    let r = app.call(&sam, "/api/mdf/request", &request_form("Future event", "1000", "500", (30, 31))).await;
    assert!(r.status().is_success() || r.status().is_redirection());
    let fut = request_id(&app, "Future event").await;
    let marco = app.login("manager@vendor.example").await;
    app.call(&marco, "/api/mdf/decide", &form(&[("id", &fut.to_string()), ("decision", "approve")])).await;
    upload(&app, &sam, fut, "invoice.pdf", b"%PDF-1.4\n%%EOF".to_vec()).await;
    let r = app.call(&sam, "/api/mdf/claim", &form(&[("id", &fut.to_string()), ("actual_cost", "1000")])).await;
    assert_eq!(r.status(), 409);

    // The period ends: what is available expires, commitments stay.
    let fund = app.scalar("SELECT f.id FROM mdf_funds f JOIN companies c ON c.id = f.company_id WHERE c.name = 'Tailspin Integrators'").await;
    let mut conn = app.state.db.pool.acquire().await.unwrap();
    let b = store::balance(&mut conn, fund).await.unwrap();
    drop(conn);
    sqlx::query(&format!("UPDATE mdf_funds SET ends_at = {} WHERE id = {fund}", partner_portal::server::now_ms() - 1))
        .execute(&app.state.db.pool).await.unwrap();
    let (_, funds, _) = store::run_jobs(&app.state.db, "http://x").await.unwrap();
    assert_eq!(funds, 1);
    let mut conn = app.state.db.pool.acquire().await.unwrap();
    let after = store::balance(&mut conn, fund).await.unwrap();
    assert_eq!(after.available, 0);
    assert_eq!(after.expired, b.available);
    assert_eq!(after.committed, b.committed);
    drop(conn);
    assert_ledgers_add_up(&app).await;
});

db_test!(
    /// The demo covers every status, every fund adds up, and another
    /// company's requests never reach a partner.
    demo_states_and_tenancy, |app| {
    use partner_portal::features::mdf::rules::MdfStatus;
    for s in MdfStatus::ALL {
        let n = app.scalar(&format!("SELECT COUNT(*) FROM mdf_requests WHERE status = '{}'", s.as_str())).await;
        assert!(n >= 1, "no demo request is {}", s.as_str());
    }
    assert_ledgers_add_up(&app).await;
    assert!(app.scalar("SELECT COUNT(*) FROM mdf_ledger WHERE kind = 'expiry'").await >= 1);
    let carla = app.login("carla@contoso-cloud.example").await;
    let id = app.scalar("SELECT id FROM mdf_requests WHERE title = 'Partner lunch & learn, Denver'").await;
    for (path, body) in [
        ("/api/mdf/get", format!("id={id}")),
        ("/api/mdf/cancel", format!("id={id}")),
        ("/api/mdf/claim", format!("id={id}&actual_cost=10")),
        ("/api/mdf/form", format!("id={id}")),
    ] {
        let r = app.call(&carla, path, &body).await;
        assert_eq!(r.status(), 404, "{path}");
    }
    for (path, body) in [("/api/mdf/list", "query[status]=all"), ("/api/mdf/fund", ""), ("/api/home/summary", "")] {
        let text = app.call(&carla, path, body).await.text().await.unwrap();
        for canary in ["Partner lunch", "Northwind", "LinkedIn campaign"] {
            assert!(!text.contains(canary), "{path} leaks {canary}");
        }
    }
    // The manager sees only assigned companies in queues and budgets.
    let marco = app.login("manager@vendor.example").await;
    let q = app.call(&marco, "/api/mdf/queue", "").await.text().await.unwrap();
    assert!(q.contains("Cloud security breakfast"));
    assert!(!q.contains("APAC partner webinar"), "Tailspin is not assigned");
    let budgets = app.call(&marco, "/api/mdf/budgets", "").await.text().await.unwrap();
    assert!(!budgets.contains("Tailspin"));
    // ROI: the paid request's won deal counts in last quarter.
    let admin = app.login("admin@vendor.example").await;
    let b: serde_json::Value = app.call(&admin, "/api/mdf/budgets", "").await.json().await.unwrap();
    let last = b["periods"].as_array().unwrap().iter().map(|p| p.as_str().unwrap().to_string()).find(|p| *p != b["period"]).unwrap();
    let roi: serde_json::Value = app.call(&admin, "/api/mdf/roi", &format!("period={last}")).await.json().await.unwrap();
    let row = &roi["by_company"][0];
    assert_eq!(row["label"], "Northwind Systems");
    assert!(row["won_cents"].as_i64().unwrap() > 0, "{roi}");
    // Bad input is a clear 4xx.
    for (path, body) in [
        ("/api/mdf/request", "activity_type=party&title=&starts_on=2026-13-40&ends_on=x&total_cost=-5&requested=0"),
        ("/api/mdf/roi", "period=yesterday"),
        ("/api/mdf/list", "query[status]=nonsense"),
    ] {
        let c = if path == "/api/mdf/request" { app.login("sam@northwind.example").await } else { admin.clone() };
        let r = app.call(&c, path, body).await;
        assert!([400, 422].contains(&r.status().as_u16()), "{path}: {}", r.status());
    }
});
