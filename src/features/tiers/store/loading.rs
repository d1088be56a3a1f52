//! Loading what evaluation needs: programs, tiers, rule versions, memberships
//! (made on first use in the default program) and a company's figures over
//! the trailing 12 months.

use super::*;

#[derive(Clone, Debug)]
pub struct Program {
    pub id: i64,
    pub name: String,
    pub currency: String,
    pub grace_days: i64,
    pub points_enabled: bool,
    pub points_registered: i64,
    pub points_won: i64,
    pub leaderboard_public: bool,
}

pub(super) const PROGRAM_COLS: &str =
    "id, name, currency, grace_days, points_enabled, points_registered, \
     points_won, leaderboard_public";

pub(super) fn program_from(r: &sqlx::any::AnyRow) -> Program {
    Program {
        id: r.get(0),
        name: r.get(1),
        currency: r.get(2),
        grace_days: r.get(3),
        points_enabled: r.get::<i64, _>(4) == 1,
        points_registered: r.get(5),
        points_won: r.get(6),
        leaderboard_public: r.get::<i64, _>(7) == 1,
    }
}

pub async fn program(conn: &mut AnyConnection, id: i64) -> Result<Option<Program>, sqlx::Error> {
    Ok(sqlx::query(&format!(
        "SELECT {PROGRAM_COLS} FROM programs WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await?
    .map(|r| program_from(&r)))
}

pub(super) async fn rates(
    conn: &mut AnyConnection,
    program_id: i64,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT currency, rate_micros FROM program_rates WHERE program_id = $1 ORDER BY currency",
    )
    .bind(program_id)
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect())
}

pub(super) const RULE_COLS: &str =
    "r.id, r.tier_id, t.rank, r.effective_from, r.min_revenue_cents, r.min_approved, \
     r.min_won, r.min_certified, r.custom_criteria, r.discount_bp, r.deal_margin_bp, r.rebate_bp, \
     r.commission_bp, r.mdf_eligible, r.content_level";

pub(super) fn rule_from(r: &sqlx::any::AnyRow) -> RuleVersion {
    RuleVersion {
        id: r.get(0),
        tier_id: r.get(1),
        rank: r.get(2),
        effective_from: r.get(3),
        requires: Requirements {
            min_revenue_cents: r.get(4),
            min_approved: r.get(5),
            min_won: r.get(6),
            min_certified: r.get(7),
            custom: criteria_lines(&r.get::<String, _>(8)),
        },
        gives: Benefits {
            discount_bp: r.get(9),
            deal_margin_bp: r.get(10),
            rebate_bp: r.get(11),
            commission_bp: r.get(12),
            mdf_eligible: r.get::<i64, _>(13) == 1,
            content: ContentLevel::parse(&r.get::<String, _>(14)).unwrap_or(ContentLevel::Basic),
        },
    }
}

/// Every rule version of a program's tiers.
pub async fn versions(
    conn: &mut AnyConnection,
    program_id: i64,
) -> Result<Vec<RuleVersion>, sqlx::Error> {
    Ok(sqlx::query(&format!(
        "SELECT {RULE_COLS} FROM tier_rules r JOIN tiers t ON t.id = r.tier_id \
         WHERE t.program_id = $1 ORDER BY t.rank, r.effective_from"
    ))
    .bind(program_id)
    .fetch_all(conn)
    .await?
    .iter()
    .map(rule_from)
    .collect())
}

pub(super) async fn tiers_of(
    conn: &mut AnyConnection,
    program_id: i64,
) -> Result<Vec<TierRef>, sqlx::Error> {
    Ok(
        sqlx::query("SELECT id, name, rank FROM tiers WHERE program_id = $1 ORDER BY rank")
            .bind(program_id)
            .fetch_all(conn)
            .await?
            .iter()
            .map(|r| TierRef {
                id: r.get(0),
                name: r.get(1),
                rank: r.get(2),
            })
            .collect(),
    )
}

#[derive(Clone, Debug)]
pub struct Membership {
    pub program_id: i64,
    pub tier: TierRef,
    pub since: i64,
    pub grace_until: Option<i64>,
    pub evaluated_at: Option<i64>,
}

pub(super) async fn membership(
    conn: &mut AnyConnection,
    company_id: i64,
) -> Result<Option<Membership>, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT ct.program_id, t.id, t.name, t.rank, ct.since, ct.grace_until, ct.evaluated_at \
         FROM company_tiers ct JOIN tiers t ON t.id = ct.tier_id WHERE ct.company_id = $1",
    )
    .bind(company_id)
    .fetch_optional(conn)
    .await?
    .map(|r| Membership {
        program_id: r.get(0),
        tier: TierRef {
            id: r.get(1),
            name: r.get(2),
            rank: r.get(3),
        },
        since: r.get(4),
        grace_until: r.get(5),
        evaluated_at: r.get(6),
    }))
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn event(
    conn: &mut AnyConnection,
    company_id: i64,
    kind: &str,
    from: Option<i64>,
    to: Option<i64>,
    note: &str,
    actor: Option<i64>,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO tier_events (company_id, kind, from_tier_id, to_tier_id, note, actor_user_id, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(company_id)
    .bind(kind)
    .bind(from)
    .bind(to)
    .bind(note)
    .bind(actor)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The company's membership; a company not yet in a program joins the
/// default program at its entry tier.
pub async fn ensure_membership(
    conn: &mut AnyConnection,
    company_id: i64,
    now: i64,
) -> Result<Option<Membership>, sqlx::Error> {
    if let Some(m) = membership(&mut *conn, company_id).await? {
        return Ok(Some(m));
    }
    let entry = sqlx::query(
        "SELECT p.id, t.id, p.name, t.name FROM programs p JOIN tiers t ON t.program_id = p.id \
         WHERE p.is_default = 1 ORDER BY p.id, t.rank LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(entry) = entry else {
        return Ok(None);
    };
    let (program_id, tier_id): (i64, i64) = (entry.get(0), entry.get(1));
    let n = sqlx::query(
        "INSERT INTO company_tiers (company_id, program_id, tier_id, since) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (company_id) DO NOTHING",
    )
    .bind(company_id)
    .bind(program_id)
    .bind(tier_id)
    .bind(now)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if n == 1 {
        let joined = msg!("tier-joined-note")
            .with("program", entry.get::<String, _>(2))
            .with("tier", entry.get::<String, _>(3));
        let note = Said::new(joined).stored();
        event(
            conn,
            company_id,
            "assigned",
            None,
            Some(tier_id),
            &note,
            None,
            now,
        )
        .await?;
    }
    membership(conn, company_id).await
}

/// A company's figures at `at`: won revenue (in the program currency) and
/// counts over the trailing 12 months, and the criteria ticked for it.
pub async fn metrics(
    conn: &mut AnyConnection,
    company_id: i64,
    program: &Program,
    at: i64,
) -> Result<Metrics, sqlx::Error> {
    let from = at - WINDOW_MS;
    let rates = rates(&mut *conn, program.id).await?;
    let mut m = Metrics::default();
    for (currency, sum, count) in rollups::company::wins(&mut *conn, company_id, from, at).await? {
        m.won += count;
        if currency == program.currency {
            m.revenue_cents += sum;
        } else if let Some((_, rate)) = rates.iter().find(|(c, _)| *c == currency) {
            m.revenue_cents += rules::convert(sum, *rate);
        } else {
            m.unconverted.push(currency);
        }
    }
    m.approved = rollups::company::decisions(&mut *conn, company_id, from, at).await?;
    m.checked = sqlx::query("SELECT tier_id, criterion_key FROM tier_checks WHERE company_id = $1")
        .bind(company_id)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    Ok(m)
}

/// Puts a new company in the default program's entry tier inside the
/// caller's transaction (an approved partner application); the tier's
/// name, or `None` when no default program exists yet.
pub async fn join_entry_tier(
    conn: &mut AnyConnection,
    company_id: i64,
    now: i64,
) -> Result<Option<String>, sqlx::Error> {
    Ok(ensure_membership(conn, company_id, now)
        .await?
        .map(|m| m.tier.name))
}
