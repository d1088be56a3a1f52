//! The vendor's product catalogue, below every feature: the products
//! partners register deals for (and, next, leads, content and quotes
//! name), kept by vendor admins. Features read it here and never write its
//! table themselves.

use sqlx::Row;

use crate::server::audit::{self, Entry};
use crate::server::db::Db;
use crate::server::errors::{is_unique_violation, OrInternal};
use crate::server::now_ms;
use crate::shared::catalog::ProductRef;
use crate::shared::validate::{self, Checker};
use crate::shared::AppError;

/// The products partners may register deals for, by name.
pub async fn active(db: &Db) -> Result<Vec<ProductRef>, AppError> {
    let rows = sqlx::query(
        "SELECT id, sku, name FROM products WHERE active = 1 ORDER BY name, id LIMIT 500",
    )
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    Ok(rows
        .iter()
        .map(|r| ProductRef {
            id: r.get(0),
            sku: r.get(1),
            name: r.get(2),
        })
        .collect())
}

/// Adds a product (`id` none) or changes one: a SKU is 1 to 40 letters,
/// digits, `-` or `_`, unique; the change is audited.
pub async fn save(
    db: &Db,
    id: Option<i64>,
    sku: &str,
    name: &str,
    active: bool,
    entry: Entry,
) -> Result<i64, AppError> {
    let mut c = Checker::new();
    c.keep("sku", sku).keep("name", name);
    let sku = sku.trim().to_uppercase();
    if sku.is_empty()
        || sku.len() > 40
        || !sku
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_')
    {
        c.fail("sku", crate::msg!("error-sku-shape"));
    }
    let name = c.check("name", validate::name(name));
    let (Some(name), false) = (name, c.has_errors()) else {
        return Err(c.into_error());
    };
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let result = match id {
        Some(id) => sqlx::query(
            "UPDATE products SET sku = $1, name = $2, active = $3, updated_at = $4 WHERE id = $5 RETURNING id",
        )
        .bind(&sku)
        .bind(&name)
        .bind(i64::from(active))
        .bind(now)
        .bind(id)
        .fetch_optional(&mut **tx)
        .await,
        None => sqlx::query(
            "INSERT INTO products (sku, name, active, created_at, updated_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(&sku)
        .bind(&name)
        .bind(i64::from(active))
        .bind(now)
        .bind(now)
        .fetch_optional(&mut **tx)
        .await,
    };
    let id: i64 = match result {
        Ok(Some(r)) => r.get(0),
        Ok(None) => return Err(AppError::NotFound),
        Err(e) if is_unique_violation(&e) => {
            let mut c = Checker::new();
            c.keep("sku", &sku).keep("name", &name);
            c.fail("sku", crate::msg!("error-sku-taken"));
            return Err(c.into_error());
        }
        Err(e) => return Err(crate::server::errors::internal(e)),
    };
    audit::commit(
        tx,
        db,
        &entry.object("product", id).detail(format!(
            "{{\"after\":{{\"sku\":{sku:?},\"name\":{name:?},\"active\":{active}}}}}"
        )),
    )
    .await?;
    Ok(id)
}
