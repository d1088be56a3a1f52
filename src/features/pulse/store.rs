//! SQL of the pulse: one row per person and quarter (an answer, or "not
//! now"), written once; the answers of a period summed per company.

use sqlx::Row;

use super::rules::{self, Tally};
use crate::msg;
use crate::server::audit::{self, Entry};
use crate::server::db::Db;
use crate::server::errors::OrInternal;
use crate::server::now_ms;
use crate::shared::time::quarter_start;
use crate::shared::validate::Checker;
use crate::shared::{AppError, Viewer};

/// Whether `viewer` is asked now: a partner who has neither answered nor
/// said "not now" this quarter.
pub async fn due(db: &Db, viewer: &Viewer) -> Result<bool, AppError> {
    if !viewer.role.is_partner() || viewer.company_id.is_none() {
        return Ok(false);
    }
    let seen: i64 = sqlx::query(
        "SELECT COUNT(*) FROM pulse_responses WHERE user_id = $1 AND quarter_start = $2",
    )
    .bind(viewer.user_id)
    .bind(quarter_start(now_ms()))
    .fetch_one(&db.pool)
    .await
    .or_internal()?
    .get(0);
    Ok(seen == 0)
}

/// Records this quarter's answer (`Some((score, comment))`, as typed) or
/// "not now" (`None`). A second answer in a quarter is refused (409) and
/// changes nothing; "not now" after an answer changes nothing either.
pub async fn record(
    db: &Db,
    viewer: &Viewer,
    answer: Option<(&str, &str)>,
    entry: Entry,
) -> Result<(), AppError> {
    let Some(company_id) = viewer.company_id.filter(|_| viewer.role.is_partner()) else {
        return Err(AppError::Forbidden);
    };
    let checked = match answer {
        Some((score, comment)) => Some(rules::check(score, comment).map_err(|errors| {
            let mut c = Checker::default();
            for (field, m) in errors {
                c.fail(field, m);
            }
            c.keep("comment", comment);
            c.into_error()
        })?),
        None => None,
    };
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let inserted = sqlx::query(
        "INSERT INTO pulse_responses (user_id, company_id, quarter_start, score, comment, answered_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (user_id, quarter_start) DO NOTHING",
    )
    .bind(viewer.user_id)
    .bind(company_id)
    .bind(quarter_start(now))
    .bind(checked.as_ref().map(|c| c.0))
    .bind(checked.as_ref().map(|c| c.1.clone()).unwrap_or_default())
    .bind(now)
    .execute(&mut **tx)
    .await
    .or_internal()?
    .rows_affected();
    if inserted == 0 {
        if checked.is_none() {
            return Ok(());
        }
        return Err(AppError::Conflict(msg!("pulse-error-already")));
    }
    let entry = entry.detail(if checked.is_some() {
        "answered"
    } else {
        "not now"
    });
    audit::commit(tx, db, &entry.object("pulse", viewer.user_id)).await
}

/// Answers given in `[from, to)` per company.
pub type CompanyScores = Vec<(i64, Tally)>;

pub async fn scores_by_company(db: &Db, from: i64, to: i64) -> Result<CompanyScores, AppError> {
    let rows = sqlx::query(
        "SELECT company_id, \
         CAST(SUM(CASE WHEN score >= 9 THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN score IN (7, 8) THEN 1 ELSE 0 END) AS BIGINT), \
         CAST(SUM(CASE WHEN score <= 6 THEN 1 ELSE 0 END) AS BIGINT) \
         FROM pulse_responses WHERE answered_at >= $1 AND answered_at < $2 AND score IS NOT NULL \
         GROUP BY company_id",
    )
    .bind(from)
    .bind(to)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    Ok(rows
        .iter()
        .map(|r| {
            (
                r.get(0),
                Tally {
                    promoters: crate::server::dialect::sum_to_i64(r, 1),
                    passives: crate::server::dialect::sum_to_i64(r, 2),
                    detractors: crate::server::dialect::sum_to_i64(r, 3),
                },
            )
        })
        .collect())
}

/// A comment left with an answer, for the vendor's staff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PulseComment {
    pub company_id: i64,
    pub company_name: String,
    pub score: i64,
    pub comment: String,
    pub answered_at: i64,
}

/// The newest answers of `[from, to)` that carry a comment (at most
/// `limit`); the caller keeps those of the companies it may show.
pub async fn latest_comments(
    db: &Db,
    from: i64,
    to: i64,
    limit: i64,
) -> Result<Vec<PulseComment>, AppError> {
    Ok(sqlx::query(
        "SELECT p.company_id, c.name, p.score, p.comment, p.answered_at FROM pulse_responses p \
         JOIN companies c ON c.id = p.company_id \
         WHERE p.answered_at >= $1 AND p.answered_at < $2 AND p.score IS NOT NULL AND p.comment <> '' \
         ORDER BY p.answered_at DESC, p.id DESC LIMIT $3",
    )
    .bind(from)
    .bind(to)
    .bind(limit)
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| PulseComment {
        company_id: r.get(0),
        company_name: r.get(1),
        score: r.get(2),
        comment: r.get(3),
        answered_at: r.get(4),
    })
    .collect())
}
