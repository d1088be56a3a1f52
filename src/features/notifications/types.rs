//! What pages see of a notification.

use serde::{Deserialize, Serialize};

use crate::shared::l10n::{use_l10n, Msg};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notification {
    pub id: i64,
    pub kind: String,
    /// The English words, as written; shown when there is no message.
    pub title: String,
    pub body: String,
    /// The words as messages, rendered in the reader's language (none on
    /// rows from before messages, or when the stored JSON does not parse).
    pub title_msg: Option<Msg>,
    pub body_msg: Option<Msg>,
    pub link: String,
    pub created_at: i64,
    pub read: bool,
}

impl Notification {
    /// The title in the reader's language (English when it has no message).
    pub fn title_text(&self) -> String {
        in_reader_language(self.title_msg.as_ref(), &self.title)
    }

    /// The body in the reader's language (English when it has no message).
    pub fn body_text(&self) -> String {
        in_reader_language(self.body_msg.as_ref(), &self.body)
    }
}

/// One of the latest notifications as the home page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recent {
    pub title: String,
    pub title_msg: Option<Msg>,
    pub link: String,
    pub created_at: i64,
    pub unread: bool,
}

impl Recent {
    /// The title in the reader's language (English when it has no message).
    pub fn title_text(&self) -> String {
        in_reader_language(self.title_msg.as_ref(), &self.title)
    }
}

fn in_reader_language(m: Option<&Msg>, english: &str) -> String {
    match m {
        Some(m) => use_l10n().msg(m),
        None => english.to_string(),
    }
}

/// A stored message (JSON) read back: none when absent or unreadable.
pub fn parse_msg(json: Option<&str>) -> Option<Msg> {
    serde_json::from_str(json?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_messages_parse_or_fall_back() {
        let m = crate::msg!("error-internal", reference = "r-7");
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(parse_msg(Some(&json)), Some(m));
        assert_eq!(parse_msg(Some("not json")), None);
        assert_eq!(parse_msg(Some("{\"nokey\":1}")), None);
        assert_eq!(parse_msg(None), None);
        let r = Recent {
            title: "Approved: Acme".into(),
            title_msg: None,
            link: "/deals/1".into(),
            created_at: 0,
            unread: true,
        };
        assert_eq!(r.title_text(), "Approved: Acme");
    }
}
