//! SECURITY.md target 6, each part tested rather than only coded: a role
//! change ends the person's sessions, the 12 h absolute limit holds however
//! active the session, cookies are `Secure` and `__Host-` under https, and a
//! vendor admin's disabling ends the person's sessions at once.

use crate::helpers::*;

async fn me(app: &TestApp, client: &reqwest::Client) -> String {
    app.call(client, "/api/auth/me", "")
        .await
        .text()
        .await
        .unwrap()
}

db_test!(
    /// A partner admin makes a colleague an admin: the colleague's session
    /// ends (the next sign-in gets a new id with the new role); a change
    /// of name alone keeps it.
    role_change_ends_sessions, |app| {
    let lena = app.login("lena@northwind.example").await;
    let nora = app.login("nora@northwind.example").await;
    let id = app.id_of_user("lena@northwind.example").await.to_string();
    let rename = app.call(&nora, "/api/team/update", &form(&[("user_id", &id), ("name", "Lena Ortiz-Ng"), ("role", "partner_user")])).await;
    assert_eq!(rename.status(), 200);
    assert!(me(&app, &lena).await.contains("Lena Ortiz-Ng"), "a rename keeps the session");
    let promote = app.call(&nora, "/api/team/update", &form(&[("user_id", &id), ("name", "Lena Ortiz-Ng"), ("role", "partner_admin")])).await;
    assert_eq!(promote.status(), 200);
    assert_eq!(me(&app, &lena).await, "null", "the old session ended with the role change");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM sessions WHERE user_id = {id}")).await, 0);
    let again = app.login("lena@northwind.example").await;
    assert!(me(&app, &again).await.contains("partner_admin"));
});

db_test!(
    /// A session lasts 12 hours from sign-in at most, however active: use
    /// moves its idle clock, never its end.
    absolute_limit_holds, |app| {
    let client = app.login("sam@northwind.example").await;
    let (created, ends) = (
        app.scalar("SELECT created_at FROM sessions").await,
        app.scalar("SELECT expires_at FROM sessions").await,
    );
    assert_eq!(ends - created, 12 * 3_600_000);
    // Eleven hours and 59 minutes in, just used: still alive.
    sqlx::query("UPDATE sessions SET created_at = created_at - 43140000, expires_at = expires_at - 43140000, last_seen_at = last_seen_at - 120000")
        .execute(&app.state.db.pool).await.unwrap();
    assert!(me(&app, &client).await.contains("sam@northwind.example"));
    assert_eq!(app.scalar("SELECT expires_at FROM sessions").await, ends - 43_140_000, "use does not extend it");
    // Past the twelfth hour, though used a second ago: gone.
    sqlx::query("UPDATE sessions SET expires_at = $1")
        .bind(partner_portal::server::now_ms() - 1)
        .execute(&app.state.db.pool).await.unwrap();
    assert_eq!(me(&app, &client).await, "null");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM sessions").await, 0);
});

db_test!(
    /// Under an https public address the session and device cookies are
    /// `Secure` with the `__Host-` prefix (so no subdomain can set or
    /// scope them), `HttpOnly` and `SameSite=Lax`, with no `Domain`.
    secure_cookies_under_https, settings = [("PORTAL_PUBLIC_URL", "https://partners.example.com")], |app| {
    let r = app.call(&app.client(), "/api/auth/login", &form(&[("email", "nora@northwind.example"), ("password", PASSWORD)])).await;
    assert_eq!(r.status(), 200);
    let cookies: Vec<String> = r.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect();
    for name in ["__Host-portal_session=", "__Host-portal_device="] {
        let c = cookies.iter().find(|c| c.starts_with(name)).unwrap_or_else(|| panic!("{name} in {cookies:?}"));
        for part in ["; Secure", "; HttpOnly", "; SameSite=Lax", "; Path=/"] {
            assert!(c.contains(part), "{part} in {c}");
        }
        assert!(!c.to_lowercase().contains("domain="), "{c}");
    }
});

db_test!(
    /// A vendor admin disables a partner user: the user's open session
    /// ends at once, the right password then gets the same answer as a
    /// wrong one, and enabling them again lets them back in.
    vendor_admin_disable_ends_sessions, |app| {
    let sam = app.login("sam@northwind.example").await;
    let admin = app.login("admin@vendor.example").await;
    let id = app.id_of_user("sam@northwind.example").await.to_string();
    let r = app.call(&admin, "/api/admin/users/set-status", &form(&[("user_id", &id), ("enable", "false")])).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    assert_eq!(me(&app, &sam).await, "null");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM sessions WHERE user_id = {id}")).await, 0);
    let refused = app.call(&app.client(), "/api/auth/login", &form(&[("email", "sam@northwind.example"), ("password", PASSWORD)])).await;
    assert_eq!(refused.status(), 422);
    let err: serde_json::Value = refused.json().await.unwrap();
    assert_eq!(err["Validation"]["message"]["key"], "auth-error-bad-login", "{err}");
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM audit_log WHERE action = 'user_disabled' AND object_id = '{id}' AND detail LIKE '%sessions_ended%'")).await, 1);
    let r = app.call(&admin, "/api/admin/users/set-status", &form(&[("user_id", &id), ("enable", "true")])).await;
    assert_eq!(r.status(), 200);
    app.login("sam@northwind.example").await;
});
