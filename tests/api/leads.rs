//! Leads over HTTP on both databases: distribution by the rules, the
//! hidden customer until acceptance, tenancy before and after
//! reassignment, rejection and the offer job moving a lead on, the
//! conflict hold, the round-robin turn under concurrency, and bad input.

use crate::helpers::*;

fn lead_form(customer: &str, region: &str, country: &str) -> String {
    form(&[
        ("customer_name", customer),
        (
            "customer_domain",
            &format!("{}.example", customer.to_lowercase().replace(' ', "-")),
        ),
        ("contact_name", "Pat Contact"),
        ("contact_email", "pat@customer.example"),
        ("contact_phone", "+1 555 0100"),
        ("contact_title", "CIO"),
        ("country", country),
        ("region", region),
        ("value", "42000"),
        ("currency", "USD"),
        ("source", "campaign"),
        ("notes", "Asked for a demo at the summit."),
    ])
}

async fn lead_id(app: &TestApp, customer: &str) -> i64 {
    app.scalar(&format!(
        "SELECT MAX(id) FROM leads WHERE customer_name = '{customer}'"
    ))
    .await
}

async fn get(app: &TestApp, who: &reqwest::Client, id: i64) -> (u16, serde_json::Value) {
    let r = app.call(who, "/api/leads/get", &format!("id={id}")).await;
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or_default())
}

async fn exec(app: &TestApp, sql: &str) {
    sqlx::query(sql).execute(&app.state.db.pool).await.unwrap();
}

fn ok(r: &reqwest::Response) -> bool {
    r.status().is_success() || r.status().is_redirection()
}

db_test!(
    /// A lead is offered by the region's rule with the customer hidden;
    /// accepted, the contact opens; another company never sees it, before
    /// or after staff move it; the offer's words carry no customer detail.
    offer_accept_and_tenancy, |app| {
    let admin = app.login("admin@vendor.example").await;
    let nora = app.login("nora@northwind.example").await;
    let carla = app.login("carla@contoso-cloud.example").await;
    let r = app.call(&admin, "/api/leads/create", &lead_form("Zenith Robotics", "North America", "US")).await;
    assert!(ok(&r), "{}", r.text().await.unwrap());
    let id = lead_id(&app, "Zenith Robotics").await;
    let northwind = app.id_of_company("Northwind Systems").await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM leads WHERE id = {id} AND status = 'offered' AND company_id = {northwind} AND offer_due_at > offered_at")).await, 1);

    let (status, d) = get(&app, &nora, id).await;
    assert_eq!(status, 200);
    assert_eq!(d["status"], "offered");
    assert!(d["customer_name"].is_null() && d["contact"].is_null() && d["notes"].is_null() && d["value_cents"].is_null(), "{d}");
    assert_eq!(d["size"], "medium");
    assert!(d["actions"]["answer"].as_bool().unwrap());
    let list: serde_json::Value = app.call(&nora, "/api/leads/list", "").await.json().await.unwrap();
    let row = list["items"].as_array().unwrap().iter().find(|r| r["id"] == id).expect("in the inbox").clone();
    assert!(row["customer_name"].is_null());
    // The offer's notification and e-mail never name the customer.
    let nora_id = app.id_of_user("nora@northwind.example").await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {nora_id} AND kind = 'lead_offered' AND link = '/leads/{id}'")).await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM notifications WHERE title_msg LIKE '%Zenith%' OR body_msg LIKE '%Zenith%'").await, 0);
    assert!(app.scalar("SELECT COUNT(*) FROM outbox WHERE to_address = 'nora@northwind.example' AND kind LIKE '%lead%'").await + app.scalar("SELECT COUNT(*) FROM outbox WHERE to_address = 'nora@northwind.example' AND subject LIKE '%New lead%'").await >= 1, "the offer was e-mailed");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox WHERE subject LIKE '%Zenith%' OR body_text LIKE '%Zenith%' OR body_text LIKE '%pat@customer%'").await, 0);

    // Another company: exactly like a missing lead, and audited.
    assert_eq!(get(&app, &carla, id).await.0, 404);
    let r = app.call(&carla, "/api/leads/answer", &form(&[("id", &id.to_string()), ("version", "0"), ("answer", "accept")])).await;
    assert_eq!(r.status(), 404);

    // A stale version changes nothing; the current one accepts.
    let version = d["version"].as_i64().unwrap();
    let r = app.call(&nora, "/api/leads/answer", &form(&[("id", &id.to_string()), ("version", &(version - 1).to_string()), ("answer", "accept")])).await;
    assert_eq!(r.status(), 409);
    let r = app.call(&nora, "/api/leads/answer", &form(&[("id", &id.to_string()), ("version", &version.to_string()), ("answer", "accept")])).await;
    assert!(ok(&r), "{}", r.text().await.unwrap());
    let (_, d) = get(&app, &nora, id).await;
    assert_eq!(d["status"], "accepted");
    assert_eq!(d["customer_name"], "Zenith Robotics");
    assert_eq!(d["contact"]["email"], "pat@customer.example");
    assert_eq!(d["assignee_name"], "Nora Winters");

    // Work it, then staff move it to Contoso: Northwind loses it.
    let version = d["version"].as_i64().unwrap().to_string();
    let r = app.call(&nora, "/api/leads/work", &form(&[("id", &id.to_string()), ("version", &version), ("step", "contacted")])).await;
    assert!(ok(&r));
    let (_, d) = get(&app, &admin, id).await;
    let contoso = app.id_of_company("Contoso Cloud GmbH").await;
    let r = app.call(&admin, "/api/leads/assign", &form(&[("id", &id.to_string()), ("version", &d["version"].to_string()), ("company_id", &contoso.to_string())])).await;
    assert!(ok(&r), "{}", r.text().await.unwrap());
    assert_eq!(get(&app, &nora, id).await.0, 404, "after reassignment");
    let (status, d) = get(&app, &carla, id).await;
    assert_eq!(status, 200);
    assert_eq!(d["status"], "offered");
    assert!(d["customer_name"].is_null(), "hidden again for the new company");
    // Contoso's history holds only its own lines.
    let events = d["events"].as_array().unwrap();
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {nora_id} AND kind = 'lead_withdrawn'")).await, 1);
    assert!(app.scalar(&format!("SELECT COUNT(*) FROM audit_log WHERE object_type = 'lead' AND object_id = '{id}'")).await >= 4);
    // The staff's first screen counts it: the demo's offers and queue, in scope.
    let home: serde_json::Value = app.call(&admin, "/api/home/summary", "").await.json().await.unwrap();
    let leads = &home["Vendor"]["leads"];
    assert_eq!(leads["offered"].as_i64().unwrap(), app.scalar("SELECT COUNT(*) FROM leads WHERE status = 'offered'").await, "{leads}");
    assert_eq!(leads["queue"].as_i64().unwrap(), app.scalar("SELECT COUNT(*) FROM leads WHERE status IN ('queued','returned')").await, "{leads}");
    // A partner may not create leads or assign them.
    let r = app.call(&nora, "/api/leads/create", &lead_form("Nope Inc", "North America", "US")).await;
    assert_eq!(r.status(), 403);
});

db_test!(
    /// Round robin among two companies of a region; a rejection moves the
    /// lead to the other; the offer job moves a lapsed offer on and, with
    /// every company passed, back to the queue; reminders go once.
    reject_and_timeout_move_on, |app| {
    exec(&app, "UPDATE companies SET region = 'North America' WHERE name = 'Contoso Cloud GmbH'").await;
    let admin = app.login("admin@vendor.example").await;
    let nora = app.login("nora@northwind.example").await;
    let carla = app.login("carla@contoso-cloud.example").await;
    let northwind = app.id_of_company("Northwind Systems").await;
    let contoso = app.id_of_company("Contoso Cloud GmbH").await;
    let mut holders = Vec::new();
    for name in ["Rr One", "Rr Two"] {
        let r = app.call(&admin, "/api/leads/create", &lead_form(name, "North America", "US")).await;
        assert!(ok(&r));
        holders.push(app.scalar(&format!("SELECT company_id FROM leads WHERE id = {}", lead_id(&app, name).await)).await);
    }
    holders.sort();
    let mut both = vec![northwind, contoso];
    both.sort();
    assert_eq!(holders, both, "took turns");

    let r = app.call(&admin, "/api/leads/create", &lead_form("Bounce Ltd", "North America", "US")).await;
    assert!(ok(&r));
    let id = lead_id(&app, "Bounce Ltd").await;
    let first = app.scalar(&format!("SELECT company_id FROM leads WHERE id = {id}")).await;
    let (who, other) = if first == northwind { (&nora, contoso) } else { (&carla, northwind) };
    let version = app.scalar(&format!("SELECT version FROM leads WHERE id = {id}")).await.to_string();
    // A reason is required; "other" needs a note.
    let r = app.call(who, "/api/leads/answer", &form(&[("id", &id.to_string()), ("version", &version), ("answer", "reject")])).await;
    assert_eq!(r.status(), 422);
    let r = app.call(who, "/api/leads/answer", &form(&[("id", &id.to_string()), ("version", &version), ("answer", "reject"), ("reason", "other")])).await;
    assert_eq!(r.status(), 422);
    let r = app.call(who, "/api/leads/answer", &form(&[("id", &id.to_string()), ("version", &version), ("answer", "reject"), ("reason", "not_our_region")])).await;
    assert!(ok(&r), "{}", r.text().await.unwrap());
    assert_eq!(app.scalar(&format!("SELECT company_id FROM leads WHERE id = {id} AND status = 'offered'")).await, other);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM lead_events WHERE lead_id = {id} AND kind = 'rejected' AND reason = 'not_our_region' AND company_id = {first}")).await, 1);
    assert_eq!(get(&app, who, id).await.0, 404, "the rejecting company no longer sees it");

    // Four hours before the deadline: one reminder, however often the job runs.
    let url = "http://portal.test";
    let now = partner_portal::server::now_ms();
    exec(&app, &format!("UPDATE leads SET offer_due_at = {} WHERE id = {id}", now + 4 * 3_600_000)).await;
    let (_, reminded) = partner_portal::features::leads::run_jobs(&app.state.db, url).await.unwrap();
    assert!(reminded >= 1);
    assert_eq!(partner_portal::features::leads::run_jobs(&app.state.db, url).await.unwrap().1, 0, "once");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM notifications WHERE kind = 'lead_reminder' AND link = '/leads/{id}'")).await, app.scalar(&format!("SELECT COUNT(*) FROM users WHERE company_id = {other} AND role = 'partner_admin' AND status = 'active'")).await);

    // Past the deadline: the job times it out; both passed, so it queues.
    exec(&app, &format!("UPDATE leads SET offer_due_at = {} WHERE id = {id}", now - 1)).await;
    let (timed_out, _) = partner_portal::features::leads::run_jobs(&app.state.db, url).await.unwrap();
    assert!(timed_out >= 1);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM leads WHERE id = {id} AND status = 'queued' AND company_id IS NULL")).await, 1);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM lead_events WHERE lead_id = {id} AND kind = 'timed_out' AND company_id = {other}")).await, 1);
    assert_eq!(partner_portal::features::leads::run_jobs(&app.state.db, url).await.unwrap().0, 0, "exactly once");
    // Staff see it in the queue with the whole history.
    let list: serde_json::Value = app.call(&admin, "/api/leads/list", "query[status]=queue").await.json().await.unwrap();
    assert!(list["items"].as_array().unwrap().iter().any(|r| r["id"] == id));
    let (_, d) = get(&app, &admin, id).await;
    assert!(d["events"].as_array().unwrap().len() >= 5, "{d}");
});

db_test!(
    /// Two leads handed out by the same round-robin rule at the same
    /// moment go to different companies: the turn is a locked row.
    round_robin_turn_is_locked, |app| {
    exec(&app, "UPDATE companies SET region = 'North America' WHERE name = 'Contoso Cloud GmbH'").await;
    let admin = app.login("admin@vendor.example").await;
    let admin2 = app.login("admin@vendor.example").await;
    for round in 0..3 {
        let (a, b) = (format!("Race A{round}"), format!("Race B{round}"));
        let (fa, fb) = (lead_form(&a, "North America", "US"), lead_form(&b, "North America", "US"));
        let (ra, rb) = tokio::join!(
            app.call(&admin, "/api/leads/create", &fa),
            app.call(&admin2, "/api/leads/create", &fb),
        );
        assert!(ok(&ra) && ok(&rb));
        let ca = app.scalar(&format!("SELECT company_id FROM leads WHERE id = {}", lead_id(&app, &a).await)).await;
        let cb = app.scalar(&format!("SELECT company_id FROM leads WHERE id = {}", lead_id(&app, &b).await)).await;
        assert_ne!(ca, cb, "round {round}: both got the same turn");
    }
});

db_test!(
    /// A customer another partner has registered is held in the staff
    /// queue, never offered; bad input gets field errors and adds nothing.
    held_and_bad_input, |app| {
    let admin = app.login("admin@vendor.example").await;
    let r = app.call(&admin, "/api/leads/create", &lead_form("Lion City Bank", "APAC", "SG")).await;
    assert!(ok(&r));
    let id = lead_id(&app, "Lion City Bank").await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM leads WHERE id = {id} AND status = 'queued' AND conflict_deal_id IS NOT NULL")).await, 1);
    let (_, d) = get(&app, &admin, id).await;
    assert_eq!(d["held"]["company_name"], "Tailspin Integrators");

    let before = app.scalar("SELECT COUNT(*) FROM leads").await;
    let events = app.scalar("SELECT COUNT(*) FROM lead_events").await;
    let script = "<script>alert(1)</script>";
    let bad = form(&[
        ("customer_name", script),
        ("contact_name", script),
        ("contact_email", script),
        ("contact_phone", script),
        ("contact_title", &"x".repeat(500)),
        ("country", script),
        ("region", "Atlantis"),
        ("product_id", "999999"),
        ("value", script),
        ("currency", "XXX"),
        ("source", script),
        ("notes", &"n".repeat(5000)),
    ]);
    let r = app.call(&admin, "/api/leads/create", &bad).await;
    assert_eq!(r.status(), 422);
    let body: serde_json::Value = r.json().await.unwrap();
    let fields: Vec<&str> = body["Validation"]["fields"].as_array().unwrap().iter().filter_map(|x| x["field"].as_str()).collect();
    for f in ["contact_email", "contact_phone", "contact_title", "country", "region", "product_id", "value", "currency", "source", "notes"] {
        assert!(fields.contains(&f), "{f} in {body}");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM leads").await, before);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM lead_events").await, events);
    // A 10 MB message is refused before it is read.
    assert_eq!(app.post_declared_length("/api/leads/create", 10 * 1024 * 1024).await, 413);
    // Rules: a named rule without its company, hours out of range.
    let r = app.call(&admin, "/api/leads/rules/add", &form(&[("name", "Bad"), ("strategy", "named"), ("accept_hours", "9999")])).await;
    assert_eq!(r.status(), 422);
    let body: serde_json::Value = r.json().await.unwrap();
    let fields: Vec<&str> = body["Validation"]["fields"].as_array().unwrap().iter().filter_map(|x| x["field"].as_str()).collect();
    assert!(fields.contains(&"company_id") && fields.contains(&"accept_hours"), "{body}");
});

db_test!(
    /// A worked lead opens the registration form filled in (nothing
    /// retyped); registering it converts the lead and the deal records it.
    /// Before acceptance, or for another company, the form is empty and a
    /// registration may not claim the lead.
    convert_to_registration, |app| {
    let admin = app.login("admin@vendor.example").await;
    let nora = app.login("nora@northwind.example").await;
    let carla = app.login("carla@contoso-cloud.example").await;
    let r = app.call(&admin, "/api/leads/create", &lead_form("Convert Works", "North America", "US")).await;
    assert!(ok(&r));
    let id = lead_id(&app, "Convert Works").await;
    let form_for = |who: &reqwest::Client| {
        let who = who.clone();
        let app = app.clone();
        async move {
            let v: serde_json::Value = app.call(&who, "/api/deals/form", &format!("lead={id}")).await.json().await.unwrap();
            v
        }
    };
    assert!(form_for(&nora).await["from_lead"].is_null(), "not before acceptance");
    let version = app.scalar(&format!("SELECT version FROM leads WHERE id = {id}")).await.to_string();
    let r = app.call(&nora, "/api/leads/answer", &form(&[("id", &id.to_string()), ("version", &version), ("answer", "accept")])).await;
    assert!(ok(&r));
    let f = form_for(&nora).await;
    let values = f["from_lead"]["values"].as_array().unwrap().clone();
    let value = |k: &str| values.iter().find(|p| p[0] == k).map(|p| p[1].as_str().unwrap().to_string()).unwrap_or_default();
    assert_eq!(value("customer_name"), "Convert Works");
    assert_eq!(value("contact_email"), "pat@customer.example");
    assert_eq!(value("value"), "42000");
    assert!(form_for(&carla).await["from_lead"].is_null(), "another company");

    let product = app.scalar("SELECT id FROM products WHERE sku = 'NX-CORE'").await.to_string();
    let close = partner_portal::shared::time::date_input_value(partner_portal::server::now_ms() + 30 * 86_400_000);
    let body = |lead: &str| form(&[
        ("customer_name", &value("customer_name")),
        ("customer_domain", &value("customer_domain")),
        ("contact_name", &value("contact_name")),
        ("contact_email", &value("contact_email")),
        ("country", &value("country")),
        ("products[0]", &product),
        ("value", &value("value")),
        ("currency", &value("currency")),
        ("close_date", &close),
        ("deal_type", "new"),
        ("lead_id", lead),
    ]);
    // Contoso may not claim Northwind's lead.
    let deals = app.scalar("SELECT COUNT(*) FROM deals").await;
    let r = app.call(&carla, "/api/deals/register", &body(&id.to_string())).await;
    assert_eq!(r.status(), 409);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM deals").await, deals);
    let r = app.call(&nora, "/api/deals/register", &body(&id.to_string())).await;
    assert!(ok(&r), "{}", r.text().await.unwrap());
    let deal = app.scalar("SELECT MAX(id) FROM deals WHERE customer_name = 'Convert Works'").await;
    assert_eq!(app.scalar(&format!("SELECT lead_id FROM deals WHERE id = {deal}")).await, id);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM leads WHERE id = {id} AND status = 'converted' AND converted_deal_id = {deal}")).await, 1);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM lead_events WHERE lead_id = {id} AND kind = 'converted'")).await, 1);
    let d: serde_json::Value = app.call(&nora, "/api/deals/get", &format!("id={deal}")).await.json().await.unwrap();
    assert_eq!(d["lead_id"], id);
    // Converted: a second registration from it is refused.
    let r = app.call(&nora, "/api/deals/register", &body(&id.to_string())).await;
    assert_eq!(r.status(), 409);
    app.assert_rollups_exact().await;
});

db_test!(
    /// A lead CSV: every line checked in the preview (nothing created while
    /// any line is bad), then all created and handed out in one go, once;
    /// another staff member's batch reads as missing; a file upload works
    /// like pasted lines.
    csv_import_all_or_nothing, |app| {
    let admin = app.login("admin@vendor.example").await;
    let marco = app.login("manager@vendor.example").await;
    let before = app.scalar("SELECT COUNT(*) FROM leads").await;
    // A binary file (a NUL byte) is refused at the field; nothing is kept.
    let batches = app.scalar("SELECT COUNT(*) FROM import_batches").await;
    let r = app.call(&admin, "/api/leads/import/stage", &form(&[("csv", "company,contact\nAcme\0,x\n")])).await;
    assert_eq!(r.status(), 422);
    let text = r.text().await.unwrap();
    assert!(text.contains("error-import-not-text"), "{text}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM import_batches").await, batches);
    let bad = "company,contact_name,contact_email,country,region,product,value\n\
               Csv Alpha,Ann Alpha,ann@alpha.example,US,North America,NX-CORE,1000\n\
               Csv Beta,Bob Beta,not-an-email,US,Atlantis,NOPE,abc\n";
    let r = app.call(&admin, "/api/leads/import/stage", &form(&[("csv", bad)])).await;
    assert!(ok(&r), "{}", r.text().await.unwrap());
    let batch = app.scalar("SELECT MAX(id) FROM import_batches WHERE kind = 'leads'").await;
    let p: serde_json::Value = app.call(&admin, "/api/leads/import/preview", &format!("batch={batch}")).await.json().await.unwrap();
    let rows = p["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert!(rows[0]["errors"].as_array().unwrap().is_empty(), "{p}");
    let columns: Vec<&str> = rows[1]["errors"].as_array().unwrap().iter().map(|e| e[0].as_str().unwrap()).collect();
    for c in ["contact_email", "region", "product", "value"] {
        assert!(columns.contains(&c), "{c} in {columns:?}");
    }
    let r = app.call(&admin, "/api/leads/import/apply", &format!("batch_id={batch}")).await;
    assert_eq!(r.status(), 422);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM leads").await, before, "nothing while a line is bad");

    // Corrected, uploaded as a file.
    let good = "company;contact_name;contact_email;country;region;product;value;source\n\
                Csv Alpha;Ann Alpha;ann@alpha.example;US;North America;NX-CORE;1000;event\n\
                Csv Gamma;Gil Gamma;gil@gamma.example;BR;Latin America;Nimbus Analytics;;web form\n";
    let part = reqwest::multipart::Part::bytes(good.as_bytes().to_vec()).file_name("leads.csv");
    let res = admin
        .post(app.url("/api/leads/import/upload"))
        .header("origin", app.url(""))
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201, "{}", res.text().await.unwrap());
    let batch = app.scalar("SELECT MAX(id) FROM import_batches WHERE kind = 'leads'").await;
    // Another staff member's batch reads as missing.
    let r = app.call(&marco, "/api/leads/import/preview", &format!("batch={batch}")).await;
    assert_eq!(r.status(), 404);
    let r = app.call(&marco, "/api/leads/import/apply", &format!("batch_id={batch}")).await;
    assert_eq!(r.status(), 404);
    let r = app.call(&admin, "/api/leads/import/apply", &format!("batch_id={batch}")).await;
    assert!(ok(&r), "{}", r.text().await.unwrap());
    assert_eq!(app.scalar("SELECT COUNT(*) FROM leads").await, before + 2);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM leads WHERE customer_name = 'Csv Alpha' AND status = 'offered'").await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM leads WHERE customer_name = 'Csv Gamma' AND status = 'queued' AND source = 'web_form'").await, 1);
    // Once.
    let r = app.call(&admin, "/api/leads/import/apply", &format!("batch_id={batch}")).await;
    assert_eq!(r.status(), 409);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM leads").await, before + 2);
    // Too many lines: the file as a whole is refused.
    let mut big = String::from("company,contact_name,contact_email,country,region\n");
    for i in 0..2001 {
        big.push_str(&format!("Big {i},N,n{i}@big.example,US,North America\n"));
    }
    // Pasted lines stay within a form's 64 KB; a file may hold more.
    assert_eq!(app.post_declared_length("/api/leads/import/stage", big.len() + 100).await, 413);
    let part = reqwest::multipart::Part::bytes(big.into_bytes()).file_name("big.csv");
    let res = admin
        .post(app.url("/api/leads/import/upload"))
        .header("origin", app.url(""))
        .multipart(reqwest::multipart::Form::new().part("file", part))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let batch = app.scalar("SELECT MAX(id) FROM import_batches WHERE kind = 'leads'").await;
    let p: serde_json::Value = app.call(&admin, "/api/leads/import/preview", &format!("batch={batch}")).await.json().await.unwrap();
    assert_eq!(p["error"]["key"], "error-import-too-many", "{}", p["error"]);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM leads").await, before + 2);
});

db_test!(
    /// A lead's life moves the figures: the accepted, registered and won
    /// lead counts for its partner, region and source, with what it was won
    /// for; the dashboard moves the deal from nothing to vendor-sourced
    /// pipeline, then to vendor-sourced won revenue, and partner-sourced
    /// stays where it was. A channel manager's figures hold only their
    /// companies; the CSV holds every line; a bad breakdown is refused.
    figures_follow_the_lead, |app| {
    let admin = app.login("admin@vendor.example").await;
    let nora = app.login("nora@northwind.example").await;
    let figures = |who: reqwest::Client| {
        let app = app.clone();
        async move {
            let r = app.call(&who, "/api/leads/figures", "days=30&currency=USD").await;
            assert_eq!(r.status(), 200);
            r.json::<serde_json::Value>().await.unwrap()
        }
    };
    let dash = || {
        let app = app.clone();
        let admin = admin.clone();
        async move {
            let r = app.call(&admin, "/api/dashboard/vendor", "period=quarter&currency=USD&refresh=1").await;
            assert_eq!(r.status(), 200);
            r.json::<serde_json::Value>().await.unwrap()["sourcing"].clone()
        }
    };
    let n = |v: &serde_json::Value| v.as_i64().unwrap_or(0);
    let northwind = app.id_of_company("Northwind Systems").await.to_string();
    let row = |f: &serde_json::Value, list: &str, key: &str| {
        f[list].as_array().unwrap().iter().find(|r| r["key"] == key).cloned().unwrap_or_default()
    };
    let before = figures(admin.clone()).await;
    let dash_before = dash().await;

    let mut lead = lead_form("Figure Works", "North America", "US");
    lead = lead.replace("value=42000", "value=4000");
    let r = app.call(&admin, "/api/leads/create", &lead).await;
    assert!(ok(&r), "{}", r.text().await.unwrap());
    let id = lead_id(&app, "Figure Works").await;
    let version = app.scalar(&format!("SELECT version FROM leads WHERE id = {id}")).await.to_string();
    let r = app.call(&nora, "/api/leads/answer", &form(&[("id", &id.to_string()), ("version", &version), ("answer", "accept")])).await;
    assert!(ok(&r));
    let product = app.scalar("SELECT id FROM products WHERE sku = 'NX-CORE'").await.to_string();
    let close = partner_portal::shared::time::date_input_value(partner_portal::server::now_ms() + 30 * 86_400_000);
    let r = app.call(&nora, "/api/deals/register", &form(&[
        ("customer_name", "Figure Works"), ("customer_domain", "figure-works.example"),
        ("contact_name", "Pat Contact"), ("contact_email", "pat@customer.example"), ("country", "US"),
        ("products[0]", &product), ("value", "4000"), ("currency", "USD"), ("close_date", &close),
        ("deal_type", "new"), ("lead_id", &id.to_string()),
    ])).await;
    assert!(ok(&r), "{}", r.text().await.unwrap());
    let deal = app.scalar(&format!("SELECT id FROM deals WHERE lead_id = {id}")).await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM deals WHERE id = {deal} AND status = 'approved'")).await, 1, "small deals are approved by the demo's rule");
    let open = dash().await;
    assert_eq!(n(&open["vendor_open"]), n(&dash_before["vendor_open"]) + 400_000, "{open}");
    assert_eq!(n(&open["vendor_open_deals"]), n(&dash_before["vendor_open_deals"]) + 1);
    assert_eq!(n(&open["partner_open"]), n(&dash_before["partner_open"]), "{open}");

    let r = app.call(&nora, "/api/deals/close", &form(&[("id", &deal.to_string()), ("outcome", "won"), ("final_value", "4500")])).await;
    assert!(ok(&r), "{}", r.text().await.unwrap());
    assert_eq!(app.scalar(&format!("SELECT won_value_cents FROM leads WHERE id = {id}")).await, 450_000);
    let won = dash().await;
    assert_eq!(n(&won["vendor_won"]), n(&dash_before["vendor_won"]) + 450_000, "{won}");
    assert_eq!(n(&won["vendor_won_deals"]), n(&dash_before["vendor_won_deals"]) + 1);
    assert_eq!(n(&won["partner_won"]), n(&dash_before["partner_won"]), "{won}");
    assert_eq!(n(&won["vendor_open"]), n(&dash_before["vendor_open"]), "no longer open");

    let after = figures(admin.clone()).await;
    for (list, key) in [("by_partner", northwind.as_str()), ("by_region", "North America"), ("by_source", "campaign")] {
        let (b, a) = (row(&before, list, key), row(&after, list, key));
        assert_eq!(n(&a["offered"]), n(&b["offered"]) + 1, "{list} {a}");
        assert_eq!(n(&a["accepted"]), n(&b["accepted"]) + 1, "{list} {a}");
        assert_eq!(n(&a["converted"]), n(&b["converted"]) + 1, "{list} {a}");
        assert_eq!(n(&a["won_deals"]), n(&b["won_deals"]) + 1, "{list} {a}");
        assert_eq!(n(&a["won_cents"]), n(&b["won_cents"]) + 450_000, "{list} {a}");
        assert!(a["accept_median_ms"].is_i64(), "{list} {a}");
    }
    assert_eq!(row(&after, "by_partner", &northwind)["name"], "Northwind Systems");
    assert_eq!(n(&after["total"]["won_cents"]), n(&before["total"]["won_cents"]) + 450_000);
    // In another currency the lead's revenue does not count.
    let eur: serde_json::Value = app.call(&admin, "/api/leads/figures", "days=30&currency=EUR").await.json().await.unwrap();
    assert_eq!(eur["currency"], "EUR");
    assert_eq!(n(&row(&eur, "by_partner", &northwind)["won_cents"]), 0);
    // A period the page does not offer falls back to 90 days.
    let odd: serde_json::Value = app.call(&admin, "/api/leads/figures", "days=7").await.json().await.unwrap();
    assert_eq!(odd["days"], 90);

    // The channel manager counts only their companies.
    let marco = app.login("manager@vendor.example").await;
    let managed: Vec<String> = sqlx::query_scalar::<_, i64>("SELECT company_id FROM manager_assignments WHERE manager_id = (SELECT id FROM users WHERE email = 'manager@vendor.example')")
        .fetch_all(&app.state.db.pool).await.unwrap().iter().map(|i| i.to_string()).collect();
    let mine = figures(marco.clone()).await;
    for r in mine["by_partner"].as_array().unwrap() {
        assert!(managed.contains(&r["key"].as_str().unwrap().to_string()), "{r}");
    }
    // Partners may not read them.
    assert_eq!(app.call(&nora, "/api/leads/figures", "days=30").await.status(), 403);

    // Every line to CSV, in the exporter's language; a bad breakdown is refused.
    let csv = admin.get(app.url("/api/leads/figures/export?by=partner&days=30&currency=USD")).send().await.unwrap();
    assert_eq!(csv.status(), 200);
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let text = csv.text().await.unwrap();
    assert!(text.contains("Northwind Systems") && text.contains("Acceptance rate (%)"), "{text}");
    for by in ["region", "source"] {
        let r = admin.get(app.url(&format!("/api/leads/figures/export?by={by}&days=365"))).send().await.unwrap();
        assert_eq!(r.status(), 200);
    }
    let bad = admin.get(app.url("/api/leads/figures/export?by=nope")).send().await.unwrap();
    assert_eq!(bad.status(), 400);
    assert_eq!(nora.get(app.url("/api/leads/figures/export?by=partner")).send().await.unwrap().status(), 403);
    app.assert_rollups_exact().await;
});
