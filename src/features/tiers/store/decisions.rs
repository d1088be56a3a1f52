//! Decisions by people: approving or rejecting proposed changes, ticking
//! criteria, evaluating now, assigning a tier by hand.

use super::*;

/// Approves or rejects a proposed change (staff in scope). Approving moves
/// the company now; rejecting a downgrade starts a new grace period.
pub async fn decide(
    db: &Db,
    viewer: &Viewer,
    change_id: i64,
    approve: bool,
    note: &str,
    public_url: &str,
    entry: Entry,
) -> Result<i64, AppError> {
    let note = note.trim();
    if !approve && note.chars().count() < 3 {
        let mut c = Checker::new();
        c.fail("note", msg!("tier-error-reject-note"));
        return Err(c.into_error());
    }
    if note.chars().count() > 500 {
        let mut c = Checker::new();
        c.fail("note", msg!("tier-error-up-to", max = 500));
        return Err(c.into_error());
    }
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let sql = format!(
        "SELECT ch.company_id, ch.from_tier_id, ch.to_tier_id, ch.status, f.name, t.name, ch.direction, p.grace_days \
         FROM tier_changes ch JOIN tiers f ON f.id = ch.from_tier_id JOIN tiers t ON t.id = ch.to_tier_id \
         JOIN programs p ON p.id = ch.program_id WHERE ch.id = $1 AND {}",
        scope::companies(viewer, "ch.company_id")
    );
    let Some(r) = sqlx::query(&sql)
        .bind(change_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
    else {
        return Err(AppError::NotFound);
    };
    let (company_id, from, to, status): (i64, i64, i64, String) =
        (r.get(0), r.get(1), r.get(2), r.get(3));
    let (from_name, to_name, direction, grace_days): (String, String, String, i64) =
        (r.get(4), r.get(5), r.get(6), r.get(7));
    if status != "proposed" {
        return Err(AppError::Conflict(match status.as_str() {
            "approved" => msg!("tier-error-already-approved"),
            "rejected" => msg!("tier-error-already-rejected"),
            _ => msg!("tier-error-already-withdrawn"),
        }));
    }
    let current = membership(&mut tx, company_id).await.or_internal()?;
    if current.as_ref().map(|m| m.tier.id) != Some(from) {
        return Err(AppError::Conflict(msg!("tier-error-tier-moved")));
    }
    sqlx::query(
        "UPDATE tier_changes SET status = $1, decided_by = $2, decided_at = $3, decision_note = $4 WHERE id = $5",
    )
    .bind(if approve { "approved" } else { "rejected" })
    .bind(viewer.user_id)
    .bind(now)
    .bind(note)
    .bind(change_id)
    .execute(&mut **tx)
    .await
    .or_internal()?;
    let (title, body) = if approve {
        sqlx::query(
            "UPDATE company_tiers SET tier_id = $1, since = $2, grace_until = NULL, version = version + 1 \
             WHERE company_id = $3",
        )
        .bind(to)
        .bind(now)
        .bind(company_id)
        .execute(&mut **tx)
        .await
        .or_internal()?;
        let (from, to) = (from_name.as_str(), to_name.as_str());
        (
            msg!("tier-now-title", tier = to),
            match (direction == "up", note.is_empty()) {
                (true, true) => msg!("tier-now-up", from = from, to = to),
                (true, false) => msg!("tier-now-up-note", from = from, to = to, note = note),
                (false, true) => msg!("tier-now-down", from = from, to = to),
                (false, false) => msg!("tier-now-down-note", from = from, to = to, note = note),
            },
        )
    } else {
        if direction == "down" && grace_days > 0 {
            sqlx::query("UPDATE company_tiers SET grace_until = $1 WHERE company_id = $2")
                .bind(now + grace_days * DAY_MS)
                .bind(company_id)
                .execute(&mut **tx)
                .await
                .or_internal()?;
        }
        (
            msg!("tier-kept-title", tier = from_name.as_str()),
            msg!("tier-kept-body", to = to_name.as_str(), note = note),
        )
    };
    event(
        &mut tx,
        company_id,
        if approve { "approved" } else { "rejected" },
        Some(from),
        Some(to),
        note,
        Some(viewer.user_id),
        now,
    )
    .await
    .or_internal()?;
    // The partner hears about moves, and about a downgrade they were spared.
    if approve || direction == "down" {
        notify_partner(
            &mut tx,
            public_url,
            company_id,
            "tier_changed",
            &title,
            &Said::new(body),
        )
        .await
        .or_internal()?;
    }
    audit::commit(
        tx,
        db,
        &entry.object("tier_change", change_id).detail(format!(
            "{{\"company\":{company_id},\"from\":{from},\"to\":{to},\"approved\":{approve}}}"
        )),
    )
    .await?;
    Ok(company_id)
}

/// Ticks or unticks a custom criterion for a company, then evaluates it.
#[allow(clippy::too_many_arguments)]
pub async fn set_check(
    db: &Db,
    viewer: &Viewer,
    company_id: i64,
    tier_id: i64,
    label: &str,
    checked: bool,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    if !in_scope(db, viewer, company_id).await? {
        return Err(AppError::NotFound);
    }
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let m = membership(&mut tx, company_id)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    let all = versions(&mut tx, m.program_id).await.or_internal()?;
    let key = criterion_key(label);
    let defined = in_force(&all, now)
        .iter()
        .find(|r| r.tier_id == tier_id)
        .and_then(|r| {
            r.requires
                .custom
                .iter()
                .find(|l| criterion_key(l) == key)
                .cloned()
        });
    let Some(label) = defined else {
        return Err(AppError::BadRequest(msg!("tier-error-criterion")));
    };
    let n = if checked {
        sqlx::query(
            "INSERT INTO tier_checks (company_id, tier_id, criterion_key, checked_by, checked_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (company_id, tier_id, criterion_key) DO NOTHING",
        )
        .bind(company_id)
        .bind(tier_id)
        .bind(&key)
        .bind(viewer.user_id)
        .bind(now)
        .execute(&mut **tx)
        .await
    } else {
        sqlx::query(
            "DELETE FROM tier_checks WHERE company_id = $1 AND tier_id = $2 AND criterion_key = $3",
        )
        .bind(company_id)
        .bind(tier_id)
        .bind(&key)
        .execute(&mut **tx)
        .await
    }
    .or_internal()?
    .rows_affected();
    if n == 1 {
        event(
            &mut tx,
            company_id,
            if checked { "checked" } else { "unchecked" },
            None,
            Some(tier_id),
            &label,
            Some(viewer.user_id),
            now,
        )
        .await
        .or_internal()?;
        audit::append(
            &mut tx,
            db.dialect,
            &entry
                .object("company", company_id)
                .detail(format!("{{\"tier\":{tier_id},\"checked\":{checked}}}")),
        )
        .await
        .or_internal()?;
        evaluate_company(&mut tx, company_id, now, public_url)
            .await
            .or_internal()?;
    }
    tx.commit().await.or_internal()?;
    Ok(())
}

/// Evaluates one company now (staff in scope, "Evaluate now").
pub async fn evaluate_now(
    db: &Db,
    viewer: &Viewer,
    company_id: i64,
    public_url: &str,
) -> Result<(), AppError> {
    if !in_scope(db, viewer, company_id).await? {
        return Err(AppError::NotFound);
    }
    let mut tx = db.write().await.or_internal()?;
    evaluate_company(&mut tx, company_id, now_ms(), public_url)
        .await
        .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(())
}

/// Puts a company on a tier directly (vendor admins: onboarding, moving
/// between programs, corrections), recorded with the reason.
pub async fn assign(
    db: &Db,
    viewer: &Viewer,
    company_id: i64,
    tier_id: i64,
    note: &str,
    entry: Entry,
) -> Result<(), AppError> {
    if viewer.role != Role::VendorAdmin {
        return Err(AppError::Forbidden);
    }
    let note = note.trim();
    if note.chars().count() < 3 || note.chars().count() > 500 {
        let mut c = Checker::new();
        c.fail("note", msg!("tier-error-assign-note"));
        return Err(c.into_error());
    }
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let exists = sqlx::query("SELECT 1 FROM companies WHERE id = $1")
        .bind(company_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .is_some();
    let program: Option<i64> = sqlx::query("SELECT program_id FROM tiers WHERE id = $1")
        .bind(tier_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .map(|r| r.get(0));
    let (true, Some(program)) = (exists, program) else {
        return Err(AppError::NotFound);
    };
    let before = membership(&mut tx, company_id).await.or_internal()?;
    withdraw_open(&mut tx, company_id, msg!("tier-withdrawn-assigned"), now)
        .await
        .or_internal()?;
    sqlx::query(
        "INSERT INTO company_tiers (company_id, program_id, tier_id, since) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (company_id) DO UPDATE SET program_id = $5, tier_id = $6, since = $7, grace_until = NULL, \
         version = company_tiers.version + 1",
    )
    .bind(company_id)
    .bind(program)
    .bind(tier_id)
    .bind(now)
    .bind(program)
    .bind(tier_id)
    .bind(now)
    .execute(&mut **tx)
    .await
    .or_internal()?;
    event(
        &mut tx,
        company_id,
        "assigned",
        before.map(|m| m.tier.id),
        Some(tier_id),
        note,
        Some(viewer.user_id),
        now,
    )
    .await
    .or_internal()?;
    audit::commit(
        tx,
        db,
        &entry
            .object("company", company_id)
            .detail(format!("{{\"tier\":{tier_id}}}")),
    )
    .await?;
    Ok(())
}
