//! What pages see of a person.

use serde::{Deserialize, Serialize};

use crate::shared::{Role, UserStatus};

/// A row in a team or staff list. No password hash, no session data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub status: UserStatus,
    pub last_login_at: Option<i64>,
}

/// One page of a list, with the total for "1-50 of 230".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub page: i64,
    pub per_page: i64,
    pub total: i64,
}

impl<T> Page<T> {
    pub fn pages(&self) -> i64 {
        ((self.total + self.per_page - 1) / self.per_page).max(1)
    }
}
