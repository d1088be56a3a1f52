//! Reading tiers: a company's tier card and progress, the pending changes,
//! the home page's parts, a company's status page and the leaderboard.

use super::*;

/// Whether the viewer may see the company's tier (own company; staff in
/// scope).
pub(super) async fn in_scope(db: &Db, viewer: &Viewer, company_id: i64) -> Result<bool, AppError> {
    let sql = format!(
        "SELECT 1 FROM companies c WHERE c.id = $1 AND {}",
        scope::companies(viewer, "c.id")
    );
    Ok(sqlx::query(&sql)
        .bind(company_id)
        .fetch_optional(&db.pool)
        .await
        .or_internal()?
        .is_some())
}

/// The tier card of the partner's first screen (no writes).
pub async fn card(
    conn: &mut AnyConnection,
    company_id: i64,
    now: i64,
) -> Result<Option<(TierCard, Metrics, Vec<LadderRow>)>, sqlx::Error> {
    let Some(m) = membership(&mut *conn, company_id).await? else {
        return Ok(None);
    };
    let Some(program) = program(&mut *conn, m.program_id).await? else {
        return Ok(None);
    };
    let all = versions(&mut *conn, program.id).await?;
    let force = in_force(&all, now);
    let figures = metrics(&mut *conn, company_id, &program, now).await?;
    let tiers = tiers_of(&mut *conn, program.id).await?;
    let rule_of = |tier_id: i64| {
        force
            .iter()
            .find(|r| r.tier_id == tier_id)
            .map(|r| (*r).clone())
    };
    let next = tiers
        .iter()
        .find(|t| t.rank > m.tier.rank && rule_of(t.id).is_some())
        .map(|t| {
            let rule = rule_of(t.id).expect("filtered");
            (t.clone(), progress(&rule, &figures), Some(rule.gives))
        });
    let keep = match (m.grace_until, rule_of(m.tier.id)) {
        (Some(_), Some(rule)) => progress(&rule, &figures),
        _ => Vec::new(),
    };
    let pending = pending_rows(&mut *conn, &format!("ch.company_id = {company_id}"), 1)
        .await?
        .into_iter()
        .next();
    let ladder = tiers
        .iter()
        .map(|t| LadderRow {
            tier: t.clone(),
            rule: rule_of(t.id),
            current: t.id == m.tier.id,
        })
        .collect();
    Ok(Some((
        TierCard {
            program: ProgramRef {
                id: program.id,
                name: program.name.clone(),
                currency: program.currency.clone(),
            },
            benefits: rule_of(m.tier.id).map(|r| r.gives),
            tier: m.tier,
            since: m.since,
            grace_until: m.grace_until,
            next,
            keep,
            pending,
        },
        figures,
        ladder,
    )))
}

pub(super) async fn pending_rows(
    conn: &mut AnyConnection,
    filter: &str,
    limit: i64,
) -> Result<Vec<TierChangeRow>, sqlx::Error> {
    Ok(sqlx::query(&format!(
        "SELECT ch.id, ch.company_id, c.name, f.name, t.name, ch.direction, ch.status, ch.reason, ch.proposed_at, \
         ch.decided_at, ch.decision_note FROM tier_changes ch JOIN companies c ON c.id = ch.company_id \
         JOIN tiers f ON f.id = ch.from_tier_id JOIN tiers t ON t.id = ch.to_tier_id \
         WHERE ch.status = 'proposed' AND {filter} ORDER BY ch.proposed_at, ch.id LIMIT {limit}"
    ))
    .fetch_all(conn)
    .await?
    .iter()
    .map(change_from)
    .collect())
}

pub(super) fn change_from(r: &sqlx::any::AnyRow) -> TierChangeRow {
    TierChangeRow {
        id: r.get(0),
        company_id: r.get(1),
        company_name: r.get(2),
        from: r.get(3),
        to: r.get(4),
        up: r.get::<String, _>(5) == "up",
        status: r.get(6),
        reason: Note::from_stored(r.get(7)),
        proposed_at: r.get(8),
        decided_at: r.get(9),
        decision_note: Note::from_stored(r.get(10)),
    }
}

/// What the partner's first screen shows of tiers and incentives: the tier
/// card, rebates and commissions per currency, and the leaderboard rank.
pub async fn home_parts(
    db: &Db,
    company_id: i64,
) -> Result<
    (
        Option<TierCard>,
        Vec<IncentiveTotals>,
        Option<(i64, i64, i64)>,
    ),
    AppError,
> {
    let now = now_ms();
    let mut conn = db.pool.acquire().await.or_internal()?;
    let tier = card(&mut conn, company_id, now)
        .await
        .or_internal()?
        .map(|(c, _, _)| c);
    let totals =
        super::super::incentives::totals(&mut conn, &format!("i.company_id = {company_id}"))
            .await
            .or_internal()?;
    let rank = super::super::incentives::leaderboard(&mut conn, Some(company_id), now)
        .await
        .or_internal()?
        .and_then(|l| l.own);
    Ok((tier, totals, rank))
}

/// Tier changes waiting for the viewer's decision.
pub async fn pending_count(db: &Db, viewer: &Viewer) -> Result<i64, AppError> {
    Ok(sqlx::query(&format!(
        "SELECT COUNT(*) FROM tier_changes ch WHERE ch.status = 'proposed' AND {}",
        scope::companies(viewer, "ch.company_id")
    ))
    .fetch_one(&db.pool)
    .await
    .or_internal()?
    .get(0))
}

/// A company's tier page.
pub async fn status(db: &Db, viewer: &Viewer, company_id: i64) -> Result<TierStatus, AppError> {
    if !in_scope(db, viewer, company_id).await? {
        return Err(AppError::NotFound);
    }
    let now = now_ms();
    // Before taking the connection: never hold one while asking the pool
    // for another (under load that deadlocks until the acquire timeout).
    let assign_options = if viewer.role == Role::VendorAdmin {
        tier_options(db).await?
    } else {
        Vec::new()
    };
    let mut conn = db.pool.acquire().await.or_internal()?;
    let company_name: String = sqlx::query("SELECT name FROM companies WHERE id = $1")
        .bind(company_id)
        .fetch_one(&mut *conn)
        .await
        .or_internal()?
        .get(0);
    let found = card(&mut conn, company_id, now).await.or_internal()?;
    let evaluated_at = membership(&mut conn, company_id)
        .await
        .or_internal()?
        .and_then(|m| m.evaluated_at);
    let history = sqlx::query(
        "SELECT e.kind, f.name, t.name, e.note, u.name, e.at FROM tier_events e \
         LEFT JOIN tiers f ON f.id = e.from_tier_id LEFT JOIN tiers t ON t.id = e.to_tier_id \
         LEFT JOIN users u ON u.id = e.actor_user_id WHERE e.company_id = $1 ORDER BY e.at DESC, e.id DESC LIMIT 50",
    )
    .bind(company_id)
    .fetch_all(&mut *conn)
    .await
    .or_internal()?
    .iter()
    .map(|r| TierEventRow {
        kind: r.get(0),
        from: r.get(1),
        to: r.get(2),
        note: Note::from_stored(r.get(3)),
        actor: r.get(4),
        at: r.get(5),
    })
    .collect();
    let (card, metrics, ladder) = match found {
        Some((c, m, l)) => (Some(c), m, l),
        None => (None, Metrics::default(), Vec::new()),
    };
    let criteria = ladder
        .iter()
        .filter_map(|l| l.rule.as_ref().map(|r| (l, r)))
        .flat_map(|(l, r)| {
            r.requires.custom.iter().map(|label| CriterionRow {
                tier_id: l.tier.id,
                tier_name: l.tier.name.clone(),
                label: label.clone(),
                checked: metrics
                    .checked
                    .iter()
                    .any(|(t, k)| *t == l.tier.id && *k == criterion_key(label)),
            })
        })
        .collect();
    Ok(TierStatus {
        company_id,
        company_name,
        card,
        metrics,
        ladder,
        history,
        criteria,
        evaluated_at,
        can_manage: viewer.role.is_vendor_staff(),
        assign_options,
    })
}

/// Staff overview of tiers: distribution, pending changes, companies.
pub async fn board(
    db: &Db,
    viewer: &Viewer,
    tier: Option<i64>,
    page: i64,
) -> Result<TierBoard, AppError> {
    let scope = scope::companies(viewer, "ct.company_id");
    let mut conn = db.pool.acquire().await.or_internal()?;
    let distribution = sqlx::query(&format!(
        "SELECT p.name, t.name, t.id, \
         (SELECT COUNT(*) FROM company_tiers ct WHERE ct.tier_id = t.id AND {scope}) \
         FROM tiers t JOIN programs p ON p.id = t.program_id ORDER BY p.id, t.rank"
    ))
    .fetch_all(&mut *conn)
    .await
    .or_internal()?;
    let tiers: Vec<(i64, String)> = distribution
        .iter()
        .map(|r| (r.get(2), r.get::<String, _>(1)))
        .collect();
    let distribution = distribution
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(3)))
        .collect();
    let pending = pending_rows(&mut conn, &scope::companies(viewer, "ch.company_id"), 100)
        .await
        .or_internal()?;
    let in_grace: i64 = sqlx::query(&format!(
        "SELECT COUNT(*) FROM company_tiers ct WHERE ct.grace_until > {} AND {scope}",
        now_ms()
    ))
    .fetch_one(&mut *conn)
    .await
    .or_internal()?
    .get(0);
    let tier_filter = tier.filter(|t| tiers.iter().any(|(id, _)| id == t));
    let filter = match tier_filter {
        Some(t) => format!("{scope} AND ct.tier_id = {t}"),
        None => scope.clone(),
    };
    let total: i64 = sqlx::query(&format!(
        "SELECT COUNT(*) FROM company_tiers ct WHERE {filter}"
    ))
    .fetch_one(&mut *conn)
    .await
    .or_internal()?
    .get(0);
    let page = page.max(1);
    let items = sqlx::query(&format!(
        "SELECT c.id, c.name, c.region, t.name, t.rank, ct.since, ct.grace_until, q.name \
         FROM company_tiers ct JOIN companies c ON c.id = ct.company_id JOIN tiers t ON t.id = ct.tier_id \
         LEFT JOIN tiers q ON q.program_id = ct.program_id AND q.rank = ct.qualifies_rank \
         WHERE {filter} ORDER BY t.rank DESC, c.name_key, c.id LIMIT {PER_PAGE} OFFSET {}",
        (page - 1) * PER_PAGE
    ))
    .fetch_all(&mut *conn)
    .await
    .or_internal()?
    .iter()
    .map(|r| CompanyTierRow {
        company_id: r.get(0),
        company_name: r.get(1),
        region: r.get(2),
        tier: r.get(3),
        rank: r.get(4),
        since: r.get(5),
        grace_until: r.get(6),
        qualifies: r.get(7),
    })
    .collect();
    Ok(TierBoard {
        distribution,
        pending,
        in_grace,
        companies: Page {
            items,
            page,
            per_page: PER_PAGE,
            total,
        },
        tier_filter,
        tiers,
    })
}
