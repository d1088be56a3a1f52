//! Reading deals: the scoped, filtered and sorted list, one deal with its
//! history, conflicts and the viewer's actions, and the staff's approval
//! queue.

use super::*;

pub(super) fn row_status(r: &sqlx::any::AnyRow, col: &str) -> DealStatus {
    DealStatus::parse(&r.get::<String, _>(col)).unwrap_or(DealStatus::Draft)
}

pub(super) fn row_stage(r: &sqlx::any::AnyRow) -> Stage {
    Stage::parse(&r.get::<String, _>("stage")).unwrap_or(Stage::Qualify)
}

pub async fn list(db: &Db, viewer: &Viewer, q: &DealQuery) -> Result<Page<DealRow>, AppError> {
    let page = crate::shared::page::page_number(q.page);
    let mut p = Params::default();
    let mut wheres = vec![scope_sql(viewer)];
    if let Some(s) = q.status.as_deref().and_then(DealStatus::parse) {
        wheres.push(format!("d.status = {}", p.text(s.as_str())));
    }
    if let Some(s) = q.stage.as_deref().and_then(Stage::parse) {
        wheres.push(format!("d.stage = {}", p.text(s.as_str())));
    }
    if q.expiring {
        let now = now_ms();
        wheres.push(format!(
            "d.status = 'approved' AND d.exclusive_until > {} AND d.exclusive_until <= {}",
            p.int(now),
            p.int(now + 30 * DAY_MS)
        ));
    }
    if let Some(text) = q.q.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        let needle = format!(
            "{}%",
            crate::shared::matcher::normalise_company(text).replace(['%', '_'], "")
        );
        wheres.push(format!("d.customer_key LIKE {}", p.text(needle)));
    }
    let where_sql = wheres.join(" AND ");
    let order = match q.sort.as_deref() {
        Some("value") => "d.value_cents",
        Some("close") => "d.close_date",
        Some("customer") => "d.customer_key",
        _ => "d.updated_at",
    };
    let dir = if q.asc { "ASC" } else { "DESC" };
    let count_sql = format!("SELECT COUNT(*) FROM deals d WHERE {where_sql}");
    let total: i64 = p
        .bind(sqlx::query(&count_sql))
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    let limit = p.int(PER_PAGE);
    let offset = p.int((page - 1) * PER_PAGE);
    // The page's ids first, from the index alone; then only those rows with
    // their joins. Skipping 10,000 rows of page 500 no longer reads (and
    // joins) each of them: 154 ms before, measured at 1 M deals.
    let ids_sql = format!(
        "SELECT d.id FROM deals d WHERE {where_sql} \
         ORDER BY {order} {dir}, d.id {dir} LIMIT {limit} OFFSET {offset}"
    );
    let ids: Vec<String> = p
        .bind(sqlx::query(&ids_sql))
        .fetch_all(&db.pool)
        .await
        .or_internal()?
        .iter()
        .map(|r| r.get::<i64, _>(0).to_string())
        .collect();
    let rows = if ids.is_empty() {
        Vec::new()
    } else {
        let list_sql = format!(
            "SELECT d.id, d.customer_name, d.status, d.stage, d.probability, d.value_cents, d.currency, \
             d.close_date, u.name AS owner_name, c.name AS company_name, d.has_conflict, d.submitted_at, \
             d.sla_due_at, d.exclusive_until, d.updated_at \
             FROM deals d JOIN users u ON u.id = d.owner_user_id JOIN companies c ON c.id = d.company_id \
             WHERE d.id IN ({}) ORDER BY {order} {dir}, d.id {dir}",
            ids.join(",")
        );
        sqlx::query(&list_sql)
            .fetch_all(&db.pool)
            .await
            .or_internal()?
    };
    let staff = viewer.role.is_vendor_staff();
    let items = rows
        .iter()
        .map(|r| DealRow {
            id: r.get("id"),
            customer_name: r.get("customer_name"),
            status: row_status(r, "status"),
            stage: row_stage(r),
            probability: r.get("probability"),
            value_cents: r.get("value_cents"),
            currency: r.get("currency"),
            close_date: r.get("close_date"),
            owner_name: r.get("owner_name"),
            company_name: staff.then(|| r.get("company_name")),
            has_conflict: r.get::<i64, _>("has_conflict") == 1,
            submitted_at: r.get("submitted_at"),
            sla_due_at: r.get("sla_due_at"),
            exclusive_until: r.get("exclusive_until"),
            updated_at: r.get("updated_at"),
        })
        .collect();
    Ok(Page {
        items,
        page,
        per_page: PER_PAGE,
        total,
    })
}

/// The fields a status change needs, read inside the write transaction.
pub(super) struct DealState {
    pub(super) owner_user_id: i64,
    pub(super) status: DealStatus,
    pub(super) version: i64,
    pub(super) customer_name: String,
    pub(super) has_conflict: bool,
    pub(super) exclusive_until: Option<i64>,
    pub(super) extension: String,
    /// The owner, in the language and zone their e-mails are written in.
    pub(super) owner: Recipient,
}

/// A deal as other features name it: an MDF claim links deals, a rebate
/// names the deal it was earned on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DealRef {
    pub id: i64,
    pub company_id: i64,
    pub customer_name: String,
    pub status: String,
    pub value_cents: i64,
    pub final_value_cents: Option<i64>,
    pub currency: String,
}

const REF_COLS: &str =
    "id, company_id, customer_name, status, value_cents, final_value_cents, currency";

fn deal_ref(r: &sqlx::any::AnyRow) -> DealRef {
    DealRef {
        id: r.get(0),
        company_id: r.get(1),
        customer_name: r.get(2),
        status: r.get(3),
        value_cents: r.get(4),
        final_value_cents: r.get(5),
        currency: r.get(6),
    }
}

/// The deals among `ids` (of `company_id` only, when given), by id; read
/// in chunks of 500 ids.
pub async fn refs(
    conn: &mut AnyConnection,
    company_id: Option<i64>,
    ids: &[i64],
) -> Result<Vec<DealRef>, sqlx::Error> {
    let mut ids = ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let company = company_id
        .map(|c| format!(" AND company_id = {c}"))
        .unwrap_or_default();
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        // Integers, so they are inlined; one query per chunk.
        let list = chunk
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(",");
        let rows = sqlx::query(&format!(
            "SELECT {REF_COLS} FROM deals WHERE id IN ({list}){company} ORDER BY id"
        ))
        .fetch_all(&mut *conn)
        .await?;
        out.extend(rows.iter().map(deal_ref));
    }
    Ok(out)
}

/// The company's deals a claim may be linked to (pending, approved or
/// won), most recently changed first.
pub async fn linkable(
    conn: &mut AnyConnection,
    company_id: i64,
    limit: i64,
) -> Result<Vec<DealRef>, sqlx::Error> {
    Ok(sqlx::query(&format!(
        "SELECT {REF_COLS} FROM deals WHERE company_id = $1 AND status IN ('submitted','approved','won') \
         ORDER BY updated_at DESC, id DESC LIMIT $2"
    ))
    .bind(company_id)
    .bind(limit)
    .fetch_all(conn)
    .await?
    .iter()
    .map(deal_ref)
    .collect())
}

/// What the "won" event tells listeners, read after the deal was marked
/// won in the same transaction (`now` when no win time was set).
pub(super) async fn won_facts(
    conn: &mut AnyConnection,
    id: i64,
    now: i64,
) -> Result<events::Win, sqlx::Error> {
    let r = sqlx::query(
        "SELECT company_id, owner_user_id, COALESCE(final_value_cents, value_cents), currency, won_at, \
         lead_id FROM deals WHERE id = $1",
    )
    .bind(id)
    .fetch_one(conn)
    .await?;
    Ok(events::Win {
        deal_id: id,
        company_id: r.get(0),
        owner_user_id: r.get(1),
        value_cents: r.get(2),
        currency: r.get(3),
        won_at: r.get::<Option<i64>, _>(4).unwrap_or(now),
        lead_id: r.get(5),
    })
}

/// A deal's state if `viewer` may see it (`None`: the server itself).
pub(super) async fn load_state(
    conn: &mut AnyConnection,
    viewer: Option<&Viewer>,
    id: i64,
) -> Result<Option<DealState>, sqlx::Error> {
    let scope = viewer.map(scope_sql).unwrap_or_else(|| "1 = 1".to_string());
    let sql = format!(
        "SELECT d.id, d.company_id, d.owner_user_id, d.status, d.version, d.customer_name, d.has_conflict, \
         d.exclusive_until, d.extension, {RECIPIENT_COLUMNS} FROM deals d JOIN users u ON u.id = d.owner_user_id \
         WHERE {scope} AND d.id = $1"
    );
    let row = sqlx::query(&sql)
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(row.map(|r| DealState {
        owner_user_id: r.get(2),
        status: DealStatus::parse(&r.get::<String, _>(3)).unwrap_or(DealStatus::Draft),
        version: r.get(4),
        customer_name: r.get(5),
        has_conflict: r.get::<i64, _>(6) == 1,
        exclusive_until: r.get(7),
        extension: r.get(8),
        owner: Recipient::from_row(&r, 9),
    }))
}

pub(super) fn actions_for(viewer: &Viewer, d: &DealState) -> DealActions {
    let partner = viewer.role.is_partner();
    let mine = partner && (viewer.role == Role::PartnerAdmin || d.owner_user_id == viewer.user_id);
    let now = now_ms();
    let exclusive = d.exclusive_until.is_some_and(|e| e > now);
    DealActions {
        edit: mine && matches!(d.status, DealStatus::Draft | DealStatus::Submitted),
        withdraw: mine && transition_allowed(d.status, DealStatus::Withdrawn, Actor::Partner),
        progress: mine && !d.status.is_final(),
        close: mine && d.status == DealStatus::Approved,
        request_extension: mine
            && d.status == DealStatus::Approved
            && exclusive
            && d.extension == "none",
        decide: !partner && d.status == DealStatus::Submitted,
        decide_extension: !partner
            && d.status == DealStatus::Approved
            && d.extension == "requested",
    }
}

pub async fn get(db: &Db, viewer: &Viewer, id: i64) -> Result<Option<DealDetail>, AppError> {
    let mut conn = db.pool.acquire().await.or_internal()?;
    let Some(state) = load_state(&mut conn, Some(viewer), id)
        .await
        .or_internal()?
    else {
        return Ok(None);
    };
    let r = sqlx::query(
        "SELECT d.*, c.name AS company_name, u.name AS owner_name, a.name AS approver_name \
         FROM deals d JOIN companies c ON c.id = d.company_id JOIN users u ON u.id = d.owner_user_id \
         LEFT JOIN users a ON a.id = d.decided_by WHERE d.id = $1",
    )
    .bind(id)
    .fetch_one(&mut *conn)
    .await
    .or_internal()?;
    let products = sqlx::query(
        "SELECT p.id, p.sku, p.name FROM deal_products dp JOIN products p ON p.id = dp.product_id \
         WHERE dp.deal_id = $1 ORDER BY p.name",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await
    .or_internal()?
    .iter()
    .map(|r| ProductRef {
        id: r.get(0),
        sku: r.get(1),
        name: r.get(2),
    })
    .collect();
    let events = sqlx::query(
        "SELECT e.at, u.name, u.role, e.kind, e.from_status, e.to_status, e.changes, e.note \
         FROM deal_events e LEFT JOIN users u ON u.id = e.actor_user_id WHERE e.deal_id = $1 ORDER BY e.id DESC LIMIT 200",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await
    .or_internal()?
    .iter()
    .map(|e| {
        let actor: Option<String> = e.get(1);
        let role: Option<String> = e.get(2);
        let changes: Vec<(String, String, String)> =
            serde_json::from_str(&e.get::<String, _>(6)).unwrap_or_default();
        let (note, note_msg) = read_note(e.get(7));
        DealEvent {
            at: e.get(0),
            // Partners see vendor staff as the vendor team, not by name.
            actor: match (actor, role.as_deref()) {
                (None, _) => Who::System,
                (Some(_), Some("vendor_admin" | "channel_manager")) if viewer.role.is_partner() => {
                    Who::VendorTeam
                }
                (Some(n), _) => Who::Person(n),
            },
            kind: e.get(3),
            from_status: e.get::<Option<String>, _>(4).and_then(|s| DealStatus::parse(&s)),
            to_status: e.get::<Option<String>, _>(5).and_then(|s| DealStatus::parse(&s)),
            changes,
            note,
            note_msg,
        }
    })
    .collect();
    let conflicts = if viewer.role.is_vendor_staff() {
        conflict_sides(&mut conn, id).await.or_internal()?
    } else {
        Vec::new()
    };
    let mut conflict_reasons: Vec<MatchReason> =
        sqlx::query("SELECT reason FROM deal_conflicts WHERE deal_id = $1 LIMIT 50")
            .bind(id)
            .fetch_all(&mut *conn)
            .await
            .or_internal()?
            .iter()
            .filter_map(|r| MatchReason::parse(&r.get::<String, _>(0)))
            .collect();
    conflict_reasons.sort_by_key(|r| r.as_str());
    conflict_reasons.dedup();
    let approver: Option<String> = r.get("approver_name");
    Ok(Some(DealDetail {
        id,
        status: state.status,
        company_name: r.get("company_name"),
        owner_name: r.get("owner_name"),
        customer_name: r.get("customer_name"),
        customer_domain: r.get("customer_domain"),
        contact_name: r.get("contact_name"),
        contact_email: r.get("contact_email"),
        contact_phone: r.get("contact_phone"),
        country: r.get("country"),
        region: r.get("region"),
        value_cents: r.get("value_cents"),
        currency: r.get("currency"),
        close_date: r.get("close_date"),
        deal_type: DealType::parse(&r.get::<String, _>("deal_type")).unwrap_or(DealType::New),
        stage: row_stage(&r),
        probability: r.get("probability"),
        notes: r.get("notes"),
        products,
        has_conflict: state.has_conflict,
        second_partner: r.get::<i64, _>("second_partner") == 1,
        approver: match approver {
            Some(_) if viewer.role.is_partner() => Some(Who::VendorTeam),
            Some(n) => Some(Who::Person(n)),
            None => None,
        },
        decision_reason: r.get("decision_reason"),
        final_value_cents: r.get("final_value_cents"),
        lost_reason: r.get("lost_reason"),
        submitted_at: r.get("submitted_at"),
        decided_at: r.get("decided_at"),
        sla_due_at: r.get("sla_due_at"),
        exclusive_until: state.exclusive_until,
        extension: state.extension.clone(),
        extension_reason: r.get("extension_reason"),
        registration_ms: r.get("registration_ms"),
        lead_id: r.get("lead_id"),
        created_at: r.get("created_at"),
        events,
        conflict_reasons,
        conflicts,
        actions: actions_for(viewer, &state),
        now: now_ms(),
    }))
}

pub(super) async fn conflict_sides(
    conn: &mut AnyConnection,
    id: i64,
) -> Result<Vec<ConflictSide>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT o.id, c.name, o.customer_name, o.customer_domain, o.status, o.value_cents, o.currency, \
         o.submitted_at, x.reason FROM ( \
           SELECT other_deal_id AS other, reason FROM deal_conflicts WHERE deal_id = $1 \
           UNION SELECT deal_id AS other, reason FROM deal_conflicts WHERE other_deal_id = $2 \
         ) x JOIN deals o ON o.id = x.other JOIN companies c ON c.id = o.company_id ORDER BY o.id LIMIT 50",
    )
    .bind(id)
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let mut out = Vec::new();
    for r in rows {
        let other: i64 = r.get(0);
        let products = sqlx::query(
            "SELECT p.name FROM deal_products dp JOIN products p ON p.id = dp.product_id WHERE dp.deal_id = $1 ORDER BY p.name",
        )
        .bind(other)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|p| p.get::<String, _>(0))
        .collect();
        out.push(ConflictSide {
            deal_id: other,
            company_name: r.get(1),
            customer_name: r.get(2),
            customer_domain: r.get(3),
            status: DealStatus::parse(&r.get::<String, _>(4)).unwrap_or(DealStatus::Draft),
            value_cents: r.get(5),
            currency: r.get(6),
            submitted_at: r.get(7),
            products,
            reason: MatchReason::parse(&r.get::<String, _>(8)).unwrap_or(MatchReason::SimilarName),
        });
    }
    Ok(out)
}

/// The approval queue: pending registrations in the viewer's scope, the
/// ones closest to (or past) their SLA first; extension requests after.
/// Read as two indexed parts (an `OR` of both made the planners scan every
/// pending and approved deal and sort them): registrations by
/// `(status, sla_due_at)`, then extension requests, each paged on its own.
pub async fn queue(db: &Db, viewer: &Viewer, page: i64) -> Result<Page<QueueItem>, AppError> {
    let scope = scope_sql(viewer);
    let parts = [
        format!("{scope} AND d.status = 'submitted'"),
        format!("{scope} AND d.status = 'approved' AND d.extension = 'requested'"),
    ];
    let mut counts = [0i64; 2];
    for (i, part) in parts.iter().enumerate() {
        counts[i] = sqlx::query(&format!("SELECT COUNT(*) FROM deals d WHERE {part}"))
            .fetch_one(&db.pool)
            .await
            .or_internal()?
            .get(0);
    }
    let total = counts[0] + counts[1];
    let mut offset = (page - 1) * PER_PAGE;
    let mut wanted = PER_PAGE;
    let mut rows = Vec::new();
    for (i, part) in parts.iter().enumerate() {
        if wanted <= 0 {
            break;
        }
        if offset >= counts[i] {
            offset -= counts[i];
            continue;
        }
        let mut found = sqlx::query(&format!(
            "SELECT d.id, c.name, d.customer_name, d.value_cents, d.currency, d.has_conflict, d.submitted_at, \
             d.sla_due_at, d.escalated_at, d.route, d.status FROM deals d JOIN companies c ON c.id = d.company_id \
             WHERE {part} ORDER BY d.sla_due_at, d.id LIMIT $1 OFFSET $2"
        ))
        .bind(wanted)
        .bind(offset)
        .fetch_all(&db.pool)
        .await
        .or_internal()?;
        wanted -= found.len() as i64;
        offset = 0;
        rows.append(&mut found);
    }
    let items = rows
        .iter()
        .map(|r| QueueItem {
            id: r.get(0),
            company_name: r.get(1),
            customer_name: r.get(2),
            value_cents: r.get(3),
            currency: r.get(4),
            has_conflict: r.get::<i64, _>(5) == 1,
            submitted_at: r.get::<Option<i64>, _>(6).unwrap_or(0),
            sla_due_at: r.get::<Option<i64>, _>(7).unwrap_or(0),
            escalated: r.get::<Option<i64>, _>(8).is_some(),
            route: r.get(9),
            kind: if r.get::<String, _>(10) == "submitted" {
                "registration".into()
            } else {
                "extension".into()
            },
        })
        .collect();
    Ok(Page {
        items,
        page,
        per_page: PER_PAGE,
        total,
    })
}
