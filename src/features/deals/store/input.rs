//! The registration form's input: the raw fields as typed, and the checks
//! that turn them into a `DealInput` or report every bad field at once.

use super::*;

/// Checked input of the registration form.
#[derive(Clone, Debug)]
pub struct DealInput {
    pub customer_name: String,
    pub customer_domain: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub country: String,
    pub product_ids: Vec<i64>,
    pub value_cents: i64,
    pub currency: String,
    pub close_date: i64,
    pub deal_type: DealType,
    pub notes: String,
    /// The vendor's lead it is registered from (set by the caller once the
    /// lead's owner confirmed the partner may).
    pub lead_id: Option<i64>,
}

pub const NOTES_MAX: usize = 4000;

/// The raw form, as typed.
#[derive(Clone, Debug, Default)]
pub struct RawDeal {
    pub customer_name: String,
    pub customer_domain: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub country: String,
    pub product_ids: Vec<i64>,
    pub value: String,
    pub currency: String,
    pub close_date: String,
    pub deal_type: String,
    pub notes: String,
}

impl RawDeal {
    /// Echoes what was typed, so a form shown again without JavaScript
    /// loses nothing (notes only when they are a sane size).
    pub fn keep_typed(&self, c: &mut Checker) {
        for (k, v) in self.fields() {
            if k != "notes" {
                c.keep(k, v);
            }
        }
        if self.notes.len() <= NOTES_MAX {
            c.keep("notes", &self.notes);
        }
        c.keep(
            "products",
            &self
                .product_ids
                .iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join(","),
        );
    }

    /// The typed fields by their form names (products aside).
    pub fn fields(&self) -> [(&'static str, &str); 11] {
        [
            ("customer_name", &self.customer_name),
            ("customer_domain", &self.customer_domain),
            ("contact_name", &self.contact_name),
            ("contact_email", &self.contact_email),
            ("contact_phone", &self.contact_phone),
            ("country", &self.country),
            ("value", &self.value),
            ("currency", &self.currency),
            ("close_date", &self.close_date),
            ("deal_type", &self.deal_type),
            ("notes", &self.notes),
        ]
    }
}

/// Validates a registration; every problem is reported at its field and
/// everything typed is echoed back.
pub async fn check_input(db: &Db, raw: &RawDeal, now: i64) -> Result<DealInput, AppError> {
    let mut c = Checker::new();
    raw.keep_typed(&mut c);
    let customer_name = c.check("customer_name", validate::name(&raw.customer_name));
    let domain_raw = raw.customer_domain.trim();
    let customer_domain = crate::shared::matcher::normalise_domain(domain_raw);
    if domain_raw.is_empty() {
        c.fail("customer_domain", msg!("deal-error-domain-empty"));
    } else if customer_domain.is_empty() {
        c.fail("customer_domain", msg!("deal-error-domain-shape"));
    }
    let contact_name = c.check("contact_name", validate::name(&raw.contact_name));
    let contact_email = c.check("contact_email", validate::email(&raw.contact_email));
    let phone = raw.contact_phone.trim().to_string();
    if phone.len() > 40
        || !phone
            .chars()
            .all(|ch| ch.is_ascii_digit() || " +-().".contains(ch))
    {
        c.fail("contact_phone", msg!("deal-error-phone"));
    }
    let country = c.check("country", validate::country(&raw.country));
    let value_cents = c.check("value", crate::shared::money::parse_money(&raw.value));
    let currency = raw.currency.trim().to_uppercase();
    if !crate::shared::money::CURRENCIES.contains(&currency.as_str()) {
        c.fail("currency", msg!("deal-error-currency"));
    }
    let close_date = match crate::shared::time::parse_date(&raw.close_date) {
        None if raw.close_date.trim().is_empty() => {
            c.fail("close_date", msg!("deal-error-close-empty"));
            None
        }
        None => {
            c.fail("close_date", msg!("deal-error-close-shape"));
            None
        }
        Some(d) if d < now - now.rem_euclid(DAY_MS) => {
            c.fail("close_date", msg!("deal-error-close-past"));
            None
        }
        Some(d) if d > now + 3 * 366 * DAY_MS => {
            c.fail("close_date", msg!("deal-error-close-far"));
            None
        }
        Some(d) => Some(d),
    };
    let deal_type = DealType::parse(raw.deal_type.trim());
    if deal_type.is_none() {
        c.fail("deal_type", msg!("deal-error-type"));
    }
    let notes = raw.notes.trim().to_string();
    if notes.chars().count() > NOTES_MAX {
        c.fail("notes", msg!("deal-error-notes-long", max = NOTES_MAX));
    }
    let mut product_ids = raw.product_ids.clone();
    product_ids.sort_unstable();
    product_ids.dedup();
    if product_ids.is_empty() {
        c.fail("products", msg!("deal-error-products-none"));
    } else if product_ids.len() > 50 {
        c.fail("products", msg!("deal-error-products-many", max = 50));
    } else {
        let known = crate::server::catalog::active(db).await?;
        if product_ids
            .iter()
            .any(|id| !known.iter().any(|p| p.id == *id))
        {
            c.fail("products", msg!("deal-error-products-unknown"));
        }
    }
    if c.has_errors() {
        return Err(c.into_error());
    }
    match (
        customer_name,
        contact_name,
        contact_email,
        country,
        value_cents,
        close_date,
        deal_type,
    ) {
        (Some(cn), Some(kn), Some(ke), Some(co), Some(v), Some(cd), Some(dt)) => Ok(DealInput {
            customer_name: cn,
            customer_domain,
            contact_name: kn,
            contact_email: ke,
            contact_phone: phone,
            country: co,
            product_ids,
            value_cents: v,
            currency,
            close_date: cd,
            deal_type: dt,
            notes,
            lead_id: None,
        }),
        _ => Err(c.into_error()),
    }
}
