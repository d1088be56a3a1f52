//! The MDF program settings (period, reimbursable share, claim days, SLA)
//! with their defaults, and saving them.

use super::*;

pub async fn settings(db: &Db) -> Result<MdfSettings, AppError> {
    let mut s = MdfSettings::default();
    for (key, value) in crate::server::settings::read(db, "mdf.").await? {
        let num = value.trim().parse::<i64>().ok();
        match (key.as_str(), num) {
            ("mdf.period_kind", _) => {
                if let Some(k) = PeriodKind::parse(value.trim()) {
                    s.period_kind = k.as_str().to_string();
                }
            }
            ("mdf.claim_days", Some(n)) => s.claim_days = n.clamp(1, 365),
            ("mdf.max_percent", Some(n)) => s.max_percent = n.clamp(1, 100),
            ("mdf.expire_funds", Some(n)) => s.expire_funds = n == 1,
            ("mdf.sla_hours", Some(n)) => s.sla_hours = n.clamp(1, 24 * 30),
            _ => {}
        }
    }
    Ok(s)
}

pub(super) fn period_kind(s: &MdfSettings) -> PeriodKind {
    PeriodKind::parse(&s.period_kind).unwrap_or(PeriodKind::Quarter)
}

/// Checks and saves the MDF rules (vendor admins).
pub async fn save_settings(
    db: &Db,
    raw: &[(&str, String)],
    entry: Entry,
) -> Result<MdfSettings, AppError> {
    let get = |k: &str| {
        raw.iter()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    };
    let mut c = Checker::new();
    for (k, v) in raw {
        c.keep(k, v);
    }
    // `bad` names the field in its message: "The claim deadline must be ...".
    let num = |c: &mut Checker, field: &str, lo: i64, hi: i64, bad: fn() -> Msg| {
        c.check(
            field,
            get(field)
                .parse::<i64>()
                .ok()
                .filter(|n| (lo..=hi).contains(n))
                .ok_or_else(|| bad().with("min", lo).with("max", hi)),
        )
    };
    let claim_days = num(&mut c, "claim_days", 1, 365, || {
        msg!("mdf-settings-claim-days")
    });
    let max_percent = num(&mut c, "max_percent", 1, 100, || {
        msg!("mdf-settings-max-percent")
    });
    let sla_hours = num(&mut c, "sla_hours", 1, 720, || {
        msg!("mdf-settings-sla-hours")
    });
    let period = c.check(
        "period_kind",
        PeriodKind::parse(&get("period_kind")).ok_or_else(|| msg!("mdf-settings-period")),
    );
    let expire = matches!(get("expire_funds").as_str(), "1" | "true" | "on");
    let (Some(claim_days), Some(max_percent), Some(sla_hours), Some(period)) =
        (claim_days, max_percent, sla_hours, period)
    else {
        return Err(c.into_error());
    };
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    crate::server::settings::write(
        &mut tx,
        &[
            ("mdf.period_kind", period.as_str().to_string()),
            ("mdf.claim_days", claim_days.to_string()),
            ("mdf.max_percent", max_percent.to_string()),
            (
                "mdf.expire_funds",
                if expire { "1" } else { "0" }.to_string(),
            ),
            ("mdf.sla_hours", sla_hours.to_string()),
        ],
        now,
    )
    .await?;
    let saved = MdfSettings {
        period_kind: period.as_str().to_string(),
        claim_days,
        max_percent,
        expire_funds: expire,
        sla_hours,
    };
    audit::commit(
        tx,
        db,
        &entry
            .object("settings", "mdf")
            .detail(serde_json::to_string(&saved).unwrap_or_default()),
    )
    .await?;
    Ok(saved)
}
