//! Who someone is: roles, company kinds and statuses, and the `Viewer`, the
//! narrow view of the signed-in user that pages receive.

use serde::{Deserialize, Serialize};

/// A stored value with a label: `Approved = "approved" / "deal-status-approved"`
/// (the stored text, then the label's message key).
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal / $label:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable name stored in the database and used in forms.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// The message key of the name shown to people.
            pub fn label_key(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// The name shown to people, in the reader's language.
            pub fn label(self) -> String {
                crate::shared::l10n::use_l10n().t(self.label_key())
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl crate::shared::roles::Named for $name {
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
            fn label_key(self) -> &'static str {
                $name::label_key(self)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.label())
            }
        }
    };
}

pub(crate) use string_enum;

/// What every [`string_enum!`] is: a stable stored name and a label people
/// read (a workflow's statuses, say).
pub trait Named: Copy {
    fn as_str(self) -> &'static str;
    fn label_key(self) -> &'static str;
    fn label(self) -> String {
        crate::shared::l10n::use_l10n().t(self.label_key())
    }
}

string_enum!(
    /// The four roles of PRODUCT.md.
    Role {
        VendorAdmin = "vendor_admin" / "role-vendor-admin",
        ChannelManager = "channel_manager" / "role-channel-manager",
        PartnerAdmin = "partner_admin" / "role-partner-admin",
        PartnerUser = "partner_user" / "role-partner-user",
    }
);

impl Role {
    pub fn is_vendor_staff(self) -> bool {
        matches!(self, Role::VendorAdmin | Role::ChannelManager)
    }

    pub fn is_partner(self) -> bool {
        !self.is_vendor_staff()
    }
}

string_enum!(
    CompanyType {
        Reseller = "reseller" / "company-type-reseller",
        Distributor = "distributor" / "company-type-distributor",
        Msp = "msp" / "company-type-msp",
        Referral = "referral" / "company-type-referral",
        Si = "si" / "company-type-si",
    }
);

string_enum!(
    CompanyStatus {
        Active = "active" / "company-status-active",
        Suspended = "suspended" / "company-status-suspended",
    }
);

string_enum!(
    UserStatus {
        Invited = "invited" / "user-status-invited",
        Active = "active" / "user-status-active",
        Disabled = "disabled" / "user-status-disabled",
    }
);

/// The signed-in user as pages see it. Deliberately small: it is serialised
/// into every page for hydration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub user_id: i64,
    pub name: String,
    pub email: String,
    pub role: Role,
    pub company_id: Option<i64>,
    pub company_name: Option<String>,
}

impl Viewer {
    pub fn initials(&self) -> String {
        self.name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .take(2)
            .flat_map(char::to_uppercase)
            .collect()
    }
}

/// Who asks for a status change (the state machines of deals and MDF
/// requests answer per actor).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Actor {
    /// A member of the partner company the row belongs to.
    Partner,
    /// Vendor staff in scope (approver, channel manager, vendor admin).
    Staff,
    /// The server itself: auto-approval rules and the expiry job.
    System,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every role survives a round trip through its stored name.
    #[test]
    fn role_names_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(*role));
        }
        assert_eq!(Role::parse("root"), None);
        assert!(Role::VendorAdmin.is_vendor_staff());
        assert!(Role::PartnerUser.is_partner());
    }

    /// Initials come from the first two words of the name.
    #[test]
    fn initials_from_name() {
        let v = Viewer {
            user_id: 1,
            name: "ada  lovelace king".into(),
            email: "a@b.c".into(),
            role: Role::PartnerUser,
            company_id: Some(1),
            company_name: None,
        };
        assert_eq!(v.initials(), "AL");
    }
}
