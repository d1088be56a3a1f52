//! Demo market development funds: allocations for this and the last
//! period, and requests in every status with claims, proof files, linked
//! deals, an overdue approval and a missed claim deadline. Made through the
//! real store (ledger, history, notifications), then moved in time where a
//! state needs the past. Idempotent: runs only when there are no requests.

use sqlx::Row;

use super::deals::{app_err, viewer_of};
use crate::features::mdf::rules::{period_at, PeriodKind};
use crate::features::mdf::{self, ClaimDecision, RawClaim, RawRequest, RequestDecision};
use crate::server::audit::Entry;
use crate::server::AppState;
use crate::shared::time::{date_input_value, DAY_MS, HOUR_MS};
use crate::shared::Viewer;

#[derive(Clone, Copy, PartialEq)]
enum Then {
    Pending,
    Overdue,
    Return,
    Decline,
    Cancel,
    Approve,
    Claim,
    Changes,
    ClaimReject,
    ClaimApprove,
    Paid,
    Missed,
}

struct Demo {
    owner: &'static str,
    kind: &'static str,
    title: &'static str,
    /// First and last day, in days from today.
    days: (i64, i64),
    cost: &'static str,
    requested: &'static str,
    leads: &'static str,
    then: Then,
    /// Customers of deals to link to the claim.
    deals: &'static [&'static str],
}

const REQUESTS: &[Demo] = &[
    Demo {
        owner: "sam@northwind.example",
        kind: "event",
        title: "Cloud security breakfast, Chicago",
        days: (20, 20),
        cost: "12000",
        requested: "6000",
        leads: "40",
        then: Then::Pending,
        deals: &[],
    },
    Demo {
        owner: "lena@northwind.example",
        kind: "webinar",
        title: "Backup webinar series",
        days: (25, 60),
        cost: "8000",
        requested: "8000",
        leads: "120",
        then: Then::Return,
        deals: &[],
    },
    Demo {
        owner: "sam@northwind.example",
        kind: "event",
        title: "Trade show booth, Las Vegas",
        days: (40, 43),
        cost: "60000",
        requested: "30000",
        leads: "300",
        then: Then::Decline,
        deals: &[],
    },
    Demo {
        owner: "lena@northwind.example",
        kind: "digital",
        title: "Direct mail to healthcare CIOs",
        days: (30, 45),
        cost: "4000",
        requested: "2000",
        leads: "20",
        then: Then::Cancel,
        deals: &[],
    },
    Demo {
        owner: "sam@northwind.example",
        kind: "digital",
        title: "LinkedIn campaign: Nimbus Edge",
        days: (-30, -10),
        cost: "9000",
        requested: "9000",
        leads: "60",
        then: Then::Approve,
        deals: &[],
    },
    Demo {
        owner: "nora@northwind.example",
        kind: "training",
        title: "Partner lunch & learn, Denver",
        days: (-12, -12),
        cost: "3500",
        requested: "3500",
        leads: "25",
        then: Then::Claim,
        deals: &["Globex Corporation"],
    },
    Demo {
        owner: "lena@northwind.example",
        kind: "syndication",
        title: "Content syndication: backup buyers guide",
        days: (-40, -20),
        cost: "7000",
        requested: "5000",
        leads: "150",
        then: Then::Changes,
        deals: &[],
    },
    Demo {
        owner: "sam@northwind.example",
        kind: "other",
        title: "Customer golf day",
        days: (-35, -35),
        cost: "5000",
        requested: "2500",
        leads: "10",
        then: Then::ClaimReject,
        deals: &[],
    },
    Demo {
        owner: "nora@northwind.example",
        kind: "event",
        title: "Analytics roadshow, Boston",
        days: (-25, -24),
        cost: "15000",
        requested: "10000",
        leads: "90",
        then: Then::ClaimApprove,
        deals: &["Initech LLC"],
    },
    Demo {
        owner: "sam@northwind.example",
        kind: "webinar",
        title: "Healthcare security webinar",
        days: (-56, -56),
        cost: "6000",
        requested: "6000",
        leads: "75",
        then: Then::Paid,
        deals: &["Umbrella Health"],
    },
    Demo {
        owner: "lena@northwind.example",
        kind: "digital",
        title: "Print advertising, regional press",
        days: (-100, -90),
        cost: "3000",
        requested: "3000",
        leads: "5",
        then: Then::Missed,
        deals: &[],
    },
    Demo {
        owner: "jonas@contoso-cloud.example",
        kind: "event",
        title: "Cloud-Forum Berlin",
        days: (15, 16),
        cost: "20000",
        requested: "10000",
        leads: "80",
        then: Then::Overdue,
        deals: &[],
    },
    Demo {
        owner: "mei@tailspin.example",
        kind: "webinar",
        title: "APAC partner webinar",
        days: (-8, -8),
        cost: "4000",
        requested: "4000",
        leads: "35",
        then: Then::Claim,
        deals: &[],
    },
];

/// A small but real PDF (one empty page) as the demo invoice.
const DEMO_PDF: &[u8] = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";

async fn company_id(state: &AppState, name: &str) -> anyhow::Result<i64> {
    Ok(sqlx::query("SELECT id FROM companies WHERE name = $1")
        .bind(name)
        .fetch_one(&state.db.pool)
        .await?
        .get(0))
}

async fn attach(
    state: &AppState,
    owner: &Viewer,
    id: i64,
    name: &str,
    bytes: &[u8],
) -> anyhow::Result<()> {
    let kind = crate::server::uploads::check(name, bytes).map_err(|e| anyhow::anyhow!(e))?;
    let key = crate::server::uploads::store(&state.config.uploads_dir, bytes).await?;
    let sha = {
        use sha2::{Digest, Sha256};
        hex::encode(Sha256::digest(bytes))
    };
    mdf::add_file(
        &state.db,
        owner,
        id,
        owner.company_id.unwrap_or(0),
        name,
        kind.as_str(),
        bytes.len() as i64,
        &sha,
        &key,
        Entry::new("mdf_file_demo", "success"),
    )
    .await
    .map_err(app_err)?;
    Ok(())
}

pub async fn load(state: &AppState) -> anyhow::Result<()> {
    let db = &state.db;
    let existing: i64 = sqlx::query("SELECT COUNT(*) FROM mdf_requests")
        .fetch_one(&db.pool)
        .await?
        .get(0);
    if existing > 0 {
        return Ok(());
    }
    let now = crate::server::now_ms();
    let today = now - now.rem_euclid(DAY_MS);
    let url = &state.config.public_url;
    let admin = viewer_of(state, "admin@vendor.example").await?;
    let manager = viewer_of(state, "manager@vendor.example").await?;
    let quarter = period_at(now, PeriodKind::Quarter);
    let last_quarter = period_at(quarter.starts_at - 1, PeriodKind::Quarter);
    let entry = || Entry::new("mdf_demo", "success");
    for (company, period, amount, currency) in [
        ("Northwind Systems", &quarter.key, "60000", "USD"),
        ("Northwind Systems", &last_quarter.key, "30000", "USD"),
        ("Contoso Cloud GmbH", &quarter.key, "40000", "EUR"),
        ("Tailspin Integrators", &quarter.key, "20000", "USD"),
    ] {
        let id = company_id(state, company).await?;
        mdf::allocate(
            db,
            &admin,
            id,
            period,
            amount,
            currency,
            "Program budget",
            url,
            entry(),
        )
        .await
        .map_err(app_err)?;
    }
    for d in REQUESTS {
        let owner = viewer_of(state, d.owner).await?;
        let company = owner.company_id.expect("demo owners are partners");
        let decider = if owner.company_name.as_deref() == Some("Tailspin Integrators") {
            &admin
        } else {
            &manager
        };
        let raw = RawRequest {
            activity_type: d.kind.into(),
            title: d.title.into(),
            description: format!(
                "{}: audience of IT decision makers; Nimbus products featured.",
                d.title
            ),
            starts_on: date_input_value(today + d.days.0 * DAY_MS),
            ends_on: date_input_value(today + d.days.1 * DAY_MS),
            total_cost: d.cost.into(),
            requested: d.requested.into(),
            contribution: String::new(),
            expected_leads: d.leads.into(),
            expected_pipeline: String::new(),
        };
        let input = mdf::check_request(&raw, now).map_err(app_err)?;
        let seconds = 70 + (d.title.len() as i64 * 7) % 110;
        let id = mdf::create(
            db,
            &owner,
            company,
            &raw,
            &input,
            Some(seconds * 1000),
            url,
            entry(),
        )
        .await
        .map_err(app_err)?;
        let decide = |decision, amount: &'static str, reason: &'static str| {
            mdf::decide(db, decider, id, decision, amount, reason, url, entry())
        };
        match d.then {
            Then::Pending | Then::Overdue => {}
            Then::Return => decide(
                RequestDecision::Return,
                "",
                "Please split the series into dates and say which products each session covers.",
            )
            .await
            .map_err(app_err)?,
            Then::Decline => decide(
                RequestDecision::Decline,
                "",
                "Trade shows are funded centrally this year.",
            )
            .await
            .map_err(app_err)?,
            Then::Cancel => {}
            _ => decide(RequestDecision::Approve, "", "")
                .await
                .map_err(app_err)?,
        }
        if d.then == Then::Cancel {
            mdf::cancel(db, &owner, id, url, entry())
                .await
                .map_err(app_err)?;
        }
        if matches!(
            d.then,
            Then::Claim | Then::Changes | Then::ClaimReject | Then::ClaimApprove | Then::Paid
        ) {
            attach(state, &owner, id, "invoice.pdf", DEMO_PDF).await?;
            let leads = format!(
                "name,company,email\n{}\n",
                (1..=5)
                    .map(|i| format!("Lead {i},Example Co {i},lead{i}@example.com"))
                    .collect::<Vec<_>>()
                    .join("\n")
            );
            attach(state, &owner, id, "leads.csv", leads.as_bytes()).await?;
            let mut deal_ids = Vec::new();
            for customer in d.deals {
                if let Some(r) =
                    sqlx::query("SELECT id FROM deals WHERE customer_name = $1 AND company_id = $2")
                        .bind(*customer)
                        .bind(company)
                        .fetch_optional(&db.pool)
                        .await?
                {
                    deal_ids.push(r.get::<i64, _>(0));
                }
            }
            let cost = d.cost.parse::<i64>().unwrap_or(0) - 500;
            let claim = RawClaim {
                actual_cost: cost.to_string(),
                actual_leads: d.leads.into(),
                notes: "Invoice and attendee list attached.".into(),
                deal_ids,
            };
            mdf::claim(db, &owner, id, &claim, url, entry())
                .await
                .map_err(app_err)?;
            match d.then {
                Then::Changes => mdf::review_claim(
                    db,
                    decider,
                    id,
                    ClaimDecision::RequestChanges,
                    "",
                    "The invoice is for a different event date; please attach the right one.",
                    url,
                    entry(),
                )
                .await
                .map_err(app_err)?,
                Then::ClaimReject => mdf::review_claim(
                    db,
                    decider,
                    id,
                    ClaimDecision::Reject,
                    "",
                    "Hospitality is not an eligible MDF activity.",
                    url,
                    entry(),
                )
                .await
                .map_err(app_err)?,
                Then::ClaimApprove | Then::Paid => mdf::review_claim(
                    db,
                    decider,
                    id,
                    ClaimDecision::Approve,
                    "",
                    "",
                    url,
                    entry(),
                )
                .await
                .map_err(app_err)?,
                _ => {}
            }
            if d.then == Then::Paid {
                mdf::reimburse(
                    db,
                    &admin,
                    id,
                    "TRF-2026-0917",
                    &date_input_value(today - 30 * DAY_MS),
                    url,
                    entry(),
                )
                .await
                .map_err(app_err)?;
            }
        }
        // Move the request back in time: submitted `age` ago and decided six
        // hours later; what happened to the claim stays recent.
        let age = if d.then == Then::Pending {
            DAY_MS
        } else {
            (-d.days.0 + 14).clamp(3, 120) * DAY_MS
        };
        let decided = age - 6 * HOUR_MS;
        let mut tx = db.write().await?;
        sqlx::query(
            "UPDATE mdf_requests SET created_at = created_at - $1, submitted_at = submitted_at - $2, \
             decided_at = CASE WHEN decided_at IS NULL THEN NULL ELSE decided_at - $3 END, \
             sla_due_at = CASE WHEN status = 'submitted' THEN sla_due_at - $4 ELSE sla_due_at END WHERE id = $5",
        )
        .bind(age)
        .bind(age)
        .bind(decided)
        .bind(age)
        .bind(id)
        .execute(&mut **tx)
        .await?;
        sqlx::query(
            "UPDATE mdf_events SET at = at - CASE WHEN kind = 'submitted' THEN $1 \
             WHEN kind IN ('approved','returned','declined','cancelled') THEN $2 ELSE 0 END WHERE request_id = $3",
        )
        .bind(age)
        .bind(decided)
        .bind(id)
        .execute(&mut **tx)
        .await?;
        if d.then == Then::Overdue {
            sqlx::query("UPDATE mdf_requests SET sla_due_at = $1, submitted_at = $2 WHERE id = $3")
                .bind(now - 5 * HOUR_MS)
                .bind(now - 53 * HOUR_MS)
                .bind(id)
                .execute(&mut **tx)
                .await?;
        }
        if d.then == Then::Missed {
            sqlx::query("UPDATE mdf_requests SET claim_due_at = $1 WHERE id = $2")
                .bind(now - DAY_MS)
                .bind(id)
                .execute(&mut **tx)
                .await?;
        }
        if d.then == Then::Paid {
            // Last quarter's activity: its money moves to last quarter's fund.
            let fund: i64 =
                sqlx::query("SELECT id FROM mdf_funds WHERE company_id = $1 AND period = $2")
                    .bind(company)
                    .bind(&last_quarter.key)
                    .fetch_one(&mut **tx)
                    .await?
                    .get(0);
            sqlx::query("UPDATE mdf_requests SET fund_id = $1 WHERE id = $2")
                .bind(fund)
                .bind(id)
                .execute(&mut **tx)
                .await?;
            sqlx::query("UPDATE mdf_ledger SET fund_id = $1 WHERE request_id = $2")
                .bind(fund)
                .bind(id)
                .execute(&mut **tx)
                .await?;
        }
        tx.commit().await?;
    }
    // The jobs do what time would have done: the missed claim deadline,
    // last quarter's unused funds, the overdue approval.
    mdf::run_jobs(db, url).await.map_err(app_err)?;
    Ok(())
}
