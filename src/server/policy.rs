//! Who may call which server function: one table, deny by default.
//!
//! Every `#[server]` function calls [`super::guard::enter`] with its endpoint,
//! which looks the policy up here; an endpoint missing from this table is
//! refused both by the guard and, before the function runs, by
//! `security::policy_layer`. `security/authz-matrix.toml` lists the
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

pub const POLICIES: &[(&str, Policy)] = &[
    ("/api/auth/me", Policy::Public),
    ("/api/auth/login", Policy::Public),
    ("/api/auth/logout", Policy::Public),
    ("/api/auth/forgot-password", Policy::Public),
    ("/api/auth/reset-password", Policy::Public),
    ("/api/auth/unlock", Policy::Public),
    ("/api/auth/invitation", Policy::Public),
    ("/api/auth/accept-invitation", Policy::Public),
    ("/api/home/summary", Policy::SignedIn),
    ("/api/team/list", Policy::PartnerMember),
    ("/api/team/invite", Policy::PartnerAdmin),
    ("/api/team/update", Policy::PartnerAdmin),
    ("/api/team/set-status", Policy::PartnerAdmin),
    ("/api/deals/form", Policy::PartnerMember),
    ("/api/deals/check", Policy::PartnerMember),
    ("/api/deals/register", Policy::PartnerMember),
    ("/api/deals/list", Policy::SignedIn),
    ("/api/deals/get", Policy::SignedIn),
    ("/api/deals/withdraw", Policy::PartnerMember),
    ("/api/deals/progress", Policy::PartnerMember),
    ("/api/deals/close", Policy::PartnerMember),
    ("/api/deals/queue", Policy::VendorStaff),
    ("/api/deals/decide", Policy::VendorStaff),
    ("/api/deals/request-extension", Policy::PartnerMember),
    ("/api/deals/decide-extension", Policy::VendorStaff),
    ("/api/deals/analytics", Policy::VendorStaff),
    ("/api/admin/deals/config", Policy::VendorAdmin),
    ("/api/admin/deals/settings", Policy::VendorAdmin),
    ("/api/admin/deals/rules/save", Policy::VendorAdmin),
    ("/api/admin/deals/rules/delete", Policy::VendorAdmin),
    ("/api/admin/products/save", Policy::VendorAdmin),
    ("/api/team/deal-visibility", Policy::PartnerMember),
    ("/api/team/deal-visibility/set", Policy::PartnerAdmin),
    ("/api/mdf/fund", Policy::PartnerMember),
    ("/api/mdf/form", Policy::PartnerMember),
    ("/api/mdf/request", Policy::PartnerMember),
    ("/api/mdf/list", Policy::SignedIn),
    ("/api/mdf/get", Policy::SignedIn),
    ("/api/mdf/cancel", Policy::PartnerMember),
    ("/api/mdf/decide", Policy::VendorStaff),
    ("/api/mdf/claim", Policy::PartnerMember),
    ("/api/mdf/files/upload", Policy::PartnerMember),
    ("/api/mdf/files/download", Policy::SignedIn),
    ("/api/mdf/files/remove", Policy::PartnerMember),
    ("/api/mdf/review-claim", Policy::VendorStaff),
    ("/api/mdf/reimburse", Policy::VendorStaff),
    ("/api/mdf/queue", Policy::VendorStaff),
    ("/api/mdf/budgets", Policy::VendorStaff),
    ("/api/mdf/roi", Policy::VendorStaff),
    ("/api/admin/mdf/config", Policy::VendorAdmin),
    ("/api/admin/mdf/settings", Policy::VendorAdmin),
    ("/api/admin/mdf/allocate", Policy::VendorAdmin),
    ("/api/admin/mdf/allocations/stage", Policy::VendorAdmin),
    ("/api/admin/mdf/allocations/upload", Policy::VendorAdmin),
    ("/api/admin/mdf/allocations/apply", Policy::VendorAdmin),
    ("/api/tiers/mine", Policy::PartnerMember),
    ("/api/tiers/company", Policy::VendorStaff),
    ("/api/tiers/board", Policy::VendorStaff),
    ("/api/tiers/decide", Policy::VendorStaff),
    ("/api/tiers/check", Policy::VendorStaff),
    ("/api/tiers/evaluate", Policy::VendorStaff),
    ("/api/admin/tiers/config", Policy::VendorAdmin),
    ("/api/admin/tiers/program", Policy::VendorAdmin),
    ("/api/admin/tiers/tier", Policy::VendorAdmin),
    ("/api/admin/tiers/rule", Policy::VendorAdmin),
    ("/api/admin/tiers/assign", Policy::VendorAdmin),
    ("/api/incentives/earnings", Policy::PartnerMember),
    ("/api/admin/payouts", Policy::VendorAdmin),
    ("/api/admin/payouts/create", Policy::VendorAdmin),
    ("/api/admin/payouts/pay", Policy::VendorAdmin),
    ("/api/admin/payouts/release", Policy::VendorAdmin),
    ("/api/admin/payouts/claw-back", Policy::VendorAdmin),
    ("/api/admin/payouts/export", Policy::VendorAdmin),
    ("/api/dashboard/vendor", Policy::VendorStaff),
    ("/api/dashboard/export", Policy::VendorStaff),
    ("/api/notifications/unread", Policy::SignedIn),
    ("/api/notifications/list", Policy::SignedIn),
    ("/api/notifications/read", Policy::SignedIn),
    ("/api/companies/list", Policy::VendorStaff),
    ("/api/companies/get", Policy::VendorStaff),
    ("/api/admin/companies/save", Policy::VendorAdmin),
    ("/api/admin/users/invite", Policy::VendorAdmin),
    ("/api/admin/users/set-status", Policy::VendorAdmin),
    ("/api/admin/staff/list", Policy::VendorAdmin),
    ("/api/admin/assignments/set", Policy::VendorAdmin),
    ("/api/admin/mail/list", Policy::VendorAdmin),
];

pub fn policy_for(path: &str) -> Option<Policy> {
    POLICIES
        .iter()
        .find(|(p, _)| *p == path)
        .map(|(_, policy)| *policy)
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
        let mut paths: Vec<_> = POLICIES.iter().map(|(p, _)| *p).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), POLICIES.len());
    }
}
