//! Onboarding's server functions: the public application and its e-mail
//! confirmation, and the staff's vetting queue and decisions.

// A server function takes its form's fields as arguments.
#![allow(clippy::too_many_arguments)]

use leptos::prelude::*;

use super::types::{
    ApplicationDetail, ApplicationList, ApplyStamp, Checklist, TermsAdmin, TermsStatus, TermsView,
};
use crate::shared::AppError;

/// The application form's signed clock.
#[server(endpoint = "apply/form")]
pub async fn apply_form() -> Result<ApplyStamp, AppError> {
    let cx = crate::server::guard::enter::<ApplyForm>().await?;
    super::store::stamp(cx.db()).await
}

/// "Become a partner". Every good application answers the same (check
/// your e-mail), whoever applies; see `store::apply`.
#[server(endpoint = "apply/submit")]
pub async fn apply_submit(
    legal_name: String,
    website: Option<String>,
    country: String,
    partner_type: String,
    specialisations: Option<Vec<String>>,
    revenue_band: String,
    tax_id: Option<String>,
    contact_name: String,
    contact_email: String,
    contact_phone: Option<String>,
    message: Option<String>,
    served_at: Option<i64>,
    served_sig: Option<String>,
    fax_number: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<ApplySubmit>().await?;
    let raw = super::rules::RawApplication {
        legal_name,
        website: website.unwrap_or_default(),
        country,
        partner_type,
        specialisations: specialisations.unwrap_or_default(),
        revenue_band,
        tax_id: tax_id.unwrap_or_default(),
        contact_name,
        contact_email,
        contact_phone: contact_phone.unwrap_or_default(),
        message: message.unwrap_or_default(),
    };
    let l = crate::shared::l10n::use_l10n();
    let posted = super::store::Posted {
        served_at: served_at.unwrap_or_default(),
        served_sig: served_sig.as_deref().unwrap_or_default(),
        honeypot: fax_number.as_deref().unwrap_or_default(),
        ip: &cx.ip,
        public_url: &cx.state.config.public_url,
        l: &l,
    };
    super::store::apply(cx.db(), &raw, &posted).await?;
    leptos_axum::redirect("/apply?sent=1");
    Ok(())
}

/// The link in the confirmation e-mail posts here (opening it changes
/// nothing: mail scanners open links).
#[server(endpoint = "apply/confirm")]
pub async fn apply_confirm(token: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<ApplyConfirm>().await?;
    let ok = super::store::confirm(cx.db(), &token, &cx.ip, &cx.state.config.public_url).await?;
    if !ok {
        return Err(AppError::bad_request(crate::msg!("app-error-link")));
    }
    leptos_axum::redirect("/apply/confirm?done=1");
    Ok(())
}

/// The vetting queue: `status` pending (default), approved or declined.
#[server(endpoint = "applications/list")]
pub async fn applications_list(
    status: Option<String>,
    page: Option<i64>,
) -> Result<ApplicationList, AppError> {
    use super::rules::ApplicationStatus;
    let cx = crate::server::guard::enter::<ApplicationsList>().await?;
    let status = status
        .as_deref()
        .and_then(ApplicationStatus::parse)
        .unwrap_or(ApplicationStatus::Pending);
    super::store::list(cx.db(), status, crate::shared::page::page_number(page)).await
}

#[server(endpoint = "applications/get")]
pub async fn application_get(id: i64) -> Result<ApplicationDetail, AppError> {
    let cx = crate::server::guard::enter::<ApplicationGet>().await?;
    match super::store::get(cx.db(), cx.user()?, id).await? {
        Some(a) => Ok(a),
        None => Err(cx.deny(AppError::NotFound, "application", id).await),
    }
}

/// Approves: the company, its manager and entry tier, the contact invited.
#[server(endpoint = "applications/approve")]
pub async fn application_approve(
    id: i64,
    company_name: String,
    region: String,
    manager_id: Option<String>,
) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<ApplicationApprove>().await?;
    let cfg = &cx.state.config;
    let form = super::store::Approval {
        company_name: &company_name,
        region: &region,
        manager_id: manager_id.as_deref().unwrap_or_default(),
    };
    let done = super::store::approve(
        cx.db(),
        cx.user()?,
        id,
        &form,
        &cfg.public_url,
        cfg.mail.invitation_hours,
        cx.entry("application_approved", "success"),
    )
    .await?;
    match done {
        Some(company_id) => {
            leptos_axum::redirect(&format!("/companies/{company_id}?approved=1"));
            Ok(())
        }
        None => Err(cx.deny(AppError::NotFound, "application", id).await),
    }
}

/// Declines with a reason the applicant is e-mailed.
#[server(endpoint = "applications/decline")]
pub async fn application_decline(id: i64, reason: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<ApplicationDecline>().await?;
    let done = super::store::decline(
        cx.db(),
        cx.user()?,
        id,
        &reason,
        cx.entry("application_declined", "success"),
    )
    .await?;
    if !done {
        return Err(cx.deny(AppError::NotFound, "application", id).await);
    }
    leptos_axum::redirect(&format!("/companies/applications/{id}?declined=1"));
    Ok(())
}

/// The current terms and whether the viewer's company accepted them (the
/// first screen's card).
#[server(endpoint = "terms/status")]
pub async fn terms_status_get() -> Result<Option<TermsStatus>, AppError> {
    let cx = crate::server::guard::enter::<TermsStatusGet>().await?;
    super::terms::status(cx.db(), cx.user()?).await
}

/// The current terms as the viewer reads them.
#[server(endpoint = "terms/current")]
pub async fn terms_current() -> Result<Option<TermsView>, AppError> {
    let cx = crate::server::guard::enter::<TermsCurrent>().await?;
    super::terms::view(cx.db(), cx.user()?).await
}

/// A partner admin accepts `version` for the company.
#[server(endpoint = "terms/accept")]
pub async fn terms_accept(version: i64) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<TermsAccept>().await?;
    super::terms::accept(
        cx.db(),
        cx.user()?,
        version,
        &cx.ip,
        cx.entry("terms_accepted", "success"),
    )
    .await?;
    leptos_axum::redirect("/terms?accepted=1");
    Ok(())
}

/// The staff's page: every version with its acceptance count, and one
/// version's acceptances (`version` an id; the newest when absent).
#[server(endpoint = "terms/admin")]
pub async fn terms_admin_get(
    version: Option<i64>,
    page: Option<i64>,
) -> Result<TermsAdmin, AppError> {
    let cx = crate::server::guard::enter::<TermsAdminGet>().await?;
    let viewer = cx.user()?;
    let (versions, companies) = super::terms::versions(cx.db(), viewer).await?;
    let shown = version.or_else(|| versions.first().map(|v| v.id));
    let acceptances = match shown {
        Some(id) if versions.iter().any(|v| v.id == id) => Some(
            super::terms::acceptances(cx.db(), viewer, id, crate::shared::page::page_number(page))
                .await?,
        ),
        _ => None,
    };
    Ok(TermsAdmin {
        versions,
        companies,
        shown,
        acceptances,
        can_publish: viewer.role == crate::shared::Role::VendorAdmin,
    })
}

/// The vendor admin publishes a new version; every partner company is
/// asked to accept it.
#[server(endpoint = "terms/publish")]
pub async fn terms_publish(title: String, body: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<TermsPublish>().await?;
    super::terms::publish(
        cx.db(),
        cx.user()?,
        &title,
        &body,
        cx.entry("terms_published", "success"),
    )
    .await?;
    leptos_axum::redirect("/companies/terms?published=1");
    Ok(())
}

/// What is left of the viewer's company's first steps (`None`: nothing,
/// or the company did not come through an application).
#[server(endpoint = "onboarding/checklist")]
pub async fn onboarding_checklist() -> Result<Option<Checklist>, AppError> {
    let cx = crate::server::guard::enter::<OnboardingChecklist>().await?;
    super::store::checklist(cx.db(), cx.user()?).await
}

// Who may call each function above (deny by default).
#[cfg(feature = "ssr")]
crate::server::policy::policies! {
    ApplyForm => Public,
    ApplySubmit => Public,
    ApplyConfirm => Public,
    ApplicationsList => VendorStaff,
    ApplicationGet => VendorStaff,
    ApplicationApprove => VendorStaff,
    ApplicationDecline => VendorStaff,
    TermsStatusGet => SignedIn,
    TermsCurrent => PartnerMember,
    TermsAccept => PartnerAdmin,
    TermsAdminGet => VendorStaff,
    TermsPublish => VendorAdmin,
    OnboardingChecklist => PartnerMember,
}
