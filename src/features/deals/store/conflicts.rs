//! The conflict check: active registrations of the same customer (same domain
//! or a similar name) with overlapping products, read from two indexes so the
//! cost does not grow with the table.

use super::*;

/// An active registration that looks like the same customer.
pub(super) struct Candidate {
    pub(super) id: i64,
    pub(super) company_id: i64,
    pub(super) reason: MatchReason,
}

/// Active registrations (submitted, or approved and still exclusive) of
/// the same customer with overlapping products. Candidates come from two
/// indexes (domain, name token), so the cost does not grow with the table.
/// The most active registrations one conflict check compares by name. The
/// busiest first word of the 1 M-deal benchmark ("global") has about 4,000;
/// the covering index `deals_conflict_candidates` reads them without
/// table lookups, and comparing 5,000 names takes about 2 ms.
pub(super) const CONFLICT_CANDIDATES: usize = 5_000;

/// The query for the active registrations a key and products conflict
/// with, one indexed SELECT per key joined by UNION (with an OR between
/// them SQLite's planner fell back to scanning every active deal), the
/// product overlap as an `EXISTS` on `deal_products`' key. `None`: the key
/// has nothing to match on. Rows: id, company, domain, name key.
pub(super) fn conflicts_sql(
    p: &mut Params,
    key: &CustomerKey,
    product_ids: &[i64],
    exclude_deal: Option<i64>,
) -> Option<String> {
    let tokens = key.tokens();
    if key.domain.is_empty() && tokens.is_empty() {
        return None;
    }
    let now = p.int(now_ms());
    let exclude = p.int(exclude_deal.unwrap_or(0));
    // No products chosen yet (while typing): the customer alone decides.
    let overlap = if product_ids.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = product_ids.iter().map(|id| p.int(*id)).collect();
        format!(
            " AND EXISTS (SELECT 1 FROM deal_products dp WHERE dp.deal_id = d.id AND dp.product_id IN ({}))",
            list.join(", ")
        )
    };
    let active = format!(
        "d.status IN ('submitted','approved') AND (d.exclusive_until IS NULL OR d.exclusive_until > {now}) \
         AND d.id <> {exclude}{overlap}"
    );
    let mut parts = Vec::new();
    if !key.domain.is_empty() {
        let d = p.text(key.domain.clone());
        parts.push(format!(
            "SELECT d.id, d.company_id, d.customer_domain, d.customer_key FROM deals d \
             WHERE d.customer_domain = {d} AND {active}"
        ));
    }
    if !tokens.is_empty() {
        let list: Vec<String> = tokens.iter().map(|t| p.text(t.clone())).collect();
        parts.push(format!(
            "SELECT d.id, d.company_id, d.customer_domain, d.customer_key FROM deals d \
             WHERE d.customer_token IN ({}) AND {active}",
            list.join(", ")
        ));
    }
    Some(format!(
        "{} ORDER BY 1 LIMIT {CONFLICT_CANDIDATES}",
        parts.join(" UNION ")
    ))
}

/// The candidates of [`conflicts_sql`]'s rows that really match the key
/// (a shared name token is only a candidate).
pub(super) fn conflicts_from(key: &CustomerKey, rows: &[AnyRow]) -> Vec<Candidate> {
    rows.iter()
        .filter_map(|r| {
            let domain: String = r.get(2);
            let name_key: String = r.get(3);
            key.matches(&domain, &name_key).map(|reason| Candidate {
                id: r.get(0),
                company_id: r.get(1),
                reason,
            })
        })
        .collect()
}

pub(super) async fn find_conflicts(
    conn: &mut AnyConnection,
    key: &CustomerKey,
    product_ids: &[i64],
    exclude_deal: Option<i64>,
) -> Result<Vec<Candidate>, sqlx::Error> {
    let mut p = Params::default();
    let Some(sql) = conflicts_sql(&mut p, key, product_ids, exclude_deal) else {
        return Ok(Vec::new());
    };
    let rows = p.bind(sqlx::query(&sql)).fetch_all(&mut *conn).await?;
    Ok(conflicts_from(key, &rows))
}

/// Active registrations (submitted, or approved and still exclusive) of
/// the customer `name` / `domain`, whatever their products: (deal id,
/// company id). Leads ask before offering a customer to a partner, inside
/// their own transaction.
pub async fn active_for_customer(
    conn: &mut AnyConnection,
    name: &str,
    domain: &str,
) -> Result<Vec<(i64, i64)>, sqlx::Error> {
    let key = CustomerKey::new(name, domain);
    Ok(find_conflicts(conn, &key, &[], None)
        .await?
        .into_iter()
        .map(|c| (c.id, c.company_id))
        .collect())
}

/// What a registration reads inside the write lock: the conflicts, the
/// new deal's id and the audit chain's end. On SQLite one round trip (with
/// the member's savepoint); on PostgreSQL, where the customer's advisory
/// locks come first, one statement after another.
pub(super) async fn read_in_lock(
    tx: &mut WriteTx,
    db: &Db,
    key: &CustomerKey,
    product_ids: &[i64],
) -> Result<(Vec<Candidate>, i64, audit::Link), sqlx::Error> {
    match db.dialect {
        Dialect::Postgres => {
            lock_customer(tx, db, key).await?;
            let conflicts = find_conflicts(tx, key, product_ids, None).await?;
            let id = dialect::next_id(tx, db.dialect, "deals").await?;
            let link = audit::link(tx, db.dialect).await?;
            Ok((conflicts, id, link))
        }
        Dialect::Sqlite => {
            let mut p = Params::default();
            let conflicts = conflicts_sql(&mut p, key, product_ids, None)
                .map(|sql| format!("; {sql}"))
                .unwrap_or_default();
            let sql = format!(
                "{}SELECT {}, {}{conflicts}",
                tx.opening(),
                dialect::sqlite_next_id("deals"),
                audit::SQLITE_LAST_HASH
            );
            let conn: &mut AnyConnection = tx;
            let rows = p.bind(sqlx::query(&sql)).fetch_all(&mut *conn).await?;
            // The first statement's one row, then the candidates.
            let (head, candidates) = rows.split_first().ok_or(sqlx::Error::RowNotFound)?;
            let link = audit::Link::new(0, head.get(1));
            Ok((conflicts_from(key, candidates), head.get(0), link))
        }
    }
}

/// The conflict preview shown while a partner types. Other companies'
/// registrations appear only as a reason.
pub async fn check(
    db: &Db,
    company_id: i64,
    name: &str,
    domain: &str,
    product_ids: &[i64],
) -> Result<Vec<ConflictHint>, AppError> {
    let key = CustomerKey::new(name, domain);
    if key.name_key.chars().count() < 3 && key.domain.is_empty() {
        return Ok(Vec::new());
    }
    let mut conn = db.pool.acquire().await.or_internal()?;
    let found = find_conflicts(&mut conn, &key, product_ids, None)
        .await
        .or_internal()?;
    let mut hints: Vec<ConflictHint> = Vec::new();
    for c in found {
        let hint = ConflictHint {
            reason: c.reason,
            own_deal_id: (c.company_id == company_id).then_some(c.id),
        };
        // Other companies collapse to one hint per reason: how many there
        // are is theirs to know, not the partner's.
        if hint.own_deal_id.is_some() || !hints.contains(&hint) {
            hints.push(hint);
        }
    }
    Ok(hints)
}

// ---------------------------------------------------------------------------
// Registration
