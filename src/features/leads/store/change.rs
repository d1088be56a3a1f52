//! The ways a lead changes once it exists: the partner answers an offer
//! and works the lead; staff offer it elsewhere or close it. Each change
//! is read at the version the page showed (a stale page loses nothing but
//! its own click), asks the state machine, and writes the status, the
//! history line, the notifications and the audit entry together.

use super::*;

/// What a change reads of a lead, in the write transaction.
pub(super) struct LeadState {
    pub status: LeadStatus,
    pub version: i64,
    pub company_id: Option<i64>,
    pub offer_due_at: Option<i64>,
}

/// The lead `id` if the viewer may see it (`None` for the portal itself).
pub(super) async fn load_state(
    conn: &mut AnyConnection,
    viewer: Option<&Viewer>,
    id: i64,
) -> Result<Option<LeadState>, sqlx::Error> {
    let scope = viewer.map(scope_sql).unwrap_or_else(|| "1 = 1".into());
    let Some(r) = sqlx::query(&format!(
        "SELECT l.status, l.version, l.company_id, l.offer_due_at FROM leads l WHERE l.id = $1 AND {scope}"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    Ok(Some(LeadState {
        status: LeadStatus::parse(&r.get::<String, _>(0)).unwrap_or(LeadStatus::Queued),
        version: r.get(1),
        company_id: r.get(2),
        offer_due_at: r.get(3),
    }))
}

fn actor_of(v: &Viewer) -> Actor {
    if v.role.is_partner() {
        Actor::Partner
    } else {
        Actor::Staff
    }
}

/// Opens the write, reads the lead in the viewer's scope at the version
/// the page showed, and asks the state machine about `to`.
async fn begin(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    version: i64,
    to: LeadStatus,
) -> Result<(WriteTx, LeadState, Step), AppError> {
    let mut tx = db.write().await.or_internal()?;
    let st = load_state(&mut tx, Some(viewer), id)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    let step = Step::new("leads", k!("lead-noun"), id, version, st.status, to);
    if st.version != version {
        return Err(crate::server::workflow::stale(k!("lead-noun")));
    }
    step.allowed(transition_allowed(st.status, to, actor_of(viewer)))?;
    Ok((tx, st, step))
}

/// Claims the lead at `version` without changing its status (the
/// distribution that follows writes it): false when it moved meanwhile.
pub(super) async fn claim(
    conn: &mut AnyConnection,
    id: i64,
    version: i64,
) -> Result<bool, sqlx::Error> {
    Ok(
        sqlx::query("UPDATE leads SET version = version + 1 WHERE id = $1 AND version = $2")
            .bind(id)
            .bind(version)
            .execute(&mut *conn)
            .await?
            .rows_affected()
            == 1,
    )
}

fn audit_entry(entry: Entry, id: i64, step: &Step, extra: &[(&str, String)]) -> Entry {
    entry.object("lead", id).detail(step.audit_detail(extra))
}

/// The partner accepts an offered lead before its deadline: the contact
/// details open, the accepting person holds it.
pub async fn accept(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    version: i64,
    entry: Entry,
) -> Result<(), AppError> {
    let (mut tx, st, step) = begin(db, viewer, id, version, LeadStatus::Accepted).await?;
    let now = now_ms();
    if let Some(due) = st.offer_due_at.filter(|d| *d < now) {
        return Err(AppError::Conflict(msg!(
            "lead-error-offer-ran-out",
            due = MsgArg::DateTime(due)
        )));
    }
    step.apply(
        &mut tx,
        now,
        &[
            ("accepted_at", SetValue::Int(Some(now))),
            ("assignee_user_id", SetValue::Int(Some(viewer.user_id))),
        ],
    )
    .await?;
    add_event(
        &mut tx,
        id,
        Some(viewer.user_id),
        "accepted",
        Some(LeadStatus::Accepted),
        st.company_id,
        "",
        &msg!("lead-event-accepted"),
    )
    .await
    .or_internal()?;
    audit::commit(tx, db, &audit_entry(entry, id, &step, &[])).await
}

/// The partner turns an offered lead down with a reason; it moves on to
/// the next match (or back to the staff queue) at once.
#[allow(clippy::too_many_arguments)]
pub async fn reject(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    version: i64,
    reason: &str,
    note: &str,
    public_url: &str,
    entry: Entry,
) -> Result<LeadStatus, AppError> {
    let reason = RejectReason::parse(reason.trim()).ok_or_else(|| {
        crate::shared::validate::field_error("reason", reason, msg!("lead-error-reject-reason"))
    })?;
    let note = reason_note(note, reason == RejectReason::Other)?;
    let (mut tx, st, _step) = begin(db, viewer, id, version, LeadStatus::Offered).await?;
    if !claim(&mut tx, id, version).await.or_internal()? {
        return Err(crate::server::workflow::stale(k!("lead-noun")));
    }
    let says = msg!(
        "lead-event-rejected",
        reason = MsgArg::Key(reason.label_key().into())
    );
    let line = Line {
        kind: "rejected",
        to: None,
        company_id: st.company_id,
        reason: reason.as_str(),
        note: &note,
        says: &says,
    };
    add_line(&mut tx, id, Some(viewer.user_id), &line)
        .await
        .or_internal()?;
    let now = distribute(&mut tx, db, id, None, public_url).await?;
    let entry = entry.object("lead", id).detail(format!(
        "{{\"from\":\"offered\",\"reason\":\"{}\",\"to\":\"{}\"}}",
        reason.as_str(),
        now.as_str()
    ));
    audit::commit(tx, db, &entry).await?;
    Ok(now)
}

/// A person's note with a refusal: required for "other", at most 1,000
/// characters.
fn reason_note(note: &str, required: bool) -> Result<String, AppError> {
    let n = note.trim();
    if n.chars().count() > 1000 {
        return Err(crate::shared::validate::field_error(
            "note",
            "",
            msg!("lead-error-note-long", max = 1000),
        ));
    }
    if required && n.is_empty() {
        return Err(crate::shared::validate::field_error(
            "note",
            n,
            msg!("lead-error-note-needed"),
        ));
    }
    Ok(n.to_string())
}

/// The partner records progress: contacted or qualified.
pub async fn progress(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    version: i64,
    to: LeadStatus,
    entry: Entry,
) -> Result<(), AppError> {
    if !matches!(to, LeadStatus::Contacted | LeadStatus::Qualified) {
        return Err(AppError::validation(msg!("lead-error-status")));
    }
    let (mut tx, st, step) = begin(db, viewer, id, version, to).await?;
    step.apply(&mut tx, now_ms(), &[]).await?;
    add_event(
        &mut tx,
        id,
        Some(viewer.user_id),
        to.as_str(),
        Some(to),
        st.company_id,
        "",
        &msg!(
            "lead-event-status",
            status = MsgArg::Key(to.label_key().into())
        ),
    )
    .await
    .or_internal()?;
    audit::commit(tx, db, &audit_entry(entry, id, &step, &[])).await
}

/// The partner ends a lead without a deal, with a reason.
pub async fn disqualify(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    version: i64,
    reason: &str,
    note: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let reason = DisqualifyReason::parse(reason.trim()).ok_or_else(|| {
        crate::shared::validate::field_error("reason", reason, msg!("lead-error-disqualify-reason"))
    })?;
    let note = reason_note(note, reason == DisqualifyReason::Other)?;
    let (mut tx, st, step) = begin(db, viewer, id, version, LeadStatus::Disqualified).await?;
    let now = now_ms();
    step.apply(
        &mut tx,
        now,
        &[
            ("closed_at", SetValue::Int(Some(now))),
            ("close_reason", SetValue::Text(reason.as_str().into())),
        ],
    )
    .await?;
    let says = msg!(
        "lead-event-disqualified",
        reason = MsgArg::Key(reason.label_key().into())
    );
    let line = Line {
        kind: "disqualified",
        to: Some(LeadStatus::Disqualified),
        company_id: st.company_id,
        reason: reason.as_str(),
        note: &note,
        says: &says,
    };
    add_line(&mut tx, id, Some(viewer.user_id), &line)
        .await
        .or_internal()?;
    let extra = [("reason", format!("\"{}\"", reason.as_str()))];
    audit::commit(tx, db, &audit_entry(entry, id, &step, &extra)).await
}

/// The partner gives a lead back: it waits in the staff queue (the
/// company's channel managers are told) and is not offered to it again.
pub async fn give_back(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    version: i64,
    note: &str,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let note = reason_note(note, true)?;
    let (mut tx, st, step) = begin(db, viewer, id, version, LeadStatus::Returned).await?;
    step.apply(
        &mut tx,
        now_ms(),
        &[
            ("company_id", SetValue::Int(None)),
            ("assignee_user_id", SetValue::Int(None)),
            ("offer_due_at", SetValue::Int(None)),
        ],
    )
    .await?;
    add_event(
        &mut tx,
        id,
        Some(viewer.user_id),
        "returned",
        Some(LeadStatus::Returned),
        st.company_id,
        &note,
        &msg!("lead-event-returned"),
    )
    .await
    .or_internal()?;
    if let Some(company) = st.company_id {
        let name = company_name(&mut tx, company).await?;
        let people = crate::server::notify::approvers(&mut tx, company, false)
            .await
            .or_internal()?;
        let title = msg!("lead-notify-returned-title", company = name);
        let body = msg!("lead-notify-returned-body", note = note.clone());
        tell(
            &mut tx,
            public_url,
            &people,
            "lead_returned",
            &title,
            &body,
            id,
        )
        .await?;
    }
    audit::commit(tx, db, &audit_entry(entry, id, &step, &[])).await
}

/// A partner admin hands a worked lead to a colleague (an active person
/// of the same company), who is told.
pub async fn assign_colleague(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    user_id: i64,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let company = viewer.company_id.ok_or(AppError::Forbidden)?;
    let mut tx = db.write().await.or_internal()?;
    let st = load_state(&mut tx, Some(viewer), id)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    if !st.status.is_worked() {
        return Err(AppError::Conflict(msg!("lead-error-not-worked")));
    }
    let person = sqlx::query(&format!(
        "SELECT {RECIPIENT_COLUMNS} FROM users u WHERE u.id = $1 AND u.company_id = $2 AND u.status = 'active'"
    ))
    .bind(user_id)
    .bind(company)
    .fetch_optional(&mut **tx)
    .await
    .or_internal()?
    .map(|r| Recipient::from_row(&r, 0))
    .ok_or_else(|| {
        crate::shared::validate::field_error("user_id", "", msg!("lead-error-colleague"))
    })?;
    sqlx::query("UPDATE leads SET assignee_user_id = $1, version = version + 1, updated_at = $2 WHERE id = $3")
        .bind(user_id)
        .bind(now_ms())
        .bind(id)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    add_event(
        &mut tx,
        id,
        Some(viewer.user_id),
        "assigned",
        None,
        Some(company),
        "",
        &msg!("lead-event-assigned", name = person.name.clone()),
    )
    .await
    .or_internal()?;
    if person.id != viewer.user_id {
        let title = msg!("lead-notify-assigned-title", name = viewer.name.clone());
        let body = msg!("lead-notify-assigned-body");
        tell(
            &mut tx,
            public_url,
            &[person],
            "lead_assigned",
            &title,
            &body,
            id,
        )
        .await?;
    }
    let entry = entry
        .object("lead", id)
        .detail(format!("{{\"assignee\":{user_id}}}"));
    audit::commit(tx, db, &entry).await
}

/// Staff offer a lead to a company of their choice (in their scope), or
/// with `None` let the rules hand it out again. The company that held it
/// (if another) is told it was withdrawn.
pub async fn staff_assign(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    version: i64,
    company_id: Option<i64>,
    public_url: &str,
    entry: Entry,
) -> Result<LeadStatus, AppError> {
    let mut tx = db.write().await.or_internal()?;
    let st = load_state(&mut tx, Some(viewer), id)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    let step = Step::new(
        "leads",
        k!("lead-noun"),
        id,
        version,
        st.status,
        LeadStatus::Offered,
    );
    step.allowed(transition_allowed(
        st.status,
        LeadStatus::Offered,
        Actor::Staff,
    ))?;
    if let Some(target) = company_id {
        let ok = sqlx::query(&format!(
            "SELECT 1 FROM companies c WHERE c.id = $1 AND c.status = 'active' AND {}",
            scope::managed(viewer, "c.id")
        ))
        .bind(target)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .is_some();
        if !ok {
            return Err(crate::shared::validate::field_error(
                "company_id",
                "",
                msg!("lead-error-company"),
            ));
        }
    }
    if !claim(&mut tx, id, version).await.or_internal()? {
        return Err(crate::server::workflow::stale(k!("lead-noun")));
    }
    let now_status = match company_id {
        Some(target) => {
            let how = Offer {
                company_id: target,
                rule: None,
                accept_hours: rules::DEFAULT_ACCEPT_HOURS,
            };
            offer(&mut tx, id, Some(viewer.user_id), &how, public_url).await?;
            LeadStatus::Offered
        }
        None => distribute(&mut tx, db, id, Some(viewer.user_id), public_url).await?,
    };
    // The company that held it, if it no longer does, is told.
    let holder: Option<i64> = sqlx::query("SELECT company_id FROM leads WHERE id = $1")
        .bind(id)
        .fetch_one(&mut **tx)
        .await
        .or_internal()?
        .get(0);
    if let Some(previous) = st.company_id.filter(|c| Some(*c) != holder) {
        add_event(
            &mut tx,
            id,
            Some(viewer.user_id),
            "withdrawn",
            None,
            Some(previous),
            "",
            &msg!("lead-event-withdrawn"),
        )
        .await
        .or_internal()?;
        let people = partner_admins(&mut tx, previous).await.or_internal()?;
        let (region, product) = offer_words(&mut tx, id).await?;
        let title = msg!(
            "lead-notify-withdrawn-title",
            region = region,
            product = product
        );
        let body = msg!("lead-notify-withdrawn-body");
        tell(
            &mut tx,
            public_url,
            &people,
            "lead_withdrawn",
            &title,
            &body,
            id,
        )
        .await?;
    }
    let entry = entry.object("lead", id).detail(format!(
        "{{\"from\":\"{}\",\"to\":\"{}\",\"company\":{}}}",
        st.status.as_str(),
        now_status.as_str(),
        company_id
            .map(|c| c.to_string())
            .unwrap_or_else(|| "null".into())
    ));
    audit::commit(tx, db, &entry).await?;
    Ok(now_status)
}

/// Staff close a queued or returned lead nobody will work.
pub async fn staff_close(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    version: i64,
    note: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let note = reason_note(note, true)?;
    let (mut tx, _st, step) = begin(db, viewer, id, version, LeadStatus::Disqualified).await?;
    let now = now_ms();
    step.apply(
        &mut tx,
        now,
        &[
            ("closed_at", SetValue::Int(Some(now))),
            ("close_reason", SetValue::Text("closed_by_vendor".into())),
        ],
    )
    .await?;
    add_event(
        &mut tx,
        id,
        Some(viewer.user_id),
        "closed",
        Some(LeadStatus::Disqualified),
        None,
        &note,
        &msg!("lead-event-closed"),
    )
    .await
    .or_internal()?;
    audit::commit(tx, db, &audit_entry(entry, id, &step, &[])).await
}
