//! `AppError`: the one error type every server function returns.
//!
//! Variants are things the interface can act on. Library and database errors
//! never reach this type as text: the server logs them with a reference id
//! (`server::errors`) and sends only `Internal(reference)`.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

/// One message for one form field, shown next to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    #[error("Please sign in to continue.")]
    Unauthenticated,
    #[error("You do not have access to this.")]
    Forbidden,
    #[error("Not found.")]
    NotFound,
    /// Bad form input. `values` echoes the non-secret fields the user typed so
    /// a page reloaded without JavaScript can show them again.
    #[error("{message}")]
    Validation {
        message: String,
        fields: Vec<FieldError>,
        values: Vec<(String, String)>,
    },
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    TooManyRequests(String),
    #[error("{0}")]
    BadRequest(String),
    #[error("Something went wrong on our side. Reference: {0}")]
    Internal(String),
}

impl AppError {
    pub fn validation(message: impl Into<String>) -> Self {
        AppError::Validation {
            message: message.into(),
            fields: Vec::new(),
            values: Vec::new(),
        }
    }

    /// The message for one field, if this is a validation error naming it.
    pub fn field(&self, name: &str) -> Option<String> {
        match self {
            AppError::Validation { fields, .. } => fields
                .iter()
                .find(|f| f.field == name)
                .map(|f| f.message.clone()),
            _ => None,
        }
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
            ServerFnErrorErr::Args(msg) | ServerFnErrorErr::MissingArg(msg) => {
                AppError::BadRequest(format!("The request was not understood: {}", short(&msg)))
            }
            ServerFnErrorErr::Deserialization(_) => {
                AppError::BadRequest("The request was not understood.".into())
            }
            ServerFnErrorErr::Request(_) => {
                AppError::Internal("the server could not be reached".into())
            }
            ServerFnErrorErr::UnsupportedRequestMethod(_) => {
                AppError::BadRequest("This method is not supported here.".into())
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
            message: "Check the form".into(),
            fields: vec![FieldError {
                field: "email".into(),
                message: "Enter an e-mail address".into(),
            }],
            values: vec![("name".into(), "Ada".into())],
        };
        assert_eq!(
            err.field("email").as_deref(),
            Some("Enter an e-mail address")
        );
        assert_eq!(err.field("name"), None);
        assert_eq!(err.value("name").as_deref(), Some("Ada"));
        assert_eq!(err.status(), 422);
    }

    /// Malformed arguments become a 400 with a bounded, printable message.
    #[test]
    fn args_errors_are_bad_requests() {
        let err = AppError::from_server_fn_error(ServerFnErrorErr::Args("x\n".repeat(500)));
        assert_eq!(err.status(), 400);
        assert!(err.to_string().len() < 200);
    }
}
