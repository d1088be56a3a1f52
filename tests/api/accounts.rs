//! Team management, disabling, company scoping.

use crate::helpers::*;

db_test!(
    /// Disabling a user ends their sessions at once.
    disabled_user_is_out, |app| {
    let sam = app.login("sam@northwind.example").await;
    let admin = app.login("nora@northwind.example").await;
    let sam_id = app.id_of_user("sam@northwind.example").await;
    let r = app.call(&admin, "/api/team/set-status", &form(&[("user_id", &sam_id.to_string()), ("enable", "false")])).await;
    assert_eq!(r.status(), 200);
    assert_eq!(app.call(&sam, "/api/auth/me", "").await.text().await.unwrap(), "null");
    assert_eq!(app.call(&sam, "/api/team/list", "").await.status(), 401);
    let again = app.client();
    let r = app.call(&again, "/api/auth/login", &form(&[("email", "sam@northwind.example"), ("password", PASSWORD)])).await;
    assert_eq!(r.status(), 422, "a disabled user cannot sign in");
});

db_test!(
    /// A partner admin cannot touch another company's user: the answer is
    /// the same 404 as for a missing id, and nothing changes.
    foreign_user_is_not_found, |app| {
    let carla = app.login("carla@contoso-cloud.example").await;
    let sam_id = app.id_of_user("sam@northwind.example").await;
    let foreign = app.call(&carla, "/api/team/set-status", &form(&[("user_id", &sam_id.to_string()), ("enable", "false")])).await;
    let missing = app.call(&carla, "/api/team/set-status", &form(&[("user_id", "999999"), ("enable", "false")])).await;
    assert_eq!(foreign.status(), 404);
    assert_eq!(missing.status(), 404);
    assert_eq!(foreign.text().await.unwrap(), missing.text().await.unwrap());
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM users WHERE id = {sam_id} AND status = 'active'")).await, 1);
});

db_test!(
    /// Channel managers see only assigned companies; a foreign company id
    /// answers like a missing one.
    channel_manager_scope, |app| {
    let marco = app.login("manager@vendor.example").await;
    let list = app.call(&marco, "/api/companies/list", "").await.text().await.unwrap();
    assert!(list.contains("Northwind") && list.contains("Contoso"));
    assert!(!list.contains("Tailspin"), "{list}");
    let tailspin = app.id_of_company("Tailspin Integrators").await;
    let r = app.call(&marco, "/api/companies/get", &form(&[("id", &tailspin.to_string())])).await;
    assert_eq!(r.status(), 404);
});

db_test!(
    /// The team list of company A never contains company B's people.
    team_list_is_tenant_scoped, |app| {
    let carla = app.login("carla@contoso-cloud.example").await;
    let body = app.call(&carla, "/api/team/list", "").await.text().await.unwrap();
    assert!(body.contains("jonas@contoso-cloud.example"));
    assert!(!body.contains("northwind"), "{body}");
    let html = carla.get(app.url("/team")).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
    assert!(html.contains("Jonas Weber"));
    assert!(!html.contains("northwind"), "no other company's data in the page or its hydration data");
});

db_test!(
    /// Suspending a company signs its people out.
    suspended_company_is_out, |app| {
    let carla = app.login("carla@contoso-cloud.example").await;
    let admin = app.login("admin@vendor.example").await;
    let id = app.id_of_company("Contoso Cloud GmbH").await.to_string();
    let r = app.call(&admin, "/api/admin/companies/save", &form(&[("id", &id), ("name", "Contoso Cloud GmbH"), ("company_type", "msp"), ("region", "EMEA"), ("country", "DE"), ("website", ""), ("status", "suspended")])).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    assert_eq!(app.call(&carla, "/api/auth/me", "").await.text().await.unwrap(), "null");
});

db_test!(
    /// Every admin action lands in a hash chain that verifies, and a
    /// tampered entry is detected.
    audit_chain_detects_tampering, |app| {
    let admin = app.login("nora@northwind.example").await;
    app.call(&admin, "/api/team/invite", &form(&[("name", "Ann"), ("email", "ann@northwind.example"), ("role", "partner_user")])).await;
    assert_eq!(partner_portal::server::audit::verify_chain(&app.state.db).await.unwrap(), None);
    app.drop_audit_triggers().await;
    sqlx::query("UPDATE audit_log SET detail = 'edited' WHERE action = 'user_invited'")
        .execute(&app.state.db.pool).await.unwrap();
    assert!(partner_portal::server::audit::verify_chain(&app.state.db).await.unwrap().is_some());
});

db_test!(
    /// Concurrent audited writes on PostgreSQL spread over several chains
    /// (none waits for another's commit); each chain verifies on its own,
    /// and an entry removed from the middle of any chain is detected.
    audit_chains_take_concurrent_writes, |app| {
    use partner_portal::server::audit::{append, verify_chain, Entry};
    let db = app.state.db.clone();
    let writers = (0..12).map(|i| {
        let db = db.clone();
        tokio::spawn(async move {
            let mut tx = db.write().await.unwrap();
            append(&mut tx, db.dialect, &Entry::new("chain_test", "success").object("test", i)).await.unwrap();
            // Hold the chain a moment, as a request's later statements would.
            tokio::time::sleep(std::time::Duration::from_millis(30)).await;
            tx.commit().await.unwrap();
        })
    });
    for w in writers.collect::<Vec<_>>() {
        w.await.unwrap();
    }
    let chains = app.scalar("SELECT COUNT(DISTINCT chain) FROM audit_log WHERE action = 'chain_test'").await;
    match app.backend {
        Backend::Sqlite => assert_eq!(chains, 1, "one writer, one chain"),
        Backend::Postgres => assert!(chains > 1, "12 concurrent writers used {chains} chain(s)"),
    }
    // Twenty more, one after another: more entries than chains.
    for i in 0..20 {
        let mut tx = db.write().await.unwrap();
        append(&mut tx, db.dialect, &Entry::new("chain_test", "success").object("test", 100 + i)).await.unwrap();
        tx.commit().await.unwrap();
    }
    assert_eq!(verify_chain(&db).await.unwrap(), None);
    // Take out an entry that has a successor in its chain.
    let victim = app.scalar(
        "SELECT MIN(a.id) FROM audit_log a WHERE a.action = 'chain_test' \
         AND EXISTS (SELECT 1 FROM audit_log b WHERE b.chain = a.chain AND b.id > a.id)",
    ).await;
    app.drop_audit_triggers().await;
    sqlx::query(&format!("DELETE FROM audit_log WHERE id = {victim}")).execute(&db.pool).await.unwrap();
    assert!(verify_chain(&db).await.unwrap().is_some());
});
