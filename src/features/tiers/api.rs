//! Server functions of tiers and incentives. Each enters the guard with its
//! endpoint; the store scopes every read and write by the viewer (own
//! company; a channel manager's assigned companies), so a foreign id
//! answers exactly like a missing one.

#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use super::types::*;
use crate::shared::AppError;

/// The partner's own tier, progress, ladder and history.
#[server(endpoint = "tiers/mine")]
pub async fn tier_mine() -> Result<TierStatus, AppError> {
    let cx = crate::server::guard::enter::<TierMine>().await?;
    super::store::status(cx.db(), cx.user()?, cx.company_id()?).await
}

/// One company's tier page for vendor staff (channel managers: assigned
/// companies only).
#[server(endpoint = "tiers/company")]
pub async fn tier_company(company_id: i64) -> Result<TierStatus, AppError> {
    let cx = crate::server::guard::enter::<TierCompany>().await?;
    let r = super::store::status(cx.db(), cx.user()?, company_id).await;
    cx.audited("company", company_id, r).await
}

#[server(endpoint = "tiers/board")]
pub async fn load_tier_board(tier: Option<i64>, page: Option<i64>) -> Result<TierBoard, AppError> {
    let cx = crate::server::guard::enter::<LoadTierBoard>().await?;
    super::store::board(cx.db(), cx.user()?, tier, page.unwrap_or(1)).await
}

/// Approves or rejects a proposed tier change. `back` picks the page to
/// return to without JavaScript ("board" or the company page).
#[server(endpoint = "tiers/decide")]
pub async fn tier_decide(
    change_id: i64,
    decision: String,
    note: Option<String>,
    back: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<TierDecide>().await?;
    let approve = match decision.as_str() {
        "approve" => true,
        "reject" => false,
        _ => return Err(AppError::BadRequest(crate::msg!("tier-error-decision"))),
    };
    let r = super::store::decide(
        cx.db(),
        cx.user()?,
        change_id,
        approve,
        &note.unwrap_or_default(),
        &cx.state.config.public_url,
        cx.entry(
            if approve {
                "tier_change_approved"
            } else {
                "tier_change_rejected"
            },
            "success",
        ),
    )
    .await;
    let company = cx.audited("tier_change", change_id, r).await?;
    let to = if back.as_deref() == Some("board") {
        "/tiers?decided=1".to_string()
    } else {
        format!("/tiers/companies/{company}?decided=1")
    };
    leptos_axum::redirect(&to);
    Ok(())
}

/// Ticks (or unticks) a custom criterion for a company, then evaluates it.
#[server(endpoint = "tiers/check")]
pub async fn tier_check(
    company_id: i64,
    tier_id: i64,
    label: String,
    checked: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<TierCheck>().await?;
    let r = super::store::set_check(
        cx.db(),
        cx.user()?,
        company_id,
        tier_id,
        &label,
        checked.as_deref() == Some("1"),
        &cx.state.config.public_url,
        cx.entry("tier_criterion_set", "success"),
    )
    .await;
    cx.audited("company", company_id, r).await?;
    leptos_axum::redirect(&format!("/tiers/companies/{company_id}?checked=1#criteria"));
    Ok(())
}

#[server(endpoint = "tiers/evaluate")]
pub async fn tier_evaluate(company_id: i64) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<TierEvaluate>().await?;
    let r =
        super::store::evaluate_now(cx.db(), cx.user()?, company_id, &cx.state.config.public_url)
            .await;
    cx.audited("company", company_id, r).await?;
    leptos_axum::redirect(&format!("/tiers/companies/{company_id}?evaluated=1"));
    Ok(())
}

// ---------------------------------------------------------------------------
// Administration

#[server(endpoint = "admin/tiers/config")]
pub async fn load_tier_admin() -> Result<TierAdmin, AppError> {
    let cx = crate::server::guard::enter::<LoadTierAdmin>().await?;
    super::store::admin(cx.db()).await
}

#[server(endpoint = "admin/tiers/program")]
pub async fn tier_save_program(
    program_id: Option<i64>,
    name: String,
    currency: String,
    grace_days: String,
    points_enabled: Option<String>,
    points_registered: String,
    points_won: String,
    leaderboard_public: Option<String>,
    is_default: Option<String>,
    rates: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<TierSaveProgram>().await?;
    let raw = super::store::RawProgram {
        id: program_id,
        name,
        currency,
        grace_days,
        points_enabled: points_enabled.as_deref() == Some("1"),
        points_registered,
        points_won,
        leaderboard_public: leaderboard_public.as_deref() == Some("1"),
        is_default: is_default.as_deref() == Some("1"),
        rates: rates.unwrap_or_default(),
    };
    let r = super::store::save_program(cx.db(), &raw, cx.entry("program_saved", "success")).await;
    let id = match (r, program_id) {
        (Err(AppError::NotFound), Some(p)) => {
            return Err(cx.deny(AppError::NotFound, "program", p).await)
        }
        (r, _) => r?,
    };
    leptos_axum::redirect(&format!("/admin/tiers?saved=1#program-{id}"));
    Ok(())
}

#[server(endpoint = "admin/tiers/tier")]
pub async fn tier_add(program_id: i64, tier_name: String, rank: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<TierAdd>().await?;
    let r = super::store::add_tier(
        cx.db(),
        program_id,
        &tier_name,
        &rank,
        cx.entry("tier_added", "success"),
    )
    .await;
    let id = cx.audited("program", program_id, r).await?;
    leptos_axum::redirect(&format!("/admin/tiers?added=1#tier-{id}"));
    Ok(())
}

#[server(endpoint = "admin/tiers/rule")]
pub async fn tier_add_rule(
    tier_id: i64,
    effective_from: String,
    min_revenue: Option<String>,
    min_approved: Option<String>,
    min_won: Option<String>,
    min_certified: Option<String>,
    custom_criteria: Option<String>,
    discount: Option<String>,
    deal_margin: Option<String>,
    rebate: Option<String>,
    commission: Option<String>,
    mdf_eligible: Option<String>,
    content_level: String,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<TierAddRule>().await?;
    let raw = super::store::RawRule {
        tier_id,
        effective_from,
        min_revenue: min_revenue.unwrap_or_default(),
        min_approved: min_approved.unwrap_or_default(),
        min_won: min_won.unwrap_or_default(),
        min_certified: min_certified.unwrap_or_default(),
        custom_criteria: custom_criteria.unwrap_or_default(),
        discount: discount.unwrap_or_default(),
        deal_margin: deal_margin.unwrap_or_default(),
        rebate: rebate.unwrap_or_default(),
        commission: commission.unwrap_or_default(),
        mdf_eligible: mdf_eligible.as_deref() == Some("1"),
        content_level,
    };
    let r = super::store::add_rule(
        cx.db(),
        cx.user()?,
        &raw,
        cx.entry("tier_rule_added", "success"),
    )
    .await;
    cx.audited("tier", tier_id, r).await?;
    leptos_axum::redirect(&format!("/admin/tiers?ruled=1#tier-{tier_id}"));
    Ok(())
}

#[server(endpoint = "admin/tiers/assign")]
pub async fn tier_assign(company_id: i64, tier_id: i64, note: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<TierAssign>().await?;
    let r = super::store::assign(
        cx.db(),
        cx.user()?,
        company_id,
        tier_id,
        &note,
        cx.entry("tier_assigned", "success"),
    )
    .await;
    cx.audited("company", company_id, r).await?;
    leptos_axum::redirect(&format!("/tiers/companies/{company_id}?assigned=1"));
    Ok(())
}

// ---------------------------------------------------------------------------
// Incentives

/// The partner's rebates and commissions, points and rank.
#[server(endpoint = "incentives/earnings")]
pub async fn load_earnings(
    status: Option<String>,
    page: Option<i64>,
) -> Result<Earnings, AppError> {
    let cx = crate::server::guard::enter::<LoadEarnings>().await?;
    super::incentives::earnings(cx.db(), cx.user()?, status.as_deref(), page.unwrap_or(1)).await
}

#[server(endpoint = "admin/payouts")]
pub async fn load_payout_console(
    status: Option<String>,
    company: Option<i64>,
    run: Option<i64>,
    page: Option<i64>,
) -> Result<PayoutConsole, AppError> {
    let cx = crate::server::guard::enter::<LoadPayoutConsole>().await?;
    super::incentives::console(
        cx.db(),
        cx.user()?,
        status.as_deref(),
        company,
        run,
        page.unwrap_or(1),
    )
    .await
}

/// Approves what was earned (one company or all, up to a date) into a new
/// payout run.
#[server(endpoint = "admin/payouts/create")]
pub async fn payout_create(
    company_id: Option<String>,
    earned_until: Option<String>,
    note: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<PayoutCreate>().await?;
    let company = company_id
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.parse::<i64>())
        .transpose()
        .map_err(|_| AppError::BadRequest(crate::msg!("tier-error-company")))?;
    let id = super::incentives::create_run(
        cx.db(),
        cx.user()?,
        company,
        &earned_until.unwrap_or_default(),
        &note.unwrap_or_default(),
        cx.entry("payout_created", "success"),
    )
    .await?;
    leptos_axum::redirect(&format!("/admin/payouts?run={id}&created=1#run"));
    Ok(())
}

#[server(endpoint = "admin/payouts/pay")]
pub async fn payout_pay(run_id: i64, reference: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<PayoutPay>().await?;
    let r = super::incentives::mark_paid(
        cx.db(),
        cx.user()?,
        run_id,
        &reference,
        &cx.state.config.public_url,
        cx.entry("payout_paid", "success"),
    )
    .await;
    cx.audited("payout", run_id, r).await?;
    leptos_axum::redirect(&format!("/admin/payouts?run={run_id}&paid=1#run"));
    Ok(())
}

#[server(endpoint = "admin/payouts/release")]
pub async fn payout_release(entry_id: i64) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<PayoutRelease>().await?;
    let run =
        super::incentives::release(cx.db(), entry_id, cx.entry("incentive_released", "success"))
            .await?;
    leptos_axum::redirect(&format!("/admin/payouts?run={run}&released=1#run"));
    Ok(())
}

#[server(endpoint = "admin/payouts/claw-back")]
pub async fn payout_claw_back(entry_id: i64, reason: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<PayoutClawBack>().await?;
    let r = super::incentives::claw_back(
        cx.db(),
        cx.user()?,
        entry_id,
        &reason,
        cx.entry("incentive_clawed_back", "success"),
    )
    .await;
    cx.audited("incentive", entry_id, r).await?;
    leptos_axum::redirect("/admin/payouts?clawed=1");
    Ok(())
}

// Who may call each function above (deny by default: a function without a
// row is refused before it runs); `security/authz-matrix.toml` is the
// independent list the matrix test holds these rows to.
#[cfg(feature = "ssr")]
crate::server::policy::policies! {
    TierMine => PartnerMember,
    TierCompany => VendorStaff,
    LoadTierBoard => VendorStaff,
    TierDecide => VendorStaff,
    TierCheck => VendorStaff,
    TierEvaluate => VendorStaff,
    LoadTierAdmin => VendorAdmin,
    TierSaveProgram => VendorAdmin,
    TierAdd => VendorAdmin,
    TierAddRule => VendorAdmin,
    TierAssign => VendorAdmin,
    LoadEarnings => PartnerMember,
    LoadPayoutConsole => VendorAdmin,
    PayoutCreate => VendorAdmin,
    PayoutPay => VendorAdmin,
    PayoutRelease => VendorAdmin,
    PayoutClawBack => VendorAdmin,
}
