//! The offer job (one lease across app servers, `server::jobs`): offers
//! whose acceptance window ran out move to the next match (or back to the
//! staff queue), and partners are reminded before an offer runs out. Each
//! lead is claimed at the version read, so a run that overlaps another, or
//! a partner's answer, never moves a lead twice.

use super::*;

/// Offers handled per run (the next run takes the rest).
const BATCH: i64 = 500;

/// Runs the job once: (offers timed out, reminders sent).
pub async fn run_jobs(db: &Db, public_url: &str) -> Result<(usize, usize), AppError> {
    let now = now_ms();
    Ok((
        time_out(db, public_url, now).await?,
        remind(db, public_url, now).await?,
    ))
}

async fn time_out(db: &Db, public_url: &str, now: i64) -> Result<usize, AppError> {
    let due = sqlx::query(
        "SELECT id, version, company_id FROM leads WHERE status = 'offered' AND offer_due_at <= $1 \
         ORDER BY offer_due_at, id LIMIT $2",
    )
    .bind(now)
    .bind(BATCH)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    let mut moved = 0;
    for r in due {
        let (id, version, company): (i64, i64, Option<i64>) = (r.get(0), r.get(1), r.get(2));
        let mut tx = db.write().await.or_internal()?;
        if !claim(&mut tx, id, version).await.or_internal()? {
            continue; // answered or moved since it was read
        }
        let says = msg!("lead-event-timed-out");
        let line = Line {
            kind: "timed_out",
            to: None,
            company_id: company,
            reason: "timeout",
            note: "",
            says: &says,
        };
        add_line(&mut tx, id, None, &line).await.or_internal()?;
        if let Some(company) = company {
            let people = partner_admins(&mut tx, company).await.or_internal()?;
            let (region, product) = offer_words(&mut tx, id).await?;
            let title = msg!(
                "lead-notify-lapsed-title",
                region = region,
                product = product
            );
            let body = msg!("lead-notify-lapsed-body");
            tell(
                &mut tx,
                public_url,
                &people,
                "lead_lapsed",
                &title,
                &body,
                id,
            )
            .await?;
        }
        let to = distribute(&mut tx, db, id, None, public_url).await?;
        let entry = Entry::new("lead_timed_out", "success")
            .object("lead", id)
            .detail(format!(
                "{{\"from\":\"offered\",\"to\":\"{}\"}}",
                to.as_str()
            ));
        audit::commit(tx, db, &entry).await?;
        moved += 1;
    }
    Ok(moved)
}

async fn remind(db: &Db, public_url: &str, now: i64) -> Result<usize, AppError> {
    let due = sqlx::query(
        "SELECT id, company_id, offer_due_at FROM leads WHERE status = 'offered' AND reminded_at IS NULL \
         AND offer_due_at > $1 AND offer_due_at <= $2 ORDER BY offer_due_at, id LIMIT $3",
    )
    .bind(now)
    .bind(now + rules::REMIND_BEFORE_MS)
    .bind(BATCH)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    let mut sent = 0;
    for r in due {
        let (id, company, due_at): (i64, i64, i64) = (r.get(0), r.get(1), r.get(2));
        let mut tx = db.write().await.or_internal()?;
        // Guarded: one reminder per offer, whichever server gets here.
        let won = sqlx::query(
            "UPDATE leads SET reminded_at = $1 WHERE id = $2 AND status = 'offered' AND reminded_at IS NULL \
             AND company_id = $3",
        )
        .bind(now)
        .bind(id)
        .bind(company)
        .execute(&mut **tx)
        .await
        .or_internal()?
        .rows_affected()
            == 1;
        if !won {
            continue;
        }
        let people = partner_admins(&mut tx, company).await.or_internal()?;
        let (region, product) = offer_words(&mut tx, id).await?;
        let title = msg!(
            "lead-notify-reminder-title",
            region = region,
            product = product
        );
        let body = msg!("lead-notify-reminder-body", due = MsgArg::DateTime(due_at));
        tell(
            &mut tx,
            public_url,
            &people,
            "lead_reminder",
            &title,
            &body,
            id,
        )
        .await?;
        tx.commit().await.or_internal()?;
        sent += 1;
    }
    Ok(sent)
}

#[linkme::distributed_slice(crate::server::jobs::JOBS)]
pub(super) static JOB: crate::server::jobs::Job = crate::server::jobs::Job {
    name: "leads",
    run: job,
};

/// The offer job, as the job runner records it.
pub(super) fn job<'a>(db: &'a Db, url: &'a str) -> crate::server::jobs::JobRun<'a> {
    Box::pin(async move {
        let (timed_out, reminded) = run_jobs(db, url).await?;
        Ok(format!("offers timed out {timed_out}, reminded {reminded}"))
    })
}
