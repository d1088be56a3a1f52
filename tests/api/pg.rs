//! PostgreSQL test databases cloned from one migrated template (issue 22,
//! item 8): each test's `CREATE DATABASE .. TEMPLATE` copies a database
//! that already holds every migration instead of running them all again.
//!
//! The template is named after a digest of the migration files, so a run
//! reuses the one an earlier run made until a migration changes. It is
//! built under a temporary name and renamed when complete, so an
//! interrupted build is never used. PostgreSQL refuses to copy a database
//! another session is copying or connected to, so clones are made one at
//! a time.

use sha2::{Digest, Sha256};
use sqlx::AnyPool;
use tokio::sync::{Mutex, OnceCell};

/// The migrated template's name (built on first use in this process).
async fn template(admin: &AnyPool, admin_url: &str) -> String {
    static NAME: OnceCell<String> = OnceCell::const_new();
    NAME.get_or_init(|| build(admin, admin_url)).await.clone()
}

/// A digest of every PostgreSQL migration: the template's identity.
fn migrations_digest() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations/postgres");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    let mut h = Sha256::new();
    for f in files {
        h.update(f.file_name().unwrap().to_string_lossy().as_bytes());
        h.update(std::fs::read(&f).unwrap());
    }
    hex::encode(h.finalize())[..16].to_string()
}

async fn exists(admin: &AnyPool, name: &str) -> bool {
    sqlx::query("SELECT 1 FROM pg_database WHERE datname = $1")
        .bind(name)
        .fetch_optional(admin)
        .await
        .unwrap()
        .is_some()
}

async fn build(admin: &AnyPool, admin_url: &str) -> String {
    let name = format!("portal_tmpl_{}", migrations_digest());
    if exists(admin, &name).await {
        return name;
    }
    let building = format!("{name}_b{}", std::process::id());
    sqlx::query(&format!("DROP DATABASE IF EXISTS {building}"))
        .execute(admin)
        .await
        .unwrap();
    sqlx::query(&format!("CREATE DATABASE {building}"))
        .execute(admin)
        .await
        .unwrap();
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b)
        .unwrap_or(admin_url);
    let db = partner_portal::server::db::Db::connect(&format!("{base}/{building}"), 2)
        .await
        .unwrap();
    db.migrate().await.expect("migrate the template");
    db.close().await;
    // Templates of older migration sets are of no further use.
    let old: Vec<String> = sqlx::query(
        "SELECT datname::text FROM pg_database WHERE datname LIKE 'portal\\_tmpl\\_%' AND datname <> $1 \
         AND datname NOT LIKE '%\\_b%'",
    )
    .bind(&name)
    .fetch_all(admin)
    .await
    .unwrap()
    .iter()
    .map(|r| sqlx::Row::get(r, 0))
    .collect();
    for db in old {
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {db} WITH (FORCE)"))
            .execute(admin)
            .await;
    }
    let renamed = sqlx::query(&format!("ALTER DATABASE {building} RENAME TO {name}"))
        .execute(admin)
        .await;
    if renamed.is_err() {
        // Another test process finished first: use its template.
        let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"))
            .execute(admin)
            .await;
    }
    name
}

/// Creates `db_name` as a copy of the migrated template.
pub async fn create_database(admin: &AnyPool, admin_url: &str, db_name: &str) {
    static ONE_AT_A_TIME: Mutex<()> = Mutex::const_new(());
    let template = template(admin, admin_url).await;
    let _alone = ONE_AT_A_TIME.lock().await;
    sqlx::query(&format!("CREATE DATABASE {db_name} TEMPLATE {template}"))
        .execute(admin)
        .await
        .expect("create test database from the template");
}
