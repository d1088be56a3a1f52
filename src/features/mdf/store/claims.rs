//! Claims with proof of performance: filing a claim, the staff's review, and
//! the reimbursement.

use super::*;
use crate::shared::validate::field_error;

/// A claim as typed.
#[derive(Clone, Debug, Default)]
pub struct RawClaim {
    pub actual_cost: String,
    pub actual_leads: String,
    pub notes: String,
    pub deal_ids: Vec<i64>,
}

/// Files (or files again) the claim of an approved activity, with proof.
pub async fn claim(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    raw: &RawClaim,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let mut c = Checker::new();
    c.keep("actual_cost", &raw.actual_cost)
        .keep("actual_leads", &raw.actual_leads)
        .keep("claim_notes", &raw.notes);
    let cost = c.check("actual_cost", parse_money(&raw.actual_cost));
    let leads_raw = raw.actual_leads.trim().replace([',', ' '], "");
    let leads = if leads_raw.is_empty() {
        Some(0)
    } else {
        c.check(
            "actual_leads",
            leads_raw
                .parse::<i64>()
                .ok()
                .filter(|n| (0..=10_000_000).contains(n))
                .ok_or_else(|| msg!("mdf-leads-whole")),
        )
    };
    let notes: String = raw.notes.trim().chars().take(4000).collect();
    let (Some(cost), Some(leads)) = (cost, leads) else {
        return Err(c.into_error());
    };
    let mut deal_ids = raw.deal_ids.clone();
    deal_ids.sort_unstable();
    deal_ids.dedup();
    deal_ids.truncate(100);
    let company_id = viewer.company_id.ok_or(AppError::Forbidden)?;
    // Only the company's own deals can be linked; foreign ids are ignored
    // exactly like missing ones.
    let own: Vec<i64> = if deal_ids.is_empty() {
        Vec::new()
    } else {
        let mut conn = db.pool.acquire().await.or_internal()?;
        deals::refs(&mut conn, Some(company_id), &deal_ids)
            .await
            .or_internal()?
            .iter()
            .map(|d| d.id)
            .collect()
    };
    let files: i64 = sqlx::query(
        "SELECT COUNT(*) FROM mdf_files WHERE request_id = $1 AND company_id = $2 AND removed_at IS NULL",
    )
    .bind(id)
    .bind(company_id)
    .fetch_one(&db.pool)
    .await
    .or_internal()?
    .get(0);
    let s = settings(db).await?;
    let now = now_ms();
    transition(
        db,
        Some(viewer),
        id,
        MdfStatus::Claimed,
        Actor::Partner,
        move |st, _, _| {
            if now < st.ends_on {
                return Err(AppError::Conflict(msg!(
                    "mdf-claim-too-early",
                    date = Arg::Date(st.ends_on)
                )));
            }
            if let Some(due) = st.claim_due_at {
                if now > due {
                    return Err(AppError::Conflict(msg!(
                        "mdf-claim-too-late",
                        date = Arg::Date(due)
                    )));
                }
            }
            if files == 0 {
                c.fail("files", msg!("mdf-claim-no-proof"));
                return Err(c.into_error());
            }
            let claimed = rules::claim_cap(st.approved.unwrap_or(0), cost, st.max_percent);
            Ok(Plan {
                sets: vec![
                    ("actual_cost_cents", SetValue::Int(Some(cost))),
                    ("actual_leads", SetValue::Int(Some(leads))),
                    ("claim_notes", SetValue::Text(notes.clone())),
                    ("claimed_cents", SetValue::Int(Some(claimed))),
                    ("claim_submitted_at", SetValue::Int(Some(now))),
                    ("claim_reason", SetValue::Text(String::new())),
                ]
                .into_iter()
                .chain(approvals::start(now, s.sla_hours))
                .collect(),
                amount: Some(claimed),
                says: (cost > 0 && claimed < st.approved.unwrap_or(0)).then(|| {
                    msg!(
                        "mdf-note-claimed",
                        claimed = Arg::money(claimed, &st.currency),
                        percent = st.max_percent,
                        cost = Arg::money(cost, &st.currency)
                    )
                }),
                deals: Some(own.clone()),
                ..Plan::default()
            })
        },
        public_url,
        entry,
    )
    .await
}

/// A vendor decision on a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClaimDecision {
    Approve,
    RequestChanges,
    Reject,
}

impl ClaimDecision {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "approve" => Some(ClaimDecision::Approve),
            "changes" => Some(ClaimDecision::RequestChanges),
            "reject" => Some(ClaimDecision::Reject),
            _ => None,
        }
    }
}

#[allow(clippy::too_many_arguments)]
pub async fn review_claim(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    decision: ClaimDecision,
    amount: &str,
    reason: &str,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let now = now_ms();
    let (to, reason) = match decision {
        ClaimDecision::Approve => (
            MdfStatus::ClaimApproved,
            reason.trim().chars().take(1000).collect::<String>(),
        ),
        ClaimDecision::RequestChanges => (
            MdfStatus::ChangesRequested,
            reason_required("reason", reason, msg!("mdf-reason-claim-changes"))?,
        ),
        ClaimDecision::Reject => (
            MdfStatus::ClaimRejected,
            reason_required("reason", reason, msg!("mdf-reason-claim-reject"))?,
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
        move |st, _, _| {
            let approved = st.approved.unwrap_or(0);
            let mut plan = Plan {
                note: reason.clone(),
                sets: vec![
                    ("claim_reason", SetValue::Text(reason.clone())),
                    ("claim_decided_by", SetValue::Int(Some(uid))),
                    ("claim_decided_at", SetValue::Int(Some(now))),
                    approvals::stop(),
                ],
                ..Plan::default()
            };
            match decision {
                ClaimDecision::RequestChanges => {}
                ClaimDecision::Reject => {
                    plan.ledger = vec![(EntryKind::Release, approved)];
                    plan.amount = Some(approved);
                }
                ClaimDecision::Approve => {
                    let cap =
                        rules::claim_cap(approved, st.actual_cost.unwrap_or(0), st.max_percent);
                    let pay = if amount.is_empty() {
                        st.claimed.unwrap_or(cap).min(cap)
                    } else {
                        parse_money(&amount).map_err(|m| field_error("amount", &amount, m))?
                    };
                    if pay > cap {
                        return Err(field_error(
                            "amount",
                            &amount,
                            msg!(
                                "mdf-claim-over-cap",
                                cap = Arg::money(cap, &st.currency),
                                percent = st.max_percent
                            ),
                        ));
                    }
                    plan.amount = Some(pay);
                    plan.ledger = vec![
                        (EntryKind::Claim, pay),
                        (EntryKind::Release, approved - pay),
                    ];
                    plan.sets
                        .push(("claim_approved_cents", SetValue::Int(Some(pay))));
                    if pay < approved && plan.note.is_empty() {
                        plan.says = Some(msg!(
                            "mdf-note-released",
                            released = Arg::money(approved - pay, &st.currency),
                            committed = Arg::money(approved, &st.currency)
                        ));
                    }
                }
            }
            Ok(plan)
        },
        public_url,
        entry,
    )
    .await
}

/// Marks an approved claim paid, with the payment's reference and date.
#[allow(clippy::too_many_arguments)]
pub async fn reimburse(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    reference: &str,
    paid_on: &str,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let mut c = Checker::new();
    c.keep("payment_reference", reference)
        .keep("paid_on", paid_on);
    let reference: String = reference.trim().chars().take(100).collect();
    if reference.is_empty() {
        c.fail("payment_reference", msg!("mdf-payment-reference-empty"));
    }
    let now = now_ms();
    let date = if paid_on.trim().is_empty() {
        Some(now - now.rem_euclid(DAY_MS))
    } else {
        c.check(
            "paid_on",
            parse_date(paid_on)
                .filter(|d| *d <= now + DAY_MS)
                .ok_or_else(|| msg!("mdf-paid-on")),
        )
    };
    let Some(date) = date.filter(|_| !c.has_errors()) else {
        return Err(c.into_error());
    };
    transition(
        db,
        Some(viewer),
        id,
        MdfStatus::Reimbursed,
        Actor::Staff,
        move |st, _, _| {
            let pay = st.claim_approved.unwrap_or(0);
            Ok(Plan {
                sets: vec![
                    ("payment_reference", SetValue::Text(reference.clone())),
                    ("paid_on", SetValue::Int(Some(date))),
                ],
                ledger: vec![(EntryKind::Reimbursement, pay)],
                amount: Some(pay),
                says: Some(msg!("mdf-note-payment", reference = &reference)),
                ..Plan::default()
            })
        },
        public_url,
        entry,
    )
    .await
}
