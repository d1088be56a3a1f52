//! Handing a lead out: the conflict hold (another partner's active
//! registration of the customer keeps the lead in the staff queue), the
//! ordered rules, each rule's round-robin position read under a row lock
//! (so two app servers never hand out the same turn), the offer with its
//! acceptance clock, and the people told. Runs inside the caller's write
//! transaction.

use super::*;

/// What distribution reads of a lead.
struct Facts {
    status: LeadStatus,
    company_id: Option<i64>,
    customer_name: String,
    customer_domain: String,
    region: String,
    country: String,
    product_id: Option<i64>,
}

async fn facts(conn: &mut AnyConnection, id: i64) -> Result<Facts, AppError> {
    let r = sqlx::query(
        "SELECT status, company_id, customer_name, customer_domain, region, country, product_id \
         FROM leads WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await
    .or_internal()?
    .ok_or(AppError::NotFound)?;
    Ok(Facts {
        status: LeadStatus::parse(&r.get::<String, _>(0)).unwrap_or(LeadStatus::Queued),
        company_id: r.get(1),
        customer_name: r.get(2),
        customer_domain: r.get(3),
        region: r.get(4),
        country: r.get(5),
        product_id: r.get(6),
    })
}

/// Hands lead `id` to the next company its rules pick, skipping companies
/// that passed on it; holds it in the staff queue when another partner has
/// an active registration of the customer; leaves it in the queue when no
/// rule finds a company. Returns the lead's new status.
pub(super) async fn distribute(
    tx: &mut WriteTx,
    db: &Db,
    id: i64,
    actor: Option<i64>,
    public_url: &str,
) -> Result<LeadStatus, AppError> {
    let conn: &mut AnyConnection = tx;
    let f = facts(conn, id).await?;
    let held = deals::active_for_customer(conn, &f.customer_name, &f.customer_domain)
        .await
        .or_internal()?;
    if let Some(&(deal_id, company_id)) = held.first() {
        hold(conn, id, actor, deal_id, company_id).await?;
        return Ok(LeadStatus::Queued);
    }
    let passed = passed(conn, id).await.or_internal()?;
    let lead = rules::LeadFacts {
        region: f.region.clone(),
        country: f.country.clone(),
        product_id: f.product_id,
    };
    for rule in active_rules(conn).await.or_internal()? {
        if !rule.matches(&lead) {
            continue;
        }
        // The rule's row stays locked until the transaction ends: another
        // server handing out a lead by the same rule waits for this turn.
        let cursor: i64 = sqlx::query(&format!(
            "SELECT rr_cursor FROM lead_rules WHERE id = $1{}",
            dialect::lock_rows(db.dialect)
        ))
        .bind(rule.id)
        .fetch_one(&mut *conn)
        .await
        .or_internal()?
        .get(0);
        let eligible: Vec<rules::Candidate> = candidates(conn, &rule, &lead)
            .await
            .or_internal()?
            .into_iter()
            .filter(|c| rule.eligible(&lead, c, &passed))
            .collect();
        let Some((company_id, next)) = rules::pick(rule.strategy, cursor, &eligible) else {
            continue;
        };
        sqlx::query("UPDATE lead_rules SET rr_cursor = $1 WHERE id = $2")
            .bind(next)
            .bind(rule.id)
            .execute(&mut *conn)
            .await
            .or_internal()?;
        let how = Offer {
            company_id,
            rule: Some((rule.id, rule.name.clone())),
            accept_hours: rule.accept_hours,
        };
        offer(conn, id, actor, &how, public_url).await?;
        return Ok(LeadStatus::Offered);
    }
    if f.status != LeadStatus::Queued || f.company_id.is_some() {
        to_queue(conn, id, actor, &msg!("lead-event-unmatched")).await?;
    } else {
        add_event(
            conn,
            id,
            actor,
            "unmatched",
            None,
            None,
            "",
            &msg!("lead-event-unmatched"),
        )
        .await
        .or_internal()?;
    }
    Ok(LeadStatus::Queued)
}

/// Keeps the lead in the staff queue for another partner's registration.
async fn hold(
    conn: &mut AnyConnection,
    id: i64,
    actor: Option<i64>,
    deal_id: i64,
    company_id: i64,
) -> Result<(), AppError> {
    let now = now_ms();
    sqlx::query(
        "UPDATE leads SET status = 'queued', company_id = NULL, assignee_user_id = NULL, offered_at = NULL, \
         offer_due_at = NULL, conflict_deal_id = $1, conflict_company_id = $2, version = version + 1, \
         updated_at = $3 WHERE id = $4",
    )
    .bind(deal_id)
    .bind(company_id)
    .bind(now)
    .bind(id)
    .execute(&mut *conn)
    .await
    .or_internal()?;
    let name = company_name(conn, company_id).await?;
    add_event(
        conn,
        id,
        actor,
        "held",
        Some(LeadStatus::Queued),
        Some(company_id),
        "",
        &msg!("lead-event-held", company = name, deal = deal_id),
    )
    .await
    .or_internal()
}

/// Puts the lead back in the staff queue (no company holds it).
pub(super) async fn to_queue(
    conn: &mut AnyConnection,
    id: i64,
    actor: Option<i64>,
    says: &Msg,
) -> Result<(), AppError> {
    sqlx::query(
        "UPDATE leads SET status = 'queued', company_id = NULL, assignee_user_id = NULL, offered_at = NULL, \
         offer_due_at = NULL, version = version + 1, updated_at = $1 WHERE id = $2",
    )
    .bind(now_ms())
    .bind(id)
    .execute(&mut *conn)
    .await
    .or_internal()?;
    add_event(
        conn,
        id,
        actor,
        "queued",
        Some(LeadStatus::Queued),
        None,
        "",
        says,
    )
    .await
    .or_internal()
}

/// Whom a lead is offered to, and by which rule (None: staff chose).
pub(super) struct Offer {
    pub company_id: i64,
    pub rule: Option<(i64, String)>,
    pub accept_hours: i64,
}

/// Offers the lead to a company: its acceptance clock starts, its people
/// are told (region, product and deadline only; never the customer).
pub(super) async fn offer(
    conn: &mut AnyConnection,
    id: i64,
    actor: Option<i64>,
    how: &Offer,
    public_url: &str,
) -> Result<(), AppError> {
    let now = now_ms();
    let due = now + rules::accept_window_ms(how.accept_hours);
    sqlx::query(
        "UPDATE leads SET status = 'offered', company_id = $1, rule_id = $2, assignee_user_id = NULL, \
         offered_at = $3, offer_due_at = $4, reminded_at = NULL, accepted_at = NULL, conflict_deal_id = NULL, \
         conflict_company_id = NULL, version = version + 1, updated_at = $3 WHERE id = $5",
    )
    .bind(how.company_id)
    .bind(how.rule.as_ref().map(|r| r.0))
    .bind(now)
    .bind(due)
    .bind(id)
    .execute(&mut *conn)
    .await
    .or_internal()?;
    let company = company_name(conn, how.company_id).await?;
    let says = match &how.rule {
        Some((_, rule)) => msg!("lead-event-offered-rule", company = company, rule = rule),
        None => msg!("lead-event-offered", company = company),
    };
    add_event(
        conn,
        id,
        actor,
        "offered",
        Some(LeadStatus::Offered),
        Some(how.company_id),
        "",
        &says,
    )
    .await
    .or_internal()?;
    let (region, product) = offer_words(conn, id).await?;
    let people = partner_admins(conn, how.company_id).await.or_internal()?;
    let title = msg!(
        "lead-notify-offered-title",
        region = region,
        product = product.clone()
    );
    let body = msg!("lead-notify-offered-body", due = MsgArg::DateTime(due));
    tell(conn, public_url, &people, "lead_offered", &title, &body, id).await
}

/// What an offer may say of a lead: its region's key and its product.
pub(super) async fn offer_words(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<(MsgArg, String), AppError> {
    let r = sqlx::query(
        "SELECT l.region, p.name FROM leads l LEFT JOIN products p ON p.id = l.product_id WHERE l.id = $1",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await
    .or_internal()?;
    let region: String = r.get(0);
    let product: Option<String> = r.get(1);
    Ok((region_arg(&region), product.unwrap_or_else(|| "-".into())))
}

/// A region as a message value (its key, so each reader reads it in
/// their language).
pub(super) fn region_arg(region: &str) -> MsgArg {
    match validate::region_key(region) {
        Some(key) => MsgArg::Key(key.into()),
        None => MsgArg::Text(region.to_string()),
    }
}

/// Tells `people` about lead `id` in the app and by e-mail.
pub(super) async fn tell(
    conn: &mut AnyConnection,
    public_url: &str,
    people: &[Recipient],
    kind: &str,
    title: &Msg,
    body: &Msg,
    id: i64,
) -> Result<(), AppError> {
    let notes: Vec<Note> = people
        .iter()
        .map(|to| Note {
            to,
            kind,
            title: title.clone(),
            body: body.clone(),
        })
        .collect();
    notify_all(conn, public_url, &notes, &format!("/leads/{id}"))
        .await
        .or_internal()
}

/// The active partner admins of a company (its members when it has none).
pub(super) async fn partner_admins(
    conn: &mut AnyConnection,
    company_id: i64,
) -> Result<Vec<Recipient>, sqlx::Error> {
    for roles in ["'partner_admin'", "'partner_admin', 'partner_user'"] {
        let rows = sqlx::query(&format!(
            "SELECT {RECIPIENT_COLUMNS} FROM users u WHERE u.company_id = $1 AND u.status = 'active' \
             AND u.role IN ({roles}) ORDER BY u.id LIMIT 50"
        ))
        .bind(company_id)
        .fetch_all(&mut *conn)
        .await?;
        if !rows.is_empty() {
            return Ok(rows.iter().map(|r| Recipient::from_row(r, 0)).collect());
        }
    }
    Ok(Vec::new())
}

pub(super) async fn company_name(conn: &mut AnyConnection, id: i64) -> Result<String, AppError> {
    Ok(sqlx::query("SELECT name FROM companies WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await
        .or_internal()?
        .map(|r| r.get(0))
        .unwrap_or_default())
}

/// Companies that turned the lead down or let the offer run out.
async fn passed(conn: &mut AnyConnection, id: i64) -> Result<Vec<i64>, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT DISTINCT company_id FROM lead_events WHERE lead_id = $1 \
         AND kind IN ('rejected', 'timed_out', 'returned') AND company_id IS NOT NULL",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| r.get(0))
    .collect())
}

/// The active rules in the admin's order, with their names.
async fn active_rules(conn: &mut AnyConnection) -> Result<Vec<NamedRule>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, name, region, country, product_id, tier_id, company_type, strategy, company_id, accept_hours \
         FROM lead_rules WHERE active = 1 ORDER BY position, id LIMIT 500",
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .iter()
        .map(|r| NamedRule {
            name: r.get(1),
            rule: rules::Rule {
                id: r.get(0),
                region: r.get(2),
                country: r.get(3),
                product_id: r.get(4),
                tier_id: r.get(5),
                company_type: r.get(6),
                strategy: Strategy::parse(&r.get::<String, _>(7)).unwrap_or(Strategy::RoundRobin),
                company_id: r.get(8),
                accept_hours: r.get(9),
            },
        })
        .collect())
}

struct NamedRule {
    name: String,
    rule: rules::Rule,
}

impl std::ops::Deref for NamedRule {
    type Target = rules::Rule;
    fn deref(&self) -> &rules::Rule {
        &self.rule
    }
}

/// The most companies one rule compares (a region of the largest program
/// has a few thousand).
const CANDIDATES: i64 = 5_000;

/// Active companies with an active person that could take the lead under
/// `rule` (the rule's company, or the lead's region narrowed by the rule's
/// tier and type), with their open leads and limit.
async fn candidates(
    conn: &mut AnyConnection,
    rule: &rules::Rule,
    lead: &rules::LeadFacts,
) -> Result<Vec<rules::Candidate>, sqlx::Error> {
    let mut p = Params::default();
    let mut wheres = vec![
        "c.status = 'active'".to_string(),
        "EXISTS (SELECT 1 FROM users u WHERE u.company_id = c.id AND u.status = 'active')".into(),
    ];
    match (rule.strategy, rule.company_id) {
        (Strategy::Named, Some(id)) => wheres.push(format!("c.id = {}", p.int(id))),
        _ => {
            wheres.push(format!("c.region = {}", p.text(lead.region.clone())));
            if let Some(t) = rule.tier_id {
                wheres.push(format!("tier_t.id = {}", p.int(t)));
            }
            if let Some(t) = &rule.company_type {
                wheres.push(format!("c.company_type = {}", p.text(t.clone())));
            }
        }
    }
    let default = p.int(rules::DEFAULT_CAPACITY);
    let rows = p
        .bind(sqlx::query(&format!(
            "SELECT c.id, c.region, c.company_type, tier_t.id, tier_t.rank, \
             (SELECT COUNT(*) FROM leads ol WHERE ol.company_id = c.id \
              AND ol.status IN ('offered','accepted','contacted','qualified')), \
             COALESCE(lc.max_open, {default}) \
             FROM companies c {} LEFT JOIN lead_capacity lc ON lc.company_id = c.id \
             WHERE {} ORDER BY c.id LIMIT {CANDIDATES}",
            tiers::tier_join("c.id"),
            wheres.join(" AND ")
        )))
        .fetch_all(&mut *conn)
        .await?;
    Ok(rows
        .iter()
        .map(|r| rules::Candidate {
            company_id: r.get(0),
            region: r.get(1),
            company_type: r.get(2),
            tier_id: r.get(3),
            tier_rank: r.get(4),
            open_leads: r.get(5),
            capacity: r.get(6),
        })
        .collect())
}
