//! Issue 21, hole 6: the audit log is append-only in the database, a cut
//! tail is found by the anchors kept outside it, and a denial that could
//! not be audited is not answered as if it had been.

use std::sync::atomic::Ordering;

use partner_portal::server::audit;

use crate::helpers::*;

db_test!(
    /// Neither UPDATE nor DELETE (nor TRUNCATE on PostgreSQL) can touch an
    /// audit entry, whoever connects as the application.
    audit_log_is_append_only, |app| {
    app.login("nora@northwind.example").await;
    let before = app.scalar("SELECT COUNT(*) FROM audit_log").await;
    assert!(before > 0);
    let pool = &app.state.db.pool;
    let update = sqlx::query("UPDATE audit_log SET detail = 'edited'").execute(pool).await;
    assert!(update.unwrap_err().to_string().contains("append-only"));
    let delete = sqlx::query("DELETE FROM audit_log").execute(pool).await;
    assert!(delete.unwrap_err().to_string().contains("append-only"));
    if app.backend == Backend::Postgres {
        assert!(sqlx::query("TRUNCATE audit_log").execute(pool).await.is_err());
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_log").await, before);
    assert_eq!(audit::verify_chain(&app.state.db).await.unwrap(), None);
});

db_test!(
    /// Cutting entries off the end of the log leaves a shorter chain that
    /// still verifies; the chain heads anchored outside the database find
    /// the cut.
    a_cut_tail_is_found_by_the_anchors, |app| {
    let dir = tempfile::tempdir().unwrap();
    let anchors = dir.path().join("anchors").join("audit-anchors.log");
    app.login("nora@northwind.example").await;
    let heads = audit::anchor(&app.state.db, &anchors).await.unwrap();
    assert!(heads >= 1);
    assert_eq!(audit::anchor(&app.state.db, &anchors).await.unwrap(), 0, "unchanged heads are not written again");
    let text = std::fs::read_to_string(&anchors).unwrap();
    assert_eq!(audit::check_anchors(&app.state.db, &text).await.unwrap(), (heads, vec![]));
    // More happens after the anchor, then someone cuts the tail off.
    app.login("sam@northwind.example").await;
    let anchored: i64 = text.lines()
        .filter_map(|l| l.split_whitespace().find_map(|w| w.strip_prefix("id=")))
        .map(|id| id.parse::<i64>().unwrap()).min().unwrap();
    app.drop_audit_triggers().await;
    sqlx::query("DELETE FROM audit_log WHERE id >= $1").bind(anchored)
        .execute(&app.state.db.pool).await.unwrap();
    assert_eq!(audit::verify_chain(&app.state.db).await.unwrap(), None, "the shorter chain still verifies");
    let (_, missing) = audit::check_anchors(&app.state.db, &text).await.unwrap();
    assert!(!missing.is_empty(), "the anchors find the cut");
    assert!(missing[0].contains("is gone"), "{missing:?}");
});

/// Makes every insert into `audit_log` fail until [`unblock_audit`].
async fn block_audit(app: &TestApp) {
    let sql = match app.backend {
        Backend::Sqlite => {
            "CREATE TRIGGER audit_block BEFORE INSERT ON audit_log \
                           BEGIN SELECT RAISE(ABORT, 'audit storage unavailable'); END"
        }
        Backend::Postgres => {
            "CREATE FUNCTION audit_block() RETURNS trigger LANGUAGE plpgsql AS $$ \
                             BEGIN RAISE EXCEPTION 'audit storage unavailable'; END $$; \
                             CREATE TRIGGER audit_block BEFORE INSERT ON audit_log \
                             FOR EACH ROW EXECUTE FUNCTION audit_block()"
        }
    };
    sqlx::raw_sql(sql)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
}

async fn unblock_audit(app: &TestApp) {
    let sql = match app.backend {
        Backend::Sqlite => "DROP TRIGGER audit_block",
        Backend::Postgres => "DROP TRIGGER audit_block ON audit_log",
    };
    sqlx::raw_sql(sql)
        .execute(&app.state.db.pool)
        .await
        .unwrap();
}

db_test!(
    /// When a denial or a failed sign-in cannot be written to the audit
    /// log, it is retried, counted in /metrics, and the request gets an
    /// error with a reference instead of its usual answer.
    unrecorded_denial_is_an_error, |app| {
    let sam = app.login("sam@northwind.example").await;
    let (failures, retries) = (audit::WRITE_FAILURES.load(Ordering::Relaxed), audit::WRITE_RETRIES.load(Ordering::Relaxed));
    block_audit(&app).await;
    let denied = app.call(&sam, "/api/admin/staff/list", "").await;
    assert_eq!(denied.status(), 500, "not a plain 403 as if recorded");
    let body = denied.text().await.unwrap();
    assert!(body.contains("Internal"), "{body}");
    let login = app.call(&app.client(), "/api/auth/login", &form(&[("email", "lena@northwind.example"), ("password", "wrong-password")])).await;
    assert_eq!(login.status(), 500);
    assert!(audit::WRITE_FAILURES.load(Ordering::Relaxed) >= failures + 2);
    assert!(audit::WRITE_RETRIES.load(Ordering::Relaxed) >= retries + 4);
    unblock_audit(&app).await;
    assert_eq!(app.call(&sam, "/api/admin/staff/list", "").await.status(), 403);
    let metrics = app.client().get(app.url("/metrics")).send().await.unwrap().text().await.unwrap();
    let line = metrics.lines().find(|l| l.starts_with("portal_audit_write_failures_total ")).unwrap();
    assert!(line.split(' ').nth(1).unwrap().parse::<u64>().unwrap() >= failures + 2, "{metrics}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_log WHERE outcome = 'denied' AND actor_user_id = (SELECT id FROM users WHERE email = 'sam@northwind.example')").await, 1);
});

db_test!(
    /// Target 11: a successful and a failed sign-in, a refusal and a state
    /// change each leave an entry with the UTC time, actor, company,
    /// object, outcome, address and, for a change, its before and after.
    sign_ins_refusals_and_changes_are_audited, |app| {
    let nora_id = app.id_of_user("nora@northwind.example").await;
    let northwind = app.id_of_company("Northwind Systems").await;
    let started = partner_portal::server::now_ms();
    let nora = app.login("nora@northwind.example").await;
    assert_eq!(app.scalar(&format!(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'login' AND outcome = 'success' AND actor_user_id = {nora_id} \
         AND actor_company_id = {northwind} AND object_id = '{nora_id}' AND ip = '127.0.0.1' AND at >= {started}")).await, 1);
    app.call(&app.client(), "/api/auth/login", &form(&[("email", "nora@northwind.example"), ("password", "wrong-password")])).await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'login' AND outcome = 'failure' AND object_id = 'nora@northwind.example'").await, 1);
    let sam = app.login("sam@northwind.example").await;
    app.call(&sam, "/api/admin/staff/list", "").await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_log WHERE outcome = 'denied' AND action = 'admin/staff/list' AND actor_company_id IS NOT NULL").await, 1);
    let lena = app.id_of_user("lena@northwind.example").await.to_string();
    app.call(&nora, "/api/team/update", &form(&[("user_id", &lena), ("name", "Lena Ortiz"), ("role", "partner_admin")])).await;
    let detail = app.scalar_text(&format!("SELECT detail FROM audit_log WHERE object_type = 'user' AND object_id = '{lena}' ORDER BY id DESC LIMIT 1")).await;
    assert!(detail.contains("\"before\":{\"name\":\"Lena Ortiz\",\"role\":\"partner_user\"}") && detail.contains("\"after\":{\"name\":\"Lena Ortiz\",\"role\":\"partner_admin\"}"), "{detail}");
    // Every deal status change of the demo data carries its from and to.
    assert!(app.scalar("SELECT COUNT(*) FROM audit_log WHERE object_type = 'deal' AND detail LIKE '%\"from\":%\"to\":%'").await > 0);
    assert_eq!(audit::verify_chain(&app.state.db).await.unwrap(), None);
});
