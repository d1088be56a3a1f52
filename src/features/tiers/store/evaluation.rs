//! Evaluating a company against the rules in force: proposing upgrades,
//! starting or clearing grace periods and downgrades, for a channel manager
//! to decide; daily for every company by the job, or on events.

use super::*;

pub(super) fn progress_text(p: &[Progress], currency: &str) -> String {
    p.iter()
        .map(|x| progress_line(x, currency))
        .collect::<Vec<_>>()
        .join("; ")
}

/// "$412,000.00 of $500,000.00 won revenue in the last 12 months".
pub fn progress_line(p: &Progress, currency: &str) -> String {
    use rules::ReqKind::*;
    match (p.kind, p.current) {
        (_, None) => format!("{}: not tracked yet", p.label),
        (Revenue, Some(c)) => format!(
            "{} of {} {}",
            format_money(c, currency),
            format_money(p.target, currency),
            p.label.to_lowercase()
        ),
        (Custom, Some(c)) => format!("{}: {}", p.label, if c > 0 { "done" } else { "not yet" }),
        (_, Some(c)) => format!("{c} of {} {}", p.target, p.label.to_lowercase()),
    }
}

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
    note: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    if let Some((id, to)) = open_change(&mut *conn, company_id).await? {
        sqlx::query(
            "UPDATE tier_changes SET status = 'withdrawn', decided_at = $1, decision_note = $2 WHERE id = $3",
        )
        .bind(now)
        .bind(note)
        .bind(id)
        .execute(&mut *conn)
        .await?;
        event(
            conn,
            company_id,
            "withdrawn",
            None,
            Some(to),
            note,
            None,
            now,
        )
        .await?;
    }
    Ok(())
}

pub(super) async fn partner_admins(
    conn: &mut AnyConnection,
    company_id: i64,
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT id, email FROM users WHERE company_id = $1 AND role = 'partner_admin' AND status = 'active' \
         ORDER BY id LIMIT 20",
    )
    .bind(company_id)
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect())
}

pub(super) async fn notify_partner(
    conn: &mut AnyConnection,
    public_url: &str,
    company_id: i64,
    kind: &str,
    title: &str,
    body: &str,
) -> Result<(), sqlx::Error> {
    for (uid, email) in partner_admins(&mut *conn, company_id).await? {
        notify(
            &mut *conn, public_url, uid, &email, kind, title, body, "/tier",
        )
        .await?;
    }
    Ok(())
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
                withdraw_open(
                    &mut *conn,
                    company_id,
                    "The figures no longer support this change.",
                    now,
                )
                .await?;
            }
        }
        Outcome::ClearGrace => {
            sqlx::query("UPDATE company_tiers SET grace_until = NULL WHERE company_id = $1")
                .bind(company_id)
                .execute(&mut *conn)
                .await?;
            withdraw_open(
                &mut *conn,
                company_id,
                "Back at the tier's requirements.",
                now,
            )
            .await?;
            let note = format!("Meets the {} requirements again.", m.tier.name);
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
            withdraw_open(&mut *conn, company_id, "Below the current tier now.", now).await?;
            let keep = force
                .iter()
                .find(|r| r.tier_id == m.tier.id)
                .map(|r| progress(r, &figures))
                .unwrap_or_default();
            let missing: Vec<Progress> = keep.into_iter().filter(|p| !p.met).collect();
            let note = format!(
                "Below the {} requirements: {}. The tier is kept until {}.",
                m.tier.name,
                progress_text(&missing, &program.currency),
                crate::shared::time::format_date(until)
            );
            event(
                &mut *conn,
                company_id,
                "grace_started",
                None,
                Some(m.tier.id),
                &note,
                None,
                now,
            )
            .await?;
            notify_partner(
                &mut *conn,
                public_url,
                company_id,
                "tier_grace",
                &format!("Keep your {} tier", m.tier.name),
                &note,
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
            withdraw_open(
                &mut *conn,
                company_id,
                "Replaced by a newer evaluation.",
                now,
            )
            .await?;
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
                format!(
                    "Meets {}: {}.",
                    target.name,
                    progress_text(&lines, &program.currency)
                )
            } else {
                let missing: Vec<Progress> = lines.into_iter().filter(|p| !p.met).collect();
                format!(
                    "Grace period over; still below {}: {}.",
                    m.tier.name,
                    progress_text(&missing, &program.currency)
                )
            };
            sqlx::query(
                "INSERT INTO tier_changes (company_id, program_id, from_tier_id, to_tier_id, direction, status, reason, proposed_at) \
                 VALUES ($1, $2, $3, $4, $5, 'proposed', $6, $7)",
            )
            .bind(company_id)
            .bind(program.id)
            .bind(m.tier.id)
            .bind(target.id)
            .bind(if up { "up" } else { "down" })
            .bind(&reason)
            .bind(now)
            .execute(&mut *conn)
            .await?;
            event(
                &mut *conn,
                company_id,
                "proposed",
                Some(m.tier.id),
                Some(target.id),
                &reason,
                None,
                now,
            )
            .await?;
            let name: String = sqlx::query("SELECT name FROM companies WHERE id = $1")
                .bind(company_id)
                .fetch_one(&mut *conn)
                .await?
                .get(0);
            notify_approvers(
                &mut *conn,
                public_url,
                company_id,
                false,
                "tier_proposed",
                &format!(
                    "{} {} {} -> {}",
                    name,
                    if up { "qualifies for" } else { "falls to" },
                    m.tier.name,
                    target.name
                ),
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
