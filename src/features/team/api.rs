//! Team server functions. Every one is scoped to the caller's company: a
//! user id from another company answers exactly like a missing one.

use leptos::prelude::*;

use crate::features::accounts::Member;
use crate::shared::page::Page;
use crate::shared::AppError;

#[server(endpoint = "team/list")]
pub async fn team_list(page: Option<i64>) -> Result<Page<Member>, AppError> {
    use crate::features::accounts as store;
    let cx = crate::server::guard::enter::<TeamList>().await?;
    store::company_members(
        cx.db(),
        cx.company_id()?,
        crate::shared::page::page_number(page),
    )
    .await
}

#[cfg(feature = "ssr")]
async fn own_member(
    cx: &crate::server::guard::Ctx,
    user_id: i64,
) -> Result<crate::shared::Role, AppError> {
    use crate::features::accounts as store;
    match store::user_scope(cx.db(), user_id).await? {
        Some((Some(company), role, _)) if company == cx.company_id()? => Ok(role),
        _ => Err(cx.deny(AppError::NotFound, "user", user_id).await),
    }
}

#[server(endpoint = "team/invite")]
pub async fn team_invite(name: String, email: String, role: String) -> Result<(), AppError> {
    use crate::features::accounts as store;
    let cx = crate::server::guard::enter::<TeamInvite>().await?;
    let company_id = cx.company_id()?;
    let person = store::check_new_person(&name, &email, &role, Some(company_id))?;
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

#[server(endpoint = "team/update")]
pub async fn team_update(user_id: i64, name: String, role: String) -> Result<(), AppError> {
    use crate::features::accounts as store;
    use crate::shared::validate::{self, Checker};
    use crate::shared::Role;
    let cx = crate::server::guard::enter::<TeamUpdate>().await?;
    own_member(&cx, user_id).await?;
    let mut c = Checker::new();
    c.keep("name", &name).keep("role", &role);
    let clean_name = c.check("name", validate::name(&name));
    let new_role = c.check(
        "role",
        Role::parse(&role)
            .filter(|r| r.is_partner())
            .ok_or_else(|| crate::msg!("team-error-partner-role")),
    );
    if new_role.is_some() && user_id == cx.user()?.user_id && new_role != Some(Role::PartnerAdmin) {
        c.fail("role", crate::msg!("team-error-own-admin"));
    }
    let (Some(clean_name), Some(new_role), false) = (clean_name, new_role, c.has_errors()) else {
        return Err(c.into_error());
    };
    store::update_member(
        cx.db(),
        user_id,
        &clean_name,
        new_role,
        cx.entry("user_updated", "success"),
    )
    .await
}

#[server(endpoint = "team/set-status")]
pub async fn team_set_status(user_id: i64, enable: bool) -> Result<(), AppError> {
    use crate::features::accounts as store;
    let cx = crate::server::guard::enter::<TeamSetStatus>().await?;
    own_member(&cx, user_id).await?;
    store::set_status_as(&cx, user_id, enable).await
}

// Who may call each function above (deny by default: a function without a
// row is refused before it runs); `security/authz-matrix.toml` is the
// independent list the matrix test holds these rows to.
#[cfg(feature = "ssr")]
crate::server::policy::policies! {
    TeamList => PartnerMember,
    TeamInvite => PartnerAdmin,
    TeamUpdate => PartnerAdmin,
    TeamSetStatus => PartnerAdmin,
}
