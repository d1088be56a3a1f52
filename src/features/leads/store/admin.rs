//! The vendor admin's distribution rules (ordered; the first that matches
//! a lead and finds a company wins) and companies' open-lead limits.

use super::*;

/// The rules in order, with what their form offers.
pub async fn rules_page(db: &Db) -> Result<LeadRules, AppError> {
    let rows = sqlx::query(
        "SELECT r.id, r.position, r.name, r.region, r.country, p.name, r.tier_id, r.company_type, r.strategy, \
         c.name, r.accept_hours, r.active FROM lead_rules r LEFT JOIN products p ON p.id = r.product_id \
         LEFT JOIN companies c ON c.id = r.company_id ORDER BY r.position, r.id LIMIT 500",
    )
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    let tiers = tiers::tier_labels(db).await?;
    let rules = rows
        .iter()
        .map(|r| {
            let tier_id: Option<i64> = r.get(6);
            LeadRuleRow {
                id: r.get(0),
                position: r.get(1),
                name: r.get(2),
                region: r.get(3),
                country: r.get(4),
                product_name: r.get(5),
                tier_name: tier_id
                    .and_then(|t| tiers.iter().find(|(id, _)| *id == t).map(|x| x.1.clone())),
                company_type: r.get(7),
                strategy: Strategy::parse(&r.get::<String, _>(8)).unwrap_or(Strategy::RoundRobin),
                company_name: r.get(9),
                accept_hours: r.get(10),
                active: r.get::<i64, _>(11) == 1,
            }
        })
        .collect();
    let products = crate::server::catalog::active(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    let companies = sqlx::query(
        "SELECT id, name FROM companies WHERE status = 'active' ORDER BY name, id LIMIT 1000",
    )
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect();
    Ok(LeadRules {
        rules,
        products,
        tiers,
        companies,
    })
}

/// A rule as typed.
#[derive(Clone, Debug, Default)]
pub struct RawRule {
    pub name: String,
    pub region: String,
    pub country: String,
    pub product_id: String,
    pub tier_id: String,
    pub company_type: String,
    pub strategy: String,
    pub company_id: String,
    pub accept_hours: String,
}

impl RawRule {
    fn fields(&self) -> [(&'static str, &str); 9] {
        [
            ("name", &self.name),
            ("region", &self.region),
            ("country", &self.country),
            ("product_id", &self.product_id),
            ("tier_id", &self.tier_id),
            ("company_type", &self.company_type),
            ("strategy", &self.strategy),
            ("company_id", &self.company_id),
            ("accept_hours", &self.accept_hours),
        ]
    }
}

const COMPANY_TYPES: &[&str] = &["reseller", "distributor", "msp", "referral", "si"];

fn optional_id(c: &mut Checker, field: &str, raw: &str, known: &[i64], err: Msg) -> Option<i64> {
    match raw.trim() {
        "" => None,
        s => match s.parse::<i64>() {
            Ok(id) if known.contains(&id) => Some(id),
            _ => {
                c.fail(field, err);
                None
            }
        },
    }
}

/// Adds a rule at the end of the order; every bad field is reported.
pub async fn add_rule(db: &Db, raw: &RawRule, entry: Entry) -> Result<i64, AppError> {
    let mut c = Checker::new();
    for (k, v) in raw.fields() {
        c.keep(k, v);
    }
    let name = c.check("name", validate::name(&raw.name));
    let region = match raw.region.trim() {
        "" => None,
        s => c.check("region", validate::region(s)),
    };
    let country = match raw.country.trim() {
        "" => None,
        s => c.check("country", validate::country(s)),
    };
    let products = product_ids(db).await?;
    let product_id = optional_id(
        &mut c,
        "product_id",
        &raw.product_id,
        &products,
        msg!("lead-error-product"),
    );
    let tiers: Vec<i64> = tiers::tier_labels(db)
        .await?
        .into_iter()
        .map(|t| t.0)
        .collect();
    let tier_id = optional_id(
        &mut c,
        "tier_id",
        &raw.tier_id,
        &tiers,
        msg!("lead-rule-error-tier"),
    );
    let company_type = match raw.company_type.trim() {
        "" => None,
        s if COMPANY_TYPES.contains(&s) => Some(s.to_string()),
        _ => {
            c.fail("company_type", msg!("lead-rule-error-type"));
            None
        }
    };
    let strategy = Strategy::parse(raw.strategy.trim());
    if strategy.is_none() {
        c.fail("strategy", msg!("lead-rule-error-strategy"));
    }
    let company_id = match (strategy, raw.company_id.trim()) {
        (Some(Strategy::Named), "") => {
            c.fail("company_id", msg!("lead-rule-error-company-needed"));
            None
        }
        (Some(Strategy::Named), s) => {
            let id = s.parse::<i64>().ok();
            let found = match id {
                Some(id) => {
                    sqlx::query("SELECT 1 FROM companies WHERE id = $1 AND status = 'active'")
                        .bind(id)
                        .fetch_optional(&db.pool)
                        .await
                        .or_internal()?
                        .is_some()
                }
                None => false,
            };
            if !found {
                c.fail("company_id", msg!("lead-error-company"));
            }
            id
        }
        _ => None,
    };
    let hours = match raw.accept_hours.trim() {
        "" => Some(rules::DEFAULT_ACCEPT_HOURS),
        s => match s.parse::<i64>() {
            Ok(h) if (1..=rules::MAX_ACCEPT_HOURS).contains(&h) => Some(h),
            _ => {
                c.fail(
                    "accept_hours",
                    msg!("lead-rule-error-hours", max = rules::MAX_ACCEPT_HOURS),
                );
                None
            }
        },
    };
    if c.has_errors() {
        return Err(c.into_error());
    }
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let position: i64 = sqlx::query("SELECT COALESCE(MAX(position), 0) + 1 FROM lead_rules")
        .fetch_one(&mut **tx)
        .await
        .or_internal()?
        .get(0);
    let id: i64 = sqlx::query(
        "INSERT INTO lead_rules (position, name, region, country, product_id, tier_id, company_type, strategy, \
         company_id, accept_hours, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11) RETURNING id",
    )
    .bind(position)
    .bind(name.unwrap_or_default())
    .bind(region)
    .bind(country)
    .bind(product_id)
    .bind(tier_id)
    .bind(company_type)
    .bind(strategy.map(|s| s.as_str()).unwrap_or("round_robin"))
    .bind(company_id)
    .bind(hours.unwrap_or(rules::DEFAULT_ACCEPT_HOURS))
    .bind(now)
    .fetch_one(&mut **tx)
    .await
    .or_internal()?
    .get(0);
    audit::commit(tx, db, &entry.object("lead_rule", id)).await?;
    Ok(id)
}

/// Moves a rule one place up or down, or switches it on or off.
pub async fn change_rule(db: &Db, id: i64, op: &str, entry: Entry) -> Result<(), AppError> {
    if !["toggle", "up", "down"].contains(&op) {
        return Err(AppError::validation(msg!("lead-rule-error-op")));
    }
    let mut tx = db.write().await.or_internal()?;
    let row = sqlx::query("SELECT position, active FROM lead_rules WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    let (position, active): (i64, i64) = (row.get(0), row.get(1));
    match op {
        "toggle" => {
            sqlx::query("UPDATE lead_rules SET active = $1, updated_at = $2 WHERE id = $3")
                .bind(1 - active)
                .bind(now_ms())
                .bind(id)
                .execute(&mut **tx)
                .await
                .or_internal()?;
        }
        "up" | "down" => {
            let (cmp, order) = if op == "up" {
                ("<", "DESC")
            } else {
                (">", "ASC")
            };
            let other = sqlx::query(&format!(
                "SELECT id, position FROM lead_rules WHERE position {cmp} $1 ORDER BY position {order}, id LIMIT 1"
            ))
            .bind(position)
            .fetch_optional(&mut **tx)
            .await
            .or_internal()?;
            if let Some(o) = other {
                let (oid, opos): (i64, i64) = (o.get(0), o.get(1));
                for (rid, pos) in [(id, opos), (oid, position)] {
                    sqlx::query("UPDATE lead_rules SET position = $1 WHERE id = $2")
                        .bind(pos)
                        .bind(rid)
                        .execute(&mut **tx)
                        .await
                        .or_internal()?;
                }
            }
        }
        _ => return Err(AppError::validation(msg!("lead-rule-error-op"))),
    }
    let entry = entry
        .object("lead_rule", id)
        .detail(format!("{{\"op\":\"{op}\"}}"));
    audit::commit(tx, db, &entry).await
}

/// Sets a company's open-lead limit (0 stops offers to it).
pub async fn set_capacity(
    db: &Db,
    company_id: i64,
    raw: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let max: i64 = match raw.trim().parse::<i64>() {
        Ok(n) if (0..=100_000).contains(&n) => n,
        _ => {
            return Err(crate::shared::validate::field_error(
                "max_open",
                raw,
                msg!("lead-error-capacity"),
            ))
        }
    };
    let mut tx = db.write().await.or_internal()?;
    let exists = sqlx::query("SELECT 1 FROM companies WHERE id = $1")
        .bind(company_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .is_some();
    if !exists {
        return Err(AppError::NotFound);
    }
    sqlx::query("DELETE FROM lead_capacity WHERE company_id = $1")
        .bind(company_id)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    sqlx::query("INSERT INTO lead_capacity (company_id, max_open, updated_at) VALUES ($1, $2, $3)")
        .bind(company_id)
        .bind(max)
        .bind(now_ms())
        .execute(&mut **tx)
        .await
        .or_internal()?;
    let entry = entry
        .object("company", company_id)
        .detail(format!("{{\"lead_capacity\":{max}}}"));
    audit::commit(tx, db, &entry).await
}
