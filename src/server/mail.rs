//! E-mail: every message is first written to the `outbox` table in the same
//! transaction as the change that caused it; a worker then delivers it by
//! SMTP (lettre) when SMTP is configured.
//!
//! Invitation, reset and unlock links sign a person in, so whoever reads one
//! can take the account over. A message's text therefore leaves the server
//! only to its recipient: once it is sent (or given up on) the outbox keeps
//! it with every `token=` value replaced by [`REDACTED`], staff see only
//! the redacted text, and no body is ever logged, except by the development
//! mail log: a server in development mode (`env = "DEV"`) without SMTP
//! prints each message to its log and says so at start. In production
//! without SMTP nothing is sent; the message is marked failed.
//!
//! Several app servers may run the worker: the outbox is a queue of items
//! with leases (`work`): a row is claimed by moving its `next_attempt_at`
//! a lease ahead with a compare-and-set, so one server wins, and a server
//! that dies mid-send leaves the message due again two minutes later.

use std::time::Duration;

use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use sqlx::Row;

use super::config::MailConfig;
use super::work::{self, Items};
use super::AppState;

const CLAIM_MS: i64 = 120_000;
const MAX_ATTEMPTS: i64 = 8;

/// What replaces a token in a stored or shown message.
pub const REDACTED: &str = "[redacted]";

/// The `last_error` of a message never sent because no SMTP server is
/// configured: kept in English for operators; the mail log shows it in
/// the reader's language (`admin-mail-no-smtp`).
pub const NOT_CONFIGURED: &str = "Not sent: no SMTP server is configured";

/// `body` with the value of every `token=` parameter replaced by
/// [`REDACTED`]: what may be kept or shown once the recipient has theirs.
pub fn redact_links(body: &str) -> String {
    const KEY: &str = "token=";
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(at) = rest.find(KEY) {
        let value_at = at + KEY.len();
        out.push_str(&rest[..value_at]);
        let tail = &rest[value_at..];
        let len = tail
            .find(|c: char| !(c.is_ascii_alphanumeric() || "-_.~%".contains(c)))
            .unwrap_or(tail.len());
        if len > 0 {
            out.push_str(REDACTED);
        }
        rest = &tail[len..];
    }
    out.push_str(rest);
    out
}

#[derive(Clone)]
pub struct Mailer {
    transport: Option<AsyncSmtpTransport<Tokio1Executor>>,
    from: String,
    /// Development mode without SMTP: print messages to the log.
    dev_log: bool,
}

impl Mailer {
    /// `dev` is the server's development mode: only there may a message
    /// without an SMTP server go to the log.
    pub fn from_config(cfg: &MailConfig, dev: bool) -> Self {
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
            dev_log: dev && transport.is_none(),
            transport,
            from: cfg.from.clone(),
        }
    }

    pub fn has_smtp(&self) -> bool {
        self.transport.is_some()
    }

    /// Says at start where mail goes, so nobody is surprised by either a
    /// log full of links or mail that never arrives.
    pub fn announce(&self, cfg: &MailConfig) {
        if let Some(host) = &cfg.smtp_host {
            tracing::info!(%host, port = cfg.smtp_port, "mail is sent by SMTP");
        } else if self.dev_log {
            tracing::warn!(
                "development mode without SMTP: e-mails are not sent; each one, its sign-in \
                 links included, is printed to this log (the development mail log). \
                 Never run a production server with env = \"DEV\""
            );
        } else {
            tracing::warn!(
                "no SMTP server is configured: e-mails (invitations, password resets) are \
                 not sent and are marked failed in /admin/mail; set mail.smtp_host"
            );
        }
    }
}

/// What became of one delivery attempt.
#[derive(Debug, PartialEq, Eq)]
enum Outcome {
    /// Handed to the SMTP server.
    Sent,
    /// Printed by the development mail log.
    Logged,
    /// Production without SMTP: nowhere to send it.
    NoTransport,
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

/// The outbox as a queue of items, each claimed on its own (`work`).
const OUTBOX: Items = Items {
    table: "outbox",
    pending: "status = 'pending'",
    due: "next_attempt_at",
    attempts: "attempts",
};

/// Delivers what is due; returns how many messages were handled.
pub async fn deliver_due(state: &AppState) -> Result<usize, sqlx::Error> {
    let now = super::now_ms();
    let rows = work::due(
        &state.db,
        &OUTBOX,
        "id, to_address, subject, body_text, attempts",
        now,
        20,
    )
    .await?;
    let mut handled = 0;
    for row in rows {
        let id: i64 = row.get(0);
        let to: String = row.get(1);
        let subject: String = row.get(2);
        let body: String = row.get(3);
        let attempts: i64 = row.get(4);
        let due: i64 = row.get(5);
        if !work::claim(&state.db, &OUTBOX, id, due, now, CLAIM_MS).await? {
            continue; // another server took it
        }
        handled += 1;
        let outcome = send(&state.mailer, id, &to, &subject, &body).await;
        let done = super::now_ms();
        // Once the recipient has it, or never will, only the redacted text stays.
        let redacted = redact_links(&body);
        let update = match outcome {
            Ok(outcome) => {
                let (status, error) = match outcome {
                    Outcome::Sent => ("sent", None),
                    Outcome::Logged => ("logged", None),
                    Outcome::NoTransport => ("failed", Some(NOT_CONFIGURED)),
                };
                sqlx::query(
                    "UPDATE outbox SET status = $1, sent_at = $2, last_error = $3, body_text = $4 \
                     WHERE id = $5",
                )
                .bind(status)
                .bind(done)
                .bind(error)
                .bind(redacted)
                .bind(id)
            }
            Err(e) => {
                tracing::warn!(id, error = %e, "mail delivery failed");
                let last = work::gives_up(attempts, MAX_ATTEMPTS);
                sqlx::query(
                    "UPDATE outbox SET status = $1, last_error = $2, next_attempt_at = $3, \
                     body_text = $4 WHERE id = $5",
                )
                .bind(if last { "failed" } else { "pending" })
                .bind(e.chars().take(300).collect::<String>())
                .bind(work::retry_at(done, attempts))
                .bind(if last { redacted } else { body })
                .bind(id)
            }
        };
        state.db.execute_one(update).await?;
    }
    Ok(handled)
}

async fn send(
    mailer: &Mailer,
    id: i64,
    to: &str,
    subject: &str,
    body: &str,
) -> Result<Outcome, String> {
    let Some(transport) = &mailer.transport else {
        if mailer.dev_log {
            tracing::info!(
                target: "portal::dev_mail",
                id,
                %to,
                %subject,
                "development mail log (not sent):\n{body}"
            );
            return Ok(Outcome::Logged);
        }
        // The server warned once at start; one line a message is noise.
        tracing::debug!(id, "mail not sent: no SMTP server is configured");
        return Ok(Outcome::NoTransport);
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
    Ok(Outcome::Sent)
}

/// Runs the delivery loop until the process ends.
pub fn spawn_worker(state: AppState) {
    tokio::spawn(async move {
        loop {
            // Reset and unlock requests become mail here, off the request.
            if let Err(e) = super::account_mail::process(&state).await {
                tracing::error!(error = %e, "account mail requests");
            }
            match deliver_due(&state).await {
                Ok(n) if n > 0 => continue,
                Ok(_) => {}
                Err(e) => tracing::error!(error = %e, "outbox worker"),
            }
            tokio::time::sleep(Duration::from_millis(1500)).await;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every token value goes, whatever link carries it; the rest stays.
    #[test]
    fn links_are_redacted() {
        let body = "Hello Ada,\nhttp://x/reset-password?token=abc-DEF_123\n\
                    http://x/invitation?a=1&token=Zz9%2F.~x done\ntoken= alone";
        let out = redact_links(body);
        assert_eq!(
            out,
            "Hello Ada,\nhttp://x/reset-password?token=[redacted]\n\
             http://x/invitation?a=1&token=[redacted] done\ntoken= alone"
        );
        assert!(!out.contains("abc-DEF_123") && !out.contains("Zz9"));
        assert_eq!(redact_links("no links"), "no links");
        assert_eq!(redact_links(&out), out, "redacting twice changes nothing");
    }
}
