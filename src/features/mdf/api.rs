//! MDF server functions. Each enters the guard with its endpoint; the store
//! scopes every read and write by the viewer, so a foreign request id
//! answers exactly like a missing one.

#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use super::types::*;
use crate::shared::page::Page;
use crate::shared::AppError;

/// Turns a store "not found" into an audited denial.
#[cfg(feature = "ssr")]
async fn audited<T>(
    cx: &crate::server::guard::Ctx,
    id: i64,
    r: Result<T, AppError>,
) -> Result<T, AppError> {
    cx.audited("mdf_request", id, r).await
}

/// The partner company's funds for the current period.
#[server(endpoint = "mdf/fund")]
pub async fn mdf_fund() -> Result<FundCard, AppError> {
    let cx = crate::server::guard::enter::<MdfFund>().await?;
    super::store::fund_card(cx.db(), cx.company_id()?).await
}

/// The request form, or with `id` the form to change a returned request.
#[server(endpoint = "mdf/form")]
pub async fn mdf_form(id: Option<i64>) -> Result<MdfFormInfo, AppError> {
    let cx = crate::server::guard::enter::<MdfForm>().await?;
    let viewer = cx.user()?;
    let mut form = super::store::form(cx.db(), viewer, cx.company_id()?).await?;
    if let Some(id) = id {
        let found = audited(&cx, id, super::store::editable(cx.db(), viewer, id).await).await?;
        match found {
            Some(e) => form.edit = Some(e),
            None => return Err(cx.deny(AppError::NotFound, "mdf_request", id).await),
        }
    }
    Ok(form)
}

/// Files a request (or, with `request_id`, changes a returned one and
/// submits it again). `served_at`/`served_sig`/`elapsed_ms` time the form
/// like deal registration.
#[server(endpoint = "mdf/request")]
pub async fn mdf_request(
    activity_type: String,
    title: String,
    description: Option<String>,
    starts_on: String,
    ends_on: String,
    total_cost: String,
    requested: String,
    contribution: Option<String>,
    expected_leads: Option<String>,
    expected_pipeline: Option<String>,
    served_at: Option<String>,
    served_sig: Option<String>,
    elapsed_ms: Option<String>,
    request_id: Option<String>,
) -> Result<(), AppError> {
    use super::store;
    let cx = crate::server::guard::enter::<MdfRequest>().await?;
    let viewer = cx.user()?.clone();
    let company_id = cx.company_id()?;
    let now = crate::server::now_ms();
    let raw = store::RawRequest {
        activity_type,
        title,
        description: description.unwrap_or_default(),
        starts_on,
        ends_on,
        total_cost,
        requested,
        contribution: contribution.unwrap_or_default(),
        expected_leads: expected_leads.unwrap_or_default(),
        expected_pipeline: expected_pipeline.unwrap_or_default(),
    };
    let clock = crate::server::form_clock::Clock {
        served_at,
        served_sig,
        elapsed_ms,
    };
    let keep_clock = |e: AppError| clock.echo(e, Vec::new());
    let input = store::check_request(&raw, now).map_err(keep_clock)?;
    if let Some(id) = request_id.and_then(|s| s.trim().parse::<i64>().ok()) {
        let r = store::resubmit(
            cx.db(),
            &viewer,
            id,
            &raw,
            &input,
            &cx.state.config.public_url,
            cx.entry("mdf_resubmitted", "success"),
        )
        .await
        .map_err(keep_clock);
        audited(&cx, id, r).await?;
        leptos_axum::redirect(&format!("/mdf/{id}?submitted=1"));
        return Ok(());
    }
    let measured = clock.measured(cx.db(), &viewer, now).await;
    let id = store::create(
        cx.db(),
        &viewer,
        company_id,
        &raw,
        &input,
        measured,
        &cx.state.config.public_url,
        cx.entry("mdf_requested", "success"),
    )
    .await
    .map_err(keep_clock)?;
    leptos_axum::redirect(&format!("/mdf/{id}?submitted=1"));
    Ok(())
}

#[server(endpoint = "mdf/list")]
pub async fn mdf_list(query: Option<MdfQuery>) -> Result<Page<MdfRow>, AppError> {
    let cx = crate::server::guard::enter::<MdfList>().await?;
    super::store::list(cx.db(), cx.user()?, &query.unwrap_or_default()).await
}

#[server(endpoint = "mdf/get")]
pub async fn mdf_get(id: i64) -> Result<MdfDetail, AppError> {
    let cx = crate::server::guard::enter::<MdfGet>().await?;
    match super::store::get(cx.db(), cx.user()?, id).await? {
        Some(d) => Ok(d),
        None => Err(cx.deny(AppError::NotFound, "mdf_request", id).await),
    }
}

#[server(endpoint = "mdf/cancel")]
pub async fn mdf_cancel(id: i64) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<MdfCancel>().await?;
    let r = super::store::cancel(
        cx.db(),
        cx.user()?,
        id,
        &cx.state.config.public_url,
        cx.entry("mdf_cancelled", "success"),
    )
    .await;
    audited(&cx, id, r).await?;
    leptos_axum::redirect(&format!("/mdf/{id}"));
    Ok(())
}

/// Approve (optionally a lower `amount`), return or decline a request.
#[server(endpoint = "mdf/decide")]
pub async fn mdf_decide(
    id: i64,
    decision: String,
    amount: Option<String>,
    reason: Option<String>,
) -> Result<(), AppError> {
    use super::store::RequestDecision;
    let cx = crate::server::guard::enter::<MdfDecide>().await?;
    let viewer = cx.user()?;
    let Some(d) = RequestDecision::parse(&decision) else {
        return Err(AppError::BadRequest(crate::msg!("mdf-decision-unknown")));
    };
    let r = super::store::decide(
        cx.db(),
        viewer,
        id,
        d,
        &amount.unwrap_or_default(),
        &reason.unwrap_or_default(),
        &cx.state.config.public_url,
        cx.entry(&format!("mdf_{decision}"), "success"),
    )
    .await;
    audited(&cx, id, r).await?;
    leptos_axum::redirect(&format!("/mdf/{id}"));
    Ok(())
}

/// Files the claim of an approved activity. Deals come as `deals[i]`.
#[server(endpoint = "mdf/claim")]
pub async fn mdf_claim(
    id: i64,
    actual_cost: String,
    actual_leads: Option<String>,
    claim_notes: Option<String>,
    deals: Option<Vec<i64>>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<MdfClaim>().await?;
    let raw = super::store::RawClaim {
        actual_cost,
        actual_leads: actual_leads.unwrap_or_default(),
        notes: claim_notes.unwrap_or_default(),
        deal_ids: deals.unwrap_or_default(),
    };
    let r = super::store::claim(
        cx.db(),
        cx.user()?,
        id,
        &raw,
        &cx.state.config.public_url,
        cx.entry("mdf_claimed", "success"),
    )
    .await;
    audited(&cx, id, r).await?;
    leptos_axum::redirect(&format!("/mdf/{id}?claimed=1"));
    Ok(())
}

#[server(endpoint = "mdf/files/remove")]
pub async fn mdf_file_remove(id: i64) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<MdfFileRemove>().await?;
    let r = super::store::remove_file(
        cx.db(),
        cx.user()?,
        id,
        cx.entry("mdf_file_removed", "success"),
    )
    .await;
    let request_id = match r {
        Err(AppError::NotFound) => return Err(cx.deny(AppError::NotFound, "mdf_file", id).await),
        other => other?,
    };
    leptos_axum::redirect(&format!("/mdf/{request_id}#proof"));
    Ok(())
}

/// Approve (up to the cap), ask for changes to, or reject a claim.
#[server(endpoint = "mdf/review-claim")]
pub async fn mdf_review_claim(
    id: i64,
    decision: String,
    amount: Option<String>,
    reason: Option<String>,
) -> Result<(), AppError> {
    use super::store::ClaimDecision;
    let cx = crate::server::guard::enter::<MdfReviewClaim>().await?;
    let Some(d) = ClaimDecision::parse(&decision) else {
        return Err(AppError::BadRequest(crate::msg!("mdf-decision-unknown")));
    };
    let r = super::store::review_claim(
        cx.db(),
        cx.user()?,
        id,
        d,
        &amount.unwrap_or_default(),
        &reason.unwrap_or_default(),
        &cx.state.config.public_url,
        cx.entry(&format!("mdf_claim_{decision}"), "success"),
    )
    .await;
    audited(&cx, id, r).await?;
    leptos_axum::redirect(&format!("/mdf/{id}"));
    Ok(())
}

#[server(endpoint = "mdf/reimburse")]
pub async fn mdf_reimburse(
    id: i64,
    payment_reference: String,
    paid_on: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<MdfReimburse>().await?;
    let r = super::store::reimburse(
        cx.db(),
        cx.user()?,
        id,
        &payment_reference,
        &paid_on.unwrap_or_default(),
        &cx.state.config.public_url,
        cx.entry("mdf_reimbursed", "success"),
    )
    .await;
    audited(&cx, id, r).await?;
    leptos_axum::redirect(&format!("/mdf/{id}"));
    Ok(())
}

#[server(endpoint = "mdf/queue")]
pub async fn load_mdf_queue() -> Result<MdfQueue, AppError> {
    let cx = crate::server::guard::enter::<LoadMdfQueue>().await?;
    super::store::queue(cx.db(), cx.user()?).await
}

#[server(endpoint = "mdf/budgets")]
pub async fn mdf_budgets(
    period: Option<String>,
    page: Option<i64>,
) -> Result<BudgetOverview, AppError> {
    let cx = crate::server::guard::enter::<MdfBudgets>().await?;
    let period: Option<String> = period.map(|p| p.chars().take(20).collect());
    super::store::budgets(cx.db(), cx.user()?, period.as_deref(), page.unwrap_or(1)).await
}

#[server(endpoint = "mdf/roi")]
pub async fn mdf_roi(period: String) -> Result<RoiReport, AppError> {
    let cx = crate::server::guard::enter::<MdfRoi>().await?;
    let period = super::rules::period_from_key(&period)
        .ok_or_else(|| AppError::BadRequest(crate::msg!("mdf-period-give")))?;
    super::store::roi(cx.db(), cx.user()?, &period.key).await
}

/// What the vendor admin's MDF console needs besides the overview.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MdfAdminInfo {
    pub settings: MdfSettings,
    pub companies: Vec<CompanyOption>,
    pub current_period: String,
    pub preview: Option<AllocationPreview>,
}

#[server(endpoint = "admin/mdf/config")]
pub async fn load_mdf_admin(batch: Option<i64>) -> Result<MdfAdminInfo, AppError> {
    let cx = crate::server::guard::enter::<LoadMdfAdmin>().await?;
    let viewer = cx.user()?;
    let settings = super::store::settings(cx.db()).await?;
    let kind = super::rules::PeriodKind::parse(&settings.period_kind)
        .unwrap_or(super::rules::PeriodKind::Quarter);
    let preview = match batch {
        Some(id) => match super::store::preview_batch(cx.db(), viewer, id).await? {
            Some(p) => Some(p),
            None => {
                return Err(cx
                    .deny(AppError::NotFound, "mdf_allocation_batch", id)
                    .await)
            }
        },
        None => None,
    };
    Ok(MdfAdminInfo {
        current_period: super::rules::period_at(crate::server::now_ms(), kind).key,
        companies: super::store::company_options(cx.db(), viewer).await?,
        settings,
        preview,
    })
}

#[server(endpoint = "admin/mdf/settings")]
pub async fn mdf_save_settings(
    period_kind: String,
    claim_days: String,
    max_percent: String,
    sla_hours: String,
    expire_funds: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<MdfSaveSettings>().await?;
    super::store::save_settings(
        cx.db(),
        &[
            ("period_kind", period_kind),
            ("claim_days", claim_days),
            ("max_percent", max_percent),
            ("sla_hours", sla_hours),
            ("expire_funds", expire_funds.unwrap_or_default()),
        ],
        cx.entry("mdf_settings_saved", "success"),
    )
    .await?;
    leptos_axum::redirect("/mdf/budgets?saved=1#rules");
    Ok(())
}

#[server(endpoint = "admin/mdf/allocate")]
pub async fn mdf_allocate(
    company_id: i64,
    period: String,
    amount: String,
    currency: String,
    note: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<MdfAllocate>().await?;
    let r = super::store::allocate(
        cx.db(),
        cx.user()?,
        company_id,
        &period,
        &amount,
        &currency,
        &note.unwrap_or_default(),
        &cx.state.config.public_url,
        cx.entry("mdf_allocated", "success"),
    )
    .await;
    if let Err(AppError::NotFound) = r {
        return Err(cx.deny(AppError::NotFound, "company", company_id).await);
    }
    r?;
    leptos_axum::redirect(&format!(
        "/mdf/budgets?allocated=1&period={}#allocate",
        urlencoding::encode(period.trim())
    ));
    Ok(())
}

/// Stages pasted CSV lines for the preview (the file upload goes to
/// `/api/admin/mdf/allocations/upload`).
#[server(endpoint = "admin/mdf/allocations/stage")]
pub async fn mdf_stage_allocations(csv: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<MdfStageAllocations>().await?;
    // No file name: the preview calls it the pasted lines, in the reader's language.
    let id = super::store::stage_batch(cx.db(), cx.user()?, "", &csv).await?;
    leptos_axum::redirect(&format!("/mdf/budgets?batch={id}#allocate"));
    Ok(())
}

#[server(endpoint = "admin/mdf/allocations/apply")]
pub async fn mdf_apply_allocations(batch_id: i64) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<MdfApplyAllocations>().await?;
    let r = super::store::apply_batch(
        cx.db(),
        cx.user()?,
        batch_id,
        &cx.state.config.public_url,
        cx.entry("mdf_allocations_applied", "success"),
    )
    .await;
    let n = match r {
        Err(AppError::NotFound) => {
            return Err(cx
                .deny(AppError::NotFound, "mdf_allocation_batch", batch_id)
                .await)
        }
        other => other?,
    };
    leptos_axum::redirect(&format!("/mdf/budgets?applied={n}#allocate"));
    Ok(())
}

// Who may call each function above (deny by default: a function without a
// row is refused before it runs); `security/authz-matrix.toml` is the
// independent list the matrix test holds these rows to.
#[cfg(feature = "ssr")]
crate::server::policy::policies! {
    MdfFund => PartnerMember,
    MdfForm => PartnerMember,
    MdfRequest => PartnerMember,
    MdfList => SignedIn,
    MdfGet => SignedIn,
    MdfCancel => PartnerMember,
    MdfDecide => VendorStaff,
    MdfClaim => PartnerMember,
    MdfFileRemove => PartnerMember,
    MdfReviewClaim => VendorStaff,
    MdfReimburse => VendorStaff,
    LoadMdfQueue => VendorStaff,
    MdfBudgets => VendorStaff,
    MdfRoi => VendorStaff,
    LoadMdfAdmin => VendorAdmin,
    MdfSaveSettings => VendorAdmin,
    MdfAllocate => VendorAdmin,
    MdfStageAllocations => VendorAdmin,
    MdfApplyAllocations => VendorAdmin,
}
