//! Program terms: numbered versions the vendor admin publishes (markdown,
//! rendered to HTML and sanitised once, when published), accepted for a
//! partner company by one of its partner admins. Until the company has
//! accepted the current version, its people use only the first screen
//! (the gate below, asked by the guard on every partner call).

use sqlx::Row;

use super::types::{TermsAcceptance, TermsStatus, TermsVersion, TermsView};
use crate::msg;
use crate::server::audit::{self, Entry};
use crate::server::db::Db;
use crate::server::errors::OrInternal;
use crate::server::gates::{Gate, Verdict, GATES};
use crate::server::now_ms;
use crate::shared::page::Page;
use crate::shared::validate::Checker;
use crate::shared::{AppError, Role, Viewer};

use super::rules::{TERMS_BODY_MAX as BODY_MAX, TERMS_TITLE_MAX as TITLE_MAX};

pub const PER_PAGE: i64 = 50;

/// Markdown to HTML safe to show: pulldown-cmark renders it, ammonia keeps
/// only harmless tags and attributes (no script, style, event handlers or
/// `javascript:` links; links get `rel="noopener noreferrer"`).
pub fn render(markdown: &str) -> String {
    use pulldown_cmark::{html, Options, Parser};
    let parser = Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    );
    let mut out = String::new();
    html::push_html(&mut out, parser);
    ammonia::clean(&out)
}

/// The newest version: (id, version, title).
async fn current(db: &Db) -> Result<Option<(i64, i64, String)>, AppError> {
    Ok(sqlx::query(
        "SELECT id, version, title FROM program_terms WHERE id = (SELECT MAX(id) FROM program_terms)",
    )
    .fetch_optional(&db.pool)
    .await
    .or_internal()?
    .map(|r| (r.get(0), r.get(1), r.get(2))))
}

/// The current version's number if `company_id` has not accepted it.
async fn due_version(db: &Db, company_id: i64) -> Result<Option<i64>, AppError> {
    Ok(sqlx::query(
        "SELECT t.version FROM program_terms t WHERE t.id = (SELECT MAX(id) FROM program_terms) \
         AND NOT EXISTS (SELECT 1 FROM terms_acceptances a WHERE a.company_id = $1 AND a.terms_id = t.id)",
    )
    .bind(company_id)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?
    .map(|r| r.get(0)))
}

struct TermsGate;

impl Gate for TermsGate {
    fn check<'a>(&'a self, db: &'a Db, viewer: &'a Viewer, _endpoint: &'a str) -> Verdict<'a> {
        Box::pin(async move {
            let Some(company) = viewer.company_id else {
                return Ok(None);
            };
            Ok(due_version(db, company)
                .await?
                .map(|v| AppError::Blocked(msg!("terms-blocked", version = v))))
        })
    }
}

#[linkme::distributed_slice(GATES)]
static TERMS_GATE: &'static (dyn Gate + 'static) = &TermsGate;

/// For the first screen: the current version and whether the viewer's
/// company has accepted it (`None`: no terms published).
pub async fn status(db: &Db, viewer: &Viewer) -> Result<Option<TermsStatus>, AppError> {
    // One query: the newest version and whether the company accepted it
    // (staff have no company: nothing waits for them).
    let r = sqlx::query(
        "SELECT t.version, t.title, CASE WHEN EXISTS (SELECT 1 FROM terms_acceptances a \
         WHERE a.company_id = $1 AND a.terms_id = t.id) THEN 1 ELSE 0 END \
         FROM program_terms t WHERE t.id = (SELECT MAX(id) FROM program_terms)",
    )
    .bind(viewer.company_id)
    .fetch_optional(&db.pool)
    .await
    .or_internal()?;
    Ok(r.map(|r| TermsStatus {
        version: r.get(0),
        title: r.get(1),
        accepted: viewer.company_id.is_none() || r.get::<i64, _>(2) == 1,
        can_accept: viewer.role == Role::PartnerAdmin,
    }))
}

/// The current terms as the viewer reads them, with their company's
/// acceptance (partners).
pub async fn view(db: &Db, viewer: &Viewer) -> Result<Option<TermsView>, AppError> {
    let r = sqlx::query(
        "SELECT t.id, t.version, t.title, t.body_html, t.published_at FROM program_terms t \
         WHERE t.id = (SELECT MAX(id) FROM program_terms)",
    )
    .fetch_optional(&db.pool)
    .await
    .or_internal()?;
    let Some(r) = r else { return Ok(None) };
    let id: i64 = r.get(0);
    let accepted = match viewer.company_id {
        Some(c) => sqlx::query(
            "SELECT u.name, a.accepted_at FROM terms_acceptances a JOIN users u ON u.id = a.user_id \
             WHERE a.company_id = $1 AND a.terms_id = $2",
        )
        .bind(c)
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .or_internal()?
        .map(|a| (a.get::<String, _>(0), a.get::<i64, _>(1))),
        None => None,
    };
    Ok(Some(TermsView {
        version: r.get(1),
        title: r.get(2),
        body_html: r.get(3),
        published_at: r.get(4),
        accepted,
        can_accept: viewer.role == Role::PartnerAdmin,
    }))
}

/// A partner admin accepts `version` for their company. A version that is
/// not the current one any more is refused (a newer one was published
/// while the page was open); accepting twice changes nothing.
pub async fn accept(
    db: &Db,
    viewer: &Viewer,
    version: i64,
    ip: &str,
    entry: Entry,
) -> Result<(), AppError> {
    let company = viewer.company_id.ok_or(AppError::Forbidden)?;
    let Some((id, current_version, _)) = current(db).await? else {
        return Err(AppError::NotFound);
    };
    if version != current_version {
        return Err(AppError::conflict(msg!(
            "terms-error-newer",
            version = current_version
        )));
    }
    let mut tx = db.write().await.or_internal()?;
    let n = sqlx::query(
        "INSERT INTO terms_acceptances (company_id, terms_id, user_id, accepted_at, ip) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (company_id, terms_id) DO NOTHING",
    )
    .bind(company)
    .bind(id)
    .bind(viewer.user_id)
    .bind(now_ms())
    .bind(ip)
    .execute(&mut **tx)
    .await
    .or_internal()?
    .rows_affected();
    if n == 0 {
        return tx.commit().await.or_internal();
    }
    let detail = format!("{{\"version\":{version},\"company_id\":{company}}}");
    audit::commit(tx, db, &entry.object("terms", id).detail(detail)).await
}

/// Every version, newest first, with how many of the viewer's companies
/// accepted it, of how many active ones (vendor staff).
pub async fn versions(db: &Db, viewer: &Viewer) -> Result<(Vec<TermsVersion>, i64), AppError> {
    let scope = crate::server::scope::managed(viewer, "a.company_id");
    let rows = sqlx::query(&format!(
        "SELECT t.id, t.version, t.title, t.published_at, u.name, \
         (SELECT COUNT(*) FROM terms_acceptances a WHERE a.terms_id = t.id AND {scope}) \
         FROM program_terms t LEFT JOIN users u ON u.id = t.published_by ORDER BY t.version DESC"
    ))
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    let companies_scope = crate::server::scope::managed(viewer, "c.id");
    let companies: i64 = sqlx::query(&format!(
        "SELECT COUNT(*) FROM companies c WHERE c.status = 'active' AND {companies_scope}"
    ))
    .fetch_one(&db.pool)
    .await
    .or_internal()?
    .get(0);
    Ok((
        rows.iter()
            .map(|r| TermsVersion {
                id: r.get(0),
                version: r.get(1),
                title: r.get(2),
                published_at: r.get(3),
                published_by: r.get(4),
                accepted: r.get(5),
            })
            .collect(),
        companies,
    ))
}

/// One version's acceptances, newest first (a channel manager sees only
/// their companies').
pub async fn acceptances(
    db: &Db,
    viewer: &Viewer,
    terms_id: i64,
    page: i64,
) -> Result<Page<TermsAcceptance>, AppError> {
    let scope = crate::server::scope::managed(viewer, "a.company_id");
    let total: i64 = sqlx::query(&format!(
        "SELECT COUNT(*) FROM terms_acceptances a WHERE a.terms_id = $1 AND {scope}"
    ))
    .bind(terms_id)
    .fetch_one(&db.pool)
    .await
    .or_internal()?
    .get(0);
    let rows = sqlx::query(&format!(
        "SELECT c.id, c.name, u.name, a.accepted_at, a.ip FROM terms_acceptances a \
         JOIN companies c ON c.id = a.company_id JOIN users u ON u.id = a.user_id \
         WHERE a.terms_id = $1 AND {scope} ORDER BY a.accepted_at DESC, c.id LIMIT $2 OFFSET $3"
    ))
    .bind(terms_id)
    .bind(PER_PAGE)
    .bind((page - 1) * PER_PAGE)
    .fetch_all(&db.pool)
    .await
    .or_internal()?;
    Ok(Page {
        items: rows
            .iter()
            .map(|r| TermsAcceptance {
                company_id: r.get(0),
                company_name: r.get(1),
                user_name: r.get(2),
                accepted_at: r.get(3),
                ip: r.get(4),
            })
            .collect(),
        page,
        per_page: PER_PAGE,
        total,
    })
}

/// Publishes a new version (the next number): title and markdown checked,
/// the HTML rendered and sanitised once. Returns the version number.
pub async fn publish(
    db: &Db,
    viewer: &Viewer,
    title: &str,
    body: &str,
    entry: Entry,
) -> Result<i64, AppError> {
    let mut c = Checker::new();
    c.keep("title", title);
    if body.len() <= BODY_MAX * 4 {
        c.keep("body", body);
    }
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if title.chars().count() < 3 || title.chars().count() > TITLE_MAX {
        c.fail("title", msg!("terms-error-title", max = TITLE_MAX as i64));
    }
    let body = body.trim();
    if body.chars().count() < 20 {
        c.fail("body", msg!("terms-error-body-short"));
    } else if body.chars().count() > BODY_MAX {
        c.fail("body", msg!("terms-error-body-long", max = BODY_MAX as i64));
    } else if body.contains('\0') {
        c.fail("body", msg!("error-text-characters"));
    }
    if c.has_errors() {
        return Err(c.into_error());
    }
    let html = render(body);
    let mut tx = db.write().await.or_internal()?;
    let version: i64 = sqlx::query("SELECT COALESCE(MAX(version), 0) + 1 FROM program_terms")
        .fetch_one(&mut **tx)
        .await
        .or_internal()?
        .get(0);
    let id: i64 = sqlx::query(
        "INSERT INTO program_terms (version, title, body_md, body_html, published_at, published_by) \
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(version)
    .bind(&title)
    .bind(body)
    .bind(&html)
    .bind(now_ms())
    .bind(viewer.user_id)
    .fetch_one(&mut **tx)
    .await
    .or_internal()?
    .get(0);
    audit::commit(
        tx,
        db,
        &entry
            .object("terms", id)
            .detail(format!("{{\"version\":{version}}}")),
    )
    .await?;
    Ok(version)
}

#[cfg(test)]
mod tests {
    use super::render;

    /// Markdown becomes HTML; anything that could run or restyle the page
    /// is gone, and links cannot carry a script.
    #[test]
    fn rendering_is_safe() {
        let html = render("# Terms\n\n1. **Pay** on time\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1)) <img src=x onerror=alert(1)> <a href=\"https://example.com\" onclick=\"x()\">ok</a>");
        assert!(html.contains("<h1>Terms</h1>"), "{html}");
        assert!(html.contains("<strong>Pay</strong>"));
        for bad in ["<script", "javascript:", "onerror", "onclick"] {
            assert!(!html.contains(bad), "{bad} in {html}");
        }
        assert!(html.contains("href=\"https://example.com\""));
        assert!(html.contains("rel=\"noopener noreferrer\""));
    }
}
