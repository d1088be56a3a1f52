//! The rollups (decision 0005): the dashboard's daily `deal_wins_daily`,
//! `deal_submissions_daily` and `points_daily`, and the home pages'
//! `deal_open_totals`, `deal_wins_by_company` and `incentive_totals`, and
//! the tier rules' `deal_decisions_by_company`, and the vendor-sourced
//! share of wins and pipeline (`deal_lead_wins_daily`,
//! `deal_lead_open_totals`). Triggers in the
//! migrations keep them in step with `deals`, `points` and
//! `incentive_entries` in the same
//! transaction as every change; this module recomputes them from the rows
//! (after a bulk load that set the triggers aside, or by an operator with
//! `portal rollups --rebuild`) and compares them with a recomputation
//! (`portal rollups --check`, and the tests).

use sqlx::Row;

pub mod company;

use super::db::Db;

/// Each rollup as its table, its key and value columns, and the query
/// that computes it from the source rows (the same SQL on both databases:
/// integer division gives the UTC day).
const ROLLUPS: &[(&str, &str, &str, &str)] = &[
    (
        "deal_wins_daily",
        "day, currency, company_id",
        "deals, value_cents",
        "SELECT won_at / 86400000 * 86400000, currency, company_id, COUNT(*), \
         CAST(SUM(COALESCE(final_value_cents, value_cents)) AS BIGINT) \
         FROM deals WHERE status = 'won' AND won_at IS NOT NULL GROUP BY 1, 2, 3",
    ),
    (
        "deal_submissions_daily",
        "day, company_id",
        "submitted, approved, won, lost, rejected, pending, conflicts",
        "SELECT submitted_at / 86400000 * 86400000, company_id, COUNT(*), \
         CAST(SUM(CASE WHEN status IN ('approved','won','lost','expired') \
             OR (status = 'withdrawn' AND exclusive_until IS NOT NULL) THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN status = 'won' THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN status = 'lost' THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN status = 'rejected' THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN status IN ('submitted','draft') THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN has_conflict = 1 THEN 1 ELSE 0 END) AS BIGINT) \
         FROM deals WHERE submitted_at IS NOT NULL GROUP BY 1, 2",
    ),
    (
        "points_daily",
        "day, company_id",
        "points",
        "SELECT at / 86400000 * 86400000, company_id, CAST(SUM(points) AS BIGINT) FROM points GROUP BY 1, 2",
    ),
    (
        "deal_wins_by_company",
        "company_id, day, currency",
        "deals, value_cents",
        "SELECT company_id, won_at / 86400000 * 86400000, currency, COUNT(*), \
         CAST(SUM(COALESCE(final_value_cents, value_cents)) AS BIGINT) \
         FROM deals WHERE status = 'won' AND won_at IS NOT NULL GROUP BY 1, 2, 3",
    ),
    (
        "deal_decisions_by_company",
        "company_id, day",
        "deals",
        "SELECT company_id, decided_at / 86400000 * 86400000, COUNT(*) FROM deals \
         WHERE decided_at IS NOT NULL AND status IN ('approved','won','lost','expired') GROUP BY 1, 2",
    ),
    (
        "incentive_totals",
        "company_id, currency, status",
        "entries, amount_cents",
        "SELECT company_id, currency, status, COUNT(*), CAST(SUM(amount_cents) AS BIGINT) \
         FROM incentive_entries GROUP BY 1, 2, 3",
    ),
    (
        "deal_open_totals",
        "company_id, status, stage, currency",
        "deals, value_cents",
        "SELECT company_id, status, stage, currency, COUNT(*), CAST(SUM(value_cents) AS BIGINT) \
         FROM deals WHERE status IN ('draft','submitted','approved') GROUP BY 1, 2, 3, 4",
    ),
    (
        "deal_lead_wins_daily",
        "day, currency, company_id",
        "deals, value_cents",
        "SELECT won_at / 86400000 * 86400000, currency, company_id, COUNT(*), \
         CAST(SUM(COALESCE(final_value_cents, value_cents)) AS BIGINT) \
         FROM deals WHERE lead_id IS NOT NULL AND status = 'won' AND won_at IS NOT NULL GROUP BY 1, 2, 3",
    ),
    (
        "deal_lead_open_totals",
        "company_id, currency",
        "deals, value_cents",
        "SELECT company_id, currency, COUNT(*), CAST(SUM(value_cents) AS BIGINT) \
         FROM deals WHERE lead_id IS NOT NULL AND status IN ('draft','submitted','approved') GROUP BY 1, 2",
    ),
];

/// Recomputes every rollup from its rows, in one write transaction.
pub async fn rebuild(db: &Db) -> anyhow::Result<()> {
    let mut tx = db.write().await?;
    for (table, key, values, source) in ROLLUPS {
        sqlx::query(&format!("DELETE FROM {table}"))
            .execute(&mut **tx)
            .await?;
        sqlx::query(&format!("INSERT INTO {table} ({key}, {values}) {source}"))
            .execute(&mut **tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The rows where a rollup differs from a recomputation (rows that fell to
/// zero count as absent), as `table: key -> stored vs computed`; empty when
/// every rollup is exact. Reads whole tables: for tests and operators.
pub async fn check(db: &Db) -> anyhow::Result<Vec<String>> {
    let mut out = Vec::new();
    for (table, key, values, source) in ROLLUPS {
        let keys = key.split(',').count();
        let width = keys + values.split(',').count();
        let read = |sql: String| async move {
            let rows = sqlx::query(&sql).fetch_all(&db.pool).await?;
            let mut map = std::collections::BTreeMap::new();
            for r in rows {
                let cells: Vec<String> = (0..width)
                    .map(|i| {
                        r.try_get::<i64, _>(i)
                            .map(|v| v.to_string())
                            .or_else(|_| r.try_get::<String, _>(i))
                            .unwrap_or_default()
                    })
                    .collect();
                if cells[keys..].iter().all(|c| c == "0") {
                    continue;
                }
                map.insert(cells[..keys].join("/"), cells[keys..].join(","));
            }
            anyhow::Ok(map)
        };
        let stored = read(format!("SELECT {key}, {values} FROM {table}")).await?;
        let computed = read(source.to_string()).await?;
        for (k, v) in &computed {
            if stored.get(k) != Some(v) {
                out.push(format!(
                    "{table}: {k} -> {} vs {v}",
                    stored.get(k).map(String::as_str).unwrap_or("missing")
                ));
            }
        }
        for (k, v) in &stored {
            if !computed.contains_key(k) {
                out.push(format!("{table}: {k} -> {v} vs missing"));
            }
        }
    }
    Ok(out)
}
