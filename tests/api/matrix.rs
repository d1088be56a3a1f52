//! Tests generated from `security/authz-matrix.toml`: every server function
//! called as every role, compared with the expected answer; the matrix, the
//! policy table and the registered server functions must list the same
//! endpoints.

use serde::Deserialize;

use crate::helpers::*;

#[derive(Deserialize)]
pub struct Matrix {
    pub roles: Vec<String>,
    #[serde(rename = "fn")]
    pub fns: Vec<Row>,
}

#[derive(Deserialize)]
pub struct Row {
    pub path: String,
    pub policy: String,
    pub body: String,
    #[serde(default)]
    pub method: Option<String>,
    pub expect: Vec<String>,
}

pub fn matrix() -> Matrix {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/security/authz-matrix.toml"
    ))
    .unwrap();
    toml::from_str(&text).expect("matrix parses")
}

fn policy_name(p: partner_portal::server::policy::Policy) -> &'static str {
    use partner_portal::server::policy::Policy::*;
    match p {
        Public => "public",
        SignedIn => "signed_in",
        PartnerMember => "partner_member",
        PartnerAdmin => "partner_admin",
        VendorStaff => "vendor_staff",
        VendorAdmin => "vendor_admin",
    }
}

/// Every registered server function has a policy and a matrix row, and the
/// matrix agrees with the policy table.
#[test]
fn matrix_covers_every_server_function() {
    let m = matrix();
    assert_eq!(m.roles.len(), 9);
    // Building the router registers the server functions; the upload and
    // download routes are plain axum routes under the same policy table.
    let mut registered: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.to_string())
        .collect();
    {
        use partner_portal::features::mdf::files::{DOWNLOAD, UPLOAD_ALLOCATIONS, UPLOAD_PROOF};
        registered.extend([UPLOAD_PROOF, DOWNLOAD, UPLOAD_ALLOCATIONS].map(String::from));
        registered.push(partner_portal::features::tiers::exports::PAYOUT_CSV.to_string());
        registered.push(partner_portal::features::dashboard::exports::DASHBOARD_CSV.to_string());
    }
    assert!(!registered.is_empty(), "server functions are registered");
    for path in &registered {
        let row = m.fns.iter().find(|r| &r.path == path);
        assert!(
            row.is_some(),
            "server function {path} has no row in security/authz-matrix.toml"
        );
        let policy = partner_portal::server::policy::policy_for(path).unwrap_or_else(|| {
            panic!("server function {path} has no policy in src/server/policy.rs")
        });
        assert_eq!(
            row.unwrap().policy,
            policy_name(policy),
            "{path}: matrix and policy table disagree"
        );
    }
    for row in &m.fns {
        assert!(
            registered.contains(&row.path),
            "matrix row {} names no server function",
            row.path
        );
        assert_eq!(
            row.expect.len(),
            m.roles.len(),
            "{}: one expectation per role",
            row.path
        );
    }
}

pub async fn client_for(app: &TestApp, role: &str) -> reqwest::Client {
    match role {
        "anonymous" => app.client(),
        "partner_user_a" => app.login("sam@northwind.example").await,
        "partner_admin_a" => app.login("nora@northwind.example").await,
        "partner_user_b" => app.login("jonas@contoso-cloud.example").await,
        "partner_admin_b" => app.login("carla@contoso-cloud.example").await,
        "manager_in_scope" | "manager_out_of_scope" => app.login("manager@vendor.example").await,
        "vendor_admin" => app.login("admin@vendor.example").await,
        "disabled_user" => {
            let c = app.login("mei@tailspin.example").await;
            sqlx::query(
                "UPDATE users SET status = 'disabled' WHERE email = 'mei@tailspin.example'",
            )
            .execute(&app.state.db.pool)
            .await
            .unwrap();
            c
        }
        other => panic!("unknown role {other}"),
    }
}

db_test!(
    /// Each role gets exactly the answer the matrix promises.
    every_function_every_role, |app| {
    let m = matrix();
    let company_a = app.id_of_company("Northwind Systems").await.to_string();
    let company_c = app.id_of_company("Tailspin Integrators").await.to_string();
    let user_a2 = app.id_of_user("lena@northwind.example").await.to_string();
    let manager = app.id_of_user("manager@vendor.example").await.to_string();
    // A closed Northwind deal (calls on it change nothing) and a Tailspin
    // deal for the manager it is not assigned to.
    let deal_a = app.scalar("SELECT id FROM deals WHERE customer_name = 'Umbrella Health'").await.to_string();
    let deal_c = app.scalar("SELECT id FROM deals WHERE customer_name = 'Pacific Rim Foods'").await.to_string();
    // A reimbursed Northwind MDF request and its proof; a Tailspin claim.
    let mdf_a = app.scalar("SELECT id FROM mdf_requests WHERE title = 'Healthcare security webinar'").await.to_string();
    let mdf_c = app.scalar("SELECT id FROM mdf_requests WHERE title = 'APAC partner webinar'").await.to_string();
    let file_a = app.scalar(&format!("SELECT MIN(id) FROM mdf_files WHERE request_id = {mdf_a}")).await.to_string();
    let file_c = app.scalar(&format!("SELECT MIN(id) FROM mdf_files WHERE request_id = {mdf_c}")).await.to_string();
    let mut failures = Vec::new();
    for (i, role) in m.roles.iter().enumerate() {
        let client = client_for(&app, role).await;
        for row in &m.fns {
            // Out of scope: the same manager, asked about a company not assigned.
            let out = role == "manager_out_of_scope";
            let company = if out { &company_c } else { &company_a };
            let deal = if out { &deal_c } else { &deal_a };
            let mdf = if out { &mdf_c } else { &mdf_a };
            let file = if out { &file_c } else { &file_a };
            let body = row.body
                .replace("{company_a}", company)
                .replace("{company_c}", &company_c)
                .replace("{user_a2}", &user_a2)
                .replace("{manager}", &manager)
                .replace("{deal_a}", deal)
                .replace("{mdf_a}", mdf)
                .replace("{file_a}", file);
            let status = if row.method.as_deref() == Some("get") {
                client
                    .get(app.url(&format!("{}?{body}", row.path)))
                    .send()
                    .await
                    .unwrap()
                    .status()
                    .as_u16()
            } else {
                app.call(&client, &row.path, &body).await.status().as_u16()
            };
            let expected = &row.expect[i];
            let ok = match expected.as_str() {
                "ok" => status < 400 || [400, 409, 422, 429].contains(&status),
                "deny" => status == 401 || status == 403,
                "notfound" => status == 404,
                other => panic!("unknown expectation {other}"),
            };
            if !ok {
                failures.push(format!("{role} -> {}: expected {expected}, got {status}", row.path));
            }
        }
        // Undo the disabling so later roles see the same data.
        sqlx::query("UPDATE users SET status = 'active' WHERE email = 'mei@tailspin.example'")
            .execute(&app.state.db.pool).await.unwrap();
    }
    assert!(failures.is_empty(), "matrix violations:\n{}", failures.join("\n"));
});
