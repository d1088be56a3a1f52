//! Issue 21, holes 2-5 and 7: guessing cannot outrun the limits, an
//! attacker cannot keep the owner out, "forgot password" neither floods
//! nor tells which accounts exist, the client address cannot be spoofed,
//! and weaker stored hashes are upgraded.

use std::time::{Duration, Instant};

use crate::helpers::*;

/// A sign-in attempt from `address` as the trusted proxy reports it.
async fn attempt(
    app: &TestApp,
    client: &reqwest::Client,
    address: &str,
    email: &str,
    password: &str,
) -> reqwest::Response {
    client
        .post(app.url("/api/auth/login"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", app.url(""))
        .header("x-forwarded-for", address)
        .body(form(&[("email", email), ("password", password)]))
        .send()
        .await
        .unwrap()
}

db_test!(
    /// Hole 2: 50 wrong passwords sent at once from one address cost at
    /// most the limit's five hashes: each attempt is counted before its
    /// hash, atomically, so the burst cannot find the counter unlocked.
    parallel_guesses_cannot_outrun_the_limit, |app| {
    let before = app.state.hashing.verifications();
    let client = app.client();
    let tasks: Vec<_> = (0..50).map(|_| {
        let (app, client) = (app.clone(), client.clone());
        tokio::spawn(async move {
            app.call(&client, "/api/auth/login", &form(&[("email", "sam@northwind.example"), ("password", "wrong-password")]))
                .await.status().as_u16()
        })
    }).collect();
    let mut statuses = Vec::new();
    for t in tasks {
        statuses.push(t.await.unwrap());
    }
    let hashed = app.state.hashing.verifications() - before;
    let limit = app.state.config.security.account_failures as u64;
    println!("50 parallel guesses: {hashed} hashed, statuses {statuses:?}");
    assert!(hashed <= limit, "{hashed} passwords were hashed, the limit is {limit}");
    assert_eq!(statuses.iter().filter(|s| **s == 422).count() as u64, hashed);
    assert!(statuses.iter().all(|s| *s == 422 || *s == 429), "{statuses:?}");
    let right = app.call(&client, "/api/auth/login", &form(&[("email", "sam@northwind.example"), ("password", PASSWORD)])).await;
    assert_eq!(right.status(), 429, "this address stays locked out of the account");
});

db_test!(
    /// Hole 2 from many addresses: the account-wide slowdown lets about
    /// its threshold through at once, however many addresses guess.
    distributed_guesses_are_slowed, settings = [("PORTAL_TRUSTED_PROXY_HOPS", "1")], |app| {
    let before = app.state.hashing.verifications();
    let client = app.client();
    let tasks: Vec<_> = (0..50).map(|i| {
        let (app, client) = (app.clone(), client.clone());
        tokio::spawn(async move {
            attempt(&app, &client, &format!("203.0.113.{}", i + 1), "sam@northwind.example", "wrong-password")
                .await.status().as_u16()
        })
    }).collect();
    for t in tasks {
        t.await.unwrap();
    }
    let hashed = app.state.hashing.verifications() - before;
    let threshold = app.state.config.security.account_slowdown_after as u64;
    println!("50 guesses from 50 addresses: {hashed} hashed (slowdown from {threshold})");
    // After the threshold each further attempt waits 1 s, then 2 s, ...
    // after the one before: a burst shorter than 3 s gets at most two more.
    assert!(hashed <= threshold + 2, "{hashed} hashed");
});

db_test!(
    /// Hole 3: an attacker on other addresses slows the account down but
    /// cannot keep its owner out: the browser the owner signed in from
    /// before goes straight in, and the unlock link e-mailed at the start
    /// of the attack makes a new browser trusted too.
    attackers_elsewhere_cannot_keep_the_owner_out, settings = [("PORTAL_TRUSTED_PROXY_HOPS", "1")], |app| {
    let sam = "sam@northwind.example";
    let home = "198.51.100.7";
    // The owner signed in from this browser last week.
    let laptop = app.client();
    assert_eq!(attempt(&app, &laptop, home, sam, PASSWORD).await.status(), 200);
    app.call(&laptop, "/api/auth/logout", "").await;

    // The attack: one guess from each of many addresses.
    let attacker = app.client();
    let mut refused = 0;
    for i in 1..=30 {
        let r = attempt(&app, &attacker, &format!("203.0.113.{i}"), sam, &format!("guess-number-{i}")).await;
        if r.status() == 429 {
            refused += 1;
            let err: serde_json::Value = r.json().await.unwrap();
            assert_eq!(err["TooManyRequests"]["key"], "auth-error-slowed", "a slowdown, not a lock: {err}");
        }
    }
    assert!(refused >= 15, "the account was slowed down ({refused} refused)");
    // A sustained attack keeps the delay at its longest.
    sqlx::query("UPDATE login_throttle SET failures = 60, last_at = $1 WHERE throttle_key = $2")
        .bind(partner_portal::server::now_ms())
        .bind(format!("acct:{sam}"))
        .execute(&app.state.db.pool).await.unwrap();

    // A new browser must wait...
    let phone = app.client();
    let r = attempt(&app, &phone, "192.0.2.44", sam, PASSWORD).await;
    assert_eq!(r.status(), 429);
    // ...the known laptop does not.
    assert_eq!(attempt(&app, &laptop, home, sam, PASSWORD).await.status(), 200);
    // The owner was told at the start of the attack, once, with a link.
    assert_eq!(app.scalar("SELECT COUNT(*) FROM account_mail_requests WHERE kind = 'unlock'").await, 1);
    let token = app.token_mailed("unlock", sam).await;
    let unlocked = app.call(&phone, "/api/auth/unlock", &form(&[("token", &token)])).await;
    assert_eq!(unlocked.status(), 200);
    let device = unlocked.headers().get_all("set-cookie").iter()
        .filter_map(|v| v.to_str().ok()).find(|v| v.starts_with("portal_device=")).expect("device cookie").to_string();
    assert!(device.contains("HttpOnly") && device.contains("Max-Age="), "{device}");
    assert_eq!(attempt(&app, &phone, "192.0.2.44", sam, PASSWORD).await.status(), 200, "the phone is in");
    // The link worked once.
    assert_eq!(app.call(&app.client(), "/api/auth/unlock", &form(&[("token", &token)])).await.status(), 400);
    // The attacker is still slowed, and each of its addresses locks after five.
    let r = attempt(&app, &attacker, "203.0.113.200", sam, "yet-another-guess").await;
    assert_eq!(r.status(), 429);
    // An unknown address gets the same slowdown and no mail.
    for i in 1..=12 {
        attempt(&app, &attacker, &format!("203.0.113.{i}"), "ghost@northwind.example", "guess").await;
    }
    app.process_account_mail().await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'unlock'").await, 1);
});

db_test!(
    /// Hole 4: "forgot password" answers alike for every address and does
    /// the same work before it answers (the lookup and the mail happen
    /// later, in the worker), so neither the answer nor its time tells
    /// which accounts exist. Measured: the median of 15 requests each.
    forgot_password_answers_alike, settings = [
        ("PORTAL_TRUSTED_PROXY_HOPS", "1"),
        ("PORTAL_RESET_PER_ADDRESS", "1000"),
        ("PORTAL_RESET_PER_CLIENT", "1000"),
    ], |app| {
    let client = app.client();
    let ask = |email: &'static str, i: usize| {
        let (app, client) = (app.clone(), client.clone());
        async move {
            let started = Instant::now();
            let r = client.post(app.url("/api/auth/forgot-password"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("origin", app.url(""))
                .header("x-forwarded-for", format!("198.51.100.{i}"))
                .body(form(&[("email", email)])).send().await.unwrap();
            let status = r.status().as_u16();
            let body = r.text().await.unwrap();
            (started.elapsed(), status, body)
        }
    };
    let (mut known, mut unknown) = (Vec::new(), Vec::new());
    for i in 0..15 {
        let k = ask("sam@northwind.example", i).await;
        let u = ask("ghost@northwind.example", i).await;
        assert_eq!((k.1, &k.2), (u.1, &u.2), "the same answer");
        known.push(k.0);
        unknown.push(u.0);
    }
    let median = |mut v: Vec<Duration>| { v.sort(); v[v.len() / 2] };
    let (k, u) = (median(known), median(unknown));
    println!("forgot-password median: known address {k:?}, unknown address {u:?}");
    let gap = k.abs_diff(u);
    assert!(gap < Duration::from_millis(15) || gap < k.max(u) / 2, "known {k:?} vs unknown {u:?}");
    app.process_account_mail().await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'password_reset' AND to_address = 'sam@northwind.example'").await, 15);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox WHERE to_address = 'ghost@northwind.example'").await, 0);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM account_mail_requests").await, 0);
});

db_test!(
    /// Hole 4: a person cannot be flooded with reset mail (three an hour
    /// per address), nor can one client ask for many addresses.
    forgot_password_is_throttled, settings = [("PORTAL_TRUSTED_PROXY_HOPS", "1")], |app| {
    let client = app.client();
    let ask = |email: String, address: &'static str| {
        let (app, client) = (app.clone(), client.clone());
        async move {
            client.post(app.url("/api/auth/forgot-password"))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("origin", app.url(""))
                .header("x-forwarded-for", address)
                .body(form(&[("email", &email)])).send().await.unwrap().status().as_u16()
        }
    };
    for _ in 0..3 {
        assert_eq!(ask("sam@northwind.example".into(), "198.51.100.1").await, 200);
    }
    assert_eq!(ask("sam@northwind.example".into(), "198.51.100.2").await, 429, "per address");
    for i in 0..17 {
        assert_eq!(ask(format!("person{i}@example.com"), "198.51.100.1").await, 200);
    }
    assert_eq!(ask("lena@northwind.example".into(), "198.51.100.1").await, 429, "per client");
    assert_eq!(ask("lena@northwind.example".into(), "198.51.100.3").await, 200);
    app.process_account_mail().await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'password_reset' AND to_address = 'sam@northwind.example'").await, 3);
});

db_test!(
    /// Hole 5: without a configured proxy, `X-Forwarded-For` is ignored:
    /// the address sessions, audit and throttling see is the socket's.
    forwarded_for_ignored_without_proxies, |app| {
    let r = attempt(&app, &app.client(), "203.0.113.9", "nora@northwind.example", PASSWORD).await;
    assert_eq!(r.status(), 200);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM sessions WHERE ip = '127.0.0.1'").await, 1);
    // So a locked-out guesser cannot step around the lock by rewriting it.
    for i in 0..5 {
        attempt(&app, &app.client(), &format!("203.0.113.{i}"), "sam@northwind.example", "wrong").await;
    }
    let r = attempt(&app, &app.client(), "192.0.2.1", "sam@northwind.example", "wrong").await;
    assert_eq!(r.status(), 429);
});

db_test!(
    /// Hole 5: behind two proxies the client is the second entry from the
    /// right; what the sender wrote further left is ignored.
    forwarded_for_by_proxy_hops, settings = [("PORTAL_TRUSTED_PROXY_HOPS", "2")], |app| {
    let r = attempt(&app, &app.client(), "203.0.113.9, 198.51.100.4, 10.1.1.1", "nora@northwind.example", PASSWORD).await;
    assert_eq!(r.status(), 200);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM sessions WHERE ip = '198.51.100.4'").await, 1);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'login' AND ip = '198.51.100.4'").await, 1);
});

db_test!(
    /// Hole 7: a password stored with weaker argon2 settings than today's
    /// is hashed again at the next successful sign-in.
    weaker_hash_upgraded_at_sign_in, |app| {
    use argon2::password_hash::{PasswordHasher, SaltString};
    let salt = SaltString::encode_b64(b"sixteen bytes!!!").unwrap();
    let weak = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13,
        argon2::Params::new(1024, 1, 1, None).unwrap())
        .hash_password(PASSWORD.as_bytes(), &salt).unwrap().to_string();
    sqlx::query("UPDATE users SET password_hash = $1 WHERE email = 'sam@northwind.example'")
        .bind(&weak).execute(&app.state.db.pool).await.unwrap();
    app.login("sam@northwind.example").await;
    let stored = app.scalar_text("SELECT password_hash FROM users WHERE email = 'sam@northwind.example'").await;
    assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{stored}");
    assert_ne!(stored, weak);
    assert_eq!(app.scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'login' AND detail LIKE '%upgraded%'").await, 1);
    app.login("sam@northwind.example").await;
});

db_test!(
    /// Hole 8: HSTS goes with an https public address even when the
    /// operator turned Secure cookies off; plain http gets none.
    hsts_follows_https, settings = [("PORTAL_PUBLIC_URL", "https://partners.example.com"), ("PORTAL_SECURE_COOKIE", "false")], |app| {
    let r = app.client().get(app.url("/login")).send().await.unwrap();
    let hsts = r.headers().get("strict-transport-security").expect("HSTS under https");
    assert!(hsts.to_str().unwrap().contains("max-age=31536000"));
});

db_test!(
    /// Hole 8, the other way: no HSTS over plain http.
    no_hsts_over_http, |app| {
    let r = app.client().get(app.url("/login")).send().await.unwrap();
    assert!(r.headers().get("strict-transport-security").is_none());
});

db_test!(
    /// Target 4: a wrong password for a real account and any password for
    /// an unknown address cost the same (one argon2 check against the
    /// account's hash or a dummy one) and get the same answer. Measured:
    /// the median of 8 attempts each, every one from its own address.
    sign_in_time_does_not_tell_accounts_apart, settings = [("PORTAL_TRUSTED_PROXY_HOPS", "1")], |app| {
    let client = app.client();
    let (mut known, mut unknown) = (Vec::new(), Vec::new());
    for i in 0..8 {
        let started = Instant::now();
        let k = attempt(&app, &client, &format!("198.51.100.{i}"), "sam@northwind.example", "wrong-password").await;
        known.push(started.elapsed());
        let started = Instant::now();
        let u = attempt(&app, &client, &format!("192.0.2.{i}"), "nobody@northwind.example", "wrong-password").await;
        unknown.push(started.elapsed());
        assert_eq!((k.status(), u.status()), (reqwest::StatusCode::UNPROCESSABLE_ENTITY, reqwest::StatusCode::UNPROCESSABLE_ENTITY));
        let (kt, ut) = (k.text().await.unwrap(), u.text().await.unwrap());
        assert_eq!(kt.replace("sam@northwind.example", "X"), ut.replace("nobody@northwind.example", "X"));
    }
    let median = |mut v: Vec<Duration>| { v.sort(); v[v.len() / 2] };
    let (k, u) = (median(known), median(unknown));
    println!("sign-in median: wrong password {k:?}, unknown address {u:?}");
    let gap = k.abs_diff(u);
    assert!(gap < Duration::from_millis(15) || gap < k.max(u) / 3, "known {k:?} vs unknown {u:?}");
});
