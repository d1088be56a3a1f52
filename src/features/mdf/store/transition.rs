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

pub(super) async fn load_state(
    conn: &mut AnyConnection,
    viewer: Option<&Viewer>,
    id: i64,
) -> Result<Option<(ReqState, Fund)>, sqlx::Error> {
    let scope = viewer
        .map(|v| scope::companies(v, "r.company_id"))
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
    let step = Step::new("mdf_requests", "request", id, st.version, st.status, to);
    step.allowed(transition_allowed(st.status, to, actor))?;
    lock_fund(&mut tx, db, st.fund_id).await.or_internal()?;
    let b = balance(&mut tx, st.fund_id).await.or_internal()?;
    let waiting = pending(&mut tx, st.fund_id).await.or_internal()?;
    let plan = plan(&st, &b, waiting)?;
    let now = now_ms();
    step.apply(&mut tx, now, &plan.sets).await?;
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
    if workflow::tells_owner(actor, st.owner_user_id, actor_id) {
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

pub(super) async fn add_event(
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
pub(super) fn push_event(
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

pub(super) fn reason_required(field: &str, reason: &str, what: &str) -> Result<String, AppError> {
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
            plan.sets.push(("approved_cents", SetValue::Int(Some(approved))));
            plan.sets.push((
                "claim_due_at",
                SetValue::Int(Some(rules::claim_due(st.ends_on, s.claim_days))),
            ));
            plan.sets.push(approvals::stop());
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
