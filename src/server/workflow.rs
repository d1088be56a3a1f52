//! Versioned status changes, the same for every workflow (deal
//! registrations, MDF requests, and the approval queues to come): the
//! state machine is asked first, the row is updated only at the version
//! the caller read (`UPDATE ... WHERE version = $n`: a stale page loses
//! nothing but its own click), and the refusals read the same everywhere.
//! History rows, notifications and the audit entry are written by the
//! caller in the same transaction.

use sqlx::AnyConnection;

use crate::server::errors::OrInternal;
use crate::server::sql::{set_list, Params, SetValue};
use crate::shared::l10n::Arg;
use crate::shared::roles::{Actor, Named};
use crate::shared::AppError;

/// One status change of one versioned row.
pub struct Step {
    /// The table, e.g. `deals`; it has `status`, `updated_at` and `version`.
    pub table: &'static str,
    /// The message key of what people call the row (`k!("deal-noun")`).
    pub noun: &'static str,
    pub id: i64,
    /// The version the caller read.
    pub version: i64,
    /// From and to, as stored (`as_str`) and their labels' keys.
    pub from: (&'static str, &'static str),
    pub to: (&'static str, &'static str),
}

impl Step {
    /// A change of row `id` of `table` (read at `version`) from `from` to
    /// `to`; `noun` is what people call the row.
    pub fn new<S: Named>(
        table: &'static str,
        noun: &'static str,
        id: i64,
        version: i64,
        from: S,
        to: S,
    ) -> Step {
        Step {
            table,
            noun,
            id,
            version,
            from: (from.as_str(), from.label_key()),
            to: (to.as_str(), to.label_key()),
        }
    }

    /// The state machine's answer as an error people understand.
    pub fn allowed(&self, allowed: bool) -> Result<(), AppError> {
        if allowed {
            return Ok(());
        }
        Err(AppError::Conflict(crate::msg!(
            "workflow-not-allowed",
            noun = Arg::Key(self.noun.into()),
            from = Arg::Key(self.from.1.into()),
            to = Arg::Key(self.to.1.into())
        )))
    }

    /// Sets the new status (and `sets`) if the row is still at the version
    /// read; otherwise nothing is written and the answer is [`stale`].
    pub async fn apply(
        &self,
        conn: &mut AnyConnection,
        now: i64,
        sets: &[(&'static str, SetValue)],
    ) -> Result<(), AppError> {
        let mut p = Params::default();
        let mut all = vec![
            format!("status = {}", p.text(self.to.0)),
            format!("updated_at = {}", p.int(now)),
            "version = version + 1".to_string(),
        ];
        all.extend(set_list(&mut p, sets));
        let sql = format!(
            "UPDATE {} SET {} WHERE id = {} AND version = {}",
            self.table,
            all.join(", "),
            p.int(self.id),
            p.int(self.version)
        );
        let n = p
            .bind(sqlx::query(&sql))
            .execute(conn)
            .await
            .or_internal()?
            .rows_affected();
        if n != 1 {
            return Err(stale(self.noun));
        }
        Ok(())
    }

    /// The audit entry's detail: `{"from":..,"to":..}` and `extra` fields
    /// (already JSON values).
    pub fn audit_detail(&self, extra: &[(&str, String)]) -> String {
        let mut s = format!("{{\"from\":\"{}\",\"to\":\"{}\"", self.from.0, self.to.0);
        for (k, v) in extra {
            s.push_str(&format!(",\"{k}\":{v}"));
        }
        s.push('}');
        s
    }
}

/// The answer when a versioned update finds the row changed since it was
/// read: nothing was written, the page should reload.
pub fn stale(noun: &'static str) -> AppError {
    AppError::Conflict(crate::msg!("workflow-stale", noun = Arg::Key(noun.into())))
}

/// Whether the owner hears of a change: always, unless they made it
/// themselves as the partner.
pub fn tells_owner(actor: Actor, owner_user_id: i64, actor_id: Option<i64>) -> bool {
    actor != Actor::Partner || Some(owner_user_id) != actor_id
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step() -> Step {
        Step {
            table: "deals",
            noun: "deal-noun",
            id: 1,
            version: 3,
            from: ("submitted", "deal-status-submitted"),
            to: ("won", "deal-status-won"),
        }
    }

    #[test]
    fn refusals_read_the_same_everywhere() {
        assert!(step().allowed(true).is_ok());
        let AppError::Conflict(m) = step().allowed(false).unwrap_err() else {
            panic!("a conflict");
        };
        assert_eq!(m.key, "workflow-not-allowed");
        assert_eq!(m.arg("to"), Some(&Arg::Key("deal-status-won".into())));
        let AppError::Conflict(m) = stale("mdf-noun") else {
            panic!("a conflict");
        };
        assert_eq!(m.key, "workflow-stale");
    }

    #[test]
    fn details_and_owner() {
        assert_eq!(
            step().audit_detail(&[]),
            r#"{"from":"submitted","to":"won"}"#
        );
        assert_eq!(
            step().audit_detail(&[("amount_cents", "null".into())]),
            r#"{"from":"submitted","to":"won","amount_cents":null}"#
        );
        assert!(!tells_owner(Actor::Partner, 5, Some(5)));
        assert!(tells_owner(Actor::Partner, 5, Some(6)));
        assert!(tells_owner(Actor::Staff, 5, Some(5)));
        assert!(tells_owner(Actor::System, 5, None));
    }
}
