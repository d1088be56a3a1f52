//! Demo data: a vendor admin, a channel manager and three partner companies
//! with an admin and users each. Idempotent: existing rows are left alone.

mod deals;
pub use deals::viewer_of;
mod leads;
mod mdf;
mod onboarding;
mod tiers;

use sqlx::Row;

use crate::features::accounts;
use crate::features::companies;
use crate::server::audit::Entry;
use crate::server::AppState;
use crate::shared::AppError;

/// The password of every demo login. Printed, and listed in the README.
pub const DEMO_PASSWORD: &str = "portal-demo-2026";

struct DemoCompany {
    name: &'static str,
    kind: &'static str,
    region: &'static str,
    country: &'static str,
    website: &'static str,
    people: &'static [(&'static str, &'static str, &'static str)],
    managed: bool,
}

const COMPANIES: &[DemoCompany] = &[
    DemoCompany {
        name: "Northwind Systems",
        kind: "reseller",
        region: "North America",
        country: "US",
        website: "https://northwind.example",
        people: &[
            ("Nora Winters", "nora@northwind.example", "partner_admin"),
            ("Sam Patel", "sam@northwind.example", "partner_user"),
            ("Lena Ortiz", "lena@northwind.example", "partner_user"),
        ],
        managed: true,
    },
    DemoCompany {
        name: "Contoso Cloud GmbH",
        kind: "msp",
        region: "EMEA",
        country: "DE",
        website: "https://contoso-cloud.example",
        people: &[
            (
                "Carla Becker",
                "carla@contoso-cloud.example",
                "partner_admin",
            ),
            ("Jonas Weber", "jonas@contoso-cloud.example", "partner_user"),
        ],
        managed: true,
    },
    DemoCompany {
        name: "Tailspin Integrators",
        kind: "si",
        region: "APAC",
        country: "SG",
        website: "https://tailspin.example",
        people: &[
            ("Tariq Lim", "tariq@tailspin.example", "partner_admin"),
            ("Mei Tan", "mei@tailspin.example", "partner_user"),
        ],
        managed: false,
    },
];

const STAFF: &[(&str, &str, &str)] = &[
    ("Vera Admin", "admin@vendor.example", "vendor_admin"),
    ("Marco Manager", "manager@vendor.example", "channel_manager"),
];

async fn user_id(state: &AppState, email: &str) -> anyhow::Result<Option<i64>> {
    Ok(sqlx::query("SELECT id FROM users WHERE email = $1")
        .bind(email)
        .fetch_optional(&state.db.pool)
        .await?
        .map(|r| r.get(0)))
}

async fn company_id(state: &AppState, name: &str) -> anyhow::Result<Option<i64>> {
    Ok(sqlx::query("SELECT id FROM companies WHERE name_key = $1")
        .bind(crate::shared::matcher::company_name_key(name))
        .fetch_optional(&state.db.pool)
        .await?
        .map(|r| r.get(0)))
}

fn app_err(e: AppError) -> anyhow::Error {
    anyhow::anyhow!("{e} ({e:?})")
}

/// Creates an active user with a password (CLI and demo data).
pub async fn create_user(
    state: &AppState,
    email: &str,
    name: &str,
    role: &str,
    company: Option<&str>,
    password: &str,
) -> anyhow::Result<i64> {
    let company_id = match company {
        Some(c) => Some(
            company_id(state, c)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no partner company named {c:?}"))?,
        ),
        None => None,
    };
    let person = accounts::check_new_person(name, email, role, company_id).map_err(app_err)?;
    crate::server::password::policy(password, &person.email).map_err(|m| anyhow::anyhow!(m))?;
    let hash = crate::server::password::hash(&state.hashing, password.to_string()).await?;
    accounts::create_active_user(
        &state.db,
        &person,
        &hash.0,
        Entry::new("user_created_cli", "success"),
    )
    .await
    .map_err(app_err)
}

pub async fn load(state: &AppState) -> anyhow::Result<()> {
    for (name, email, role) in STAFF {
        if user_id(state, email).await?.is_none() {
            create_user(state, email, name, role, None, DEMO_PASSWORD).await?;
        }
    }
    let manager = user_id(state, "manager@vendor.example")
        .await?
        .expect("created above");
    for c in COMPANIES {
        let id = match company_id(state, c.name).await? {
            Some(id) => id,
            None => {
                let input = companies::check_company(
                    c.name, c.kind, c.region, c.country, c.website, "active",
                )
                .map_err(app_err)?;
                companies::save(
                    &state.db,
                    None,
                    &input,
                    Entry::new("company_created_demo", "success"),
                )
                .await
                .map_err(app_err)?
            }
        };
        if c.managed {
            companies::set_assignment(
                &state.db,
                manager,
                id,
                true,
                Entry::new("manager_assigned_demo", "success"),
            )
            .await
            .map_err(app_err)?;
        }
        for (name, email, role) in c.people {
            if user_id(state, email).await?.is_none() {
                create_user(state, email, name, role, Some(c.name), DEMO_PASSWORD).await?;
            }
        }
    }
    last_seen(state).await?;
    let fresh_program = tiers::setup(state).await?;
    deals::load(state).await?;
    mdf::load(state).await?;
    leads::load(state).await?;
    onboarding::load(state).await?;
    pulse(state).await?;
    if fresh_program {
        tiers::finish(state).await?;
    }
    Ok(())
}

/// Days since each demo partner last signed in, so the vendor dashboard's
/// activity figures have something to count (one person never has, two
/// not within 30 days), and how often each came before that over the
/// last 200 days (the success measures' active users). Only set where
/// nobody has signed in yet.
const LAST_SEEN_DAYS: &[(&str, i64, i64)] = &[
    ("nora@northwind.example", 1, 2),
    ("sam@northwind.example", 0, 1),
    ("lena@northwind.example", 45, 7),
    ("carla@contoso-cloud.example", 3, 3),
    ("jonas@contoso-cloud.example", 12, 5),
    ("tariq@tailspin.example", 64, 9),
];

/// The demo's pulse answers: (who, score this quarter or `None` for "not
/// now", score last quarter). Nora, Lena and Mei have not been asked yet
/// this quarter, so their first screens show the pulse.
const PULSE: &[(&str, Option<i64>, Option<i64>)] = &[
    ("sam@northwind.example", Some(9), Some(8)),
    ("nora@northwind.example", None, Some(7)),
    ("carla@contoso-cloud.example", Some(10), Some(9)),
    ("jonas@contoso-cloud.example", Some(6), Some(4)),
    ("tariq@tailspin.example", None, None),
];

/// Not asked yet this quarter (their last quarter's answer, if any, is
/// still written).
const PULSE_OPEN: &[&str] = &["nora@northwind.example"];

/// This quarter's answers through the pulse's store (Nora's stays open),
/// last quarter's written as they would have been then. Runs once.
async fn pulse(state: &AppState) -> anyhow::Result<()> {
    use crate::shared::time::{quarter_start, DAY_MS};
    let db = &state.db;
    let done: i64 = sqlx::query("SELECT COUNT(*) FROM pulse_responses")
        .fetch_one(&db.pool)
        .await?
        .get(0);
    if done > 0 {
        return Ok(());
    }
    let now = crate::server::now_ms();
    let last_quarter = quarter_start(quarter_start(now) - DAY_MS);
    for (email, now_score, before) in PULSE {
        let viewer = deals::viewer_of(state, email).await?;
        if let Some(score) = before {
            sqlx::query(
                "INSERT INTO pulse_responses (user_id, company_id, quarter_start, score, comment, answered_at) \
                 VALUES ($1, $2, $3, $4, '', $5)",
            )
            .bind(viewer.user_id)
            .bind(viewer.company_id)
            .bind(last_quarter)
            .bind(*score)
            .bind(last_quarter + 40 * DAY_MS)
            .execute(&db.pool)
            .await?;
        }
        if PULSE_OPEN.contains(email) {
            continue;
        }
        let score = now_score.map(|s| s.to_string());
        let comment = if now_score.is_some_and(|s| s <= 6) {
            "Finding the right co-branded asset takes too long."
        } else {
            ""
        };
        crate::features::pulse::record(
            db,
            &viewer,
            score.as_deref().map(|s| (s, comment)),
            Entry::new("pulse_demo", "success"),
        )
        .await
        .map_err(app_err)?;
    }
    Ok(())
}

async fn last_seen(state: &AppState) -> anyhow::Result<()> {
    let now = crate::server::now_ms();
    for (email, days, every) in LAST_SEEN_DAYS {
        let updated = sqlx::query(
            "UPDATE users SET last_login_at = $1 WHERE email = $2 AND last_login_at IS NULL",
        )
        .bind(now - days * 86_400_000 - 3_600_000)
        .bind(*email)
        .execute(&state.db.pool)
        .await?
        .rows_affected();
        if updated == 0 {
            continue;
        }
        let today = now / 86_400_000 * 86_400_000;
        let mut day = *days;
        while day <= 200 {
            sqlx::query(
                "INSERT INTO user_active_days (day, user_id) \
                 SELECT $1, id FROM users WHERE email = $2 ON CONFLICT (day, user_id) DO NOTHING",
            )
            .bind(today - day * 86_400_000)
            .bind(*email)
            .execute(&state.db.pool)
            .await?;
            day += every;
        }
    }
    Ok(())
}

pub fn print_logins() {
    println!("Demo data is ready. Every demo login uses the password: {DEMO_PASSWORD}");
    for (name, email, role) in STAFF {
        println!("  {role:<16} {email:<32} {name}");
    }
    for c in COMPANIES {
        for (name, email, role) in c.people {
            println!("  {role:<16} {email:<32} {name} ({})", c.name);
        }
    }
}
