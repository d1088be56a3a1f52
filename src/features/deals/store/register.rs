//! Registering a deal: approval rules, the customer lock, then inside the
//! write lock the conflict check again, routing, the insert and everything
//! that refers to it as one batch (notifications, the listeners' statements,
//! audit).

use super::*;

pub async fn rules_list(db: &Db) -> Result<Vec<Rule>, AppError> {
    let rows = sqlx::query(
        "SELECT id, position, name, company_id, region, product_id, min_value_cents, max_value_cents, \
         conflict, action, active FROM approval_rules ORDER BY position, id",
    )
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    Ok(rows
        .iter()
        .map(|r| Rule {
            id: r.get(0),
            position: r.get(1),
            name: r.get(2),
            company_id: r.get(3),
            region: r.get(4),
            product_id: r.get(5),
            min_value_cents: r.get(6),
            max_value_cents: r.get(7),
            conflict: rules::ConflictCondition::parse(&r.get::<String, _>(8))
                .unwrap_or(rules::ConflictCondition::Any),
            action: rules::RuleAction::parse(&r.get::<String, _>(9))
                .unwrap_or(rules::RuleAction::RouteManager),
            active: r.get::<i64, _>(10) == 1,
        })
        .collect())
}

/// Serialises registrations of the same customer on PostgreSQL (SQLite has
/// one writer at a time already): a transaction-scoped advisory lock per
/// domain and per name token, taken in a fixed order.
pub(super) async fn lock_customer(
    conn: &mut AnyConnection,
    db: &Db,
    key: &CustomerKey,
) -> Result<(), sqlx::Error> {
    let mut keys: Vec<i64> = key
        .tokens()
        .iter()
        .chain(std::iter::once(&key.domain))
        .filter(|s| !s.is_empty())
        .map(|s| lock_id(s))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    for k in keys {
        crate::server::dialect::lock_key(conn, db.dialect, k).await?;
    }
    Ok(())
}

pub(super) fn lock_id(s: &str) -> i64 {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(format!("deal-customer:{s}").as_bytes());
    i64::from_be_bytes([d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]])
}

/// The refusal of a registration that repeats one of the partner's own:
/// shown at the field that matched, with the earlier deal's id echoed as
/// `duplicate_of` so the form can link to it. It is a validation error, so
/// the form comes back with what was typed (the server function adds the
/// echo).
pub(super) fn duplicate(own: &Candidate) -> AppError {
    let field = match own.reason {
        MatchReason::SameDomain => "customer_domain",
        MatchReason::SimilarName => "customer_name",
    };
    AppError::Validation {
        message: msg!("deal-error-duplicate", id = own.id.to_string()),
        fields: vec![crate::shared::error::FieldError {
            field: field.into(),
            message: msg!(
                "deal-error-duplicate-field",
                id = own.id.to_string(),
                reason = MsgArg::Key(rules::match_key(own.reason).into())
            ),
        }],
        values: vec![(DUPLICATE_OF.into(), own.id.to_string())],
    }
}

/// What a registration reads before it queues for the write lock, through
/// the pool: none of it decides a conflict, and a change racing with the
/// registration is as if it came just after. Inside the lock each read is
/// a statement every queued registration waits for (decision 0006).
pub(super) struct Before {
    pub(super) region: String,
    /// The company's assigned channel managers (its approvers unless a
    /// rule sends the deal to the vendor admins).
    pub(super) managers: Vec<Recipient>,
    /// What the features listening to registrations read ahead.
    pub(super) ahead: events::Ahead,
}

impl Before {
    pub(super) async fn read(db: &Db, company_id: i64) -> Result<Before, sqlx::Error> {
        let mut conn = db.pool.acquire().await?;
        let region: String = sqlx::query("SELECT region FROM companies WHERE id = $1")
            .bind(company_id)
            .fetch_one(&mut *conn)
            .await?
            .get(0);
        let managers = assigned_managers(&mut conn, company_id).await?;
        let ahead = events::prepare_registration(&mut conn, company_id).await?;
        Ok(Before {
            region,
            managers,
            ahead,
        })
    }
}

/// The outcome of a registration, for the page to show.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Registered {
    pub id: i64,
    pub status: DealStatus,
    pub has_conflict: bool,
}

/// Registers a deal: conflict check, routing and insert in one write
/// transaction, so two partners racing for one customer are serialised and
/// the second sees the first.
#[allow(clippy::too_many_arguments)]
pub async fn register(
    db: &Db,
    viewer: &Viewer,
    company_id: i64,
    input: &DealInput,
    registration_ms: Option<i64>,
    public_url: &str,
    actor: Entry,
) -> Result<Registered, AppError> {
    let settings = settings(db).await?;
    let rule_set = rules_list(db).await?;
    let key = CustomerKey::new(&input.customer_name, &input.customer_domain);
    let before = Before::read(db, company_id).await.or_internal()?;
    // Read here, in the request: the writer thread has no request context.
    let registrant = Recipient::viewer(viewer);
    let locked = Locked {
        db: db.clone(),
        viewer: viewer.clone(),
        registrant,
        company_id,
        input: input.clone(),
        registration_ms,
        public_url: public_url.to_string(),
        actor,
        settings,
        rule_set,
        key,
        before,
    };
    db.on_writer(locked.register()).await
}

/// What [`register`] does inside the write lock, with what it read before
/// it: run on the writer thread ([`Db::on_writer`]), so it owns its data.
pub(super) struct Locked {
    pub(super) db: Db,
    pub(super) viewer: Viewer,
    /// The registering partner, in the language of the request.
    pub(super) registrant: Recipient,
    pub(super) company_id: i64,
    pub(super) input: DealInput,
    pub(super) registration_ms: Option<i64>,
    pub(super) public_url: String,
    pub(super) actor: Entry,
    pub(super) settings: DealSettings,
    pub(super) rule_set: Vec<rules::Rule>,
    pub(super) key: CustomerKey,
    pub(super) before: Before,
}

impl Locked {
    pub(super) async fn register(self) -> Result<Registered, AppError> {
        let Locked {
            db,
            viewer,
            registrant,
            company_id,
            input,
            registration_ms,
            public_url,
            actor,
            settings,
            rule_set,
            key,
            before,
        } = self;
        let (db, viewer, input, public_url) = (&db, &viewer, &input, public_url.as_str());
        let now = now_ms();
        // Reads and writes only through its transaction: registrations queued
        // together share one commit (decision 0006).
        let mut tx = db.write_grouped_deferred().await.or_internal()?;
        let region = before.region;
        let (conflicts, id, chain_end) = read_in_lock(&mut tx, db, &key, &input.product_ids)
            .await
            .or_internal()?;
        // A partner's own earlier registration of the same customer is a
        // duplicate, not a conflict: refuse it and point to it.
        if let Some(own) = conflicts.iter().find(|c| c.company_id == company_id) {
            return Err(duplicate(own));
        }
        let has_conflict = !conflicts.is_empty();
        let route = rules::route(
            &rule_set,
            &rules::RoutingFacts {
                company_id,
                region: &region,
                product_ids: &input.product_ids,
                value_cents: input.value_cents,
                has_conflict,
            },
        );
        let (route_name, rule_id, approved) = match route {
            Route::AutoApprove { rule_id } => ("auto", Some(rule_id), true),
            Route::Manager { rule_id } => ("manager", rule_id, false),
            Route::Admins { rule_id } => ("admins", rule_id, false),
        };
        let status = if approved {
            DealStatus::Approved
        } else {
            DealStatus::Submitted
        };
        let exclusive_until =
            approved.then(|| rules::exclusivity_end(now, settings.exclusivity_days));
        let sla_due = (!approved).then_some(approvals::due_at(now, settings.sla_hours));
        // The deal's id was drawn first, so every statement that refers to it
        // goes into one batch: on SQLite one round trip inside the write lock
        // instead of one per statement (decision 0006, update 2); on
        // PostgreSQL one statement, as each touches rows of its own.
        let mut batch = Batch::independent();
        batch.push(
        "INSERT INTO deals (id, company_id, owner_user_id, status, customer_name, customer_key, customer_token, \
         customer_domain, contact_name, contact_email, contact_phone, country, region, value_cents, currency, \
         close_date, deal_type, notes, has_conflict, route, rule_id, submitted_at, decided_at, sla_due_at, \
         exclusive_until, registration_ms, created_at, updated_at, lead_id) \
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25,$26,$27,$28,$29)",
        vec![
            id.into(),
            company_id.into(),
            viewer.user_id.into(),
            status.as_str().into(),
            (&input.customer_name).into(),
            (&key.name_key).into(),
            crate::shared::matcher::name_token(&key.name_key).into(),
            (&key.domain).into(),
            (&input.contact_name).into(),
            (&input.contact_email).into(),
            (&input.contact_phone).into(),
            (&input.country).into(),
            (&region).into(),
            input.value_cents.into(),
            (&input.currency).into(),
            input.close_date.into(),
            input.deal_type.as_str().into(),
            (&input.notes).into(),
            i64::from(has_conflict).into(),
            route_name.into(),
            rule_id.into(),
            now.into(),
            approved.then_some(now).into(),
            sla_due.into(),
            exclusive_until.into(),
            registration_ms.into(),
            now.into(),
            now.into(),
            input.lead_id.into(),
        ],
    );
        add_products_and_conflicts(&mut batch, id, &input.product_ids, &conflicts, now, true);
        push_event(
            &mut batch,
            id,
            Some(viewer.user_id),
            "submitted",
            None,
            Some(DealStatus::Submitted),
            &[],
            &match registration_ms {
                Some(ms) => EventNote::Says(msg!(
                    "deal-note-registered-in",
                    duration = MsgArg::Duration(ms)
                )),
                None => EventNote::None,
            },
        );
        let link = format!("/deals/{id}");
        // The approvers' notification and the partner's go in one insert.
        let mut deciders: Vec<Recipient> = Vec::new();
        let approver_title = msg!(
            "deal-notify-new-title",
            customer = &input.customer_name,
            value = MsgArg::money(input.value_cents, &input.currency)
        );
        let approver_body = if has_conflict {
            msg!("deal-notify-new-body-conflict")
        } else {
            msg!("deal-notify-new-body")
        };
        if approved {
            push_event(
                &mut batch,
                id,
                None,
                "approved",
                Some(DealStatus::Submitted),
                Some(DealStatus::Approved),
                &[],
                &EventNote::Says(msg!("deal-note-auto-approved")),
            );
        } else if route_name != "admins" && !before.managers.is_empty() {
            deciders = before.managers;
        } else {
            // No assigned manager, or a rule sends it to the vendor admins.
            deciders = approvers(&mut tx, company_id, true).await.or_internal()?;
        }
        let (title, body) = if approved {
            (
                msg!(
                    "deal-notify-approved-title",
                    customer = &input.customer_name
                ),
                msg!(
                    "deal-notify-approved-body",
                    date = MsgArg::Date(exclusive_until.unwrap_or(now))
                ),
            )
        } else {
            (
                msg!(
                    "deal-notify-registered-title",
                    customer = &input.customer_name
                ),
                msg!("deal-notify-registered-body", hours = settings.sla_hours),
            )
        };
        let mut notes: Vec<Note> = deciders
            .iter()
            .map(|to| Note {
                to,
                kind: "deal_submitted",
                title: approver_title.clone(),
                body: approver_body.clone(),
            })
            .collect();
        notes.push(Note {
            to: &registrant,
            kind: if approved {
                "deal_approved"
            } else {
                "deal_registered"
            },
            title,
            body,
        });
        add_notes(&mut batch, public_url, &notes, &link);
        let registration = events::Registration {
            deal_id: id,
            company_id,
            user_id: viewer.user_id,
            at: now,
            lead_id: input.lead_id,
        };
        let late = before.ahead.registered(&registration, &mut batch);
        audit::push(
            &mut batch,
            chain_end,
            &actor.object("deal", id).detail(format!(
                "{{\"status\":\"{}\",\"conflict\":{has_conflict},\"route\":\"{route_name}\"}}",
                status.as_str()
            )),
        );
        if late.is_empty() {
            // The usual case: the batch is the last of it, and on SQLite
            // releases the member's savepoint in the same round trip.
            tx.commit_with(batch).await.or_internal()?;
        } else {
            batch.run(&mut tx).await.or_internal()?;
            // A listener that could not read ahead (the company's first
            // registration without a tier gets the default program's
            // membership, then its points).
            events::registered_late(&mut tx, &late, &registration)
                .await
                .or_internal()?;
            tx.commit().await.or_internal()?;
        }
        Ok(Registered {
            id,
            status,
            has_conflict,
        })
    }
}

/// Replaces a deal's products and the conflicts it found, and flags the
/// registrations it conflicts with: statements added to `batch`.
pub(super) fn add_products_and_conflicts(
    batch: &mut Batch,
    id: i64,
    product_ids: &[i64],
    conflicts: &[Candidate],
    now: i64,
    fresh: bool,
) {
    // A new deal has nothing to replace; an edited one has.
    if !fresh {
        batch.push(
            "DELETE FROM deal_products WHERE deal_id = $1",
            vec![id.into()],
        );
        batch.push(
            "DELETE FROM deal_conflicts WHERE deal_id = $1",
            vec![id.into()],
        );
    }
    // One statement for all products, with placeholders: the text depends
    // only on how many there are, so each shape is prepared once (values
    // written into the text made every batch a statement of its own).
    let mut products: Vec<i64> = product_ids.to_vec();
    products.sort_unstable();
    products.dedup();
    if !products.is_empty() {
        let values: Vec<String> = (0..products.len())
            .map(|i| format!("(${}, ${})", 2 * i + 1, 2 * i + 2))
            .collect();
        let args = products
            .iter()
            .flat_map(|p| [Arg::from(id), Arg::from(*p)])
            .collect();
        batch.push_varying(
            format!(
                "INSERT INTO deal_products (deal_id, product_id) VALUES {}",
                values.join(", ")
            ),
            args,
        );
    }
    for c in conflicts {
        batch.push(
            "INSERT INTO deal_conflicts (deal_id, other_deal_id, reason, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (deal_id, other_deal_id) DO NOTHING",
            vec![id.into(), c.id.into(), c.reason.as_str().into(), now.into()],
        );
        batch.push(
            "UPDATE deals SET has_conflict = 1 WHERE id = $1",
            vec![c.id.into()],
        );
    }
}

/// The note of a history line: none, what a person wrote (a reason), or
/// what the portal says, stored as its message (key and arguments, JSON)
/// so each reader gets it in their language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum EventNote {
    #[default]
    None,
    Said(String),
    Says(Msg),
}

impl EventNote {
    /// What a person wrote, or nothing when it is empty.
    pub fn said(text: &str) -> EventNote {
        if text.is_empty() {
            EventNote::None
        } else {
            EventNote::Said(text.to_string())
        }
    }

    /// The `note` column's text.
    pub(super) fn stored(&self) -> String {
        match self {
            EventNote::None => String::new(),
            EventNote::Said(text) => text.clone(),
            EventNote::Says(m) => serde_json::to_string(m).unwrap_or_default(),
        }
    }

    /// The notification body that says the same.
    pub(super) fn body(&self) -> Option<Msg> {
        match self {
            EventNote::None => None,
            EventNote::Said(text) => Some(msg!("deal-notify-said", text = text)),
            EventNote::Says(m) => Some(m.clone()),
        }
    }
}

/// A `note` column read back: what a person wrote (or an older row's
/// text), or the portal's message.
pub(super) fn read_note(stored: String) -> (String, Option<Msg>) {
    if stored.starts_with("{\"key\":\"deal-") {
        if let Ok(m) = serde_json::from_str::<Msg>(&stored) {
            if !m.literal {
                return (String::new(), Some(m));
            }
        }
    }
    (stored, None)
}

/// A money amount as a history value: "<cents> <currency>", shown in the
/// reader's format.
pub(super) fn money_value(cents: i64, currency: &str) -> String {
    format!("{cents} {currency}")
}

#[allow(clippy::too_many_arguments)]
pub(super) async fn add_event(
    conn: &mut AnyConnection,
    deal_id: i64,
    actor: Option<i64>,
    kind: &str,
    from: Option<DealStatus>,
    to: Option<DealStatus>,
    changes: &[(&str, String, String)],
    note: &EventNote,
) -> Result<(), sqlx::Error> {
    let mut batch = Batch::new();
    push_event(&mut batch, deal_id, actor, kind, from, to, changes, note);
    batch.run(conn).await
}

/// A line of a deal's history, added to a batch.
#[allow(clippy::too_many_arguments)]
pub(super) fn push_event(
    batch: &mut Batch,
    deal_id: i64,
    actor: Option<i64>,
    kind: &str,
    from: Option<DealStatus>,
    to: Option<DealStatus>,
    changes: &[(&str, String, String)],
    note: &EventNote,
) {
    let changes: Vec<(&str, &str, &str)> = changes
        .iter()
        .map(|(f, b, a)| (*f, b.as_str(), a.as_str()))
        .collect();
    batch.push(
        "INSERT INTO deal_events (deal_id, at, actor_user_id, kind, from_status, to_status, changes, note) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        vec![
            deal_id.into(),
            now_ms().into(),
            actor.into(),
            kind.into(),
            from.map(|s| s.as_str()).into(),
            to.map(|s| s.as_str()).into(),
            serde_json::to_string(&changes)
                .unwrap_or_else(|_| "[]".into())
                .into(),
            note.stored().into(),
        ],
    );
}
