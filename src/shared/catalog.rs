//! The vendor's product catalogue as every feature sees it (deal
//! registrations today; leads, content and quotes next). The rows are
//! kept by `server::catalog`.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProductRef {
    pub id: i64,
    pub sku: String,
    pub name: String,
}
