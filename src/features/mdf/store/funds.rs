//! Funds and their money: a company's fund per period, its balance summed
//! from the ledger, the fund lock, posting entries, and the fund card.

use super::*;

#[derive(Clone, Debug)]
pub struct Fund {
    pub id: i64,
    pub company_id: i64,
    pub period: String,
    pub currency: String,
    pub ends_at: i64,
    pub expired_at: Option<i64>,
}

pub(super) fn fund_from(r: &sqlx::any::AnyRow) -> Fund {
    Fund {
        id: r.get("id"),
        company_id: r.get("company_id"),
        period: r.get("period"),
        currency: r.get("currency"),
        ends_at: r.get("ends_at"),
        expired_at: r.get("expired_at"),
    }
}

pub(super) const FUND_COLS: &str = "id, company_id, period, currency, ends_at, expired_at";

/// The fund a company draws on now: the shortest period containing `at`.
pub(super) async fn current_fund(
    conn: &mut AnyConnection,
    company_id: i64,
    at: i64,
) -> Result<Option<Fund>, sqlx::Error> {
    Ok(sqlx::query(&format!("SELECT {FUND_COLS} FROM mdf_funds WHERE company_id = $1 AND starts_at <= $2 AND ends_at > $2 \
         ORDER BY ends_at, id LIMIT 1"
    ))
    .bind(company_id)
    .bind(at)
    .fetch_optional(&mut *conn)
    .await?
    .map(|r| fund_from(&r)))
}

/// A fund's ledger summed by kind (`$1`: the fund).
pub(super) const BALANCE_SQL: &str =
    "SELECT kind, CAST(SUM(amount_cents) AS BIGINT) FROM mdf_ledger WHERE fund_id = $1 GROUP BY kind";

/// What a fund's requests waiting for approval ask for (`$1`: the fund).
pub(super) const PENDING_SQL: &str =
    "SELECT CAST(COALESCE(SUM(requested_cents), 0) AS BIGINT) FROM mdf_requests \
     WHERE fund_id = $1 AND status = 'submitted'";

/// A fund's balance, summed from its ledger.
pub async fn balance(conn: &mut AnyConnection, fund_id: i64) -> Result<Balance, sqlx::Error> {
    let rows = sqlx::query(BALANCE_SQL)
        .bind(fund_id)
        .fetch_all(&mut *conn)
        .await?;
    Ok(Balance::from_sums(&sums_of(&rows, 0, 1)))
}

pub(super) fn sums_of(
    rows: &[sqlx::any::AnyRow],
    kind_col: usize,
    sum_col: usize,
) -> Vec<(EntryKind, i64)> {
    rows.iter()
        .filter_map(|r| {
            let kind = EntryKind::parse(&r.get::<String, _>(kind_col))?;
            Some((kind, dialect::sum_to_i64(r, sum_col)))
        })
        .collect()
}

/// Requested in requests of a fund that wait for approval.
pub(super) async fn pending(conn: &mut AnyConnection, fund_id: i64) -> Result<i64, sqlx::Error> {
    let r = sqlx::query(PENDING_SQL)
        .bind(fund_id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(dialect::sum_to_i64(&r, 0))
}

/// Serialises ledger writes of one fund across app servers (PostgreSQL;
/// SQLite has one writer already).
pub(super) async fn lock_fund(
    conn: &mut AnyConnection,
    db: &Db,
    fund_id: i64,
) -> Result<(), sqlx::Error> {
    // A key space of its own: 0x4d44_46 ("MDF") in the high bits.
    dialect::lock_key(conn, db.dialect, (0x004d_4446_i64 << 32) | fund_id).await
}

/// Appends one ledger entry after checking it against the fund's balance.
/// The caller holds the fund's lock in its write transaction.
#[allow(clippy::too_many_arguments)]
pub(super) async fn post(
    conn: &mut AnyConnection,
    fund: &Fund,
    kind: EntryKind,
    amount: i64,
    request_id: Option<i64>,
    actor: Option<i64>,
    note: &str,
) -> Result<Balance, AppError> {
    let before = balance(conn, fund.id).await.or_internal()?;
    let after = before
        .apply(kind, amount)
        .map_err(|e| AppError::Conflict(e.msg(&fund.currency)))?;
    sqlx::query(
        "INSERT INTO mdf_ledger (fund_id, company_id, kind, amount_cents, request_id, actor_user_id, note, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(fund.id)
    .bind(fund.company_id)
    .bind(kind.as_str())
    .bind(amount)
    .bind(request_id)
    .bind(actor)
    .bind(note)
    .bind(now_ms())
    .execute(&mut *conn)
    .await
    .or_internal()?;
    Ok(after)
}

/// The balance card of a company for the current period.
pub async fn fund_card(db: &Db, company_id: i64) -> Result<FundCard, AppError> {
    // Settings first: a second connection taken while this one is held
    // deadlocks the pool under load (every request holding one, waiting).
    let s = settings(db).await?;
    let mut conn = db.pool.acquire().await.or_internal()?;
    let now = now_ms();
    let soon: i64 = sqlx::query(
        "SELECT COUNT(*) FROM mdf_requests WHERE company_id = $1 AND status IN ('approved','changes_requested') \
         AND claim_due_at > $2 AND claim_due_at <= $3",
    )
    .bind(company_id)
    .bind(now)
    .bind(now + 14 * DAY_MS)
    .fetch_one(&mut *conn)
    .await
    .or_internal()?
    .get(0);
    let Some(fund) = current_fund(&mut conn, company_id, now)
        .await
        .or_internal()?
    else {
        return Ok(FundCard {
            claims_due_soon: soon,
            ..FundCard::default()
        });
    };
    let b = balance(&mut conn, fund.id).await.or_internal()?;
    let pending = pending(&mut conn, fund.id).await.or_internal()?;
    Ok(FundCard {
        period: Some(fund.period),
        currency: fund.currency,
        balance: b,
        pending,
        requestable: (b.available - pending).max(0),
        expires_at: s.expire_funds.then_some(fund.ends_at),
        claims_due_soon: soon,
    })
}

/// Finds or opens the fund of a company and period. The currency is fixed
/// by the first allocation.
pub(super) async fn fund_for(
    conn: &mut AnyConnection,
    company_id: i64,
    period: &rules::Period,
    currency: &str,
) -> Result<Result<Fund, Msg>, AppError> {
    sqlx::query(
        "INSERT INTO mdf_funds (company_id, period, currency, starts_at, ends_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (company_id, period) DO NOTHING",
    )
    .bind(company_id)
    .bind(&period.key)
    .bind(currency)
    .bind(period.starts_at)
    .bind(period.ends_at)
    .bind(now_ms())
    .execute(&mut *conn)
    .await
    .or_internal()?;
    let fund = sqlx::query(&format!(
        "SELECT {FUND_COLS} FROM mdf_funds WHERE company_id = $1 AND period = $2"
    ))
    .bind(company_id)
    .bind(&period.key)
    .fetch_one(&mut *conn)
    .await
    .map(|r| fund_from(&r))
    .or_internal()?;
    if fund.currency != currency {
        return Ok(Err(msg!(
            "mdf-fund-currency",
            period = &fund.period,
            currency = &fund.currency
        )));
    }
    if fund.expired_at.is_some() {
        return Ok(Err(msg!("mdf-fund-expired", period = &fund.period)));
    }
    Ok(Ok(fund))
}
