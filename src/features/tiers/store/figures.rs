//! What tiers tell other features' views (the vendor dashboard): the tiers
//! by name, companies per tier, changes waiting, memberships in grace, and
//! the pieces of SQL that filter or group companies by tier. Other
//! features never name the tier tables themselves.

use super::*;
use crate::server::scope::Chosen;
use crate::server::sql::Params;

/// Every tier with its label ("Program: Tier" when there are several
/// programs), in program and rank order.
pub async fn tier_labels(db: &Db) -> Result<Vec<(i64, String)>, AppError> {
    let rows = sqlx::query(
        "SELECT t.id, p.name, t.name FROM tiers t JOIN programs p ON p.id = t.program_id \
         ORDER BY p.id, t.rank LIMIT 200",
    )
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    Ok(labelled(&rows, |r| (r.get(0), r.get(1), r.get(2)))
        .into_iter()
        .map(|(id, label, _)| (id, label))
        .collect())
}

/// Rows of (tier id, program, tier, extra) with their labels: the program
/// is named only when there are several.
fn labelled(
    rows: &[sqlx::any::AnyRow],
    parts: impl Fn(&sqlx::any::AnyRow) -> (i64, String, String),
) -> Vec<(i64, String, &sqlx::any::AnyRow)> {
    let all: Vec<(i64, String, String)> = rows.iter().map(&parts).collect();
    let programs: std::collections::BTreeSet<&String> = all.iter().map(|x| &x.1).collect();
    let several = programs.len() > 1;
    all.iter()
        .zip(rows)
        .map(|((id, program, tier), r)| {
            let label = if several {
                format!("{program}: {tier}")
            } else {
                tier.clone()
            };
            (*id, label, r)
        })
        .collect()
}

/// The default program's currency, if there is a program.
pub async fn default_currency(db: &Db) -> Result<Option<String>, AppError> {
    Ok(
        sqlx::query("SELECT currency FROM programs ORDER BY is_default DESC, id LIMIT 1")
            .fetch_optional(&db.pool)
            .await
            .or_internal()?
            .map(|r| r.get(0)),
    )
}

/// The companies in tier `tier_id`, as a subquery for a filter.
pub fn members_sql(p: &mut Params, tier_id: i64) -> String {
    format!(
        "SELECT company_id FROM company_tiers WHERE tier_id = {}",
        p.int(tier_id)
    )
}

/// Joins each row's company (`company_col`) to its tier: the tier's id,
/// name and rank are then `tier_t.id`, `tier_t.name` and `tier_t.rank`
/// (NULL for a company in no tier).
pub fn tier_join(company_col: &str) -> String {
    format!(
        "LEFT JOIN company_tiers tier_ct ON tier_ct.company_id = {company_col} \
         LEFT JOIN tiers tier_t ON tier_t.id = tier_ct.tier_id"
    )
}

/// The program's tiers at a glance for the chosen companies.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TierCounts {
    /// Each tier: id, label, companies in it.
    pub tiers: Vec<(i64, String, i64)>,
    pub pending_up: i64,
    pub pending_down: i64,
    pub in_grace: i64,
}

/// Companies per tier, tier changes waiting for a decision, and
/// memberships in their grace period at `now`, for the chosen companies.
pub async fn tier_counts(db: &Db, chosen: Chosen<'_>, now: i64) -> Result<TierCounts, AppError> {
    let mut p = Params::default();
    let sel = chosen(&mut p, "ct.company_id");
    let rows = p
        .bind(sqlx::query(&format!(
            "SELECT t.id, p.name, t.name, COUNT(ct.company_id) FROM tiers t JOIN programs p ON p.id = t.program_id \
             LEFT JOIN company_tiers ct ON ct.tier_id = t.id AND {sel} \
             GROUP BY t.id, p.id, p.name, t.name, t.rank ORDER BY p.id, t.rank"
        )))
        .fetch_all(&db.pool)
        .await
        .or_internal()?;
    let tiers = labelled(&rows, |r| (r.get(0), r.get(1), r.get(2)))
        .into_iter()
        .map(|(id, label, r)| (id, label, sum_to_i64(r, 3)))
        .collect();
    let mut p = Params::default();
    let sel = chosen(&mut p, "ch.company_id");
    let pending = p
        .bind(sqlx::query(&format!(
            "SELECT ch.direction, COUNT(*) FROM tier_changes ch WHERE ch.status = 'proposed' AND {sel} \
             GROUP BY ch.direction"
        )))
        .fetch_all(&db.pool)
        .await
        .or_internal()?;
    let pending_of = |dir: &str| {
        pending
            .iter()
            .find(|r| r.get::<String, _>(0) == dir)
            .map(|r| sum_to_i64(r, 1))
            .unwrap_or(0)
    };
    let mut p = Params::default();
    let sel = chosen(&mut p, "ct.company_id");
    let sql = format!(
        "SELECT COUNT(*) FROM company_tiers ct WHERE ct.grace_until > {} AND {sel}",
        p.int(now)
    );
    let in_grace: i64 = p
        .bind(sqlx::query(&sql))
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    Ok(TierCounts {
        tiers,
        pending_up: pending_of("up"),
        pending_down: pending_of("down"),
        in_grace,
    })
}
