//! The approval queue and its SLA clock, the same for everything a person
//! must decide (deal registrations, MDF requests and claims; quotes and
//! extra discounts next). An item's table has `id`, `company_id`,
//! `status`, `sla_due_at` and `escalated_at`:
//!
//! - the clock starts when the item enters the queue ([`start`]: due the
//!   program's hours from now, not escalated) and stops when it leaves
//!   ([`stop`]); the page shows it with `ui::clock::sla_text`;
//! - a job finds the items still waiting past their clock ([`overdue`])
//!   and escalates each once to the vendor admins ([`escalate_due`]): the
//!   item is claimed with a guarded update (`escalated_at IS NULL`), so
//!   several app servers never tell anyone twice, and the notification and
//!   the feature's history line go in the same transaction as the claim.

use std::future::Future;
use std::pin::Pin;

use sqlx::{AnyConnection, Row};

use crate::server::db::Db;
use crate::server::errors::OrInternal;
use crate::server::notify::notify_approvers;
use crate::server::sql::SetValue;
use crate::shared::time::HOUR_MS;
use crate::shared::AppError;

/// The feature's history line for an escalated item, written in the
/// escalation's transaction.
pub type History = for<'a> fn(
    &'a mut AnyConnection,
    i64,
)
    -> Pin<Box<dyn Future<Output = Result<(), sqlx::Error>> + Send + 'a>>;

/// One kind of item that waits for a decision.
pub struct Queue {
    /// The items' table.
    pub table: &'static str,
    /// The statuses in which the clock runs, e.g. `&["submitted"]`.
    pub waiting: &'static [&'static str],
    /// How people tell the item apart in a message: an SQL text expression
    /// over the table (alias `t`), e.g. `t.title`.
    pub subject: &'static str,
    /// The escalation's notification kind, e.g. `deal_escalated`.
    pub kind: &'static str,
    /// The item's page, before its id: `/deals/`.
    pub link: &'static str,
    /// The escalation's title and body for an overdue item.
    pub message: fn(&Overdue) -> (crate::shared::l10n::Msg, crate::shared::l10n::Msg),
    /// The feature's history line.
    pub history: History,
}

/// An item past its clock, not escalated yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overdue {
    pub id: i64,
    pub company_id: i64,
    pub status: String,
    pub subject: String,
}

/// When an item entering the queue now must be decided by.
pub fn due_at(now: i64, hours: i64) -> i64 {
    now + hours * HOUR_MS
}

/// The columns that start the clock: due in `hours`, not escalated.
pub fn start(now: i64, hours: i64) -> [(&'static str, SetValue); 2] {
    [
        ("sla_due_at", SetValue::Int(Some(due_at(now, hours)))),
        ("escalated_at", SetValue::Int(None)),
    ]
}

/// The column that stops the clock when the item leaves the queue.
pub fn stop() -> (&'static str, SetValue) {
    ("sla_due_at", SetValue::Int(None))
}

/// `'a','b'`: the waiting statuses as an SQL list (they are constants of
/// the program, never input).
fn waiting_list(q: &Queue) -> String {
    q.waiting
        .iter()
        .map(|s| format!("'{s}'"))
        .collect::<Vec<_>>()
        .join(",")
}

/// Items still waiting whose clock ran out at `now`, oldest first.
pub async fn overdue(db: &Db, q: &Queue, now: i64, limit: i64) -> Result<Vec<Overdue>, AppError> {
    let sql = format!(
        "SELECT t.id, t.company_id, t.status, {subject} FROM {table} t \
         WHERE t.status IN ({waiting}) AND t.sla_due_at <= $1 AND t.escalated_at IS NULL \
         ORDER BY t.sla_due_at, t.id LIMIT $2",
        subject = q.subject,
        table = q.table,
        waiting = waiting_list(q),
    );
    Ok(sqlx::query(&sql)
        .bind(now)
        .bind(limit)
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .map(|r| Overdue {
            id: r.get(0),
            company_id: r.get(1),
            status: r.get(2),
            subject: r.get::<Option<String>, _>(3).unwrap_or_default(),
        })
        .collect())
}

/// Claims one overdue item for escalation; false when another server did
/// first or the item was decided meanwhile.
pub async fn claim(
    conn: &mut AnyConnection,
    q: &Queue,
    id: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let sql = format!(
        "UPDATE {} SET escalated_at = $1 WHERE id = $2 AND status IN ({}) AND escalated_at IS NULL",
        q.table,
        waiting_list(q)
    );
    let n = sqlx::query(&sql)
        .bind(now)
        .bind(id)
        .execute(conn)
        .await?
        .rows_affected();
    Ok(n == 1)
}

/// Escalates every item past its clock to the vendor admins, once each;
/// returns how many this server escalated.
pub async fn escalate_due(db: &Db, q: &Queue, public_url: &str) -> Result<usize, AppError> {
    let now = crate::server::now_ms();
    let mut done = 0;
    for item in overdue(db, q, now, 200).await? {
        let mut tx = db.write().await.or_internal()?;
        if !claim(&mut tx, q, item.id, now).await.or_internal()? {
            Db::release(tx).await.or_internal()?;
            continue;
        }
        let (title, body) = (q.message)(&item);
        notify_approvers(
            &mut tx,
            public_url,
            item.company_id,
            true,
            q.kind,
            &title,
            &body,
            &format!("{}{}", q.link, item.id),
        )
        .await
        .or_internal()?;
        (q.history)(&mut tx, item.id).await.or_internal()?;
        tx.commit().await.or_internal()?;
        done += 1;
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_starts_and_stops() {
        assert_eq!(due_at(1_000, 48), 1_000 + 48 * 3_600_000);
        let [(due, SetValue::Int(Some(at))), (esc, SetValue::Int(None))] = start(0, 2) else {
            panic!("due time and a cleared escalation");
        };
        assert_eq!((due, esc, at), ("sla_due_at", "escalated_at", 7_200_000));
        assert!(matches!(stop(), ("sla_due_at", SetValue::Int(None))));
    }

    fn quiet<'a>(
        _: &'a mut AnyConnection,
        _: i64,
    ) -> Pin<Box<dyn Future<Output = Result<(), sqlx::Error>> + Send + 'a>> {
        Box::pin(async { Ok(()) })
    }

    #[test]
    fn waiting_statuses_are_one_list() {
        let q = Queue {
            table: "mdf_requests",
            waiting: &["submitted", "claimed"],
            subject: "t.title",
            kind: "mdf_escalated",
            link: "/mdf/",
            message: |o| {
                use crate::shared::l10n::Msg;
                (Msg::literal(o.subject.clone()), Msg::literal(""))
            },
            history: quiet,
        };
        assert_eq!(waiting_list(&q), "'submitted','claimed'");
    }
}
