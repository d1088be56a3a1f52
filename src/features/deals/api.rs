//! Deal registration server functions. Each enters the guard with its
//! endpoint; the store scopes every read and write by the viewer, so a
//! foreign deal id answers exactly like a missing one.

// The registration form has one argument per field (that is how a plain
// HTML form posts to a server function), and the macro's generated client
// function cannot take an attribute of its own.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use super::types::*;
use crate::shared::page::Page;
use crate::shared::AppError;

/// The registration form, or with `id` the form to edit (and resubmit) a
/// registration that is pending or was returned for changes.
#[server(endpoint = "deals/form")]
pub async fn deal_form(id: Option<i64>, lead: Option<i64>) -> Result<DealFormInfo, AppError> {
    use super::rules::DealStatus;
    let cx = crate::server::guard::enter::<DealForm>().await?;
    let viewer = cx.user()?;
    let mut form = super::store::form(cx.db(), viewer, cx.company_id()?).await?;
    if let (None, Some(lead_id)) = (id, lead) {
        // A lead this partner may no longer register from opens the
        // empty form, as a missing one does.
        form.from_lead = crate::server::events::registration_source(cx.db(), viewer, lead_id)
            .await?
            .map(|r| FromLead {
                lead_id,
                values: r.values,
                product_ids: r.product_ids,
            });
    }
    if let Some(id) = id {
        let found = match super::store::editable(cx.db(), viewer, id).await {
            Err(AppError::Forbidden) => None,
            other => other?,
        };
        let Some((raw, status)) = found else {
            return Err(cx.deny(AppError::NotFound, "deal", id).await);
        };
        if !matches!(status, DealStatus::Draft | DealStatus::Submitted) {
            return Err(super::store::not_editable(status));
        }
        form.edit = Some(EditDeal {
            id,
            status,
            values: raw
                .fields()
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            product_ids: raw.product_ids,
        });
    }
    Ok(form)
}

/// The conflict preview while the partner types.
#[server(endpoint = "deals/check")]
pub async fn deal_check(
    customer_name: String,
    customer_domain: String,
    products: Option<Vec<i64>>,
) -> Result<Vec<ConflictHint>, AppError> {
    let cx = crate::server::guard::enter::<DealCheck>().await?;
    let name: String = customer_name.chars().take(200).collect();
    let domain: String = customer_domain.chars().take(300).collect();
    let mut products = products.unwrap_or_default();
    products.truncate(50);
    super::store::check(cx.db(), cx.company_id()?, &name, &domain, &products).await
}

/// Registers a deal and opens it. `served_at`/`served_sig` are the signed
/// time the form was rendered; `elapsed_ms` is what the browser measured
/// from the first keystroke (absent without JavaScript). With `deal_id` the
/// same form edits that registration instead (and resubmits a returned one).
#[server(endpoint = "deals/register")]
pub async fn deal_register(
    customer_name: String,
    customer_domain: String,
    contact_name: String,
    contact_email: String,
    contact_phone: Option<String>,
    country: String,
    products: Option<Vec<i64>>,
    value: String,
    currency: String,
    close_date: String,
    deal_type: String,
    notes: Option<String>,
    served_at: Option<String>,
    served_sig: Option<String>,
    elapsed_ms: Option<String>,
    deal_id: Option<String>,
    lead_id: Option<String>,
) -> Result<(), AppError> {
    use super::store;
    let cx = crate::server::guard::enter::<DealRegister>().await?;
    let viewer = cx.user()?.clone();
    let company_id = cx.company_id()?;
    let now = crate::server::now_ms();
    let raw = store::RawDeal {
        customer_name,
        customer_domain,
        contact_name,
        contact_email,
        contact_phone: contact_phone.unwrap_or_default(),
        country,
        product_ids: products.unwrap_or_default(),
        value,
        currency,
        close_date,
        deal_type,
        notes: notes.unwrap_or_default(),
    };
    // A refused form comes back with what was typed and the form's clock.
    let clock = crate::server::form_clock::Clock {
        served_at,
        served_sig,
        elapsed_ms,
    };
    let keep = |e: AppError| {
        let mut c = crate::shared::validate::Checker::new();
        raw.keep_typed(&mut c);
        clock.echo(e, c.into_values())
    };
    let mut input = store::check_input(cx.db(), &raw, now).await.map_err(keep)?;
    // Registered from a lead: only one the partner still works counts.
    if let Some(lead) = lead_id.and_then(|s| s.trim().parse::<i64>().ok()) {
        let source = crate::server::events::registration_source(cx.db(), &viewer, lead).await?;
        if source.is_none() {
            return Err(keep(AppError::Conflict(crate::msg!(
                "deal-error-lead-gone"
            ))));
        }
        input.lead_id = Some(lead);
    }
    let deal_id = deal_id.and_then(|s| s.trim().parse::<i64>().ok());
    if let Some(id) = deal_id {
        let r = store::update(
            cx.db(),
            &viewer,
            id,
            &input,
            &cx.state.config.public_url,
            cx.entry("deal_updated", "success"),
        )
        .await;
        audited(&cx, id, r).await.map_err(keep)?;
        leptos_axum::redirect(&format!("/deals/{id}?updated=1"));
        return Ok(());
    }
    let measured = clock.measured(cx.db(), &viewer, now).await;
    let done = store::register(
        cx.db(),
        &viewer,
        company_id,
        &input,
        measured,
        &cx.state.config.public_url,
        cx.entry("deal_registered", "success"),
    )
    .await
    .map_err(keep)?;
    leptos_axum::redirect(&format!("/deals/{}?registered=1", done.id));
    Ok(())
}

#[server(endpoint = "deals/list")]
pub async fn deals_list(query: Option<DealQuery>) -> Result<Page<DealRow>, AppError> {
    let cx = crate::server::guard::enter::<DealsList>().await?;
    let mut query = query.unwrap_or_default();
    query.q = query.q.map(|q| q.chars().take(100).collect());
    super::store::list(cx.db(), cx.user()?, &query).await
}

#[server(endpoint = "deals/get")]
pub async fn deal_get(id: i64) -> Result<DealDetail, AppError> {
    let cx = crate::server::guard::enter::<DealGet>().await?;
    match super::store::get(cx.db(), cx.user()?, id).await? {
        Some(d) => Ok(d),
        None => Err(cx.deny(AppError::NotFound, "deal", id).await),
    }
}

/// Turns a store "not found" into an audited denial.
#[cfg(feature = "ssr")]
async fn audited<T>(
    cx: &crate::server::guard::Ctx,
    id: i64,
    r: Result<T, AppError>,
) -> Result<T, AppError> {
    cx.audited("deal", id, r).await
}

#[server(endpoint = "deals/withdraw")]
pub async fn deal_withdraw(id: i64) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<DealWithdraw>().await?;
    let r = super::store::withdraw(
        cx.db(),
        cx.user()?,
        id,
        &cx.state.config.public_url,
        cx.entry("deal_withdrawn", "success"),
    )
    .await;
    audited(&cx, id, r).await
}

#[server(endpoint = "deals/progress")]
pub async fn deal_progress(
    id: i64,
    stage: String,
    probability: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<DealProgress>().await?;
    let probability = match probability.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(p) => Some(p.trim_end_matches('%').trim().parse::<i64>().map_err(|_| {
            crate::shared::validate::field_error(
                "probability",
                p,
                crate::msg!("deal-error-probability-whole"),
            )
        })?),
    };
    let r = super::store::progress(
        cx.db(),
        cx.user()?,
        id,
        &stage,
        probability,
        cx.entry("deal_progress", "success"),
    )
    .await;
    audited(&cx, id, r).await
}

/// Marks an approved deal won (`outcome = "won"`, with the final value) or
/// lost (with a reason).
#[server(endpoint = "deals/close")]
pub async fn deal_close(
    id: i64,
    outcome: String,
    final_value: Option<String>,
    lost_reason: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<DealClose>().await?;
    let won = match outcome.as_str() {
        "won" => true,
        "lost" => false,
        _ => return Err(AppError::BadRequest(crate::msg!("deal-error-outcome"))),
    };
    let r = super::store::close(
        cx.db(),
        cx.user()?,
        id,
        won,
        final_value.as_deref().unwrap_or(""),
        lost_reason.as_deref().unwrap_or(""),
        &cx.state.config.public_url,
        cx.entry(if won { "deal_won" } else { "deal_lost" }, "success"),
    )
    .await;
    audited(&cx, id, r).await
}

#[server(endpoint = "deals/queue")]
pub async fn deals_queue(page: Option<i64>) -> Result<Page<QueueItem>, AppError> {
    use crate::shared::page::page_number;
    let cx = crate::server::guard::enter::<DealsQueue>().await?;
    super::store::queue(cx.db(), cx.user()?, page_number(page)).await
}

/// A vendor decision: `approve`, `approve_second`, `reject` or `info`.
#[server(endpoint = "deals/decide")]
pub async fn deal_decide(
    id: i64,
    decision: String,
    reason: Option<String>,
) -> Result<(), AppError> {
    use super::store::{self, Decision};
    let cx = crate::server::guard::enter::<DealDecide>().await?;
    let Some(decision) = Decision::parse(&decision) else {
        return Err(AppError::BadRequest(crate::msg!("deal-error-decision")));
    };
    let r = store::decide(
        cx.db(),
        cx.user()?,
        id,
        decision,
        reason.as_deref().unwrap_or(""),
        &cx.state.config.public_url,
        cx.entry("deal_decided", "success"),
    )
    .await;
    audited(&cx, id, r).await
}

#[server(endpoint = "deals/request-extension")]
pub async fn deal_request_extension(id: i64, extension_reason: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<DealRequestExtension>().await?;
    let r = super::store::request_extension(
        cx.db(),
        cx.user()?,
        id,
        &extension_reason,
        &cx.state.config.public_url,
        cx.entry("deal_extension_requested", "success"),
    )
    .await;
    audited(&cx, id, r).await
}

/// Grants (`grant = true`) or refuses an extension request.
#[server(endpoint = "deals/decide-extension")]
pub async fn deal_decide_extension(
    id: i64,
    grant: bool,
    note: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<DealDecideExtension>().await?;
    let r = super::store::decide_extension(
        cx.db(),
        cx.user()?,
        id,
        grant,
        note.as_deref().unwrap_or(""),
        &cx.state.config.public_url,
        cx.entry("deal_extension_decided", "success"),
    )
    .await;
    audited(&cx, id, r).await
}

#[server(endpoint = "deals/analytics")]
pub async fn deals_analytics(days: Option<i64>) -> Result<DealAnalytics, AppError> {
    let cx = crate::server::guard::enter::<DealsAnalytics>().await?;
    let days = days.unwrap_or(90).clamp(7, 365);
    super::store::analytics(cx.db(), cx.user()?, days).await
}

// ---------------------------------------------------------------------------
// Program administration (vendor admins)

#[server(endpoint = "admin/deals/config")]
pub async fn load_deal_config() -> Result<DealConfig, AppError> {
    let cx = crate::server::guard::enter::<LoadDealConfig>().await?;
    super::config::load(cx.db()).await
}

#[server(endpoint = "admin/deals/settings")]
pub async fn deal_settings_save(
    exclusivity_days: String,
    sla_hours: String,
    extension_days: String,
    reminder_days: String,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<DealSettingsSave>().await?;
    super::config::save_settings(
        cx.db(),
        &exclusivity_days,
        &sla_hours,
        &extension_days,
        &reminder_days,
        cx.entry("deal_settings_saved", "success"),
    )
    .await
}

/// Creates (no `id`) or updates an approval rule. Empty conditions match
/// every registration.
#[server(endpoint = "admin/deals/rules/save")]
pub async fn deal_rule_save(
    id: Option<i64>,
    name: String,
    position: Option<String>,
    company_id: Option<String>,
    region: Option<String>,
    product_id: Option<String>,
    min_value: Option<String>,
    max_value: Option<String>,
    conflict: String,
    action: String,
    active: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<DealRuleSave>().await?;
    let raw = super::config::RawRule {
        id,
        name,
        position: position.unwrap_or_default(),
        company_id: company_id.unwrap_or_default(),
        region: region.unwrap_or_default(),
        product_id: product_id.unwrap_or_default(),
        min_value: min_value.unwrap_or_default(),
        max_value: max_value.unwrap_or_default(),
        conflict,
        action,
        active: matches!(active.as_deref(), Some("true" | "on" | "1")),
    };
    let r =
        super::config::save_rule(cx.db(), &raw, cx.entry("approval_rule_saved", "success")).await;
    match r {
        Err(AppError::NotFound) => Err(cx
            .deny(AppError::NotFound, "approval_rule", id.unwrap_or(0))
            .await),
        other => other.map(|_| ()),
    }
}

#[server(endpoint = "admin/deals/rules/delete")]
pub async fn deal_rule_delete(id: i64) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<DealRuleDelete>().await?;
    super::config::delete_rule(cx.db(), id, cx.entry("approval_rule_deleted", "success")).await
}

#[server(endpoint = "admin/products/save")]
pub async fn product_save(
    id: Option<i64>,
    sku: String,
    name: String,
    active: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<ProductSave>().await?;
    let active = matches!(active.as_deref(), Some("true" | "on" | "1"));
    crate::server::catalog::save(
        cx.db(),
        id,
        &sku,
        &name,
        active,
        cx.entry("product_saved", "success"),
    )
    .await
    .map(|_| ())
}

/// Whether the caller's company shows partner users all of its deals
/// (`company`) or only their own (`own`).
#[server(endpoint = "team/deal-visibility")]
pub async fn team_deal_visibility() -> Result<String, AppError> {
    let cx = crate::server::guard::enter::<TeamDealVisibility>().await?;
    super::config::visibility(cx.db(), cx.company_id()?).await
}

#[server(endpoint = "team/deal-visibility/set")]
pub async fn team_deal_visibility_set(visibility: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<TeamDealVisibilitySet>().await?;
    super::config::set_visibility(
        cx.db(),
        cx.company_id()?,
        visibility.trim(),
        cx.entry("deal_visibility_set", "success"),
    )
    .await
}

// Who may call each function above (deny by default: a function without a
// row is refused before it runs); `security/authz-matrix.toml` is the
// independent list the matrix test holds these rows to.
#[cfg(feature = "ssr")]
crate::server::policy::policies! {
    DealForm => PartnerMember,
    DealCheck => PartnerMember,
    DealRegister => PartnerMember,
    DealsList => SignedIn,
    DealGet => SignedIn,
    DealWithdraw => PartnerMember,
    DealProgress => PartnerMember,
    DealClose => PartnerMember,
    DealsQueue => VendorStaff,
    DealDecide => VendorStaff,
    DealRequestExtension => PartnerMember,
    DealDecideExtension => VendorStaff,
    DealsAnalytics => VendorStaff,
    LoadDealConfig => VendorAdmin,
    DealSettingsSave => VendorAdmin,
    DealRuleSave => VendorAdmin,
    DealRuleDelete => VendorAdmin,
    ProductSave => VendorAdmin,
    TeamDealVisibility => PartnerMember,
    TeamDealVisibilitySet => PartnerAdmin,
}
