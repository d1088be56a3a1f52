//! Demo products and deal registrations in every status, including
//! conflicts, an overdue approval and deals near the end of exclusivity.
//! Registered through the real store (conflict check, routing, history,
//! notifications), then moved back in time so the demo looks lived-in.
//! Idempotent: runs only when there are no deals yet.

use sqlx::Row;

use crate::features::deals::{self, Decision, RawDeal};
use crate::server::audit::Entry;
use crate::server::AppState;
use crate::shared::time::{date_input_value, DAY_MS, HOUR_MS};
use crate::shared::{AppError, Role, Viewer};

const PRODUCTS: &[(&str, &str)] = &[
    ("NX-CORE", "Nimbus Core Platform"),
    ("NX-SEC", "Nimbus Secure Gateway"),
    ("NX-ANL", "Nimbus Analytics"),
    ("NX-BKP", "Nimbus Backup & Recovery"),
    ("NX-EDGE", "Nimbus Edge Appliance"),
    ("SVC-PRO", "Professional Services"),
];

/// What happens to a demo registration after it is submitted.
#[derive(Clone, Copy, PartialEq)]
enum Then {
    Pending,
    Overdue,
    Approve,
    NearExpiry,
    Expire,
    Won,
    Lost,
    Reject,
    Info,
    Withdraw,
}

struct DemoDeal {
    owner: &'static str,
    customer: &'static str,
    domain: &'static str,
    contact: (&'static str, &'static str),
    country: &'static str,
    products: &'static [&'static str],
    value: &'static str,
    currency: &'static str,
    close_in_days: i64,
    deal_type: &'static str,
    age_days: i64,
    seconds: i64,
    then: Then,
}

const DEALS: &[DemoDeal] = &[
    DemoDeal {
        owner: "sam@northwind.example",
        customer: "Globex Corporation",
        domain: "globex.com",
        contact: ("Hank Scorpio", "hank@globex.com"),
        country: "US",
        products: &["NX-CORE", "NX-SEC"],
        value: "120000",
        currency: "USD",
        close_in_days: 45,
        deal_type: "new",
        age_days: 20,
        seconds: 64,
        then: Then::Approve,
    },
    DemoDeal {
        owner: "lena@northwind.example",
        customer: "Initech LLC",
        domain: "initech.com",
        contact: ("Bill Lumbergh", "bill@initech.com"),
        country: "US",
        products: &["NX-ANL"],
        value: "45000",
        currency: "USD",
        close_in_days: 30,
        deal_type: "new",
        age_days: 1,
        seconds: 71,
        then: Then::Pending,
    },
    DemoDeal {
        owner: "nora@northwind.example",
        customer: "Umbrella Health",
        domain: "umbrellahealth.com",
        contact: ("Alice Abernathy", "alice@umbrellahealth.com"),
        country: "US",
        products: &["NX-BKP"],
        value: "80000",
        currency: "USD",
        close_in_days: 20,
        deal_type: "upsell",
        age_days: 40,
        seconds: 52,
        then: Then::Won,
    },
    // Won last year, for the year-on-year comparison on the partner home.
    DemoDeal {
        owner: "sam@northwind.example",
        customer: "Stark Industries",
        domain: "starkindustries.com",
        contact: ("Pepper Potts", "pepper@starkindustries.com"),
        country: "US",
        products: &["NX-CORE"],
        value: "64000",
        currency: "USD",
        close_in_days: 25,
        deal_type: "new",
        age_days: 400,
        seconds: 71,
        then: Then::Won,
    },
    DemoDeal {
        owner: "sam@northwind.example",
        customer: "Soylent Foods",
        domain: "soylentfoods.com",
        contact: ("Sol Roth", "sol@soylentfoods.com"),
        country: "CA",
        products: &["NX-EDGE"],
        value: "30000",
        currency: "CAD",
        close_in_days: 60,
        deal_type: "new",
        age_days: 15,
        seconds: 88,
        then: Then::Reject,
    },
    DemoDeal {
        owner: "sam@northwind.example",
        customer: "Vandelay Industries",
        domain: "vandelay.com",
        contact: ("Art Vandelay", "art@vandelay.com"),
        country: "US",
        products: &["NX-CORE"],
        value: "60000",
        currency: "USD",
        close_in_days: 25,
        deal_type: "new",
        age_days: 80,
        seconds: 47,
        then: Then::NearExpiry,
    },
    DemoDeal {
        owner: "lena@northwind.example",
        customer: "Stark Logistics",
        domain: "starklogistics.com",
        contact: ("Pepper Potts", "pepper@starklogistics.com"),
        country: "US",
        products: &["NX-CORE"],
        value: "25000",
        currency: "USD",
        close_in_days: 10,
        deal_type: "renewal",
        age_days: 50,
        seconds: 95,
        then: Then::Lost,
    },
    DemoDeal {
        owner: "nora@northwind.example",
        customer: "Wayne Enterprises",
        domain: "wayne-enterprises.com",
        contact: ("Lucius Fox", "lucius@wayne-enterprises.com"),
        country: "US",
        products: &["NX-SEC", "SVC-PRO"],
        value: "250000",
        currency: "USD",
        close_in_days: 15,
        deal_type: "new",
        age_days: 100,
        seconds: 131,
        then: Then::Expire,
    },
    DemoDeal {
        owner: "jonas@contoso-cloud.example",
        customer: "Globex Corp.",
        domain: "https://www.globex.com/de",
        contact: ("Greta Klein", "greta.klein@globex.com"),
        country: "DE",
        products: &["NX-CORE"],
        value: "95000",
        currency: "EUR",
        close_in_days: 50,
        deal_type: "new",
        age_days: 2,
        seconds: 83,
        then: Then::Pending,
    },
    DemoDeal {
        owner: "carla@contoso-cloud.example",
        customer: "Müller Maschinenbau GmbH",
        domain: "mueller-maschinenbau.de",
        contact: ("Jürgen Müller", "j.mueller@mueller-maschinenbau.de"),
        country: "DE",
        products: &["NX-ANL", "SVC-PRO"],
        value: "70000",
        currency: "EUR",
        close_in_days: 40,
        deal_type: "new",
        age_days: 12,
        seconds: 58,
        then: Then::Approve,
    },
    DemoDeal {
        owner: "jonas@contoso-cloud.example",
        customer: "Bavaria Logistik AG",
        domain: "bavaria-logistik.de",
        contact: ("Anna Huber", "anna.huber@bavaria-logistik.de"),
        country: "DE",
        products: &["NX-BKP"],
        value: "40000",
        currency: "EUR",
        close_in_days: 35,
        deal_type: "upsell",
        age_days: 3,
        seconds: 76,
        then: Then::Overdue,
    },
    DemoDeal {
        owner: "carla@contoso-cloud.example",
        customer: "Hooli Europe",
        domain: "hooli.eu",
        contact: ("Gavin Belson", "gavin@hooli.eu"),
        country: "NL",
        products: &["NX-EDGE"],
        value: "55000",
        currency: "EUR",
        close_in_days: 70,
        deal_type: "new",
        age_days: 25,
        seconds: 69,
        then: Then::Withdraw,
    },
    DemoDeal {
        owner: "jonas@contoso-cloud.example",
        customer: "Initech",
        domain: "initech.com",
        contact: ("Peter Gibbons", "peter@initech.com"),
        country: "DE",
        products: &["NX-ANL"],
        value: "42000",
        currency: "EUR",
        close_in_days: 30,
        deal_type: "new",
        age_days: 1,
        seconds: 61,
        then: Then::Pending,
    },
    DemoDeal {
        owner: "tariq@tailspin.example",
        customer: "Pacific Rim Foods",
        domain: "pacificrimfoods.sg",
        contact: ("Wei Ling", "weiling@pacificrimfoods.sg"),
        country: "SG",
        products: &["NX-CORE"],
        value: "90000",
        currency: "USD",
        close_in_days: 55,
        deal_type: "new",
        age_days: 9,
        seconds: 57,
        then: Then::Approve,
    },
    DemoDeal {
        owner: "mei@tailspin.example",
        customer: "Lion City Bank",
        domain: "lioncitybank.sg",
        contact: ("Raj Kumar", "raj.kumar@lioncitybank.sg"),
        country: "SG",
        products: &["NX-SEC"],
        value: "310000",
        currency: "USD",
        close_in_days: 90,
        deal_type: "new",
        age_days: 1,
        seconds: 102,
        then: Then::Pending,
    },
    DemoDeal {
        owner: "mei@tailspin.example",
        customer: "Merlion Retail",
        domain: "merlionretail.sg",
        contact: ("Siti Rahman", "siti@merlionretail.sg"),
        country: "SG",
        products: &["NX-EDGE"],
        value: "38000",
        currency: "USD",
        close_in_days: 45,
        deal_type: "renewal",
        age_days: 4,
        seconds: 74,
        then: Then::Info,
    },
];

pub(crate) fn app_err(e: AppError) -> anyhow::Error {
    anyhow::anyhow!("{e} ({e:?})")
}

/// The viewer of a user, as a session would give it.
pub async fn viewer_of(state: &AppState, email: &str) -> anyhow::Result<Viewer> {
    let r = sqlx::query(
        "SELECT u.id, u.name, u.email, u.role, u.company_id, c.name FROM users u \
         LEFT JOIN companies c ON c.id = u.company_id WHERE u.email = $1",
    )
    .bind(email)
    .fetch_one(&state.db.pool)
    .await?;
    Ok(Viewer {
        user_id: r.get(0),
        name: r.get(1),
        email: r.get(2),
        role: Role::parse(&r.get::<String, _>(3)).unwrap_or(Role::PartnerUser),
        company_id: r.get(4),
        company_name: r.get(5),
    })
}

pub async fn load(state: &AppState) -> anyhow::Result<()> {
    let db = &state.db;
    let now = crate::server::now_ms();
    for (sku, name) in PRODUCTS {
        db.execute_one(
            sqlx::query(
                "INSERT INTO products (sku, name, active, created_at, updated_at) VALUES ($1, $2, 1, $3, $4) \
                 ON CONFLICT (sku) DO NOTHING",
            )
            .bind(*sku)
            .bind(*name)
            .bind(now)
            .bind(now),
        )
        .await?;
    }
    let existing: i64 = sqlx::query("SELECT COUNT(*) FROM deals")
        .fetch_one(&db.pool)
        .await?
        .get(0);
    if existing > 0 {
        return Ok(());
    }
    // Two example approval rules a vendor admin would start with.
    for (position, name, min, max, conflict, action) in [
        (
            10,
            "Small deals without conflict",
            "",
            "10000",
            "none",
            "auto_approve",
        ),
        (
            20,
            "Large deals go to vendor admins",
            "250000",
            "",
            "any",
            "route_admin",
        ),
    ] {
        let raw = deals::RawRule {
            id: None,
            name: name.into(),
            position: position.to_string(),
            min_value: min.into(),
            max_value: max.into(),
            conflict: conflict.into(),
            action: action.into(),
            active: true,
            ..Default::default()
        };
        deals::save_rule(db, &raw, Entry::new("approval_rule_demo", "success"))
            .await
            .map_err(app_err)?;
    }
    let products = crate::server::catalog::active(db).await.map_err(app_err)?;
    let manager = viewer_of(state, "manager@vendor.example").await?;
    let admin = viewer_of(state, "admin@vendor.example").await?;
    let url = &state.config.public_url;
    for d in DEALS {
        let owner = viewer_of(state, d.owner).await?;
        let company_id = owner.company_id.expect("demo owners are partners");
        let raw = RawDeal {
            customer_name: d.customer.into(),
            customer_domain: d.domain.into(),
            contact_name: d.contact.0.into(),
            contact_email: d.contact.1.into(),
            contact_phone: String::new(),
            country: d.country.into(),
            product_ids: d
                .products
                .iter()
                .filter_map(|sku| products.iter().find(|p| p.sku == *sku).map(|p| p.id))
                .collect(),
            value: d.value.into(),
            currency: d.currency.into(),
            close_date: date_input_value(now + d.close_in_days * DAY_MS),
            deal_type: d.deal_type.into(),
            notes: String::new(),
        };
        let input = deals::check_input(db, &raw, now).await.map_err(app_err)?;
        let reg = deals::register(
            db,
            &owner,
            company_id,
            &input,
            Some(d.seconds * 1000),
            url,
            Entry::new("deal_registered_demo", "success"),
        )
        .await
        .map_err(app_err)?;
        // Tailspin has no channel manager: the vendor admin decides.
        let decider = if owner.company_name.as_deref() == Some("Tailspin Integrators") {
            &admin
        } else {
            &manager
        };
        let entry = || Entry::new("deal_demo", "success");
        let approve = || deals::decide(db, decider, reg.id, Decision::Approve, "", url, entry());
        match d.then {
            Then::Pending | Then::Overdue => {}
            Then::Approve | Then::NearExpiry | Then::Expire => {
                approve().await.map_err(app_err)?;
                let stage = ["discovery", "proposal", "negotiation"][reg.id as usize % 3];
                deals::progress(db, &owner, reg.id, stage, None, entry())
                    .await
                    .map_err(app_err)?;
            }
            Then::Won => {
                approve().await.map_err(app_err)?;
                deals::close(db, &owner, reg.id, true, "78500", "", url, entry())
                    .await
                    .map_err(app_err)?;
            }
            Then::Lost => {
                approve().await.map_err(app_err)?;
                deals::close(
                    db,
                    &owner,
                    reg.id,
                    false,
                    "",
                    "The customer chose to stay with their incumbent vendor.",
                    url,
                    entry(),
                )
                .await
                .map_err(app_err)?;
            }
            Then::Reject => deals::decide(
                db,
                decider,
                reg.id,
                Decision::Reject,
                "The customer is already covered by a direct enterprise agreement.",
                url,
                entry(),
            )
            .await
            .map_err(app_err)?,
            Then::Info => deals::decide(
                db,
                decider,
                reg.id,
                Decision::RequestInfo,
                "Please add the customer's project timeline and the number of sites.",
                url,
                entry(),
            )
            .await
            .map_err(app_err)?,
            Then::Withdraw => deals::withdraw(db, &owner, reg.id, url, entry())
                .await
                .map_err(app_err)?,
        }
        // Move the deal back in time: registered `age_days` ago, decided a
        // few hours after submission.
        let shift = d.age_days * DAY_MS;
        let decision_delay = (5 + reg.id % 20) * HOUR_MS;
        let mut tx = db.write().await?;
        sqlx::query(
            "UPDATE deals SET created_at = created_at - $1, submitted_at = submitted_at - $2, \
             updated_at = updated_at - $3 + $4, sla_due_at = sla_due_at - $5, \
             decided_at = CASE WHEN decided_at IS NULL THEN NULL ELSE decided_at - $6 + $7 END, \
             exclusive_until = CASE WHEN exclusive_until IS NULL THEN NULL ELSE exclusive_until - $8 + $9 END \
             WHERE id = $10",
        )
        .bind(shift)
        .bind(shift)
        .bind(shift)
        .bind(decision_delay)
        .bind(shift)
        .bind(shift)
        .bind(decision_delay)
        .bind(shift)
        .bind(decision_delay)
        .bind(reg.id)
        .execute(&mut **tx)
        .await?;
        sqlx::query(
            "UPDATE deals SET won_at = won_at - $1 + $2 WHERE id = $3 AND won_at IS NOT NULL",
        )
        .bind(shift)
        .bind(decision_delay)
        .bind(reg.id)
        .execute(&mut **tx)
        .await?;
        sqlx::query("UPDATE deal_events SET at = at - $1 + CASE WHEN kind = 'submitted' THEN 0 ELSE $2 END WHERE deal_id = $3")
            .bind(shift)
            .bind(decision_delay)
            .bind(reg.id)
            .execute(&mut **tx)
            .await?;
        if d.then == Then::Overdue {
            sqlx::query("UPDATE deals SET sla_due_at = $1 WHERE id = $2")
                .bind(now - 3 * HOUR_MS)
                .bind(reg.id)
                .execute(&mut **tx)
                .await?;
        }
        if d.then == Then::NearExpiry {
            sqlx::query("UPDATE deals SET exclusive_until = $1 WHERE id = $2")
                .bind(now + 5 * DAY_MS)
                .bind(reg.id)
                .execute(&mut **tx)
                .await?;
        }
        // The approval's history entry names the end date it granted;
        // keep it in step with the moved date.
        let until: Option<i64> = sqlx::query("SELECT exclusive_until FROM deals WHERE id = $1")
            .bind(reg.id)
            .fetch_one(&mut **tx)
            .await?
            .get(0);
        if let Some(until) = until {
            // As the approval writes it: a message each reader sees in
            // their language, and the date as stored.
            let note = crate::msg!(
                "deal-note-approved",
                date = crate::shared::l10n::Arg::Date(until)
            );
            let date = crate::shared::time::date_input_value(until);
            sqlx::query(
                "UPDATE deal_events SET note = $1, changes = $2 WHERE deal_id = $3 AND kind = 'approved'",
            )
            .bind(serde_json::to_string(&note)?)
            .bind(serde_json::to_string(&[("exclusive_until", "", date.as_str())])?)
            .bind(reg.id)
            .execute(&mut **tx)
            .await?;
        }
        tx.commit().await?;
    }
    // Let the jobs do what they would have done: expire, remind, escalate.
    crate::server::jobs::run_once(state)
        .await
        .map_err(app_err)?;
    Ok(())
}
