//! Demo partner applications, one in each state staff see: two waiting in
//! the vetting queue (one that looks like an existing partner, so the
//! duplicate hints show), one declined with its reason, and Tailspin's own
//! application, approved when it joined. Written as the store leaves them;
//! runs once (when there are no applications). And the program terms,
//! version 1, accepted by the three demo partners.

use sqlx::Row;

use crate::server::AppState;
use crate::shared::matcher::normalise_company;
use crate::shared::time::DAY_MS;

struct DemoApplication {
    status: &'static str,
    legal_name: &'static str,
    website: &'static str,
    country: &'static str,
    partner_type: &'static str,
    specialisations: &'static str,
    revenue_band: &'static str,
    tax_id: &'static str,
    contact: (&'static str, &'static str, &'static str),
    message: &'static str,
    /// Days ago it was confirmed, and decided (decided ones).
    confirmed_days: i64,
    decided_days: Option<i64>,
    reason: &'static str,
    /// The company it became (approved).
    company: Option<&'static str>,
}

const APPLICATIONS: &[DemoApplication] = &[
    DemoApplication {
        status: "pending",
        legal_name: "Fabrikam Systems GmbH",
        website: "https://www.fabrikam.example",
        country: "DE",
        partner_type: "msp",
        specialisations: "cloud,security",
        revenue_band: "1m_10m",
        tax_id: "DE 811 907 980",
        contact: ("Lea Braun", "lea.braun@fabrikam.example", "+49 30 5550 1234"),
        message: "We manage IT for 400 small and mid-sized companies in Berlin and Hamburg and want to add your platform to our managed security offer.",
        confirmed_days: 2,
        decided_days: None,
        reason: "",
        company: None,
    },
    DemoApplication {
        status: "pending",
        legal_name: "Northwind Systems Europe",
        website: "https://northwind.example/eu",
        country: "NL",
        partner_type: "reseller",
        specialisations: "networking",
        revenue_band: "under_1m",
        tax_id: "",
        contact: ("Piet de Vries", "piet@northwind-eu.example", "+31 20 555 0199"),
        message: "",
        confirmed_days: 0,
        decided_days: None,
        reason: "",
        company: None,
    },
    DemoApplication {
        status: "declined",
        legal_name: "Quick Margin Resale",
        website: "https://quickmargin.example",
        country: "US",
        partner_type: "referral",
        specialisations: "",
        revenue_band: "under_1m",
        tax_id: "",
        contact: ("Rob Quick", "rob@quickmargin.example", ""),
        message: "Looking for the best price on licences to resell online.",
        confirmed_days: 30,
        decided_days: Some(28),
        reason: "We are not adding online-only resellers this year; our program is built around partners who deliver services to their customers.",
        company: None,
    },
    DemoApplication {
        status: "approved",
        legal_name: "Tailspin Integrators Pte. Ltd.",
        website: "https://tailspin.example",
        country: "SG",
        partner_type: "si",
        specialisations: "data,collaboration",
        revenue_band: "10m_50m",
        tax_id: "201912345K",
        contact: ("Tariq Lim", "tariq@tailspin.example", "+65 6555 0100"),
        message: "Systems integrator across South-East Asia.",
        confirmed_days: 200,
        decided_days: Some(198),
        reason: "",
        company: Some("Tailspin Integrators"),
    },
];

/// The program terms every demo partner accepted (version 1, published
/// 200 days ago); a new version published from the staff's terms page
/// asks them all again.
const TERMS_TITLE: &str = "Partner Program Agreement";
const TERMS_BODY: &str = "## 1. Membership\n\nThe partner company joins the program in its entry tier. Tiers, \
benefits and requirements are those shown in the portal on the day they apply.\n\n\
## 2. Deal registration\n\n- A registration is exclusive for its approved period.\n\
- Only opportunities the partner works itself may be registered.\n\
- The vendor decides conflicts between partners; its decision is final.\n\n\
## 3. Market development funds\n\nFunds are requested before an activity and claimed with proof of \
performance within the claim window. Unclaimed funds are released at the end of the period.\n\n\
## 4. Confidentiality\n\nLeads, prices and roadmaps shared through the portal are confidential and are \
used only to sell the vendor's products.\n\n\
## 5. Ending the partnership\n\nEither side may end the partnership with 30 days' notice. Open \
registrations and leads are then released or reassigned.\n";

async fn terms(state: &AppState) -> anyhow::Result<()> {
    use crate::features::onboarding;
    use crate::server::audit::Entry;
    let db = &state.db;
    let done: i64 = sqlx::query("SELECT COUNT(*) FROM program_terms")
        .fetch_one(&db.pool)
        .await?
        .get(0);
    if done > 0 {
        return Ok(());
    }
    let admin = super::viewer_of(state, "admin@vendor.example").await?;
    onboarding::publish_terms(
        db,
        &admin,
        TERMS_TITLE,
        TERMS_BODY,
        Entry::new("terms_demo", "success"),
    )
    .await
    .map_err(super::deals::app_err)?;
    let published = crate::server::now_ms() - 200 * DAY_MS;
    sqlx::query("UPDATE program_terms SET published_at = $1")
        .bind(published)
        .execute(&db.pool)
        .await?;
    for (i, who) in [
        "nora@northwind.example",
        "carla@contoso-cloud.example",
        "tariq@tailspin.example",
    ]
    .iter()
    .enumerate()
    {
        let viewer = super::viewer_of(state, who).await?;
        onboarding::accept_terms(
            db,
            &viewer,
            1,
            &format!("198.51.100.{}", 20 + i),
            Entry::new("terms_demo", "success"),
        )
        .await
        .map_err(super::deals::app_err)?;
        sqlx::query("UPDATE terms_acceptances SET accepted_at = $1 WHERE user_id = $2")
            .bind(published + (2 + i as i64 * 5) * DAY_MS)
            .bind(viewer.user_id)
            .execute(&db.pool)
            .await?;
    }
    Ok(())
}

pub async fn load(state: &AppState) -> anyhow::Result<()> {
    terms(state).await?;
    let db = &state.db;
    let done: i64 = sqlx::query("SELECT COUNT(*) FROM partner_applications")
        .fetch_one(&db.pool)
        .await?
        .get(0);
    if done > 0 {
        return Ok(());
    }
    let now = crate::server::now_ms();
    let manager: i64 = sqlx::query("SELECT id FROM users WHERE email = 'manager@vendor.example'")
        .fetch_one(&db.pool)
        .await?
        .get(0);
    for a in APPLICATIONS {
        let (company_id, invited): (Option<i64>, Option<i64>) = match a.company {
            Some(name) => {
                let r = sqlx::query(
                    "SELECT c.id, u.id FROM companies c JOIN users u ON u.company_id = c.id AND u.email = $2 \
                     WHERE c.name = $1",
                )
                .bind(name)
                .bind(a.contact.1)
                .fetch_optional(&db.pool)
                .await?;
                (r.as_ref().map(|r| r.get(0)), r.as_ref().map(|r| r.get(1)))
            }
            None => (None, None),
        };
        let confirmed = now - a.confirmed_days * DAY_MS - 3 * 3_600_000;
        let decided = a.decided_days.map(|d| now - d * DAY_MS);
        sqlx::query(
            "INSERT INTO partner_applications (status, legal_name, name_key, website, domain, country, partner_type, \
             specialisations, revenue_band, tax_id, contact_name, contact_email, contact_phone, message, locale, ip, \
             created_at, confirmed_at, decided_at, decided_by, decline_reason, company_id, invited_user_id, \
             first_deal_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'en', '203.0.113.7', \
             $15, $16, $17, $18, $19, $20, $21, $22)",
        )
        .bind(a.status)
        .bind(a.legal_name)
        .bind(normalise_company(a.legal_name))
        .bind(a.website)
        .bind(crate::shared::matcher::normalise_domain(a.website))
        .bind(a.country)
        .bind(a.partner_type)
        .bind(a.specialisations)
        .bind(a.revenue_band)
        .bind(a.tax_id)
        .bind(a.contact.0)
        .bind(a.contact.1)
        .bind(a.contact.2)
        .bind(a.message)
        .bind(confirmed - 20 * 60_000)
        .bind(confirmed)
        .bind(decided)
        .bind(decided.map(|_| manager))
        .bind(a.reason)
        .bind(company_id)
        .bind(invited)
        // Tailspin's first registration, 12 days after its approval (the
        // ramp time staff see).
        .bind(company_id.and(decided).map(|d| d + 12 * DAY_MS))
        .execute(&db.pool)
        .await?;
    }
    Ok(())
}
