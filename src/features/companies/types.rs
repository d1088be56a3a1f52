//! Company types shared by server and pages.

use serde::{Deserialize, Serialize};

use crate::features::accounts::Member;
use crate::shared::page::Page;
use crate::shared::{CompanyStatus, CompanyType};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanySummary {
    pub id: i64,
    pub name: String,
    pub company_type: CompanyType,
    pub region: String,
    pub country: String,
    pub status: CompanyStatus,
    pub people: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Company {
    pub id: i64,
    pub name: String,
    pub company_type: CompanyType,
    pub region: String,
    pub country: String,
    pub website: String,
    pub status: CompanyStatus,
    pub created_at: i64,
}

/// A channel manager, as offered for assignment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagerRef {
    pub id: i64,
    pub name: String,
    pub email: String,
    pub assigned: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompanyDetail {
    pub company: Company,
    pub members: Page<Member>,
    /// Every channel manager with whether they are assigned here. Filled
    /// for vendor admins; channel managers see only the assigned ones.
    pub managers: Vec<ManagerRef>,
    pub can_edit: bool,
}
