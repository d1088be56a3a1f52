//! Requests as the partner files them: the raw form, its checks, the form's
//! data, creating a request under the fund lock, and resubmitting a returned
//! one.

use super::*;

/// A request as typed, before checking.
#[derive(Clone, Debug, Default)]
pub struct RawRequest {
    pub activity_type: String,
    pub title: String,
    pub description: String,
    pub starts_on: String,
    pub ends_on: String,
    pub total_cost: String,
    pub requested: String,
    pub contribution: String,
    pub expected_leads: String,
    pub expected_pipeline: String,
}

impl RawRequest {
    pub fn fields(&self) -> [(&'static str, &str); 10] {
        [
            ("activity_type", &self.activity_type),
            ("title", &self.title),
            ("description", &self.description),
            ("starts_on", &self.starts_on),
            ("ends_on", &self.ends_on),
            ("total_cost", &self.total_cost),
            ("requested", &self.requested),
            ("contribution", &self.contribution),
            ("expected_leads", &self.expected_leads),
            ("expected_pipeline", &self.expected_pipeline),
        ]
    }
}

#[derive(Clone, Debug)]
pub struct RequestInput {
    pub activity_type: ActivityType,
    pub title: String,
    pub description: String,
    pub starts_on: i64,
    pub ends_on: i64,
    pub total_cost: i64,
    pub requested: i64,
    pub contribution: i64,
    pub expected_leads: i64,
    pub expected_pipeline: i64,
}

/// Checks the fields on their own (the balance is checked with the fund
/// locked, in [`create`]).
pub fn check_request(raw: &RawRequest, now: i64) -> Result<RequestInput, AppError> {
    let mut c = Checker::new();
    for (k, v) in raw.fields() {
        c.keep(k, v);
    }
    let activity = c.check(
        "activity_type",
        ActivityType::parse(raw.activity_type.trim()).ok_or_else(|| msg!("mdf-activity-choose")),
    );
    let title = raw.title.trim().to_string();
    if title.is_empty() {
        c.fail("title", msg!("mdf-title-empty"));
    } else if title.chars().count() > 150 {
        c.fail("title", msg!("mdf-title-long"));
    }
    let description = raw.description.trim().to_string();
    if description.chars().count() > 4000 {
        c.fail("description", msg!("mdf-description-long"));
    }
    let starts = c.check(
        "starts_on",
        parse_date(&raw.starts_on).ok_or_else(|| msg!("mdf-starts-empty")),
    );
    let ends = c.check(
        "ends_on",
        parse_date(&raw.ends_on).ok_or_else(|| msg!("mdf-ends-empty")),
    );
    if let (Some(s), Some(e)) = (starts, ends) {
        if e < s {
            c.fail("ends_on", msg!("mdf-ends-before"));
        } else if e - s > 366 * DAY_MS {
            c.fail("ends_on", msg!("mdf-too-long"));
        }
        if e < now - now.rem_euclid(DAY_MS) - 365 * DAY_MS {
            c.fail("ends_on", msg!("mdf-ended-long-ago"));
        }
        if s > now + 2 * 365 * DAY_MS {
            c.fail("starts_on", msg!("mdf-too-far"));
        }
    }
    let cost = c.check("total_cost", parse_money(&raw.total_cost));
    let requested = c.check("requested", parse_money(&raw.requested));
    let contribution = if raw.contribution.trim().is_empty() {
        Some(0)
    } else {
        c.check("contribution", parse_money(&raw.contribution))
    };
    let count = |c: &mut Checker, field: &str, raw: &str| -> Option<i64> {
        let t = raw.trim().replace([',', ' '], "");
        if t.is_empty() {
            return Some(0);
        }
        c.check(
            field,
            t.parse::<i64>()
                .ok()
                .filter(|n| (0..=10_000_000).contains(n))
                .ok_or_else(|| msg!("mdf-whole-number")),
        )
    };
    let leads = count(&mut c, "expected_leads", &raw.expected_leads);
    let pipeline = if raw.expected_pipeline.trim().is_empty() {
        Some(0)
    } else {
        c.check("expected_pipeline", parse_money(&raw.expected_pipeline))
    };
    match (
        activity,
        starts,
        ends,
        cost,
        requested,
        contribution,
        leads,
        pipeline,
    ) {
        (Some(a), Some(s), Some(e), Some(cost), Some(req), Some(contrib), Some(l), Some(p))
            if !c.has_errors() =>
        {
            Ok(RequestInput {
                activity_type: a,
                title,
                description,
                starts_on: s,
                ends_on: e,
                total_cost: cost,
                requested: req,
                contribution: contrib,
                expected_leads: l,
                expected_pipeline: p,
            })
        }
        _ => Err(c.into_error()),
    }
}

/// The request's amounts against the rules and what the fund can still
/// give; a refusal keeps what was typed.
pub(super) fn check_amounts(
    raw: &RawRequest,
    input: &RequestInput,
    max_percent: i64,
    available: i64,
    currency: &str,
) -> Result<(), AppError> {
    let errors = rules::request_amount_errors(
        input.total_cost,
        input.requested,
        input.contribution,
        max_percent,
        available,
        currency,
    );
    if errors.is_empty() {
        Ok(())
    } else {
        Err(amount_error(raw, errors))
    }
}

pub(super) fn amount_error(raw: &RawRequest, errors: Vec<(&'static str, Msg)>) -> AppError {
    let mut c = Checker::new();
    for (k, v) in raw.fields() {
        c.keep(k, v);
    }
    for (f, m) in errors {
        c.fail(f, m);
    }
    c.into_error()
}

/// What the request form needs: the company, its balance, the rules and
/// the signed time the form was served (the request clock without JS).
pub async fn form(db: &Db, viewer: &Viewer, company_id: i64) -> Result<MdfFormInfo, AppError> {
    let name: String = sqlx::query("SELECT name FROM companies WHERE id = $1")
        .bind(company_id)
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    let s = settings(db).await?;
    let (served_at, served_sig) = crate::server::form_clock::stamp(db, viewer).await?;
    Ok(MdfFormInfo {
        company_name: name,
        fund: fund_card(db, company_id).await?,
        max_percent: s.max_percent,
        claim_days: s.claim_days,
        served_at,
        served_sig,
        edit: None,
    })
}

/// Files a request against the company's current fund. The fund is locked
/// while the balance and the requests still waiting are checked, so two
/// requests that together exceed the balance cannot both get in.
#[allow(clippy::too_many_arguments)]
pub async fn create(
    db: &Db,
    viewer: &Viewer,
    company_id: i64,
    raw: &RawRequest,
    input: &RequestInput,
    measured_ms: Option<i64>,
    public_url: &str,
    entry: Entry,
) -> Result<i64, AppError> {
    let settings = settings(db).await?;
    let now = now_ms();
    // Which fund, and who decides, before the write lock: a fund allocated
    // meanwhile is as if allocated just after, and the approvers are only
    // told (the registration's rule, too).
    let (fund, deciders) = {
        let mut conn = db.pool.acquire().await.or_internal()?;
        let fund = current_fund(&mut conn, company_id, now)
            .await
            .or_internal()?;
        let deciders = crate::server::notify::approvers(&mut conn, company_id, false)
            .await
            .or_internal()?;
        (fund, deciders)
    };
    let Some(fund) = fund else {
        return Err(amount_error(raw, vec![("requested", msg!("mdf-no-funds"))]));
    };
    let locked = LockedRequest {
        db: db.clone(),
        viewer: viewer.clone(),
        company_id,
        raw: raw.clone(),
        input: input.clone(),
        measured_ms,
        public_url: public_url.to_string(),
        entry,
        settings,
        fund,
        deciders,
        now,
    };
    db.on_writer(locked.create()).await
}

/// What [`create`] does inside the write lock, with what it read before:
/// run on the writer thread ([`Db::on_writer`]), so it owns its data.
pub(super) struct LockedRequest {
    pub(super) db: Db,
    pub(super) viewer: Viewer,
    pub(super) company_id: i64,
    pub(super) raw: RawRequest,
    pub(super) input: RequestInput,
    pub(super) measured_ms: Option<i64>,
    pub(super) public_url: String,
    pub(super) entry: Entry,
    pub(super) settings: MdfSettings,
    pub(super) fund: Fund,
    pub(super) deciders: Vec<Recipient>,
    pub(super) now: i64,
}

impl LockedRequest {
    pub(super) async fn create(self) -> Result<i64, AppError> {
        let LockedRequest {
            db,
            viewer,
            company_id,
            raw,
            input,
            measured_ms,
            public_url,
            entry,
            settings: s,
            fund,
            deciders,
            now,
        } = self;
        // Reads and writes only through its transaction: requests queued
        // together share one commit (decision 0006).
        let mut tx = db.write_grouped_deferred().await.or_internal()?;
        let (b, waiting, id, chain_end) = read_fund_in_lock(&mut tx, &db, fund.id)
            .await
            .or_internal()?;
        check_amounts(
            &raw,
            &input,
            s.max_percent,
            b.available - waiting,
            &fund.currency,
        )?;
        // Every statement that refers to the request goes into one batch:
        // on SQLite one round trip inside the write lock, which also
        // releases the member's savepoint; on PostgreSQL one statement.
        let mut batch = Batch::independent();
        batch.push(
            "INSERT INTO mdf_requests (id, company_id, fund_id, owner_user_id, status, activity_type, title, \
             description, starts_on, ends_on, currency, total_cost_cents, requested_cents, contribution_cents, \
             expected_leads, expected_pipeline_cents, max_percent, submitted_at, sla_due_at, request_ms, \
             created_at, updated_at) \
             VALUES ($1, $2, $3, $4, 'submitted', $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, \
             $18, $19, $17, $17)",
            vec![
                id.into(),
                company_id.into(),
                fund.id.into(),
                viewer.user_id.into(),
                input.activity_type.as_str().into(),
                (&input.title).into(),
                (&input.description).into(),
                input.starts_on.into(),
                input.ends_on.into(),
                (&fund.currency).into(),
                input.total_cost.into(),
                input.requested.into(),
                input.contribution.into(),
                input.expected_leads.into(),
                input.expected_pipeline.into(),
                s.max_percent.into(),
                now.into(),
                approvals::due_at(now, s.sla_hours).into(),
                measured_ms.into(),
            ],
        );
        push_event(
            &mut batch,
            id,
            Some(viewer.user_id),
            "submitted",
            Some(MdfStatus::Submitted),
            Some(input.requested),
            "",
            None,
        );
        let title = msg!("mdf-notify-request-title", title = &input.title);
        let body = msg!(
            "mdf-notify-asks",
            company = viewer.company_name.clone().unwrap_or_default(),
            amount = Arg::money(input.requested, &fund.currency),
            activity = Arg::Key(input.activity_type.label_key().into())
        );
        let notes: Vec<Note> = deciders
            .iter()
            .map(|to| Note {
                to,
                kind: "mdf_submitted",
                title: title.clone(),
                body: body.clone(),
            })
            .collect();
        add_notes(&mut batch, &public_url, &notes, &format!("/mdf/{id}"));
        audit::push(
            &mut batch,
            chain_end,
            &entry.object("mdf_request", id).detail(format!(
                "{{\"to\":\"submitted\",\"requested_cents\":{}}}",
                input.requested
            )),
        );
        tx.commit_with(batch).await.or_internal()?;
        Ok(id)
    }
}

/// Inside the write lock, what a new request is checked against and
/// numbered by: the fund's balance, what its requests still waiting ask
/// for, the request's id and the audit chain's end. On SQLite one round
/// trip, which also opens the member's savepoint; on PostgreSQL the fund's
/// lock first, then one statement each.
pub(super) async fn read_fund_in_lock(
    tx: &mut WriteTx,
    db: &Db,
    fund_id: i64,
) -> Result<(Balance, i64, i64, audit::Link), sqlx::Error> {
    match db.dialect {
        Dialect::Postgres => {
            lock_fund(tx, db, fund_id).await?;
            let b = balance(tx, fund_id).await?;
            let waiting = pending(tx, fund_id).await?;
            let id = dialect::next_id(tx, db.dialect, "mdf_requests").await?;
            let link = audit::link(tx, db.dialect).await?;
            Ok((b, waiting, id, link))
        }
        Dialect::Sqlite => {
            let sql = format!(
                "{}SELECT {}, {}, ({PENDING_SQL}); {BALANCE_SQL}",
                tx.opening(),
                dialect::sqlite_next_id("mdf_requests"),
                audit::SQLITE_LAST_HASH,
            );
            let conn: &mut AnyConnection = tx;
            let rows = sqlx::query(&sql)
                .bind(fund_id)
                .fetch_all(&mut *conn)
                .await?;
            // The first statement's one row, then the ledger's sums by kind.
            let (head, sums) = rows.split_first().ok_or(sqlx::Error::RowNotFound)?;
            let b = Balance::from_sums(&sums_of(sums, 0, 1));
            let waiting = dialect::sum_to_i64(head, 2);
            Ok((b, waiting, head.get(0), audit::Link::new(0, head.get(1))))
        }
    }
}

/// Changes a returned request and submits it again (same checks as a new
/// one; its own amount no longer waits, so it is not counted twice).
#[allow(clippy::too_many_arguments)]
pub async fn resubmit(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    raw: &RawRequest,
    input: &RequestInput,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let s = settings(db).await?;
    let raw = raw.clone();
    let input = input.clone();
    let sla = s.sla_hours;
    transition(
        db,
        Some(viewer),
        id,
        MdfStatus::Submitted,
        Actor::Partner,
        move |st, b, waiting| {
            if st.status != MdfStatus::Returned {
                return Err(AppError::Conflict(msg!("mdf-edit-not-returned")));
            }
            check_amounts(
                &raw,
                &input,
                s.max_percent,
                b.available - waiting,
                &st.currency,
            )?;
            let now = now_ms();
            Ok(Plan {
                sets: vec![
                    (
                        "activity_type",
                        SetValue::Text(input.activity_type.as_str().into()),
                    ),
                    ("title", SetValue::Text(input.title.clone())),
                    ("description", SetValue::Text(input.description.clone())),
                    ("starts_on", SetValue::Int(Some(input.starts_on))),
                    ("ends_on", SetValue::Int(Some(input.ends_on))),
                    ("total_cost_cents", SetValue::Int(Some(input.total_cost))),
                    ("requested_cents", SetValue::Int(Some(input.requested))),
                    (
                        "contribution_cents",
                        SetValue::Int(Some(input.contribution)),
                    ),
                    ("expected_leads", SetValue::Int(Some(input.expected_leads))),
                    (
                        "expected_pipeline_cents",
                        SetValue::Int(Some(input.expected_pipeline)),
                    ),
                    ("max_percent", SetValue::Int(Some(s.max_percent))),
                    ("submitted_at", SetValue::Int(Some(now))),
                ]
                .into_iter()
                .chain(approvals::start(now, sla))
                .collect(),
                amount: Some(input.requested),
                says: Some(msg!("mdf-note-resubmitted")),
                ..Plan::default()
            })
        },
        public_url,
        entry,
    )
    .await
}
