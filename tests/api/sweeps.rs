//! SECURITY.md targets proven over every route rather than one example:
//! the route lists (the authorisation matrix for server functions and
//! file routes, the router's own list for pages) drive the requests, so a
//! new route is swept without anyone remembering to add it.

use crate::helpers::*;
use crate::matrix::{client_for, matrix};

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

/// The router's pages with their parameters filled with a real id.
async fn pages(app: &TestApp) -> Vec<String> {
    let deal = app.scalar("SELECT MIN(id) FROM deals").await;
    let mdf = app.scalar("SELECT MIN(id) FROM mdf_requests").await;
    let company = app.id_of_company("Northwind Systems").await;
    let routes = leptos_axum::generate_route_list(partner_portal::app::App);
    let mut paths: Vec<String> = routes
        .iter()
        .map(|r| r.path().to_string())
        .map(|p| {
            let id = if p.starts_with("/deals/") {
                deal
            } else if p.starts_with("/mdf/") {
                mdf
            } else {
                company
            };
            p.replace(":id", &id.to_string())
                .replace("{id}", &id.to_string())
        })
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

db_test!(
    /// Target 8: every page of every feature, signed in as a partner and
    /// as a vendor admin (and signed out), carries the CSP with a nonce and
    /// without 'unsafe-inline' scripts, nosniff, a referrer policy, frame
    /// denial and no-store. (Run alone by scripts/test.sh; see
    /// PAGE_SWEEP in helpers.rs.)
    #[ignore = "renders every page: scripts/test.sh runs it with --ignored --test-threads=1"]
    every_page_carries_the_security_headers, |app| {
    let paths = pages(&app).await;
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

/// An id no row has.
const MISSING: &str = "987654321";

db_test!(
    /// Target 3: every endpoint of the matrix that takes an object id
    /// answers a foreign id exactly as it answers a missing one (same
    /// status, same body but for the id itself): for another company's
    /// partners, and for a channel manager asked about a company not
    /// assigned to them.
    foreign_and_missing_ids_answer_alike, |app| {
    let m = matrix();
    let northwind = [
        ("{company_a}", app.id_of_company("Northwind Systems").await.to_string()),
        ("{deal_a}", app.scalar("SELECT id FROM deals WHERE customer_name = 'Umbrella Health'").await.to_string()),
        ("{mdf_a}", app.scalar("SELECT id FROM mdf_requests WHERE title = 'Healthcare security webinar'").await.to_string()),
        ("{user_a2}", app.id_of_user("lena@northwind.example").await.to_string()),
    ];
    let mdf_a = &northwind[2].1;
    let file_a = app.scalar(&format!("SELECT MIN(id) FROM mdf_files WHERE request_id = {mdf_a}")).await.to_string();
    let tailspin = [
        ("{company_a}", app.id_of_company("Tailspin Integrators").await.to_string()),
        ("{deal_a}", app.scalar("SELECT id FROM deals WHERE customer_name = 'Pacific Rim Foods'").await.to_string()),
        ("{mdf_a}", app.scalar("SELECT id FROM mdf_requests WHERE title = 'APAC partner webinar'").await.to_string()),
        ("{user_a2}", app.id_of_user("mei@tailspin.example").await.to_string()),
    ];
    let mdf_c = &tailspin[2].1;
    let file_c = app.scalar(&format!("SELECT MIN(id) FROM mdf_files WHERE request_id = {mdf_c}")).await.to_string();
    let manager = app.id_of_user("manager@vendor.example").await.to_string();
    let mut failures = Vec::new();
    let mut compared = 0;
    for (role, ids, file) in [
        ("partner_admin_b", &northwind, &file_a),
        ("partner_user_b", &northwind, &file_a),
        ("manager_out_of_scope", &tailspin, &file_c),
    ] {
        let client = client_for(&app, role).await;
        for row in m.fns.iter().filter(|r| ids.iter().any(|(k, _)| r.body.contains(k)) || r.body.contains("{file_a}")) {
            let fill = |missing: bool| {
                let mut body = row.body.replace("{manager}", &manager).replace("{company_c}", &tailspin[0].1);
                for (key, id) in ids.iter() {
                    body = body.replace(key, if missing { MISSING } else { id });
                }
                body.replace("{file_a}", if missing { MISSING } else { file })
            };
            let send = |body: String| {
                let client = client.clone();
                let app = app.clone();
                let path = row.path.clone();
                let get = row.method.as_deref() == Some("get");
                async move {
                    let r = if get {
                        client.get(app.url(&format!("{path}?{body}"))).send().await.unwrap()
                    } else {
                        app.call(&client, &path, &body).await
                    };
                    (r.status().as_u16(), r.text().await.unwrap())
                }
            };
            let (foreign_status, mut foreign_body) = send(fill(false)).await;
            let (missing_status, missing_body) = send(fill(true)).await;
            for (_, id) in ids.iter() {
                foreign_body = foreign_body.replace(id.as_str(), MISSING);
            }
            foreign_body = foreign_body.replace(file.as_str(), MISSING);
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
