//! Allocating funds to a company, one at a time by a vendor admin, with the
//! partner admins told.

use super::*;

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
        rules::period_from_key(period).ok_or_else(|| msg!("mdf-period-shape")),
    );
    let raw = amount.trim();
    let negative = raw.starts_with('-');
    let cents = c.check("amount", parse_money(raw.trim_start_matches('-')));
    let currency = currency.trim().to_uppercase();
    if !crate::shared::money::CURRENCIES.contains(&currency.as_str()) {
        c.fail("currency", msg!("mdf-currency-choose"));
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
        scope::companies(viewer, "id")
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
            &msg!(
                "mdf-allocated-title",
                amount = Arg::money(cents, &currency),
                period = &p.key
            ),
            &msg!(
                "mdf-allocated-body",
                available = Arg::money(after.available, &currency)
            ),
        )
        .await
        .or_internal()?;
    }
    audit::commit(tx, db, &entry.object("mdf_fund", fund.id).detail(format!("{{\"company_id\":{company_id},\"period\":\"{}\",\"amount_cents\":{cents},\"currency\":\"{currency}\"}}",
            p.key
        ))).await?;
    Ok(after)
}

pub(super) async fn notify_partner_admins(
    conn: &mut AnyConnection,
    public_url: &str,
    company_id: i64,
    kind: &str,
    title: &Msg,
    body: &Msg,
) -> Result<(), sqlx::Error> {
    let people: Vec<Recipient> = sqlx::query(&format!("SELECT {RECIPIENT_COLUMNS} FROM users u WHERE u.company_id = $1 AND u.role = 'partner_admin' \
         AND u.status = 'active' ORDER BY u.id LIMIT 20"
    ))
    .bind(company_id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| Recipient::from_row(r, 0))
    .collect();
    notify_many(conn, public_url, &people, kind, title, body, "/mdf").await
}

/// Companies an admin can allocate to (for the allocation form), by name.
pub async fn company_options(db: &Db, viewer: &Viewer) -> Result<Vec<CompanyOption>, AppError> {
    let rows = sqlx::query(&format!("SELECT id, name FROM companies WHERE status = 'active' AND {} ORDER BY name, id LIMIT 1000",
        scope::companies(viewer, "id")
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
