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

/// The demo objects the matrix's placeholders stand for, of one company.
#[derive(Clone)]
pub struct Objects {
    pub company: String,
    pub deal: String,
    pub mdf: String,
    pub file: String,
    pub user: String,
    pub lead: String,
}

/// An id no row has.
pub const MISSING: &str = "987654321";

impl Objects {
    async fn of(
        app: &TestApp,
        company: &str,
        deal: &str,
        mdf: &str,
        user: &str,
        lead: &str,
    ) -> Objects {
        let mdf = app
            .scalar(&format!(
                "SELECT id FROM mdf_requests WHERE title = '{mdf}'"
            ))
            .await;
        Objects {
            company: app.id_of_company(company).await.to_string(),
            deal: app
                .scalar(&format!(
                    "SELECT id FROM deals WHERE customer_name = '{deal}'"
                ))
                .await
                .to_string(),
            mdf: mdf.to_string(),
            file: app
                .scalar(&format!(
                    "SELECT MIN(id) FROM mdf_files WHERE request_id = {mdf}"
                ))
                .await
                .to_string(),
            user: app.id_of_user(user).await.to_string(),
            lead: app
                .scalar(&format!(
                    "SELECT id FROM leads WHERE customer_name = '{lead}'"
                ))
                .await
                .to_string(),
        }
    }

    /// Northwind's: a closed deal (calls on it change nothing), a
    /// reimbursed MDF request and its proof, a partner user.
    pub async fn northwind(app: &TestApp) -> Objects {
        Objects::of(
            app,
            "Northwind Systems",
            "Umbrella Health",
            "Healthcare security webinar",
            "lena@northwind.example",
            "Krusty Foods",
        )
        .await
    }

    /// Tailspin's, a company the channel manager is not assigned.
    pub async fn tailspin(app: &TestApp) -> Objects {
        Objects::of(
            app,
            "Tailspin Integrators",
            "Pacific Rim Foods",
            "APAC partner webinar",
            "mei@tailspin.example",
            "Kowloon Ports",
        )
        .await
    }

    /// Ids no row has, in every place.
    pub fn missing() -> Objects {
        let m = MISSING.to_string();
        Objects {
            company: m.clone(),
            deal: m.clone(),
            mdf: m.clone(),
            file: m.clone(),
            user: m.clone(),
            lead: m,
        }
    }

    /// Each id with the placeholder it fills.
    pub fn ids(&self) -> [(&'static str, &str); 6] {
        [
            ("{lead_a}", &self.lead),
            ("{company_a}", &self.company),
            ("{deal_a}", &self.deal),
            ("{mdf_a}", &self.mdf),
            ("{file_a}", &self.file),
            ("{user_a2}", &self.user),
        ]
    }
}

/// A matrix body with its placeholders filled: the `*_a` ones from `a`,
/// `{company_c}` with Tailspin's id and `{manager}` with the manager's.
pub fn fill(body: &str, a: &Objects, company_c: &str, manager: &str) -> String {
    let mut body = body
        .replace("{company_c}", company_c)
        .replace("{manager}", manager);
    for (key, id) in a.ids() {
        body = body.replace(key, id);
    }
    body
}

/// Calls a row's route with `body`: as a query string for `get` rows,
/// as a form post otherwise.
pub async fn send(
    app: &TestApp,
    client: &reqwest::Client,
    row: &Row,
    body: &str,
) -> reqwest::Response {
    if row.method.as_deref() == Some("get") {
        client
            .get(app.url(&format!("{}?{body}", row.path)))
            .send()
            .await
            .unwrap()
    } else {
        app.call(client, &row.path, body).await
    }
}

/// The router's pages, each `:id` filled with one of `a`'s objects (a
/// deal's, an MDF request's, else the company's), in order, once each.
pub fn pages(a: &Objects) -> Vec<String> {
    let mut paths: Vec<String> = leptos_axum::generate_route_list(partner_portal::app::App)
        .iter()
        .map(|r| r.path().to_string())
        .map(|p| {
            let id = if p.starts_with("/deals/") {
                &a.deal
            } else if p.starts_with("/mdf/") {
                &a.mdf
            } else if p.starts_with("/leads/") {
                &a.lead
            } else {
                &a.company
            };
            p.replace(":id", id).replace("{id}", id)
        })
        .collect();
    paths.sort();
    paths.dedup();
    paths
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
        registered.push(partner_portal::features::leads::types::UPLOAD_LEADS.to_string());
        registered.push(partner_portal::features::leads::types::FIGURES_CSV.to_string());
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
    let northwind = Objects::northwind(&app).await;
    // Out of scope: the same manager, asked about Tailspin's objects.
    let tailspin = Objects { user: northwind.user.clone(), ..Objects::tailspin(&app).await };
    let manager = app.id_of_user("manager@vendor.example").await.to_string();
    let mut failures = Vec::new();
    for (i, role) in m.roles.iter().enumerate() {
        let client = client_for(&app, role).await;
        for row in &m.fns {
            let a = if role == "manager_out_of_scope" { &tailspin } else { &northwind };
            let body = fill(&row.body, a, &tailspin.company, &manager);
            let status = send(&app, &client, row, &body).await.status().as_u16();
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
