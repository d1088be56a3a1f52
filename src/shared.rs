//! The lowest layer, the same on both sides (server and browser): errors,
//! roles, validation, money, times and pagination. Nothing here does I/O
//! or names anything above it.

pub mod catalog;
pub mod error;
pub mod l10n;
pub mod matcher;
pub mod money;
pub mod page;
pub mod roles;
pub mod time;
pub mod validate;

pub use error::{AppError, FieldError};
pub use page::Page;
pub use roles::{CompanyStatus, CompanyType, Role, UserStatus, Viewer};
