//! Deal registration over HTTP on both databases: the timed form, the
//! conflict check, racing registrations, approval, bad input, tenancy and
//! the background jobs.

use crate::helpers::*;

/// A valid registration form for `customer` at `domain` with one product.
pub(crate) async fn deal_form(
    app: &TestApp,
    customer: &str,
    domain: &str,
    extra: &[(&str, &str)],
) -> String {
    let product = app
        .scalar("SELECT id FROM products WHERE sku = 'NX-CORE'")
        .await
        .to_string();
    let close = partner_portal::shared::time::date_input_value(
        partner_portal::server::now_ms() + 30 * 86_400_000,
    );
    let mut pairs: Vec<(&str, String)> = vec![
        ("customer_name", customer.to_string()),
        ("customer_domain", domain.to_string()),
        ("contact_name", "Dana Buyer".into()),
        ("contact_email", "dana@buyer.example".into()),
        ("country", "US".into()),
        ("products[0]", product),
        ("value", "25,000".into()),
        ("currency", "USD".into()),
        ("close_date", close),
        ("deal_type", "new".into()),
        ("notes", "Replacing a legacy gateway.".into()),
    ];
    for (k, v) in extra {
        pairs.retain(|(key, _)| key != k);
        pairs.push((k, v.to_string()));
    }
    serde_urlencoded::to_string(&pairs).unwrap()
}

async fn deal_id(app: &TestApp, customer: &str) -> i64 {
    app.scalar(&format!(
        "SELECT MAX(id) FROM deals WHERE customer_name = '{customer}'"
    ))
    .await
}

db_test!(
    /// A partner registers a deal with the form's signed clock; the manager
    /// approves it; the partner is notified in the app and by e-mail and the
    /// deal carries its exclusivity date and full history.
    register_then_approve, |app| {
    let sam = app.login("sam@northwind.example").await;
    let form_json: serde_json::Value = app.call(&sam, "/api/deals/form", "").await.json().await.unwrap();
    let served_at = form_json["served_at"].as_i64().unwrap().to_string();
    let sig = form_json["served_sig"].as_str().unwrap().to_string();
    assert_eq!(form_json["company_name"], "Northwind Systems");
    let body = deal_form(&app, "Acme Robotics", "https://www.acme-robotics.com/", &[
        ("served_at", &served_at), ("served_sig", &sig), ("elapsed_ms", "4000"),
    ]).await;
    let r = app.call(&sam, "/api/deals/register", &body).await;
    assert!(r.status().is_success() || r.status().is_redirection(), "{}", r.status());
    let id = deal_id(&app, "Acme Robotics").await;
    assert_eq!(app.scalar(&format!("SELECT registration_ms FROM deals WHERE id = {id}")).await, 4000);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM deals WHERE id = {id} AND status = 'submitted' AND customer_domain = 'acme-robotics.com' AND value_cents = 2500000 AND sla_due_at IS NOT NULL")).await, 1);
    // The forged clock is ignored, not trusted.
    let forged = deal_form(&app, "Bluth Company", "bluth.com", &[
        ("served_at", "1"), ("served_sig", &sig), ("elapsed_ms", "999999999"),
    ]).await;
    app.call(&sam, "/api/deals/register", &forged).await;
    let bluth = deal_id(&app, "Bluth Company").await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM deals WHERE id = {bluth} AND registration_ms IS NULL")).await, 1);

    let marco = app.login("manager@vendor.example").await;
    let queue = app.call(&marco, "/api/deals/queue", "").await.text().await.unwrap();
    assert!(queue.contains("Acme Robotics"));
    let r = app.call(&marco, "/api/deals/decide", &form(&[("id", &id.to_string()), ("decision", "approve")])).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    let detail: serde_json::Value = app.call(&sam, "/api/deals/get", &format!("id={id}")).await.json().await.unwrap();
    assert_eq!(detail["status"], "approved");
    let until = detail["exclusive_until"].as_i64().unwrap();
    let days = (until - partner_portal::server::now_ms()) / 86_400_000;
    assert!((89..=90).contains(&days), "exclusive for {days} days");
    assert_eq!(detail["approver"], "VendorTeam", "partners do not see staff names");
    let kinds: Vec<&str> = detail["events"].as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["approved", "submitted"]);
    let sam_id = app.id_of_user("sam@northwind.example").await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {sam_id} AND kind = 'deal_approved' AND link = '/deals/{id}'")).await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox WHERE to_address = 'sam@northwind.example' AND subject LIKE 'Approved: Acme Robotics%'").await, 1);
    // A second approval is refused by the state machine.
    let again = app.call(&marco, "/api/deals/decide", &form(&[("id", &id.to_string()), ("decision", "approve")])).await;
    assert_eq!(again.status(), 409);
});

db_test!(
    /// The live check tells another partner that a registration exists and
    /// why, never who; the partner's own company gets a link to its deal.
    conflict_check_is_anonymous, |app| {
    let jonas = app.login("jonas@contoso-cloud.example").await;
    let body = form(&[("customer_name", "Umbrella Health Inc."), ("customer_domain", "http://umbrellahealth.com/contact")]);
    // Umbrella Health is won (not active): no conflict.
    let r = app.call(&jonas, "/api/deals/check", &body).await.text().await.unwrap();
    assert_eq!(r, "[]");
    let body = form(&[("customer_name", "The Globex Corp"), ("customer_domain", "globex.com")]);
    let r = app.call(&jonas, "/api/deals/check", &body).await.text().await.unwrap();
    // Contoso already registered Globex itself (demo data): a link to its own deal.
    assert!(r.contains("own_deal_id\":"), "{r}");
    let tariq = app.login("tariq@tailspin.example").await;
    let r = app.call(&tariq, "/api/deals/check", &body).await.text().await.unwrap();
    assert!(r.contains("SameDomain"), "{r}");
    assert!(r.contains("\"own_deal_id\":null"), "{r}");
    assert!(!r.contains("Northwind") && !r.contains("Contoso") && !r.contains("Hank"), "{r}");
    // A similar name without the domain.
    let r = app.call(&tariq, "/api/deals/check", &form(&[("customer_name", "Vandelay Industries Ltd"), ("customer_domain", "")])).await.text().await.unwrap();
    assert!(r.contains("SimilarName"), "{r}");
});

/// Who a registration told: the `deal_submitted` notifications' users (in
/// id order), the partner's notification kinds, and the mails that link
/// to the deal.
async fn told(app: &TestApp, id: i64) -> (Vec<i64>, Vec<String>, i64) {
    let link = format!("/deals/{id}");
    let rows =
        sqlx::query("SELECT user_id, kind FROM notifications WHERE link = $1 ORDER BY user_id, id")
            .bind(&link)
            .fetch_all(&app.state.db.pool)
            .await
            .unwrap();
    use sqlx::Row;
    let deciders = rows
        .iter()
        .filter(|r| r.get::<String, _>(1) == "deal_submitted")
        .map(|r| r.get(0))
        .collect();
    let partner = rows
        .iter()
        .filter(|r| r.get::<String, _>(1) != "deal_submitted")
        .map(|r| r.get(1))
        .collect();
    let mails = app
        // The link ends the mail (with or without a last line break):
        // "/deals/1" is not counted for "/deals/12".
        .scalar(&format!(
            "SELECT COUNT(*) FROM outbox WHERE body_text LIKE '%Open it in the partner portal:%{link}' \
             OR body_text LIKE '%Open it in the partner portal:%{link}\n'"
        ))
        .await;
    (deciders, partner, mails)
}

db_test!(
    /// A registration tells whoever decides it (the company's assigned
    /// managers; the vendor admins when none is assigned or a rule sends
    /// it to them) and the partner, each in the app and by e-mail, and
    /// earns its program's registration points; a company with no tier
    /// yet is given the default program's first.
    registration_tells_its_deciders_and_earns_points, |app| {
    let sam = app.login("sam@northwind.example").await;
    let northwind = app.id_of_company("Northwind Systems").await;
    let ids = |sql: String| {
        let app = app.clone();
        async move {
            use sqlx::Row;
            sqlx::query(&sql).fetch_all(&app.state.db.pool).await.unwrap().iter().map(|r| r.get::<i64, _>(0)).collect::<Vec<i64>>()
        }
    };
    let managers = ids(format!(
        "SELECT u.id FROM manager_assignments a JOIN users u ON u.id = a.manager_id \
         WHERE a.company_id = {northwind} AND u.status = 'active' ORDER BY u.id"
    )).await;
    let admins = ids("SELECT id FROM users WHERE role = 'vendor_admin' AND status = 'active' ORDER BY id".into()).await;
    assert!(!managers.is_empty() && !admins.is_empty());
    assert!(managers.iter().all(|m| !admins.contains(m)));
    let points = app.scalar(&format!(
        "SELECT CASE WHEN p.points_enabled = 1 THEN p.points_registered ELSE 0 END \
         FROM company_tiers ct JOIN programs p ON p.id = ct.program_id WHERE ct.company_id = {northwind}"
    )).await;
    assert!(points > 0, "the demo program gives points for a registration");
    let earned = |id: i64| {
        let app = app.clone();
        async move {
            app.scalar(&format!(
                "SELECT COALESCE(CAST(SUM(points) AS BIGINT), 0) FROM points \
                 WHERE deal_id = {id} AND kind = 'deal_registered' AND company_id = {northwind}"
            )).await
        }
    };
    let register = |customer: &'static str, domain: &'static str| {
        let app = app.clone();
        let sam = sam.clone();
        async move {
            let body = deal_form(&app, customer, domain, &[]).await;
            let r = app.call(&sam, "/api/deals/register", &body).await;
            assert!(r.status().is_success() || r.status().is_redirection(), "{}", r.status());
            deal_id(&app, customer).await
        }
    };

    // Assigned managers decide.
    let id = register("Kessel Run Freight", "kessel-run.example").await;
    assert_eq!(told(&app, id).await, (managers.clone(), vec!["deal_registered".to_string()], managers.len() as i64 + 1));
    assert_eq!(earned(id).await, points);

    // A rule sends every deal to the vendor admins.
    app.state.db.execute_one(sqlx::query(
        "INSERT INTO approval_rules (position, name, conflict, action, created_at, updated_at) \
         VALUES (0, 'Everything to the admins', 'any', 'route_admin', 0, 0)",
    )).await.unwrap();
    let id = register("Mos Eisley Cantina", "mos-eisley.example").await;
    assert_eq!(told(&app, id).await, (admins.clone(), vec!["deal_registered".to_string()], admins.len() as i64 + 1));
    app.state.db.execute_one(sqlx::query("DELETE FROM approval_rules WHERE name = 'Everything to the admins'")).await.unwrap();

    // No manager assigned: the admins decide.
    app.state.db.execute_one(sqlx::query(&format!("DELETE FROM manager_assignments WHERE company_id = {northwind}"))).await.unwrap();
    let id = register("Tosche Station Power", "tosche-station.example").await;
    assert_eq!(told(&app, id).await, (admins.clone(), vec!["deal_registered".to_string()], admins.len() as i64 + 1));
    assert_eq!(earned(id).await, points);

    // No tier membership yet: the registration makes one and earns its points.
    app.state.db.execute_one(sqlx::query(&format!("DELETE FROM company_tiers WHERE company_id = {northwind}"))).await.unwrap();
    let id = register("Lars Moisture Farm", "lars-farm.example").await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM company_tiers WHERE company_id = {northwind}")).await, 1);
    let first = app.scalar(&format!(
        "SELECT CASE WHEN p.points_enabled = 1 THEN p.points_registered ELSE 0 END \
         FROM company_tiers ct JOIN programs p ON p.id = ct.program_id WHERE ct.company_id = {northwind}"
    )).await;
    assert_eq!(earned(id).await, first);
    app.assert_rollups_exact().await;
});

db_test!(
    /// Two partners register the same customer at the same moment: the
    /// submit transaction serialises them, so exactly one is free of
    /// conflict (and auto-approved by the rule), the other is flagged.
    racing_registrations_one_exclusive, |app| {
    app.state.db.execute_one(sqlx::query(
        "INSERT INTO approval_rules (position, name, conflict, action, created_at, updated_at) \
         VALUES (1, 'Small deals without conflict', 'none', 'auto_approve', 0, 0)",
    )).await.unwrap();
    let tariq = app.login("tariq@tailspin.example").await;
    let carla = app.login("carla@contoso-cloud.example").await;
    let a = deal_form(&app, "Zephyr Aero", "zephyr-aero.com", &[]).await;
    let b = deal_form(&app, "Zephyr Aero GmbH", "www.zephyr-aero.com", &[]).await;
    let (ra, rb) = tokio::join!(
        app.call(&tariq, "/api/deals/register", &a),
        app.call(&carla, "/api/deals/register", &b),
    );
    assert!(ra.status().is_success() && rb.status().is_success(), "{} {}", ra.status(), rb.status());
    assert_eq!(app.scalar("SELECT COUNT(*) FROM deals WHERE customer_domain = 'zephyr-aero.com'").await, 2);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM deals WHERE customer_domain = 'zephyr-aero.com' AND status = 'approved'").await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM deals WHERE customer_domain = 'zephyr-aero.com' AND status = 'submitted' AND has_conflict = 1").await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM deal_conflicts c JOIN deals d ON d.id = c.deal_id WHERE d.customer_domain = 'zephyr-aero.com' AND c.reason = 'same_domain'").await, 1);
    // The vendor sees both sides; approving the second needs the explicit
    // "second partner" decision.
    let admin = app.login("admin@vendor.example").await;
    let second = app.scalar("SELECT id FROM deals WHERE customer_domain = 'zephyr-aero.com' AND status = 'submitted'").await;
    let detail: serde_json::Value = app.call(&admin, "/api/deals/get", &format!("id={second}")).await.json().await.unwrap();
    assert_eq!(detail["conflicts"].as_array().unwrap().len(), 1);
    let r = app.call(&admin, "/api/deals/decide", &form(&[("id", &second.to_string()), ("decision", "approve")])).await;
    assert_eq!(r.status(), 409);
    let r = app.call(&admin, "/api/deals/decide", &form(&[("id", &second.to_string()), ("decision", "approve_second")])).await;
    assert_eq!(r.status(), 200);
    assert_eq!(app.scalar(&format!("SELECT second_partner FROM deals WHERE id = {second}")).await, 1);
    // The same company registering again is refused with a pointer, at the
    // field that matched, and gets back what it typed (a page shown again
    // without JavaScript refills the form from it); nothing is written.
    let deals_before = app.scalar("SELECT COUNT(*) FROM deals").await;
    let again = app.call(&tariq, "/api/deals/register", &a).await;
    assert_eq!(again.status(), 422);
    let err: serde_json::Value = again.json().await.unwrap();
    let v = &err["Validation"];
    assert_eq!(v["message"]["key"], "deal-error-duplicate", "{err}");
    assert_eq!(v["fields"][0]["field"], "customer_domain", "{err}");
    let echoed = |k: &str| {
        v["values"].as_array().unwrap().iter().find(|p| p[0] == k).map(|p| p[1].as_str().unwrap().to_string())
    };
    assert_eq!(echoed("customer_name").as_deref(), Some("Zephyr Aero"), "{err}");
    assert_eq!(echoed("customer_domain").as_deref(), Some("zephyr-aero.com"), "{err}");
    assert_eq!(echoed("contact_name").as_deref(), Some("Dana Buyer"), "{err}");
    // The earlier deal is echoed for the form's link and named at the field.
    let first = app
        .scalar("SELECT d.id FROM deals d JOIN users u ON u.id = d.owner_user_id WHERE d.customer_domain = 'zephyr-aero.com' AND u.email = 'tariq@tailspin.example'")
        .await;
    assert_eq!(echoed("duplicate_of"), Some(first.to_string()), "{err}");
    let field_msg = &v["fields"][0]["message"];
    assert_eq!(field_msg["key"], "deal-error-duplicate-field", "{err}");
    assert_eq!(field_msg["args"], serde_json::json!([["id", {"Text": first.to_string()}], ["reason", {"Key": "deal-match-same-domain"}]]), "{err}");
    assert_eq!(v["message"]["args"], serde_json::json!([["id", {"Text": first.to_string()}]]), "{err}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM deals").await, deals_before);
    app.assert_rollups_exact().await;
});

db_test!(
    /// Bad input gets field errors, echoes what was typed and changes nothing.
    bad_input_changes_nothing, |app| {
    let sam = app.login("sam@northwind.example").await;
    let before = app.scalar("SELECT COUNT(*) FROM deals").await;
    let cases: Vec<(Vec<(&str, &str)>, &str)> = vec![
        (vec![("customer_name", "")], "customer_name"),
        (vec![("customer_domain", "not a domain")], "customer_domain"),
        (vec![("contact_email", "nobody")], "contact_email"),
        (vec![("value", "-5")], "value"),
        (vec![("value", "99999999999999")], "value"),
        (vec![("close_date", "2020-01-01")], "close_date"),
        (vec![("close_date", "someday")], "close_date"),
        (vec![("currency", "XXX")], "currency"),
        (vec![("products[0]", "999999")], "products"),
        (vec![("deal_type", "gift")], "deal_type"),
    ];
    for (extra, field) in cases {
        let body = deal_form(&app, "Input Check Ltd", "inputcheck.com", &extra).await;
        let r = app.call(&sam, "/api/deals/register", &body).await;
        assert_eq!(r.status(), 422, "{extra:?}");
        let text = r.text().await.unwrap();
        assert!(text.contains(&format!("\"field\":\"{field}\"")), "{field}: {text}");
        assert!(text.contains("Dana Buyer"), "typed values are echoed: {text}");
    }
    // No products at all.
    let body = deal_form(&app, "Input Check Ltd", "inputcheck.com", &[]).await;
    let body = body.split('&').filter(|p| !p.starts_with("products")).collect::<Vec<_>>().join("&");
    assert_eq!(app.call(&sam, "/api/deals/register", &body).await.status(), 422);
    // Notes too long for a field, and a 10 MB body refused at the door.
    let long = "x".repeat(5000);
    let body = deal_form(&app, "Input Check Ltd", "inputcheck.com", &[("notes", &long)]).await;
    let r = app.call(&sam, "/api/deals/register", &body).await;
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("\"field\":\"notes\""));
    assert_eq!(app.post_declared_length("/api/deals/register", 10 * 1024 * 1024).await, 413);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM deals").await, before);
    // A foreign deal id answers exactly like a missing one.
    let foreign = deal_id(&app, "Pacific Rim Foods").await;
    let a = app.call(&sam, "/api/deals/get", &format!("id={foreign}")).await;
    let b = app.call(&sam, "/api/deals/get", "id=99999999").await;
    assert_eq!((a.status().as_u16(), b.status().as_u16()), (404, 404));
    assert_eq!(a.text().await.unwrap(), b.text().await.unwrap());
    let w = app.call(&sam, "/api/deals/withdraw", &format!("id={foreign}")).await;
    assert_eq!(w.status(), 404);
});

db_test!(
    /// Partner users see their company's deals, or only their own when the
    /// company says so; lists never include another company.
    deal_visibility, |app| {
    let sam = app.login("sam@northwind.example").await;
    let all = app.call(&sam, "/api/deals/list", "").await.text().await.unwrap();
    assert!(all.contains("Initech LLC"), "Lena's deal is visible company-wide");
    assert!(!all.contains("Pacific Rim") && !all.contains("Bavaria"), "never another company's");
    sqlx::query("UPDATE companies SET deal_visibility = 'own' WHERE name = 'Northwind Systems'")
        .execute(&app.state.db.pool).await.unwrap();
    let own = app.call(&sam, "/api/deals/list", "").await.text().await.unwrap();
    assert!(own.contains("Globex") && !own.contains("Initech LLC"), "{own}");
    let lena_deal = deal_id(&app, "Initech LLC").await;
    assert_eq!(app.call(&sam, "/api/deals/get", &format!("id={lena_deal}")).await.status(), 404);
    let nora = app.login("nora@northwind.example").await;
    let admin_view = app.call(&nora, "/api/deals/list", "").await.text().await.unwrap();
    assert!(admin_view.contains("Initech LLC"));
    // Filters and sorting.
    let approved = app.call(&nora, "/api/deals/list", "query[status]=approved&query[sort]=value&query[asc]=true").await.text().await.unwrap();
    assert!(approved.contains("Globex") && !approved.contains("Initech LLC"), "{approved}");
    let expiring = app.call(&nora, "/api/deals/list", "query[expiring]=true").await.text().await.unwrap();
    assert!(expiring.contains("Vandelay") && !expiring.contains("Globex"), "{expiring}");
});

db_test!(
    /// The state machine through the API: reasons are required, "more
    /// information" returns the deal to the partner, outcomes close it, and
    /// the jobs expire, remind and escalate exactly once.
    lifecycle_and_jobs, |app| {
    let marco = app.login("manager@vendor.example").await;
    let initech = deal_id(&app, "Initech LLC").await;
    let r = app.call(&marco, "/api/deals/decide", &form(&[("id", &initech.to_string()), ("decision", "reject")])).await;
    assert_eq!(r.status(), 422, "a rejection needs a reason");
    let r = app.call(&marco, "/api/deals/decide", &form(&[("id", &initech.to_string()), ("decision", "info"), ("reason", "Which sites?")])).await;
    assert_eq!(r.status(), 200);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM deals WHERE id = {initech} AND status = 'draft'")).await, 1);
    let lena = app.login("lena@northwind.example").await;
    let r = app.call(&lena, "/api/deals/withdraw", &format!("id={initech}")).await;
    assert_eq!(r.status(), 200);
    // Won needs an approved deal and a sane amount.
    let globex = deal_id(&app, "Globex Corporation").await;
    let sam = app.login("sam@northwind.example").await;
    let r = app.call(&sam, "/api/deals/close", &form(&[("id", &globex.to_string()), ("outcome", "won"), ("final_value", "abc")])).await;
    assert_eq!(r.status(), 422);
    let r = app.call(&sam, "/api/deals/progress", &form(&[("id", &globex.to_string()), ("stage", "negotiation"), ("probability", "75")])).await;
    assert_eq!(r.status(), 200);
    assert_eq!(app.scalar(&format!("SELECT probability FROM deals WHERE id = {globex}")).await, 75);
    let r = app.call(&sam, "/api/deals/close", &form(&[("id", &globex.to_string()), ("outcome", "won"), ("final_value", "118000")])).await;
    assert_eq!(r.status(), 200);
    assert_eq!(app.scalar(&format!("SELECT final_value_cents FROM deals WHERE id = {globex}")).await, 11_800_000);

    // Jobs: the demo already ran them once; move a deal past its end, one
    // into the 14-day window and one pending past its SLA.
    let now = partner_portal::server::now_ms();
    let day = 86_400_000i64;
    let muller = deal_id(&app, "Müller Maschinenbau GmbH").await;
    let pacific = deal_id(&app, "Pacific Rim Foods").await;
    let lion = deal_id(&app, "Lion City Bank").await;
    for (sql, id) in [
        (format!("UPDATE deals SET exclusive_until = {} WHERE id = $1", now - 1000), muller),
        (format!("UPDATE deals SET exclusive_until = {}, reminded_days = NULL WHERE id = $1", now + 10 * day), pacific),
        (format!("UPDATE deals SET sla_due_at = {}, escalated_at = NULL WHERE id = $1", now - 1000), lion),
    ] {
        sqlx::query(&sql).bind(id).execute(&app.state.db.pool).await.unwrap();
    }
    let url = &app.state.config.public_url;
    let (expired, reminded, escalated) = partner_portal::features::deals::run_jobs(&app.state.db, url).await.unwrap();
    assert_eq!((expired, reminded, escalated), (1, 1, 1));
    assert_eq!(partner_portal::features::deals::run_jobs(&app.state.db, url).await.unwrap(), (0, 0, 0), "exactly once");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM deals WHERE id = {muller} AND status = 'expired'")).await, 1);
    assert_eq!(app.scalar(&format!("SELECT reminded_days FROM deals WHERE id = {pacific}")).await, 14);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM deal_events WHERE deal_id = {lion} AND kind = 'escalated'")).await, 1);
    let admin_id = app.id_of_user("admin@vendor.example").await;
    assert!(app.scalar(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {admin_id} AND kind = 'deal_escalated'")).await >= 1);
    // The audit chain is intact after all of this, and the dashboard's
    // rollups followed every decision, expiry and escalation.
    assert_eq!(partner_portal::server::audit::verify_chain(&app.state.db).await.unwrap(), None);
    app.assert_rollups_exact().await;
});

db_test!(
    /// "More information" returns a deal to the partner, who edits it
    /// through the same form; saving submits it again with a new SLA clock
    /// and the history shows what changed.
    edit_and_resubmit, |app| {
    let marco = app.login("manager@vendor.example").await;
    let id = deal_id(&app, "Initech LLC").await;
    let r = app.call(&marco, "/api/deals/decide", &form(&[("id", &id.to_string()), ("decision", "info"), ("reason", "How many seats?")])).await;
    assert_eq!(r.status(), 200);
    let lena = app.login("lena@northwind.example").await;
    let f: serde_json::Value = app.call(&lena, "/api/deals/form", &format!("id={id}")).await.json().await.unwrap();
    assert_eq!(f["edit"]["status"], "draft");
    let sam = app.login("sam@northwind.example").await;
    assert_eq!(app.call(&sam, "/api/deals/form", &format!("id={id}")).await.status(), 404, "not the owner, not an admin");
    let analytics = app.scalar("SELECT id FROM products WHERE sku = 'NX-ANL'").await.to_string();
    let body = deal_form(&app, "Initech LLC", "initech.com", &[("value", "52000"), ("products[0]", &analytics), ("deal_id", &id.to_string())]).await;
    let r = app.call(&lena, "/api/deals/register", &body).await;
    assert!(r.status().is_success() || r.status().is_redirection(), "{}", r.text().await.unwrap());
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM deals WHERE id = {id} AND status = 'submitted' AND value_cents = 5200000 AND escalated_at IS NULL")).await, 1);
    let detail: serde_json::Value = app.call(&lena, "/api/deals/get", &format!("id={id}")).await.json().await.unwrap();
    let ev = &detail["events"][0];
    assert_eq!(ev["kind"], "resubmitted");
    assert!(ev["changes"].to_string().contains("\"5200000 USD\""), "amounts stay values: {ev}");
    // Still conflicting with Contoso's Initech registration.
    assert_eq!(detail["has_conflict"], true);
    // A closed deal cannot be edited.
    let won = deal_id(&app, "Umbrella Health").await;
    let nora = app.login("nora@northwind.example").await;
    let body = deal_form(&app, "Umbrella Health", "umbrellahealth.com", &[("deal_id", &won.to_string())]).await;
    assert_eq!(app.call(&nora, "/api/deals/register", &body).await.status(), 409);
});

db_test!(
    /// One extension request per deal; a granted one moves the end date by
    /// the program's extension days.
    extension_once, |app| {
    let sam = app.login("sam@northwind.example").await;
    let id = deal_id(&app, "Globex Corporation").await;
    let before = app.scalar(&format!("SELECT exclusive_until FROM deals WHERE id = {id}")).await;
    let r = app.call(&sam, "/api/deals/request-extension", &form(&[("id", &id.to_string()), ("extension_reason", "")])).await;
    assert_eq!(r.status(), 422);
    let r = app.call(&sam, "/api/deals/request-extension", &form(&[("id", &id.to_string()), ("extension_reason", "Board meeting moved to March")])).await;
    assert_eq!(r.status(), 200);
    let queue = app.call(&app.login("manager@vendor.example").await, "/api/deals/queue", "").await.text().await.unwrap();
    assert!(queue.contains("\"kind\":\"extension\""), "{queue}");
    let marco = app.login("manager@vendor.example").await;
    let r = app.call(&marco, "/api/deals/decide-extension", &form(&[("id", &id.to_string()), ("grant", "true")])).await;
    assert_eq!(r.status(), 200);
    let after = app.scalar(&format!("SELECT exclusive_until FROM deals WHERE id = {id}")).await;
    assert_eq!(after - before, 30 * 86_400_000);
    let again = app.call(&sam, "/api/deals/request-extension", &form(&[("id", &id.to_string()), ("extension_reason", "Once more please")])).await;
    assert_eq!(again.status(), 409);
});

db_test!(
    /// Notifications belong to their user: the count, the list and marking
    /// read never touch anyone else's.
    notifications_are_private, |app| {
    let sam = app.login("sam@northwind.example").await;
    let unread: i64 = app.call(&sam, "/api/notifications/unread", "").await.json().await.unwrap();
    assert!(unread > 0, "demo approvals notified Sam");
    let list = app.call(&sam, "/api/notifications/list", "").await.text().await.unwrap();
    assert!(list.contains("Globex") && !list.contains("Bavaria"), "{list}");
    let carla_note = app.scalar("SELECT MAX(n.id) FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = 'carla@contoso-cloud.example'").await;
    app.call(&sam, "/api/notifications/read", &format!("id={carla_note}")).await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM notifications WHERE id = {carla_note} AND read_at IS NULL")).await, 1);
    assert_eq!(app.call(&sam, "/api/notifications/read", "").await.status(), 200);
    let unread: i64 = app.call(&sam, "/api/notifications/unread", "").await.json().await.unwrap();
    assert_eq!(unread, 0);
});

db_test!(
    /// Analytics cover the viewer's scope: the manager's figures leave out
    /// Tailspin, the admin's include it; medians come from stored times.
    analytics_by_scope, |app| {
    let admin = app.login("admin@vendor.example").await;
    let a: serde_json::Value = app.call(&admin, "/api/deals/analytics", "").await.json().await.unwrap();
    // The 90-day window leaves out Wayne Enterprises (registered 100 days
    // ago); the 14 others took 47 s .. 102 s, and the two registered from
    // demo leads 38 s and 74 s: median still 69 s.
    assert_eq!(a["registrations"], 16);
    assert_eq!(a["timed"], 16);
    assert_eq!(a["registration_median_ms"], 69_000);
    assert!(a["conflicts"].as_i64().unwrap() >= 4);
    let names: Vec<String> = a["per_company"].as_array().unwrap().iter().map(|c| c["company_name"].as_str().unwrap().to_string()).collect();
    assert!(names.contains(&"Tailspin Integrators".to_string()));
    let marco = app.login("manager@vendor.example").await;
    let m: serde_json::Value = app.call(&marco, "/api/deals/analytics", "").await.json().await.unwrap();
    // Tailspin's lead registration is not theirs; Northwind's is.
    assert_eq!(m["registrations"], 12);
    assert!(!m.to_string().contains("Tailspin"));
});

db_test!(
    /// The vendor admin's program settings, rules and products: bad input is
    /// refused at its field, good input takes effect on the next decision.
    program_administration, |app| {
    let admin = app.login("admin@vendor.example").await;
    let r = app.call(&admin, "/api/admin/deals/settings", &form(&[("exclusivity_days", "0"), ("sla_hours", "48"), ("extension_days", "30"), ("reminder_days", "14, x")])).await;
    assert_eq!(r.status(), 422);
    let text = r.text().await.unwrap();
    assert!(text.contains("\"field\":\"exclusivity_days\"") && text.contains("\"field\":\"reminder_days\""), "{text}");
    let r = app.call(&admin, "/api/admin/deals/settings", &form(&[("exclusivity_days", "60"), ("sla_hours", "24"), ("extension_days", "15"), ("reminder_days", "7, 21")])).await;
    assert_eq!(r.status(), 200);
    let cfg: serde_json::Value = app.call(&admin, "/api/admin/deals/config", "").await.json().await.unwrap();
    assert_eq!(cfg["exclusivity_days"], 60);
    assert_eq!(cfg["reminder_days"], "21, 7");
    assert_eq!(cfg["rules"].as_array().unwrap().len(), 2, "the demo rules");
    // A conflict can never be auto-approved.
    let r = app.call(&admin, "/api/admin/deals/rules/save", &form(&[("name", "Bad"), ("conflict", "conflict"), ("action", "auto_approve")])).await;
    assert_eq!(r.status(), 422);
    let r = app.call(&admin, "/api/admin/deals/rules/save", &form(&[("name", "Bad"), ("conflict", "any"), ("action", "route_admin"), ("min_value", "500"), ("max_value", "100")])).await;
    assert_eq!(r.status(), 422);
    // Duplicate SKU is a field error.
    let r = app.call(&admin, "/api/admin/products/save", &form(&[("sku", "nx-core"), ("name", "Copy"), ("active", "true")])).await;
    assert_eq!(r.status(), 422);
    let err: serde_json::Value = r.json().await.unwrap();
    assert_eq!(err["Validation"]["fields"][0]["message"]["key"], "error-sku-taken", "{err}");
    // Approvals now grant 60 days.
    let marco = app.login("manager@vendor.example").await;
    let id = deal_id(&app, "Initech LLC").await;
    app.call(&marco, "/api/deals/decide", &form(&[("id", &id.to_string()), ("decision", "approve_second")])).await;
    let until = app.scalar(&format!("SELECT exclusive_until FROM deals WHERE id = {id}")).await;
    let days = (until - partner_portal::server::now_ms()) / 86_400_000;
    assert!((59..=60).contains(&days), "{days}");
    // A retired product is no longer offered on the form.
    let edge = app.scalar("SELECT id FROM products WHERE sku = 'NX-EDGE'").await.to_string();
    app.call(&admin, "/api/admin/products/save", &form(&[("id", &edge), ("sku", "NX-EDGE"), ("name", "Nimbus Edge Appliance")])).await;
    let sam = app.login("sam@northwind.example").await;
    let f = app.call(&sam, "/api/deals/form", "").await.text().await.unwrap();
    assert!(!f.contains("NX-EDGE"), "{f}");
});

db_test!(
    /// The dashboard's daily rollups follow every kind of change to a deal
    /// or to points, whoever makes it (here plain SQL, as an operator or a
    /// job would): a win, a corrected value, a status moved back, a deal
    /// moved to another company or day, a deletion, and edits that touch
    /// nothing the rollups read.
    rollups_follow_every_change, |app| {
    app.assert_rollups_exact().await;
    let db = &app.state.db.pool;
    let run = |sql: String| async move {
        sqlx::query(&sql).execute(db).await.unwrap();
    };
    let now = partner_portal::server::now_ms();
    let day = 86_400_000;
    let sam = app.login("sam@northwind.example").await;
    let body = deal_form(&app, "Rollup Works Ltd", "rollup-works.com", &[]).await;
    let r = app.call(&sam, "/api/deals/register", &body).await;
    assert!(r.status().is_success(), "{}", r.status());
    let id = deal_id(&app, "Rollup Works Ltd").await;
    app.assert_rollups_exact().await;
    run(format!("UPDATE deals SET status = 'won', won_at = {now}, final_value_cents = 123456 WHERE id = {id}")).await;
    app.assert_rollups_exact().await;
    run(format!("UPDATE deals SET final_value_cents = 99 WHERE id = {id}")).await;
    run(format!("UPDATE deals SET won_at = {} WHERE id = {id}", now - 40 * day)).await;
    app.assert_rollups_exact().await;
    run(format!("UPDATE deals SET notes = 'only notes', stage = 'proposal' WHERE id = {id}")).await;
    run(format!("UPDATE deals SET status = status, currency = currency WHERE id = {id}")).await;
    app.assert_rollups_exact().await;
    let other = app.id_of_company("Contoso Cloud GmbH").await;
    run(format!("UPDATE deals SET company_id = {other}, currency = 'EUR' WHERE id = {id}")).await;
    app.assert_rollups_exact().await;
    run(format!("UPDATE deals SET status = 'withdrawn', exclusive_until = {now}, won_at = NULL WHERE id = {id}")).await;
    run(format!("UPDATE deals SET exclusive_until = NULL WHERE id = {id}")).await;
    run(format!("UPDATE deals SET has_conflict = 1, submitted_at = {} WHERE id = {id}", now - 400 * day)).await;
    app.assert_rollups_exact().await;
    run(format!("DELETE FROM deal_products WHERE deal_id = {id}")).await;
    run(format!("DELETE FROM deal_events WHERE deal_id = {id}")).await;
    run(format!("DELETE FROM deal_conflicts WHERE deal_id = {id} OR other_deal_id = {id}")).await;
    run(format!("DELETE FROM points WHERE deal_id = {id}")).await;
    run(format!("DELETE FROM deals WHERE id = {id}")).await;
    app.assert_rollups_exact().await;
    let company = app.id_of_company("Northwind Systems").await;
    run(format!("INSERT INTO points (company_id, kind, points, at) VALUES ({company}, 'training', 5, {now})")).await;
    run(format!("UPDATE points SET points = 8, at = {} WHERE kind = 'training' AND points = 5", now - 3 * day)).await;
    app.assert_rollups_exact().await;
    // A rebuild from scratch gives the same figures.
    partner_portal::server::rollups::rebuild(&app.state.db).await.unwrap();
    app.assert_rollups_exact().await;
});
