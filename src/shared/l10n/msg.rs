//! A message to be shown to someone whose language is not known yet: a
//! key in the locale files and its arguments. Stores and rules return these
//! (in errors, notifications, e-mails); the reader's side renders them.

use serde::{Deserialize, Serialize};

/// One argument of a message. Money, dates and numbers stay values until
/// they are rendered, so each reader sees them in their own format.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arg {
    Text(String),
    Int(i64),
    /// Minor units and an ISO currency code.
    Money(i64, String),
    /// A calendar date (UTC midnight, shown without a time zone).
    Date(i64),
    /// An instant, shown in the reader's time zone.
    DateTime(i64),
    /// A duration in milliseconds.
    Duration(i64),
    /// Another message key, rendered first (a status label, a field name).
    Key(String),
    /// Basis points shown as a percentage.
    Percent(i64),
}

impl Arg {
    pub fn money(cents: i64, currency: &str) -> Arg {
        Arg::Money(cents, currency.to_string())
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_string())
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}

macro_rules! int_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Self {
                Arg::Int(v as i64)
            }
        }
    )*};
}
int_args!(i64, i32, u32, usize, u64, u8, u16);

/// A key and its named arguments. Build it with [`crate::msg!`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Msg {
    pub key: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, Arg)>,
    /// `key` is finished text, not a key: shown as it is in every
    /// language. Only tests make one; there is deliberately no conversion
    /// from a string, so no English sentence becomes a message unnoticed.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub literal: bool,
}

impl Msg {
    pub fn new(key: &str) -> Self {
        Msg {
            key: key.to_string(),
            args: Vec::new(),
            literal: false,
        }
    }

    /// Finished text (see `literal`): for tests.
    pub fn literal(text: impl Into<String>) -> Self {
        Msg {
            key: text.into(),
            args: Vec::new(),
            literal: true,
        }
    }

    pub fn with(mut self, name: &str, value: impl Into<Arg>) -> Self {
        self.args.push((name.to_string(), value.into()));
        self
    }

    /// The argument `name`, if present (tests and logs).
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| n == name).map(|(_, a)| a)
    }
}

/// For logs: the key and its arguments, never shown to a person.
impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.key)?;
        for (name, arg) in &self.args {
            write!(f, " {name}={arg:?}")?;
        }
        Ok(())
    }
}
