//! Demo partner program: four tiers with rules (Gold's requirements raised
//! 90 days ago, so history uses the older version), exchange rates, and
//! after the demo deals: incentives and points dated like their deals, an
//! approved upgrade (Northwind to Silver), a grace period (Contoso), a
//! downgrade waiting for a decision (Tailspin), and a paid payout run.

use sqlx::Row;

use super::deals::{app_err, viewer_of};
use crate::features::tiers;
use crate::server::audit::Entry;
use crate::server::AppState;
use crate::shared::time::{date_input_value, DAY_MS};

struct DemoTier {
    name: &'static str,
    /// (from days ago, revenue, approved, won, certified, criteria, discount,
    /// margin, rebate, commission, mdf, content)
    versions: &'static [DemoRule],
}

struct DemoRule {
    days_ago: i64,
    revenue: &'static str,
    approved: &'static str,
    won: &'static str,
    certified: &'static str,
    criteria: &'static str,
    discount: &'static str,
    margin: &'static str,
    rebate: &'static str,
    commission: &'static str,
    mdf: bool,
    content: &'static str,
}

const TIERS: &[DemoTier] = &[
    DemoTier {
        name: "Registered",
        versions: &[DemoRule {
            days_ago: 730,
            revenue: "",
            approved: "",
            won: "",
            certified: "",
            criteria: "",
            discount: "10",
            margin: "0",
            rebate: "1",
            commission: "0.5",
            mdf: false,
            content: "basic",
        }],
    },
    DemoTier {
        name: "Silver",
        versions: &[DemoRule {
            days_ago: 730,
            revenue: "50000",
            approved: "3",
            won: "1",
            certified: "",
            criteria: "",
            discount: "15",
            margin: "3",
            rebate: "2",
            commission: "0.5",
            mdf: true,
            content: "standard",
        }],
    },
    DemoTier {
        name: "Gold",
        versions: &[
            DemoRule {
                days_ago: 730,
                revenue: "200000",
                approved: "8",
                won: "4",
                certified: "2",
                criteria: "Joint business plan signed",
                discount: "20",
                margin: "5",
                rebate: "3",
                commission: "1",
                mdf: true,
                content: "premium",
            },
            DemoRule {
                days_ago: 90,
                revenue: "250000",
                approved: "10",
                won: "5",
                certified: "3",
                criteria: "Joint business plan signed",
                discount: "20",
                margin: "5",
                rebate: "3",
                commission: "1",
                mdf: true,
                content: "premium",
            },
        ],
    },
    DemoTier {
        name: "Platinum",
        versions: &[DemoRule {
            days_ago: 730,
            revenue: "1000000",
            approved: "25",
            won: "15",
            certified: "6",
            criteria: "Executive sponsor named\nQuarterly business review held",
            discount: "25",
            margin: "8",
            rebate: "4",
            commission: "1.5",
            mdf: true,
            content: "premium",
        }],
    },
];

fn entry() -> Entry {
    Entry::new("tier_demo", "success")
}

/// Before the demo deals: the program, its tiers and rules, and the
/// companies that start above the entry tier.
pub async fn setup(state: &AppState) -> anyhow::Result<bool> {
    let db = &state.db;
    let existing: i64 = sqlx::query("SELECT COUNT(*) FROM programs")
        .fetch_one(&db.pool)
        .await?
        .get(0);
    if existing > 0 {
        return Ok(false);
    }
    let admin = viewer_of(state, "admin@vendor.example").await?;
    let program = tiers::save_program(
        db,
        &tiers::RawProgram {
            id: None,
            name: "Partner Program".into(),
            currency: "USD".into(),
            grace_days: "90".into(),
            points_enabled: true,
            points_registered: "10".into(),
            points_won: "50".into(),
            leaderboard_public: false,
            is_default: true,
            rates: "EUR = 1.08\nGBP = 1.27".into(),
        },
        entry(),
    )
    .await
    .map_err(app_err)?;
    let now = crate::server::now_ms();
    for (rank, t) in TIERS.iter().enumerate() {
        let tier = tiers::add_tier(db, program, t.name, &rank.to_string(), entry())
            .await
            .map_err(app_err)?;
        for v in t.versions {
            tiers::add_rule(
                db,
                &admin,
                &tiers::RawRule {
                    tier_id: tier,
                    effective_from: date_input_value(now - v.days_ago * DAY_MS),
                    min_revenue: v.revenue.into(),
                    min_approved: v.approved.into(),
                    min_won: v.won.into(),
                    min_certified: v.certified.into(),
                    custom_criteria: v.criteria.into(),
                    discount: v.discount.into(),
                    deal_margin: v.margin.into(),
                    rebate: v.rebate.into(),
                    commission: v.commission.into(),
                    mdf_eligible: v.mdf,
                    content_level: v.content.into(),
                },
                entry(),
            )
            .await
            .map_err(app_err)?;
        }
    }
    for (company, tier, note) in [
        (
            "Contoso Cloud GmbH",
            "Silver",
            "Migrated from the previous partner program at Silver.",
        ),
        (
            "Tailspin Integrators",
            "Gold",
            "Migrated from the previous partner program at Gold.",
        ),
    ] {
        let company_id: i64 = sqlx::query("SELECT id FROM companies WHERE name = $1")
            .bind(company)
            .fetch_one(&db.pool)
            .await?
            .get(0);
        let tier_id: i64 = sqlx::query("SELECT id FROM tiers WHERE program_id = $1 AND name = $2")
            .bind(program)
            .bind(tier)
            .fetch_one(&db.pool)
            .await?
            .get(0);
        tiers::assign(db, &admin, company_id, tier_id, note, entry())
            .await
            .map_err(app_err)?;
    }
    Ok(true)
}

/// After the demo deals: dates like the deals, evaluation, decisions, a
/// paid payout run.
pub async fn finish(state: &AppState) -> anyhow::Result<()> {
    let db = &state.db;
    let url = &state.config.public_url;
    let now = crate::server::now_ms();
    let mut tx = db.write().await?;
    // Incentives and points carry their deal's dates; memberships and the
    // migration notes are a year old.
    sqlx::query("UPDATE incentive_entries SET earned_at = (SELECT d.won_at FROM deals d WHERE d.id = incentive_entries.deal_id)")
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE points SET at = (SELECT COALESCE(d.submitted_at, d.created_at) FROM deals d WHERE d.id = points.deal_id) WHERE kind = 'deal_registered'")
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE points SET at = (SELECT d.won_at FROM deals d WHERE d.id = points.deal_id) WHERE kind = 'deal_won'")
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE company_tiers SET since = $1, evaluated_at = NULL")
        .bind(now - 400 * DAY_MS)
        .execute(&mut **tx)
        .await?;
    sqlx::query("UPDATE tier_events SET at = $1 WHERE kind = 'assigned'")
        .bind(now - 400 * DAY_MS)
        .execute(&mut **tx)
        .await?;
    // Proposals made while the deals were being created used undated
    // figures; the evaluation below makes them again with the real ones.
    sqlx::query("DELETE FROM tier_events WHERE kind IN ('proposed','withdrawn','grace_started','grace_cleared')")
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM tier_changes")
        .execute(&mut **tx)
        .await?;
    sqlx::query("DELETE FROM notifications WHERE kind IN ('tier_proposed','tier_grace')")
        .execute(&mut **tx)
        .await?;
    // Tailspin fell below Gold 91 days ago: its grace period just ended.
    let tailspin: i64 = sqlx::query("SELECT id FROM companies WHERE name = 'Tailspin Integrators'")
        .fetch_one(&mut **tx)
        .await?
        .get(0);
    let gold: i64 = sqlx::query("SELECT tier_id FROM company_tiers WHERE company_id = $1")
        .bind(tailspin)
        .fetch_one(&mut **tx)
        .await?
        .get(0);
    sqlx::query("UPDATE company_tiers SET grace_until = $1 WHERE company_id = $2")
        .bind(now - DAY_MS)
        .bind(tailspin)
        .execute(&mut **tx)
        .await?;
    sqlx::query(
        "INSERT INTO tier_events (company_id, kind, to_tier_id, note, at) VALUES ($1, 'grace_started', $2, $3, $4)",
    )
    .bind(tailspin)
    .bind(gold)
    .bind({
        // As the evaluation writes it: a message and its progress lines,
        // each reader seeing them in their language.
        use crate::shared::l10n::Arg;
        crate::features::tiers::types::Said::listing(
            crate::msg!("tier-grace-note", tier = "Gold", until = Arg::Date(now - DAY_MS)),
            vec![crate::msg!("tier-line-revenue")
                .with("current", Arg::money(0, "USD"))
                .with("target", Arg::money(25_000_000, "USD"))],
        )
        .stored()
    })
    .bind(now - 91 * DAY_MS)
    .execute(&mut **tx)
    .await?;
    tx.commit().await?;
    tiers::evaluate_due(db, url).await.map_err(app_err)?;
    // The channel manager approves Northwind's move to Silver.
    let manager = viewer_of(state, "manager@vendor.example").await?;
    let northwind_change: Option<i64> = sqlx::query(
        "SELECT ch.id FROM tier_changes ch JOIN companies c ON c.id = ch.company_id \
         WHERE c.name = 'Northwind Systems' AND ch.status = 'proposed'",
    )
    .fetch_optional(&db.pool)
    .await?
    .map(|r| r.get(0));
    if let Some(id) = northwind_change {
        tiers::decide(
            db,
            &manager,
            id,
            true,
            "Well done on the Umbrella Health win.",
            url,
            entry(),
        )
        .await
        .map_err(app_err)?;
    }
    // Last year's rebates were paid.
    let admin = viewer_of(state, "admin@vendor.example").await?;
    let run = tiers::create_run(
        db,
        &admin,
        None,
        &date_input_value(now - 300 * DAY_MS),
        "Annual rebate run",
        entry(),
    )
    .await;
    if let Ok(run) = run {
        tiers::mark_paid(db, &admin, run, "ACH-2025-1187", url, entry())
            .await
            .map_err(app_err)?;
        sqlx::query("UPDATE payouts SET created_at = $1, paid_at = $2 WHERE id = $3")
            .bind(now - 330 * DAY_MS)
            .bind(now - 320 * DAY_MS)
            .bind(run)
            .execute(&db.pool)
            .await?;
        sqlx::query(
            "UPDATE incentive_entries SET approved_at = $1, paid_at = $2 WHERE payout_id = $3",
        )
        .bind(now - 330 * DAY_MS)
        .bind(now - 320 * DAY_MS)
        .bind(run)
        .execute(&db.pool)
        .await?;
    }
    Ok(())
}
