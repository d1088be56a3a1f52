//! Reading leads: the scoped list, one lead with its history and the
//! viewer's actions, and the partner's waiting offers for the first screen.
//! A partner never reads an offered lead's customer, contact, value or
//! notes: the columns are left out here, not hidden by the page.

use super::*;

fn row_status(r: &AnyRow) -> LeadStatus {
    LeadStatus::parse(&r.get::<String, _>("status")).unwrap_or(LeadStatus::Queued)
}

fn row_source(r: &AnyRow) -> LeadSource {
    LeadSource::parse(&r.get::<String, _>("source")).unwrap_or(LeadSource::Campaign)
}

/// Whether this viewer may read the lead's customer and contact: staff
/// always, a partner once it accepted.
fn sees_customer(viewer: &Viewer, status: LeadStatus) -> bool {
    viewer.role.is_vendor_staff() || status.shows_contact()
}

fn list_filter(viewer: &Viewer, q: &LeadQuery) -> Result<(Params, String), AppError> {
    let mut p = Params::default();
    let mut wheres = vec![scope_sql(viewer)];
    let open = "l.status IN ('queued','returned','offered','accepted','contacted','qualified')";
    match q.status.as_deref() {
        None | Some("") | Some("open") => wheres.push(open.into()),
        Some("queue") => wheres.push("l.status IN ('queued','returned')".into()),
        Some("worked") => wheres.push("l.status IN ('accepted','contacted','qualified')".into()),
        Some("closed") => wheres.push("l.status IN ('converted','disqualified')".into()),
        Some("all") => {}
        Some(s) => match LeadStatus::parse(s) {
            Some(st) => wheres.push(format!("l.status = {}", p.text(st.as_str()))),
            None => return Err(AppError::validation(msg!("lead-error-status-filter"))),
        },
    }
    Ok((p, wheres.join(" AND ")))
}

/// One page of the viewer's leads, most recently changed first; a
/// partner's offers waiting for an answer come first.
pub async fn list(db: &Db, viewer: &Viewer, q: &LeadQuery) -> Result<Page<LeadRow>, AppError> {
    let page = q.page.unwrap_or(1).clamp(1, 10_000);
    let (mut p, where_sql) = list_filter(viewer, q)?;
    let total: i64 = p
        .bind(sqlx::query(&format!(
            "SELECT COUNT(*) FROM leads l WHERE {where_sql}"
        )))
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    let limit = p.int(PER_PAGE);
    let offset = p.int((page - 1) * PER_PAGE);
    let order = if viewer.role.is_partner() {
        "CASE WHEN l.status = 'offered' THEN 0 ELSE 1 END, l.updated_at DESC, l.id DESC"
    } else {
        "l.updated_at DESC, l.id DESC"
    };
    let rows = p
        .bind(sqlx::query(&format!(
            "SELECT l.id, l.status, l.customer_name, l.region, l.country, l.value_cents, l.source, \
             l.offer_due_at, l.conflict_deal_id, l.updated_at, p.name AS product_name, c.name AS company_name, \
             u.name AS assignee_name \
             FROM leads l LEFT JOIN products p ON p.id = l.product_id LEFT JOIN companies c ON c.id = l.company_id \
             LEFT JOIN users u ON u.id = l.assignee_user_id \
             WHERE {where_sql} ORDER BY {order} LIMIT {limit} OFFSET {offset}"
        )))
        .fetch_all(&db.pool)
        .await
        .or_internal()?;
    let staff = viewer.role.is_vendor_staff();
    let items = rows
        .iter()
        .map(|r| {
            let status = row_status(r);
            let sees = sees_customer(viewer, status);
            LeadRow {
                id: r.get("id"),
                status,
                customer_name: sees.then(|| r.get("customer_name")),
                region: r.get("region"),
                country: r.get("country"),
                product_name: r.get("product_name"),
                size: SizeBand::of(r.get("value_cents")),
                source: row_source(r),
                company_name: if staff { r.get("company_name") } else { None },
                assignee_name: r.get("assignee_name"),
                offer_due_at: (status == LeadStatus::Offered)
                    .then(|| r.get("offer_due_at"))
                    .flatten(),
                held: r.get::<Option<i64>, _>("conflict_deal_id").is_some()
                    && status == LeadStatus::Queued,
                updated_at: r.get("updated_at"),
            }
        })
        .collect();
    Ok(Page {
        items,
        page,
        per_page: PER_PAGE,
        total,
    })
}

/// One lead as the viewer may see it, with its history and actions.
pub async fn detail(db: &Db, viewer: &Viewer, id: i64) -> Result<LeadDetail, AppError> {
    let scope = scope_sql(viewer);
    let r = sqlx::query(&format!(
        "SELECT l.*, p.name AS product_name, c.name AS company_name, u.name AS assignee_name, \
         lr.name AS rule_name, hc.name AS held_company \
         FROM leads l LEFT JOIN products p ON p.id = l.product_id LEFT JOIN companies c ON c.id = l.company_id \
         LEFT JOIN users u ON u.id = l.assignee_user_id LEFT JOIN lead_rules lr ON lr.id = l.rule_id \
         LEFT JOIN companies hc ON hc.id = l.conflict_company_id \
         WHERE l.id = $1 AND {scope}"
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?
    .ok_or(AppError::NotFound)?;
    let status = row_status(&r);
    let sees = sees_customer(viewer, status);
    let staff = viewer.role.is_vendor_staff();
    let value: Option<i64> = r.get("value_cents");
    let held = match (r.get::<Option<i64>, _>("conflict_deal_id"), status) {
        (Some(deal_id), LeadStatus::Queued) => Some(HeldFor {
            deal_id,
            company_name: r
                .get::<Option<String>, _>("held_company")
                .unwrap_or_default(),
        }),
        _ => None,
    };
    let actions = actions_for(viewer, status);
    let colleagues = if actions.assign_colleague {
        colleagues(db, viewer).await?
    } else {
        Vec::new()
    };
    let companies = if actions.staff_assign {
        companies_in_scope(db, viewer).await?
    } else {
        Vec::new()
    };
    Ok(LeadDetail {
        id,
        version: r.get("version"),
        status,
        customer_name: sees.then(|| r.get("customer_name")),
        customer_domain: sees.then(|| r.get("customer_domain")),
        contact: sees.then(|| Contact {
            name: r.get("contact_name"),
            email: r.get("contact_email"),
            phone: r.get("contact_phone"),
            title: r.get("contact_title"),
        }),
        notes: sees.then(|| r.get("notes")),
        value_cents: if sees { value } else { None },
        currency: r.get("currency"),
        size: SizeBand::of(value),
        region: r.get("region"),
        country: r.get("country"),
        product_name: r.get("product_name"),
        source: row_source(&r),
        company_name: r.get("company_name"),
        assignee_name: r.get("assignee_name"),
        rule_name: if staff { r.get("rule_name") } else { None },
        offered_at: r.get("offered_at"),
        offer_due_at: r.get("offer_due_at"),
        accepted_at: r.get("accepted_at"),
        close_reason: r.get("close_reason"),
        converted_deal_id: r.get("converted_deal_id"),
        held: if staff { held } else { None },
        created_at: r.get("created_at"),
        events: events(db, viewer, id).await?,
        actions,
        colleagues,
        companies,
        now: now_ms(),
    })
}

pub(super) fn actions_for(viewer: &Viewer, status: LeadStatus) -> LeadActions {
    let partner = viewer.role.is_partner();
    let staff = viewer.role.is_vendor_staff();
    let worked = status.is_worked();
    LeadActions {
        answer: partner && status == LeadStatus::Offered,
        contacted: partner && status == LeadStatus::Accepted,
        qualified: partner && matches!(status, LeadStatus::Accepted | LeadStatus::Contacted),
        convert: partner && worked,
        disqualify: partner && worked,
        give_back: partner && worked,
        assign_colleague: viewer.role == Role::PartnerAdmin && worked,
        staff_assign: staff && !status.is_final(),
        staff_close: staff && status.in_staff_queue(),
    }
}

/// The lead's history. A partner sees the lines about its own company
/// and the lead's own lines, never who else was offered it or why they
/// passed.
async fn events(db: &Db, viewer: &Viewer, id: i64) -> Result<Vec<LeadEvent>, AppError> {
    let own = match (viewer.role.is_partner(), viewer.company_id) {
        (true, Some(c)) => format!(" AND e.company_id = {c}"),
        (true, None) => " AND 1 = 0".into(),
        _ => String::new(),
    };
    let rows = sqlx::query(&format!(
        "SELECT e.at, u.name, e.to_status, e.note, e.note_msg FROM lead_events e \
         LEFT JOIN users u ON u.id = e.actor_user_id WHERE e.lead_id = $1{own} ORDER BY e.at, e.id LIMIT 500"
    ))
    .bind(id)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    Ok(rows
        .iter()
        .map(|r| {
            let says: Option<String> = r.get(4);
            LeadEvent {
                at: r.get(0),
                actor_name: r.get(1),
                to_status: r
                    .get::<Option<String>, _>(2)
                    .and_then(|s| LeadStatus::parse(&s)),
                says: says
                    .and_then(|s| serde_json::from_str(&s).ok())
                    .unwrap_or_else(|| msg!("lead-event-changed")),
                note: r.get(3),
            }
        })
        .collect())
}

/// The partner admin's active colleagues.
async fn colleagues(db: &Db, viewer: &Viewer) -> Result<Vec<(i64, String)>, AppError> {
    let Some(c) = viewer.company_id else {
        return Ok(Vec::new());
    };
    Ok(sqlx::query(
        "SELECT id, name FROM users WHERE company_id = $1 AND status = 'active' ORDER BY name, id LIMIT 200",
    )
    .bind(c)
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect())
}

/// Active companies the staff member looks after, by name.
async fn companies_in_scope(db: &Db, viewer: &Viewer) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sqlx::query(&format!(
        "SELECT c.id, c.name FROM companies c WHERE c.status = 'active' AND {} ORDER BY c.name, c.id LIMIT 1000",
        scope::managed(viewer, "c.id")
    ))
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect())
}

/// The staff member's leads by stage: the queue (no company holds those,
/// so every staff member sees them), offers out, leads being worked, and
/// conversions since `year_start`. Counted per status from the status
/// index (open leads, and conversions by their last change, which is the
/// conversion: a converted lead never changes again), never by reading
/// every closed lead.
pub async fn staff_counts(
    db: &Db,
    viewer: &Viewer,
    year_start: i64,
) -> Result<LeadCounts, AppError> {
    let rows = sqlx::query(&format!(
        "SELECT l.status, COUNT(*) FROM leads l WHERE ({}) AND \
         (l.status IN ('queued','returned','offered','accepted','contacted','qualified') \
          OR (l.status = 'converted' AND l.updated_at >= $1)) GROUP BY l.status",
        scope_sql(viewer)
    ))
    .bind(year_start)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    let mut c = LeadCounts::default();
    for r in &rows {
        let n: i64 = r.get(1);
        match LeadStatus::parse(&r.get::<String, _>(0)) {
            Some(s) if s.in_staff_queue() => c.queue += n,
            Some(LeadStatus::Offered) => c.offered += n,
            Some(s) if s.is_worked() => c.worked += n,
            Some(LeadStatus::Converted) => c.converted_ytd += n,
            _ => {}
        }
    }
    Ok(c)
}

/// The partner's offers waiting for an answer and leads being worked.
pub async fn inbox(db: &Db, viewer: &Viewer) -> Result<LeadInbox, AppError> {
    let Some(c) = viewer.company_id else {
        return Ok(LeadInbox::default());
    };
    let r = sqlx::query(
        "SELECT SUM(CASE WHEN status = 'offered' THEN 1 ELSE 0 END), \
         MIN(CASE WHEN status = 'offered' THEN offer_due_at END), \
         SUM(CASE WHEN status IN ('accepted','contacted','qualified') THEN 1 ELSE 0 END) \
         FROM leads WHERE company_id = $1 AND status IN ('offered','accepted','contacted','qualified')",
    )
    .bind(c)
    .fetch_one(&db.pool)
    .await
    .or_internal()?;
    Ok(LeadInbox {
        waiting: dialect::sum_to_i64(&r, 0),
        next_due_at: r.get(1),
        working: dialect::sum_to_i64(&r, 2),
    })
}
