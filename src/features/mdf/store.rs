//! SQL of market development funds. Balances are never stored: they are
//! sums of the append-only `mdf_ledger`, and every entry goes through
//! [`rules::Balance::apply`] inside the write transaction that holds the
//! fund's lock, so no sequence of requests can overdraw a fund. Every read
//! is scoped by the viewer ([`scope_sql`]); every status change goes
//! through [`transition`] (state machine, version check, ledger, history,
//! notification, audit in one transaction).

use sqlx::{AnyConnection, Row};

use super::rules::{
    self, transition_allowed, ActivityType, Actor, Balance, EntryKind, MdfStatus, PeriodKind,
};
use super::types::*;
use crate::features::accounts::Page;
use crate::features::deals::rules::{format_money, parse_date, parse_money, DAY_MS, HOUR_MS};
use crate::features::deals::store::{
    add_notes, notify, notify_approvers, set_list, Note, Param2, Params,
};
use crate::server::audit::{self, Entry};
use crate::server::batch::Batch;
use crate::server::db::{Db, WriteTx};
use crate::server::dialect::{self, Dialect};
use crate::server::errors::{internal, OrInternal};
use crate::server::now_ms;
use crate::shared::validate::Checker;
use crate::shared::{AppError, Role, Viewer};

pub const PER_PAGE: i64 = 25;

// ---------------------------------------------------------------------------
// Settings

pub async fn settings(db: &Db) -> Result<MdfSettings, AppError> {
    let rows =
        sqlx::query("SELECT setting_key, value FROM settings WHERE setting_key LIKE 'mdf.%'")
            .fetch_all(&db.pool)
            .await
            .or_internal()?;
    let mut s = MdfSettings::default();
    for r in rows {
        let key: String = r.get(0);
        let value: String = r.get(1);
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

fn period_kind(s: &MdfSettings) -> PeriodKind {
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
    let num = |c: &mut Checker, field: &str, lo: i64, hi: i64, what: &str| {
        c.check(
            field,
            get(field)
                .parse::<i64>()
                .ok()
                .filter(|n| (lo..=hi).contains(n))
                .ok_or_else(|| format!("{what} must be a whole number from {lo} to {hi}.")),
        )
    };
    let claim_days = num(&mut c, "claim_days", 1, 365, "The claim deadline");
    let max_percent = num(
        &mut c,
        "max_percent",
        1,
        100,
        "The reimbursement percentage",
    );
    let sla_hours = num(&mut c, "sla_hours", 1, 720, "The approval time");
    let period = c.check(
        "period_kind",
        PeriodKind::parse(&get("period_kind")).ok_or_else(|| "Choose quarter or year.".to_string()),
    );
    let expire = matches!(get("expire_funds").as_str(), "1" | "true" | "on");
    let (Some(claim_days), Some(max_percent), Some(sla_hours), Some(period)) =
        (claim_days, max_percent, sla_hours, period)
    else {
        return Err(c.into_error());
    };
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    for (key, value) in [
        ("mdf.period_kind", period.as_str().to_string()),
        ("mdf.claim_days", claim_days.to_string()),
        ("mdf.max_percent", max_percent.to_string()),
        (
            "mdf.expire_funds",
            if expire { "1" } else { "0" }.to_string(),
        ),
        ("mdf.sla_hours", sla_hours.to_string()),
    ] {
        sqlx::query(
            "INSERT INTO settings (setting_key, value, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (setting_key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )
        .bind(key)
        .bind(&value)
        .bind(now)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    }
    let saved = MdfSettings {
        period_kind: period.as_str().to_string(),
        claim_days,
        max_percent,
        expire_funds: expire,
        sla_hours,
    };
    audit::append(
        &mut tx,
        db.dialect,
        &entry
            .object("settings", "mdf")
            .detail(serde_json::to_string(&saved).unwrap_or_default()),
    )
    .await
    .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(saved)
}

// ---------------------------------------------------------------------------
// Scope and funds

/// Which companies' MDF the viewer may see, as SQL over `col`. Ids come
/// from the session (integers), never from user text, so they are inlined.
pub fn scope_sql(v: &Viewer, col: &str) -> String {
    match (v.role, v.company_id) {
        (Role::VendorAdmin, _) => "1 = 1".to_string(),
        (Role::ChannelManager, _) => format!(
            "{col} IN (SELECT company_id FROM manager_assignments WHERE manager_id = {})",
            v.user_id
        ),
        (Role::PartnerAdmin | Role::PartnerUser, Some(c)) => format!("{col} = {c}"),
        _ => "1 = 0".to_string(),
    }
}

#[derive(Clone, Debug)]
pub struct Fund {
    pub id: i64,
    pub company_id: i64,
    pub period: String,
    pub currency: String,
    pub ends_at: i64,
    pub expired_at: Option<i64>,
}

fn fund_from(r: &sqlx::any::AnyRow) -> Fund {
    Fund {
        id: r.get("id"),
        company_id: r.get("company_id"),
        period: r.get("period"),
        currency: r.get("currency"),
        ends_at: r.get("ends_at"),
        expired_at: r.get("expired_at"),
    }
}

const FUND_COLS: &str = "id, company_id, period, currency, ends_at, expired_at";

/// The fund a company draws on now: the shortest period containing `at`.
async fn current_fund(
    conn: &mut AnyConnection,
    company_id: i64,
    at: i64,
) -> Result<Option<Fund>, sqlx::Error> {
    Ok(sqlx::query(&format!(
        "SELECT {FUND_COLS} FROM mdf_funds WHERE company_id = $1 AND starts_at <= $2 AND ends_at > $2 \
         ORDER BY ends_at, id LIMIT 1"
    ))
    .bind(company_id)
    .bind(at)
    .fetch_optional(&mut *conn)
    .await?
    .map(|r| fund_from(&r)))
}

/// A fund's ledger summed by kind (`$1`: the fund).
const BALANCE_SQL: &str =
    "SELECT kind, CAST(SUM(amount_cents) AS BIGINT) FROM mdf_ledger WHERE fund_id = $1 GROUP BY kind";

/// What a fund's requests waiting for approval ask for (`$1`: the fund).
const PENDING_SQL: &str =
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

fn sums_of(rows: &[sqlx::any::AnyRow], kind_col: usize, sum_col: usize) -> Vec<(EntryKind, i64)> {
    rows.iter()
        .filter_map(|r| {
            let kind = EntryKind::parse(&r.get::<String, _>(kind_col))?;
            Some((kind, dialect::sum_to_i64(r, sum_col)))
        })
        .collect()
}

/// Requested in requests of a fund that wait for approval.
async fn pending(conn: &mut AnyConnection, fund_id: i64) -> Result<i64, sqlx::Error> {
    let r = sqlx::query(PENDING_SQL)
        .bind(fund_id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(dialect::sum_to_i64(&r, 0))
}

/// Serialises ledger writes of one fund across app servers (PostgreSQL;
/// SQLite has one writer already).
async fn lock_fund(conn: &mut AnyConnection, db: &Db, fund_id: i64) -> Result<(), sqlx::Error> {
    // A key space of its own: 0x4d44_46 ("MDF") in the high bits.
    dialect::lock_key(conn, db.dialect, (0x004d_4446_i64 << 32) | fund_id).await
}

/// Appends one ledger entry after checking it against the fund's balance.
/// The caller holds the fund's lock in its write transaction.
#[allow(clippy::too_many_arguments)]
async fn post(
    conn: &mut AnyConnection,
    fund: &Fund,
    kind: EntryKind,
    amount: i64,
    request_id: Option<i64>,
    actor: Option<i64>,
    note: &str,
) -> Result<Balance, AppError> {
    let before = balance(conn, fund.id).await.or_internal()?;
    let after = before.apply(kind, amount).map_err(|e| {
        AppError::Conflict(match e {
            rules::LedgerError::Insufficient { kind, have } => format!(
                "Not enough funds for this {}: {} is available.",
                kind.label().to_lowercase(),
                format_money(have, &fund.currency)
            ),
            other => other.to_string(),
        })
    })?;
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
async fn fund_for(
    conn: &mut AnyConnection,
    company_id: i64,
    period: &rules::Period,
    currency: &str,
) -> Result<Result<Fund, String>, AppError> {
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
        return Ok(Err(format!(
            "This company's {} funds are in {}; allocate in that currency.",
            fund.period, fund.currency
        )));
    }
    if fund.expired_at.is_some() {
        return Ok(Err(format!(
            "The {} funds have expired; allocate to a current period.",
            fund.period
        )));
    }
    Ok(Ok(fund))
}

// ---------------------------------------------------------------------------
// Allocation

/// Allocates (or, negative, reduces) a company's funds for a period.
#[allow(clippy::too_many_arguments)]
pub async fn allocate(
    db: &Db,
    viewer: &Viewer,
    company_id: i64,
    period: &str,
    amount: &str,
    currency: &str,
    note: &str,
    public_url: &str,
    entry: Entry,
) -> Result<Balance, AppError> {
    let mut c = Checker::new();
    c.keep("company_id", &company_id.to_string())
        .keep("period", period)
        .keep("amount", amount)
        .keep("currency", currency)
        .keep("note", note);
    let p = c.check(
        "period",
        rules::period_from_key(period)
            .ok_or_else(|| "Enter a period like 2026-Q4 or 2026.".to_string()),
    );
    let raw = amount.trim();
    let negative = raw.starts_with('-');
    let cents = c.check("amount", parse_money(raw.trim_start_matches('-')));
    let currency = currency.trim().to_uppercase();
    if !crate::features::deals::rules::CURRENCIES.contains(&currency.as_str()) {
        c.fail("currency", "Choose a currency from the list.");
    }
    let note: String = note.trim().chars().take(200).collect();
    let (Some(p), Some(cents)) = (p, cents) else {
        return Err(c.into_error());
    };
    if c.has_errors() {
        return Err(c.into_error());
    }
    let cents = if negative { -cents } else { cents };
    let mut tx = db.write().await.or_internal()?;
    let company: Option<String> = sqlx::query(&format!(
        "SELECT name FROM companies WHERE id = $1 AND {}",
        scope_sql(viewer, "id")
    ))
    .bind(company_id)
    .fetch_optional(&mut **tx)
    .await
    .or_internal()?
    .map(|r| r.get(0));
    if company.is_none() {
        return Err(AppError::NotFound);
    }
    let fund = match fund_for(&mut tx, company_id, &p, &currency).await? {
        Ok(f) => f,
        Err(msg) => {
            c.fail("currency", msg);
            return Err(c.into_error());
        }
    };
    lock_fund(&mut tx, db, fund.id).await.or_internal()?;
    let after = match post(
        &mut tx,
        &fund,
        EntryKind::Allocation,
        cents,
        None,
        Some(viewer.user_id),
        &note,
    )
    .await
    {
        Ok(b) => b,
        Err(AppError::Conflict(msg)) => {
            c.fail("amount", msg);
            return Err(c.into_error());
        }
        Err(e) => return Err(e),
    };
    if cents > 0 {
        notify_partner_admins(
            &mut tx,
            public_url,
            company_id,
            "mdf_allocated",
            &format!(
                "MDF allocated: {} for {}",
                format_money(cents, &currency),
                p.key
            ),
            &format!(
                "Your company now has {} available for marketing activities.",
                format_money(after.available, &currency)
            ),
        )
        .await
        .or_internal()?;
    }
    audit::append(
        &mut tx,
        db.dialect,
        &entry.object("mdf_fund", fund.id).detail(format!(
            "{{\"company_id\":{company_id},\"period\":\"{}\",\"amount_cents\":{cents},\"currency\":\"{currency}\"}}",
            p.key
        )),
    )
    .await
    .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(after)
}

async fn notify_partner_admins(
    conn: &mut AnyConnection,
    public_url: &str,
    company_id: i64,
    kind: &str,
    title: &str,
    body: &str,
) -> Result<(), sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, email FROM users WHERE company_id = $1 AND role = 'partner_admin' AND status = 'active' \
         ORDER BY id LIMIT 20",
    )
    .bind(company_id)
    .fetch_all(&mut *conn)
    .await?;
    for r in rows {
        let email: String = r.get(1);
        notify(
            conn,
            public_url,
            r.get(0),
            &email,
            kind,
            title,
            body,
            "/mdf",
        )
        .await?;
    }
    Ok(())
}

/// Companies an admin can allocate to (for the allocation form), by name.
pub async fn company_options(db: &Db, viewer: &Viewer) -> Result<Vec<CompanyOption>, AppError> {
    let rows = sqlx::query(&format!(
        "SELECT id, name FROM companies WHERE status = 'active' AND {} ORDER BY name, id LIMIT 1000",
        scope_sql(viewer, "id")
    ))
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    Ok(rows
        .iter()
        .map(|r| CompanyOption {
            id: r.get(0),
            name: r.get(1),
        })
        .collect())
}

/// Keeps an uploaded allocation CSV for its preview.
pub async fn stage_batch(
    db: &Db,
    viewer: &Viewer,
    file_name: &str,
    body: &str,
) -> Result<i64, AppError> {
    if body.trim().is_empty() {
        return Err(AppError::Validation {
            message: "Choose a CSV file or paste its lines.".into(),
            fields: vec![crate::shared::error::FieldError {
                field: "csv".into(),
                message: "The CSV is empty.".into(),
            }],
            values: vec![],
        });
    }
    let name: String = file_name.chars().take(120).collect();
    let row = sqlx::query(
        "INSERT INTO mdf_allocation_batches (created_by, file_name, body, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(viewer.user_id)
    .bind(&name)
    .bind(body)
    .bind(now_ms());
    let mut tx = db.write().await.or_internal()?;
    let id: i64 = row.fetch_one(&mut **tx).await.or_internal()?.get(0);
    tx.commit().await.or_internal()?;
    Ok(id)
}

/// Checks every line of a staged CSV: the file, the company, the period,
/// the amount, the fund's currency and (for reductions) the balance.
async fn check_batch(
    conn: &mut AnyConnection,
    viewer: &Viewer,
    batch_id: i64,
) -> Result<Option<(AllocationPreview, Vec<i64>)>, AppError> {
    let Some(row) = sqlx::query(
        "SELECT file_name, body, applied_at FROM mdf_allocation_batches WHERE id = $1 AND created_by = $2",
    )
    .bind(batch_id)
    .bind(viewer.user_id)
    .fetch_optional(&mut *conn)
    .await
    .or_internal()?
    else {
        return Ok(None);
    };
    let body: String = row.get(1);
    let mut preview = AllocationPreview {
        batch_id,
        file_name: row.get(0),
        body: body.clone(),
        error: None,
        rows: vec![],
        applied: row.get::<Option<i64>, _>(2).is_some(),
    };
    let lines = match rules::parse_allocations(&body) {
        Ok(l) => l,
        Err(e) => {
            preview.error = Some(e);
            return Ok(Some((preview, vec![])));
        }
    };
    // Running balances per (company, period) so several lines of one file
    // are checked together.
    let mut running: Vec<((i64, String), Balance, String)> = Vec::new();
    let mut company_ids = Vec::new();
    // One lookup per distinct company name, however many lines name it.
    let mut looked_up: Vec<(String, Vec<i64>)> = Vec::new();
    for l in lines {
        let mut errors = l.errors.clone();
        let mut company_id = 0;
        if !l.company.is_empty() {
            let by_id = l.company.parse::<i64>().ok();
            let key = l.company.to_lowercase();
            let found = match looked_up.iter().find(|(k, _)| *k == key) {
                Some((_, ids)) => ids.clone(),
                None => {
                    let ids: Vec<i64> = sqlx::query(&format!(
                "SELECT id, name FROM companies WHERE (LOWER(name) = LOWER($1) OR id = $2) AND {} LIMIT 2",
                scope_sql(viewer, "id")
            ))
                    .bind(&l.company)
                    .bind(by_id.unwrap_or(-1))
                    .fetch_all(&mut *conn)
                    .await
                    .or_internal()?
                    .iter()
                    .map(|r| r.get(0))
                    .collect();
                    looked_up.push((key, ids.clone()));
                    ids
                }
            };
            match found.len() {
                0 => errors.push(format!("No partner company is called \"{}\".", l.company)),
                1 => company_id = found[0],
                _ => errors.push(format!(
                    "\"{}\" matches more than one company; use its id.",
                    l.company
                )),
            }
        }
        if company_id > 0 && errors.is_empty() {
            let key = (company_id, l.period.clone());
            let idx = match running.iter().position(|(k, _, _)| *k == key) {
                Some(i) => i,
                None => {
                    let fund = sqlx::query(&format!(
                        "SELECT {FUND_COLS} FROM mdf_funds WHERE company_id = $1 AND period = $2"
                    ))
                    .bind(company_id)
                    .bind(&l.period)
                    .fetch_optional(&mut *conn)
                    .await
                    .or_internal()?
                    .map(|r| fund_from(&r));
                    let (b, cur) = match fund {
                        Some(f) => {
                            if f.expired_at.is_some() {
                                errors.push(format!("The {} funds have expired.", f.period));
                            }
                            (balance(conn, f.id).await.or_internal()?, f.currency)
                        }
                        None => (Balance::default(), l.currency.clone()),
                    };
                    running.push((key, b, cur));
                    running.len() - 1
                }
            };
            let (_, b, cur) = &mut running[idx];
            if *cur != l.currency {
                errors.push(format!("This company's {} funds are in {cur}.", l.period));
            } else if l.amount_cents != 0 {
                match b.apply(EntryKind::Allocation, l.amount_cents) {
                    Ok(next) => *b = next,
                    Err(_) => errors.push(format!(
                        "A reduction larger than the {} available.",
                        format_money(b.available, cur)
                    )),
                }
            }
        }
        company_ids.push(company_id);
        preview.rows.push(PreviewRow {
            line: l.line,
            company: l.company,
            period: l.period,
            amount_cents: l.amount_cents,
            currency: l.currency,
            note: l.note,
            errors,
        });
    }
    Ok(Some((preview, company_ids)))
}

pub async fn preview_batch(
    db: &Db,
    viewer: &Viewer,
    batch_id: i64,
) -> Result<Option<AllocationPreview>, AppError> {
    let mut conn = db.pool.acquire().await.or_internal()?;
    Ok(check_batch(&mut conn, viewer, batch_id)
        .await?
        .map(|(p, _)| p))
}

/// Applies a staged CSV: all lines or none.
pub async fn apply_batch(
    db: &Db,
    viewer: &Viewer,
    batch_id: i64,
    public_url: &str,
    entry: Entry,
) -> Result<usize, AppError> {
    let mut tx = db.write().await.or_internal()?;
    let Some((preview, company_ids)) = check_batch(&mut tx, viewer, batch_id).await? else {
        return Err(AppError::NotFound);
    };
    if preview.applied {
        return Err(AppError::Conflict(
            "This upload was already applied.".into(),
        ));
    }
    if !preview.valid() {
        return Err(AppError::validation(
            "Some lines have errors; nothing was applied. Correct the file and upload it again.",
        ));
    }
    let n = sqlx::query(
        "UPDATE mdf_allocation_batches SET applied_at = $1 WHERE id = $2 AND applied_at IS NULL",
    )
    .bind(now_ms())
    .bind(batch_id)
    .execute(&mut **tx)
    .await
    .or_internal()?
    .rows_affected();
    if n != 1 {
        return Err(AppError::Conflict(
            "This upload was already applied.".into(),
        ));
    }
    for (row, company_id) in preview.rows.iter().zip(&company_ids) {
        let period = rules::period_from_key(&row.period).ok_or_else(|| internal("period"))?;
        let fund = fund_for(&mut tx, *company_id, &period, &row.currency)
            .await?
            .map_err(AppError::validation)?;
        lock_fund(&mut tx, db, fund.id).await.or_internal()?;
        post(
            &mut tx,
            &fund,
            EntryKind::Allocation,
            row.amount_cents,
            None,
            Some(viewer.user_id),
            &row.note,
        )
        .await?;
        if row.amount_cents > 0 {
            notify_partner_admins(
                &mut tx,
                public_url,
                *company_id,
                "mdf_allocated",
                &format!(
                    "MDF allocated: {} for {}",
                    format_money(row.amount_cents, &row.currency),
                    row.period
                ),
                "New marketing funds are available to your company.",
            )
            .await
            .or_internal()?;
        }
    }
    audit::append(
        &mut tx,
        db.dialect,
        &entry
            .object("mdf_allocation_batch", batch_id)
            .detail(format!("{{\"rows\":{}}}", preview.rows.len())),
    )
    .await
    .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(preview.rows.len())
}

// ---------------------------------------------------------------------------
// Requests

/// A request as typed, before checking.
#[derive(Clone, Debug, Default)]
pub struct RawRequest {
    pub activity_type: String,
    pub title: String,
    pub description: String,
    pub starts_on: String,
    pub ends_on: String,
    pub total_cost: String,
    pub requested: String,
    pub contribution: String,
    pub expected_leads: String,
    pub expected_pipeline: String,
}

impl RawRequest {
    pub fn fields(&self) -> [(&'static str, &str); 10] {
        [
            ("activity_type", &self.activity_type),
            ("title", &self.title),
            ("description", &self.description),
            ("starts_on", &self.starts_on),
            ("ends_on", &self.ends_on),
            ("total_cost", &self.total_cost),
            ("requested", &self.requested),
            ("contribution", &self.contribution),
            ("expected_leads", &self.expected_leads),
            ("expected_pipeline", &self.expected_pipeline),
        ]
    }
}

#[derive(Clone, Debug)]
pub struct RequestInput {
    pub activity_type: ActivityType,
    pub title: String,
    pub description: String,
    pub starts_on: i64,
    pub ends_on: i64,
    pub total_cost: i64,
    pub requested: i64,
    pub contribution: i64,
    pub expected_leads: i64,
    pub expected_pipeline: i64,
}

/// Checks the fields on their own (the balance is checked with the fund
/// locked, in [`create`]).
pub fn check_request(raw: &RawRequest, now: i64) -> Result<RequestInput, AppError> {
    let mut c = Checker::new();
    for (k, v) in raw.fields() {
        c.keep(k, v);
    }
    let activity = c.check(
        "activity_type",
        ActivityType::parse(raw.activity_type.trim())
            .ok_or_else(|| "Choose the kind of activity.".to_string()),
    );
    let title = raw.title.trim().to_string();
    if title.is_empty() {
        c.fail("title", "Give the activity a title.");
    } else if title.chars().count() > 150 {
        c.fail("title", "Keep the title under 150 characters.");
    }
    let description = raw.description.trim().to_string();
    if description.chars().count() > 4000 {
        c.fail(
            "description",
            "Keep the description under 4,000 characters.",
        );
    }
    let starts = c.check(
        "starts_on",
        parse_date(&raw.starts_on)
            .ok_or_else(|| "Enter the first day of the activity.".to_string()),
    );
    let ends = c.check(
        "ends_on",
        parse_date(&raw.ends_on).ok_or_else(|| "Enter the last day of the activity.".to_string()),
    );
    if let (Some(s), Some(e)) = (starts, ends) {
        if e < s {
            c.fail("ends_on", "The activity cannot end before it starts.");
        } else if e - s > 366 * DAY_MS {
            c.fail("ends_on", "An activity can run for at most a year.");
        }
        if e < now - now.rem_euclid(DAY_MS) - 365 * DAY_MS {
            c.fail("ends_on", "That activity ended more than a year ago.");
        }
        if s > now + 2 * 365 * DAY_MS {
            c.fail("starts_on", "That is more than two years ahead.");
        }
    }
    let cost = c.check("total_cost", parse_money(&raw.total_cost));
    let requested = c.check("requested", parse_money(&raw.requested));
    let contribution = if raw.contribution.trim().is_empty() {
        Some(0)
    } else {
        c.check("contribution", parse_money(&raw.contribution))
    };
    let count = |c: &mut Checker, field: &str, raw: &str| -> Option<i64> {
        let t = raw.trim().replace([',', ' '], "");
        if t.is_empty() {
            return Some(0);
        }
        c.check(
            field,
            t.parse::<i64>()
                .ok()
                .filter(|n| (0..=10_000_000).contains(n))
                .ok_or_else(|| "Enter a whole number, or leave it empty.".to_string()),
        )
    };
    let leads = count(&mut c, "expected_leads", &raw.expected_leads);
    let pipeline = if raw.expected_pipeline.trim().is_empty() {
        Some(0)
    } else {
        c.check("expected_pipeline", parse_money(&raw.expected_pipeline))
    };
    match (
        activity,
        starts,
        ends,
        cost,
        requested,
        contribution,
        leads,
        pipeline,
    ) {
        (Some(a), Some(s), Some(e), Some(cost), Some(req), Some(contrib), Some(l), Some(p))
            if !c.has_errors() =>
        {
            Ok(RequestInput {
                activity_type: a,
                title,
                description,
                starts_on: s,
                ends_on: e,
                total_cost: cost,
                requested: req,
                contribution: contrib,
                expected_leads: l,
                expected_pipeline: p,
            })
        }
        _ => Err(c.into_error()),
    }
}

/// The request's amounts against the rules and what the fund can still
/// give; a refusal keeps what was typed.
fn check_amounts(
    raw: &RawRequest,
    input: &RequestInput,
    max_percent: i64,
    available: i64,
    currency: &str,
) -> Result<(), AppError> {
    let errors = rules::request_amount_errors(
        input.total_cost,
        input.requested,
        input.contribution,
        max_percent,
        available,
        currency,
    );
    if errors.is_empty() {
        Ok(())
    } else {
        Err(amount_error(raw, errors))
    }
}

fn amount_error(raw: &RawRequest, errors: Vec<(&'static str, String)>) -> AppError {
    let mut c = Checker::new();
    for (k, v) in raw.fields() {
        c.keep(k, v);
    }
    for (f, m) in errors {
        c.fail(f, m);
    }
    c.into_error()
}

/// What the request form needs: the company, its balance, the rules and
/// the signed time the form was served (the request clock without JS).
pub async fn form(db: &Db, viewer: &Viewer, company_id: i64) -> Result<MdfFormInfo, AppError> {
    let name: String = sqlx::query("SELECT name FROM companies WHERE id = $1")
        .bind(company_id)
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    let s = settings(db).await?;
    let served_at = now_ms();
    let key = crate::features::deals::store::form_key(db).await?;
    Ok(MdfFormInfo {
        company_name: name,
        fund: fund_card(db, company_id).await?,
        max_percent: s.max_percent,
        claim_days: s.claim_days,
        served_at,
        served_sig: crate::features::deals::store::sign(&key, viewer.user_id, served_at),
        edit: None,
    })
}

/// Files a request against the company's current fund. The fund is locked
/// while the balance and the requests still waiting are checked, so two
/// requests that together exceed the balance cannot both get in.
#[allow(clippy::too_many_arguments)]
pub async fn create(
    db: &Db,
    viewer: &Viewer,
    company_id: i64,
    raw: &RawRequest,
    input: &RequestInput,
    measured_ms: Option<i64>,
    public_url: &str,
    entry: Entry,
) -> Result<i64, AppError> {
    let settings = settings(db).await?;
    let now = now_ms();
    // Which fund, and who decides, before the write lock: a fund allocated
    // meanwhile is as if allocated just after, and the approvers are only
    // told (the registration's rule, too).
    let (fund, deciders) = {
        let mut conn = db.pool.acquire().await.or_internal()?;
        let fund = current_fund(&mut conn, company_id, now)
            .await
            .or_internal()?;
        let deciders: Vec<(i64, String)> =
            crate::features::deals::store::approvers(&mut conn, company_id, false)
                .await
                .or_internal()?
                .into_iter()
                .map(|(id, _, email)| (id, email))
                .collect();
        (fund, deciders)
    };
    let Some(fund) = fund else {
        return Err(amount_error(
            raw,
            vec![(
                "requested",
                "No MDF funds are allocated to your company for this period yet. Your channel manager can allocate them."
                    .to_string(),
            )],
        ));
    };
    let locked = LockedRequest {
        db: db.clone(),
        viewer: viewer.clone(),
        company_id,
        raw: raw.clone(),
        input: input.clone(),
        measured_ms,
        public_url: public_url.to_string(),
        entry,
        settings,
        fund,
        deciders,
        now,
    };
    db.on_writer(locked.create()).await
}

/// What [`create`] does inside the write lock, with what it read before:
/// run on the writer thread ([`Db::on_writer`]), so it owns its data.
struct LockedRequest {
    db: Db,
    viewer: Viewer,
    company_id: i64,
    raw: RawRequest,
    input: RequestInput,
    measured_ms: Option<i64>,
    public_url: String,
    entry: Entry,
    settings: MdfSettings,
    fund: Fund,
    deciders: Vec<(i64, String)>,
    now: i64,
}

impl LockedRequest {
    async fn create(self) -> Result<i64, AppError> {
        let LockedRequest {
            db,
            viewer,
            company_id,
            raw,
            input,
            measured_ms,
            public_url,
            entry,
            settings: s,
            fund,
            deciders,
            now,
        } = self;
        // Reads and writes only through its transaction: requests queued
        // together share one commit (decision 0006).
        let mut tx = db.write_grouped_deferred().await.or_internal()?;
        let (b, waiting, id, chain_end) = read_fund_in_lock(&mut tx, &db, fund.id)
            .await
            .or_internal()?;
        check_amounts(
            &raw,
            &input,
            s.max_percent,
            b.available - waiting,
            &fund.currency,
        )?;
        // Every statement that refers to the request goes into one batch:
        // on SQLite one round trip inside the write lock, which also
        // releases the member's savepoint; on PostgreSQL one statement.
        let mut batch = Batch::independent();
        batch.push(
            "INSERT INTO mdf_requests (id, company_id, fund_id, owner_user_id, status, activity_type, title, \
             description, starts_on, ends_on, currency, total_cost_cents, requested_cents, contribution_cents, \
             expected_leads, expected_pipeline_cents, max_percent, submitted_at, sla_due_at, request_ms, \
             created_at, updated_at) \
             VALUES ($1, $2, $3, $4, 'submitted', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, \
             $18, $19, $17, $17)",
            vec![
                id.into(),
                company_id.into(),
                fund.id.into(),
                viewer.user_id.into(),
                input.activity_type.as_str().into(),
                (&input.title).into(),
                (&input.description).into(),
                input.starts_on.into(),
                input.ends_on.into(),
                (&fund.currency).into(),
                input.total_cost.into(),
                input.requested.into(),
                input.contribution.into(),
                input.expected_leads.into(),
                input.expected_pipeline.into(),
                s.max_percent.into(),
                now.into(),
                (now + s.sla_hours * HOUR_MS).into(),
                measured_ms.into(),
            ],
        );
        push_event(
            &mut batch,
            id,
            Some(viewer.user_id),
            "submitted",
            Some(MdfStatus::Submitted),
            Some(input.requested),
            "",
        );
        let title = format!("MDF request: {}", input.title);
        let body = format!(
            "{} asks for {} ({}).",
            viewer.company_name.clone().unwrap_or_default(),
            format_money(input.requested, &fund.currency),
            input.activity_type.label()
        );
        let notes: Vec<Note> = deciders
            .iter()
            .map(|(user_id, email)| Note {
                user_id: *user_id,
                email,
                kind: "mdf_submitted",
                title: &title,
                body: &body,
            })
            .collect();
        add_notes(&mut batch, &public_url, &notes, &format!("/mdf/{id}"));
        audit::push(
            &mut batch,
            chain_end,
            &entry.object("mdf_request", id).detail(format!(
                "{{\"to\":\"submitted\",\"requested_cents\":{}}}",
                input.requested
            )),
        );
        tx.commit_with(batch).await.or_internal()?;
        Ok(id)
    }
}

/// Inside the write lock, what a new request is checked against and
/// numbered by: the fund's balance, what its requests still waiting ask
/// for, the request's id and the audit chain's end. On SQLite one round
/// trip, which also opens the member's savepoint; on PostgreSQL the fund's
/// lock first, then one statement each.
async fn read_fund_in_lock(
    tx: &mut WriteTx,
    db: &Db,
    fund_id: i64,
) -> Result<(Balance, i64, i64, audit::Link), sqlx::Error> {
    match db.dialect {
        Dialect::Postgres => {
            lock_fund(tx, db, fund_id).await?;
            let b = balance(tx, fund_id).await?;
            let waiting = pending(tx, fund_id).await?;
            let id = dialect::next_id(tx, db.dialect, "mdf_requests").await?;
            let link = audit::link(tx, db.dialect).await?;
            Ok((b, waiting, id, link))
        }
        Dialect::Sqlite => {
            let sql = format!(
                "{}SELECT {}, {}, ({PENDING_SQL}); {BALANCE_SQL}",
                tx.opening(),
                dialect::sqlite_next_id("mdf_requests"),
                audit::SQLITE_LAST_HASH,
            );
            let conn: &mut AnyConnection = tx;
            let rows = sqlx::query(&sql)
                .bind(fund_id)
                .fetch_all(&mut *conn)
                .await?;
            // The first statement's one row, then the ledger's sums by kind.
            let (head, sums) = rows.split_first().ok_or(sqlx::Error::RowNotFound)?;
            let b = Balance::from_sums(&sums_of(sums, 0, 1));
            let waiting = dialect::sum_to_i64(head, 2);
            Ok((b, waiting, head.get(0), audit::Link::new(0, head.get(1))))
        }
    }
}

/// Changes a returned request and submits it again (same checks as a new
/// one; its own amount no longer waits, so it is not counted twice).
#[allow(clippy::too_many_arguments)]
pub async fn resubmit(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    raw: &RawRequest,
    input: &RequestInput,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let s = settings(db).await?;
    let raw = raw.clone();
    let input = input.clone();
    let sla = s.sla_hours;
    transition(
        db,
        Some(viewer),
        id,
        MdfStatus::Submitted,
        Actor::Partner,
        move |st, b, waiting| {
            if st.status != MdfStatus::Returned {
                return Err(AppError::Conflict(
                    "Only a request returned for changes can be edited.".into(),
                ));
            }
            check_amounts(
                &raw,
                &input,
                s.max_percent,
                b.available - waiting,
                &st.currency,
            )?;
            let now = now_ms();
            Ok(Plan {
                sets: vec![
                    (
                        "activity_type",
                        Param2::Text(input.activity_type.as_str().into()),
                    ),
                    ("title", Param2::Text(input.title.clone())),
                    ("description", Param2::Text(input.description.clone())),
                    ("starts_on", Param2::Int(Some(input.starts_on))),
                    ("ends_on", Param2::Int(Some(input.ends_on))),
                    ("total_cost_cents", Param2::Int(Some(input.total_cost))),
                    ("requested_cents", Param2::Int(Some(input.requested))),
                    ("contribution_cents", Param2::Int(Some(input.contribution))),
                    ("expected_leads", Param2::Int(Some(input.expected_leads))),
                    (
                        "expected_pipeline_cents",
                        Param2::Int(Some(input.expected_pipeline)),
                    ),
                    ("max_percent", Param2::Int(Some(s.max_percent))),
                    ("submitted_at", Param2::Int(Some(now))),
                    ("sla_due_at", Param2::Int(Some(now + sla * HOUR_MS))),
                    ("escalated_at", Param2::Int(None)),
                ],
                amount: Some(input.requested),
                note: "Changed and submitted again.".into(),
                ..Plan::default()
            })
        },
        public_url,
        entry,
    )
    .await
}

/// What a status change writes besides the status.
#[derive(Default)]
pub struct Plan {
    pub sets: Vec<(&'static str, Param2)>,
    pub ledger: Vec<(EntryKind, i64)>,
    pub amount: Option<i64>,
    pub note: String,
    /// Replace the linked deals with these (claims).
    pub deals: Option<Vec<i64>>,
}

/// What a status change needs to know, read in the write transaction.
pub struct ReqState {
    pub company_id: i64,
    pub fund_id: i64,
    pub owner_user_id: i64,
    pub owner_email: String,
    pub status: MdfStatus,
    pub version: i64,
    pub title: String,
    pub currency: String,
    pub requested: i64,
    pub approved: Option<i64>,
    pub claimed: Option<i64>,
    pub claim_approved: Option<i64>,
    pub actual_cost: Option<i64>,
    pub max_percent: i64,
    pub ends_on: i64,
    pub claim_due_at: Option<i64>,
}

async fn load_state(
    conn: &mut AnyConnection,
    viewer: Option<&Viewer>,
    id: i64,
) -> Result<Option<(ReqState, Fund)>, sqlx::Error> {
    let scope = viewer
        .map(|v| scope_sql(v, "r.company_id"))
        .unwrap_or_else(|| "1 = 1".into());
    let Some(r) = sqlx::query(&format!(
        "SELECT r.company_id, r.fund_id, r.owner_user_id, u.email, r.status, r.version, r.title, r.currency, \
         r.requested_cents, r.approved_cents, r.claimed_cents, r.claim_approved_cents, r.actual_cost_cents, \
         r.max_percent, r.ends_on, r.claim_due_at, \
         f.id AS f_id, f.company_id AS f_company, f.period, f.currency AS f_currency, f.ends_at, f.expired_at \
         FROM mdf_requests r JOIN users u ON u.id = r.owner_user_id JOIN mdf_funds f ON f.id = r.fund_id \
         WHERE r.id = $1 AND {scope}"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let st = ReqState {
        company_id: r.get(0),
        fund_id: r.get(1),
        owner_user_id: r.get(2),
        owner_email: r.get(3),
        status: MdfStatus::parse(&r.get::<String, _>(4)).unwrap_or(MdfStatus::Submitted),
        version: r.get(5),
        title: r.get(6),
        currency: r.get(7),
        requested: r.get(8),
        approved: r.get(9),
        claimed: r.get(10),
        claim_approved: r.get(11),
        actual_cost: r.get(12),
        max_percent: r.get(13),
        ends_on: r.get(14),
        claim_due_at: r.get(15),
    };
    let fund = Fund {
        id: r.get("f_id"),
        company_id: r.get("f_company"),
        period: r.get("period"),
        currency: r.get("f_currency"),
        ends_at: r.get("ends_at"),
        expired_at: r.get("expired_at"),
    };
    Ok(Some((st, fund)))
}

/// Moves a request to `to` if the state machine allows it for `actor`:
/// `plan` sees the current state, the fund's balance and what waits for
/// approval, and says what else to write. Status, ledger entries, linked
/// deals, history, the owner's notification and the audit entry commit
/// together or not at all.
#[allow(clippy::too_many_arguments)]
pub async fn transition(
    db: &Db,
    viewer: Option<&Viewer>,
    id: i64,
    to: MdfStatus,
    actor: Actor,
    plan: impl FnOnce(&ReqState, &Balance, i64) -> Result<Plan, AppError>,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let mut tx = db.write().await.or_internal()?;
    let Some((st, fund)) = load_state(&mut tx, viewer, id).await.or_internal()? else {
        return Err(AppError::NotFound);
    };
    if actor == Actor::Partner && viewer.is_some_and(|v| v.role.is_vendor_staff()) {
        return Err(AppError::Forbidden);
    }
    if !transition_allowed(st.status, to, actor) {
        return Err(AppError::Conflict(format!(
            "This request is {} and cannot become {} now. Reload to see its current state.",
            st.status.label().to_lowercase(),
            to.label().to_lowercase()
        )));
    }
    lock_fund(&mut tx, db, st.fund_id).await.or_internal()?;
    let b = balance(&mut tx, st.fund_id).await.or_internal()?;
    let waiting = pending(&mut tx, st.fund_id).await.or_internal()?;
    let plan = plan(&st, &b, waiting)?;
    let now = now_ms();
    let mut p = Params::default();
    let mut sets = vec![
        format!("status = {}", p.text(to.as_str())),
        format!("updated_at = {}", p.int(now)),
        "version = version + 1".to_string(),
    ];
    sets.extend(set_list(&mut p, &plan.sets));
    let sql = format!(
        "UPDATE mdf_requests SET {} WHERE id = {} AND version = {}",
        sets.join(", "),
        p.int(id),
        p.int(st.version)
    );
    let n = p
        .bind(sqlx::query(&sql))
        .execute(&mut **tx)
        .await
        .or_internal()?
        .rows_affected();
    if n != 1 {
        return Err(AppError::Conflict(
            "Someone changed this request a moment ago. Reload to see the current version.".into(),
        ));
    }
    let actor_id = viewer.map(|v| v.user_id);
    for (kind, amount) in &plan.ledger {
        if *amount > 0 {
            post(
                &mut tx,
                &fund,
                *kind,
                *amount,
                Some(id),
                actor_id,
                &plan.note,
            )
            .await?;
        }
    }
    if let Some(deals) = &plan.deals {
        sqlx::query("DELETE FROM mdf_request_deals WHERE request_id = $1")
            .bind(id)
            .execute(&mut **tx)
            .await
            .or_internal()?;
        for d in deals {
            sqlx::query("INSERT INTO mdf_request_deals (request_id, deal_id) VALUES ($1, $2)")
                .bind(id)
                .bind(d)
                .execute(&mut **tx)
                .await
                .or_internal()?;
        }
    }
    add_event(
        &mut tx,
        id,
        actor_id,
        to.as_str(),
        Some(to),
        plan.amount,
        &plan.note,
    )
    .await
    .or_internal()?;
    let link = format!("/mdf/{id}");
    let title = format!("{}: {}", to.label(), st.title);
    let mut body = match plan.amount {
        Some(a) => format!("{} · {}", to.label(), format_money(a, &st.currency)),
        None => to.label().to_string(),
    };
    if !plan.note.is_empty() {
        body = format!("{body}\n{}", plan.note);
    }
    if actor != Actor::Partner || Some(st.owner_user_id) != actor_id {
        notify(
            &mut tx,
            public_url,
            st.owner_user_id,
            &st.owner_email,
            &format!("mdf_{}", to.as_str()),
            &title,
            &body,
            &link,
        )
        .await
        .or_internal()?;
    }
    if actor == Actor::Partner && matches!(to, MdfStatus::Submitted | MdfStatus::Claimed) {
        let what = if to == MdfStatus::Claimed {
            "MDF claim"
        } else {
            "MDF request"
        };
        notify_approvers(
            &mut tx,
            public_url,
            st.company_id,
            false,
            &format!("mdf_{}", to.as_str()),
            &format!("{what}: {}", st.title),
            &body,
            &link,
        )
        .await
        .or_internal()?;
    }
    audit::append(
        &mut tx,
        db.dialect,
        &entry.object("mdf_request", id).detail(format!(
            "{{\"from\":\"{}\",\"to\":\"{}\",\"amount_cents\":{}}}",
            st.status.as_str(),
            to.as_str(),
            plan.amount
                .map(|a| a.to_string())
                .unwrap_or_else(|| "null".into())
        )),
    )
    .await
    .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(())
}

async fn add_event(
    conn: &mut AnyConnection,
    request_id: i64,
    actor: Option<i64>,
    kind: &str,
    to: Option<MdfStatus>,
    amount: Option<i64>,
    note: &str,
) -> Result<(), sqlx::Error> {
    let mut batch = Batch::new();
    push_event(&mut batch, request_id, actor, kind, to, amount, note);
    batch.run(conn).await
}

/// A line of a request's history, added to a batch.
fn push_event(
    batch: &mut Batch,
    request_id: i64,
    actor: Option<i64>,
    kind: &str,
    to: Option<MdfStatus>,
    amount: Option<i64>,
    note: &str,
) {
    batch.push(
        "INSERT INTO mdf_events (request_id, at, actor_user_id, kind, to_status, amount_cents, note) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        vec![
            request_id.into(),
            now_ms().into(),
            actor.into(),
            kind.into(),
            to.map(|s| s.as_str()).into(),
            amount.into(),
            note.into(),
        ],
    );
}

fn reason_required(field: &str, reason: &str, what: &str) -> Result<String, AppError> {
    let r: String = reason.trim().chars().take(1000).collect();
    if r.is_empty() {
        let mut c = Checker::new();
        c.fail(field, format!("Say why the {what}; the partner sees it."));
        return Err(c.into_error());
    }
    Ok(r)
}

/// A vendor decision on a request waiting for approval.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestDecision {
    /// Approve (in full, or partially with a lower amount and a comment).
    Approve,
    /// Back to the partner, who may change and resubmit.
    Return,
    /// Final no.
    Decline,
}

impl RequestDecision {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "approve" => Some(RequestDecision::Approve),
            "return" => Some(RequestDecision::Return),
            "decline" => Some(RequestDecision::Decline),
            _ => None,
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub async fn decide(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    decision: RequestDecision,
    amount: &str,
    reason: &str,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let s = settings(db).await?;
    let now = now_ms();
    let (to, reason) = match decision {
        RequestDecision::Approve => (
            MdfStatus::Approved,
            reason.trim().chars().take(1000).collect(),
        ),
        RequestDecision::Return => (
            MdfStatus::Returned,
            reason_required("reason", reason, "request goes back")?,
        ),
        RequestDecision::Decline => (
            MdfStatus::Declined,
            reason_required("reason", reason, "request is declined")?,
        ),
    };
    let amount = amount.trim().to_string();
    let uid = viewer.user_id;
    transition(
        db,
        Some(viewer),
        id,
        to,
        Actor::Staff,
        move |st, b, _| {
            let mut plan = Plan {
                note: reason.clone(),
                sets: vec![
                    ("decision_reason", Param2::Text(reason.clone())),
                    ("decided_by", Param2::Int(Some(uid))),
                    ("decided_at", Param2::Int(Some(now))),
                ],
                ..Plan::default()
            };
            if decision != RequestDecision::Approve {
                return Ok(plan);
            }
            let approved = if amount.is_empty() {
                st.requested
            } else {
                parse_money(&amount).map_err(|m| field_error("amount", &amount, &m))?
            };
            if approved > st.requested {
                return Err(field_error(
                    "amount",
                    &amount,
                    "Approve at most the amount requested.",
                ));
            }
            if approved < st.requested && reason.is_empty() {
                return Err(field_error(
                    "reason",
                    &amount,
                    "Say why less than requested is approved; the partner sees it.",
                ));
            }
            if approved > b.available {
                return Err(field_error(
                    "amount",
                    &amount,
                    &format!(
                        "Only {} of this partner's funds is available; approve less or return the request.",
                        format_money(b.available, &st.currency)
                    ),
                ));
            }
            plan.amount = Some(approved);
            plan.ledger = vec![(EntryKind::Commitment, approved)];
            plan.sets.push(("approved_cents", Param2::Int(Some(approved))));
            plan.sets.push((
                "claim_due_at",
                Param2::Int(Some(rules::claim_due(st.ends_on, s.claim_days))),
            ));
            plan.sets.push(("sla_due_at", Param2::Int(None)));
            if approved < st.requested {
                plan.note = format!(
                    "Approved {} of {} requested. {}",
                    format_money(approved, &st.currency),
                    format_money(st.requested, &st.currency),
                    reason
                );
            }
            Ok(plan)
        },
        public_url,
        entry,
    )
    .await
}

fn field_error(field: &str, value: &str, message: &str) -> AppError {
    let mut c = Checker::new();
    c.keep(field, value);
    c.fail(field, message);
    c.into_error()
}

/// The partner cancels a request; an approved one gives its commitment back.
pub async fn cancel(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    transition(
        db,
        Some(viewer),
        id,
        MdfStatus::Cancelled,
        Actor::Partner,
        |st, _, _| {
            let release = if st.status == MdfStatus::Approved {
                st.approved.unwrap_or(0)
            } else {
                0
            };
            Ok(Plan {
                ledger: vec![(EntryKind::Release, release)],
                amount: (release > 0).then_some(release),
                note: "Cancelled by the partner.".into(),
                ..Plan::default()
            })
        },
        public_url,
        entry,
    )
    .await
}

/// A claim as typed.
#[derive(Clone, Debug, Default)]
pub struct RawClaim {
    pub actual_cost: String,
    pub actual_leads: String,
    pub notes: String,
    pub deal_ids: Vec<i64>,
}

/// Files (or files again) the claim of an approved activity, with proof.
pub async fn claim(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    raw: &RawClaim,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let mut c = Checker::new();
    c.keep("actual_cost", &raw.actual_cost)
        .keep("actual_leads", &raw.actual_leads)
        .keep("claim_notes", &raw.notes);
    let cost = c.check("actual_cost", parse_money(&raw.actual_cost));
    let leads_raw = raw.actual_leads.trim().replace([',', ' '], "");
    let leads = if leads_raw.is_empty() {
        Some(0)
    } else {
        c.check(
            "actual_leads",
            leads_raw
                .parse::<i64>()
                .ok()
                .filter(|n| (0..=10_000_000).contains(n))
                .ok_or_else(|| "Enter a whole number of leads.".to_string()),
        )
    };
    let notes: String = raw.notes.trim().chars().take(4000).collect();
    let (Some(cost), Some(leads)) = (cost, leads) else {
        return Err(c.into_error());
    };
    let mut deal_ids = raw.deal_ids.clone();
    deal_ids.sort_unstable();
    deal_ids.dedup();
    deal_ids.truncate(100);
    let company_id = viewer.company_id.ok_or(AppError::Forbidden)?;
    // Only the company's own deals can be linked; foreign ids are ignored
    // exactly like missing ones.
    let own: Vec<i64> = if deal_ids.is_empty() {
        Vec::new()
    } else {
        // Parsed integers, so they are inlined; one query for all of them.
        let list = deal_ids
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",");
        sqlx::query(&format!(
            "SELECT id FROM deals WHERE company_id = $1 AND id IN ({list}) ORDER BY id"
        ))
        .bind(company_id)
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .map(|r| r.get(0))
        .collect()
    };
    let files: i64 = sqlx::query(
        "SELECT COUNT(*) FROM mdf_files WHERE request_id = $1 AND company_id = $2 AND removed_at IS NULL",
    )
    .bind(id)
    .bind(company_id)
    .fetch_one(&db.pool)
    .await
    .or_internal()?
    .get(0);
    let s = settings(db).await?;
    let now = now_ms();
    transition(
        db,
        Some(viewer),
        id,
        MdfStatus::Claimed,
        Actor::Partner,
        move |st, _, _| {
            if now < st.ends_on {
                return Err(AppError::Conflict(format!(
                    "Claims are filed once the activity has taken place; its last day is {}.",
                    crate::ui::format_date(st.ends_on)
                )));
            }
            if let Some(due) = st.claim_due_at {
                if now > due {
                    return Err(AppError::Conflict(format!(
                        "The claim deadline for this activity was {}; claims after it are not accepted. \
                         The approved funds go back to your balance.",
                        crate::ui::format_date(due)
                    )));
                }
            }
            if files == 0 {
                c.fail(
                    "files",
                    "Attach proof of performance first: an invoice, photos, or the attendee or lead list.",
                );
                return Err(c.into_error());
            }
            let claimed = rules::claim_cap(st.approved.unwrap_or(0), cost, st.max_percent);
            Ok(Plan {
                sets: vec![
                    ("actual_cost_cents", Param2::Int(Some(cost))),
                    ("actual_leads", Param2::Int(Some(leads))),
                    ("claim_notes", Param2::Text(notes.clone())),
                    ("claimed_cents", Param2::Int(Some(claimed))),
                    ("claim_submitted_at", Param2::Int(Some(now))),
                    ("claim_reason", Param2::Text(String::new())),
                    ("sla_due_at", Param2::Int(Some(now + s.sla_hours * HOUR_MS))),
                    ("escalated_at", Param2::Int(None)),
                ],
                amount: Some(claimed),
                note: if cost > 0 && claimed < st.approved.unwrap_or(0) {
                    format!(
                        "Claimed {}: {} % of the actual cost of {}.",
                        format_money(claimed, &st.currency),
                        st.max_percent,
                        format_money(cost, &st.currency)
                    )
                } else {
                    String::new()
                },
                deals: Some(own.clone()),
                ..Plan::default()
            })
        },
        public_url,
        entry,
    )
    .await
}

/// A vendor decision on a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimDecision {
    Approve,
    RequestChanges,
    Reject,
}

impl ClaimDecision {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "approve" => Some(ClaimDecision::Approve),
            "changes" => Some(ClaimDecision::RequestChanges),
            "reject" => Some(ClaimDecision::Reject),
            _ => None,
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub async fn review_claim(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    decision: ClaimDecision,
    amount: &str,
    reason: &str,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let now = now_ms();
    let (to, reason) = match decision {
        ClaimDecision::Approve => (
            MdfStatus::ClaimApproved,
            reason.trim().chars().take(1000).collect::<String>(),
        ),
        ClaimDecision::RequestChanges => (
            MdfStatus::ChangesRequested,
            reason_required("reason", reason, "claim needs changes")?,
        ),
        ClaimDecision::Reject => (
            MdfStatus::ClaimRejected,
            reason_required("reason", reason, "claim is rejected")?,
        ),
    };
    let amount = amount.trim().to_string();
    let uid = viewer.user_id;
    transition(
        db,
        Some(viewer),
        id,
        to,
        Actor::Staff,
        move |st, _, _| {
            let approved = st.approved.unwrap_or(0);
            let mut plan = Plan {
                note: reason.clone(),
                sets: vec![
                    ("claim_reason", Param2::Text(reason.clone())),
                    ("claim_decided_by", Param2::Int(Some(uid))),
                    ("claim_decided_at", Param2::Int(Some(now))),
                    ("sla_due_at", Param2::Int(None)),
                ],
                ..Plan::default()
            };
            match decision {
                ClaimDecision::RequestChanges => {}
                ClaimDecision::Reject => {
                    plan.ledger = vec![(EntryKind::Release, approved)];
                    plan.amount = Some(approved);
                }
                ClaimDecision::Approve => {
                    let cap =
                        rules::claim_cap(approved, st.actual_cost.unwrap_or(0), st.max_percent);
                    let pay = if amount.is_empty() {
                        st.claimed.unwrap_or(cap).min(cap)
                    } else {
                        parse_money(&amount).map_err(|m| field_error("amount", &amount, &m))?
                    };
                    if pay > cap {
                        return Err(field_error(
                            "amount",
                            &amount,
                            &format!(
                                "At most {}: the approved request, and {} % of the actual cost.",
                                format_money(cap, &st.currency),
                                st.max_percent
                            ),
                        ));
                    }
                    plan.amount = Some(pay);
                    plan.ledger = vec![
                        (EntryKind::Claim, pay),
                        (EntryKind::Release, approved - pay),
                    ];
                    plan.sets
                        .push(("claim_approved_cents", Param2::Int(Some(pay))));
                    if pay < approved && plan.note.is_empty() {
                        plan.note = format!(
                            "{} of the {} committed goes back to the balance.",
                            format_money(approved - pay, &st.currency),
                            format_money(approved, &st.currency)
                        );
                    }
                }
            }
            Ok(plan)
        },
        public_url,
        entry,
    )
    .await
}

/// Marks an approved claim paid, with the payment's reference and date.
#[allow(clippy::too_many_arguments)]
pub async fn reimburse(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    reference: &str,
    paid_on: &str,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let mut c = Checker::new();
    c.keep("payment_reference", reference)
        .keep("paid_on", paid_on);
    let reference: String = reference.trim().chars().take(100).collect();
    if reference.is_empty() {
        c.fail(
            "payment_reference",
            "Enter the payment's reference (transfer or credit note number).",
        );
    }
    let now = now_ms();
    let date = if paid_on.trim().is_empty() {
        Some(now - now.rem_euclid(DAY_MS))
    } else {
        c.check(
            "paid_on",
            parse_date(paid_on)
                .filter(|d| *d <= now + DAY_MS)
                .ok_or_else(|| "Enter the payment date (not in the future).".to_string()),
        )
    };
    let Some(date) = date.filter(|_| !c.has_errors()) else {
        return Err(c.into_error());
    };
    transition(
        db,
        Some(viewer),
        id,
        MdfStatus::Reimbursed,
        Actor::Staff,
        move |st, _, _| {
            let pay = st.claim_approved.unwrap_or(0);
            Ok(Plan {
                sets: vec![
                    ("payment_reference", Param2::Text(reference.clone())),
                    ("paid_on", Param2::Int(Some(date))),
                ],
                ledger: vec![(EntryKind::Reimbursement, pay)],
                amount: Some(pay),
                note: format!("Payment reference {reference}."),
                ..Plan::default()
            })
        },
        public_url,
        entry,
    )
    .await
}

// ---------------------------------------------------------------------------
// Reading

fn row_status(r: &sqlx::any::AnyRow) -> MdfStatus {
    MdfStatus::parse(&r.get::<String, _>("status")).unwrap_or(MdfStatus::Submitted)
}

fn row_activity(r: &sqlx::any::AnyRow) -> ActivityType {
    ActivityType::parse(&r.get::<String, _>("activity_type")).unwrap_or(ActivityType::Other)
}

pub async fn list(db: &Db, viewer: &Viewer, q: &MdfQuery) -> Result<Page<MdfRow>, AppError> {
    let page = q.page.unwrap_or(1).clamp(1, 10_000);
    let (p, where_sql) = list_filter(viewer, q)?;
    let total: i64 = p
        .bind(sqlx::query(&format!(
            "SELECT COUNT(*) FROM mdf_requests r WHERE {where_sql}"
        )))
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    Ok(Page {
        items: list_rows(db, viewer, p, &where_sql, PER_PAGE, (page - 1) * PER_PAGE).await?,
        page,
        per_page: PER_PAGE,
        total,
    })
}

/// The first `limit` rows of the list (the most recently changed), without
/// the count a page needs: the home's open requests (the count read every
/// open request of the company, 2,000 for the largest at 1 M deals).
pub async fn first_rows(
    db: &Db,
    viewer: &Viewer,
    q: &MdfQuery,
    limit: i64,
) -> Result<Vec<MdfRow>, AppError> {
    let (p, where_sql) = list_filter(viewer, q)?;
    list_rows(db, viewer, p, &where_sql, limit, 0).await
}

fn list_filter(viewer: &Viewer, q: &MdfQuery) -> Result<(Params, String), AppError> {
    let mut p = Params::default();
    let mut wheres = vec![scope_sql(viewer, "r.company_id")];
    match q.status.as_deref() {
        None | Some("") | Some("open") => wheres.push(
            "r.status NOT IN ('declined','cancelled','claim_rejected','reimbursed','expired')"
                .into(),
        ),
        Some("all") => {}
        Some(s) => match MdfStatus::parse(s) {
            Some(st) => wheres.push(format!("r.status = {}", p.text(st.as_str()))),
            None => return Err(AppError::validation("Unknown status filter.")),
        },
    }
    Ok((p, wheres.join(" AND ")))
}

async fn list_rows(
    db: &Db,
    viewer: &Viewer,
    mut p: Params,
    where_sql: &str,
    limit: i64,
    offset: i64,
) -> Result<Vec<MdfRow>, AppError> {
    let limit = p.int(limit);
    let offset = p.int(offset);
    let rows = p
        .bind(sqlx::query(&format!(
            "SELECT r.id, r.title, r.activity_type, r.status, r.currency, r.requested_cents, r.approved_cents, \
             r.claim_approved_cents, r.starts_on, r.ends_on, r.claim_due_at, r.sla_due_at, r.updated_at, \
             c.name AS company_name, u.name AS owner_name \
             FROM mdf_requests r JOIN companies c ON c.id = r.company_id JOIN users u ON u.id = r.owner_user_id \
             WHERE {where_sql} ORDER BY r.updated_at DESC, r.id DESC LIMIT {limit} OFFSET {offset}"
        )))
        .fetch_all(&db.pool)
        .await
        .or_internal()?;
    let staff = viewer.role.is_vendor_staff();
    Ok(rows
        .iter()
        .map(|r| MdfRow {
            id: r.get("id"),
            title: r.get("title"),
            activity_type: row_activity(r),
            status: row_status(r),
            currency: r.get("currency"),
            requested_cents: r.get("requested_cents"),
            approved_cents: r.get("approved_cents"),
            claim_approved_cents: r.get("claim_approved_cents"),
            starts_on: r.get("starts_on"),
            ends_on: r.get("ends_on"),
            claim_due_at: r.get("claim_due_at"),
            sla_due_at: r.get("sla_due_at"),
            company_name: staff.then(|| r.get("company_name")),
            owner_name: r.get("owner_name"),
            updated_at: r.get("updated_at"),
        })
        .collect())
}

fn actions_for(viewer: &Viewer, status: MdfStatus) -> MdfActions {
    let partner = viewer.role.is_partner();
    let staff = viewer.role.is_vendor_staff();
    MdfActions {
        decide: staff && status == MdfStatus::Submitted,
        edit: partner && status == MdfStatus::Returned,
        cancel: partner
            && matches!(
                status,
                MdfStatus::Submitted | MdfStatus::Returned | MdfStatus::Approved
            ),
        claim: partner && status.claim_open(),
        review_claim: staff && status == MdfStatus::Claimed,
        reimburse: staff && status == MdfStatus::ClaimApproved,
    }
}

fn deal_option(r: &sqlx::any::AnyRow) -> DealOption {
    DealOption {
        id: r.get("id"),
        customer_name: r.get("customer_name"),
        status: r.get("status"),
        value_cents: r
            .get::<Option<i64>, _>("final_value_cents")
            .unwrap_or_else(|| r.get("value_cents")),
        currency: r.get("currency"),
    }
}

pub async fn get(db: &Db, viewer: &Viewer, id: i64) -> Result<Option<MdfDetail>, AppError> {
    let Some(r) = sqlx::query(&format!(
        "SELECT r.*, c.name AS company_name, u.name AS owner_name, f.period \
         FROM mdf_requests r JOIN companies c ON c.id = r.company_id JOIN users u ON u.id = r.owner_user_id \
         JOIN mdf_funds f ON f.id = r.fund_id WHERE r.id = $1 AND {}",
        scope_sql(viewer, "r.company_id")
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?
    else {
        return Ok(None);
    };
    let mut conn = db.pool.acquire().await.or_internal()?;
    let status = row_status(&r);
    let company_id: i64 = r.get("company_id");
    let fund = balance(&mut conn, r.get("fund_id")).await.or_internal()?;
    let files = sqlx::query(
        "SELECT f.id, f.file_name, f.kind, f.size_bytes, u.name, f.created_at FROM mdf_files f \
         JOIN users u ON u.id = f.uploaded_by WHERE f.request_id = $1 AND f.removed_at IS NULL ORDER BY f.id LIMIT 50",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await
    .or_internal()?
    .iter()
    .map(|f| MdfFile {
        id: f.get(0),
        file_name: f.get(1),
        kind: f.get(2),
        size_bytes: f.get(3),
        uploaded_by: f.get(4),
        created_at: f.get(5),
    })
    .collect();
    let deals = sqlx::query(
        "SELECT d.id, d.customer_name, d.status, d.value_cents, d.final_value_cents, d.currency \
         FROM mdf_request_deals rd JOIN deals d ON d.id = rd.deal_id WHERE rd.request_id = $1 \
         AND d.company_id = $2 ORDER BY d.id LIMIT 100",
    )
    .bind(id)
    .bind(company_id)
    .fetch_all(&mut *conn)
    .await
    .or_internal()?
    .iter()
    .map(deal_option)
    .collect();
    let actions = actions_for(viewer, status);
    let deal_options = if actions.claim {
        sqlx::query(
            "SELECT id, customer_name, status, value_cents, final_value_cents, currency FROM deals \
             WHERE company_id = $1 AND status IN ('submitted','approved','won') \
             ORDER BY updated_at DESC, id DESC LIMIT 100",
        )
        .bind(company_id)
        .fetch_all(&mut *conn)
        .await
        .or_internal()?
        .iter()
        .map(deal_option)
        .collect()
    } else {
        vec![]
    };
    let events = sqlx::query(
        "SELECT e.at, COALESCE(u.name, 'Portal') AS actor, e.kind, e.to_status, e.amount_cents, e.note \
         FROM mdf_events e LEFT JOIN users u ON u.id = e.actor_user_id WHERE e.request_id = $1 ORDER BY e.id LIMIT 200",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await
    .or_internal()?
    .iter()
    .map(|e| MdfEvent {
        at: e.get(0),
        actor_name: e.get(1),
        kind: e.get(2),
        to_status: e
            .get::<Option<String>, _>(3)
            .and_then(|s| MdfStatus::parse(&s)),
        amount_cents: e.get(4),
        note: e.get(5),
    })
    .collect();
    Ok(Some(MdfDetail {
        id,
        title: r.get("title"),
        activity_type: row_activity(&r),
        status,
        description: r.get("description"),
        company_name: r.get("company_name"),
        owner_name: r.get("owner_name"),
        period: r.get("period"),
        currency: r.get("currency"),
        starts_on: r.get("starts_on"),
        ends_on: r.get("ends_on"),
        total_cost_cents: r.get("total_cost_cents"),
        requested_cents: r.get("requested_cents"),
        contribution_cents: r.get("contribution_cents"),
        expected_leads: r.get("expected_leads"),
        expected_pipeline_cents: r.get("expected_pipeline_cents"),
        max_percent: r.get("max_percent"),
        approved_cents: r.get("approved_cents"),
        decision_reason: r.get("decision_reason"),
        decided_at: r.get("decided_at"),
        claim_due_at: r.get("claim_due_at"),
        actual_cost_cents: r.get("actual_cost_cents"),
        actual_leads: r.get("actual_leads"),
        claim_notes: r.get("claim_notes"),
        claimed_cents: r.get("claimed_cents"),
        claim_submitted_at: r.get("claim_submitted_at"),
        claim_approved_cents: r.get("claim_approved_cents"),
        claim_reason: r.get("claim_reason"),
        payment_reference: r.get("payment_reference"),
        paid_on: r.get("paid_on"),
        submitted_at: r.get("submitted_at"),
        sla_due_at: r.get("sla_due_at"),
        request_ms: r.get("request_ms"),
        fund,
        files,
        deals,
        deal_options,
        events,
        actions,
        version: r.get("version"),
        now: now_ms(),
    }))
}

/// The fields of a returned request, to edit it in the request form.
pub async fn editable(db: &Db, viewer: &Viewer, id: i64) -> Result<Option<EditRequest>, AppError> {
    let Some(d) = get(db, viewer, id).await? else {
        return Ok(None);
    };
    if d.status != MdfStatus::Returned {
        return Err(AppError::Conflict(format!(
            "This request is {}; only a request returned for changes can be edited.",
            d.status.label().to_lowercase()
        )));
    }
    let money = crate::features::deals::rules::money_input;
    let date = crate::features::deals::rules::date_input_value;
    Ok(Some(EditRequest {
        id,
        decision_reason: d.decision_reason,
        values: vec![
            ("activity_type".into(), d.activity_type.as_str().into()),
            ("title".into(), d.title),
            ("description".into(), d.description),
            ("starts_on".into(), date(d.starts_on)),
            ("ends_on".into(), date(d.ends_on)),
            ("total_cost".into(), money(d.total_cost_cents)),
            ("requested".into(), money(d.requested_cents)),
            (
                "contribution".into(),
                if d.contribution_cents > 0 {
                    money(d.contribution_cents)
                } else {
                    String::new()
                },
            ),
            ("expected_leads".into(), d.expected_leads.to_string()),
            (
                "expected_pipeline".into(),
                if d.expected_pipeline_cents > 0 {
                    money(d.expected_pipeline_cents)
                } else {
                    String::new()
                },
            ),
        ],
    }))
}

pub async fn queue(db: &Db, viewer: &Viewer) -> Result<MdfQueue, AppError> {
    let scope = scope_sql(viewer, "r.company_id");
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
        let rows = sqlx::query(&format!(
            "SELECT r.id, r.title, c.name, r.activity_type, r.status, r.currency, COALESCE({amount}, 0) AS amount, \
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
        scope_sql(viewer, "r.company_id")
    ))
    .fetch_one(&db.pool)
    .await
    .or_internal()?;
    let n = |i| dialect::sum_to_i64(&r, i);
    Ok([n(0), n(1), n(2)])
}

/// Sums per kind of one label and currency, while rows are grouped.
type Group = (String, String, Vec<(EntryKind, i64)>);

/// Balances per company (paginated), per region and in total for one
/// period, within the viewer's scope.
pub async fn budgets(
    db: &Db,
    viewer: &Viewer,
    period: Option<&str>,
    page: i64,
) -> Result<BudgetOverview, AppError> {
    let s = settings(db).await?;
    let scope = scope_sql(viewer, "f.company_id");
    let mut conn = db.pool.acquire().await.or_internal()?;
    let periods: Vec<String> = sqlx::query(&format!(
        "SELECT DISTINCT f.period, f.starts_at FROM mdf_funds f WHERE {scope} ORDER BY f.starts_at DESC, f.period LIMIT 12"
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
    let totals = group(
        sqlx::query(&format!(
            "SELECT 'All partners', f.currency, l.kind, CAST(SUM(l.amount_cents) AS BIGINT) \
             FROM mdf_funds f JOIN mdf_ledger l ON l.fund_id = f.id WHERE f.period = $1 AND {scope} \
             GROUP BY f.currency, l.kind ORDER BY f.currency"
        ))
        .bind(&period)
        .fetch_all(&mut *conn)
        .await
        .or_internal()?,
    );
    let regions = group(
        sqlx::query(&format!(
            "SELECT c.region, f.currency, l.kind, CAST(SUM(l.amount_cents) AS BIGINT) \
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
    let scope = scope_sql(viewer, "r.company_id");
    let rows = sqlx::query(&format!(
        "SELECT r.id, c.name, r.activity_type, r.currency, COALESCE(r.claim_approved_cents, 0), \
         COALESCE(r.actual_leads, 0) FROM mdf_requests r JOIN companies c ON c.id = r.company_id \
         JOIN mdf_funds f ON f.id = r.fund_id \
         WHERE f.period = $1 AND r.status IN ('claim_approved','reimbursed') AND {scope} \
         ORDER BY r.id LIMIT 20000"
    ))
    .bind(period)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    let deal_rows = sqlx::query(&format!(
        "SELECT rd.request_id, d.status, d.value_cents, COALESCE(d.final_value_cents, d.value_cents), d.currency \
         FROM mdf_request_deals rd JOIN mdf_requests r ON r.id = rd.request_id JOIN mdf_funds f ON f.id = r.fund_id \
         JOIN deals d ON d.id = rd.deal_id \
         WHERE f.period = $1 AND r.status IN ('claim_approved','reimbursed') AND d.company_id = r.company_id AND {scope} \
         LIMIT 100000"
    ))
    .bind(period)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
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
        let (mut deals, mut pipeline, mut won) = (0, 0, 0);
        for d in deal_rows.iter().filter(|d| d.get::<i64, _>(0) == id) {
            if d.get::<String, _>(4) != currency {
                continue;
            }
            deals += 1;
            match d.get::<String, _>(1).as_str() {
                "won" => won += d.get::<i64, _>(3),
                "submitted" | "approved" => pipeline += d.get::<i64, _>(2),
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
            row.deals += deals;
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

// ---------------------------------------------------------------------------
// Proof-of-performance files

/// The request a file may be added to: in scope, the viewer's company,
/// claim open. Returns the company id.
pub async fn file_target(db: &Db, viewer: &Viewer, request_id: i64) -> Result<i64, AppError> {
    let company = viewer.company_id.ok_or(AppError::Forbidden)?;
    let row = sqlx::query(
        "SELECT status, claim_due_at FROM mdf_requests WHERE id = $1 AND company_id = $2",
    )
    .bind(request_id)
    .bind(company)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?
    .ok_or(AppError::NotFound)?;
    let status = MdfStatus::parse(&row.get::<String, _>(0)).unwrap_or(MdfStatus::Submitted);
    if !status.claim_open() {
        return Err(AppError::Conflict(format!(
            "This request is {}; proof can be added while its claim is open.",
            status.label().to_lowercase()
        )));
    }
    if let Some(due) = row.get::<Option<i64>, _>(1) {
        if now_ms() > due {
            return Err(AppError::Conflict(format!(
                "The claim deadline for this activity was {}.",
                crate::ui::format_date(due)
            )));
        }
    }
    let count: i64 =
        sqlx::query("SELECT COUNT(*) FROM mdf_files WHERE request_id = $1 AND removed_at IS NULL")
            .bind(request_id)
            .fetch_one(&db.pool)
            .await
            .or_internal()?
            .get(0);
    if count >= MAX_FILES {
        return Err(AppError::Conflict(format!(
            "A claim holds at most {MAX_FILES} files; remove one first."
        )));
    }
    Ok(company)
}

/// Files per claim.
pub const MAX_FILES: i64 = 20;

/// Records a stored file against a request.
#[allow(clippy::too_many_arguments)]
pub async fn add_file(
    db: &Db,
    viewer: &Viewer,
    request_id: i64,
    company_id: i64,
    file_name: &str,
    kind: &str,
    size: i64,
    sha256: &str,
    storage_key: &str,
    entry: Entry,
) -> Result<i64, AppError> {
    let mut tx = db.write().await.or_internal()?;
    let id: i64 = sqlx::query(
        "INSERT INTO mdf_files (request_id, company_id, uploaded_by, file_name, kind, size_bytes, sha256, storage_key, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(request_id)
    .bind(company_id)
    .bind(viewer.user_id)
    .bind(file_name)
    .bind(kind)
    .bind(size)
    .bind(sha256)
    .bind(storage_key)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await
    .or_internal()?
    .get(0);
    add_event(
        &mut tx,
        request_id,
        Some(viewer.user_id),
        "file_added",
        None,
        None,
        file_name,
    )
    .await
    .or_internal()?;
    audit::append(
        &mut tx,
        db.dialect,
        &entry.object("mdf_file", id).detail(format!(
            "{{\"request_id\":{request_id},\"kind\":\"{kind}\",\"size\":{size}}}"
        )),
    )
    .await
    .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(id)
}

/// A file the viewer may download: (storage key, name, kind).
pub async fn file_for(
    db: &Db,
    viewer: &Viewer,
    id: i64,
) -> Result<Option<(String, String, String)>, AppError> {
    Ok(sqlx::query(&format!(
        "SELECT f.storage_key, f.file_name, f.kind FROM mdf_files f WHERE f.id = $1 AND f.removed_at IS NULL AND {}",
        scope_sql(viewer, "f.company_id")
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?
    .map(|r| (r.get(0), r.get(1), r.get(2))))
}

/// Removes a file from an open claim (kept on disk and in the history).
pub async fn remove_file(db: &Db, viewer: &Viewer, id: i64, entry: Entry) -> Result<i64, AppError> {
    let company = viewer.company_id.ok_or(AppError::Forbidden)?;
    let row = sqlx::query(
        "SELECT f.request_id, f.file_name, r.status FROM mdf_files f JOIN mdf_requests r ON r.id = f.request_id \
         WHERE f.id = $1 AND f.company_id = $2 AND f.removed_at IS NULL",
    )
    .bind(id)
    .bind(company)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?
    .ok_or(AppError::NotFound)?;
    let request_id: i64 = row.get(0);
    let name: String = row.get(1);
    if !MdfStatus::parse(&row.get::<String, _>(2)).is_some_and(MdfStatus::claim_open) {
        return Err(AppError::Conflict(
            "Files of a submitted claim stay with it.".into(),
        ));
    }
    let mut tx = db.write().await.or_internal()?;
    sqlx::query("UPDATE mdf_files SET removed_at = $1 WHERE id = $2 AND removed_at IS NULL")
        .bind(now_ms())
        .bind(id)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    add_event(
        &mut tx,
        request_id,
        Some(viewer.user_id),
        "file_removed",
        None,
        None,
        &name,
    )
    .await
    .or_internal()?;
    audit::append(&mut tx, db.dialect, &entry.object("mdf_file", id))
        .await
        .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(request_id)
}

// ---------------------------------------------------------------------------
// Jobs

/// Approved requests past their claim deadline: closed, commitment released.
pub async fn expire_claims(db: &Db, public_url: &str) -> Result<usize, AppError> {
    let ids: Vec<i64> = sqlx::query(
        "SELECT id FROM mdf_requests WHERE status = 'approved' AND claim_due_at < $1 ORDER BY id LIMIT 200",
    )
    .bind(now_ms())
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| r.get(0))
    .collect();
    let mut done = 0;
    for id in ids {
        let r = transition(
            db,
            None,
            id,
            MdfStatus::Expired,
            Actor::System,
            |st, _, _| {
                let a = st.approved.unwrap_or(0);
                Ok(Plan {
                    ledger: vec![(EntryKind::Release, a)],
                    amount: Some(a),
                    note: "No claim was filed before the deadline; the funds went back to the balance."
                        .into(),
                    ..Plan::default()
                })
            },
            public_url,
            Entry::new("mdf_claim_expired", "success"),
        )
        .await;
        match r {
            Ok(()) => done += 1,
            // Another server got there first.
            Err(AppError::Conflict(_)) | Err(AppError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(done)
}

/// Funds whose period ended: what is still available expires (when the
/// program says so). Commitments stay claimable until their deadline.
pub async fn expire_funds(db: &Db) -> Result<usize, AppError> {
    let s = settings(db).await?;
    if !s.expire_funds {
        return Ok(0);
    }
    let funds: Vec<Fund> = sqlx::query(&format!(
        "SELECT {FUND_COLS} FROM mdf_funds WHERE expired_at IS NULL AND ends_at <= $1 ORDER BY id LIMIT 200"
    ))
    .bind(now_ms())
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(fund_from)
    .collect();
    let mut done = 0;
    for fund in funds {
        let mut tx = db.write().await.or_internal()?;
        lock_fund(&mut tx, db, fund.id).await.or_internal()?;
        let n = sqlx::query(
            "UPDATE mdf_funds SET expired_at = $1 WHERE id = $2 AND expired_at IS NULL",
        )
        .bind(now_ms())
        .bind(fund.id)
        .execute(&mut **tx)
        .await
        .or_internal()?
        .rows_affected();
        if n != 1 {
            continue;
        }
        let b = balance(&mut tx, fund.id).await.or_internal()?;
        if b.available > 0 {
            post(
                &mut tx,
                &fund,
                EntryKind::Expiry,
                b.available,
                None,
                None,
                &format!(
                    "Unused {} funds expired at the end of the period.",
                    fund.period
                ),
            )
            .await?;
        }
        audit::append(
            &mut tx,
            db.dialect,
            &Entry::new("mdf_funds_expired", "success")
                .object("mdf_fund", fund.id)
                .detail(format!("{{\"expired_cents\":{}}}", b.available.max(0))),
        )
        .await
        .or_internal()?;
        tx.commit().await.or_internal()?;
        done += 1;
    }
    Ok(done)
}

/// Requests and claims past their decision time: vendor admins are told once.
pub async fn escalate_due(db: &Db, public_url: &str) -> Result<usize, AppError> {
    let now = now_ms();
    let rows = sqlx::query(
        "SELECT id, company_id, title, status FROM mdf_requests WHERE status IN ('submitted','claimed') \
         AND sla_due_at < $1 AND escalated_at IS NULL ORDER BY sla_due_at LIMIT 200",
    )
    .bind(now)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    let mut done = 0;
    for r in rows {
        let id: i64 = r.get(0);
        let title: String = r.get(2);
        let what = if r.get::<String, _>(3) == "claimed" {
            "claim"
        } else {
            "request"
        };
        let mut tx = db.write().await.or_internal()?;
        let n = sqlx::query(
            "UPDATE mdf_requests SET escalated_at = $1 WHERE id = $2 AND escalated_at IS NULL",
        )
        .bind(now)
        .bind(id)
        .execute(&mut **tx)
        .await
        .or_internal()?
        .rows_affected();
        if n != 1 {
            continue;
        }
        notify_approvers(
            &mut tx,
            public_url,
            r.get(1),
            true,
            "mdf_escalated",
            &format!("Overdue MDF {what}: {title}"),
            &format!("This MDF {what} has waited longer than the program's decision time."),
            &format!("/mdf/{id}"),
        )
        .await
        .or_internal()?;
        add_event(
            &mut tx,
            id,
            None,
            "escalated",
            None,
            None,
            "Past the decision time; vendor admins told.",
        )
        .await
        .or_internal()?;
        tx.commit().await.or_internal()?;
        done += 1;
    }
    Ok(done)
}

pub async fn run_jobs(db: &Db, public_url: &str) -> Result<(usize, usize, usize), AppError> {
    Ok((
        expire_claims(db, public_url).await?,
        expire_funds(db).await?,
        escalate_due(db, public_url).await?,
    ))
}
