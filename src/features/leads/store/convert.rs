//! A lead as the start of a deal registration: the values the form opens
//! with, and the conversion a registration from it writes.

use super::*;
use crate::server::events::{Registration, SourceRecord};

const WORKED: &str = "status IN ('accepted','contacted','qualified')";

/// The registration form's values from lead `id`, if the viewer is a
/// partner whose company works it.
pub async fn registration_record(
    db: &Db,
    viewer: &Viewer,
    id: i64,
) -> Result<Option<SourceRecord>, AppError> {
    if !viewer.role.is_partner() {
        return Ok(None);
    }
    let Some(r) = sqlx::query(&format!(
        "SELECT l.customer_name, l.customer_domain, l.contact_name, l.contact_email, l.contact_phone, \
         l.country, l.value_cents, l.currency, l.notes, l.product_id FROM leads l \
         WHERE l.id = $1 AND {} AND l.{WORKED}",
        scope_sql(viewer)
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?
    else {
        return Ok(None);
    };
    let value: Option<i64> = r.get(6);
    let product: Option<i64> = r.get(9);
    let text = |i: usize| r.get::<String, _>(i);
    Ok(Some(SourceRecord {
        values: vec![
            ("customer_name".into(), text(0)),
            ("customer_domain".into(), text(1)),
            ("contact_name".into(), text(2)),
            ("contact_email".into(), text(3)),
            ("contact_phone".into(), text(4)),
            ("country".into(), text(5)),
            (
                "value".into(),
                value
                    .map(crate::shared::money::money_input)
                    .unwrap_or_default(),
            ),
            ("currency".into(), text(7)),
            ("notes".into(), text(8)),
        ],
        product_ids: product.into_iter().collect(),
    }))
}

/// The conversion of a registration's lead, added to the registration's
/// batch: the history line, then the status (the line's condition reads
/// the lead as it was). Only a lead the registering company works moves.
pub fn push_conversion(batch: &mut Batch, r: &Registration) {
    let Some(lead) = r.lead_id else {
        return;
    };
    let says = serde_json::to_string(&msg!("lead-event-converted", deal = r.deal_id.to_string()))
        .unwrap_or_default();
    batch.push(
        format!(
            "INSERT INTO lead_events (lead_id, at, actor_user_id, kind, to_status, company_id, reason, note, note_msg) \
             SELECT id, $1, $2, 'converted', 'converted', company_id, '', '', $3 FROM leads \
             WHERE id = $4 AND company_id = $5 AND {WORKED}"
        ),
        vec![
            r.at.into(),
            r.user_id.into(),
            says.into(),
            lead.into(),
            r.company_id.into(),
        ],
    );
    batch.push(
        format!(
            "UPDATE leads SET status = 'converted', converted_deal_id = $1, closed_at = $2, updated_at = $2, \
             version = version + 1 WHERE id = $3 AND company_id = $4 AND {WORKED}"
        ),
        vec![
            r.deal_id.into(),
            r.at.into(),
            lead.into(),
            r.company_id.into(),
        ],
    );
}

/// A deal won from a lead: the lead keeps what it was won for (the
/// revenue of the staff's lead figures), in the transaction that marks
/// the deal won. Only the lead the deal converted is touched.
pub fn record_win<'a>(
    conn: &'a mut AnyConnection,
    win: &'a crate::server::events::Win,
) -> crate::server::events::Step<'a, ()> {
    Box::pin(async move {
        let Some(lead) = win.lead_id else {
            return Ok(());
        };
        sqlx::query(
            "UPDATE leads SET won_value_cents = $1, won_currency = $2, won_at = $3 \
             WHERE id = $4 AND converted_deal_id = $5",
        )
        .bind(win.value_cents)
        .bind(&win.currency)
        .bind(win.won_at)
        .bind(lead)
        .bind(win.deal_id)
        .execute(conn)
        .await?;
        Ok(())
    })
}
