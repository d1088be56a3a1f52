//! Vendor admin server functions.

use leptos::prelude::*;

pub use super::types::MailItem;
use crate::features::accounts::Member;
use crate::shared::page::Page;
use crate::shared::AppError;

#[server(endpoint = "admin/users/invite")]
pub async fn admin_invite(
    company_id: Option<i64>,
    name: String,
    email: String,
    role: String,
) -> Result<(), AppError> {
    use crate::features::accounts as store;
    let cx = crate::server::guard::enter::<AdminInvite>().await?;
    if let Some(id) = company_id {
        if crate::features::companies::by_id(cx.db(), id)
            .await?
            .is_none()
        {
            return Err(AppError::NotFound);
        }
    }
    let person = store::check_new_person(&name, &email, &role, company_id)?;
    let cfg = &cx.state.config;
    store::invite(
        cx.db(),
        &cfg.public_url,
        cfg.mail.invitation_hours,
        &person,
        cx.entry("user_invited", "success"),
    )
    .await?;
    Ok(())
}

#[server(endpoint = "admin/users/set-status")]
pub async fn admin_set_status(user_id: i64, enable: bool) -> Result<(), AppError> {
    use crate::features::accounts as store;
    let cx = crate::server::guard::enter::<AdminSetStatus>().await?;
    store::set_status_as(&cx, user_id, enable).await
}

#[server(endpoint = "admin/staff/list")]
pub async fn staff_list(page: Option<i64>) -> Result<Page<Member>, AppError> {
    use crate::features::accounts as store;
    let cx = crate::server::guard::enter::<StaffList>().await?;
    store::staff_members(cx.db(), crate::shared::page::page_number(page)).await
}

#[server(endpoint = "admin/mail/list")]
pub async fn mail_list(page: Option<i64>) -> Result<Page<MailItem>, AppError> {
    let cx = crate::server::guard::enter::<MailList>().await?;
    super::store::mail_log(cx.db(), crate::shared::page::page_number(page)).await
}

// Who may call each function above (deny by default: a function without a
// row is refused before it runs); `security/authz-matrix.toml` is the
// independent list the matrix test holds these rows to.
#[cfg(feature = "ssr")]
crate::server::policy::policies! {
    AdminInvite => VendorAdmin,
    AdminSetStatus => VendorAdmin,
    StaffList => VendorAdmin,
    MailList => VendorAdmin,
}
