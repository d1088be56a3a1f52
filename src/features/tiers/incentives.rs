//! SQL of incentives: rebates and commissions earned on won deals (created
//! by [`super::store::on_deal_won`]), payout runs that approve and pay
//! them, claw-backs, CSV for finance, and the points leaderboard.

use sqlx::{AnyConnection, Row};

use super::rules::{IncentiveKind, IncentiveStatus};
use super::types::*;
use crate::server::audit::{self, Entry};
use crate::server::db::Db;
use crate::server::dialect::sum_to_i64;
use crate::server::errors::OrInternal;
use crate::server::now_ms;
use crate::server::scope;
use crate::shared::l10n::{Arg, L10n};
use crate::shared::page::Page;
use crate::shared::time::{parse_date, DAY_MS};
use crate::shared::validate::Checker;
use crate::shared::{AppError, Viewer};
use crate::{k, msg};

pub const PER_PAGE: i64 = 25;

/// Sums per currency and status over `filter` (SQL over `i`, which may
/// name `company_id`, `currency` and `status`): read from the
/// `incentive_totals` rollup, not the entries.
pub async fn totals(
    conn: &mut AnyConnection,
    filter: &str,
) -> Result<Vec<IncentiveTotals>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT i.currency, i.status, CAST(SUM(i.amount_cents) AS BIGINT) FROM incentive_totals i \
         WHERE {filter} GROUP BY i.currency, i.status ORDER BY i.currency"
    ))
    .fetch_all(conn)
    .await?;
    let mut out: Vec<IncentiveTotals> = Vec::new();
    for r in &rows {
        let currency: String = r.get(0);
        let status = IncentiveStatus::parse(&r.get::<String, _>(1));
        let sum = sum_to_i64(r, 2);
        let t = match out.iter_mut().find(|t| t.currency == currency) {
            Some(t) => t,
            None => {
                out.push(IncentiveTotals {
                    currency: currency.clone(),
                    ..Default::default()
                });
                out.last_mut().expect("pushed")
            }
        };
        match status {
            Some(IncentiveStatus::Earned) => t.earned += sum,
            Some(IncentiveStatus::Approved) => t.approved += sum,
            Some(IncentiveStatus::Paid) => t.paid += sum,
            Some(IncentiveStatus::ClawedBack) => t.clawed_back += sum,
            None => {}
        }
    }
    Ok(out)
}

const ROW_COLS: &str = "i.id, i.company_id, c.name, i.deal_id, i.kind, i.status, i.currency, \
     i.base_cents, i.rate_bp, i.amount_cents, t.name, i.earned_at, i.payout_id, i.paid_at, i.clawback_reason";
const ROW_JOIN: &str = "incentive_entries i JOIN companies c ON c.id = i.company_id \
     JOIN tiers t ON t.id = i.tier_id";

/// Entries with the customer of each one's deal (asked of deals).
async fn named(
    conn: &mut AnyConnection,
    rows: &[sqlx::any::AnyRow],
) -> Result<Vec<IncentiveRow>, sqlx::Error> {
    let mut out: Vec<IncentiveRow> = rows.iter().map(row_from).collect();
    let ids: Vec<i64> = out.iter().map(|x| x.deal_id).collect();
    let names: std::collections::HashMap<i64, String> =
        crate::features::deals::refs(conn, None, &ids)
            .await?
            .into_iter()
            .map(|d| (d.id, d.customer_name))
            .collect();
    for x in &mut out {
        x.customer = names.get(&x.deal_id).cloned().unwrap_or_default();
    }
    Ok(out)
}

fn row_from(r: &sqlx::any::AnyRow) -> IncentiveRow {
    IncentiveRow {
        id: r.get(0),
        company_id: r.get(1),
        company_name: r.get(2),
        deal_id: r.get(3),
        customer: String::new(),
        kind: IncentiveKind::parse(&r.get::<String, _>(4)).unwrap_or(IncentiveKind::Rebate),
        status: IncentiveStatus::parse(&r.get::<String, _>(5)).unwrap_or(IncentiveStatus::Earned),
        currency: r.get(6),
        base_cents: r.get(7),
        rate_bp: r.get(8),
        amount_cents: r.get(9),
        tier: r.get(10),
        earned_at: r.get(11),
        payout_id: r.get(12),
        paid_at: r.get(13),
        clawback_reason: r.get(14),
    }
}

async fn rows(
    conn: &mut AnyConnection,
    filter: &str,
    page: i64,
) -> Result<Page<IncentiveRow>, sqlx::Error> {
    let total: i64 = sqlx::query(&format!(
        "SELECT COUNT(*) FROM incentive_entries i WHERE {filter}"
    ))
    .fetch_one(&mut *conn)
    .await?
    .get(0);
    let page = page.max(1);
    let found = sqlx::query(&format!(
        "SELECT {ROW_COLS} FROM {ROW_JOIN} WHERE {filter} ORDER BY i.earned_at DESC, i.id DESC \
         LIMIT {PER_PAGE} OFFSET {}",
        (page - 1) * PER_PAGE
    ))
    .fetch_all(&mut *conn)
    .await?;
    let items = named(&mut *conn, &found).await?;
    Ok(Page {
        items,
        page,
        per_page: PER_PAGE,
        total,
    })
}

fn status_filter(status: Option<&str>) -> (Option<String>, String) {
    match status.and_then(IncentiveStatus::parse) {
        Some(s) => (
            Some(s.as_str().to_string()),
            format!(" AND i.status = '{}'", s.as_str()),
        ),
        None => (None, String::new()),
    }
}

/// The partner's money page: totals, entries, points and rank.
pub async fn earnings(
    db: &Db,
    viewer: &Viewer,
    status: Option<&str>,
    page: i64,
) -> Result<Earnings, AppError> {
    let company_id = viewer.company_id.ok_or(AppError::Forbidden)?;
    let mut conn = db.pool.acquire().await.or_internal()?;
    let own = format!("i.company_id = {company_id}");
    let totals = totals(&mut conn, &own).await.or_internal()?;
    let (status_filter, extra) = status_filter(status);
    let entries = rows(&mut conn, &format!("{own}{extra}"), page)
        .await
        .or_internal()?;
    let leaderboard = leaderboard(&mut conn, Some(company_id), now_ms())
        .await
        .or_internal()?;
    Ok(Earnings {
        totals,
        entries,
        leaderboard,
        status_filter,
    })
}

// ---------------------------------------------------------------------------
// Points

fn year_bounds(now: i64) -> (i64, i64, i64) {
    use crate::shared::time::days_from_civil;
    let (y, _, _) = crate::shared::time::civil_from_days(now.div_euclid(DAY_MS));
    (
        y,
        days_from_civil(y, 1, 1) * DAY_MS,
        days_from_civil(y + 1, 1, 1) * DAY_MS,
    )
}

/// This year's points by company in the program of `company` (partners)
/// or the default program (staff). Partners get their own rank, and other
/// companies' names and points only when the program makes them public.
pub async fn leaderboard(
    conn: &mut AnyConnection,
    company: Option<i64>,
    now: i64,
) -> Result<Option<Leaderboard>, sqlx::Error> {
    let program = match company {
        Some(c) => sqlx::query(
            "SELECT p.id, p.points_enabled, p.leaderboard_public FROM company_tiers ct \
             JOIN programs p ON p.id = ct.program_id WHERE ct.company_id = $1",
        )
        .bind(c)
        .fetch_optional(&mut *conn)
        .await?,
        None => sqlx::query(
            "SELECT id, points_enabled, leaderboard_public FROM programs ORDER BY is_default DESC, id LIMIT 1",
        )
        .fetch_optional(&mut *conn)
        .await?,
    };
    let Some(program) = program else {
        return Ok(None);
    };
    if program.get::<i64, _>(1) != 1 {
        return Ok(None);
    }
    let program_id: i64 = program.get(0);
    let public = program.get::<i64, _>(2) == 1 || company.is_none();
    let (year, _, _) = year_bounds(now);
    // Yearly totals kept by triggers on `points` and `company_tiers`
    // (migrations 20261127 and 20261201000009), each with its company's
    // program: the counts and one company's rank are index ranges, the
    // top ten an index read, not a sum of every point of the year.
    let in_program =
        "FROM points_totals pt WHERE pt.program_id = $1 AND pt.year = $2 AND pt.points > 0";
    let ranked: i64 = sqlx::query(&format!("SELECT COUNT(*) {in_program}"))
        .bind(program_id)
        .bind(year)
        .fetch_one(&mut *conn)
        .await?
        .get(0);
    let top = sqlx::query(&format!(
        "SELECT pt.company_id, c.name, pt.points {} ORDER BY pt.points DESC, c.name LIMIT 10",
        in_program.replacen("WHERE", "JOIN companies c ON c.id = pt.company_id WHERE", 1)
    ))
    .bind(program_id)
    .bind(year)
    .fetch_all(&mut *conn)
    .await?;
    let own_points: Option<i64> = match company {
        Some(c) => sqlx::query(&format!(
            "SELECT pt.points {in_program} AND pt.company_id = $3"
        ))
        .bind(program_id)
        .bind(year)
        .bind(c)
        .fetch_optional(&mut *conn)
        .await?
        .map(|r| r.get(0)),
        None => None,
    };
    let own = match own_points {
        Some(points) => {
            let ahead: i64 =
                sqlx::query(&format!("SELECT COUNT(*) {in_program} AND pt.points > $3"))
                    .bind(program_id)
                    .bind(year)
                    .bind(points)
                    .fetch_one(&mut *conn)
                    .await?
                    .get(0);
            Some((ahead + 1, ranked, points))
        }
        None => None,
    };
    // Competition ranking: equal points share a rank.
    let mut rows = Vec::new();
    let mut last = (0, i64::MAX);
    for (i, r) in top.iter().enumerate() {
        let points: i64 = r.get(2);
        let rank = if points == last.1 {
            last.0
        } else {
            i as i64 + 1
        };
        last = (rank, points);
        let is_own = company == Some(r.get::<i64, _>(0));
        rows.push(BoardRow {
            rank,
            company: (public || is_own).then(|| r.get(1)),
            points: if public || is_own { points } else { 0 },
            own: is_own,
        });
    }
    if let (Some((rank, _, points)), false) = (own, rows.iter().any(|r| r.own)) {
        let name: String = sqlx::query("SELECT name FROM companies WHERE id = $1")
            .bind(company)
            .fetch_one(&mut *conn)
            .await?
            .get(0);
        rows.push(BoardRow {
            rank,
            company: Some(name),
            points,
            own: true,
        });
    }
    if !public {
        rows.retain(|r| r.own);
    }
    Ok(Some(Leaderboard {
        year,
        public,
        rows,
        own,
    }))
}

// ---------------------------------------------------------------------------
// Payouts (vendor admins)

const RUN_COLS: &str = "r.id, r.status, r.note, u.name, r.created_at, r.paid_at, r.reference";

async fn run_rows(conn: &mut AnyConnection, filter: &str) -> Result<Vec<PayoutRow>, sqlx::Error> {
    let rows = sqlx::query(&format!(
        "SELECT {RUN_COLS} FROM payouts r JOIN users u ON u.id = r.created_by WHERE {filter} \
         ORDER BY r.created_at DESC, r.id DESC LIMIT 20"
    ))
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for r in rows {
        let id: i64 = r.get(0);
        let sums = sqlx::query(
            "SELECT currency, COUNT(*), CAST(SUM(amount_cents) AS BIGINT) FROM incentive_entries \
             WHERE payout_id = $1 AND status <> 'clawed_back' GROUP BY currency ORDER BY currency",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        out.push(PayoutRow {
            id,
            status: r.get(1),
            note: r.get(2),
            created_by: r.get(3),
            created_at: r.get(4),
            paid_at: r.get(5),
            reference: r.get(6),
            entries: sums.iter().map(|s| s.get::<i64, _>(1)).sum(),
            totals: sums.iter().map(|s| (s.get(0), sum_to_i64(s, 2))).collect(),
        });
    }
    Ok(out)
}

pub async fn console(
    db: &Db,
    viewer: &Viewer,
    status: Option<&str>,
    company: Option<i64>,
    run: Option<i64>,
    page: i64,
) -> Result<PayoutConsole, AppError> {
    let scope = scope::companies(viewer, "i.company_id");
    let mut conn = db.pool.acquire().await.or_internal()?;
    let earned = totals(&mut conn, &format!("{scope} AND i.status = 'earned'"))
        .await
        .or_internal()?;
    let (status_filter, extra) = status_filter(status);
    let company_filter = company
        .map(|c| format!(" AND i.company_id = {c}"))
        .unwrap_or_default();
    let entries = rows(&mut conn, &format!("{scope}{extra}{company_filter}"), page)
        .await
        .or_internal()?;
    let runs = run_rows(&mut conn, "1 = 1").await.or_internal()?;
    let run = match run {
        Some(id) => {
            let found = run_rows(&mut conn, &format!("r.id = {id}"))
                .await
                .or_internal()?
                .into_iter()
                .next();
            match found {
                Some(r) => {
                    let found = sqlx::query(&format!(
                        "SELECT {ROW_COLS} FROM {ROW_JOIN} WHERE i.payout_id = $1 ORDER BY c.name, i.id LIMIT 1000"
                    ))
                    .bind(id)
                    .fetch_all(&mut *conn)
                    .await
                    .or_internal()?;
                    let items = named(&mut conn, &found).await.or_internal()?;
                    Some((r, items))
                }
                None => None,
            }
        }
        None => None,
    };
    let companies = sqlx::query(
        "SELECT DISTINCT c.id, c.name, c.name_key FROM incentive_entries i JOIN companies c ON c.id = i.company_id \
         ORDER BY c.name_key LIMIT 500",
    )
    .fetch_all(&mut *conn)
    .await
    .or_internal()?
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect();
    Ok(PayoutConsole {
        earned,
        entries,
        runs,
        run,
        companies,
        status_filter,
    })
}

/// Creates a payout run from the earned entries (of one company or all)
/// earned up to a date: they become approved. Returns the run's id.
pub async fn create_run(
    db: &Db,
    viewer: &Viewer,
    company: Option<i64>,
    earned_until: &str,
    note: &str,
    entry: Entry,
) -> Result<i64, AppError> {
    let mut c = Checker::new();
    c.keep("earned_until", earned_until).keep("note", note);
    let until = match earned_until.trim() {
        "" => Some(now_ms()),
        s => parse_date(s).map(|d| d + DAY_MS),
    };
    if until.is_none() {
        c.fail("earned_until", msg!("tier-error-until"));
    }
    if note.chars().count() > 200 {
        c.fail("note", msg!("tier-error-up-to", max = 200));
    }
    let (Some(until), false) = (until, c.has_errors()) else {
        return Err(c.into_error());
    };
    let filter = match company {
        Some(id) => format!("company_id = {id} AND "),
        None => String::new(),
    };
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let n: i64 = sqlx::query(&format!(
        "SELECT COUNT(*) FROM incentive_entries WHERE {filter}status = 'earned' AND earned_at < $1"
    ))
    .bind(until)
    .fetch_one(&mut **tx)
    .await
    .or_internal()?
    .get(0);
    if n == 0 {
        return Err(AppError::Conflict(msg!("tier-error-nothing-earned")));
    }
    let id: i64 = sqlx::query(
        "INSERT INTO payouts (status, note, created_by, created_at) VALUES ('approved', $1, $2, $3) RETURNING id",
    )
    .bind(note.trim())
    .bind(viewer.user_id)
    .bind(now)
    .fetch_one(&mut **tx)
    .await
    .or_internal()?
    .get(0);
    let moved = sqlx::query(&format!(
        "UPDATE incentive_entries SET status = 'approved', payout_id = $1, approved_at = $2, version = version + 1 \
         WHERE {filter}status = 'earned' AND earned_at < $3"
    ))
    .bind(id)
    .bind(now)
    .bind(until)
    .execute(&mut **tx)
    .await
    .or_internal()?
    .rows_affected();
    audit::commit(
        tx,
        db,
        &entry
            .object("payout", id)
            .detail(format!("{{\"entries\":{moved}}}")),
    )
    .await?;
    Ok(id)
}

/// Marks a run paid with the payment reference: its entries become paid.
pub async fn mark_paid(
    db: &Db,
    viewer: &Viewer,
    run_id: i64,
    reference: &str,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let reference = reference.trim();
    if reference.chars().count() < 2 || reference.chars().count() > 100 {
        let mut c = Checker::new();
        c.keep("reference", reference);
        c.fail("reference", msg!("tier-error-reference"));
        return Err(c.into_error());
    }
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let n = sqlx::query(
        "UPDATE payouts SET status = 'paid', paid_by = $1, paid_at = $2, reference = $3, version = version + 1 \
         WHERE id = $4 AND status = 'approved'",
    )
    .bind(viewer.user_id)
    .bind(now)
    .bind(reference)
    .bind(run_id)
    .execute(&mut **tx)
    .await
    .or_internal()?
    .rows_affected();
    if n != 1 {
        let exists = sqlx::query("SELECT 1 FROM payouts WHERE id = $1")
            .bind(run_id)
            .fetch_optional(&mut **tx)
            .await
            .or_internal()?
            .is_some();
        return Err(if exists {
            AppError::Conflict(msg!("tier-error-run-paid"))
        } else {
            AppError::NotFound
        });
    }
    sqlx::query(
        "UPDATE incentive_entries SET status = 'paid', paid_at = $1, version = version + 1 \
         WHERE payout_id = $2 AND status = 'approved'",
    )
    .bind(now)
    .bind(run_id)
    .execute(&mut **tx)
    .await
    .or_internal()?;
    // Each company's partner admins hear what was paid.
    let paid = sqlx::query(
        "SELECT company_id, currency, CAST(SUM(amount_cents) AS BIGINT) FROM incentive_entries \
         WHERE payout_id = $1 AND status = 'paid' GROUP BY company_id, currency ORDER BY company_id LIMIT 10000",
    )
    .bind(run_id)
    .fetch_all(&mut **tx)
    .await
    .or_internal()?;
    for r in &paid {
        let company: i64 = r.get(0);
        let currency: String = r.get(1);
        let admins = super::store::partner_admins(&mut tx, company)
            .await
            .or_internal()?;
        crate::server::notify::notify_many(
            &mut tx,
            public_url,
            &admins,
            "incentive_paid",
            &msg!(
                "tier-paid-title",
                amount = Arg::money(sum_to_i64(r, 2), &currency)
            ),
            &msg!("tier-paid-body", reference = reference),
            "/earnings?status=paid",
        )
        .await
        .or_internal()?;
    }
    audit::commit(tx, db, &entry.object("payout", run_id)).await?;
    Ok(())
}

/// Takes an approved entry out of its unpaid run (back to earned).
pub async fn release(db: &Db, entry_id: i64, entry: Entry) -> Result<i64, AppError> {
    let mut tx = db.write().await.or_internal()?;
    let run: Option<i64> = sqlx::query(
        "SELECT i.payout_id FROM incentive_entries i JOIN payouts r ON r.id = i.payout_id \
         WHERE i.id = $1 AND i.status = 'approved' AND r.status = 'approved'",
    )
    .bind(entry_id)
    .fetch_optional(&mut **tx)
    .await
    .or_internal()?
    .map(|r| r.get(0));
    let Some(run) = run else {
        return Err(AppError::Conflict(msg!("tier-error-release")));
    };
    sqlx::query(
        "UPDATE incentive_entries SET status = 'earned', payout_id = NULL, approved_at = NULL, version = version + 1 \
         WHERE id = $1",
    )
    .bind(entry_id)
    .execute(&mut **tx)
    .await
    .or_internal()?;
    audit::commit(
        tx,
        db,
        &entry
            .object("incentive", entry_id)
            .detail(format!("{{\"released_from\":{run}}}")),
    )
    .await?;
    Ok(run)
}

/// Claws an entry back with a reason (e.g. the customer was refunded).
pub async fn claw_back(
    db: &Db,
    viewer: &Viewer,
    entry_id: i64,
    reason: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let reason = reason.trim();
    if reason.chars().count() < 3 || reason.chars().count() > 500 {
        let mut c = Checker::new();
        c.keep("reason", reason);
        c.fail("reason", msg!("tier-error-claw-reason"));
        return Err(c.into_error());
    }
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let n = sqlx::query(
        "UPDATE incentive_entries SET status = 'clawed_back', clawback_reason = $1, clawed_back_at = $2, \
         clawed_back_by = $3, version = version + 1 WHERE id = $4 AND status IN ('earned','approved','paid')",
    )
    .bind(reason)
    .bind(now)
    .bind(viewer.user_id)
    .bind(entry_id)
    .execute(&mut **tx)
    .await
    .or_internal()?
    .rows_affected();
    if n != 1 {
        let exists = sqlx::query("SELECT 1 FROM incentive_entries WHERE id = $1")
            .bind(entry_id)
            .fetch_optional(&mut **tx)
            .await
            .or_internal()?
            .is_some();
        return Err(if exists {
            AppError::Conflict(msg!("tier-error-clawed"))
        } else {
            AppError::NotFound
        });
    }
    audit::commit(tx, db, &entry.object("incentive", entry_id)).await?;
    Ok(())
}

/// An amount for a machine: "1234.5" is "1234.50", whatever the reader's
/// language.
fn plain_amount(cents: i64) -> String {
    if cents % 100 == 0 {
        (cents / 100).to_string()
    } else {
        let sign = if cents < 0 { "-" } else { "" };
        format!("{sign}{}.{:02}", (cents / 100).abs(), (cents % 100).abs())
    }
}

/// A payout run as CSV for finance: one line per entry. The column
/// headers are in the exporter's language; the values stay as machines
/// read them (codes, plain numbers, ISO dates).
pub async fn run_csv(db: &Db, run_id: i64, l: &L10n) -> Result<String, AppError> {
    let rows = sqlx::query(&format!(
        "SELECT {ROW_COLS}, r.reference FROM {ROW_JOIN} JOIN payouts r ON r.id = i.payout_id \
         WHERE i.payout_id = $1 ORDER BY c.name, i.id"
    ))
    .bind(run_id)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    let mut conn = db.pool.acquire().await.or_internal()?;
    let entries = named(&mut conn, &rows).await.or_internal()?;
    let exists = sqlx::query("SELECT 1 FROM payouts WHERE id = $1")
        .bind(run_id)
        .fetch_optional(&db.pool)
        .await
        .or_internal()?
        .is_some();
    if !exists {
        return Err(AppError::NotFound);
    }
    let mut out = crate::server::csv::line(
        &[
            k!("tier-csv-payout"),
            k!("tier-csv-entry"),
            k!("tier-csv-company-id"),
            k!("tier-csv-company"),
            k!("tier-csv-deal-id"),
            k!("tier-csv-customer"),
            k!("tier-csv-kind"),
            k!("tier-csv-status"),
            k!("tier-csv-currency"),
            k!("tier-csv-deal-value"),
            k!("tier-csv-rate-percent"),
            k!("tier-csv-amount"),
            k!("tier-csv-earned-on"),
            k!("tier-csv-reference"),
        ]
        .map(|key| l.t(key)),
    );
    for (r, x) in rows.iter().zip(&entries) {
        let reference: String = r.get(15);
        out.push_str(&crate::server::csv::line(&[
            run_id.to_string(),
            x.id.to_string(),
            x.company_id.to_string(),
            x.company_name.clone(),
            x.deal_id.to_string(),
            x.customer.clone(),
            x.kind.as_str().to_string(),
            x.status.as_str().to_string(),
            x.currency.clone(),
            plain_amount(x.base_cents),
            format!("{:.2}", x.rate_bp as f64 / 100.0),
            plain_amount(x.amount_cents),
            crate::shared::time::date_input_value(x.earned_at),
            reference,
        ]));
    }
    Ok(out)
}
