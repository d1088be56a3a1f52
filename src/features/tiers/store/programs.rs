//! Writing the program: programs with their exchange rates, tiers, and
//! effective-dated rule versions.

use super::*;
use crate::k;

#[derive(Clone, Debug, Default)]
pub struct RawProgram {
    pub id: Option<i64>,
    pub name: String,
    pub currency: String,
    pub grace_days: String,
    pub points_enabled: bool,
    pub points_registered: String,
    pub points_won: String,
    pub leaderboard_public: bool,
    pub is_default: bool,
    pub rates: String,
}

/// A whole number from 0 to `max`; `refusal` is the key of the message
/// (with `max`) when it is not one.
pub(super) fn small_number(
    c: &mut Checker,
    field: &str,
    raw: &str,
    max: i64,
    refusal: &'static str,
) -> i64 {
    let v = raw.trim();
    if v.is_empty() {
        return 0;
    }
    match v.parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => n,
        _ => {
            c.fail(field, Msg::new(refusal).with("max", max));
            0
        }
    }
}

/// Creates or updates a program; returns its id.
pub async fn save_program(db: &Db, raw: &RawProgram, entry: Entry) -> Result<i64, AppError> {
    let mut c = Checker::new();
    for (k, v) in [
        ("name", &raw.name),
        ("currency", &raw.currency),
        ("grace_days", &raw.grace_days),
        ("points_registered", &raw.points_registered),
        ("points_won", &raw.points_won),
        ("rates", &raw.rates),
    ] {
        c.keep(k, v);
    }
    let name = c.check("name", crate::shared::validate::name(&raw.name));
    let currency = raw.currency.trim().to_uppercase();
    if !CURRENCIES.contains(&currency.as_str()) {
        c.fail("currency", msg!("tier-error-currency"));
    }
    let grace = small_number(
        &mut c,
        "grace_days",
        &raw.grace_days,
        365,
        k!("tier-error-days"),
    );
    let p_reg = small_number(
        &mut c,
        "points_registered",
        &raw.points_registered,
        10_000,
        k!("tier-error-points"),
    );
    let p_won = small_number(
        &mut c,
        "points_won",
        &raw.points_won,
        10_000,
        k!("tier-error-points"),
    );
    let mut rates: Vec<(String, i64)> = Vec::new();
    for (i, line) in raw.rates.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let parsed = line
            .split_once('=')
            .map(|(cur, rate)| (cur.trim().to_uppercase(), rules::parse_rate(rate)));
        match parsed {
            Some((cur, Ok(rate))) if CURRENCIES.contains(&cur.as_str()) && cur != currency => {
                rates.retain(|(c, _)| *c != cur);
                rates.push((cur, rate));
            }
            Some((_, Err(_))) => {
                c.fail("rates", msg!("tier-error-rate-line", line = i + 1));
            }
            _ => {
                c.fail("rates", msg!("tier-error-rates-line", line = i + 1));
            }
        }
    }
    let (Some(name), false) = (name, c.has_errors()) else {
        return Err(c.into_error());
    };
    let key = crate::shared::matcher::company_name_key(&name);
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let clash = sqlx::query("SELECT id FROM programs WHERE name_key = $1")
        .bind(&key)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .map(|r| r.get::<i64, _>(0));
    if clash.is_some() && clash != raw.id {
        let mut c = Checker::new();
        c.keep("name", &raw.name);
        c.fail("name", msg!("tier-error-program-taken"));
        return Err(c.into_error());
    }
    if raw.is_default {
        sqlx::query("UPDATE programs SET is_default = 0")
            .execute(&mut **tx)
            .await
            .or_internal()?;
    }
    let id = match raw.id {
        Some(id) => {
            let n = sqlx::query(
                "UPDATE programs SET name = $1, name_key = $2, currency = $3, grace_days = $4, points_enabled = $5, \
                 points_registered = $6, points_won = $7, leaderboard_public = $8, \
                 is_default = CASE WHEN $9 = 1 THEN 1 ELSE is_default END, updated_at = $10 WHERE id = $11",
            )
            .bind(&name)
            .bind(&key)
            .bind(&currency)
            .bind(grace)
            .bind(i64::from(raw.points_enabled))
            .bind(p_reg)
            .bind(p_won)
            .bind(i64::from(raw.leaderboard_public))
            .bind(i64::from(raw.is_default))
            .bind(now)
            .bind(id)
            .execute(&mut **tx)
            .await
            .or_internal()?
            .rows_affected();
            if n != 1 {
                return Err(AppError::NotFound);
            }
            id
        }
        None => {
            let first = sqlx::query("SELECT COUNT(*) FROM programs")
                .fetch_one(&mut **tx)
                .await
                .or_internal()?
                .get::<i64, _>(0)
                == 0;
            sqlx::query(
                "INSERT INTO programs (name, name_key, currency, grace_days, points_enabled, points_registered, \
                 points_won, leaderboard_public, is_default, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
            )
            .bind(&name)
            .bind(&key)
            .bind(&currency)
            .bind(grace)
            .bind(i64::from(raw.points_enabled))
            .bind(p_reg)
            .bind(p_won)
            .bind(i64::from(raw.leaderboard_public))
            .bind(i64::from(raw.is_default || first))
            .bind(now)
            .bind(now)
            .fetch_one(&mut **tx)
            .await
            .or_internal()?
            .get(0)
        }
    };
    sqlx::query("DELETE FROM program_rates WHERE program_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    for (cur, rate) in &rates {
        sqlx::query(
            "INSERT INTO program_rates (program_id, currency, rate_micros) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(cur)
        .bind(rate)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    }
    audit::commit(tx, db, &entry.object("program", id)).await?;
    Ok(id)
}

/// Adds a tier to a program at a rank (0 = entry tier).
pub async fn add_tier(
    db: &Db,
    program_id: i64,
    name: &str,
    rank: &str,
    entry: Entry,
) -> Result<i64, AppError> {
    let mut c = Checker::new();
    c.keep("tier_name", name).keep("rank", rank);
    let name = c.check("tier_name", crate::shared::validate::name(name));
    let rank = small_number(&mut c, "rank", rank, 20, k!("tier-error-rank"));
    let (Some(name), false) = (name, c.has_errors()) else {
        return Err(c.into_error());
    };
    let mut tx = db.write().await.or_internal()?;
    if sqlx::query("SELECT 1 FROM programs WHERE id = $1")
        .bind(program_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .is_none()
    {
        return Err(AppError::NotFound);
    }
    let clash = sqlx::query(
        "SELECT name FROM tiers WHERE program_id = $1 AND (rank = $2 OR LOWER(name) = LOWER($3))",
    )
    .bind(program_id)
    .bind(rank)
    .bind(&name)
    .fetch_optional(&mut **tx)
    .await
    .or_internal()?;
    if let Some(r) = clash {
        let mut c = Checker::new();
        c.keep("tier_name", &name).keep("rank", &rank.to_string());
        c.fail(
            "rank",
            msg!("tier-error-tier-taken", tier = r.get::<String, _>(0)),
        );
        return Err(c.into_error());
    }
    let id: i64 = sqlx::query(
        "INSERT INTO tiers (program_id, name, rank, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(program_id)
    .bind(&name)
    .bind(rank)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await
    .or_internal()?
    .get(0);
    audit::commit(tx, db, &entry.object("tier", id)).await?;
    Ok(id)
}

#[derive(Clone, Debug, Default)]
pub struct RawRule {
    pub tier_id: i64,
    pub effective_from: String,
    pub min_revenue: String,
    pub min_approved: String,
    pub min_won: String,
    pub min_certified: String,
    pub custom_criteria: String,
    pub discount: String,
    pub deal_margin: String,
    pub rebate: String,
    pub commission: String,
    pub mdf_eligible: bool,
    pub content_level: String,
}

/// Adds a version of a tier's rules from a date (a version with the same
/// date is replaced). Evaluation and incentives use the version in force
/// at the time they concern.
pub async fn add_rule(
    db: &Db,
    viewer: &Viewer,
    raw: &RawRule,
    entry: Entry,
) -> Result<i64, AppError> {
    let mut c = Checker::new();
    // Echoed so only this tier's form on the admin page shows the error.
    c.keep("tier_id", &raw.tier_id.to_string());
    for (k, v) in [
        ("effective_from", &raw.effective_from),
        ("min_revenue", &raw.min_revenue),
        ("min_approved", &raw.min_approved),
        ("min_won", &raw.min_won),
        ("min_certified", &raw.min_certified),
        ("custom_criteria", &raw.custom_criteria),
        ("discount", &raw.discount),
        ("deal_margin", &raw.deal_margin),
        ("rebate", &raw.rebate),
        ("commission", &raw.commission),
        ("content_level", &raw.content_level),
    ] {
        c.keep(k, v);
    }
    let from = parse_date(&raw.effective_from);
    if from.is_none() {
        c.fail("effective_from", msg!("tier-error-from"));
    }
    let revenue = if raw.min_revenue.trim().is_empty() {
        Some(0)
    } else {
        c.check("min_revenue", parse_money(&raw.min_revenue))
    };
    let approved = small_number(
        &mut c,
        "min_approved",
        &raw.min_approved,
        100_000,
        k!("tier-error-count"),
    );
    let won = small_number(
        &mut c,
        "min_won",
        &raw.min_won,
        100_000,
        k!("tier-error-count"),
    );
    let certified = small_number(
        &mut c,
        "min_certified",
        &raw.min_certified,
        10_000,
        k!("tier-error-count"),
    );
    let criteria = criteria_lines(&raw.custom_criteria);
    if criteria.len() > 10 || criteria.iter().any(|l| l.chars().count() > 120) {
        c.fail("custom_criteria", msg!("tier-error-criteria"));
    }
    let mut pct = |field: &str, v: &str| c.check(field, rules::parse_percent(v)).unwrap_or(0);
    let discount = pct("discount", &raw.discount);
    let margin = pct("deal_margin", &raw.deal_margin);
    let rebate = pct("rebate", &raw.rebate);
    let commission = pct("commission", &raw.commission);
    let content = ContentLevel::parse(raw.content_level.trim());
    if content.is_none() {
        c.fail("content_level", msg!("tier-error-content"));
    }
    let (Some(from), Some(revenue), Some(content), false) =
        (from, revenue, content, c.has_errors())
    else {
        return Err(c.into_error());
    };
    let mut tx = db.write().await.or_internal()?;
    if sqlx::query("SELECT 1 FROM tiers WHERE id = $1")
        .bind(raw.tier_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .is_none()
    {
        return Err(AppError::NotFound);
    }
    sqlx::query("DELETE FROM tier_rules WHERE tier_id = $1 AND effective_from = $2 \
                 AND NOT EXISTS (SELECT 1 FROM incentive_entries i WHERE i.rule_id = tier_rules.id)")
        .bind(raw.tier_id)
        .bind(from)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    let used = sqlx::query("SELECT 1 FROM tier_rules WHERE tier_id = $1 AND effective_from = $2")
        .bind(raw.tier_id)
        .bind(from)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .is_some();
    if used {
        let mut c = Checker::new();
        c.keep("effective_from", &raw.effective_from);
        c.fail("effective_from", msg!("tier-error-from-used"));
        return Err(c.into_error());
    }
    let id: i64 = sqlx::query(
        "INSERT INTO tier_rules (tier_id, effective_from, min_revenue_cents, min_approved, min_won, min_certified, \
         custom_criteria, discount_bp, deal_margin_bp, rebate_bp, commission_bp, mdf_eligible, content_level, \
         created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
    )
    .bind(raw.tier_id)
    .bind(from)
    .bind(revenue)
    .bind(approved)
    .bind(won)
    .bind(certified)
    .bind(criteria.join("\n"))
    .bind(discount)
    .bind(margin)
    .bind(rebate)
    .bind(commission)
    .bind(i64::from(raw.mdf_eligible))
    .bind(content.as_str())
    .bind(viewer.user_id)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await
    .or_internal()?
    .get(0);
    audit::commit(
        tx,
        db,
        &entry
            .object("tier_rule", id)
            .detail(format!("{{\"tier\":{},\"from\":{from}}}", raw.tier_id)),
    )
    .await?;
    Ok(id)
}

/// Tiers to choose from (assignment form).
pub async fn tier_options(db: &Db) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sqlx::query(
        "SELECT t.id, p.name, t.name FROM tiers t JOIN programs p ON p.id = t.program_id ORDER BY p.id, t.rank",
    )
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| (r.get(0), format!("{} · {}", r.get::<String, _>(1), r.get::<String, _>(2))))
    .collect())
}
