//! Sign-in, sessions, throttling, invitations and password reset.

use crate::helpers::*;

db_test!(
    /// A correct login sets an HttpOnly, SameSite session cookie and the
    /// session works; logout kills it on the server.
    login_and_logout, |app| {
    let client = app.client();
    let res = app.call(&client, "/api/auth/login", &form(&[("email", "nora@northwind.example"), ("password", PASSWORD)])).await;
    assert_eq!(res.status(), 200);
    let cookie = has_session(&res).expect("session cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    let me = app.call(&client, "/api/auth/me", "").await.text().await.unwrap();
    assert!(me.contains("nora@northwind.example"), "{me}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM sessions").await, 1);

    app.call(&client, "/api/auth/logout", "").await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM sessions").await, 0);
    let me = app.call(&client, "/api/auth/me", "").await.text().await.unwrap();
    assert_eq!(me, "null");
});

db_test!(
    /// Unknown e-mail and wrong password get the same answer, and both are
    /// audited as failures.
    same_answer_for_unknown_and_wrong, |app| {
    let client = app.client();
    let a = app.call(&client, "/api/auth/login", &form(&[("email", "nobody@nowhere.example"), ("password", "whatever-it-is")])).await;
    let b = app.call(&client, "/api/auth/login", &form(&[("email", "nora@northwind.example"), ("password", "whatever-it-is")])).await;
    assert_eq!(a.status(), 422);
    assert_eq!(b.status(), 422);
    let (ta, tb) = (a.text().await.unwrap(), b.text().await.unwrap());
    assert_eq!(ta.replace("nobody@nowhere.example", "X"), tb.replace("nora@northwind.example", "X"));
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'login' AND outcome = 'failure'").await, 2);
});

db_test!(
    /// Five failures from one address lock that address out of the account
    /// for the window, even with the right password; other accounts are
    /// unaffected (tests/api/throttle.rs: other addresses are too).
    throttles_after_five_failures, |app| {
    let client = app.client();
    for _ in 0..5 {
        let r = app.call(&client, "/api/auth/login", &form(&[("email", "sam@northwind.example"), ("password", "wrong-password")])).await;
        assert_eq!(r.status(), 422);
    }
    let r = app.call(&client, "/api/auth/login", &form(&[("email", "sam@northwind.example"), ("password", PASSWORD)])).await;
    assert_eq!(r.status(), 429);
    let err: serde_json::Value = r.json().await.unwrap();
    assert_eq!(err["TooManyRequests"]["key"], "auth-error-locked", "{err}");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM sessions").await, 0);
    app.login("lena@northwind.example").await;
});

db_test!(
    /// Logging in again issues a new session id and ends the old one.
    session_rotates_at_login, |app| {
    let client = app.login("nora@northwind.example").await;
    let before = app.scalar("SELECT COUNT(*) FROM sessions").await;
    let res = app.call(&client, "/api/auth/login", &form(&[("email", "nora@northwind.example"), ("password", PASSWORD)])).await;
    assert!(has_session(&res).is_some());
    assert_eq!(before, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM sessions").await, 1, "old session removed");
});

db_test!(
    /// A session idle past the limit is refused and removed.
    idle_session_expires, |app| {
    let client = app.login("nora@northwind.example").await;
    sqlx::query("UPDATE sessions SET last_seen_at = last_seen_at - 31 * 60000")
        .execute(&app.state.db.pool).await.unwrap();
    let me = app.call(&client, "/api/auth/me", "").await.text().await.unwrap();
    assert_eq!(me, "null");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM sessions").await, 0);
});

db_test!(
    /// A partner admin invites a colleague, who accepts the one-time link,
    /// is signed in, and cannot use the link twice.
    invitation_round_trip, |app| {
    let admin = app.login("nora@northwind.example").await;
    let res = app.call(&admin, "/api/team/invite", &form(&[("name", "Ivy New"), ("email", "ivy@northwind.example"), ("role", "partner_user")])).await;
    assert_eq!(res.status(), 200, "{}", res.text().await.unwrap());
    use sqlx::Row;
    let body: String = sqlx::query("SELECT body_text FROM outbox WHERE to_address = 'ivy@northwind.example'")
        .fetch_one(&app.state.db.pool).await.unwrap().get(0);
    let token = body.split("token=").nth(1).unwrap().split_whitespace().next().unwrap().to_string();

    let guest = app.client();
    let info = app.call(&guest, "/api/auth/invitation", &form(&[("token", &token)])).await.text().await.unwrap();
    assert!(info.contains("Northwind Systems"), "{info}");
    let weak = app.call(&guest, "/api/auth/accept-invitation", &form(&[("token", &token), ("name", "Ivy New"), ("password", "password1"), ("confirm", "password1")])).await;
    assert_eq!(weak.status(), 422, "common password refused");
    let ok = app.call(&guest, "/api/auth/accept-invitation", &form(&[("token", &token), ("name", "Ivy New"), ("password", "a-long-passphrase"), ("confirm", "a-long-passphrase")])).await;
    assert_eq!(ok.status(), 200);
    let me = app.call(&guest, "/api/auth/me", "").await.text().await.unwrap();
    assert!(me.contains("ivy@northwind.example"));
    let again = app.call(&app.client(), "/api/auth/accept-invitation", &form(&[("token", &token), ("name", "X"), ("password", "another-passphrase"), ("confirm", "another-passphrase")])).await;
    assert_eq!(again.status(), 400);
});

db_test!(
    /// Password reset: the link changes the password once and ends all
    /// sessions; unknown addresses get the same answer and no mail.
    password_reset, |app| {
    let old = app.login("sam@northwind.example").await;
    let guest = app.client();
    let r = app.call(&guest, "/api/auth/forgot-password", &form(&[("email", "sam@northwind.example")])).await;
    assert_eq!(r.status(), 200);
    let r2 = app.call(&guest, "/api/auth/forgot-password", &form(&[("email", "ghost@northwind.example")])).await;
    assert_eq!(r2.status(), 200);
    let token = app.token_mailed("password_reset", "sam@northwind.example").await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'password_reset'").await, 1);
    let r = app.call(&guest, "/api/auth/reset-password", &form(&[("token", &token), ("password", "brand-new-secret"), ("confirm", "brand-new-secret")])).await;
    assert_eq!(r.status(), 200);
    assert_eq!(app.call(&old, "/api/auth/me", "").await.text().await.unwrap(), "null");
    let r = app.call(&guest, "/api/auth/login", &form(&[("email", "sam@northwind.example"), ("password", "brand-new-secret")])).await;
    assert_eq!(r.status(), 200);
});
