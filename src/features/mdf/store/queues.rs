//! The vendor's views: the approval queue with its SLA clock, the waiting
//! counts, budgets per company and period, and ROI from the linked deals.

use super::*;

pub async fn queue(db: &Db, viewer: &Viewer) -> Result<MdfQueue, AppError> {
    let scope = scope::companies(viewer, "r.company_id");
    let mut conn = db.pool.acquire().await.or_internal()?;
    let mut lists = Vec::new();
    for (status, amount, since) in [
        ("submitted", "r.requested_cents", "r.submitted_at"),
        ("claimed", "r.claimed_cents", "r.claim_submitted_at"),
        (
            "claim_approved",
            "r.claim_approved_cents",
            "r.claim_decided_at",
        ),
    ] {
        let rows = sqlx::query(&format!("SELECT r.id, r.title, c.name, r.activity_type, r.status, r.currency, COALESCE({amount}, 0) AS amount, \
             COALESCE({since}, r.updated_at) AS since, r.sla_due_at \
             FROM mdf_requests r JOIN companies c ON c.id = r.company_id \
             WHERE r.status = $1 AND {scope} ORDER BY since, r.id LIMIT 100"
        ))
        .bind(status)
        .fetch_all(&mut *conn)
        .await
        .or_internal()?;
        lists.push(
            rows.iter()
                .map(|r| MdfQueueItem {
                    id: r.get(0),
                    title: r.get(1),
                    company_name: r.get(2),
                    activity_type: row_activity(r),
                    status: row_status(r),
                    currency: r.get(5),
                    amount_cents: r.get("amount"),
                    since: r.get("since"),
                    sla_due_at: r.get("sla_due_at"),
                })
                .collect::<Vec<_>>(),
        );
    }
    let payments = lists.pop().unwrap_or_default();
    let claims = lists.pop().unwrap_or_default();
    let requests = lists.pop().unwrap_or_default();
    Ok(MdfQueue {
        requests,
        claims,
        payments,
        now: now_ms(),
    })
}

/// Requests, claims and payments waiting for the vendor, in scope.
pub async fn waiting(db: &Db, viewer: &Viewer) -> Result<[i64; 3], AppError> {
    let r = sqlx::query(&format!(
        "SELECT COALESCE(SUM(CASE WHEN r.status = 'submitted' THEN 1 ELSE 0 END), 0), \
         COALESCE(SUM(CASE WHEN r.status = 'claimed' THEN 1 ELSE 0 END), 0), \
         COALESCE(SUM(CASE WHEN r.status = 'claim_approved' THEN 1 ELSE 0 END), 0) \
         FROM mdf_requests r WHERE r.status IN ('submitted','claimed','claim_approved') AND {}",
        scope::companies(viewer, "r.company_id")
    ))
    .fetch_one(&db.pool)
    .await
    .or_internal()?;
    let n = |i| dialect::sum_to_i64(&r, i);
    Ok([n(0), n(1), n(2)])
}

/// Sums per kind of one label and currency, while rows are grouped.
pub(super) type Group = (String, String, Vec<(EntryKind, i64)>);

/// Balances per company (paginated), per region and in total for one
/// period, within the viewer's scope.
pub async fn budgets(
    db: &Db,
    viewer: &Viewer,
    period: Option<&str>,
    page: i64,
) -> Result<BudgetOverview, AppError> {
    let s = settings(db).await?;
    let scope = scope::companies(viewer, "f.company_id");
    let mut conn = db.pool.acquire().await.or_internal()?;
    let periods: Vec<String> = sqlx::query(&format!("SELECT DISTINCT f.period, f.starts_at FROM mdf_funds f WHERE {scope} ORDER BY f.starts_at DESC, f.period LIMIT 12"
    ))
    .fetch_all(&mut *conn)
    .await
    .or_internal()?
    .iter()
    .map(|r| r.get(0))
    .collect();
    let current = rules::period_at(now_ms(), period_kind(&s)).key;
    let period = period
        .and_then(rules::period_from_key)
        .map(|p| p.key)
        .unwrap_or_else(|| {
            if periods.contains(&current) {
                current
            } else {
                periods.first().cloned().unwrap_or(current)
            }
        });
    let group = |rows: Vec<sqlx::any::AnyRow>| -> Vec<BudgetRow> {
        let mut out: Vec<Group> = Vec::new();
        for r in &rows {
            let label: String = r.get(0);
            let currency: String = r.get(1);
            let kind: Option<String> = r.get(2);
            let sum = dialect::sum_to_i64(r, 3);
            let idx = match out
                .iter()
                .position(|(l, c, _)| *l == label && *c == currency)
            {
                Some(i) => i,
                None => {
                    out.push((label, currency, Vec::new()));
                    out.len() - 1
                }
            };
            if let Some(k) = kind.as_deref().and_then(EntryKind::parse) {
                out[idx].2.push((k, sum));
            }
        }
        out.into_iter()
            .map(|(label, currency, sums)| BudgetRow {
                label,
                currency,
                balance: Balance::from_sums(&sums),
            })
            .collect()
    };
    // The totals per currency have no label of their own (the page names them).
    let totals = group(
        sqlx::query(&format!("SELECT '', f.currency, l.kind, CAST(SUM(l.amount_cents) AS BIGINT) \
             FROM mdf_funds f JOIN mdf_ledger l ON l.fund_id = f.id WHERE f.period = $1 AND {scope} \
             GROUP BY f.currency, l.kind ORDER BY f.currency"
        ))
        .bind(&period)
        .fetch_all(&mut *conn)
        .await
        .or_internal()?,
    );
    let regions = group(
        sqlx::query(&format!("SELECT c.region, f.currency, l.kind, CAST(SUM(l.amount_cents) AS BIGINT) \
             FROM mdf_funds f JOIN companies c ON c.id = f.company_id JOIN mdf_ledger l ON l.fund_id = f.id \
             WHERE f.period = $1 AND {scope} GROUP BY c.region, f.currency, l.kind ORDER BY c.region, f.currency"
        ))
        .bind(&period)
        .fetch_all(&mut *conn)
        .await
        .or_internal()?,
    );
    let page = page.clamp(1, 10_000);
    let total: i64 = sqlx::query(&format!(
        "SELECT COUNT(*) FROM mdf_funds f WHERE f.period = $1 AND {scope}"
    ))
    .bind(&period)
    .fetch_one(&mut *conn)
    .await
    .or_internal()?
    .get(0);
    let funds = sqlx::query(&format!(
        "SELECT f.id, c.name, f.currency FROM mdf_funds f JOIN companies c ON c.id = f.company_id \
         WHERE f.period = $1 AND {scope} ORDER BY c.name, f.id LIMIT $2 OFFSET $3"
    ))
    .bind(&period)
    .bind(PER_PAGE)
    .bind((page - 1) * PER_PAGE)
    .fetch_all(&mut *conn)
    .await
    .or_internal()?;
    let mut companies = Vec::new();
    for f in &funds {
        companies.push(BudgetRow {
            label: f.get(1),
            currency: f.get(2),
            balance: balance(&mut conn, f.get(0)).await.or_internal()?,
        });
    }
    Ok(BudgetOverview {
        period,
        periods,
        totals,
        regions,
        companies: Page {
            items: companies,
            page,
            per_page: PER_PAGE,
            total,
        },
    })
}

/// What the activities of a period brought: per company and per activity
/// type, approved claim money against the linked deals' pipeline and won
/// revenue (deals in the fund's currency only).
pub async fn roi(db: &Db, viewer: &Viewer, period: &str) -> Result<RoiReport, AppError> {
    let scope = scope::companies(viewer, "r.company_id");
    let rows = sqlx::query(&format!("SELECT r.id, c.name, r.activity_type, r.currency, COALESCE(r.claim_approved_cents, 0), \
         COALESCE(r.actual_leads, 0), r.company_id FROM mdf_requests r JOIN companies c ON c.id = r.company_id \
         JOIN mdf_funds f ON f.id = r.fund_id \
         WHERE f.period = $1 AND r.status IN ('claim_approved','reimbursed') AND {scope} \
         ORDER BY r.id LIMIT 20000"
    ))
    .bind(period)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    let links = sqlx::query(&format!(
        "SELECT rd.request_id, rd.deal_id FROM mdf_request_deals rd \
         JOIN mdf_requests r ON r.id = rd.request_id JOIN mdf_funds f ON f.id = r.fund_id \
         WHERE f.period = $1 AND r.status IN ('claim_approved','reimbursed') AND {scope} \
         LIMIT 100000"
    ))
    .bind(period)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    // The linked deals, asked of deals: by id, then grouped by request.
    let ids: Vec<i64> = links.iter().map(|l| l.get(1)).collect();
    let mut conn = db.pool.acquire().await.or_internal()?;
    let found: std::collections::HashMap<i64, deals::DealRef> = deals::refs(&mut conn, None, &ids)
        .await
        .or_internal()?
        .into_iter()
        .map(|d| (d.id, d))
        .collect();
    let mut linked: std::collections::HashMap<i64, Vec<&deals::DealRef>> =
        std::collections::HashMap::new();
    for l in &links {
        if let Some(d) = found.get(&l.get::<i64, _>(1)) {
            linked.entry(l.get(0)).or_default().push(d);
        }
    }
    let mut by_company: Vec<RoiRow> = Vec::new();
    let mut by_activity: Vec<RoiRow> = Vec::new();
    fn slot<'a>(v: &'a mut Vec<RoiRow>, label: &str, currency: &str) -> &'a mut RoiRow {
        let i = match v
            .iter()
            .position(|r| r.label == label && r.currency == currency)
        {
            Some(i) => i,
            None => {
                v.push(RoiRow {
                    label: label.to_string(),
                    currency: currency.to_string(),
                    activities: 0,
                    spent_cents: 0,
                    leads: 0,
                    deals: 0,
                    pipeline_cents: 0,
                    won_cents: 0,
                });
                v.len() - 1
            }
        };
        &mut v[i]
    }
    for r in &rows {
        let id: i64 = r.get(0);
        let company: String = r.get(1);
        let activity = row_activity(r).label().to_string();
        let currency: String = r.get(3);
        let spent: i64 = r.get(4);
        let leads: i64 = r.get(5);
        let company_id: i64 = r.get(6);
        let (mut count, mut pipeline, mut won) = (0, 0, 0);
        // Only the company's own deals in the fund's currency count.
        for d in linked.get(&id).into_iter().flatten() {
            if d.company_id != company_id || d.currency != currency {
                continue;
            }
            count += 1;
            match d.status.as_str() {
                "won" => won += d.final_value_cents.unwrap_or(d.value_cents),
                "submitted" | "approved" => pipeline += d.value_cents,
                _ => {}
            }
        }
        for row in [
            slot(&mut by_company, &company, &currency),
            slot(&mut by_activity, &activity, &currency),
        ] {
            row.activities += 1;
            row.spent_cents += spent;
            row.leads += leads;
            row.deals += count;
            row.pipeline_cents += pipeline;
            row.won_cents += won;
        }
    }
    by_company.sort_by(|a, b| b.won_cents.cmp(&a.won_cents).then(a.label.cmp(&b.label)));
    by_activity.sort_by(|a, b| b.won_cents.cmp(&a.won_cents).then(a.label.cmp(&b.label)));
    by_company.truncate(100);
    Ok(RoiReport {
        by_company,
        by_activity,
    })
}
