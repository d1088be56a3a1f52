//! Status changes after registration: the one versioned transition (state
//! machine, history, notification, the "won" event, audit), staff decisions,
//! withdrawal, closing won or lost, and the partner's progress updates.

use super::*;
use crate::shared::validate::field_error;

/// What a status change sets besides the status.
#[derive(Default)]
pub struct Change {
    pub sets: Vec<(&'static str, SetValue)>,
    pub changes: Vec<(&'static str, String, String)>,
    pub note: EventNote,
}

/// Moves a deal from its current status to `to`, if the state machine
/// allows it for `actor`, with the extra column changes in `change`.
/// Notifies the deal's owner (and `also` people) and audits.
#[allow(clippy::too_many_arguments)]
pub(super) async fn transition(
    db: &Db,
    viewer: Option<&Viewer>,
    id: i64,
    to: DealStatus,
    actor: Actor,
    check: impl FnOnce(&DealState) -> Result<(), AppError>,
    change: Change,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let mut tx = db.write().await.or_internal()?;
    let Some(state) = load_state(&mut tx, viewer, id).await.or_internal()? else {
        return Err(AppError::NotFound);
    };
    let step = Step::new(
        "deals",
        k!("deal-noun"),
        id,
        state.version,
        state.status,
        to,
    );
    step.allowed(transition_allowed(state.status, to, actor))?;
    check(&state)?;
    let now = now_ms();
    step.apply(&mut tx, now, &change.sets).await?;
    let actor_id = viewer.map(|v| v.user_id);
    add_event(
        &mut tx,
        id,
        actor_id,
        to.as_str(),
        Some(state.status),
        Some(to),
        &change.changes,
        &change.note,
    )
    .await
    .or_internal()?;
    let link = format!("/deals/{id}");
    let title = msg!(
        "deal-notify-status-title",
        status = MsgArg::Key(to.label_key().into()),
        customer = &state.customer_name
    );
    let body = change.note.body().unwrap_or_else(|| {
        msg!(
            "deal-notify-status-body",
            status = MsgArg::Key(to.inline_key().into())
        )
    });
    if workflow::tells_owner(actor, state.owner_user_id, actor_id) {
        notify(
            &mut tx,
            public_url,
            &state.owner,
            &format!("deal_{}", to.as_str()),
            title,
            body,
            &link,
        )
        .await
        .or_internal()?;
    }
    if to == DealStatus::Won {
        let win = won_facts(&mut tx, id, now).await.or_internal()?;
        events::won(&mut tx, &win, public_url).await.or_internal()?;
    }
    audit::commit(
        tx,
        db,
        &entry.object("deal", id).detail(step.audit_detail(&[])),
    )
    .await?;
    Ok(())
}

/// The answer when a versioned update finds the deal changed since it was
/// read: nothing was written, the page should reload.
pub(super) fn stale() -> AppError {
    workflow::stale(k!("deal-noun"))
}

/// A vendor decision on a pending registration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Approve,
    /// Approve although another partner holds the customer (two-tier).
    ApproveSecond,
    Reject,
    /// Back to the partner for changes.
    RequestInfo,
}

impl Decision {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "approve" => Some(Decision::Approve),
            "approve_second" => Some(Decision::ApproveSecond),
            "reject" => Some(Decision::Reject),
            "info" => Some(Decision::RequestInfo),
            _ => None,
        }
    }
}

pub async fn decide(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    decision: Decision,
    reason: &str,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let reason = reason.trim().to_string();
    if reason.chars().count() > 1000 {
        return Err(field_error(
            "reason",
            &reason,
            msg!("deal-error-reason-long"),
        ));
    }
    let now = now_ms();
    let settings = settings(db).await?;
    let decided = vec![
        ("decided_by", SetValue::Int(Some(viewer.user_id))),
        ("decided_at", SetValue::Int(Some(now))),
        ("decision_reason", SetValue::Text(reason.clone())),
    ];
    match decision {
        Decision::Approve | Decision::ApproveSecond => {
            let until = rules::exclusivity_end(now, settings.exclusivity_days);
            let mut sets = decided;
            sets.push(("exclusive_until", SetValue::Int(Some(until))));
            sets.push((
                "second_partner",
                SetValue::Int(Some(i64::from(decision == Decision::ApproveSecond))),
            ));
            let second = decision == Decision::ApproveSecond;
            let holder = approved_rival(db, id).await?;
            transition(
                db,
                Some(viewer),
                id,
                DealStatus::Approved,
                Actor::Staff,
                |_| match holder {
                    Some(other) if !second => Err(AppError::Conflict(msg!(
                        "deal-error-rival-approved",
                        id = other.to_string()
                    ))),
                    _ => Ok(()),
                },
                Change {
                    sets,
                    changes: vec![(
                        "exclusive_until",
                        String::new(),
                        crate::shared::time::date_input_value(until),
                    )],
                    note: EventNote::Says(if reason.is_empty() {
                        msg!("deal-note-approved", date = MsgArg::Date(until))
                    } else {
                        msg!(
                            "deal-note-approved-reason",
                            date = MsgArg::Date(until),
                            reason = &reason
                        )
                    }),
                },
                public_url,
                entry,
            )
            .await
        }
        Decision::Reject | Decision::RequestInfo => {
            if reason.chars().count() < 3 {
                return Err(field_error(
                    "reason",
                    &reason,
                    if decision == Decision::Reject {
                        msg!("deal-error-reject-reason")
                    } else {
                        msg!("deal-error-info-reason")
                    },
                ));
            }
            let (to, sets) = if decision == Decision::Reject {
                (DealStatus::Rejected, decided)
            } else {
                (
                    DealStatus::Draft,
                    vec![("decision_reason", SetValue::Text(reason.clone()))],
                )
            };
            transition(
                db,
                Some(viewer),
                id,
                to,
                Actor::Staff,
                |_| Ok(()),
                Change {
                    sets,
                    changes: Vec::new(),
                    note: EventNote::said(&reason),
                },
                public_url,
                entry,
            )
            .await
        }
    }
}

/// Another company's approved, still exclusive registration in conflict
/// with `id`, if any.
pub(super) async fn approved_rival(db: &Db, id: i64) -> Result<Option<i64>, AppError> {
    let row = sqlx::query(
        "SELECT o.id FROM deals o WHERE o.status = 'approved' AND o.exclusive_until > $1 \
         AND o.company_id <> (SELECT company_id FROM deals WHERE id = $2) AND o.id IN ( \
           SELECT other_deal_id FROM deal_conflicts WHERE deal_id = $3 \
           UNION SELECT deal_id FROM deal_conflicts WHERE other_deal_id = $4) LIMIT 1",
    )
    .bind(now_ms())
    .bind(id)
    .bind(id)
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?;
    Ok(row.map(|r| r.get(0)))
}

pub async fn withdraw(
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
        DealStatus::Withdrawn,
        Actor::Partner,
        |d| own_or_admin(viewer, d),
        Change::default(),
        public_url,
        entry,
    )
    .await
}

pub(super) fn own_or_admin(viewer: &Viewer, d: &DealState) -> Result<(), AppError> {
    if viewer.role == Role::PartnerAdmin || d.owner_user_id == viewer.user_id {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Marks an approved deal won (with the final amount) or lost (with a reason).
#[allow(clippy::too_many_arguments)]
pub async fn close(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    won: bool,
    final_value: &str,
    lost_reason: &str,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let change = if won {
        let cents = crate::shared::money::parse_money(final_value)
            .map_err(|m| field_error("final_value", final_value, m))?;
        // The history shows the amount in the deal's currency.
        let currency: String = sqlx::query("SELECT currency FROM deals WHERE id = $1")
            .bind(id)
            .fetch_optional(&db.pool)
            .await
            .or_internal()?
            .map(|r| r.get(0))
            .unwrap_or_default();
        Change {
            sets: vec![
                ("final_value_cents", SetValue::Int(Some(cents))),
                ("won_at", SetValue::Int(Some(now_ms()))),
            ],
            changes: vec![("final_value", String::new(), money_value(cents, &currency))],
            note: EventNote::None,
        }
    } else {
        let reason = lost_reason.trim();
        if reason.chars().count() < 3 || reason.chars().count() > 500 {
            return Err(field_error(
                "lost_reason",
                lost_reason,
                msg!("deal-error-lost-reason"),
            ));
        }
        Change {
            sets: vec![("lost_reason", SetValue::Text(reason.to_string()))],
            changes: Vec::new(),
            note: EventNote::said(reason),
        }
    };
    let to = if won {
        DealStatus::Won
    } else {
        DealStatus::Lost
    };
    transition(
        db,
        Some(viewer),
        id,
        to,
        Actor::Partner,
        |d| own_or_admin(viewer, d),
        change,
        public_url,
        entry,
    )
    .await
}

/// Updates the partner's stage and probability (no status change).
pub async fn progress(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    stage: &str,
    probability: Option<i64>,
    entry: Entry,
) -> Result<(), AppError> {
    let Some(stage) = Stage::parse(stage) else {
        return Err(field_error("stage", stage, msg!("deal-error-stage")));
    };
    let probability = probability.unwrap_or(stage.default_probability());
    if !(0..=100).contains(&probability) {
        return Err(field_error(
            "probability",
            &probability.to_string(),
            msg!("deal-error-probability"),
        ));
    }
    let mut tx = db.write().await.or_internal()?;
    let Some(state) = load_state(&mut tx, Some(viewer), id).await.or_internal()? else {
        return Err(AppError::NotFound);
    };
    own_or_admin(viewer, &state)?;
    if state.status.is_final() {
        return Err(AppError::Conflict(msg!(
            "deal-error-stage-closed",
            status = MsgArg::Key(state.status.inline_key().into())
        )));
    }
    let old = sqlx::query("SELECT stage, probability FROM deals WHERE id = $1")
        .bind(id)
        .fetch_one(&mut **tx)
        .await
        .or_internal()?;
    let (old_stage, old_prob): (String, i64) = (old.get(0), old.get(1));
    sqlx::query(
        "UPDATE deals SET stage = $1, probability = $2, updated_at = $3, version = version + 1 \
         WHERE id = $4 AND version = $5",
    )
    .bind(stage.as_str())
    .bind(probability)
    .bind(now_ms())
    .bind(id)
    .bind(state.version)
    .execute(&mut **tx)
    .await
    .or_internal()?;
    let mut changes = Vec::new();
    if old_stage != stage.as_str() {
        // Stored names; the page shows their labels.
        changes.push(("stage", old_stage, stage.as_str().to_string()));
    }
    if old_prob != probability {
        changes.push(("probability", old_prob.to_string(), probability.to_string()));
    }
    if !changes.is_empty() {
        add_event(
            &mut tx,
            id,
            Some(viewer.user_id),
            "progress",
            None,
            None,
            &changes,
            &EventNote::None,
        )
        .await
        .or_internal()?;
        audit::append(&mut tx, db.dialect, &entry.object("deal", id))
            .await
            .or_internal()?;
    }
    tx.commit().await.or_internal()?;
    Ok(())
}
