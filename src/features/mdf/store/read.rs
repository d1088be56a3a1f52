//! Reading requests: the scoped list, one request with its history, files and
//! the viewer's actions, and the edit form's data.

use super::*;

pub(super) fn row_status(r: &sqlx::any::AnyRow) -> MdfStatus {
    MdfStatus::parse(&r.get::<String, _>("status")).unwrap_or(MdfStatus::Submitted)
}

pub(super) fn row_activity(r: &sqlx::any::AnyRow) -> ActivityType {
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

pub(super) fn list_filter(viewer: &Viewer, q: &MdfQuery) -> Result<(Params, String), AppError> {
    let mut p = Params::default();
    let mut wheres = vec![scope::companies(viewer, "r.company_id")];
    match q.status.as_deref() {
        None | Some("") | Some("open") => wheres.push(
            "r.status NOT IN ('declined','cancelled','claim_rejected','reimbursed','expired')"
                .into(),
        ),
        Some("all") => {}
        Some(s) => match MdfStatus::parse(s) {
            Some(st) => wheres.push(format!("r.status = {}", p.text(st.as_str()))),
            None => return Err(AppError::validation(msg!("mdf-status-filter"))),
        },
    }
    Ok((p, wheres.join(" AND ")))
}

pub(super) async fn list_rows(
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
        .bind(sqlx::query(&format!("SELECT r.id, r.title, r.activity_type, r.status, r.currency, r.requested_cents, r.approved_cents, \
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

pub(super) fn actions_for(viewer: &Viewer, status: MdfStatus) -> MdfActions {
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

pub(super) fn deal_option(d: deals::DealRef) -> DealOption {
    DealOption {
        id: d.id,
        customer_name: d.customer_name,
        status: d.status,
        value_cents: d.final_value_cents.unwrap_or(d.value_cents),
        currency: d.currency,
    }
}

pub async fn get(db: &Db, viewer: &Viewer, id: i64) -> Result<Option<MdfDetail>, AppError> {
    let Some(r) = sqlx::query(&format!("SELECT r.*, c.name AS company_name, u.name AS owner_name, f.period \
         FROM mdf_requests r JOIN companies c ON c.id = r.company_id JOIN users u ON u.id = r.owner_user_id \
         JOIN mdf_funds f ON f.id = r.fund_id WHERE r.id = $1 AND {}",
        scope::companies(viewer, "r.company_id")
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
    let linked: Vec<i64> = sqlx::query(
        "SELECT deal_id FROM mdf_request_deals WHERE request_id = $1 ORDER BY deal_id LIMIT 100",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await
    .or_internal()?
    .iter()
    .map(|r| r.get(0))
    .collect();
    let deals = deals::refs(&mut conn, Some(company_id), &linked)
        .await
        .or_internal()?
        .into_iter()
        .map(deal_option)
        .collect();
    let actions = actions_for(viewer, status);
    let deal_options = if actions.claim {
        deals::linkable(&mut conn, company_id, 100)
            .await
            .or_internal()?
            .into_iter()
            .map(deal_option)
            .collect()
    } else {
        vec![]
    };
    let events = sqlx::query(
        "SELECT e.at, u.name AS actor, e.kind, e.to_status, e.amount_cents, e.note, e.note_msg \
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
        note_msg: e
            .get::<Option<String>, _>(6)
            .and_then(|m| serde_json::from_str(&m).ok()),
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
        return Err(AppError::Conflict(msg!(
            "mdf-edit-status",
            status = Arg::Key(d.status.label_key().into())
        )));
    }
    let money = crate::shared::money::money_input;
    let date = crate::shared::time::date_input_value;
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
