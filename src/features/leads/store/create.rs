//! A new lead: the raw form (or CSV line, or API body: the same function),
//! its checks, and creating it, handed out by the distribution rules in the
//! same transaction.

use super::*;

/// A lead as typed, before checking.
#[derive(Clone, Debug, Default)]
pub struct RawLead {
    pub customer_name: String,
    pub customer_domain: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub contact_title: String,
    pub country: String,
    pub region: String,
    pub product_id: String,
    pub value: String,
    pub currency: String,
    pub source: String,
    pub notes: String,
}

impl RawLead {
    pub fn fields(&self) -> [(&'static str, &str); 13] {
        [
            ("customer_name", &self.customer_name),
            ("customer_domain", &self.customer_domain),
            ("contact_name", &self.contact_name),
            ("contact_email", &self.contact_email),
            ("contact_phone", &self.contact_phone),
            ("contact_title", &self.contact_title),
            ("country", &self.country),
            ("region", &self.region),
            ("product_id", &self.product_id),
            ("value", &self.value),
            ("currency", &self.currency),
            ("source", &self.source),
            ("notes", &self.notes),
        ]
    }
}

/// A checked lead.
#[derive(Clone, Debug)]
pub struct LeadInput {
    pub customer_name: String,
    pub customer_domain: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub contact_title: String,
    pub country: String,
    pub region: String,
    pub product_id: Option<i64>,
    pub value_cents: Option<i64>,
    pub currency: String,
    pub source: LeadSource,
    pub notes: String,
}

pub const NOTES_MAX: usize = 4000;
const SHORT_MAX: usize = 120;

/// Checks every field and reports every problem at its field, echoing
/// what was typed (notes only at a sane size). `products` are the active
/// products' ids.
pub fn check_lead(raw: &RawLead, products: &[i64]) -> Result<LeadInput, AppError> {
    let mut c = Checker::new();
    for (k, v) in raw.fields() {
        if k != "notes" || v.len() <= NOTES_MAX {
            c.keep(k, v);
        }
    }
    let customer_name = c.check("customer_name", validate::name(&raw.customer_name));
    let domain_raw = raw.customer_domain.trim();
    let customer_domain = crate::shared::matcher::normalise_domain(domain_raw);
    if !domain_raw.is_empty() && customer_domain.is_empty() {
        c.fail("customer_domain", msg!("lead-error-domain"));
    }
    let contact_name = c.check("contact_name", validate::name(&raw.contact_name));
    let contact_email = c.check("contact_email", validate::email(&raw.contact_email));
    let phone = raw.contact_phone.trim().to_string();
    if phone.len() > 40
        || !phone
            .chars()
            .all(|ch| ch.is_ascii_digit() || " +-().".contains(ch))
    {
        c.fail("contact_phone", msg!("lead-error-phone"));
    }
    let title = raw.contact_title.trim().to_string();
    if title.chars().count() > SHORT_MAX || title.chars().any(char::is_control) {
        c.fail(
            "contact_title",
            msg!("lead-error-title", max = SHORT_MAX as i64),
        );
    }
    let country = c.check("country", validate::country(&raw.country));
    let region = c.check("region", validate::region(&raw.region));
    let product_id = match raw.product_id.trim() {
        "" => None,
        s => match s.parse::<i64>() {
            Ok(id) if products.contains(&id) => Some(id),
            _ => {
                c.fail("product_id", msg!("lead-error-product"));
                None
            }
        },
    };
    let value_cents = match raw.value.trim() {
        "" => None,
        s => c.check("value", crate::shared::money::parse_money(s)),
    };
    let currency = raw.currency.trim().to_uppercase();
    if !crate::shared::money::CURRENCIES.contains(&currency.as_str()) {
        c.fail("currency", msg!("lead-error-currency"));
    }
    let source = LeadSource::parse(raw.source.trim());
    if source.is_none() {
        c.fail("source", msg!("lead-error-source"));
    }
    let notes = raw.notes.trim().to_string();
    if notes.chars().count() > NOTES_MAX {
        c.fail("notes", msg!("lead-error-notes", max = NOTES_MAX as i64));
    }
    if c.has_errors() {
        return Err(c.into_error());
    }
    Ok(LeadInput {
        customer_name: customer_name.unwrap_or_default(),
        customer_domain,
        contact_name: contact_name.unwrap_or_default(),
        contact_email: contact_email.unwrap_or_default(),
        contact_phone: phone,
        contact_title: title,
        country: country.unwrap_or_default(),
        region: region.unwrap_or_default(),
        product_id,
        value_cents,
        currency,
        source: source.unwrap_or(LeadSource::Campaign),
        notes,
    })
}

/// The active products' ids (what a lead's product interest may name).
pub async fn product_ids(db: &Db) -> Result<Vec<i64>, AppError> {
    Ok(crate::server::catalog::active(db)
        .await?
        .into_iter()
        .map(|p| p.id)
        .collect())
}

/// What the new-lead form offers.
pub async fn form(db: &Db) -> Result<LeadFormInfo, AppError> {
    let products = crate::server::catalog::active(db)
        .await?
        .into_iter()
        .map(|p| (p.id, p.name))
        .collect();
    Ok(LeadFormInfo {
        products,
        currency: tiers::default_currency(db)
            .await?
            .unwrap_or_else(|| "USD".into()),
    })
}

/// Creates a lead and hands it out by the rules in the same transaction
/// (offered to a company, or held in the staff queue): the one way every
/// source (the form, a CSV line, the API, CRM sync) adds a lead. Returns
/// the lead's id and its status.
pub async fn create(
    db: &Db,
    created_by: Option<i64>,
    input: &LeadInput,
    public_url: &str,
    entry: Entry,
) -> Result<(i64, LeadStatus), AppError> {
    let mut tx = db.write().await.or_internal()?;
    let id = insert(&mut tx, created_by, input, now_ms())
        .await
        .or_internal()?;
    let status = distribute(&mut tx, db, id, created_by, public_url).await?;
    let entry = entry.object("lead", id).detail(format!(
        "{{\"status\":\"{}\",\"source\":\"{}\"}}",
        status.as_str(),
        input.source.as_str()
    ));
    audit::commit(tx, db, &entry).await?;
    Ok((id, status))
}

/// Inserts a queued lead with its first history line.
pub(super) async fn insert(
    conn: &mut AnyConnection,
    created_by: Option<i64>,
    input: &LeadInput,
    now: i64,
) -> Result<i64, sqlx::Error> {
    let key = crate::shared::matcher::normalise_company(&input.customer_name);
    let id: i64 = sqlx::query(
        "INSERT INTO leads (status, customer_name, customer_key, customer_domain, contact_name, contact_email, \
         contact_phone, contact_title, country, region, product_id, value_cents, currency, source, notes, \
         created_by, created_at, updated_at) \
         VALUES ('queued', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $16) RETURNING id",
    )
    .bind(&input.customer_name)
    .bind(key)
    .bind(&input.customer_domain)
    .bind(&input.contact_name)
    .bind(&input.contact_email)
    .bind(&input.contact_phone)
    .bind(&input.contact_title)
    .bind(&input.country)
    .bind(&input.region)
    .bind(input.product_id)
    .bind(input.value_cents)
    .bind(&input.currency)
    .bind(input.source.as_str())
    .bind(&input.notes)
    .bind(created_by)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?
    .get(0);
    add_event(
        conn,
        id,
        created_by,
        "created",
        Some(LeadStatus::Queued),
        None,
        "",
        &msg!(
            "lead-event-created",
            source = MsgArg::Key(input.source.label_key().into())
        ),
    )
    .await?;
    Ok(id)
}

/// A line of a lead's history.
#[allow(clippy::too_many_arguments)]
pub(super) async fn add_event(
    conn: &mut AnyConnection,
    lead_id: i64,
    actor: Option<i64>,
    kind: &str,
    to: Option<LeadStatus>,
    company_id: Option<i64>,
    note: &str,
    says: &Msg,
) -> Result<(), sqlx::Error> {
    let line = Line {
        kind,
        to,
        company_id,
        reason: "",
        note,
        says,
    };
    add_line(conn, lead_id, actor, &line).await
}

/// A history line in full: with a reason code (kept for the figures).
pub(super) struct Line<'a> {
    pub kind: &'a str,
    pub to: Option<LeadStatus>,
    pub company_id: Option<i64>,
    pub reason: &'a str,
    pub note: &'a str,
    pub says: &'a Msg,
}

pub(super) async fn add_line(
    conn: &mut AnyConnection,
    lead_id: i64,
    actor: Option<i64>,
    line: &Line<'_>,
) -> Result<(), sqlx::Error> {
    let says = serde_json::to_string(line.says).unwrap_or_default();
    sqlx::query(
        "INSERT INTO lead_events (lead_id, at, actor_user_id, kind, to_status, company_id, reason, note, note_msg) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(lead_id)
    .bind(now_ms())
    .bind(actor)
    .bind(line.kind)
    .bind(line.to.map(|s| s.as_str()))
    .bind(line.company_id)
    .bind(line.reason)
    .bind(line.note)
    .bind(says)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
