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
