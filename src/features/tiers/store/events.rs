//! What deal events do to tiers: rebates and commissions on a win at the
//! rates in force then, points for registrations and wins, and the membership
//! a first registration makes.

use super::*;
use crate::server::events::Win;

/// A deal was won (called inside the deal's transition): the rebate and
/// commission from the company's tier rules in force at `won_at`, points
/// when the program has them, and a fresh evaluation of the company.
pub async fn on_deal_won(
    conn: &mut AnyConnection,
    win: &Win,
    public_url: &str,
) -> Result<(), sqlx::Error> {
    let (deal_id, company_id, owner, base, currency, won_at) = (
        win.deal_id,
        win.company_id,
        win.owner_user_id,
        win.value_cents,
        &win.currency,
        win.won_at,
    );
    let Some(m) = ensure_membership(&mut *conn, company_id, won_at).await? else {
        return Ok(());
    };
    let Some(program) = program(&mut *conn, m.program_id).await? else {
        return Ok(());
    };
    let all = versions(&mut *conn, program.id).await?;
    if let Some(rule) = in_force(&all, won_at)
        .into_iter()
        .find(|r| r.tier_id == m.tier.id)
    {
        for (kind, bp, amount) in rules::incentives(base, &rule.gives) {
            sqlx::query(
                "INSERT INTO incentive_entries (company_id, deal_id, kind, status, currency, base_cents, rate_bp, \
                 amount_cents, tier_id, rule_id, earned_at) VALUES ($1, $2, $3, 'earned', $4, $5, $6, $7, $8, $9, $10) \
                 ON CONFLICT (deal_id, kind) DO NOTHING",
            )
            .bind(company_id)
            .bind(deal_id)
            .bind(kind.as_str())
            .bind(currency)
            .bind(base)
            .bind(bp)
            .bind(amount)
            .bind(m.tier.id)
            .bind(rule.id)
            .bind(won_at)
            .execute(&mut *conn)
            .await?;
        }
    }
    if program.points_enabled && program.points_won > 0 {
        award(
            &mut *conn,
            company_id,
            Some(owner),
            "deal_won",
            deal_id,
            program.points_won,
            won_at,
        )
        .await?;
    }
    evaluate_company(conn, company_id, won_at, public_url).await?;
    Ok(())
}

/// A deal was registered: points for the registration.
pub async fn on_deal_registered(
    conn: &mut AnyConnection,
    deal_id: i64,
    company_id: i64,
    user_id: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    let Some(m) = ensure_membership(&mut *conn, company_id, at).await? else {
        return Ok(());
    };
    let points = match program(&mut *conn, m.program_id).await? {
        Some(p) if p.points_enabled => p.points_registered,
        _ => 0,
    };
    award_registration(conn, deal_id, company_id, user_id, points, at).await
}

/// The points a registration earns the company under its program, read
/// before the write lock is taken (`None`: no membership yet, so
/// [`on_deal_registered`] runs inside the write and makes one).
pub async fn registration_points(
    conn: &mut AnyConnection,
    company_id: i64,
) -> Result<Option<i64>, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT p.points_enabled, p.points_registered FROM company_tiers ct \
         JOIN programs p ON p.id = ct.program_id WHERE ct.company_id = $1",
    )
    .bind(company_id)
    .fetch_optional(conn)
    .await?
    .map(|r| {
        if r.get::<i64, _>(0) == 1 {
            r.get::<i64, _>(1)
        } else {
            0
        }
    }))
}

/// The points of a registration whose program's points were read
/// beforehand ([`registration_points`] gave `Some`), added to the batch
/// that writes the deal. A company without a membership yet goes through
/// [`on_deal_registered`] instead, which makes one.
pub fn add_registration_award(
    batch: &mut crate::server::batch::Batch,
    deal_id: i64,
    company_id: i64,
    user_id: i64,
    points: i64,
    at: i64,
) {
    if points > 0 {
        batch.push(
            AWARD,
            vec![
                company_id.into(),
                Some(user_id).into(),
                "deal_registered".into(),
                deal_id.into(),
                points.into(),
                at.into(),
            ],
        );
    }
}

pub(super) async fn award_registration(
    conn: &mut AnyConnection,
    deal_id: i64,
    company_id: i64,
    user_id: i64,
    points: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    if points <= 0 {
        return Ok(());
    }
    award(
        conn,
        company_id,
        Some(user_id),
        "deal_registered",
        deal_id,
        points,
        at,
    )
    .await
}

/// Points for something that happened once (`kind` and `deal_id`): a
/// second award of the same is ignored.
pub(super) const AWARD: &str =
    "INSERT INTO points (company_id, user_id, kind, deal_id, points, at) \
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (kind, deal_id) DO NOTHING";

pub(super) async fn award(
    conn: &mut AnyConnection,
    company_id: i64,
    user_id: Option<i64>,
    kind: &str,
    deal_id: i64,
    points: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(AWARD)
        .bind(company_id)
        .bind(user_id)
        .bind(kind)
        .bind(deal_id)
        .bind(points)
        .bind(at)
        .execute(conn)
        .await?;
    Ok(())
}
