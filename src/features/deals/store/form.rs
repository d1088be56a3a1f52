//! The program's deal settings (exclusivity, SLA, extension, reminders) and
//! what the registration form needs: active products, the signed form clock,
//! the median approval time.

use super::*;

/// Program settings for deal registration, with their defaults.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DealSettings {
    pub exclusivity_days: i64,
    pub sla_hours: i64,
    pub extension_days: i64,
    /// Days before expiry on which the partner is reminded, largest first.
    pub reminder_days: Vec<i64>,
}

impl Default for DealSettings {
    fn default() -> Self {
        DealSettings {
            exclusivity_days: 90,
            sla_hours: 48,
            extension_days: 30,
            reminder_days: vec![14, 3],
        }
    }
}

pub async fn settings(db: &Db) -> Result<DealSettings, AppError> {
    let mut s = DealSettings::default();
    for (key, value) in crate::server::settings::read(db, "deals.").await? {
        let num = value.trim().parse::<i64>().ok();
        match (key.as_str(), num) {
            ("deals.exclusivity_days", Some(n)) => s.exclusivity_days = n.clamp(1, 365),
            ("deals.sla_hours", Some(n)) => s.sla_hours = n.clamp(1, 24 * 30),
            ("deals.extension_days", Some(n)) => s.extension_days = n.clamp(1, 180),
            ("deals.reminder_days", _) => {
                let mut days: Vec<i64> = value
                    .split(',')
                    .filter_map(|d| d.trim().parse().ok())
                    .filter(|d| (1..=120).contains(d))
                    .collect();
                days.sort_unstable_by(|a, b| b.cmp(a));
                days.dedup();
                s.reminder_days = days;
            }
            _ => {}
        }
    }
    Ok(s)
}

// ---------------------------------------------------------------------------
// Products and the form

pub async fn form(db: &Db, viewer: &Viewer, company_id: i64) -> Result<DealFormInfo, AppError> {
    let company = crate::features::companies::by_id(db, company_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let country = company.country;
    let (served_at, served_sig) = crate::server::form_clock::stamp(db, viewer).await?;
    Ok(DealFormInfo {
        products: crate::server::catalog::active(db).await?,
        currency: crate::shared::money::default_currency(&country).to_string(),
        company_name: company.name,
        country,
        served_at,
        served_sig,
        median_approval_ms: median_approval_ms(db).await?,
        edit: None,
        from_lead: None,
    })
}

/// The program's median time from submission to decision over the last 90
/// days (published to partners on the form), from at most 2,000 decisions.
pub async fn median_approval_ms(db: &Db) -> Result<Option<i64>, AppError> {
    let since = now_ms() - 90 * DAY_MS;
    let rows = sqlx::query(
        "SELECT decided_at - submitted_at FROM deals WHERE status IN ('approved','won','lost','expired') \
         AND decided_at IS NOT NULL AND submitted_at IS NOT NULL AND route <> 'auto' AND decided_at >= $1 \
         ORDER BY decided_at DESC LIMIT 2000",
    )
    .bind(since)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    let mut v: Vec<i64> = rows.iter().map(|r| r.get::<i64, _>(0)).collect();
    v.sort_unstable();
    Ok(crate::shared::time::median_p90(&v).map(|(m, _)| m))
}
