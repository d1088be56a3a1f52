//! Who may call which server function: one table, deny by default.
//!
//! Every `#[server]` function calls [`super::guard::enter`] with its own
//! type, which looks the policy up here by the function's path; an
//! endpoint without a row is refused both by the guard and, before the
//! function runs, by `security::policy_layer`. The rows sit beside the
//! functions, in each feature's `api.rs` ([`policies!`]). `security/authz-matrix.toml` lists the
//! expected answer per role and the test suite checks the three agree.
//! Object-level scoping (own company, assigned companies) is enforced in
//! each feature's store on top of this.

use crate::shared::{Role, Viewer};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// Anyone, signed in or not (login, password reset, invitations).
    Public,
    /// Any signed-in user.
    SignedIn,
    /// A partner admin or partner user (own company only).
    PartnerMember,
    PartnerAdmin,
    /// Vendor admin or channel manager (channel managers: assigned companies).
    VendorStaff,
    VendorAdmin,
}

impl Policy {
    pub fn allows(self, viewer: Option<&Viewer>) -> bool {
        let role = viewer.map(|v| v.role);
        match self {
            Policy::Public => true,
            Policy::SignedIn => role.is_some(),
            Policy::PartnerMember => role.is_some_and(Role::is_partner),
            Policy::PartnerAdmin => role == Some(Role::PartnerAdmin),
            Policy::VendorStaff => role.is_some_and(Role::is_vendor_staff),
            Policy::VendorAdmin => role == Some(Role::VendorAdmin),
        }
    }
}

/// One feature's rows: an endpoint's path and who may call it.
pub type Table = &'static [(&'static str, Policy)];

/// Every feature's rows, gathered at link time. A server function's row
/// takes its path from the function's type (`ServerFn::PATH`), so the
/// name is written once, in its `#[server]` attribute; see [`policies!`].
#[linkme::distributed_slice]
pub static POLICIES: [Table];

/// The rows of a feature's server functions, by type:
/// `policies! { DealRegister => PartnerMember, DealQueue => VendorStaff }`.
macro_rules! policies {
    ($($function:ty => $policy:ident),* $(,)?) => {
        #[linkme::distributed_slice(crate::server::policy::POLICIES)]
        static POLICIES: crate::server::policy::Table = &[
            $((
                <$function as leptos::server_fn::ServerFn>::PATH,
                crate::server::policy::Policy::$policy,
            )),*
        ];
    };
}
pub(crate) use policies;

/// Every row of every feature.
pub fn all() -> impl Iterator<Item = &'static (&'static str, Policy)> {
    POLICIES.iter().flat_map(|table| table.iter())
}

pub fn policy_for(path: &str) -> Option<Policy> {
    all().find(|(p, _)| *p == path).map(|(_, policy)| *policy)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn viewer(role: Role) -> Viewer {
        Viewer {
            user_id: 1,
            name: "x".into(),
            email: "x@y.z".into(),
            role,
            company_id: role.is_partner().then_some(1),
            company_name: None,
        }
    }

    /// Each policy admits exactly the roles it names.
    #[test]
    fn policies_admit_their_roles() {
        use Role::*;
        let cases = [
            (Policy::Public, vec![true, true, true, true, true]),
            (Policy::SignedIn, vec![false, true, true, true, true]),
            (Policy::PartnerMember, vec![false, false, false, true, true]),
            (Policy::PartnerAdmin, vec![false, false, false, true, false]),
            (Policy::VendorStaff, vec![false, true, true, false, false]),
            (Policy::VendorAdmin, vec![false, true, false, false, false]),
        ];
        for (policy, expected) in cases {
            let got: Vec<bool> = [
                None,
                Some(VendorAdmin),
                Some(ChannelManager),
                Some(PartnerAdmin),
                Some(PartnerUser),
            ]
            .iter()
            .map(|r| policy.allows(r.map(viewer).as_ref()))
            .collect();
            assert_eq!(got, expected, "{policy:?}");
        }
    }

    /// Unknown endpoints have no policy; paths are unique.
    #[test]
    fn table_is_well_formed() {
        assert_eq!(policy_for("/api/nope"), None);
        let mut paths: Vec<_> = all().map(|(p, _)| *p).collect();
        let rows = paths.len();
        assert!(rows > 80, "every feature's rows were gathered: {rows}");
        assert!(paths.iter().all(|p| p.starts_with("/api/")), "{paths:?}");
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), rows, "no path has two rows");
    }
}
