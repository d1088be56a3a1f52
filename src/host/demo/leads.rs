//! Demo leads: distribution rules for three regions and leads in every
//! state (offered, one close to running out, accepted, contacted,
//! qualified, disqualified, given back, rejected and back in the queue,
//! held for another partner's registration, one no rule places, and two
//! registered from their lead: one open, one won).
//! Created and moved through the real store (rules, history,
//! notifications). Idempotent: runs only when there are no leads.

use sqlx::Row;

use super::deals::{app_err, viewer_of};
use crate::features::leads::{self, RawLead, RawRule};
use crate::server::audit::Entry;
use crate::server::AppState;
use crate::shared::time::HOUR_MS;

#[derive(Clone, Copy, PartialEq)]
enum Then {
    Offered,
    NearDue,
    Accept,
    Contacted,
    Qualified,
    Disqualify,
    GiveBack,
    Reject,
    Leave,
    /// Accepted and registered as a deal (vendor-sourced pipeline).
    Register,
    /// Registered, approved and won (vendor-sourced revenue).
    Won,
}

struct Demo {
    customer: &'static str,
    domain: &'static str,
    contact: (&'static str, &'static str, &'static str),
    country: &'static str,
    region: &'static str,
    /// Product SKU of interest.
    product: &'static str,
    value: &'static str,
    source: &'static str,
    /// Who answers for the partner.
    partner: &'static str,
    then: Then,
}

const LEADS: &[Demo] = &[
    Demo {
        customer: "Cyberdyne Robotics",
        domain: "cyberdyne.example",
        contact: ("Miles Dyson", "miles@cyberdyne.example", "CTO"),
        country: "US",
        region: "North America",
        product: "NX-SEC",
        value: "85000",
        source: "web_form",
        partner: "nora@northwind.example",
        then: Then::Offered,
    },
    Demo {
        customer: "Tyrell Genetics",
        domain: "tyrell.example",
        contact: ("Rachael Rosen", "rachael@tyrell.example", "Head of IT"),
        country: "US",
        region: "North America",
        product: "NX-ANL",
        value: "32000",
        source: "campaign",
        partner: "nora@northwind.example",
        then: Then::NearDue,
    },
    Demo {
        customer: "Duff Beverages",
        domain: "duff.example",
        contact: ("Homer Duff", "homer@duff.example", "IT Manager"),
        country: "US",
        region: "North America",
        product: "NX-BKP",
        value: "18000",
        source: "event",
        partner: "sam@northwind.example",
        then: Then::Accept,
    },
    Demo {
        customer: "Gringotts Finance",
        domain: "gringotts.example",
        contact: ("Griphook Banks", "griphook@gringotts.example", "CISO"),
        country: "CA",
        region: "North America",
        product: "NX-SEC",
        value: "240000",
        source: "referral",
        partner: "nora@northwind.example",
        then: Then::Contacted,
    },
    Demo {
        customer: "Monarch Airlines",
        domain: "monarch-air.example",
        contact: ("Ava Monarch", "ava@monarch-air.example", "VP Operations"),
        country: "US",
        region: "North America",
        product: "NX-CORE",
        value: "410000",
        source: "campaign",
        partner: "sam@northwind.example",
        then: Then::Qualified,
    },
    Demo {
        customer: "Krusty Foods",
        domain: "krusty.example",
        contact: ("Herschel Krust", "herschel@krusty.example", "Owner"),
        country: "US",
        region: "North America",
        product: "NX-EDGE",
        value: "9000",
        source: "web_form",
        partner: "nora@northwind.example",
        then: Then::Disqualify,
    },
    Demo {
        customer: "Oceanic Travel",
        domain: "oceanic.example",
        contact: ("Jack Shephard", "jack@oceanic.example", "IT Director"),
        country: "US",
        region: "North America",
        product: "NX-CORE",
        value: "55000",
        source: "event",
        partner: "nora@northwind.example",
        then: Then::GiveBack,
    },
    Demo {
        customer: "Sirius Cybernetics",
        domain: "sirius.example",
        contact: ("Zaphod Beeble", "zaphod@sirius.example", "President"),
        country: "US",
        region: "North America",
        product: "NX-ANL",
        value: "",
        source: "campaign",
        partner: "nora@northwind.example",
        then: Then::Reject,
    },
    Demo {
        customer: "Fabrikam Health",
        domain: "fabrikam-health.example",
        contact: ("Greta Lind", "greta@fabrikam-health.example", "CIO"),
        country: "DE",
        region: "EMEA",
        product: "NX-SEC",
        value: "120000",
        source: "web_form",
        partner: "carla@contoso-cloud.example",
        then: Then::Offered,
    },
    Demo {
        customer: "Nordlicht Energie AG",
        domain: "nordlicht.example",
        contact: ("Jan Sommer", "jan@nordlicht.example", "Leiter IT"),
        country: "DE",
        region: "EMEA",
        product: "NX-BKP",
        value: "64000",
        source: "referral",
        partner: "carla@contoso-cloud.example",
        then: Then::Accept,
    },
    Demo {
        customer: "Sakura Textiles",
        domain: "sakura-tex.example",
        contact: ("Hana Sato", "hana@sakura-tex.example", "IT Manager"),
        country: "JP",
        region: "APAC",
        product: "NX-EDGE",
        value: "27000",
        source: "event",
        partner: "tariq@tailspin.example",
        then: Then::Offered,
    },
    Demo {
        customer: "Kowloon Ports",
        domain: "kowloon-ports.example",
        contact: ("Wing Chan", "wing@kowloon-ports.example", "COO"),
        country: "SG",
        region: "APAC",
        product: "NX-CORE",
        value: "150000",
        source: "campaign",
        partner: "tariq@tailspin.example",
        then: Then::Disqualify,
    },
    // Tailspin has registered this customer: held in the queue.
    Demo {
        customer: "Lion City Bank",
        domain: "",
        contact: (
            "Rahul Nair",
            "rahul@lioncitybank.example",
            "Head of Infrastructure",
        ),
        country: "SG",
        region: "APAC",
        product: "NX-SEC",
        value: "300000",
        source: "referral",
        partner: "tariq@tailspin.example",
        then: Then::Leave,
    },
    // No partner works Latin America: no rule places it.
    Demo {
        customer: "Andes Mining",
        domain: "andes-mining.example",
        contact: (
            "Lucía Quispe",
            "lucia@andes-mining.example",
            "Gerente de TI",
        ),
        country: "MX",
        region: "Latin America",
        product: "NX-CORE",
        value: "75000",
        source: "web_form",
        partner: "",
        then: Then::Leave,
    },
    // Converted: registered from the lead (nothing retyped), then won.
    Demo {
        customer: "Nakatomi Trading",
        domain: "nakatomi.example",
        contact: ("Joseph Takagi", "takagi@nakatomi.example", "President"),
        country: "JP",
        region: "APAC",
        product: "NX-CORE",
        value: "64000",
        source: "event",
        partner: "tariq@tailspin.example",
        then: Then::Register,
    },
    Demo {
        customer: "Dunder Paper",
        domain: "dunder-paper.example",
        contact: ("Pam Beesly", "pam@dunder-paper.example", "Office Manager"),
        country: "US",
        region: "North America",
        product: "NX-CORE",
        value: "38000",
        source: "campaign",
        partner: "sam@northwind.example",
        then: Then::Won,
    },
];

fn entry() -> Entry {
    Entry::new("demo", "success")
}

pub async fn load(state: &AppState) -> anyhow::Result<()> {
    let db = &state.db;
    let existing: i64 = sqlx::query("SELECT COUNT(*) FROM leads")
        .fetch_one(&db.pool)
        .await?
        .get(0);
    if existing > 0 {
        return Ok(());
    }
    let tailspin: i64 = sqlx::query("SELECT id FROM companies WHERE name = 'Tailspin Integrators'")
        .fetch_one(&db.pool)
        .await?
        .get(0);
    let rules = [
        (
            "North America: round robin",
            "North America",
            "round_robin",
            String::new(),
            "48",
        ),
        ("EMEA: by capacity", "EMEA", "capacity", String::new(), "48"),
        (
            "APAC: Tailspin",
            "APAC",
            "named",
            tailspin.to_string(),
            "72",
        ),
    ];
    for (name, region, strategy, company, hours) in rules {
        let raw = RawRule {
            name: name.into(),
            region: region.into(),
            strategy: strategy.into(),
            company_id: company,
            accept_hours: hours.into(),
            ..Default::default()
        };
        leads::add_rule(db, &raw, entry()).await.map_err(app_err)?;
    }
    let admin = viewer_of(state, "admin@vendor.example").await?;
    let url = &state.config.public_url;
    let products = crate::server::catalog::active(db).await.map_err(app_err)?;
    let product_ids: Vec<i64> = products.iter().map(|p| p.id).collect();
    for (i, d) in LEADS.iter().enumerate() {
        let product = products
            .iter()
            .find(|p| p.sku == d.product)
            .map(|p| p.id.to_string())
            .unwrap_or_default();
        let raw = RawLead {
            customer_name: d.customer.into(),
            customer_domain: d.domain.into(),
            contact_name: d.contact.0.into(),
            contact_email: d.contact.1.into(),
            contact_title: d.contact.2.into(),
            country: d.country.into(),
            region: d.region.into(),
            product_id: product,
            value: d.value.into(),
            currency: "USD".into(),
            source: d.source.into(),
            ..Default::default()
        };
        let input = leads::check_lead(&raw, &product_ids).map_err(app_err)?;
        let (id, _) = leads::create(db, Some(admin.user_id), &input, url, entry())
            .await
            .map_err(app_err)?;
        if d.then == Then::Leave || d.then == Then::Offered {
            continue;
        }
        let partner = viewer_of(state, d.partner).await?;
        let version = |db: &crate::server::db::Db| {
            let pool = db.pool.clone();
            async move {
                sqlx::query("SELECT version FROM leads WHERE id = $1")
                    .bind(id)
                    .fetch_one(&pool)
                    .await
                    .map(|r| r.get::<i64, _>(0))
            }
        };
        match d.then {
            Then::NearDue => {
                // Offered 44 hours ago: four hours left of the 48.
                let now = crate::server::now_ms();
                sqlx::query("UPDATE leads SET offered_at = $1, offer_due_at = $2, created_at = $1 WHERE id = $3")
                    .bind(now - 44 * HOUR_MS)
                    .bind(now + 4 * HOUR_MS)
                    .bind(id)
                    .execute(&db.pool)
                    .await?;
                sqlx::query("UPDATE lead_events SET at = $1 WHERE lead_id = $2")
                    .bind(now - 44 * HOUR_MS)
                    .bind(id)
                    .execute(&db.pool)
                    .await?;
                continue;
            }
            Then::Reject => {
                let v = version(db).await?;
                leads::reject(db, &partner, id, v, "not_qualified", "", url, entry())
                    .await
                    .map_err(app_err)?;
                continue;
            }
            _ => {}
        }
        let v = version(db).await?;
        leads::accept(db, &partner, id, v, entry())
            .await
            .map_err(app_err)?;
        // Offered some hours before it was accepted (the staff's figures
        // show a time to accept, not zero).
        let waited = (2 + (i as i64 * 5) % 30) * HOUR_MS;
        sqlx::query(
            "UPDATE lead_events SET at = at - $1 WHERE lead_id = $2 AND kind IN ('created','offered')",
        )
        .bind(waited)
        .bind(id)
        .execute(&db.pool)
        .await?;
        sqlx::query(
            "UPDATE leads SET created_at = created_at - $1, offered_at = offered_at - $1, \
             offer_due_at = offer_due_at - $1 WHERE id = $2",
        )
        .bind(waited)
        .bind(id)
        .execute(&db.pool)
        .await?;
        let steps: &[&str] = match d.then {
            Then::Contacted => &["contacted"],
            Then::Qualified => &["contacted", "qualified"],
            Then::Disqualify => &["contacted", "disqualify"],
            Then::GiveBack => &["give_back"],
            Then::Register | Then::Won => &["contacted", "qualified"],
            _ => &[],
        };
        for step in steps {
            let v = version(db).await?;
            match *step {
                "disqualify" => leads::disqualify(db, &partner, id, v, "no_budget", "", entry())
                    .await
                    .map_err(app_err)?,
                "give_back" => leads::give_back(
                    db,
                    &partner,
                    id,
                    v,
                    "The customer only buys through their existing MSP.",
                    url,
                    entry(),
                )
                .await
                .map_err(app_err)?,
                s => {
                    let to = leads::rules::LeadStatus::parse(s).expect("a status");
                    leads::progress(db, &partner, id, v, to, entry())
                        .await
                        .map_err(app_err)?
                }
            }
        }
        if matches!(d.then, Then::Register | Then::Won) {
            register(state, &partner, &admin, id, d).await?;
        }
    }
    Ok(())
}

/// Registers a deal from worked lead `id` as the partner does (the form's
/// values from the lead), and for [`Then::Won`] approves and wins it.
async fn register(
    state: &AppState,
    partner: &crate::shared::Viewer,
    admin: &crate::shared::Viewer,
    id: i64,
    d: &Demo,
) -> anyhow::Result<()> {
    use crate::features::deals::{self, Decision, RawDeal};
    let db = &state.db;
    let url = &state.config.public_url;
    let record = crate::server::events::registration_source(db, partner, id)
        .await
        .map_err(app_err)?
        .ok_or_else(|| anyhow::anyhow!("demo lead {id} is not worked by its partner"))?;
    let value = |k: &str| {
        record
            .values
            .iter()
            .find(|(name, _)| name == k)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let now = crate::server::now_ms();
    let raw = RawDeal {
        customer_name: value("customer_name"),
        customer_domain: value("customer_domain"),
        contact_name: value("contact_name"),
        contact_email: value("contact_email"),
        contact_phone: value("contact_phone"),
        country: value("country"),
        product_ids: record.product_ids.clone(),
        value: value("value"),
        currency: value("currency"),
        close_date: crate::shared::time::date_input_value(now + 45 * crate::shared::time::DAY_MS),
        deal_type: "new".into(),
        notes: value("notes"),
    };
    let mut input = deals::check_input(db, &raw, now).await.map_err(app_err)?;
    input.lead_id = Some(id);
    let company = partner.company_id.unwrap_or_default();
    // Nothing retyped: faster than the demo's typed registrations, one
    // either side of their median.
    let took = if d.then == Then::Won { 74_000 } else { 38_000 };
    let reg = deals::register(db, partner, company, &input, Some(took), url, entry())
        .await
        .map_err(app_err)?;
    if d.then == Then::Won {
        if reg.status == deals::rules::DealStatus::Submitted {
            deals::decide(db, admin, reg.id, Decision::Approve, "", url, entry())
                .await
                .map_err(app_err)?;
        }
        deals::close(db, partner, reg.id, true, "41500", "", url, entry())
            .await
            .map_err(app_err)?;
    }
    Ok(())
}
