//! SECURITY.md target 9: every server function of the matrix, fed bodies
//! generated from its own (a field missing, repeated, or given a wrong
//! type, a huge value, hostile text or unicode edge cases, or no form at
//! all), answers without a 5xx, without SQL or panic text, and a refused
//! request changes no table. The generator is seeded, so a failure names
//! a case that can be run again.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

use crate::matrix::{client_for, fill, matrix, Objects};

/// Values that are wrong for most fields in some way.
fn hostile_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("-1".to_string()),
        Just("0".to_string()),
        Just("1e999".to_string()),
        Just("NaN".to_string()),
        Just("99999999999999999999999999".to_string()),
        Just("-9223372036854775808".to_string()),
        Just("true".to_string()),
        Just("[1,2]".to_string()),
        Just("{\"a\":1}".to_string()),
        Just("' OR 1=1 --".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{202E}gnp.exe".to_string()),
        Just("\u{FEFF}𝕏🙂e\u{301}".to_string()),
        Just("2026-02-30".to_string()),
        Just("x".repeat(20_000)),
        "\\PC{0,40}",
        any::<i64>().prop_map(|n| n.to_string()),
    ]
}

/// One generated body from a row's own body.
#[derive(Clone, Debug)]
enum Mutation {
    /// Field `i` left out.
    Missing(usize),
    /// Field `i` sent twice, the second time with this value.
    Repeated(usize, String),
    /// Field `i` given this value.
    Replaced(usize, String),
    /// A body that is no form at all.
    Raw(Vec<u8>),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => (0..8usize).prop_map(Mutation::Missing),
        1 => (0..8usize, hostile_value()).prop_map(|(i, v)| Mutation::Repeated(i, v)),
        3 => (0..8usize, hostile_value()).prop_map(|(i, v)| Mutation::Replaced(i, v)),
        1 => prop_oneof![
            Just(b"%%%&&&==".to_vec()),
            Just(b"a=%FF%FE%ED%A0%80".to_vec()),
            Just(b"\xff\xfe\x00garbage".to_vec()),
            Just(b"{\"json\": true}".to_vec()),
        ]
        .prop_map(Mutation::Raw),
    ]
}

fn apply(body: &str, m: &Mutation) -> Vec<u8> {
    let mut pairs: Vec<(String, String)> = serde_urlencoded::from_str(body).unwrap_or_default();
    let n = pairs.len().max(1);
    match m {
        Mutation::Raw(bytes) => return bytes.clone(),
        Mutation::Missing(i) => {
            if !pairs.is_empty() {
                pairs.remove(i % n);
            }
        }
        Mutation::Repeated(i, v) => {
            let name = pairs
                .get(i % n)
                .map(|p| p.0.clone())
                .unwrap_or_else(|| "id".into());
            pairs.push((name, v.clone()));
        }
        Mutation::Replaced(i, v) => match pairs.get_mut(i % n) {
            Some(p) => p.1 = v.clone(),
            None => pairs.push(("id".into(), v.clone())),
        },
    }
    serde_urlencoded::to_string(&pairs).unwrap().into_bytes()
}

/// Cases per server function and database.
const CASES: usize = 8;

db_test!(
    /// Every server function, generated bodies: never a 5xx, never
    /// internals in the answer, and no table changes after a refusal.
    generated_bodies_never_break_a_server_function, |app| {
    let m = matrix();
    let manager = app.id_of_user("manager@vendor.example").await.to_string();
    let northwind = Objects::northwind(&app).await;
    let tailspin = app.id_of_company("Tailspin Integrators").await.to_string();
    let mut clients = std::collections::HashMap::new();
    let mut runner = TestRunner::new_with_rng(
        Config { cases: CASES as u32, ..Config::default() },
        TestRng::from_seed(RngAlgorithm::ChaCha, &[21; 32]),
    );
    let mut failures = Vec::new();
    let mut sent = 0;
    for row in m.fns.iter().filter(|r| r.method.as_deref() != Some("get") && !r.path.contains("/files/") && !r.path.ends_with("/upload")) {
        if row.path == "/api/auth/logout" {
            continue; // it ends the session the other cases use
        }
        let role = ["vendor_admin", "partner_admin_a", "partner_user_a", "manager_in_scope", "anonymous"]
            .into_iter()
            .find(|role| ["ok", "notfound"].contains(&row.expect[m.roles.iter().position(|r| r == role).unwrap()].as_str()))
            .unwrap_or("anonymous");
        if !clients.contains_key(role) {
            clients.insert(role, client_for(&app, role).await);
        }
        let client = clients[role].clone();
        for case in 0..CASES {
            let mutation = mutation().new_tree(&mut runner).unwrap().current();
            let body = apply(&fill(&row.body, &northwind, &tailspin, &manager), &mutation);
            let before = app.fingerprint().await;
            let r = client.post(app.url(&row.path))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("origin", app.url(""))
                .body(body)
                .send().await.unwrap();
            let status = r.status().as_u16();
            let text = r.text().await.unwrap_or_default().to_lowercase();
            sent += 1;
            let leaked = ["sqlx", "panicked", "syntax error", "sqlite", "postgres", "stack backtrace"]
                .iter().any(|w| text.contains(w));
            if status >= 500 || leaked {
                failures.push(format!("{} case {case} ({mutation:?}) as {role}: {status} {text:.300}", row.path));
            } else if status >= 400 && app.fingerprint().await != before {
                failures.push(format!("{} case {case} ({mutation:?}) as {role}: refused with {status} but changed a table", row.path));
            }
        }
    }
    println!("{sent} generated bodies sent");
    assert!(sent >= 500, "only {sent} bodies");
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
});
