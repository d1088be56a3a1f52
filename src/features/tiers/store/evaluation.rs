//! Evaluating a company against the rules in force: proposing upgrades,
//! starting or clearing grace periods and downgrades, for a channel manager
//! to decide; daily for every company by the job, or on events.

use super::*;

pub(super) async fn open_change(
    conn: &mut AnyConnection,
    company_id: i64,
) -> Result<Option<(i64, i64)>, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT id, to_tier_id FROM tier_changes WHERE company_id = $1 AND status = 'proposed' ORDER BY id DESC LIMIT 1",
    )
    .bind(company_id)
    .fetch_optional(conn)
    .await?
    .map(|r| (r.get(0), r.get(1))))
}

pub(super) async fn withdraw_open(
    conn: &mut AnyConnection,
    company_id: i64,
    why: Msg,
    now: i64,
) -> Result<(), sqlx::Error> {
    if let Some((id, to)) = open_change(&mut *conn, company_id).await? {
        let note = Said::new(why).stored();
        sqlx::query(
            "UPDATE tier_changes SET status = 'withdrawn', decided_at = $1, decision_note = $2 WHERE id = $3",
        )
        .bind(now)
        .bind(&note)
        .bind(id)
        .execute(&mut *conn)
        .await?;
        event(
            conn,
            company_id,
            "withdrawn",
            None,
            Some(to),
            &note,
            None,
            now,
        )
        .await?;
    }
    Ok(())
}

/// A company's active partner admins, who hear about its tier and payouts.
pub async fn partner_admins(
    conn: &mut AnyConnection,
    company_id: i64,
) -> Result<Vec<Recipient>, sqlx::Error> {
    Ok(sqlx::query(&format!(
        "SELECT {RECIPIENT_COLUMNS} FROM users u WHERE u.company_id = $1 AND u.role = 'partner_admin' \
         AND u.status = 'active' ORDER BY u.id LIMIT 20"
    ))
    .bind(company_id)
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| Recipient::from_row(r, 0))
    .collect())
}

/// Tells each person what the portal said, its progress lines written in
/// their own language.
pub(super) async fn tell(
    conn: &mut AnyConnection,
    public_url: &str,
    people: &[Recipient],
    kind: &str,
    title: &Msg,
    body: &Said,
    link: &str,
) -> Result<(), sqlx::Error> {
    let notes: Vec<crate::server::notify::Note> = people
        .iter()
        .map(|to| {
            let l = crate::server::l10n::for_lang(to.lang, &to.tz);
            crate::server::notify::Note {
                to,
                kind,
                title: title.clone(),
                body: body.msg_in(&l),
            }
        })
        .collect();
    notify_all(conn, public_url, &notes, link).await
}

pub(super) async fn notify_partner(
    conn: &mut AnyConnection,
    public_url: &str,
    company_id: i64,
    kind: &str,
    title: &Msg,
    body: &Said,
) -> Result<(), sqlx::Error> {
    let people = partner_admins(&mut *conn, company_id).await?;
    tell(conn, public_url, &people, kind, title, body, "/tier").await
}

/// Evaluates one company now, in the caller's transaction, and does what
/// the outcome says (propose, start or clear grace, withdraw a proposal
/// that no longer holds). Returns the outcome, or `None` when the company
/// is in no program or its program has no rules in force.
pub async fn evaluate_company(
    conn: &mut AnyConnection,
    company_id: i64,
    now: i64,
    public_url: &str,
) -> Result<Option<Outcome>, sqlx::Error> {
    let Some(m) = ensure_membership(&mut *conn, company_id, now).await? else {
        return Ok(None);
    };
    // Takes the row's lock (PostgreSQL) so two servers evaluating the same
    // company queue up instead of both proposing.
    sqlx::query("UPDATE company_tiers SET evaluated_at = $1 WHERE company_id = $2")
        .bind(now)
        .bind(company_id)
        .execute(&mut *conn)
        .await?;
    let Some(program) = program(&mut *conn, m.program_id).await? else {
        return Ok(None);
    };
    let all = versions(&mut *conn, program.id).await?;
    let force = in_force(&all, now);
    let figures = metrics(&mut *conn, company_id, &program, now).await?;
    let Some(q) = rules::qualifying_rank(&force, &figures) else {
        return Ok(None);
    };
    sqlx::query("UPDATE company_tiers SET qualifies_rank = $1 WHERE company_id = $2")
        .bind(q)
        .bind(company_id)
        .execute(&mut *conn)
        .await?;
    let outcome = rules::evaluate(m.tier.rank, m.grace_until, q, now, program.grace_days);
    let tiers = tiers_of(&mut *conn, program.id).await?;
    let tier_at = |rank: i64| tiers.iter().find(|t| t.rank == rank).cloned();
    match outcome {
        Outcome::Stay => {
            // A proposal made earlier no longer matches the figures.
            if m.grace_until.is_none_or(|g| g > now) {
                withdraw_open(&mut *conn, company_id, msg!("tier-withdrawn-figures"), now).await?;
            }
        }
        Outcome::ClearGrace => {
            sqlx::query("UPDATE company_tiers SET grace_until = NULL WHERE company_id = $1")
                .bind(company_id)
                .execute(&mut *conn)
                .await?;
            withdraw_open(&mut *conn, company_id, msg!("tier-withdrawn-back"), now).await?;
            let note =
                Said::new(msg!("tier-grace-cleared-note", tier = m.tier.name.as_str())).stored();
            event(
                &mut *conn,
                company_id,
                "grace_cleared",
                None,
                Some(m.tier.id),
                &note,
                None,
                now,
            )
            .await?;
        }
        Outcome::StartGrace { until } => {
            sqlx::query("UPDATE company_tiers SET grace_until = $1 WHERE company_id = $2")
                .bind(until)
                .bind(company_id)
                .execute(&mut *conn)
                .await?;
            withdraw_open(&mut *conn, company_id, msg!("tier-withdrawn-below"), now).await?;
            let keep = force
                .iter()
                .find(|r| r.tier_id == m.tier.id)
                .map(|r| progress(r, &figures))
                .unwrap_or_default();
            let missing: Vec<Progress> = keep.into_iter().filter(|p| !p.met).collect();
            let said = Said::listing(
                msg!(
                    "tier-grace-note",
                    tier = m.tier.name.as_str(),
                    until = Arg::Date(until)
                ),
                progress_lines(&missing, &program.currency),
            );
            event(
                &mut *conn,
                company_id,
                "grace_started",
                None,
                Some(m.tier.id),
                &said.stored(),
                None,
                now,
            )
            .await?;
            notify_partner(
                &mut *conn,
                public_url,
                company_id,
                "tier_grace",
                &msg!("tier-grace-title", tier = m.tier.name.as_str()),
                &said,
            )
            .await?;
        }
        Outcome::Upgrade(rank) | Outcome::Downgrade(rank) => {
            let Some(target) = tier_at(rank) else {
                return Ok(Some(outcome));
            };
            let open = open_change(&mut *conn, company_id).await?;
            if open.is_some_and(|(_, to)| to == target.id) {
                return Ok(Some(outcome));
            }
            withdraw_open(&mut *conn, company_id, msg!("tier-withdrawn-newer"), now).await?;
            let recently_rejected: Option<i64> = sqlx::query(
                "SELECT id FROM tier_changes WHERE company_id = $1 AND to_tier_id = $2 AND status = 'rejected' \
                 AND decided_at > $3 LIMIT 1",
            )
            .bind(company_id)
            .bind(target.id)
            .bind(now - REJECTED_QUIET_MS)
            .fetch_optional(&mut *conn)
            .await?
            .map(|r| r.get(0));
            if recently_rejected.is_some() {
                return Ok(Some(outcome));
            }
            let up = rank > m.tier.rank;
            let basis = if up {
                force.iter().find(|r| r.tier_id == target.id)
            } else {
                force.iter().find(|r| r.tier_id == m.tier.id)
            };
            let lines = basis.map(|r| progress(r, &figures)).unwrap_or_default();
            let reason = if up {
                Said::listing(
                    msg!("tier-reason-up", tier = target.name.as_str()),
                    progress_lines(&lines, &program.currency),
                )
            } else {
                let missing: Vec<Progress> = lines.into_iter().filter(|p| !p.met).collect();
                Said::listing(
                    msg!("tier-reason-down", tier = m.tier.name.as_str()),
                    progress_lines(&missing, &program.currency),
                )
            };
            let stored = reason.stored();
            sqlx::query(
                "INSERT INTO tier_changes (company_id, program_id, from_tier_id, to_tier_id, direction, status, reason, proposed_at) \
                 VALUES ($1, $2, $3, $4, $5, 'proposed', $6, $7)",
            )
            .bind(company_id)
            .bind(program.id)
            .bind(m.tier.id)
            .bind(target.id)
            .bind(if up { "up" } else { "down" })
            .bind(&stored)
            .bind(now)
            .execute(&mut *conn)
            .await?;
            event(
                &mut *conn,
                company_id,
                "proposed",
                Some(m.tier.id),
                Some(target.id),
                &stored,
                None,
                now,
            )
            .await?;
            let name: String = sqlx::query("SELECT name FROM companies WHERE id = $1")
                .bind(company_id)
                .fetch_one(&mut *conn)
                .await?
                .get(0);
            let title = if up {
                msg!("tier-proposed-up-title")
            } else {
                msg!("tier-proposed-down-title")
            }
            .with("company", name.as_str())
            .with("from", m.tier.name.as_str())
            .with("to", target.name.as_str());
            let people = approvers(&mut *conn, company_id, false).await?;
            tell(
                &mut *conn,
                public_url,
                &people,
                "tier_proposed",
                &title,
                &reason,
                &format!("/tiers/companies/{company_id}"),
            )
            .await?;
        }
    }
    Ok(Some(outcome))
}

#[linkme::distributed_slice(crate::server::jobs::JOBS)]
pub(super) static JOB: crate::server::jobs::Job = crate::server::jobs::Job {
    name: "tiers",
    run: job,
};

/// The daily evaluation, as the job runner records it.
pub(super) fn job<'a>(db: &'a Db, url: &'a str) -> crate::server::jobs::JobRun<'a> {
    Box::pin(async move {
        let n = evaluate_due(db, url).await?;
        Ok(format!("companies evaluated {n}"))
    })
}

/// The daily evaluation: every active company not evaluated in the last
/// day, a batch at a time, each in its own transaction. The guarded update
/// claims a company, so servers running this together split the work.
pub async fn evaluate_due(db: &Db, public_url: &str) -> Result<usize, AppError> {
    let now = now_ms();
    let ids: Vec<i64> = sqlx::query(
        "SELECT c.id FROM companies c LEFT JOIN company_tiers ct ON ct.company_id = c.id \
         WHERE c.status = 'active' AND (ct.company_id IS NULL OR ct.evaluated_at IS NULL OR ct.evaluated_at < $1) \
         ORDER BY c.id LIMIT 500",
    )
    .bind(now - DAY_MS)
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| r.get(0))
    .collect();
    let mut done = 0;
    for id in ids {
        let mut tx = db.write().await.or_internal()?;
        let claimed = sqlx::query(
            "UPDATE company_tiers SET evaluated_at = $1 WHERE company_id = $2 \
             AND (evaluated_at IS NULL OR evaluated_at < $3)",
        )
        .bind(now)
        .bind(id)
        .bind(now - DAY_MS)
        .execute(&mut **tx)
        .await
        .or_internal()?
        .rows_affected();
        let member = membership(&mut tx, id).await.or_internal()?.is_some();
        if member && claimed == 0 {
            continue; // another server took it
        }
        if evaluate_company(&mut tx, id, now, public_url)
            .await
            .or_internal()?
            .is_some()
        {
            done += 1;
        }
        tx.commit().await.or_internal()?;
    }
    Ok(done)
}
