//! The one company-scope rule: which companies' rows a person may see, as
//! a SQL condition. Vendor admins see every company, a channel manager the
//! companies assigned to them, a partner their own company (and a partner
//! user, where the company keeps deals private, only their own deals).
//! Every store scopes its reads with these functions and nothing else; a
//! foreign id then reads like a missing one.
//!
//! Ids come from the session (server-side integers, never user text), so
//! they are inlined into the SQL.

use sqlx::Row;

use crate::server::db::Db;
use crate::server::errors::OrInternal;
use crate::server::sql::Params;
use crate::shared::{AppError, Role, Viewer};

/// Companies someone else chose (the dashboard's filters inside the
/// viewer's scope), as a condition on a company-id column, its values
/// added to the caller's parameters. A face that answers another
/// feature's question takes one: the asker never names the face's
/// tables, the face never learns the asker's filters.
pub type Chosen<'a> = &'a (dyn Fn(&mut Params, &str) -> String + Sync);

/// The companies vendor staff look after, as a condition on `col` (a
/// company id column): all of them for vendor admins, the assigned ones
/// for a channel manager, none for anyone else (partners never reach the
/// vendor's views).
pub fn managed(v: &Viewer, col: &str) -> String {
    match v.role {
        Role::VendorAdmin => "1 = 1".to_string(),
        Role::ChannelManager => format!(
            "{col} IN (SELECT company_id FROM manager_assignments WHERE manager_id = {})",
            v.user_id
        ),
        _ => "1 = 0".to_string(),
    }
}

/// The companies a person may see rows of, as a condition on `col`: the
/// staff's [`managed`] companies, or a partner's own company.
pub fn companies(v: &Viewer, col: &str) -> String {
    match (v.role, v.company_id) {
        (Role::PartnerAdmin | Role::PartnerUser, Some(c)) => format!("{col} = {c}"),
        (Role::PartnerAdmin | Role::PartnerUser, None) => "1 = 0".to_string(),
        _ => managed(v, col),
    }
}

/// Rows a partner company owns person by person (deals): [`companies`],
/// except that a partner user sees only their own rows unless the company
/// shares them (`companies.deal_visibility = 'company'`).
pub fn owned(v: &Viewer, company_col: &str, owner_col: &str) -> String {
    match (v.role, v.company_id) {
        (Role::PartnerUser, Some(c)) => format!(
            "{company_col} = {c} AND ({owner_col} = {} OR EXISTS (SELECT 1 FROM companies vc \
             WHERE vc.id = {company_col} AND vc.deal_visibility = 'company'))",
            v.user_id
        ),
        _ => companies(v, company_col),
    }
}

/// The viewer's [`owned`] scope (`scope`) as a condition on a per-company
/// rollup, or `None` for a partner user whose company keeps deals private:
/// rollups are per company, so that viewer's figures come from their own
/// rows.
pub async fn owned_rollup(
    db: &Db,
    viewer: &Viewer,
    company_col: &str,
    scope: &str,
) -> Result<Option<String>, AppError> {
    Ok(match (viewer.role, viewer.company_id) {
        (Role::PartnerUser, Some(c)) => {
            let visibility = sqlx::query("SELECT deal_visibility FROM companies WHERE id = $1")
                .bind(c)
                .fetch_optional(&db.pool)
                .await
                .or_internal()?
                .map(|r| r.get::<String, _>(0));
            (visibility.as_deref() == Some("company")).then(|| format!("{company_col} = {c}"))
        }
        _ => Some(scope.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn viewer(role: Role, company_id: Option<i64>) -> Viewer {
        Viewer {
            user_id: 7,
            name: String::new(),
            email: String::new(),
            role,
            company_id,
            company_name: None,
        }
    }

    /// Each role's reach, written out: the rule every store relies on.
    #[test]
    fn each_role_reaches_its_companies() {
        let admin = viewer(Role::VendorAdmin, None);
        let manager = viewer(Role::ChannelManager, None);
        let partner = viewer(Role::PartnerAdmin, Some(3));
        let user = viewer(Role::PartnerUser, Some(3));
        let assigned =
            "d.company_id IN (SELECT company_id FROM manager_assignments WHERE manager_id = 7)";
        assert_eq!(companies(&admin, "d.company_id"), "1 = 1");
        assert_eq!(companies(&manager, "d.company_id"), assigned);
        assert_eq!(companies(&partner, "d.company_id"), "d.company_id = 3");
        assert_eq!(companies(&user, "d.company_id"), "d.company_id = 3");
        assert_eq!(companies(&viewer(Role::PartnerUser, None), "x"), "1 = 0");
        assert_eq!(managed(&partner, "d.company_id"), "1 = 0");
        assert_eq!(managed(&manager, "d.company_id"), assigned);
        assert_eq!(
            owned(&partner, "d.company_id", "d.owner_user_id"),
            "d.company_id = 3"
        );
        assert!(owned(&user, "d.company_id", "d.owner_user_id")
            .starts_with("d.company_id = 3 AND (d.owner_user_id = 7 OR EXISTS"));
    }
}
