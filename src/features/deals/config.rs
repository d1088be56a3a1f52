//! The vendor admin's side of the deal program: settings (exclusivity,
//! approval SLA, extension, reminders), approval rules and the product
//! list. Every change is audited with its before and after.

use sqlx::Row;

use super::rules::{ConflictCondition, RuleAction};
use super::store::{rules_list, settings};
use super::types::{DealConfig, ProductAdmin};
use crate::msg;
use crate::server::audit::{self, Entry};
use crate::server::db::Db;
use crate::server::errors::OrInternal;
use crate::server::now_ms;
use crate::shared::l10n::Msg;
use crate::shared::validate::{self, Checker};
use crate::shared::AppError;

pub async fn load(db: &Db) -> Result<DealConfig, AppError> {
    let s = settings(db).await?;
    let products = sqlx::query(
        "SELECT p.id, p.sku, p.name, p.active, (SELECT COUNT(*) FROM deal_products dp WHERE dp.product_id = p.id) \
         FROM products p ORDER BY p.active DESC, p.name LIMIT 500",
    )
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| ProductAdmin {
        id: r.get(0),
        sku: r.get(1),
        name: r.get(2),
        active: r.get::<i64, _>(3) == 1,
        deals: r.get(4),
    })
    .collect();
    let companies = sqlx::query("SELECT id, name FROM companies ORDER BY name_key LIMIT 1000")
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    Ok(DealConfig {
        exclusivity_days: s.exclusivity_days,
        sla_hours: s.sla_hours,
        extension_days: s.extension_days,
        reminder_days: s
            .reminder_days
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(", "),
        rules: rules_list(db).await?,
        products,
        companies,
    })
}

/// A whole number from `lo` to `hi`; `refusal` names the field's range.
fn whole(c: &mut Checker, field: &str, raw: &str, lo: i64, hi: i64, refusal: Msg) -> Option<i64> {
    c.check(
        field,
        raw.trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (lo..=hi).contains(n))
            .ok_or_else(|| refusal.with("min", lo).with("max", hi)),
    )
}

pub async fn save_settings(
    db: &Db,
    exclusivity_days: &str,
    sla_hours: &str,
    extension_days: &str,
    reminder_days: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let mut c = Checker::new();
    for (k, v) in [
        ("exclusivity_days", exclusivity_days),
        ("sla_hours", sla_hours),
        ("extension_days", extension_days),
        ("reminder_days", reminder_days),
    ] {
        c.keep(k, v);
    }
    let ex = whole(
        &mut c,
        "exclusivity_days",
        exclusivity_days,
        1,
        365,
        msg!("deal-error-exclusivity-range"),
    );
    let sla = whole(
        &mut c,
        "sla_hours",
        sla_hours,
        1,
        720,
        msg!("deal-error-sla-range"),
    );
    let ext = whole(
        &mut c,
        "extension_days",
        extension_days,
        1,
        180,
        msg!("deal-error-extension-range"),
    );
    let mut days = Vec::new();
    for part in reminder_days
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        match part.parse::<i64>() {
            Ok(d) if (1..=120).contains(&d) => days.push(d),
            _ => {
                c.fail("reminder_days", msg!("deal-error-reminder-days"));
                break;
            }
        }
    }
    days.sort_unstable_by(|a, b| b.cmp(a));
    days.dedup();
    let (Some(ex), Some(sla), Some(ext), false) = (ex, sla, ext, c.has_errors()) else {
        return Err(c.into_error());
    };
    let before = settings(db).await?;
    let reminders = days
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    crate::server::settings::write(
        &mut tx,
        &[
            ("deals.exclusivity_days", ex.to_string()),
            ("deals.sla_hours", sla.to_string()),
            ("deals.extension_days", ext.to_string()),
            ("deals.reminder_days", reminders.clone()),
        ],
        now,
    )
    .await?;
    let detail = format!(
        "{{\"before\":{{\"exclusivity_days\":{},\"sla_hours\":{},\"extension_days\":{},\"reminder_days\":{:?}}},\
         \"after\":{{\"exclusivity_days\":{ex},\"sla_hours\":{sla},\"extension_days\":{ext},\"reminder_days\":{reminders:?}}}}}",
        before.exclusivity_days,
        before.sla_hours,
        before.extension_days,
        before.reminder_days.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(","),
    );
    audit::commit(tx, db, &entry.object("settings", "deals").detail(detail)).await?;
    Ok(())
}

/// The raw rule form.
#[derive(Clone, Debug, Default)]
pub struct RawRule {
    pub id: Option<i64>,
    pub name: String,
    pub position: String,
    pub company_id: String,
    pub region: String,
    pub product_id: String,
    pub min_value: String,
    pub max_value: String,
    pub conflict: String,
    pub action: String,
    pub active: bool,
}

pub async fn save_rule(db: &Db, raw: &RawRule, entry: Entry) -> Result<i64, AppError> {
    let mut c = Checker::new();
    for (k, v) in [
        ("name", &raw.name),
        ("position", &raw.position),
        ("company_id", &raw.company_id),
        ("region", &raw.region),
        ("product_id", &raw.product_id),
        ("min_value", &raw.min_value),
        ("max_value", &raw.max_value),
        ("conflict", &raw.conflict),
        ("action", &raw.action),
    ] {
        c.keep(k, v);
    }
    let name = c.check("name", validate::name(&raw.name));
    let position = whole(
        &mut c,
        "position",
        if raw.position.trim().is_empty() {
            "100"
        } else {
            &raw.position
        },
        1,
        10_000,
        msg!("deal-error-order-range"),
    );
    let opt_id = |c: &mut Checker, field: &str, v: &str| -> Option<i64> {
        let v = v.trim();
        if v.is_empty() {
            return None;
        }
        let parsed = v.parse::<i64>().ok();
        if parsed.is_none() {
            c.fail(field, msg!("deal-error-choose-from-list"));
        }
        parsed
    };
    let company_id = opt_id(&mut c, "company_id", &raw.company_id);
    let product_id = opt_id(&mut c, "product_id", &raw.product_id);
    let region = match raw.region.trim() {
        "" => None,
        r => c.check("region", validate::region(r)),
    };
    let money = |c: &mut Checker, field: &str, v: &str| -> Option<i64> {
        if v.trim().is_empty() {
            None
        } else {
            c.check(field, crate::shared::money::parse_money(v))
        }
    };
    let min = money(&mut c, "min_value", &raw.min_value);
    let max = money(&mut c, "max_value", &raw.max_value);
    if let (Some(a), Some(b)) = (min, max) {
        if a >= b {
            c.fail("max_value", msg!("deal-error-rule-bounds"));
        }
    }
    let conflict = ConflictCondition::parse(raw.conflict.trim());
    if conflict.is_none() {
        c.fail("conflict", msg!("deal-error-rule-conflict"));
    }
    let action = RuleAction::parse(raw.action.trim());
    if action.is_none() {
        c.fail("action", msg!("deal-error-rule-action"));
    }
    if action == Some(RuleAction::AutoApprove) && conflict == Some(ConflictCondition::Conflict) {
        c.fail("action", msg!("deal-error-rule-auto-conflict"));
    }
    let (Some(name), Some(position), Some(conflict), Some(action), false) =
        (name, position, conflict, action, c.has_errors())
    else {
        return Err(c.into_error());
    };
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    // Referenced rows must exist; a bad id is a field error, not a 500.
    for (field, table, id) in [
        ("company_id", "companies", company_id),
        ("product_id", "products", product_id),
    ] {
        if let Some(id) = id {
            let found = sqlx::query(&format!("SELECT 1 FROM {table} WHERE id = $1"))
                .bind(id)
                .fetch_optional(&mut **tx)
                .await
                .or_internal()?;
            if found.is_none() {
                let mut c = Checker::new();
                c.fail(field, msg!("deal-error-choose-from-list"));
                return Err(c.into_error());
            }
        }
    }
    let id = match raw.id {
        Some(id) => {
            let n = sqlx::query(
                "UPDATE approval_rules SET position = $1, name = $2, company_id = $3, region = $4, product_id = $5, \
                 min_value_cents = $6, max_value_cents = $7, conflict = $8, action = $9, active = $10, updated_at = $11 \
                 WHERE id = $12",
            )
            .bind(position)
            .bind(&name)
            .bind(company_id)
            .bind(region.clone())
            .bind(product_id)
            .bind(min)
            .bind(max)
            .bind(conflict.as_str())
            .bind(action.as_str())
            .bind(i64::from(raw.active))
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
        None => sqlx::query(
            "INSERT INTO approval_rules (position, name, company_id, region, product_id, min_value_cents, \
             max_value_cents, conflict, action, active, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(position)
        .bind(&name)
        .bind(company_id)
        .bind(region.clone())
        .bind(product_id)
        .bind(min)
        .bind(max)
        .bind(conflict.as_str())
        .bind(action.as_str())
        .bind(i64::from(raw.active))
        .bind(now)
        .bind(now)
        .fetch_one(&mut **tx)
        .await
        .or_internal()?
        .get(0),
    };
    let detail = format!(
        "{{\"after\":{{\"name\":{name:?},\"position\":{position},\"action\":\"{}\",\"conflict\":\"{}\",\"active\":{}}}}}",
        action.as_str(),
        conflict.as_str(),
        raw.active
    );
    audit::commit(tx, db, &entry.object("approval_rule", id).detail(detail)).await?;
    Ok(id)
}

pub async fn delete_rule(db: &Db, id: i64, entry: Entry) -> Result<(), AppError> {
    let mut tx = db.write().await.or_internal()?;
    let n = sqlx::query("DELETE FROM approval_rules WHERE id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await
        .or_internal()?
        .rows_affected();
    if n != 1 {
        return Err(AppError::NotFound);
    }
    audit::commit(tx, db, &entry.object("approval_rule", id)).await?;
    Ok(())
}

/// Whether a partner company's users see all its deals or only their own.
pub async fn set_visibility(
    db: &Db,
    company_id: i64,
    visibility: &str,
    entry: Entry,
) -> Result<(), AppError> {
    if !matches!(visibility, "company" | "own") {
        let mut c = Checker::new();
        c.keep("visibility", visibility);
        c.fail("visibility", msg!("deal-error-visibility"));
        return Err(c.into_error());
    }
    let mut tx = db.write().await.or_internal()?;
    sqlx::query("UPDATE companies SET deal_visibility = $1, updated_at = $2 WHERE id = $3")
        .bind(visibility)
        .bind(now_ms())
        .bind(company_id)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    audit::commit(
        tx,
        db,
        &entry
            .object("company", company_id)
            .detail(format!("{{\"deal_visibility\":\"{visibility}\"}}")),
    )
    .await?;
    Ok(())
}

pub async fn visibility(db: &Db, company_id: i64) -> Result<String, AppError> {
    Ok(
        sqlx::query("SELECT deal_visibility FROM companies WHERE id = $1")
            .bind(company_id)
            .fetch_one(&db.pool)
            .await
            .or_internal()?
            .get(0),
    )
}
