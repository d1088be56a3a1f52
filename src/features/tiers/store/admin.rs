//! The vendor admin's overview of programs, tiers and rule versions.

use super::*;

pub async fn admin(db: &Db) -> Result<TierAdmin, AppError> {
    let mut conn = db.pool.acquire().await.or_internal()?;
    let rows = sqlx::query(&format!(
        "SELECT {PROGRAM_COLS}, is_default, (SELECT COUNT(*) FROM company_tiers ct WHERE ct.program_id = programs.id) \
         FROM programs ORDER BY id"
    ))
    .fetch_all(&mut *conn)
    .await
    .or_internal()?;
    let now = now_ms();
    let mut programs = Vec::new();
    for r in rows {
        let p = program_from(&r);
        let rates = rates(&mut conn, p.id)
            .await
            .or_internal()?
            .into_iter()
            .map(|(c, m)| (c, rules::format_rate(m)))
            .collect();
        let all = versions(&mut conn, p.id).await.or_internal()?;
        let force: Vec<i64> = in_force(&all, now).iter().map(|r| r.id).collect();
        let tiers = tiers_of(&mut conn, p.id)
            .await
            .or_internal()?
            .into_iter()
            .map(|t| {
                let mut versions: Vec<RuleVersion> =
                    all.iter().filter(|v| v.tier_id == t.id).cloned().collect();
                versions.reverse();
                let in_force = versions
                    .iter()
                    .find(|v| force.contains(&v.id))
                    .map(|v| v.id);
                TierVersions {
                    tier: t,
                    versions,
                    in_force,
                }
            })
            .collect();
        programs.push(ProgramAdmin {
            program: ProgramSettings {
                id: p.id,
                name: p.name,
                currency: p.currency,
                grace_days: p.grace_days,
                points_enabled: p.points_enabled,
                points_registered: p.points_registered,
                points_won: p.points_won,
                leaderboard_public: p.leaderboard_public,
                is_default: r.get::<i64, _>(8) == 1,
                rates,
                companies: r.get(9),
            },
            tiers,
        });
    }
    Ok(TierAdmin {
        programs,
        today: crate::shared::time::date_input_value(now),
    })
}
