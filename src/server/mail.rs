//! E-mail: every message is first written to the `outbox` table in the same
//! transaction as the change that caused it; a worker then delivers it by
//! SMTP (lettre) when SMTP is configured, or writes it to the log and marks
//! it `logged` so vendor admins can read it on the dev mail page.
//!
//! Several app servers may run the worker: a row is claimed by moving its
//! `next_attempt_at` forward with a compare-and-set, so one server wins.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::Row;

use super::config::MailConfig;
use super::AppState;

const CLAIM_MS: i64 = 120_000;
const MAX_ATTEMPTS: i64 = 8;

#[derive(Clone)]
pub struct Mailer {
    transport: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: String,
}

impl Mailer {
    pub fn from_config(cfg: &MailConfig) -> Self {
        let transport = cfg.smtp_host.as_ref().and_then(|host| {
            let builder = match cfg.smtp_tls.as_str() {
                "tls" => AsyncSmtpTransport::<Tokio1Executor>::relay(host),
                "none" => Ok(AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(
                    host,
                )),
                _ => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host),
            };
            match builder {
                Ok(b) => {
                    let mut b = b.port(cfg.smtp_port);
                    if let (Some(u), Some(p)) = (&cfg.smtp_username, &cfg.smtp_password) {
                        b = b.credentials(Credentials::new(u.clone(), p.clone()));
                    }
                    Some(b.build())
                }
                Err(e) => {
                    tracing::error!(error = %e, "invalid SMTP settings; mail will be logged only");
                    None
                }
            }
        });
        Mailer {
            transport,
            from: cfg.from.clone(),
        }
    }

    pub fn has_smtp(&self) -> bool {
        self.transport.is_some()
    }
}

/// Queues a message inside the caller's transaction.
pub async fn enqueue(
    conn: &mut sqlx::AnyConnection,
    to: &str,
    subject: &str,
    body: &str,
    kind: &str,
) -> Result<(), sqlx::Error> {
    let now = super::now_ms();
    sqlx::query(
        "INSERT INTO outbox (to_address, subject, body_text, kind, created_at, next_attempt_at) \
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(to)
    .bind(subject)
    .bind(body)
    .bind(kind)
    .bind(now)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Delivers what is due; returns how many messages were handled.
pub async fn deliver_due(state: &AppState) -> Result<usize, sqlx::Error> {
    let now = super::now_ms();
    let rows = sqlx::query(
        "SELECT id, to_address, subject, body_text, attempts, next_attempt_at FROM outbox \
         WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY next_attempt_at, id LIMIT 20",
    )
    .bind(now)
    .fetch_all(&state.db.pool)
    .await?;
    let mut handled = 0;
    for row in rows {
        let id: i64 = row.get(0);
        let to: String = row.get(1);
        let subject: String = row.get(2);
        let body: String = row.get(3);
        let attempts: i64 = row.get(4);
        let due: i64 = row.get(5);
        let claimed = state
            .db
            .execute_one(
                sqlx::query(
                    "UPDATE outbox SET next_attempt_at = $1, attempts = attempts + 1 \
                     WHERE id = $2 AND status = 'pending' AND next_attempt_at = $3",
                )
                .bind(now + CLAIM_MS)
                .bind(id)
                .bind(due),
            )
            .await?;
        if claimed != 1 {
            continue; // another server took it
        }
        handled += 1;
        let outcome = send(&state.mailer, &to, &subject, &body).await;
        let done = super::now_ms();
        let update = match outcome {
            Ok(status) => sqlx::query(
                "UPDATE outbox SET status = $1, sent_at = $2, last_error = NULL WHERE id = $3",
            )
            .bind(status)
            .bind(done)
            .bind(id),
            Err(e) => {
                tracing::warn!(id, error = %e, "mail delivery failed");
                let backoff = 30_000 * (1i64 << attempts.min(8));
                let status = if attempts + 1 >= MAX_ATTEMPTS {
                    "failed"
                } else {
                    "pending"
                };
                sqlx::query("UPDATE outbox SET status = $1, last_error = $2, next_attempt_at = $3 WHERE id = $4")
                    .bind(status)
                    .bind(e.chars().take(300).collect::<String>())
                    .bind(done + backoff)
                    .bind(id)
            }
        };
        state.db.execute_one(update).await?;
    }
    Ok(handled)
}

async fn send(
    mailer: &Mailer,
    to: &str,
    subject: &str,
    body: &str,
) -> Result<&'static str, String> {
    let Some(transport) = &mailer.transport else {
        tracing::info!(%to, %subject, body = %body, "mail (no SMTP configured; see /admin/mail)");
        return Ok("logged");
    };
    let from: Mailbox = mailer
        .from
        .parse()
        .map_err(|e| format!("from address: {e}"))?;
    let to: Mailbox = to.parse().map_err(|e| format!("to address: {e}"))?;
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(subject)
        .body(body.to_string())
        .map_err(|e| e.to_string())?;
    transport.send(message).await.map_err(|e| e.to_string())?;
    Ok("sent")
}

/// Runs the delivery loop until the process ends.
pub fn spawn_worker(state: AppState) {
    tokio::spawn(async move {
        loop {
            match deliver_due(&state).await {
                Ok(n) if n > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "outbox worker"),
            }
            tokio::time::sleep(Duration::from_millis(1500)).await;
        }
    });
}
