//! `AppError`: the one error type every server function returns.
//!
//! Variants are things the interface can act on. Library and database errors
//! never reach this type as text: the server logs them with a reference id
//! (`server::errors`) and sends only `Internal(reference)`. Messages are
//! keys with arguments ([`Msg`]), rendered in the reader's language.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

use super::l10n::{use_l10n, Msg};
use crate::msg;

/// One message for one form field, shown next to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: Msg,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AppError {
    Unauthenticated,
    Forbidden,
    NotFound,
    /// Bad form input. `values` echoes the non-secret fields the user typed so
    /// a page reloaded without JavaScript can show them again.
    Validation {
        message: Msg,
        fields: Vec<FieldError>,
        values: Vec<(String, String)>,
    },
    Conflict(Msg),
    /// Allowed to the role, but closed to this person until something is
    /// done first (the program terms accepted); 403 with the reason.
    Blocked(Msg),
    TooManyRequests(Msg),
    BadRequest(Msg),
    /// A reference to quote to support; the cause is in the server's log.
    Internal(String),
}

impl std::error::Error for AppError {}

/// The error in the reader's language (the request's on the server, the
/// page's in the browser).
impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&use_l10n().msg(&self.message()))
    }
}

impl AppError {
    pub fn validation(message: impl Into<Msg>) -> Self {
        AppError::Validation {
            message: message.into(),
            fields: Vec::new(),
            values: Vec::new(),
        }
    }

    pub fn conflict(message: impl Into<Msg>) -> Self {
        AppError::Conflict(message.into())
    }

    pub fn bad_request(message: impl Into<Msg>) -> Self {
        AppError::BadRequest(message.into())
    }

    pub fn too_many(message: impl Into<Msg>) -> Self {
        AppError::TooManyRequests(message.into())
    }

    /// What to tell the person, whatever the variant.
    pub fn message(&self) -> Msg {
        match self {
            AppError::Unauthenticated => msg!("error-unauthenticated"),
            AppError::Forbidden => msg!("error-forbidden"),
            AppError::NotFound => msg!("error-not-found"),
            AppError::Validation { message, .. }
            | AppError::Conflict(message)
            | AppError::Blocked(message)
            | AppError::TooManyRequests(message)
            | AppError::BadRequest(message) => message.clone(),
            AppError::Internal(reference) => msg!("error-internal", reference = reference),
        }
    }

    /// The message for one field, if this is a validation error naming it.
    pub fn field_msg(&self, name: &str) -> Option<&Msg> {
        match self {
            AppError::Validation { fields, .. } => {
                fields.iter().find(|f| f.field == name).map(|f| &f.message)
            }
            _ => None,
        }
    }

    /// The message for one field in the reader's language.
    pub fn field(&self, name: &str) -> Option<String> {
        self.field_msg(name).map(|m| use_l10n().msg(m))
    }

    /// The value the user had typed into `name`, echoed back by the server.
    pub fn value(&self, name: &str) -> Option<String> {
        match self {
            AppError::Validation { values, .. } => values
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone()),
            _ => None,
        }
    }

    /// The HTTP status an API client sees for this error.
    pub fn status(&self) -> u16 {
        match self {
            AppError::Unauthenticated => 401,
            AppError::Forbidden => 403,
            AppError::NotFound => 404,
            AppError::Validation { .. } => 422,
            AppError::Conflict(_) => 409,
            AppError::Blocked(_) => 403,
            AppError::TooManyRequests(_) => 429,
            AppError::BadRequest(_) => 400,
            AppError::Internal(_) => 500,
        }
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        match value {
            // Malformed or missing arguments: the caller's fault, said plainly.
            ServerFnErrorErr::Args(detail) | ServerFnErrorErr::MissingArg(detail) => {
                AppError::BadRequest(msg!("error-request-detail", detail = short(&detail)))
            }
            ServerFnErrorErr::Deserialization(_) => AppError::BadRequest(msg!("error-request")),
            ServerFnErrorErr::Request(_) => {
                AppError::Internal("the server could not be reached".into())
            }
            ServerFnErrorErr::UnsupportedRequestMethod(_) => {
                AppError::BadRequest(msg!("error-method"))
            }
            _ => AppError::Internal("unexpected".into()),
        }
    }
}

/// Framework messages can quote input back; keep them short and printable.
fn short(msg: &str) -> String {
    msg.chars().filter(|c| !c.is_control()).take(120).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A validation error finds its field messages and echoed values by name.
    #[test]
    fn validation_lookup_by_field() {
        let err = AppError::Validation {
            message: msg!("form-fix-one"),
            fields: vec![FieldError {
                field: "email".into(),
                message: msg!("error-email-empty"),
            }],
            values: vec![("name".into(), "Ada".into())],
        };
        assert_eq!(err.field_msg("email"), Some(&msg!("error-email-empty")));
        assert_eq!(err.field("name"), None);
        assert_eq!(err.value("name").as_deref(), Some("Ada"));
        assert_eq!(err.status(), 422);
    }

    /// Malformed arguments become a 400 with a bounded, printable message.
    #[test]
    fn args_errors_are_bad_requests() {
        let err = AppError::from_server_fn_error(ServerFnErrorErr::Args("x\n".repeat(500)));
        assert_eq!(err.status(), 400);
        let AppError::BadRequest(m) = &err else {
            panic!("{err:?}")
        };
        let Some(super::super::l10n::Arg::Text(detail)) = m.arg("detail") else {
            panic!("{m:?}")
        };
        assert!(detail.len() <= 120 && !detail.contains('\n'));
    }
}
