//! How approved partners ramp up: the checklist on a new partner's first
//! screen (until every step is done), and the vendor's ramp time, the days
//! from approval to the first registered deal, median per month of
//! approval (the seed's promise: a shorter ramp).

use sqlx::Row;

use crate::server::db::Db;
use crate::server::errors::OrInternal;
use crate::shared::time::{median_p90, DAY_MS};
use crate::shared::{AppError, Viewer};

use super::super::types::{Checklist, RampMonth};

/// The checklist of the viewer's company, while it came through an
/// application and has a step left; `None` otherwise.
pub async fn checklist(db: &Db, viewer: &Viewer) -> Result<Option<Checklist>, AppError> {
    let Some(company) = viewer.company_id else {
        return Ok(None);
    };
    let r = sqlx::query(
        "SELECT a.first_deal_at, \
         (SELECT COUNT(*) FROM users u WHERE u.company_id = a.company_id AND u.status <> 'disabled'), \
         CASE WHEN NOT EXISTS (SELECT 1 FROM program_terms) OR EXISTS (SELECT 1 FROM terms_acceptances ta \
           WHERE ta.company_id = a.company_id AND ta.terms_id = (SELECT MAX(id) FROM program_terms)) THEN 1 ELSE 0 END \
         FROM partner_applications a WHERE a.company_id = $1 AND a.status = 'approved' ORDER BY a.id DESC LIMIT 1",
    )
    .bind(company)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?;
    let Some(r) = r else { return Ok(None) };
    let list = Checklist {
        terms: r.get::<i64, _>(2) == 1,
        colleagues: r.get::<i64, _>(1) > 1,
        first_deal: r.get::<Option<i64>, _>(0).is_some(),
    };
    Ok((!list.done()).then_some(list))
}

/// The last `months` months of approvals: per month of approval, how many
/// were approved, how many have registered a deal, and the median days
/// to the first one.
pub async fn ramp(db: &Db, now: i64, months: usize) -> Result<Vec<RampMonth>, AppError> {
    let starts = crate::shared::time::month_starts(now, months);
    let since = starts.first().copied().unwrap_or(now);
    let rows = sqlx::query(
        "SELECT decided_at, first_deal_at FROM partner_applications \
         WHERE status = 'approved' AND decided_at >= $1 ORDER BY decided_at",
    )
    .bind(since)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    let pairs: Vec<(i64, Option<i64>)> = rows.iter().map(|r| (r.get(0), r.get(1))).collect();
    Ok(starts
        .iter()
        .enumerate()
        .map(|(i, &start)| {
            let end = starts.get(i + 1).copied().unwrap_or(i64::MAX);
            let month: Vec<&(i64, Option<i64>)> = pairs
                .iter()
                .filter(|(d, _)| *d >= start && *d < end)
                .collect();
            let mut days: Vec<i64> = month
                .iter()
                .filter_map(|(d, f)| f.map(|f| (f - d).max(0) / DAY_MS))
                .collect();
            days.sort_unstable();
            RampMonth {
                month_start: start,
                approved: month.len() as i64,
                registered: days.len() as i64,
                median_days: median_p90(&days).map(|(m, _)| m),
            }
        })
        .collect())
}
