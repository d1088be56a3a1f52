//! What MDF tells other features' views (the vendor dashboard): the
//! ledger of the funds whose period starts in a window, the requests
//! drawn on them, and the deals linked to approved claims. Other features
//! never name the MDF tables themselves.

use super::*;
use crate::server::scope::Chosen;

/// The MDF figures of a window for the chosen companies, in one currency.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PeriodFigures {
    /// Funds whose period starts in the window.
    pub funds: i64,
    /// Their ledger, summed per kind of entry.
    pub ledger: Vec<(EntryKind, i64)>,
    /// Requests drawn on them.
    pub requests: i64,
    /// What their approved claims came to.
    pub claims_approved: i64,
    /// The deals linked to approved claims: (deal id, the claiming company).
    pub linked_deals: Vec<(i64, i64)>,
}

/// Funds in `currency` whose period starts in `[from, to)`, of the chosen
/// companies: their ledger, their requests and approved claims, and the
/// deals those claims link.
pub async fn period_figures(
    db: &Db,
    chosen: Chosen<'_>,
    currency: &str,
    from: i64,
    to: i64,
) -> Result<PeriodFigures, AppError> {
    let funds_in = |p: &mut Params| {
        let sel = chosen(p, "fu.company_id");
        format!(
            "fu.currency = {} AND fu.starts_at >= {} AND fu.starts_at < {} AND {sel}",
            p.text(currency.to_string()),
            p.int(from),
            p.int(to)
        )
    };
    let mut p = Params::default();
    let cond = funds_in(&mut p);
    let funds: i64 = p
        .bind(sqlx::query(&format!(
            "SELECT COUNT(*) FROM mdf_funds fu WHERE {cond}"
        )))
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    let mut p = Params::default();
    let cond = funds_in(&mut p);
    let ledger = p
        .bind(sqlx::query(&format!(
            "SELECT l.kind, CAST(SUM(l.amount_cents) AS BIGINT) FROM mdf_funds fu \
             JOIN mdf_ledger l ON l.fund_id = fu.id WHERE {cond} GROUP BY l.kind"
        )))
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .filter_map(|r| {
            EntryKind::parse(&r.get::<String, _>(0)).map(|k| (k, dialect::sum_to_i64(r, 1)))
        })
        .collect();
    let mut p = Params::default();
    let cond = funds_in(&mut p);
    let r = p
        .bind(sqlx::query(&format!(
            "SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN r.status IN ('claim_approved','reimbursed') \
             THEN COALESCE(r.claim_approved_cents, 0) ELSE 0 END), 0) AS BIGINT) \
             FROM mdf_requests r JOIN mdf_funds fu ON fu.id = r.fund_id WHERE {cond}"
        )))
        .fetch_one(&db.pool)
        .await
        .or_internal()?;
    let (requests, claims_approved) = (dialect::sum_to_i64(&r, 0), dialect::sum_to_i64(&r, 1));
    let mut p = Params::default();
    let cond = funds_in(&mut p);
    let linked_deals = p
        .bind(sqlx::query(&format!(
            "SELECT rd.deal_id, r.company_id FROM mdf_requests r JOIN mdf_funds fu ON fu.id = r.fund_id \
             JOIN mdf_request_deals rd ON rd.request_id = r.id \
             WHERE {cond} AND r.status IN ('claim_approved','reimbursed') LIMIT 100000"
        )))
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    Ok(PeriodFigures {
        funds,
        ledger,
        requests,
        claims_approved,
        linked_deals,
    })
}
