//! SQL for companies and staff assignments.

use sqlx::Row;

use super::types::{Company, CompanySummary, ManagerRef};
use crate::msg;
use crate::server::audit::{self, Entry};
use crate::server::db::Db;
use crate::server::errors::{is_unique_violation, OrInternal};
use crate::server::now_ms;
use crate::shared::matcher::company_name_key;
use crate::shared::page::Page;
use crate::shared::validate::{self, Checker};
use crate::shared::{AppError, CompanyStatus, CompanyType, Viewer};

pub const PER_PAGE: i64 = 50;

pub async fn list(
    db: &Db,
    viewer: &Viewer,
    query: &str,
    page: i64,
) -> Result<Page<CompanySummary>, AppError> {
    let scope = crate::server::scope::managed(viewer, "c.id");
    let needle = format!("%{}%", company_name_key(query).replace(['%', '_'], ""));
    let where_sql = format!("{scope} AND c.name_key LIKE $1");
    let count_sql = format!("SELECT COUNT(*) FROM companies c WHERE {where_sql}");
    let list_sql = format!(
        "SELECT c.id, c.name, c.company_type, c.region, c.country, c.status, \
         (SELECT COUNT(*) FROM users u WHERE u.company_id = c.id AND u.status <> 'disabled') AS people \
         FROM companies c WHERE {where_sql} ORDER BY c.name_key, c.id LIMIT $2 OFFSET $3"
    );
    let total: i64 = sqlx::query(&count_sql)
        .bind(&needle)
        .fetch_one(&db.pool)
        .await
        .or_internal()?
        .get(0);
    let rows = sqlx::query(&list_sql)
        .bind(&needle)
        .bind(PER_PAGE)
        .bind((page - 1) * PER_PAGE)
        .fetch_all(&db.pool)
        .await
        .or_internal()?;
    let items = rows
        .iter()
        .map(|r| CompanySummary {
            id: r.get(0),
            name: r.get(1),
            company_type: CompanyType::parse(&r.get::<String, _>(2))
                .unwrap_or(CompanyType::Reseller),
            region: r.get(3),
            country: r.get(4),
            status: CompanyStatus::parse(&r.get::<String, _>(5))
                .unwrap_or(CompanyStatus::Suspended),
            people: r.get(6),
        })
        .collect();
    Ok(Page {
        items,
        page,
        per_page: PER_PAGE,
        total,
    })
}

/// One company if the viewer may see it; a foreign id is simply not found.
pub async fn get(db: &Db, viewer: &Viewer, id: i64) -> Result<Option<Company>, AppError> {
    let scope = crate::server::scope::managed(viewer, "c.id");
    let sql = format!(
        "SELECT c.id, c.name, c.company_type, c.region, c.country, c.website, c.status, c.created_at \
         FROM companies c WHERE {scope} AND c.id = $1"
    );
    let row = sqlx::query(&sql)
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .or_internal()?;
    Ok(row.map(|r| company_from_row(&r)))
}

/// A company by id with no scoping: for callers that already scoped (a
/// partner's own company) or vendor admins.
pub async fn by_id(db: &Db, id: i64) -> Result<Option<Company>, AppError> {
    let row = sqlx::query(
        "SELECT c.id, c.name, c.company_type, c.region, c.country, c.website, c.status, c.created_at \
         FROM companies c WHERE c.id = $1",
    )
    .bind(id)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?;
    Ok(row.map(|r| company_from_row(&r)))
}

fn company_from_row(r: &sqlx::any::AnyRow) -> Company {
    Company {
        id: r.get(0),
        name: r.get(1),
        company_type: CompanyType::parse(&r.get::<String, _>(2)).unwrap_or(CompanyType::Reseller),
        region: r.get(3),
        country: r.get(4),
        website: r.get(5),
        status: CompanyStatus::parse(&r.get::<String, _>(6)).unwrap_or(CompanyStatus::Suspended),
        created_at: r.get(7),
    }
}

/// Channel managers with their assignment to `company_id`.
pub async fn managers_for(
    db: &Db,
    company_id: i64,
    only_assigned: bool,
) -> Result<Vec<ManagerRef>, AppError> {
    // The assigned ones come from the company's assignments (a few rows);
    // the list of every manager (to assign from) is capped and read by role.
    let sql = if only_assigned {
        "SELECT u.id, u.name, u.email, CAST(1 AS BIGINT) AS assigned \
         FROM manager_assignments a JOIN users u ON u.id = a.manager_id \
         WHERE a.company_id = $1 AND u.role = 'channel_manager' AND u.status <> 'disabled' \
         ORDER BY u.name, u.id LIMIT 500"
    } else {
        "SELECT u.id, u.name, u.email, \
         CASE WHEN a.company_id IS NULL THEN 0 ELSE 1 END AS assigned \
         FROM users u LEFT JOIN manager_assignments a ON a.manager_id = u.id AND a.company_id = $1 \
         WHERE u.role = 'channel_manager' AND u.status <> 'disabled' ORDER BY u.name, u.id LIMIT 500"
    };
    let rows = sqlx::query(sql)
        .bind(company_id)
        .fetch_all(&db.pool)
        .await
        .or_internal()?;
    Ok(rows
        .iter()
        .map(|r| ManagerRef {
            id: r.get(0),
            name: r.get(1),
            email: r.get(2),
            assigned: r.get::<i64, _>(3) == 1,
        })
        .collect())
}

/// Checked input of the company form.
#[derive(Debug)]
pub struct CompanyInput {
    pub name: String,
    pub company_type: CompanyType,
    pub region: String,
    pub country: String,
    pub website: String,
    pub status: CompanyStatus,
}

pub fn check_company(
    name: &str,
    company_type: &str,
    region: &str,
    country: &str,
    website: &str,
    status: &str,
) -> Result<CompanyInput, AppError> {
    let mut c = Checker::new();
    for (k, v) in [
        ("name", name),
        ("company_type", company_type),
        ("region", region),
        ("country", country),
        ("website", website),
        ("status", status),
    ] {
        c.keep(k, v);
    }
    let name = c.check("name", validate::name(name));
    let company_type = c.check(
        "company_type",
        CompanyType::parse(company_type).ok_or_else(|| msg!("company-error-type")),
    );
    let region = c.check("region", validate::region(region));
    let country = c.check("country", validate::country(country));
    let website = c.check("website", validate::website(website));
    let status = c.check(
        "status",
        CompanyStatus::parse(status).ok_or_else(|| msg!("company-error-status")),
    );
    match (name, company_type, region, country, website, status) {
        (
            Some(name),
            Some(company_type),
            Some(region),
            Some(country),
            Some(website),
            Some(status),
        ) => Ok(CompanyInput {
            name,
            company_type,
            region,
            country,
            website,
            status,
        }),
        _ => Err(c.into_error()),
    }
}

fn name_taken(input: &CompanyInput) -> AppError {
    let mut c = Checker::new();
    c.keep("name", &input.name)
        .keep("company_type", input.company_type.as_str())
        .keep("region", &input.region)
        .keep("country", &input.country)
        .keep("website", &input.website)
        .keep("status", input.status.as_str())
        .fail("name", msg!("company-error-name-taken"));
    c.into_error()
}

/// Creates (`id` = None) or updates a company. Suspending a company ends its
/// people's sessions (the session check refuses suspended companies).
pub async fn save(
    db: &Db,
    id: Option<i64>,
    input: &CompanyInput,
    actor: Entry,
) -> Result<i64, AppError> {
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let result = match id {
        None => insert_row(&mut tx, input, now).await,
        Some(id) => sqlx::query(
            "UPDATE companies SET name = $1, name_key = $2, company_type = $3, region = $4, country = $5, \
             website = $6, status = $7, updated_at = $8 WHERE id = $9 RETURNING id",
        )
        .bind(&input.name)
        .bind(company_name_key(&input.name))
        .bind(input.company_type.as_str())
        .bind(&input.region)
        .bind(&input.country)
        .bind(&input.website)
        .bind(input.status.as_str())
        .bind(now)
        .bind(id)
        .fetch_optional(&mut **tx)
        .await
        .and_then(|r| r.map(|r| r.get::<i64, _>(0)).ok_or(sqlx::Error::RowNotFound)),
    };
    let saved = match result {
        Ok(id) => id,
        Err(sqlx::Error::RowNotFound) => return Err(AppError::NotFound),
        Err(e) if is_unique_violation(&e) => return Err(name_taken(input)),
        Err(e) => return Err(crate::server::errors::internal(e)),
    };
    if input.status == CompanyStatus::Suspended {
        sqlx::query(
            "DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE company_id = $1)",
        )
        .bind(saved)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    }
    audit::commit(tx, db, &actor.object("company", saved).detail(format!(
            "{{\"after\":{{\"name\":{:?},\"type\":{:?},\"region\":{:?},\"country\":{:?},\"status\":{:?}}}}}",
            input.name,
            input.company_type.as_str(),
            input.region,
            input.country,
            input.status.as_str()
        ))).await?;
    Ok(saved)
}

async fn insert_row(
    conn: &mut sqlx::AnyConnection,
    input: &CompanyInput,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query(
        "INSERT INTO companies (name, name_key, company_type, region, country, website, status, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
    )
    .bind(&input.name)
    .bind(company_name_key(&input.name))
    .bind(input.company_type.as_str())
    .bind(&input.region)
    .bind(&input.country)
    .bind(&input.website)
    .bind(input.status.as_str())
    .bind(now)
    .bind(now)
    .fetch_one(conn)
    .await
    .map(|r| r.get::<i64, _>(0))
}

/// A new company inside the caller's transaction (approving a
/// partner application creates one as one of its steps); the caller
/// audits and commits. A taken name is refused at the `field` given.
pub async fn insert_in(
    conn: &mut sqlx::AnyConnection,
    input: &CompanyInput,
    field: &str,
) -> Result<i64, AppError> {
    match insert_row(conn, input, now_ms()).await {
        Ok(id) => Ok(id),
        Err(e) if is_unique_violation(&e) => {
            let mut c = Checker::new();
            c.keep(field, &input.name)
                .fail(field, msg!("company-error-name-taken"));
            Err(c.into_error())
        }
        Err(e) => Err(crate::server::errors::internal(e)),
    }
}

/// Assigns a channel manager to a company inside the caller's transaction;
/// `false` when `manager_id` is not an active channel manager.
pub async fn assign_in(
    conn: &mut sqlx::AnyConnection,
    manager_id: i64,
    company_id: i64,
) -> Result<bool, sqlx::Error> {
    let is_manager = sqlx::query(
        "SELECT 1 FROM users WHERE id = $1 AND role = 'channel_manager' AND status = 'active'",
    )
    .bind(manager_id)
    .fetch_optional(&mut *conn)
    .await?
    .is_some();
    if !is_manager {
        return Ok(false);
    }
    sqlx::query(
        "INSERT INTO manager_assignments (manager_id, company_id, assigned_at) VALUES ($1, $2, $3) \
         ON CONFLICT (manager_id, company_id) DO NOTHING",
    )
    .bind(manager_id)
    .bind(company_id)
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(true)
}

/// Assigns or unassigns a channel manager to a company.
pub async fn set_assignment(
    db: &Db,
    manager_id: i64,
    company_id: i64,
    assigned: bool,
    actor: Entry,
) -> Result<(), AppError> {
    let mut tx = db.write().await.or_internal()?;
    let is_manager = sqlx::query("SELECT 1 FROM users WHERE id = $1 AND role = 'channel_manager'")
        .bind(manager_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .is_some();
    let company_exists = sqlx::query("SELECT 1 FROM companies WHERE id = $1")
        .bind(company_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .is_some();
    if !is_manager || !company_exists {
        return Err(AppError::NotFound);
    }
    if assigned {
        sqlx::query(
            "INSERT INTO manager_assignments (manager_id, company_id, assigned_at) VALUES ($1, $2, $3) \
             ON CONFLICT (manager_id, company_id) DO NOTHING",
        )
        .bind(manager_id)
        .bind(company_id)
        .bind(now_ms())
        .execute(&mut **tx)
        .await
        .or_internal()?;
    } else {
        sqlx::query("DELETE FROM manager_assignments WHERE manager_id = $1 AND company_id = $2")
            .bind(manager_id)
            .bind(company_id)
            .execute(&mut **tx)
            .await
            .or_internal()?;
    }
    audit::commit(
        tx,
        db,
        &actor.object("company", company_id).detail(format!(
            "{{\"manager_id\":{manager_id},\"assigned\":{assigned}}}"
        )),
    )
    .await?;
    Ok(())
}

/// Active and suspended companies among those vendor staff look after
/// (the staff's home page).
pub async fn status_counts(db: &Db, viewer: &Viewer) -> Result<(i64, i64), AppError> {
    let scope = crate::server::scope::managed(viewer, "c.id");
    let companies = sqlx::query(&format!(
        "SELECT COALESCE(SUM(CASE WHEN c.status = 'active' THEN 1 ELSE 0 END), 0), \
         COALESCE(SUM(CASE WHEN c.status = 'suspended' THEN 1 ELSE 0 END), 0) FROM companies c WHERE {scope}"
    ))
    .fetch_one(&db.pool)
    .await
    .or_internal()?;
    Ok((
        crate::server::dialect::sum_to_i64(&companies, 0),
        crate::server::dialect::sum_to_i64(&companies, 1),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The company form reports every bad field at once and echoes input.
    #[test]
    fn company_form_rules() {
        let ok = check_company("Acme", "msp", "emea", "de", "acme.io", "active").unwrap();
        assert_eq!(ok.region, "EMEA");
        assert_eq!(ok.country, "DE");
        assert_eq!(ok.website, "https://acme.io");
        let err = check_company("", "bank", "Mars", "Germany", "not a site", "gone").unwrap_err();
        for f in [
            "name",
            "company_type",
            "region",
            "country",
            "website",
            "status",
        ] {
            assert!(err.field(f).is_some(), "{f}");
        }
        assert_eq!(err.value("region").as_deref(), Some("Mars"));
    }
}
