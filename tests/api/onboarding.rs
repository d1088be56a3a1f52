//! Recruitment over HTTP on both databases: a company applies (bots and
//! bad input keep nothing, the answer never tells who is known, each
//! address is throttled), confirms its e-mail, is vetted with its likely
//! duplicates, approved into the entry tier with its manager and invited
//! as partner admin, who signs in; or declined with the reason e-mailed.

use crate::helpers::*;

/// A form clock served `ago_ms` ago, signed as the server signs it.
async fn stamp(app: &TestApp, ago_ms: i64) -> (String, String) {
    let key = partner_portal::server::form_clock::key(&app.state.db)
        .await
        .unwrap();
    let at = partner_portal::server::now_ms() - ago_ms;
    (
        at.to_string(),
        partner_portal::server::form_clock::sign(&key, -1, at),
    )
}

async fn application(app: &TestApp, email: &str, name: &str, extra: &[(&str, &str)]) -> String {
    let (at, sig) = stamp(app, 20_000).await;
    let mut fields: Vec<(&str, &str)> = vec![
        ("legal_name", name),
        ("website", "www.litware.example"),
        ("country", "FR"),
        ("partner_type", "msp"),
        ("specialisations[0]", "cloud"),
        ("specialisations[1]", "security"),
        ("revenue_band", "1m_10m"),
        ("tax_id", "FR 40 303 265 045"),
        ("contact_name", "Inès Laurent"),
        ("contact_email", email),
        ("contact_phone", "+33 1 55 55 01 23"),
        ("message", "We look after 300 customers in Lyon."),
        ("served_at", &at),
        ("served_sig", &sig),
    ];
    fields.retain(|(k, _)| !extra.iter().any(|(e, _)| e == k));
    fields.extend_from_slice(extra);
    form(&fields)
}

fn accepted(r: &reqwest::Response) -> bool {
    r.status().is_success() || r.status().is_redirection()
}

db_test!(
    /// The whole path: apply, confirm, vetted, approved, invited, signed
    /// in. Bots, bad input and known addresses along the way.
    apply_confirm_approve_sign_in, |app| {
    let anon = app.client();
    let apps = "SELECT COUNT(*) FROM partner_applications";
    let before = app.scalar(apps).await;

    // Bad input: every problem at its field, nothing kept.
    let bad = application(&app, "not-an-address", "<script>alert(1)</script>", &[
        ("country", "XX"), ("partner_type", "pirate"), ("revenue_band", "<b>"),
        ("specialisations[0]", "<script>"), ("contact_phone", "<script>"),
        ("tax_id", "<script>"), ("website", "<script>"),
    ]).await;
    let r = app.call(&anon, "/api/apply/submit", &bad).await;
    assert_eq!(r.status(), 422);
    let text = r.text().await.unwrap();
    for field in ["contact_email", "country", "partner_type", "revenue_band", "specialisations", "contact_phone", "tax_id", "website"] {
        assert!(text.contains(&format!("\"{field}\"")), "{field}: {text}");
    }
    let long = "x".repeat(2_001);
    let r = app.call(&anon, "/api/apply/submit", &application(&app, "a@litware.example", "Litware", &[("message", &long)]).await).await;
    assert_eq!(r.status(), 422);
    assert_eq!(app.post_declared_length("/api/apply/submit", 10 * 1024 * 1024).await, 413);
    assert_eq!(app.scalar(apps).await, before);

    // Bots get the answer a person gets, and nothing is kept.
    let (now_at, now_sig) = stamp(&app, 0).await;
    for bot in [
        application(&app, "bot@litware.example", "Litware SA", &[("fax_number", "+1 555 0100")]).await,
        application(&app, "bot@litware.example", "Litware SA", &[("served_at", &now_at), ("served_sig", &now_sig)]).await,
        application(&app, "bot@litware.example", "Litware SA", &[("served_sig", "0123456789abcdef0123456789abcdef")]).await,
        application(&app, "bot@litware.example", "Litware SA", &[("served_at", ""), ("served_sig", "")]).await,
    ] {
        let r = app.call(&anon, "/api/apply/submit", &bot).await;
        assert!(accepted(&r), "{}", r.status());
    }
    assert_eq!(app.scalar(apps).await, before);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'application_dropped'").await, 4);

    // A good application and one from a known address answer alike.
    let r1 = app.call(&anon, "/api/apply/submit", &application(&app, "Ines@Litware.example", "Litware SA", &[]).await).await;
    let r2 = app.call(&anon, "/api/apply/submit", &application(&app, "nora@northwind.example", "Northwind Systems", &[]).await).await;
    assert_eq!(r1.status(), r2.status());
    assert!(accepted(&r1));
    assert_eq!(r1.text().await.unwrap(), r2.text().await.unwrap());
    assert_eq!(app.scalar(apps).await, before + 2);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM partner_applications WHERE status = 'unconfirmed'").await, 2);

    // Not in the queue until confirmed.
    let manager = app.login("manager@vendor.example").await;
    let list = |status: &'static str| {
        let m = manager.clone();
        let app = &app;
        async move {
            let r = app.call(&m, "/api/applications/list", &format!("status={status}")).await;
            assert_eq!(r.status(), 200);
            r.json::<serde_json::Value>().await.unwrap()
        }
    };
    let pending_before = list("pending").await["pending"].as_i64().unwrap();
    let token = app.token_mailed("application_confirm", "ines@litware.example").await;
    assert_eq!(app.call(&anon, "/api/apply/confirm", "token=nonsense").await.status(), 400);
    let r = app.call(&anon, "/api/apply/confirm", &form(&[("token", &token)])).await;
    assert!(accepted(&r), "{}", r.status());
    assert_eq!(app.call(&anon, "/api/apply/confirm", &form(&[("token", &token)])).await.status(), 400, "once");
    let pending = list("pending").await;
    assert_eq!(pending["pending"].as_i64().unwrap(), pending_before + 1);
    let row = pending["rows"]["items"].as_array().unwrap().iter().find(|r| r["legal_name"] == "Litware SA").cloned().expect("listed");
    let id = row["id"].as_i64().unwrap();
    let manager_id = app.id_of_user("manager@vendor.example").await;
    assert!(app.scalar(&format!("SELECT COUNT(*) FROM notifications WHERE user_id = {manager_id} AND kind = 'application'")).await >= 1);

    // Partners may not see the queue.
    let nora = app.login("nora@northwind.example").await;
    assert_eq!(app.call(&nora, "/api/applications/list", "").await.status(), 403);
    assert_eq!(app.call(&nora, "/api/applications/get", &format!("id={id}")).await.status(), 403);

    // The Northwind look-alike shows its duplicates once confirmed.
    let northwind_token = app.token_mailed("application_confirm", "nora@northwind.example").await;
    assert!(accepted(&app.call(&anon, "/api/apply/confirm", &form(&[("token", &northwind_token)])).await));
    let items = list("pending").await["rows"]["items"].as_array().unwrap().clone();
    let look_alike = items.iter().find(|r| r["legal_name"] == "Northwind Systems").unwrap()["id"].as_i64().unwrap();
    let d: serde_json::Value = app.call(&manager, "/api/applications/get", &format!("id={look_alike}")).await.json().await.unwrap();
    let kinds: Vec<&str> = d["duplicates"].as_array().unwrap().iter().map(|x| x["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"SimilarName"), "{d}");
    assert!(kinds.contains(&"KnownPerson"), "{d}");
    assert!(kinds.contains(&"OtherApplication"), "the demo's Northwind Systems Europe: {d}");

    // Approve: bad fields refused, then the company, its manager, its
    // entry tier and its invited admin in one go.
    let detail: serde_json::Value = app.call(&manager, "/api/applications/get", &format!("id={id}")).await.json().await.unwrap();
    assert!(detail["id"].is_i64(), "{detail}");
    assert_eq!(detail["suggested_region"], "EMEA");
    assert_eq!(detail["managers"][0][0], manager_id, "the approving manager first");
    let r = app.call(&manager, "/api/applications/approve", &form(&[("id", &id.to_string()), ("company_name", ""), ("region", "Atlantis"), ("manager_id", "")])).await;
    assert_eq!(r.status(), 422);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM companies WHERE name = 'Litware SA'").await, 0);
    let r = app.call(&manager, "/api/applications/approve", &form(&[("id", &id.to_string()), ("company_name", "Northwind Systems"), ("region", "EMEA"), ("manager_id", &manager_id.to_string())])).await;
    assert_eq!(r.status(), 422, "a taken name is refused at the field");
    assert_eq!(app.scalar_text(&format!("SELECT status FROM partner_applications WHERE id = {id}")).await, "pending", "nothing half done");
    let r = app.call(&manager, "/api/applications/approve", &form(&[("id", &id.to_string()), ("company_name", "Litware SA"), ("region", "EMEA"), ("manager_id", &manager_id.to_string())])).await;
    assert!(accepted(&r), "{}: {}", r.status(), r.text().await.unwrap());
    let company = app.id_of_company("Litware SA").await;
    assert_eq!(app.scalar_text(&format!("SELECT company_type FROM companies WHERE id = {company}")).await, "msp");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM manager_assignments WHERE company_id = {company} AND manager_id = {manager_id}")).await, 1);
    assert_eq!(app.scalar(&format!("SELECT t.rank FROM company_tiers ct JOIN tiers t ON t.id = ct.tier_id WHERE ct.company_id = {company}")).await, 0, "the entry tier");
    assert_eq!(app.scalar_text("SELECT role FROM users WHERE email = 'ines@litware.example'").await, "partner_admin");
    assert_eq!(app.scalar_text(&format!("SELECT status FROM partner_applications WHERE id = {id}")).await, "approved");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM audit_log WHERE action = 'application_approved' AND object_id = '{id}'")).await, 1);
    let again = app.call(&manager, "/api/applications/approve", &form(&[("id", &id.to_string()), ("company_name", "Litware Two"), ("region", "EMEA"), ("manager_id", &manager_id.to_string())])).await;
    assert_eq!(again.status(), 409);

    // The invited admin sets a password and is in.
    let invite = app.token_mailed("invitation", "ines@litware.example").await;
    let guest = app.client();
    let r = app.call(&guest, "/api/auth/accept-invitation", &form(&[("token", &invite), ("name", "Inès Laurent"), ("password", "a-long-passphrase"), ("confirm", "a-long-passphrase")])).await;
    assert!(accepted(&r), "{}", r.status());
    let me: serde_json::Value = app.call(&guest, "/api/auth/me", "").await.json().await.unwrap();
    assert_eq!(me["company_id"], company, "{me}");
    // Beyond the first screen only once the program terms are accepted.
    assert_eq!(app.call(&guest, "/api/deals/list", "").await.status(), 403);
    assert_eq!(app.call(&guest, "/api/home/summary", "").await.status(), 200);
    let steps: serde_json::Value = app.call(&guest, "/api/onboarding/checklist", "").await.json().await.unwrap();
    assert_eq!(steps, serde_json::json!({"terms": false, "colleagues": false, "first_deal": false}));
    assert!(accepted(&app.call(&guest, "/api/terms/accept", "version=1").await));
    assert_eq!(app.call(&guest, "/api/deals/list", "").await.status(), 200);
    let steps: serde_json::Value = app.call(&guest, "/api/onboarding/checklist", "").await.json().await.unwrap();
    assert_eq!(steps["terms"], true);
    // Companies that did not come through an application have no checklist.
    let nora_steps: serde_json::Value = app.call(&nora, "/api/onboarding/checklist", "").await.json().await.unwrap();
    assert!(nora_steps.is_null(), "{nora_steps}");
    // The first registration ends the ramp: the staff's approved list and
    // ramp time show it.
    let form_info: serde_json::Value = app.call(&guest, "/api/deals/form", "").await.json().await.unwrap();
    let served_at = form_info["served_at"].as_i64().unwrap().to_string();
    let served_sig = form_info["served_sig"].as_str().unwrap().to_string();
    let body = crate::deals::deal_form(&app, "Lyon Biotech Partners", "lyon-biotech.example", &[("served_at", &served_at), ("served_sig", &served_sig)]).await;
    let r = app.call(&guest, "/api/deals/register", &body).await;
    assert!(accepted(&r), "{}: {}", r.status(), r.text().await.unwrap());
    assert!(app.scalar(&format!("SELECT COUNT(*) FROM partner_applications WHERE id = {id} AND first_deal_at IS NOT NULL")).await == 1);
    let approved = list("approved").await;
    let mine = approved["rows"]["items"].as_array().unwrap().iter().find(|r| r["id"] == id).cloned().unwrap();
    assert_eq!(mine["progress"]["terms"], true, "{mine}");
    assert_eq!(mine["progress"]["first_deal_days"], 0);
    let ramp = approved["ramp"].as_array().unwrap();
    let this_month = ramp.last().unwrap();
    assert!(this_month["approved"].as_i64().unwrap() >= 1);
    assert!(this_month["registered"].as_i64().unwrap() >= 1);
    assert_eq!(this_month["median_days"], 0, "{this_month}");
});

db_test!(
    /// A decline needs a reason, which reaches the applicant by e-mail; a
    /// decided application cannot be decided again; an unknown one is 404.
    decline_emails_the_reason, |app| {
    let manager = app.login("manager@vendor.example").await;
    let id = app.scalar("SELECT id FROM partner_applications WHERE legal_name = 'Fabrikam Systems GmbH'").await;
    let r = app.call(&manager, "/api/applications/decline", &form(&[("id", &id.to_string()), ("reason", " ")])).await;
    assert_eq!(r.status(), 422);
    let r = app.call(&manager, "/api/applications/decline", &form(&[("id", &id.to_string()), ("reason", "We have enough MSPs in Berlin <for now>.")])).await;
    assert!(accepted(&r), "{}", r.status());
    let body = app.scalar_text("SELECT body_text FROM outbox WHERE kind = 'application_declined' AND to_address = 'lea.braun@fabrikam.example'").await;
    assert!(body.contains("We have enough MSPs in Berlin <for now>."), "{body}");
    assert!(body.contains("Fabrikam Systems GmbH"));
    assert_eq!(app.call(&manager, "/api/applications/decline", &form(&[("id", &id.to_string()), ("reason", "Again")])).await.status(), 409);
    assert_eq!(app.call(&manager, "/api/applications/approve", &form(&[("id", &id.to_string()), ("company_name", "Fabrikam"), ("region", "EMEA"), ("manager_id", &app.id_of_user("manager@vendor.example").await.to_string())])).await.status(), 409);
    assert_eq!(app.call(&manager, "/api/applications/decline", &form(&[("id", "987654"), ("reason", "Nope")])).await.status(), 404);
    let d: serde_json::Value = app.call(&manager, "/api/applications/get", &format!("id={id}")).await.json().await.unwrap();
    assert_eq!(d["status"], "declined");
    assert_eq!(d["decided_by"], "Marco Manager");
    let listed = app.call(&manager, "/api/applications/list", "status=declined").await.json::<serde_json::Value>().await.unwrap();
    assert_eq!(listed["declined"], 2, "the demo's and this one");
});

db_test!(
    /// One address may send five applications an hour; the sixth is told
    /// when to try again and kept nowhere.
    applications_are_throttled_per_address, |app| {
    let anon = app.client();
    for i in 0..5 {
        let body = application(&app, &format!("p{i}@litware.example"), &format!("Litware {i}"), &[]).await;
        assert!(accepted(&app.call(&anon, "/api/apply/submit", &body).await));
    }
    let body = application(&app, "p6@litware.example", "Litware 6", &[]).await;
    let r = app.call(&anon, "/api/apply/submit", &body).await;
    assert_eq!(r.status(), 429);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM partner_applications WHERE legal_name = 'Litware 6'").await, 0);
});

db_test!(
    /// A new version of the program terms closes the portal beyond the
    /// first screen to every partner company until one of its partner
    /// admins accepts it (recorded with the person, the time and the
    /// address); one company's acceptance opens nothing for another.
    terms_close_the_portal_until_accepted, |app| {
    let admin = app.login("admin@vendor.example").await;
    let nora = app.login("nora@northwind.example").await;
    let sam = app.login("sam@northwind.example").await;
    let carla = app.login("carla@contoso-cloud.example").await;
    assert_eq!(app.call(&sam, "/api/deals/list", "").await.status(), 200, "the demo accepted version 1");

    let r = app.call(&admin, "/api/terms/publish", &form(&[("title", "x"), ("body", "short")])).await;
    assert_eq!(r.status(), 422);
    let manager = app.login("manager@vendor.example").await;
    assert_eq!(app.call(&manager, "/api/terms/publish", &form(&[("title", "Terms"), ("body", &"x".repeat(40))])).await.status(), 403);
    let body = "# Agreement 2027\n\nPartners **must** register deals.\n\n<script>alert(1)</script><img src=x onerror=alert(2)>\n\n[help](javascript:alert(3))";
    let r = app.call(&admin, "/api/terms/publish", &form(&[("title", "Agreement 2027"), ("body", body)])).await;
    assert!(accepted(&r), "{}", r.status());
    let html = app.scalar_text("SELECT body_html FROM program_terms WHERE version = 2").await;
    assert!(html.contains("<strong>must</strong>"), "{html}");
    for bad in ["<script", "onerror", "javascript:"] {
        assert!(!html.contains(bad), "{bad}: {html}");
    }

    // Closed beyond the first screen, for the admin and the users.
    for who in [&nora, &sam, &carla] {
        let r = app.call(who, "/api/deals/list", "").await;
        assert_eq!(r.status(), 403);
        let text = r.text().await.unwrap();
        assert!(text.contains("Blocked") && text.contains("terms-blocked"), "{text}");
        assert_eq!(app.call(who, "/api/home/summary", "").await.status(), 200);
    }
    let status: serde_json::Value = app.call(&sam, "/api/terms/status", "").await.json().await.unwrap();
    assert_eq!(status["version"], 2);
    assert_eq!(status["accepted"], false);
    assert_eq!(status["can_accept"], false);
    let current: serde_json::Value = app.call(&sam, "/api/terms/current", "").await.json().await.unwrap();
    assert_eq!(current["title"], "Agreement 2027");
    // Only a partner admin accepts, and only the current version.
    assert_eq!(app.call(&sam, "/api/terms/accept", "version=2").await.status(), 403);
    assert_eq!(app.call(&nora, "/api/terms/accept", "version=1").await.status(), 409);
    let r = app.call(&nora, "/api/terms/accept", "version=2").await;
    assert!(accepted(&r), "{}", r.status());
    assert!(accepted(&app.call(&nora, "/api/terms/accept", "version=2").await), "twice changes nothing");
    assert_eq!(app.call(&sam, "/api/deals/list", "").await.status(), 200);
    assert_eq!(app.call(&carla, "/api/deals/list", "").await.status(), 403, "Contoso has not accepted");
    let northwind = app.id_of_company("Northwind Systems").await;
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM terms_acceptances a JOIN program_terms t ON t.id = a.terms_id WHERE t.version = 2 AND a.company_id = {northwind}")).await, 1);
    assert_eq!(app.scalar_text(&format!("SELECT ip FROM terms_acceptances a JOIN program_terms t ON t.id = a.terms_id WHERE t.version = 2 AND a.company_id = {northwind}")).await, "127.0.0.1");
    let detail = app.scalar_text("SELECT detail FROM audit_log WHERE action = 'terms_accepted' ORDER BY id DESC LIMIT 1").await;
    assert!(detail.contains("\"version\":2"), "{detail}");

    // Staff see who accepted which version, when and from where.
    let page: serde_json::Value = app.call(&admin, "/api/terms/admin", "").await.json().await.unwrap();
    assert_eq!(page["versions"][0]["version"], 2);
    assert_eq!(page["versions"][0]["accepted"], 1);
    assert_eq!(page["versions"][1]["accepted"], 3);
    let rows = page["acceptances"]["items"].as_array().unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["company_name"], "Northwind Systems");
    assert_eq!(rows[0]["user_name"], "Nora Winters");
    assert_eq!(rows[0]["ip"], "127.0.0.1");
    let theirs: serde_json::Value = app.call(&manager, "/api/terms/admin", "").await.json().await.unwrap();
    assert_eq!(theirs["can_publish"], false);
    assert_eq!(theirs["companies"], 2, "the manager's two companies");
});
