//! The staff's lead figures: offers, answers, time to accept, conversions
//! and the revenue of converted leads, per partner, region and source, for
//! a period. Read from the history lines by kind and time (an index), so a
//! period's figures read that period's lines, not every lead; a channel
//! manager counts only their companies.

use std::collections::HashMap;

use super::*;
use crate::server::dialect::sum_to_i64;
use crate::shared::money::CURRENCIES;
use crate::shared::time::{median_p90, DAY_MS};

/// The answers a partner gives an offer, and the offer itself.
const KINDS: &str = "e.kind IN ('offered','accepted','rejected','timed_out')";

fn count_kind(kind: &str) -> String {
    format!("CAST(COALESCE(SUM(CASE WHEN e.kind = '{kind}' THEN 1 ELSE 0 END), 0) AS BIGINT)")
}

/// One breakdown: `dim` is the grouping column over `lead_events e` and
/// `leads l` (partners also read their names).
async fn breakdown(
    db: &Db,
    viewer: &Viewer,
    (from, to): (i64, i64),
    currency: &str,
    dim: &str,
) -> Result<Vec<LeadFigureRow>, AppError> {
    let partners = dim == "e.company_id";
    let (name, join) = if partners {
        (
            "MIN(c.name)",
            "LEFT JOIN companies c ON c.id = e.company_id",
        )
    } else {
        ("CAST('' AS TEXT)", "")
    };
    // The accepting company's own conversion and win (the lead may have
    // been given back and worked by another company later).
    let mine = "e.kind = 'accepted' AND l.company_id = e.company_id";
    let sql = format!(
        "SELECT CAST({dim} AS TEXT), {name}, {}, {}, {}, {}, \
         CAST(COALESCE(SUM(CASE WHEN {mine} AND l.status = 'converted' THEN 1 ELSE 0 END), 0) AS BIGINT), \
         CAST(COALESCE(SUM(CASE WHEN {mine} AND l.won_currency = $3 THEN 1 ELSE 0 END), 0) AS BIGINT), \
         CAST(COALESCE(SUM(CASE WHEN {mine} AND l.won_currency = $3 THEN l.won_value_cents ELSE 0 END), 0) AS BIGINT) \
         FROM lead_events e JOIN leads l ON l.id = e.lead_id {join} \
         WHERE {KINDS} AND e.at >= $1 AND e.at < $2 AND e.company_id IS NOT NULL AND {} \
         GROUP BY {dim}",
        count_kind("offered"),
        count_kind("accepted"),
        count_kind("rejected"),
        count_kind("timed_out"),
        scope::managed(viewer, "e.company_id"),
    );
    let rows = sqlx::query(&sql)
        .bind(from)
        .bind(to)
        .bind(currency)
        .fetch_all(&db.pool)
        .await
        .or_internal()?;
    let mut out: Vec<LeadFigureRow> = rows
        .iter()
        .map(|r| LeadFigureRow {
            key: r.try_get::<String, _>(0).unwrap_or_default(),
            name: r.try_get::<String, _>(1).unwrap_or_default(),
            offered: sum_to_i64(r, 2),
            accepted: sum_to_i64(r, 3),
            rejected: sum_to_i64(r, 4),
            timed_out: sum_to_i64(r, 5),
            converted: sum_to_i64(r, 6),
            won_deals: sum_to_i64(r, 7),
            won_cents: sum_to_i64(r, 8),
            accept_median_ms: None,
        })
        .collect();
    out.sort_by(|a, b| {
        (b.offered, b.accepted, &a.name, &a.key).cmp(&(a.offered, a.accepted, &b.name, &b.key))
    });
    Ok(out)
}

/// How long each acceptance in the period waited since its offer (the
/// newest [`ACCEPT_SAMPLE`]), with the partner, region and source.
async fn waits(
    db: &Db,
    viewer: &Viewer,
    (from, to): (i64, i64),
) -> Result<Vec<(String, String, String, i64)>, AppError> {
    let sql = format!(
        "SELECT e.company_id, l.region, l.source, e.at - (SELECT MAX(o.at) FROM lead_events o \
             WHERE o.lead_id = e.lead_id AND o.kind = 'offered' AND o.company_id = e.company_id \
             AND o.at <= e.at) \
         FROM lead_events e JOIN leads l ON l.id = e.lead_id \
         WHERE e.kind = 'accepted' AND e.at >= $1 AND e.at < $2 AND {} \
         ORDER BY e.at DESC LIMIT $3",
        scope::managed(viewer, "e.company_id"),
    );
    Ok(sqlx::query(&sql)
        .bind(from)
        .bind(to)
        .bind(ACCEPT_SAMPLE)
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .filter_map(|r| {
            let wait: Option<i64> = r.get(3);
            Some((
                r.get::<Option<i64>, _>(0)?.to_string(),
                r.get(1),
                r.get(2),
                wait?,
            ))
        })
        .collect())
}

/// Each line's median time to accept from the waits of its key.
fn medians(rows: &mut [LeadFigureRow], waits: &[(String, i64)]) {
    let mut by: HashMap<&str, Vec<i64>> = HashMap::new();
    for (k, w) in waits {
        by.entry(k.as_str()).or_default().push(*w);
    }
    for r in rows {
        if let Some(v) = by.get_mut(r.key.as_str()) {
            v.sort_unstable();
            r.accept_median_ms = median_p90(v).map(|(m, _)| m);
        }
    }
}

/// The figures of the last `days` days (30, 90 or 365; else 90) in
/// `currency` (else the default program's).
pub async fn figures(
    db: &Db,
    viewer: &Viewer,
    days: Option<i64>,
    currency: Option<String>,
) -> Result<LeadFigures, AppError> {
    let days = days
        .filter(|d| FIGURE_PERIODS.contains(d))
        .unwrap_or(DEFAULT_FIGURE_DAYS);
    let currency = match currency
        .map(|c| c.trim().to_uppercase())
        .filter(|c| CURRENCIES.contains(&c.as_str()))
    {
        Some(c) => c,
        None => tiers::default_currency(db)
            .await?
            .unwrap_or_else(|| "USD".into()),
    };
    let to = now_ms();
    let from = to - days * DAY_MS;
    let window = (from, to);
    let mut by_partner = breakdown(db, viewer, window, &currency, "e.company_id").await?;
    let mut by_region = breakdown(db, viewer, window, &currency, "l.region").await?;
    let mut by_source = breakdown(db, viewer, window, &currency, "l.source").await?;
    let waits = waits(db, viewer, window).await?;
    let pick = |f: fn(&(String, String, String, i64)) -> &String| -> Vec<(String, i64)> {
        waits.iter().map(|w| (f(w).clone(), w.3)).collect()
    };
    medians(&mut by_partner, &pick(|w| &w.0));
    medians(&mut by_region, &pick(|w| &w.1));
    medians(&mut by_source, &pick(|w| &w.2));
    let mut total = LeadFigureRow::default();
    for r in &by_source {
        total.offered += r.offered;
        total.accepted += r.accepted;
        total.rejected += r.rejected;
        total.timed_out += r.timed_out;
        total.converted += r.converted;
        total.won_deals += r.won_deals;
        total.won_cents += r.won_cents;
    }
    let mut all: Vec<i64> = waits.iter().map(|w| w.3).collect();
    all.sort_unstable();
    let times = median_p90(&all);
    total.accept_median_ms = times.map(|t| t.0);
    Ok(LeadFigures {
        days,
        currency,
        currencies: CURRENCIES.iter().map(|c| c.to_string()).collect(),
        from,
        to,
        total,
        accept_p90_ms: times.map(|t| t.1),
        sampled: all.len() as i64,
        by_partner,
        by_region,
        by_source,
    })
}
