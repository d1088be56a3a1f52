//! What the admin pages see.

use serde::{Deserialize, Serialize};

/// A message in the outbox as the mail log shows it: its text with every
/// sign-in link redacted (only the recipient ever gets a live one).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailItem {
    pub id: i64,
    pub to_address: String,
    pub subject: String,
    pub kind: String,
    pub body_redacted: String,
    pub status: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    /// Not sent because no SMTP server is configured (`last_error` then
    /// holds the operators' English words; the page says it in the
    /// reader's language).
    pub not_configured: bool,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}
