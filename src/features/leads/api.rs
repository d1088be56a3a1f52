//! Lead server functions. Each enters the guard with its endpoint; the
//! store scopes every read and write by the viewer, so a lead offered to
//! another company answers exactly like a missing one (and is audited).

#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use super::types::*;
use crate::shared::page::Page;
use crate::shared::AppError;

#[server(endpoint = "leads/list")]
pub async fn lead_list(query: Option<LeadQuery>) -> Result<Page<LeadRow>, AppError> {
    let cx = crate::server::guard::enter::<LeadList>().await?;
    super::store::list(cx.db(), cx.user()?, &query.unwrap_or_default()).await
}

#[server(endpoint = "leads/get")]
pub async fn lead_get(id: i64) -> Result<LeadDetail, AppError> {
    let cx = crate::server::guard::enter::<LeadGet>().await?;
    let r = super::store::detail(cx.db(), cx.user()?, id).await;
    cx.audited("lead", id, r).await
}

/// The partner's waiting offers and worked leads (the first screen).
#[server(endpoint = "leads/inbox")]
pub async fn lead_inbox_get() -> Result<LeadInbox, AppError> {
    let cx = crate::server::guard::enter::<LeadInboxGet>().await?;
    super::store::inbox(cx.db(), cx.user()?).await
}

/// The staff's lead figures for the last `days` days in `currency`
/// (values the page does not offer fall back to 90 days and the default
/// program's currency).
#[server(endpoint = "leads/figures")]
pub async fn lead_figures_get(
    days: Option<i64>,
    currency: Option<String>,
) -> Result<LeadFigures, AppError> {
    let cx = crate::server::guard::enter::<LeadFiguresGet>().await?;
    super::store::figures(cx.db(), cx.user()?, days, currency).await
}

#[server(endpoint = "leads/form")]
pub async fn lead_form() -> Result<LeadFormInfo, AppError> {
    let cx = crate::server::guard::enter::<LeadForm>().await?;
    super::store::form(cx.db()).await
}

/// Vendor staff add a lead; the rules hand it out at once.
#[server(endpoint = "leads/create")]
pub async fn lead_create(
    customer_name: String,
    customer_domain: Option<String>,
    contact_name: String,
    contact_email: String,
    contact_phone: Option<String>,
    contact_title: Option<String>,
    country: String,
    region: String,
    product_id: Option<String>,
    value: Option<String>,
    currency: String,
    source: String,
    notes: Option<String>,
) -> Result<(), AppError> {
    use super::store;
    let cx = crate::server::guard::enter::<LeadCreate>().await?;
    let raw = store::RawLead {
        customer_name,
        customer_domain: customer_domain.unwrap_or_default(),
        contact_name,
        contact_email,
        contact_phone: contact_phone.unwrap_or_default(),
        contact_title: contact_title.unwrap_or_default(),
        country,
        region,
        product_id: product_id.unwrap_or_default(),
        value: value.unwrap_or_default(),
        currency,
        source,
        notes: notes.unwrap_or_default(),
    };
    let products = store::product_ids(cx.db()).await?;
    let input = store::check_lead(&raw, &products)?;
    let (id, _) = store::create(
        cx.db(),
        Some(cx.user()?.user_id),
        &input,
        &cx.state.config.public_url,
        cx.entry("lead_created", "success"),
    )
    .await?;
    leptos_axum::redirect(&format!("/leads/{id}?created=1"));
    Ok(())
}

/// The partner accepts or rejects an offer (`answer`: "accept" or
/// "reject", with a reason and, for "other", a note).
#[server(endpoint = "leads/answer")]
pub async fn lead_answer(
    id: i64,
    version: i64,
    answer: String,
    reason: Option<String>,
    note: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<LeadAnswer>().await?;
    let viewer = cx.user()?;
    let url = &cx.state.config.public_url;
    match answer.as_str() {
        "accept" => {
            let r = super::store::accept(
                cx.db(),
                viewer,
                id,
                version,
                cx.entry("lead_accepted", "success"),
            )
            .await;
            cx.audited("lead", id, r).await?;
            leptos_axum::redirect(&format!("/leads/{id}"));
        }
        "reject" => {
            let r = super::store::reject(
                cx.db(),
                viewer,
                id,
                version,
                &reason.unwrap_or_default(),
                &note.unwrap_or_default(),
                url,
                cx.entry("lead_rejected", "success"),
            )
            .await;
            cx.audited("lead", id, r).await?;
            leptos_axum::redirect("/leads?rejected=1");
        }
        _ => return Err(AppError::BadRequest(crate::msg!("lead-error-answer"))),
    }
    Ok(())
}

/// The partner works a lead: `step` is "contacted", "qualified",
/// "disqualify" (with a reason) or "give_back" (with a note).
#[server(endpoint = "leads/work")]
pub async fn lead_work(
    id: i64,
    version: i64,
    step: String,
    reason: Option<String>,
    note: Option<String>,
) -> Result<(), AppError> {
    use super::rules::LeadStatus;
    let cx = crate::server::guard::enter::<LeadWork>().await?;
    let viewer = cx.user()?;
    let db = cx.db();
    let note = note.unwrap_or_default();
    let r = match step.as_str() {
        "contacted" | "qualified" => {
            let to = LeadStatus::parse(&step).unwrap_or(LeadStatus::Contacted);
            super::store::progress(
                db,
                viewer,
                id,
                version,
                to,
                cx.entry("lead_progress", "success"),
            )
            .await
        }
        "disqualify" => {
            super::store::disqualify(
                db,
                viewer,
                id,
                version,
                &reason.unwrap_or_default(),
                &note,
                cx.entry("lead_disqualified", "success"),
            )
            .await
        }
        "give_back" => {
            super::store::give_back(
                db,
                viewer,
                id,
                version,
                &note,
                &cx.state.config.public_url,
                cx.entry("lead_returned", "success"),
            )
            .await
        }
        _ => return Err(AppError::BadRequest(crate::msg!("lead-error-step"))),
    };
    cx.audited("lead", id, r).await?;
    if step == "give_back" {
        leptos_axum::redirect("/leads?returned=1");
    } else {
        leptos_axum::redirect(&format!("/leads/{id}"));
    }
    Ok(())
}

/// A partner admin hands a lead to a colleague.
#[server(endpoint = "leads/assign-colleague")]
pub async fn lead_assign_colleague(id: i64, user_id: i64) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<LeadAssignColleague>().await?;
    let r = super::store::assign_colleague(
        cx.db(),
        cx.user()?,
        id,
        user_id,
        &cx.state.config.public_url,
        cx.entry("lead_assigned", "success"),
    )
    .await;
    cx.audited("lead", id, r).await?;
    leptos_axum::redirect(&format!("/leads/{id}"));
    Ok(())
}

/// Staff offer a lead to a company (`company_id`), or let the rules
/// choose (empty).
#[server(endpoint = "leads/assign")]
pub async fn lead_assign(
    id: i64,
    version: i64,
    company_id: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<LeadAssign>().await?;
    let company = match company_id.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(s) => Some(s.parse::<i64>().map_err(|_| {
            crate::shared::validate::field_error("company_id", s, crate::msg!("lead-error-company"))
        })?),
    };
    let r = super::store::staff_assign(
        cx.db(),
        cx.user()?,
        id,
        version,
        company,
        &cx.state.config.public_url,
        cx.entry("lead_offered", "success"),
    )
    .await;
    cx.audited("lead", id, r).await?;
    leptos_axum::redirect(&format!("/leads/{id}"));
    Ok(())
}

/// Staff close a queued lead nobody will work.
#[server(endpoint = "leads/close")]
pub async fn lead_close(id: i64, version: i64, note: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<LeadClose>().await?;
    let r = super::store::staff_close(
        cx.db(),
        cx.user()?,
        id,
        version,
        &note,
        cx.entry("lead_closed", "success"),
    )
    .await;
    cx.audited("lead", id, r).await?;
    leptos_axum::redirect(&format!("/leads/{id}"));
    Ok(())
}

#[server(endpoint = "leads/rules")]
pub async fn lead_rules_get() -> Result<LeadRules, AppError> {
    let cx = crate::server::guard::enter::<LeadRulesGet>().await?;
    super::store::rules_page(cx.db()).await
}

#[server(endpoint = "leads/rules/add")]
pub async fn lead_rule_add(
    name: String,
    region: Option<String>,
    country: Option<String>,
    product_id: Option<String>,
    tier_id: Option<String>,
    company_type: Option<String>,
    strategy: String,
    company_id: Option<String>,
    accept_hours: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<LeadRuleAdd>().await?;
    let raw = super::store::RawRule {
        name,
        region: region.unwrap_or_default(),
        country: country.unwrap_or_default(),
        product_id: product_id.unwrap_or_default(),
        tier_id: tier_id.unwrap_or_default(),
        company_type: company_type.unwrap_or_default(),
        strategy,
        company_id: company_id.unwrap_or_default(),
        accept_hours: accept_hours.unwrap_or_default(),
    };
    super::store::add_rule(cx.db(), &raw, cx.entry("lead_rule_added", "success")).await?;
    leptos_axum::redirect("/leads/rules?saved=1");
    Ok(())
}

/// Moves a rule up or down, or switches it on or off (`op`).
#[server(endpoint = "leads/rules/change")]
pub async fn lead_rule_change(id: i64, op: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<LeadRuleChange>().await?;
    super::store::change_rule(cx.db(), id, &op, cx.entry("lead_rule_changed", "success")).await?;
    leptos_axum::redirect("/leads/rules");
    Ok(())
}

/// A company's open-lead limit.
#[server(endpoint = "leads/capacity")]
pub async fn lead_capacity(company_id: i64, max_open: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<LeadCapacity>().await?;
    super::store::set_capacity(
        cx.db(),
        company_id,
        &max_open,
        cx.entry("lead_capacity_set", "success"),
    )
    .await?;
    leptos_axum::redirect("/leads/rules?saved=1");
    Ok(())
}

/// Stages pasted CSV lines for the preview (a file goes to
/// [`UPLOAD_LEADS`]).
#[server(endpoint = "leads/import/stage")]
pub async fn lead_stage_import(csv: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<LeadStageImport>().await?;
    let id = super::store::stage_leads(cx.db(), cx.user()?, "", &csv).await?;
    leptos_axum::redirect(&format!("/leads/import?batch={id}"));
    Ok(())
}

/// A staged CSV's preview (`None` without a batch).
#[server(endpoint = "leads/import/preview")]
pub async fn lead_import_preview(batch: Option<i64>) -> Result<Option<LeadPreview>, AppError> {
    let cx = crate::server::guard::enter::<LeadImportPreview>().await?;
    let Some(batch) = batch else {
        return Ok(None);
    };
    match super::store::preview_leads(cx.db(), cx.user()?, batch).await? {
        Some(p) => Ok(Some(p)),
        None => Err(cx.deny(AppError::NotFound, "lead_import", batch).await),
    }
}

/// Creates and hands out every lead of a staged CSV, or none.
#[server(endpoint = "leads/import/apply")]
pub async fn lead_apply_import(batch_id: i64) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<LeadApplyImport>().await?;
    let r = super::store::apply_leads(
        cx.db(),
        cx.user()?,
        batch_id,
        &cx.state.config.public_url,
        cx.entry("lead_import_applied", "success"),
    )
    .await;
    let (offered, queued) = match r {
        Err(AppError::NotFound) => {
            return Err(cx.deny(AppError::NotFound, "lead_import", batch_id).await)
        }
        other => other?,
    };
    leptos_axum::redirect(&format!(
        "/leads/import?batch={batch_id}&offered={offered}&queued={queued}"
    ));
    Ok(())
}

#[cfg(feature = "ssr")]
crate::server::policy::policies! {
    LeadStageImport => VendorStaff,
    LeadImportPreview => VendorStaff,
    LeadApplyImport => VendorStaff,
    LeadList => SignedIn,
    LeadGet => SignedIn,
    LeadInboxGet => PartnerMember,
    LeadForm => VendorStaff,
    LeadCreate => VendorStaff,
    LeadAnswer => PartnerMember,
    LeadWork => PartnerMember,
    LeadAssignColleague => PartnerAdmin,
    LeadAssign => VendorStaff,
    LeadClose => VendorStaff,
    LeadRulesGet => VendorAdmin,
    LeadRuleAdd => VendorAdmin,
    LeadRuleChange => VendorAdmin,
    LeadCapacity => VendorAdmin,
    LeadFiguresGet => VendorStaff,
}
