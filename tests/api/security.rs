//! CSRF refusal, security headers, body limits and hostile input.

use crate::helpers::*;

db_test!(
    /// A cross-site POST is refused before it runs, with a session or without.
    csrf_refused, |app| {
    let admin = app.login("nora@northwind.example").await;
    for (header, value) in [("origin", "https://evil.example"), ("sec-fetch-site", "cross-site"), ("origin", "null")] {
        let r = admin.post(app.url("/api/team/invite"))
            .header("content-type", "application/x-www-form-urlencoded")
            .header(header, value)
            .body(form(&[("name", "Eve"), ("email", "eve@evil.example"), ("role", "partner_admin")]))
            .send().await.unwrap();
        assert_eq!(r.status(), 403, "{header}: {value}");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users WHERE email = 'eve@evil.example'").await, 0);
});

db_test!(
    /// HTML pages carry the CSP with a nonce that matches the inline scripts,
    /// and the other security headers.
    security_headers, |app| {
    let r = app.client().get(app.url("/login")).header("accept", "text/html").send().await.unwrap();
    let h = r.headers().clone();
    let csp = h.get("content-security-policy").unwrap().to_str().unwrap().to_string();
    for part in ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "'wasm-unsafe-eval'"] {
        assert!(csp.contains(part), "{part} in {csp}");
    }
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
    assert!(h.get("referrer-policy").is_some());
    assert_eq!(h.get("cache-control").unwrap(), "no-store");
    let nonce = csp.split("'nonce-").nth(1).unwrap().split('\'').next().unwrap().to_string();
    let body = r.text().await.unwrap();
    assert!(body.contains(&format!("nonce=\"{nonce}\"")), "inline scripts carry the nonce");
});

db_test!(
    /// Oversized, malformed and wrong-typed input gets a 4xx with a clear
    /// message, never a 5xx or internals.
    hostile_input, |app| {
    let admin = app.login("nora@northwind.example").await;
    // A body over the 64 KiB limit is refused from its declared length.
    assert_eq!(app.post_declared_length("/api/team/invite", 200 * 1024).await, 413);
    let cases: Vec<(&str, String)> = vec![
        ("/api/team/invite", "name=%ZZ&&&".to_string()),
        ("/api/team/list", "page=-1e999".to_string()),
        ("/api/team/set-status", "user_id=1%27%20OR%201%3D1--&enable=maybe".to_string()),
        ("/api/team/invite", form(&[("name", "<script>alert(1)</script>"), ("email", "'; DROP TABLE users;--"), ("role", "partner_user")])),
        ("/api/auth/login", form(&[("email", &"a".repeat(5000)), ("password", "x")])),
    ];
    for (path, body) in cases {
        let r = app.call(&admin, path, &body).await;
        let status = r.status().as_u16();
        let text = r.text().await.unwrap();
        assert!((400..500).contains(&status), "{path} answered {status}: {text}");
        let lower = text.to_lowercase();
        assert!(!lower.contains("sqlx") && !lower.contains("panicked") && !lower.contains("syntax error"), "{text}");
    }
    assert_eq!(app.scalar("SELECT COUNT(*) FROM users").await, 9);
});

db_test!(
    /// Server-rendered error pages carry their status: "No access" is 403,
    /// a missing or foreign record and an unknown path are 404. (Run alone
    /// by scripts/test.sh: in the parallel run one of its renders once
    /// stayed pending for good in CI; see PAGE_SWEEP in helpers.rs.)
    #[ignore = "renders pages: scripts/test.sh runs it with --ignored --test-threads=1"]
    error_pages_have_status, |app| {
    let sam = app.login("sam@northwind.example").await;
    let get = |path: &'static str| {
        let client = sam.clone();
        let url = app.url(path);
        async move { client.get(url).header("accept", "text/html").send().await.unwrap() }
    };
    let r = get("/admin/staff").await;
    assert_eq!(r.status(), 403);
    assert!(r.text().await.unwrap().contains("No access"));
    assert_eq!(get("/deals/99999999").await.status(), 404);
    assert_eq!(get("/no/such/page").await.status(), 404);
    // Signed out too: an unknown path is a plain 404 page, not a crash
    // (router components outside a matched route used to panic).
    let anon = app.client().get(app.url("/no/such/page")).header("accept", "text/html").send().await.unwrap();
    assert_eq!(anon.status(), 404);
    assert!(anon.text().await.unwrap().contains("Not found"));
    let ok = get("/deals").await;
    assert_eq!(ok.status(), 200);
    assert!(ok.text().await.unwrap().contains("Globex Corporation"));
});
