//! Types shared by the server and the browser: errors, roles, validation.

pub mod error;
pub mod roles;
pub mod validate;

pub use error::{AppError, FieldError};
pub use roles::{CompanyStatus, CompanyType, Role, UserStatus, Viewer};
