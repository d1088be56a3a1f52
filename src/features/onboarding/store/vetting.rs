//! The staff's side: the vetting queue, an application with its likely
//! duplicates, and the decision. Approval is one transaction: the company
//! (in the default program's entry tier, with its channel manager), the
//! contact invited as its partner admin, the application marked, the
//! audit line. A decline e-mails the reason in the applicant's language.

use sqlx::Row;

use crate::features::{accounts, companies, tiers};
use crate::msg;
use crate::server::audit::{self, Entry};
use crate::server::db::Db;
use crate::server::errors::OrInternal;
use crate::server::{mail, now_ms};
use crate::shared::matcher::{normalise_company, normalise_domain, CustomerKey, MatchReason};
use crate::shared::page::Page;
use crate::shared::validate::{self, Checker};
use crate::shared::{AppError, CompanyStatus, CompanyType, Role, Viewer};

use super::super::rules::{
    check_reason, region_for_country, split_specialisations, ApplicationStatus, RevenueBand,
};
use super::super::types::{ApplicationDetail, ApplicationList, Duplicate, DuplicateKind};
use super::{lang_of, row, ROW_COLUMNS};

pub const PER_PAGE: i64 = 25;
/// How many possible duplicates of each kind the page shows.
const DUPLICATES_MAX: i64 = 10;

/// One page of the applications in `status` (the queue oldest first, the
/// decided newest first) and the count of each list. Unconfirmed
/// applications are nobody's business yet and never listed.
pub async fn list(
    db: &Db,
    status: ApplicationStatus,
    page: i64,
) -> Result<ApplicationList, AppError> {
    let status = match status {
        ApplicationStatus::Unconfirmed => ApplicationStatus::Pending,
        s => s,
    };
    let order = if status == ApplicationStatus::Pending {
        "a.confirmed_at, a.id"
    } else {
        "a.decided_at DESC, a.id DESC"
    };
    let counts = sqlx::query(
        "SELECT status, COUNT(*) FROM partner_applications \
         WHERE status IN ('pending', 'approved', 'declined') GROUP BY status",
    )
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    let count = |s: &str| {
        counts
            .iter()
            .find(|r| r.get::<String, _>(0) == s)
            .map(|r| r.get::<i64, _>(1))
            .unwrap_or(0)
    };
    let rows = sqlx::query(&format!(
        "SELECT {ROW_COLUMNS} FROM partner_applications a WHERE a.status = $1 \
         ORDER BY {order} LIMIT $2 OFFSET $3"
    ))
    .bind(status.as_str())
    .bind(PER_PAGE)
    .bind((page - 1) * PER_PAGE)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    Ok(ApplicationList {
        status,
        rows: Page {
            items: rows.iter().map(row).collect(),
            page,
            per_page: PER_PAGE,
            total: count(status.as_str()),
        },
        pending: count("pending"),
        approved: count("approved"),
        declined: count("declined"),
        ramp: super::ramp(db, crate::server::now_ms(), 12).await?,
    })
}

/// An application staff may see (confirmed), with its likely duplicates
/// and what the approval form offers.
pub async fn get(db: &Db, viewer: &Viewer, id: i64) -> Result<Option<ApplicationDetail>, AppError> {
    let r = sqlx::query(
        "SELECT a.id, a.status, a.legal_name, a.website, a.country, a.partner_type, a.specialisations, \
         a.revenue_band, a.tax_id, a.contact_name, a.contact_email, a.contact_phone, a.message, \
         a.created_at, a.confirmed_at, a.decided_at, u.name, a.decline_reason, a.company_id, a.domain, a.name_key \
         FROM partner_applications a LEFT JOIN users u ON u.id = a.decided_by \
         WHERE a.id = $1 AND a.status <> 'unconfirmed'",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?;
    let Some(r) = r else { return Ok(None) };
    let country: String = r.get(4);
    let email: String = r.get(10);
    let domain: String = r.get(19);
    let name_key: String = r.get(20);
    let mut managers: Vec<(i64, String)> = sqlx::query(
        "SELECT id, name FROM users WHERE role = 'channel_manager' AND status = 'active' ORDER BY name, id",
    )
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect();
    if let Some(i) = managers.iter().position(|(m, _)| *m == viewer.user_id) {
        let me = managers.remove(i);
        managers.insert(0, me);
    }
    Ok(Some(ApplicationDetail {
        id: r.get(0),
        status: ApplicationStatus::parse(&r.get::<String, _>(1))
            .unwrap_or(ApplicationStatus::Pending),
        legal_name: r.get(2),
        website: r.get(3),
        partner_type: CompanyType::parse(&r.get::<String, _>(5)).unwrap_or(CompanyType::Reseller),
        specialisations: split_specialisations(&r.get::<String, _>(6)),
        revenue_band: RevenueBand::parse(&r.get::<String, _>(7)).unwrap_or(RevenueBand::Under1m),
        tax_id: r.get(8),
        contact_name: r.get(9),
        contact_phone: r.get(11),
        message: r.get(12),
        created_at: r.get(13),
        confirmed_at: r.get(14),
        decided_at: r.get(15),
        decided_by: r.get(16),
        decline_reason: r.get(17),
        company_id: r.get(18),
        duplicates: duplicates(db, id, &r.get::<String, _>(2), &domain, &name_key, &email).await?,
        suggested_region: region_for_country(&country).to_string(),
        managers,
        country,
        contact_email: email,
    }))
}

/// Companies, people and other applications the application may be: the
/// deal matcher's rules (same domain, similar name) over the partner
/// companies, an account under the contact's address, and other
/// applications from the domain or under the name.
async fn duplicates(
    db: &Db,
    id: i64,
    legal_name: &str,
    domain: &str,
    name_key: &str,
    email: &str,
) -> Result<Vec<Duplicate>, AppError> {
    let key = CustomerKey::new(legal_name, domain);
    let mut out = Vec::new();
    let like_domain = format!("%{}%", domain.replace(['%', '_'], ""));
    let mut prefixes: Vec<String> = key
        .tokens()
        .into_iter()
        .map(|t| format!("{}%", t.replace(['%', '_'], "")))
        .collect();
    // An empty pattern matches no company (names are never empty).
    prefixes.resize(2, String::new());
    let companies = sqlx::query(
        "SELECT id, name, website FROM companies \
         WHERE ($1 <> '%%' AND website LIKE $1) OR name_key LIKE $2 OR name_key LIKE $3 \
         ORDER BY id LIMIT 200",
    )
    .bind(&like_domain)
    .bind(&prefixes[0])
    .bind(&prefixes[1])
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    for c in &companies {
        let (cid, name, website): (i64, String, String) = (c.get(0), c.get(1), c.get(2));
        let reason = key.matches(&normalise_domain(&website), &normalise_company(&name));
        let kind = match reason {
            Some(MatchReason::SameDomain) => DuplicateKind::SameDomain,
            Some(MatchReason::SimilarName) => DuplicateKind::SimilarName,
            None => continue,
        };
        out.push(Duplicate {
            kind,
            name,
            href: Some(format!("/companies/{cid}")),
        });
    }
    out.truncate(DUPLICATES_MAX as usize);
    if let Some(p) = sqlx::query(
        "SELECT u.name, c.name FROM users u LEFT JOIN companies c ON c.id = u.company_id WHERE u.email = $1",
    )
    .bind(email)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?
    {
        let (person, company): (String, Option<String>) = (p.get(0), p.get(1));
        out.push(Duplicate {
            kind: DuplicateKind::KnownPerson,
            name: match company {
                Some(c) => format!("{person} ({c})"),
                None => person,
            },
            href: None,
        });
    }
    let others = sqlx::query(
        "SELECT id, legal_name FROM partner_applications \
         WHERE id <> $1 AND status <> 'unconfirmed' AND (($2 <> '' AND domain = $2) OR name_key = $3) \
         ORDER BY id DESC LIMIT $4",
    )
    .bind(id)
    .bind(domain)
    .bind(name_key)
    .bind(DUPLICATES_MAX)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    for o in &others {
        let oid: i64 = o.get(0);
        out.push(Duplicate {
            kind: DuplicateKind::OtherApplication,
            name: o.get(1),
            href: Some(format!("/companies/applications/{oid}")),
        });
    }
    Ok(out)
}

/// Why a decision found no pending application: decided already (a
/// conflict), or none staff may see (`Ok`: the caller answers 404).
async fn not_pending(conn: &mut sqlx::AnyConnection, id: i64) -> Result<(), AppError> {
    let exists =
        sqlx::query("SELECT 1 FROM partner_applications WHERE id = $1 AND status <> 'unconfirmed'")
            .bind(id)
            .fetch_optional(conn)
            .await
            .or_internal()?;
    match exists {
        Some(_) => Err(AppError::conflict(msg!("app-error-decided"))),
        None => Ok(()),
    }
}

/// What the approval form posts.
pub struct Approval<'a> {
    pub company_name: &'a str,
    pub region: &'a str,
    pub manager_id: &'a str,
}

/// Approves a pending application: the company (active, in the entry
/// tier), its channel manager, the contact invited as partner admin, in
/// one transaction with its audit line. Returns the new company's id.
pub async fn approve(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    form: &Approval<'_>,
    public_url: &str,
    invite_hours: i64,
    entry: Entry,
) -> Result<Option<i64>, AppError> {
    let mut c = Checker::new();
    c.keep("company_name", form.company_name)
        .keep("region", form.region)
        .keep("manager_id", form.manager_id);
    let name = c.check("company_name", validate::name(form.company_name));
    let region = c.check("region", validate::region(form.region));
    let manager_id: Option<i64> = form.manager_id.trim().parse().ok();
    if manager_id.is_none() {
        c.fail("manager_id", msg!("app-error-manager"));
    }
    if c.has_errors() {
        return Err(c.into_error());
    }
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let app = sqlx::query(
        "UPDATE partner_applications SET status = 'approved', decided_at = $1, decided_by = $2 \
         WHERE id = $3 AND status = 'pending' \
         RETURNING website, country, partner_type, contact_name, contact_email, locale",
    )
    .bind(now)
    .bind(viewer.user_id)
    .bind(id)
    .fetch_optional(&mut **tx)
    .await
    .or_internal()?;
    let Some(app) = app else {
        return not_pending(&mut tx, id).await.map(|()| None);
    };
    let (website, country, partner_type, contact_name, contact_email, locale): (
        String,
        String,
        String,
        String,
        String,
        String,
    ) = (
        app.get(0),
        app.get(1),
        app.get(2),
        app.get(3),
        app.get(4),
        app.get(5),
    );
    let input = companies::CompanyInput {
        name: name.unwrap_or_default(),
        company_type: CompanyType::parse(&partner_type).unwrap_or(CompanyType::Reseller),
        region: region.unwrap_or_default(),
        country,
        website,
        status: CompanyStatus::Active,
    };
    let company_id = companies::insert_in(&mut tx, &input, "company_name").await?;
    if !companies::assign_in(&mut tx, manager_id.unwrap_or_default(), company_id)
        .await
        .or_internal()?
    {
        let mut c = Checker::new();
        c.keep("company_name", form.company_name)
            .keep("region", form.region)
            .fail("manager_id", msg!("app-error-manager"));
        return Err(c.into_error());
    }
    let tier = tiers::join_entry_tier(&mut tx, company_id, now)
        .await
        .or_internal()?;
    let l = crate::server::l10n::for_lang(lang_of(&locale), "UTC");
    let person = accounts::NewPerson {
        name: contact_name,
        email: contact_email,
        role: Role::PartnerAdmin,
        company_id: Some(company_id),
    };
    let user_id = accounts::invite_in(
        &mut tx,
        &l,
        public_url,
        invite_hours,
        &person,
        Some(viewer.user_id),
    )
    .await
    .map_err(|e| match e {
        // The address already has an account: say so at the decision.
        AppError::Validation { .. } => AppError::conflict(msg!("app-error-contact-taken")),
        e => e,
    })?;
    sqlx::query(
        "UPDATE partner_applications SET company_id = $1, invited_user_id = $2 WHERE id = $3",
    )
    .bind(company_id)
    .bind(user_id)
    .bind(id)
    .execute(&mut **tx)
    .await
    .or_internal()?;
    let detail = format!(
        "{{\"company_id\":{company_id},\"manager_id\":{},\"tier\":{:?},\"invited_user_id\":{user_id}}}",
        manager_id.unwrap_or_default(),
        tier.unwrap_or_default()
    );
    audit::commit(tx, db, &entry.object("application", id).detail(detail)).await?;
    Ok(Some(company_id))
}

/// Declines a pending application with a reason, e-mailed to the contact
/// in the language they applied in. `false`: no such application.
pub async fn decline(
    db: &Db,
    viewer: &Viewer,
    id: i64,
    reason_raw: &str,
    entry: Entry,
) -> Result<bool, AppError> {
    let reason = match check_reason(reason_raw) {
        Ok(r) => r,
        Err(m) => {
            let mut c = Checker::new();
            if reason_raw.len() <= 8_000 {
                c.keep("reason", reason_raw);
            }
            c.fail("reason", m);
            return Err(c.into_error());
        }
    };
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let app = sqlx::query(
        "UPDATE partner_applications SET status = 'declined', decided_at = $1, decided_by = $2, decline_reason = $3 \
         WHERE id = $4 AND status = 'pending' RETURNING legal_name, contact_name, contact_email, locale",
    )
    .bind(now)
    .bind(viewer.user_id)
    .bind(&reason)
    .bind(id)
    .fetch_optional(&mut **tx)
    .await
    .or_internal()?;
    let Some(app) = app else {
        return not_pending(&mut tx, id).await.map(|()| false);
    };
    let (company, name, email, locale): (String, String, String, String) =
        (app.get(0), app.get(1), app.get(2), app.get(3));
    let l = crate::server::l10n::for_lang(lang_of(&locale), "UTC");
    let body = l.t_with(
        "app-mail-declined-body",
        &[
            ("name", name.as_str().into()),
            ("company", company.as_str().into()),
            ("reason", reason.as_str().into()),
        ],
    );
    mail::enqueue(
        &mut tx,
        &email,
        &l.t("app-mail-declined-subject"),
        &format!("{body}\n"),
        "application_declined",
    )
    .await
    .or_internal()?;
    audit::commit(tx, db, &entry.object("application", id)).await?;
    Ok(true)
}
