//! Issue 21, hole 1: a sign-in link reaches its recipient and nobody else:
//! not the staff's mail log, not the server log, not the outbox once sent.

use partner_portal::server::config::MailConfig;
use partner_portal::server::mail::{self, Mailer};
use partner_portal::server::AppState;
use sqlx::Row;

use crate::helpers::*;
use crate::sinks::{self, SmtpSink};

/// Asks for a reset of sam's password and returns the live token, read
/// where a test may read it: the outbox row before delivery.
async fn reset_token(app: &TestApp) -> String {
    let r = app
        .call(
            &app.client(),
            "/api/auth/forgot-password",
            &form(&[("email", "sam@northwind.example")]),
        )
        .await;
    assert_eq!(r.status(), 200);
    app.token_mailed("password_reset", "sam@northwind.example")
        .await
}

/// The same server state with another mailer.
fn with_mailer(app: &TestApp, smtp_port: Option<u16>, dev: bool) -> AppState {
    let mut state = app.state.clone();
    let cfg = MailConfig {
        smtp_host: smtp_port.map(|_| "127.0.0.1".to_string()),
        smtp_port: smtp_port.unwrap_or(25),
        smtp_tls: "none".into(),
        ..app.state.config.mail.clone()
    };
    state.mailer = Mailer::from_config(&cfg, dev);
    state
}

/// Runs the outbox worker until nothing is due (the demo data queues mail
/// of its own before ours).
async fn deliver_all(state: &AppState) {
    while mail::deliver_due(state).await.unwrap() > 0 {}
}

async fn outbox_row(app: &TestApp) -> (String, String, Option<String>) {
    let r = sqlx::query(
        "SELECT status, body_text, last_error FROM outbox WHERE kind = 'password_reset' \
         ORDER BY id DESC LIMIT 1",
    )
    .fetch_one(&app.state.db.pool)
    .await
    .unwrap();
    (r.get(0), r.get(1), r.get(2))
}

db_test!(
    /// A vendor admin's mail log shows every message with its links
    /// redacted, so one admin cannot take over another's account; tokens
    /// are stored only as their SHA-256.
    mail_log_never_shows_a_live_link, |app| {
    let token = reset_token(&app).await;
    let invite = app.call(&app.login("nora@northwind.example").await, "/api/team/invite",
        &form(&[("name", "Ivy New"), ("email", "ivy@northwind.example"), ("role", "partner_user")])).await;
    assert_eq!(invite.status(), 200);
    let admin = app.login("admin@vendor.example").await;
    let log = app.call(&admin, "/api/admin/mail/list", "").await.text().await.unwrap();
    assert!(log.contains("reset-password?token=[redacted]"), "{log}");
    assert!(log.contains("invitation?token=[redacted]"), "{log}");
    assert!(!log.contains(&token), "the live reset link reached the mail log");
    assert!(!log.contains("body_text"), "the raw text is not sent");
    let page = admin.get(app.url("/admin/mail")).header("accept", "text/html").send().await.unwrap().text().await.unwrap();
    assert!(page.contains("token=[redacted]") && !page.contains(&token));
    let digest = partner_portal::server::tokens::digest(&token);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM one_time_tokens WHERE token_hash = '{digest}'")).await, 1);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM one_time_tokens WHERE token_hash = '{token}'")).await, 0);
});

db_test!(
    /// In production without SMTP nothing is sent and nothing is logged:
    /// the message is marked failed, its link redacted, the log silent.
    production_without_smtp_keeps_no_link, |app| {
    let token = reset_token(&app).await;
    let state = with_mailer(&app, None, false);
    deliver_all(&state).await;
    let (status, body, error) = outbox_row(&app).await;
    assert_eq!(status, "failed");
    assert!(error.unwrap().contains("no SMTP server"));
    assert!(body.contains("token=[redacted]") && !body.contains(&token), "{body}");
    assert!(sinks::logged().iter().all(|line| !line.contains(&token)), "a body was logged");
});

db_test!(
    /// With SMTP the recipient gets the live link (it works), and the
    /// outbox keeps only the redacted text once it is sent.
    smtp_delivers_the_link_then_forgets_it, |app| {
    let token = reset_token(&app).await;
    let sink = SmtpSink::start().await;
    let state = with_mailer(&app, Some(sink.port), false);
    deliver_all(&state).await;
    let (status, body, _) = outbox_row(&app).await;
    assert_eq!(status, "sent");
    assert!(body.contains("token=[redacted]") && !body.contains(&token), "{body}");
    let received = sink.messages();
    let mail = received.iter().find(|m| m.contains("Reset your partner portal password")).expect("delivered");
    assert_eq!(sinks::token_in(mail).as_deref(), Some(token.as_str()));
    let r = app.call(&app.client(), "/api/auth/reset-password",
        &form(&[("token", &token), ("password", "brand-new-secret"), ("confirm", "brand-new-secret")])).await;
    assert_eq!(r.status(), 200, "the delivered link works");
});

db_test!(
    /// Development mode without SMTP prints each message (the development
    /// mail log, which says what it is) and still keeps only the redacted
    /// text in the outbox.
    development_mail_log, |app| {
    let token = reset_token(&app).await;
    let state = with_mailer(&app, None, true);
    deliver_all(&state).await;
    let (status, body, _) = outbox_row(&app).await;
    assert_eq!(status, "logged");
    assert!(!body.contains(&token));
    let printed = sinks::logged().into_iter().find(|l| l.contains(&token)).expect("printed");
    assert!(printed.contains("portal::dev_mail") && printed.contains("development mail log"), "{printed}");
});

db_test!(
    /// Target 16: three workers (as on three app servers) deliver the same
    /// outbox at once; every message reaches the sink exactly once, and
    /// every queued reset request becomes exactly one e-mail.
    several_workers_send_each_message_once, |app| {
    for email in ["sam@northwind.example", "lena@northwind.example", "nora@northwind.example"] {
        let r = app.call(&app.client(), "/api/auth/forgot-password", &form(&[("email", email)])).await;
        assert_eq!(r.status(), 200);
    }
    let sink = SmtpSink::start().await;
    let workers: Vec<_> = (0..3).map(|_| {
        let state = with_mailer(&app, Some(sink.port), false);
        tokio::spawn(async move {
            loop {
                let requests = partner_portal::server::account_mail::process(&state).await.unwrap();
                let sent = mail::deliver_due(&state).await.unwrap();
                if requests == 0 && sent == 0 {
                    break;
                }
            }
        })
    }).collect();
    for w in workers {
        w.await.unwrap();
    }
    let sent = app.scalar("SELECT COUNT(*) FROM outbox WHERE status = 'sent'").await;
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'").await, 0);
    assert_eq!(sink.messages().len() as i64, sent, "each message once");
    assert_eq!(app.scalar("SELECT COUNT(*) FROM outbox WHERE kind = 'password_reset'").await, 3);
});
