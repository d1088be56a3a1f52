//! Background jobs: expiry, reminders, SLA escalation. Each is idempotent and
//! safe to run on several app servers at once (every change is a versioned
//! update or a guarded `UPDATE ... WHERE` that only one server wins).

use super::*;

/// Expires approved registrations whose exclusivity has ended.
pub async fn expire_due(db: &Db, public_url: &str) -> Result<usize, AppError> {
    let rows = sqlx::query(
        "SELECT id FROM deals WHERE status = 'approved' AND exclusive_until <= $1 ORDER BY exclusive_until LIMIT 200",
    )
    .bind(now_ms())
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    let mut done = 0;
    for r in rows {
        let id: i64 = r.get(0);
        let result = transition(
            db,
            None,
            id,
            DealStatus::Expired,
            Actor::System,
            |_| Ok(()),
            Change {
                sets: Vec::new(),
                changes: Vec::new(),
                note: EventNote::Says(msg!("deal-note-expired")),
            },
            public_url,
            Entry::new("deal_expired", "success"),
        )
        .await;
        match result {
            Ok(()) => done += 1,
            // Another server expired it first, or the partner closed it.
            Err(AppError::Conflict(_)) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(done)
}

/// Reminds partners before their exclusivity ends, once per configured
/// threshold (14 and 3 days by default): the smallest threshold reached
/// wins, so a deal approved for 10 days gets only the 3-day reminder later.
pub async fn remind_due(db: &Db, public_url: &str) -> Result<usize, AppError> {
    let s = settings(db).await?;
    let mut days = s.reminder_days.clone();
    days.sort_unstable();
    let now = now_ms();
    let mut sent = 0;
    for d in days {
        let rows = sqlx::query(&format!(
            "SELECT d.id, d.customer_name, d.exclusive_until, {RECIPIENT_COLUMNS} FROM deals d \
             JOIN users u ON u.id = d.owner_user_id WHERE d.status = 'approved' AND d.exclusive_until > $1 \
             AND d.exclusive_until <= $2 AND (d.reminded_days IS NULL OR d.reminded_days > $3) \
             ORDER BY d.exclusive_until LIMIT 500"
        ))
        .bind(now)
        .bind(now + d * DAY_MS)
        .bind(d)
        .fetch_all(&db.pool)
        .await
        .or_internal()?;
        for r in rows {
            let id: i64 = r.get(0);
            let customer: String = r.get(1);
            let until: i64 = r.get(2);
            let owner = Recipient::from_row(&r, 3);
            let mut tx = db.write().await.or_internal()?;
            let claimed = sqlx::query(
                "UPDATE deals SET reminded_days = $1 WHERE id = $2 AND status = 'approved' \
                 AND (reminded_days IS NULL OR reminded_days > $3)",
            )
            .bind(d)
            .bind(id)
            .bind(d)
            .execute(&mut **tx)
            .await
            .or_internal()?
            .rows_affected();
            if claimed != 1 {
                continue;
            }
            let left = ((until - now) as f64 / DAY_MS as f64).ceil() as i64;
            let title = msg!(
                "deal-notify-reminder-title",
                days = left,
                customer = &customer
            );
            let body = msg!("deal-notify-reminder-body", date = MsgArg::Date(until));
            notify(
                &mut tx,
                public_url,
                &owner,
                "deal_reminder",
                title.clone(),
                body,
                &format!("/deals/{id}"),
            )
            .await
            .or_internal()?;
            let note = EventNote::Says(title);
            add_event(&mut tx, id, None, "reminder", None, None, &[], &note)
                .await
                .or_internal()?;
            tx.commit().await.or_internal()?;
            sent += 1;
        }
    }
    Ok(sent)
}

/// Pending registrations wait for a channel manager, with the program's clock.
pub(crate) static APPROVALS: approvals::Queue = approvals::Queue {
    table: "deals",
    waiting: &["submitted"],
    subject: "t.customer_name || ' (' || (SELECT c.name FROM companies c WHERE c.id = t.company_id) || ')'",
    kind: "deal_escalated",
    link: "/deals/",
    message: |item| {
        (
            msg!("deal-notify-overdue-title", subject = &item.subject),
            msg!("deal-notify-overdue-body"),
        )
    },
    history: |conn, id| {
        Box::pin(async move {
            let note = EventNote::Says(msg!("deal-note-escalated"));
            add_event(conn, id, None, "escalated", None, None, &[], &note).await
        })
    },
};

/// Escalates pending registrations past their SLA to every vendor admin.
pub async fn escalate_due(db: &Db, public_url: &str) -> Result<usize, AppError> {
    approvals::escalate_due(db, &APPROVALS, public_url).await
}

/// Runs every deal job once; returns (expired, reminded, escalated).
#[linkme::distributed_slice(crate::server::jobs::JOBS)]
pub(super) static JOB: crate::server::jobs::Job = crate::server::jobs::Job {
    name: "deals",
    run: job,
};

/// The deals job, as the job runner records it.
pub(super) fn job<'a>(db: &'a Db, url: &'a str) -> crate::server::jobs::JobRun<'a> {
    Box::pin(async move {
        let (expired, reminded, escalated) = run_jobs(db, url).await?;
        Ok(format!(
            "expired {expired}, reminded {reminded}, escalated {escalated}"
        ))
    })
}

pub async fn run_jobs(db: &Db, public_url: &str) -> Result<(usize, usize, usize), AppError> {
    Ok((
        expire_due(db, public_url).await?,
        remind_due(db, public_url).await?,
        escalate_due(db, public_url).await?,
    ))
}
