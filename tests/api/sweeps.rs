//! SECURITY.md targets proven over every route rather than one example:
//! the route lists (the authorisation matrix for server functions and
//! file routes, the router's own list for pages) drive the requests, so a
//! new route is swept without anyone remembering to add it.

use crate::matrix::{client_for, fill, matrix, pages, send, Objects, MISSING};

/// The roles whose clients can reach an endpoint's body when the matrix
/// allows it (not the out-of-scope manager or the disabled user).
const ACTING_ROLES: [&str; 6] = [
    "partner_user_a",
    "partner_admin_a",
    "manager_in_scope",
    "vendor_admin",
    "anonymous",
    "partner_admin_b",
];

/// Cross-site forgeries a browser would send from another site.
const FORGERIES: [(&str, &str); 4] = [
    ("origin", "https://evil.example"),
    ("origin", "null"),
    ("sec-fetch-site", "cross-site"),
    ("sec-fetch-site", "same-site"),
];

db_test!(
    /// Target 7: every state-changing route in the matrix (server
    /// functions, uploads, sign-in and sign-out), sent cross-site by a
    /// client the matrix allows to call it, is refused with 403 before it
    /// runs, and no table changes.
    every_mutating_route_refuses_cross_site_requests, |app| {
    let m = matrix();
    let mut clients = std::collections::HashMap::new();
    for role in ACTING_ROLES {
        clients.insert(role, client_for(&app, role).await);
    }
    let before = app.fingerprint().await;
    let mut failures = Vec::new();
    let mut swept = 0;
    for row in m.fns.iter().filter(|r| r.method.as_deref() != Some("get")) {
        let Some(role) = ACTING_ROLES.iter().find(|role| {
            let i = m.roles.iter().position(|r| r == *role).unwrap();
            row.expect[i] == "ok" || row.expect[i] == "notfound"
        }) else {
            failures.push(format!("{}: no role may call it", row.path));
            continue;
        };
        let client = &clients[role];
        for (header, value) in FORGERIES {
            let r = client
                .post(app.url(&row.path))
                .header("content-type", "application/x-www-form-urlencoded")
                .header(header, value)
                .body(row.body.clone())
                .send()
                .await
                .unwrap();
            if r.status() != 403 {
                failures.push(format!("{} as {role} with {header}: {value} answered {}", row.path, r.status()));
            }
        }
        swept += 1;
    }
    assert!(swept >= 70, "only {swept} routes swept");
    assert!(failures.is_empty(), "cross-site requests not refused:\n{}", failures.join("\n"));
    assert_eq!(app.fingerprint().await, before, "a refused request changed a table");
});

db_test!(
    /// Target 8: every page of every feature, signed in as a partner and
    /// as a vendor admin (and signed out), carries the CSP with a nonce and
    /// without 'unsafe-inline' scripts, nosniff, a referrer policy, frame
    /// denial and no-store. (Run alone by scripts/test.sh; see
    /// PAGE_SWEEP in helpers.rs.)
    #[ignore = "renders every page: scripts/test.sh runs it with --ignored --test-threads=1"]
    every_page_carries_the_security_headers, |app| {
    let paths = pages(&Objects::northwind(&app).await);
    assert!(paths.len() >= 30, "the route list has {} pages", paths.len());
    let mut failures = Vec::new();
    for who in ["anonymous", "partner_admin_a", "vendor_admin"] {
        let client = client_for(&app, who).await;
        for path in &paths {
            let r = client.get(app.url(path)).header("accept", "text/html").send().await.unwrap();
            let h = r.headers();
            let get = |n: &str| h.get(n).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
            let csp = get("content-security-policy");
            let ok = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "'nonce-", "'wasm-unsafe-eval'"]
                .iter().all(|p| csp.contains(p))
                && !csp.contains("unsafe-inline")
                && get("x-content-type-options") == "nosniff"
                && !get("referrer-policy").is_empty()
                && get("x-frame-options") == "DENY"
                && get("cache-control") == "no-store";
            if !ok {
                failures.push(format!("{who} {path} ({}): {:?}", r.status(), h));
            }
        }
    }
    assert!(failures.is_empty(), "pages without the headers:\n{}", failures.join("\n"));
});

db_test!(
    /// Target 3: every endpoint of the matrix that takes an object id
    /// answers a foreign id exactly as it answers a missing one (same
    /// status, same body but for the id itself): for another company's
    /// partners, and for a channel manager asked about a company not
    /// assigned to them.
    foreign_and_missing_ids_answer_alike, |app| {
    let m = matrix();
    let northwind = Objects::northwind(&app).await;
    let tailspin = Objects::tailspin(&app).await;
    let missing = Objects::missing();
    let manager = app.id_of_user("manager@vendor.example").await.to_string();
    let mut failures = Vec::new();
    let mut compared = 0;
    for (role, a) in [
        ("partner_admin_b", &northwind),
        ("partner_user_b", &northwind),
        ("manager_out_of_scope", &tailspin),
    ] {
        let client = client_for(&app, role).await;
        for row in m.fns.iter().filter(|r| a.ids().iter().any(|(k, _)| r.body.contains(k))) {
            let answer = |objects: &Objects| {
                let body = fill(&row.body, objects, &tailspin.company, &manager);
                let (app, client) = (app.clone(), client.clone());
                async move {
                    let r = send(&app, &client, row, &body).await;
                    (r.status().as_u16(), r.text().await.unwrap())
                }
            };
            let (foreign_status, mut foreign_body) = answer(a).await;
            let (missing_status, missing_body) = answer(&missing).await;
            for (_, id) in a.ids() {
                foreign_body = foreign_body.replace(id, MISSING);
            }
            if foreign_status != missing_status || foreign_body != missing_body {
                failures.push(format!(
                    "{role} {}: foreign {foreign_status} {foreign_body:.200} / missing {missing_status} {missing_body:.200}",
                    row.path
                ));
            }
            compared += 1;
        }
    }
    assert!(compared >= 40, "only {compared} comparisons");
    assert!(failures.is_empty(), "foreign and missing ids answer differently:\n{}", failures.join("\n"));
});
