//! The partner's and the staff's open-deal figures for the first screen, from
//! the per-company rollups where the scope is whole companies.

use super::*;

pub async fn summary(db: &Db, viewer: &Viewer) -> Result<DealSummary, AppError> {
    let scope = scope_sql(viewer);
    let now = now_ms();
    let companies = scope::owned_rollup(db, viewer, "d.company_id", &scope).await?;
    let open = open_totals(db, &scope, companies.as_deref()).await?;
    // Time-dependent counts: two index ranges (company or status, then the
    // date), bounded by the deals that match, not by the open ones.
    let count = |sql: String, at: i64| async move {
        sqlx::query(&sql)
            .bind(at)
            .fetch_one(&db.pool)
            .await
            .or_internal()
            .map(|r| r.get::<i64, _>(0))
    };
    // The same window as the list's "expiring" filter and the attention
    // list: ending after now and within 30 days.
    let expiring = sqlx::query(&format!(
        "SELECT COUNT(*) FROM deals d WHERE {scope} AND d.status = 'approved' \
         AND d.exclusive_until > $1 AND d.exclusive_until <= $2"
    ))
    .bind(now)
    .bind(now + 30 * DAY_MS)
    .fetch_one(&db.pool)
    .await
    .or_internal()?
    .get::<i64, _>(0);
    let overdue = count(
        format!(
            "SELECT COUNT(*) FROM deals d WHERE {scope} AND d.status = 'submitted' AND d.sla_due_at < $1"
        ),
        now,
    )
    .await?;
    let money = |rows: Vec<sqlx::any::AnyRow>| {
        rows.iter()
            .map(|r| {
                (
                    r.get::<String, _>(0),
                    crate::server::dialect::sum_to_i64(r, 1),
                )
            })
            .collect::<Vec<_>>()
    };
    let year_start = crate::shared::time::year_start(now);
    // Won between two UTC midnights: every company's from the day-first
    // rollup (68,000 rows a year at 1 M deals instead of 250,000 deals:
    // 285 ms before), a company's or a manager's from the company-first one
    // (a year is at most 366 rows per company and currency; 5 ms before for
    // the largest), a partner user's own from their deals.
    let won_between = |from: i64, to: i64| {
        let sql = match (viewer.role, companies.as_deref()) {
            (Role::VendorAdmin, _) => "SELECT d.currency, CAST(SUM(d.value_cents) AS BIGINT) AS total FROM deal_wins_daily d \
                 WHERE d.day >= $1 AND d.day < $2 GROUP BY d.currency ORDER BY total DESC LIMIT 5"
                .to_string(),
            (_, Some(companies)) => format!(
                "SELECT d.currency, CAST(SUM(d.value_cents) AS BIGINT) AS total FROM deal_wins_by_company d \
                 WHERE {companies} AND d.day >= $1 AND d.day < $2 GROUP BY d.currency ORDER BY total DESC LIMIT 5"
            ),
            (_, None) => format!(
                "SELECT d.currency, CAST(SUM(COALESCE(d.final_value_cents, d.value_cents)) AS BIGINT) AS total FROM deals d \
                 WHERE {scope} AND d.status = 'won' AND d.won_at >= $1 AND d.won_at < $2 GROUP BY d.currency ORDER BY total DESC LIMIT 5"
            ),
        };
        async move {
            sqlx::query(&sql)
                .bind(from)
                .bind(to)
                .fetch_all(&db.pool)
                .await
                .or_internal()
        }
    };
    // Through the end of today (nothing is won in the future), and last
    // year through the end of the same day.
    let tomorrow = (now.div_euclid(DAY_MS) + 1) * DAY_MS;
    let won = won_between(year_start, tomorrow).await?;
    let last_year_start = {
        let (y, _, _) = crate::shared::time::civil_from_days(now.div_euclid(DAY_MS));
        crate::shared::time::days_from_civil(y - 1, 1, 1) * DAY_MS
    };
    let won_last = won_between(last_year_start, tomorrow - (year_start - last_year_start)).await?;
    let attention = if viewer.role.is_partner() {
        attention(db, &scope, now).await?
    } else {
        Vec::new()
    };
    Ok(DealSummary {
        expiring,
        overdue,
        won_ytd: money(won),
        won_last_ytd: money(won_last),
        attention,
        ..rules::fold_open_totals(&open)
    })
}

/// The open deals in the viewer's scope as (status, stage, currency,
/// deals, value) groups: from `deal_open_totals` (a few rows per company,
/// kept by triggers) wherever the scope is whole companies, else from the
/// viewer's own deals.
pub(super) async fn open_totals(
    db: &Db,
    scope: &str,
    companies: Option<&str>,
) -> Result<Vec<rules::OpenTotal>, AppError> {
    let sql = match companies {
        None => format!(
            "SELECT d.status, d.stage, d.currency, COUNT(*), CAST(SUM(d.value_cents) AS BIGINT) FROM deals d \
             WHERE {scope} AND d.status IN ('draft','submitted','approved') GROUP BY d.status, d.stage, d.currency"
        ),
        Some(companies) => format!(
            "SELECT d.status, d.stage, d.currency, CAST(SUM(d.deals) AS BIGINT), CAST(SUM(d.value_cents) AS BIGINT) \
             FROM deal_open_totals d WHERE {companies} GROUP BY d.status, d.stage, d.currency"
        ),
    };
    Ok(sqlx::query(&sql)
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .map(|r| rules::OpenTotal {
            status: DealStatus::parse(&r.get::<String, _>(0)).unwrap_or(DealStatus::Draft),
            stage: Stage::parse(&r.get::<String, _>(1)).unwrap_or(Stage::Qualify),
            currency: r.get(2),
            deals: crate::server::dialect::sum_to_i64(r, 3),
            value_cents: crate::server::dialect::sum_to_i64(r, 4),
        })
        .collect())
}

/// Registrations that need the partner now, most urgent first: returned
/// with questions, exclusivity ending within 14 days, pending approval.
/// Each kind is one indexed, limited query.
pub(super) async fn attention(db: &Db, scope: &str, now: i64) -> Result<Vec<Attention>, AppError> {
    let mut out = Vec::new();
    for (kind, sql) in [
        (
            "returned",
            format!("SELECT d.id, d.customer_name, CAST(NULL AS BIGINT) FROM deals d WHERE {scope} AND d.status = 'draft' ORDER BY d.updated_at DESC LIMIT {ATTENTION_EACH}"),
        ),
        (
            "expiring",
            format!(
                "SELECT d.id, d.customer_name, d.exclusive_until FROM deals d WHERE {scope} AND d.status = 'approved' \
                 AND d.exclusive_until > {now} AND d.exclusive_until <= {} ORDER BY d.exclusive_until LIMIT {ATTENTION_EACH}",
                now + 30 * DAY_MS
            ),
        ),
        (
            "pending",
            format!("SELECT d.id, d.customer_name, d.sla_due_at FROM deals d WHERE {scope} AND d.status = 'submitted' ORDER BY d.sla_due_at LIMIT {ATTENTION_EACH}"),
        ),
    ] {
        let rows = sqlx::query(&sql)
            .fetch_all(&db.pool)
            .await
            .or_internal()?;
        out.extend(rows.iter().map(|r| Attention {
            deal_id: r.get(0),
            customer_name: r.get(1),
            kind: kind.to_string(),
            due: r.get::<Option<i64>, _>(2),
        }));
    }
    Ok(out)
}
