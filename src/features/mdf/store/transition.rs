//! The one way a request changes: the versioned transition (state machine,
//! ledger entries, linked deals, history, notifications, audit), staff
//! decisions and cancelling.

use super::*;
use crate::shared::validate::field_error;

/// What a status change writes besides the status.
#[derive(Default)]
pub struct Plan {
    pub sets: Vec<(&'static str, SetValue)>,
    pub ledger: Vec<(EntryKind, i64)>,
    pub amount: Option<i64>,
    /// What a person wrote with the change (a reason), kept as written.
    pub note: String,
    /// What the portal says about the change, in the reader's language
    /// (in the history, the ledger and the owner's notification, instead
    /// of `note`; a message may carry `note` as one of its values).
    pub says: Option<Msg>,
    /// Replace the linked deals with these (claims).
    pub deals: Option<Vec<i64>>,
}

impl Plan {
    /// The note in English, as the ledger and the history keep it beside
    /// the message.
    fn note_text(&self) -> String {
        match &self.says {
            Some(m) => english(m),
            None => self.note.clone(),
        }
    }
}

/// A message in English: the text the history and the ledger keep beside
/// it (what logs and an old reader see), never shown in place of it.
pub(super) fn english(m: &Msg) -> String {
    crate::server::l10n::for_lang(crate::shared::l10n::Lang::En, "UTC").msg(m)
}

/// What a status change needs to know, read in the write transaction.
pub struct ReqState {
    pub company_id: i64,
    pub fund_id: i64,
    pub owner_user_id: i64,
    /// The owner, to tell in their language.
    pub owner: Recipient,
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

pub(super) async fn load_state(
    conn: &mut AnyConnection,
    viewer: Option<&Viewer>,
    id: i64,
) -> Result<Option<(ReqState, Fund)>, sqlx::Error> {
    let scope = viewer
        .map(|v| scope::companies(v, "r.company_id"))
        .unwrap_or_else(|| "1 = 1".into());
    let Some(r) = sqlx::query(&format!("SELECT r.company_id, r.fund_id, r.owner_user_id, r.status, r.version, r.title, r.currency, \
         r.requested_cents, r.approved_cents, r.claimed_cents, r.claim_approved_cents, r.actual_cost_cents, \
         r.max_percent, r.ends_on, r.claim_due_at, {RECIPIENT_COLUMNS}, \
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
        status: MdfStatus::parse(&r.get::<String, _>(3)).unwrap_or(MdfStatus::Submitted),
        version: r.get(4),
        title: r.get(5),
        currency: r.get(6),
        requested: r.get(7),
        approved: r.get(8),
        claimed: r.get(9),
        claim_approved: r.get(10),
        actual_cost: r.get(11),
        max_percent: r.get(12),
        ends_on: r.get(13),
        claim_due_at: r.get(14),
        owner: Recipient::from_row(&r, 15),
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
    let step = Step::new(
        "mdf_requests",
        crate::k!("mdf-noun"),
        id,
        st.version,
        st.status,
        to,
    );
    step.allowed(transition_allowed(st.status, to, actor))?;
    lock_fund(&mut tx, db, st.fund_id).await.or_internal()?;
    let b = balance(&mut tx, st.fund_id).await.or_internal()?;
    let waiting = pending(&mut tx, st.fund_id).await.or_internal()?;
    let plan = plan(&st, &b, waiting)?;
    let now = now_ms();
    step.apply(&mut tx, now, &plan.sets).await?;
    let actor_id = viewer.map(|v| v.user_id);
    let note = plan.note_text();
    for (kind, amount) in &plan.ledger {
        if *amount > 0 {
            post(&mut tx, &fund, *kind, *amount, Some(id), actor_id, &note).await?;
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
        &note,
        plan.says.as_ref(),
    )
    .await
    .or_internal()?;
    let link = format!("/mdf/{id}");
    let title = msg!(
        "mdf-notify-title",
        status = Arg::Key(to.label_key().into()),
        title = &st.title
    );
    let body = notice_body(to, plan.amount.map(|a| Arg::money(a, &st.currency)), &plan);
    if workflow::tells_owner(actor, st.owner_user_id, actor_id) {
        notify(
            &mut tx,
            public_url,
            &st.owner,
            &format!("mdf_{}", to.as_str()),
            title,
            body.clone(),
            &link,
        )
        .await
        .or_internal()?;
    }
    if actor == Actor::Partner && matches!(to, MdfStatus::Submitted | MdfStatus::Claimed) {
        let title = if to == MdfStatus::Claimed {
            msg!("mdf-notify-claim-title", title = &st.title)
        } else {
            msg!("mdf-notify-request-title", title = &st.title)
        };
        notify_approvers(
            &mut tx,
            public_url,
            st.company_id,
            false,
            &format!("mdf_{}", to.as_str()),
            &title,
            &body,
            &link,
        )
        .await
        .or_internal()?;
    }
    audit::commit(
        tx,
        db,
        &entry.object("mdf_request", id).detail(
            step.audit_detail(&[(
                "amount_cents",
                plan.amount
                    .map(|a| a.to_string())
                    .unwrap_or_else(|| "null".into()),
            )]),
        ),
    )
    .await?;
    Ok(())
}

/// The body of the notification of a change: the new status, the amount,
/// and what was said with it. A note of the portal's has its own body
/// message (its text is a message reference in the locale files, so it is
/// written once), with the note's values.
fn notice_body(to: MdfStatus, amount: Option<Arg>, plan: &Plan) -> Msg {
    let status = Arg::Key(to.label_key().into());
    if let Some(says) = &plan.says {
        let key = match (says.key.as_str(), amount.is_some()) {
            ("mdf-note-claimed", true) => Some(crate::k!("mdf-notify-claimed")),
            ("mdf-note-released", true) => Some(crate::k!("mdf-notify-released")),
            ("mdf-note-payment", true) => Some(crate::k!("mdf-notify-payment")),
            ("mdf-note-partial", true) => Some(crate::k!("mdf-notify-partial")),
            ("mdf-note-resubmitted", true) => Some(crate::k!("mdf-notify-resubmitted")),
            ("mdf-note-expired", true) => Some(crate::k!("mdf-notify-expired")),
            ("mdf-note-cancelled", true) => Some(crate::k!("mdf-notify-cancelled-amount")),
            ("mdf-note-cancelled", false) => Some(crate::k!("mdf-notify-cancelled")),
            _ => None,
        };
        if let Some(key) = key {
            let mut m = Msg::new(key).with("status", status);
            if let Some(a) = amount {
                m = m.with("amount", a);
            }
            m.args.extend(says.args.iter().cloned());
            return m;
        }
    }
    match (amount, plan.note.is_empty()) {
        (Some(a), true) => msg!("mdf-notify-body-amount", status = status, amount = a),
        (Some(a), false) => msg!(
            "mdf-notify-body-amount-note",
            status = status,
            amount = a,
            note = &plan.note
        ),
        (None, true) => msg!("mdf-notify-body", status = status),
        (None, false) => msg!("mdf-notify-body-note", status = status, note = &plan.note),
    }
}

/// A line of a request's history: `note` is what a person wrote or the
/// English of `says`, the portal's message.
#[allow(clippy::too_many_arguments)]
pub(super) async fn add_event(
    conn: &mut AnyConnection,
    request_id: i64,
    actor: Option<i64>,
    kind: &str,
    to: Option<MdfStatus>,
    amount: Option<i64>,
    note: &str,
    says: Option<&Msg>,
) -> Result<(), sqlx::Error> {
    let mut batch = Batch::new();
    push_event(&mut batch, request_id, actor, kind, to, amount, note, says);
    batch.run(conn).await
}

/// A line of a request's history, added to a batch.
#[allow(clippy::too_many_arguments)]
pub(super) fn push_event(
    batch: &mut Batch,
    request_id: i64,
    actor: Option<i64>,
    kind: &str,
    to: Option<MdfStatus>,
    amount: Option<i64>,
    note: &str,
    says: Option<&Msg>,
) {
    let says = says.and_then(|m| serde_json::to_string(m).ok());
    batch.push(
        "INSERT INTO mdf_events (request_id, at, actor_user_id, kind, to_status, amount_cents, note, note_msg) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        vec![
            request_id.into(),
            now_ms().into(),
            actor.into(),
            kind.into(),
            to.map(|s| s.as_str()).into(),
            amount.into(),
            note.into(),
            says.as_deref().into(),
        ],
    );
}

/// The reason a refusal or a return needs; `missing` says so when it is
/// empty.
pub(super) fn reason_required(field: &str, reason: &str, missing: Msg) -> Result<String, AppError> {
    let r: String = reason.trim().chars().take(1000).collect();
    if r.is_empty() {
        let mut c = Checker::new();
        c.fail(field, missing);
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
            reason_required("reason", reason, msg!("mdf-reason-return"))?,
        ),
        RequestDecision::Decline => (
            MdfStatus::Declined,
            reason_required("reason", reason, msg!("mdf-reason-decline"))?,
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
                    ("decision_reason", SetValue::Text(reason.clone())),
                    ("decided_by", SetValue::Int(Some(uid))),
                    ("decided_at", SetValue::Int(Some(now))),
                ],
                ..Plan::default()
            };
            if decision != RequestDecision::Approve {
                return Ok(plan);
            }
            let approved = if amount.is_empty() {
                st.requested
            } else {
                parse_money(&amount).map_err(|m| field_error("amount", &amount, m))?
            };
            if approved > st.requested {
                return Err(field_error(
                    "amount",
                    &amount,
                    msg!("mdf-approve-over-request"),
                ));
            }
            if approved < st.requested && reason.is_empty() {
                return Err(field_error(
                    "reason",
                    &amount,
                    msg!("mdf-approve-partial-reason"),
                ));
            }
            if approved > b.available {
                return Err(field_error(
                    "amount",
                    &amount,
                    msg!(
                        "mdf-approve-over-available",
                        available = Arg::money(b.available, &st.currency)
                    ),
                ));
            }
            plan.amount = Some(approved);
            plan.ledger = vec![(EntryKind::Commitment, approved)];
            plan.sets
                .push(("approved_cents", SetValue::Int(Some(approved))));
            plan.sets.push((
                "claim_due_at",
                SetValue::Int(Some(rules::claim_due(st.ends_on, s.claim_days))),
            ));
            plan.sets.push(approvals::stop());
            if approved < st.requested {
                plan.says = Some(msg!(
                    "mdf-note-partial",
                    approved = Arg::money(approved, &st.currency),
                    requested = Arg::money(st.requested, &st.currency),
                    reason = &reason
                ));
            }
            Ok(plan)
        },
        public_url,
        entry,
    )
    .await
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
                says: Some(msg!("mdf-note-cancelled")),
                ..Plan::default()
            })
        },
        public_url,
        entry,
    )
    .await
}
