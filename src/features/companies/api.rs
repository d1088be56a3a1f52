//! Company server functions. Channel managers see only assigned companies;
//! edits are for vendor admins.

use leptos::prelude::*;

use super::types::{CompanyDetail, CompanySummary};
use crate::shared::page::Page;
use crate::shared::AppError;

#[server(endpoint = "companies/list")]
pub async fn companies_list(
    q: Option<String>,
    page: Option<i64>,
) -> Result<Page<CompanySummary>, AppError> {
    use crate::shared::page::page_number;
    let cx = crate::server::guard::enter::<CompaniesList>().await?;
    let q = q.unwrap_or_default();
    let q: String = q.chars().take(100).collect();
    super::store::list(cx.db(), cx.user()?, &q, page_number(page)).await
}

#[server(endpoint = "companies/get")]
pub async fn company_get(id: i64, page: Option<i64>) -> Result<CompanyDetail, AppError> {
    use crate::features::accounts::company_members;
    use crate::shared::page::page_number;
    use crate::shared::Role;
    let cx = crate::server::guard::enter::<CompanyGet>().await?;
    let viewer = cx.user()?;
    let Some(company) = super::store::get(cx.db(), viewer, id).await? else {
        return Err(cx.deny(AppError::NotFound, "company", id).await);
    };
    let is_admin = viewer.role == Role::VendorAdmin;
    Ok(CompanyDetail {
        members: company_members(cx.db(), company.id, page_number(page)).await?,
        managers: super::store::managers_for(cx.db(), company.id, !is_admin).await?,
        company,
        can_edit: is_admin,
    })
}

#[server(endpoint = "admin/companies/save")]
pub async fn company_save(
    id: Option<i64>,
    name: String,
    company_type: String,
    region: String,
    country: String,
    website: String,
    status: Option<String>,
) -> Result<i64, AppError> {
    let cx = crate::server::guard::enter::<CompanySave>().await?;
    let status = status.unwrap_or_else(|| "active".into());
    let input =
        super::store::check_company(&name, &company_type, &region, &country, &website, &status)?;
    let action = if id.is_some() {
        "company_updated"
    } else {
        "company_created"
    };
    let saved = super::store::save(cx.db(), id, &input, cx.entry(action, "success")).await?;
    if id.is_none() {
        leptos_axum::redirect(&format!("/companies/{saved}"));
    }
    Ok(saved)
}

#[server(endpoint = "admin/assignments/set")]
pub async fn assignment_set(
    manager_id: i64,
    company_id: i64,
    assigned: bool,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<AssignmentSet>().await?;
    let action = if assigned {
        "manager_assigned"
    } else {
        "manager_unassigned"
    };
    super::store::set_assignment(
        cx.db(),
        manager_id,
        company_id,
        assigned,
        cx.entry(action, "success"),
    )
    .await
}

// Who may call each function above (deny by default: a function without a
// row is refused before it runs); `security/authz-matrix.toml` is the
// independent list the matrix test holds these rows to.
#[cfg(feature = "ssr")]
crate::server::policy::policies! {
    CompaniesList => VendorStaff,
    CompanyGet => VendorStaff,
    CompanySave => VendorAdmin,
    AssignmentSet => VendorAdmin,
}
