//! Jobs: claims past their deadline expire and release the commitment, funds
//! past their period expire, late decisions escalate.

use super::*;

/// Approved requests past their claim deadline: closed, commitment released.
pub async fn expire_claims(db: &Db, public_url: &str) -> Result<usize, AppError> {
    let ids: Vec<i64> = sqlx::query(
        "SELECT id FROM mdf_requests WHERE status = 'approved' AND claim_due_at < $1 ORDER BY id LIMIT 200",
    )
    .bind(now_ms())
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| r.get(0))
    .collect();
    let mut done = 0;
    for id in ids {
        let r = transition(
            db,
            None,
            id,
            MdfStatus::Expired,
            Actor::System,
            |st, _, _| {
                let a = st.approved.unwrap_or(0);
                Ok(Plan {
                    ledger: vec![(EntryKind::Release, a)],
                    amount: Some(a),
                    says: Some(msg!("mdf-note-expired")),
                    ..Plan::default()
                })
            },
            public_url,
            Entry::new("mdf_claim_expired", "success"),
        )
        .await;
        match r {
            Ok(()) => done += 1,
            // Another server got there first.
            Err(AppError::Conflict(_)) | Err(AppError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(done)
}

/// Funds whose period ended: what is still available expires (when the
/// program says so). Commitments stay claimable until their deadline.
pub async fn expire_funds(db: &Db) -> Result<usize, AppError> {
    let s = settings(db).await?;
    if !s.expire_funds {
        return Ok(0);
    }
    let funds: Vec<Fund> = sqlx::query(&format!("SELECT {FUND_COLS} FROM mdf_funds WHERE expired_at IS NULL AND ends_at <= $1 ORDER BY id LIMIT 200"
    ))
    .bind(now_ms())
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(fund_from)
    .collect();
    let mut done = 0;
    for fund in funds {
        let mut tx = db.write().await.or_internal()?;
        lock_fund(&mut tx, db, fund.id).await.or_internal()?;
        let n = sqlx::query(
            "UPDATE mdf_funds SET expired_at = $1 WHERE id = $2 AND expired_at IS NULL",
        )
        .bind(now_ms())
        .bind(fund.id)
        .execute(&mut **tx)
        .await
        .or_internal()?
        .rows_affected();
        if n != 1 {
            continue;
        }
        let b = balance(&mut tx, fund.id).await.or_internal()?;
        if b.available > 0 {
            post(
                &mut tx,
                &fund,
                EntryKind::Expiry,
                b.available,
                None,
                None,
                &english(&msg!("mdf-ledger-funds-expired", period = &fund.period)),
            )
            .await?;
        }
        audit::commit(
            tx,
            db,
            &Entry::new("mdf_funds_expired", "success")
                .object("mdf_fund", fund.id)
                .detail(format!("{{\"expired_cents\":{}}}", b.available.max(0))),
        )
        .await?;
        done += 1;
    }
    Ok(done)
}

/// Requests and claims wait for a decision, with the program's clock.
pub(crate) static APPROVALS: approvals::Queue = approvals::Queue {
    table: "mdf_requests",
    waiting: &["submitted", "claimed"],
    subject: "t.title",
    kind: "mdf_escalated",
    link: "/mdf/",
    message: |item| {
        if item.status == "claimed" {
            (
                msg!("mdf-overdue-claim-title", subject = &item.subject),
                msg!("mdf-overdue-claim-body"),
            )
        } else {
            (
                msg!("mdf-overdue-request-title", subject = &item.subject),
                msg!("mdf-overdue-request-body"),
            )
        }
    },
    history: |conn, id| {
        Box::pin(async move {
            let says = msg!("mdf-note-escalated");
            add_event(
                conn,
                id,
                None,
                "escalated",
                None,
                None,
                &english(&says),
                Some(&says),
            )
            .await
        })
    },
};

/// Requests and claims past their decision time: vendor admins are told once.
pub async fn escalate_due(db: &Db, public_url: &str) -> Result<usize, AppError> {
    approvals::escalate_due(db, &APPROVALS, public_url).await
}

#[linkme::distributed_slice(crate::server::jobs::JOBS)]
pub(super) static JOB: crate::server::jobs::Job = crate::server::jobs::Job {
    name: "mdf",
    run: job,
};

/// The MDF job, as the job runner records it.
pub(super) fn job<'a>(db: &'a Db, url: &'a str) -> crate::server::jobs::JobRun<'a> {
    Box::pin(async move {
        let (claims, funds, escalated) = run_jobs(db, url).await?;
        Ok(format!(
            "claims expired {claims}, funds expired {funds}, escalated {escalated}"
        ))
    })
}

pub async fn run_jobs(db: &Db, public_url: &str) -> Result<(usize, usize, usize), AppError> {
    Ok((
        expire_claims(db, public_url).await?,
        expire_funds(db).await?,
        escalate_due(db, public_url).await?,
    ))
}
