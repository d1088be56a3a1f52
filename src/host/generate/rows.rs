//! The generator's tables, in dependency order: companies (with their
//! channel managers), tiers, users, deals (products, history, points,
//! rebates), MDF (funds, requests, ledger) and the audit log.

use rand::rngs::StdRng;
use rand::Rng;
use sqlx::Row;

use super::{n, next_id, q, Batch, Plan, Progress, Zipf};

mod deals;
mod leads;
mod mdf;
use crate::features::mdf::rules::{period_at, PeriodKind};
use crate::server::audit::{entry_hash, Entry, GENESIS};
use crate::server::db::Db;
use crate::shared::matcher::{name_token, normalise_company};
use crate::shared::time::DAY_MS;

const HOUR: i64 = 3_600_000;
/// Rows per INSERT statement and per transaction.
const PER_INSERT: usize = 500;
const PER_TX: usize = 50_000;

const ADJ: &[&str] = &[
    "Apex", "Blue", "Bright", "Cedar", "Clear", "Delta", "Ever", "First", "Granite", "Harbor",
    "Iron", "Keystone", "Lumen", "Maple", "North", "Nova", "Orbit", "Pioneer", "Quantum", "Red",
    "Silver", "Summit", "True", "Vertex", "West",
];
const NOUN: &[&str] = &[
    "Bridge", "Cloud", "Data", "Digital", "Edge", "Forge", "Grid", "Logic", "Net", "Path", "Point",
    "Signal", "Stack", "Stream", "Tech", "Wave", "Works", "Core",
];
const KIND: &[&str] = &[
    "Systems",
    "Solutions",
    "Partners",
    "Integrators",
    "Consulting",
    "IT",
    "Networks",
    "Group",
];
const CUSTOMER: &[&str] = &[
    "Acme",
    "Globex",
    "Initech",
    "Umbrella",
    "Hooli",
    "Vandelay",
    "Wonka",
    "Stark",
    "Wayne",
    "Tyrell",
    "Cyberdyne",
    "Soylent",
    "Oscorp",
    "Massive",
    "Aperture",
    "Gringotts",
    "Monarch",
    "Pied Piper",
    "Dunder",
    "Sterling",
    "Prestige",
    "Nakatomi",
    "Gekko",
    "Bluth",
];
const FIRST: &[&str] = &[
    "Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jon", "Kira", "Luis",
    "Maya", "Nils", "Olga", "Priya", "Quinn", "Rosa", "Sven", "Tara", "Uma", "Victor", "Wen",
    "Yara", "Zoe",
];
const LAST: &[&str] = &[
    "Adams", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Hansen", "Ito", "Jensen",
    "Kowalski", "Lopez", "Meyer", "Novak", "Okafor", "Petrov", "Rossi", "Schmidt", "Tanaka",
    "Weber",
];
/// (region, weight, countries, currency)
const REGIONS: &[(&str, u32, &[&str], &str)] = &[
    ("North America", 45, &["US", "CA"], "USD"),
    ("EMEA", 35, &["DE", "GB", "FR", "NL", "SE"], "EUR"),
    ("APAC", 15, &["AU", "SG", "JP", "IN"], "USD"),
    ("LATAM", 5, &["BR", "MX"], "USD"),
];
const TYPES: &[&str] = &["reseller", "msp", "si", "distributor", "referral"];
/// (status, weight in percent)
const STATUSES: &[(&str, u32)] = &[
    ("won", 20),
    ("lost", 12),
    ("approved", 20),
    ("expired", 12),
    ("submitted", 8),
    ("rejected", 7),
    ("withdrawn", 5),
    ("draft", 2),
];
const STAGES: &[(&str, i64)] = &[
    ("qualify", 10),
    ("discovery", 25),
    ("proposal", 50),
    ("negotiation", 75),
];
/// (status, weight) of MDF requests.
const MDF_STATUSES: &[(&str, u32)] = &[
    ("reimbursed", 35),
    ("claim_approved", 8),
    ("claimed", 8),
    ("approved", 17),
    ("submitted", 10),
    ("declined", 6),
    ("cancelled", 4),
    ("expired", 7),
    ("returned", 5),
];
const ACTIVITIES: &[&str] = &[
    "event",
    "webinar",
    "digital",
    "syndication",
    "training",
    "other",
];

/// Every `PER_TX` rows (`n` made so far): writes what `batches` hold and
/// commits, then opens the next transaction, so none grows without bound.
async fn checkpoint(
    db: &Db,
    mut tx: crate::server::db::WriteTx,
    batches: &mut [&mut Batch],
    n: usize,
) -> anyhow::Result<crate::server::db::WriteTx> {
    if !n.is_multiple_of(PER_TX) {
        return Ok(tx);
    }
    for b in batches.iter_mut() {
        b.flush(&mut tx).await?;
    }
    // Committed first: on SQLite the next one waits for the writer lock.
    tx.commit().await?;
    begin(db).await
}

/// A write transaction with a large page cache on SQLite: the deal
/// indexes stay in memory while a million rows go in (the setting belongs
/// to the connection, which goes back to the pool with it; 256 MB at most).
async fn begin(db: &Db) -> anyhow::Result<crate::server::db::WriteTx> {
    let mut tx = db.write().await?;
    if db.dialect == crate::server::dialect::Dialect::Sqlite {
        sqlx::query("PRAGMA cache_size = -262144")
            .execute(&mut **tx)
            .await?;
    }
    Ok(tx)
}

/// Syllables of made-up customer names: three of them give 13,824 first
/// words, so name tokens spread as real company names do.
const SYLLABLES: &[&str] = &[
    "ka", "lo", "mi", "ra", "ven", "tor", "zen", "qua", "bri", "sol", "nex", "dor", "pel", "vin",
    "gra", "tes", "lum", "cor", "fi", "ant", "ex", "ol", "ur", "is",
];

/// A customer's first word: one in ten is a famous name that many partners
/// chase (each of those tokens is shared by tens of thousands of deals at
/// 1 M), the rest made up from syllables.
fn customer_word(rng: &mut StdRng) -> String {
    if rng.gen_bool(0.1) {
        return pick(rng, CUSTOMER).to_string();
    }
    let mut w: String = (0..3).map(|_| pick(rng, SYLLABLES)).collect();
    if let Some(first) = w.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    w
}

fn pick<T: Copy>(rng: &mut StdRng, items: &[T]) -> T {
    items[rng.gen_range(0..items.len())]
}

fn weighted<'a, T>(rng: &mut StdRng, items: &'a [(T, u32)]) -> &'a T {
    let total: u32 = items.iter().map(|(_, w)| w).sum();
    let mut x = rng.gen_range(0..total);
    for (item, w) in items {
        if x < *w {
            return item;
        }
        x -= w;
    }
    &items[items.len() - 1].0
}

/// A positive amount around `median`, log-normally spread (most are near
/// it, a few are many times larger).
fn lognormal(rng: &mut StdRng, median: f64, spread: f64) -> f64 {
    // Box-Muller for one standard normal value.
    let u1: f64 = rng.gen_range(f64::EPSILON..1.0);
    let u2: f64 = rng.gen();
    let z = (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos();
    median * (spread * z).exp()
}

pub(crate) struct Company {
    id: i64,
    region: usize,
    first_user: i64,
    users: i64,
    tier: (i64, i64, i64),
}

pub(crate) struct Generator<'a> {
    db: &'a Db,
    plan: Plan,
    password_hash: String,
    now: i64,
    companies: Vec<Company>,
    managers: Vec<i64>,
    products: Vec<i64>,
    /// (tier id, rule id, rebate bp) per tier rank of the default program.
    tiers: Vec<(i64, i64, i64)>,
    program: Option<i64>,
}

impl<'a> Generator<'a> {
    pub(crate) async fn new(
        db: &'a Db,
        plan: &Plan,
        password_hash: String,
    ) -> anyhow::Result<Self> {
        let products = sqlx::query("SELECT id FROM products WHERE active = 1 ORDER BY id")
            .fetch_all(&db.pool)
            .await?
            .iter()
            .map(|r| r.get::<i64, _>(0))
            .collect::<Vec<_>>();
        anyhow::ensure!(
            !products.is_empty(),
            "no active products to register deals for"
        );
        let program: Option<i64> =
            sqlx::query("SELECT id FROM programs ORDER BY is_default DESC, id LIMIT 1")
                .fetch_optional(&db.pool)
                .await?
                .map(|r| r.get(0));
        let mut tiers = Vec::new();
        if let Some(p) = program {
            for r in sqlx::query(
                "SELECT t.id, (SELECT r.id FROM tier_rules r WHERE r.tier_id = t.id ORDER BY r.effective_from DESC LIMIT 1), \
                 (SELECT r.rebate_bp FROM tier_rules r WHERE r.tier_id = t.id ORDER BY r.effective_from DESC LIMIT 1) \
                 FROM tiers t WHERE t.program_id = $1 ORDER BY t.rank",
            )
            .bind(p)
            .fetch_all(&db.pool)
            .await?
            {
                if let (Some(rule), Some(bp)) = (r.get::<Option<i64>, _>(1), r.get::<Option<i64>, _>(2)) {
                    tiers.push((r.get(0), rule, bp));
                }
            }
        }
        Ok(Generator {
            db,
            plan: plan.clone(),
            password_hash,
            now: crate::server::now_ms(),
            companies: Vec::new(),
            managers: Vec::new(),
            products,
            tiers,
            program,
        })
    }

    /// Partner companies (largest first) and the channel managers they are
    /// assigned to, a few companies per manager.
    pub(crate) async fn companies(&mut self, rng: &mut StdRng) -> anyhow::Result<usize> {
        let db = self.db;
        let mut progress = Progress::new("companies", self.plan.companies);
        let first_company = next_id(db, "companies").await?;
        let first_user = next_id(db, "users").await?;
        let mut tx = begin(db).await?;
        let mut staff = Batch::new(
            db.dialect,
            "users",
            "id, email, name, role, company_id, password_hash, status, created_at, updated_at, last_login_at",
            PER_INSERT,
        );
        let managers = self.plan.staff.saturating_sub(1).max(1);
        for m in 0..managers {
            let id = first_user + m as i64;
            let name = format!("{} {}", pick(rng, FIRST), pick(rng, LAST));
            staff
                .push(
                    &mut tx,
                    format!(
                        "{id}, {}, {}, 'channel_manager', NULL, {}, 'active', {}, {}, {}",
                        q(&format!("manager{m}@vendor.generated.example")),
                        q(&name),
                        q(&self.password_hash),
                        self.now - 800 * DAY_MS,
                        self.now - 800 * DAY_MS,
                        self.now - rng.gen_range(0..20) * DAY_MS
                    ),
                )
                .await?;
            self.managers.push(id);
        }
        staff.flush(&mut tx).await?;
        let mut rows = Batch::new(
            db.dialect,
            "companies",
            "id, name, name_key, company_type, region, country, website, status, created_at, updated_at",
            PER_INSERT,
        );
        let mut assign = Batch::new(
            db.dialect,
            "manager_assignments",
            "manager_id, company_id, assigned_at",
            PER_INSERT,
        );
        for i in 0..self.plan.companies {
            let id = first_company + i as i64;
            let region = {
                let weights: Vec<(usize, u32)> =
                    REGIONS.iter().enumerate().map(|(k, r)| (k, r.1)).collect();
                *weighted(rng, &weights)
            };
            let (region_name, _, countries, _) = REGIONS[region];
            let name = format!(
                "{} {} {} {}",
                pick(rng, ADJ),
                pick(rng, NOUN),
                pick(rng, KIND),
                i + 1
            );
            let created = self.now - rng.gen_range(30..1500) * DAY_MS;
            rows.push(
                &mut tx,
                format!(
                    "{id}, {}, {}, {}, {}, {}, {}, 'active', {created}, {created}",
                    q(&name),
                    q(&crate::shared::matcher::company_name_key(&name)),
                    q(pick(rng, TYPES)),
                    q(region_name),
                    q(pick(rng, countries)),
                    q(&format!("https://c{}.generated.example", i + 1)),
                ),
            )
            .await?;
            let manager = self.managers[i % self.managers.len()];
            assign
                .push(&mut tx, format!("{manager}, {id}, {created}"))
                .await?;
            self.companies.push(Company {
                id,
                region,
                first_user: 0,
                users: 0,
                tier: (0, 0, 0),
            });
            progress.set(i + 1);
        }
        rows.flush(&mut tx).await?;
        assign.flush(&mut tx).await?;
        tx.commit().await?;
        Ok(self.companies.len())
    }

    /// Each company's tier (by size: 1 % Platinum, 5 % Gold, 20 % Silver,
    /// the rest at the entry tier), assigned when it joined.
    pub(crate) async fn tiers(&mut self, _rng: &mut StdRng) -> anyhow::Result<usize> {
        let Some(program) = self.program else {
            return Ok(0);
        };
        if self.tiers.is_empty() {
            return Ok(0);
        }
        let db = self.db;
        let first_event = next_id(db, "tier_events").await?;
        let mut tx = begin(db).await?;
        let mut rows = Batch::new(
            db.dialect,
            "company_tiers",
            "company_id, program_id, tier_id, since, qualifies_rank, evaluated_at",
            PER_INSERT,
        );
        let mut events = Batch::new(
            db.dialect,
            "tier_events",
            "id, company_id, kind, to_tier_id, note, at",
            PER_INSERT,
        );
        let total = self.companies.len();
        for (i, c) in self.companies.iter().enumerate() {
            let rank = match i * 100 / total.max(1) {
                0 => 3,
                1..=5 => 2,
                6..=25 => 1,
                _ => 0,
            }
            .min(self.tiers.len() - 1);
            let (tier, _, _) = self.tiers[rank];
            let since = self.now - 400 * DAY_MS;
            rows.push(
                &mut tx,
                format!("{}, {program}, {tier}, {since}, {rank}, {}", c.id, self.now),
            )
            .await?;
            events
                .push(
                    &mut tx,
                    format!(
                        "{}, {}, 'assigned', {tier}, 'Generated', {since}",
                        first_event + i as i64,
                        c.id
                    ),
                )
                .await?;
        }
        rows.flush(&mut tx).await?;
        events.flush(&mut tx).await?;
        tx.commit().await?;
        for (i, c) in self.companies.iter_mut().enumerate() {
            let rank = match i * 100 / total.max(1) {
                0 => 3,
                1..=5 => 2,
                6..=25 => 1,
                _ => 0,
            }
            .min(self.tiers.len() - 1);
            c.tier = self.tiers[rank];
        }
        Ok(total)
    }

    /// Partner users spread by the same law (a few companies with
    /// thousands of people, most with a handful); the first of each
    /// company is its partner admin. Everyone has the demo password.
    pub(crate) async fn users(&mut self, rng: &mut StdRng) -> anyhow::Result<usize> {
        let db = self.db;
        let zipf = Zipf::new(self.companies.len());
        let mut next = next_id(db, "users").await?;
        let mut progress = Progress::new("users", self.plan.users);
        let mut tx = begin(db).await?;
        let mut rows = Batch::new(
            db.dialect,
            "users",
            "id, email, name, role, company_id, password_hash, status, created_at, updated_at, last_login_at",
            PER_INSERT,
        );
        let mut made = 0;
        for (k, c) in self.companies.iter_mut().enumerate() {
            let count = zipf.share(k, self.plan.users, 1);
            c.first_user = next;
            c.users = count as i64;
            for u in 0..count {
                let role = if u == 0 {
                    "partner_admin"
                } else {
                    "partner_user"
                };
                let name = format!("{} {}", pick(rng, FIRST), pick(rng, LAST));
                let created = self.now - rng.gen_range(10..900) * DAY_MS;
                let seen = if rng.gen_bool(0.6) {
                    (self.now - rng.gen_range(0..90 * 24) * HOUR).to_string()
                } else {
                    "NULL".into()
                };
                rows.push(
                    &mut tx,
                    format!(
                        "{next}, {}, {}, '{role}', {}, {}, 'active', {created}, {created}, {seen}",
                        q(&format!("u{u}@c{}.generated.example", k + 1)),
                        q(&name),
                        c.id,
                        q(&self.password_hash),
                    ),
                )
                .await?;
                next += 1;
                made += 1;
                tx = checkpoint(db, tx, &mut [&mut rows], made).await?;
            }
            progress.set(made.min(self.plan.users));
        }
        rows.flush(&mut tx).await?;
        tx.commit().await?;
        progress.set(self.plan.users);
        Ok(made)
    }
}
