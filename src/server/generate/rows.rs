//! The generator's tables, in dependency order: companies (with their
//! channel managers), tiers, users, deals (products, history, points,
//! rebates), MDF (funds, requests, ledger) and the audit log.

use rand::rngs::StdRng;
use rand::Rng;
use sqlx::Row;

use super::{n, next_id, q, Batch, Plan, Progress, Zipf};
use crate::features::deals::rules::{name_token, normalise_company, DAY_MS};
use crate::features::mdf::rules::{period_at, PeriodKind};
use crate::server::audit::{entry_hash, Entry, GENESIS};
use crate::server::db::Db;

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
                    q(&crate::features::companies::store::name_key(&name)),
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

    /// Deals with consistent dates and statuses, their products, history,
    /// points and rebates.
    pub(crate) async fn deals(&mut self, rng: &mut StdRng) -> anyhow::Result<usize> {
        let db = self.db;
        let zipf = Zipf::new(self.companies.len());
        let mut deal_id = next_id(db, "deals").await?;
        let mut event_id = next_id(db, "deal_events").await?;
        let mut point_id = next_id(db, "points").await?;
        let mut incentive_id = next_id(db, "incentive_entries").await?;
        let mut progress = Progress::new("deals", self.plan.deals);
        let now = self.now;
        let dialect = db.dialect;
        let mut deals = Batch::new(
            dialect,
            "deals",
            "id, company_id, owner_user_id, status, customer_name, customer_key, customer_token, customer_domain, \
             contact_name, contact_email, country, region, value_cents, currency, close_date, deal_type, stage, \
             probability, has_conflict, route, decided_by, decision_reason, lost_reason, submitted_at, decided_at, \
             sla_due_at, escalated_at, exclusive_until, won_at, final_value_cents, registration_ms, created_at, updated_at",
            PER_INSERT,
        );
        let mut products = Batch::new(dialect, "deal_products", "deal_id, product_id", PER_INSERT);
        let mut events = Batch::new(
            dialect,
            "deal_events",
            "id, deal_id, at, actor_user_id, kind, from_status, to_status, note",
            PER_INSERT,
        );
        let mut points = Batch::new(
            dialect,
            "points",
            "id, company_id, user_id, kind, deal_id, points, at",
            PER_INSERT,
        );
        let mut incentives = Batch::new(
            dialect,
            "incentive_entries",
            "id, company_id, deal_id, kind, status, currency, base_cents, rate_bp, amount_cents, tier_id, rule_id, \
             earned_at, paid_at",
            PER_INSERT,
        );
        let mut tx = begin(db).await?;
        for i in 0..self.plan.deals {
            let c = &self.companies[zipf.sample(rng)];
            let owner = c.first_user + rng.gen_range(0..c.users.max(1));
            let manager = self.managers[rng.gen_range(0..self.managers.len())];
            let (region_name, _, countries, home_currency) = REGIONS[c.region];
            let currency = if rng.gen_bool(0.85) {
                home_currency
            } else {
                "USD"
            };
            let mut status = *weighted(rng, STATUSES);
            // Older registrations are mostly decided; the open ones are recent.
            let age_days = match status {
                "submitted" | "draft" => rng.gen_range(0..20),
                "approved" => rng.gen_range(0..75),
                // Exclusivity (90 days from approval) has run out.
                "expired" => rng.gen_range(95..730),
                _ => rng.gen_range(0..730),
            };
            let submitted = now - age_days * DAY_MS - rng.gen_range(0..24) * HOUR;
            let value = (lognormal(rng, 25_000.0, 1.0).clamp(500.0, 5_000_000.0) * 100.0) as i64;
            let customer = format!("{} {}", customer_word(rng), pick(rng, NOUN));
            let customer_name = format!("{customer} {}", rng.gen_range(1..100_000));
            let key = normalise_company(&customer_name);
            let token = name_token(&key);
            let domain = format!("{}.example", key.replace(' ', "-"));
            let mut decided_at = match status {
                "submitted" | "draft" => None,
                "withdrawn" if rng.gen_bool(0.5) => None,
                _ => Some(
                    submitted + (lognormal(rng, 10.0, 0.8).clamp(0.2, 200.0) * HOUR as f64) as i64,
                ),
            };
            if decided_at.is_some_and(|d| d >= now) {
                // Not decided yet after all.
                status = "submitted";
                decided_at = None;
            }
            let auto = decided_at.is_some() && rng.gen_bool(0.35);
            let exclusive_until = match status {
                "approved" => Some(now + rng.gen_range(15..120) * DAY_MS),
                "won" | "lost" | "expired" => decided_at.map(|d| d + 90 * DAY_MS),
                "withdrawn" => decided_at.map(|d| d + 90 * DAY_MS),
                _ => None,
            };
            let mut won_at = None;
            if status == "won" {
                let at = decided_at.expect("decided") + rng.gen_range(5..80) * DAY_MS;
                if at < now {
                    won_at = Some(at);
                } else {
                    status = "approved";
                }
            }
            let final_value = won_at.map(|_| (value as f64 * rng.gen_range(0.85..1.15)) as i64);
            let (stage, probability) = pick(rng, STAGES);
            let sla_due = submitted + 48 * HOUR;
            let escalated = (status == "submitted" && sla_due < now).then_some(sla_due);
            let updated = won_at.or(decided_at).unwrap_or(submitted);
            let registration_ms = rng
                .gen_bool(0.9)
                .then(|| (lognormal(rng, 62_000.0, 0.45).clamp(8_000.0, 900_000.0)) as i64);
            let contact = format!("{} {}", pick(rng, FIRST), pick(rng, LAST));
            deals
                .add(
                    format_args!(
                        "{deal_id}, {}, {owner}, '{status}', {}, {}, {}, {}, {}, {}, {}, {}, {value}, '{currency}', {}, \
                         'new', '{stage}', {probability}, {}, '{}', {}, '', {}, {submitted}, {}, {sla_due}, {}, {}, {}, {}, {}, \
                         {submitted}, {updated}",
                        c.id,
                        q(&customer_name),
                        q(&key),
                        q(&token),
                        q(&domain),
                        q(&contact),
                        q(&format!("buyer{}@{domain}", i % 97)),
                        q(pick(rng, countries)),
                        q(region_name),
                        submitted + rng.gen_range(20..120) * DAY_MS,
                        i64::from(rng.gen_bool(0.03)),
                        if auto { "auto" } else { "manager" },
                        n(decided_at.filter(|_| !auto).map(|_| manager)),
                        if status == "lost" { "'Lost to a competitor'" } else { "''" },
                        n(decided_at),
                        n(escalated),
                        n(exclusive_until),
                        n(won_at),
                        n(final_value),
                        n(registration_ms),
                    ),
                );
            let first = self.products[rng.gen_range(0..self.products.len())];
            products.add(format_args!("{deal_id}, {first}"));
            if rng.gen_bool(0.3) {
                let second = self.products[rng.gen_range(0..self.products.len())];
                if second != first {
                    products.add(format_args!("{deal_id}, {second}"));
                }
            }
            events.add(format_args!(
                "{event_id}, {deal_id}, {submitted}, {owner}, 'submitted', NULL, 'submitted', ''"
            ));
            event_id += 1;
            if let Some(d) = decided_at {
                let to = if status == "rejected" {
                    "rejected"
                } else {
                    "approved"
                };
                events.add(format_args!(
                    "{event_id}, {deal_id}, {d}, {}, '{to}', 'submitted', '{to}', ''",
                    n((!auto).then_some(manager))
                ));
                event_id += 1;
                if !matches!(status, "approved" | "rejected") {
                    events
                        .add(
                            format_args!(
                                "{event_id}, {deal_id}, {updated}, {owner}, '{status}', 'approved', '{status}', ''"
                            ),
                        );
                    event_id += 1;
                }
            }
            points.add(format_args!(
                "{point_id}, {}, {owner}, 'deal_registered', {deal_id}, 10, {submitted}",
                c.id
            ));
            point_id += 1;
            if let (Some(at), Some(base)) = (won_at, final_value) {
                points.add(format_args!(
                    "{point_id}, {}, {owner}, 'deal_won', {deal_id}, 50, {at}",
                    c.id
                ));
                point_id += 1;
                let (tier, rule, bp) = c.tier;
                if bp > 0 && tier > 0 {
                    let amount = (base * bp + 5_000) / 10_000;
                    let paid = at < now - 60 * DAY_MS;
                    incentives
                        .add(
                            format_args!(
                                "{incentive_id}, {}, {deal_id}, 'rebate', '{}', '{currency}', {base}, {bp}, {}, {tier}, {rule}, {at}, {}",
                                c.id,
                                if paid { "paid" } else { "earned" },
                                amount.max(1),
                                n(paid.then_some(at + 45 * DAY_MS)),
                            ),
                        );
                    incentive_id += 1;
                }
            }
            deal_id += 1;
            // Children after their deals (foreign keys).
            if deals.full() {
                deals.flush(&mut tx).await?;
                products.flush(&mut tx).await?;
                events.flush(&mut tx).await?;
                points.flush(&mut tx).await?;
                incentives.flush(&mut tx).await?;
            }
            let all = &mut [
                &mut deals,
                &mut products,
                &mut events,
                &mut points,
                &mut incentives,
            ];
            tx = checkpoint(db, tx, all, i + 1).await?;
            progress.set(i + 1);
        }
        deals.flush(&mut tx).await?;
        products.flush(&mut tx).await?;
        events.flush(&mut tx).await?;
        points.flush(&mut tx).await?;
        incentives.flush(&mut tx).await?;
        tx.commit().await?;
        Ok(deals.sent)
    }

    /// Funds for the largest quarter of the companies over the last four
    /// quarters, requests in every status with the ledger entries their
    /// status implies (so every balance adds up).
    pub(crate) async fn mdf(&mut self, rng: &mut StdRng) -> anyhow::Result<usize> {
        let db = self.db;
        let funded = (self.companies.len() / 4).max(1);
        let quarters: Vec<_> = {
            let mut out = vec![period_at(self.now, PeriodKind::Quarter)];
            while out.len() < 4 {
                let prev = out.last().expect("one").starts_at - DAY_MS;
                out.push(period_at(prev, PeriodKind::Quarter));
            }
            out
        };
        let mut fund_id = next_id(db, "mdf_funds").await?;
        let mut request_id = next_id(db, "mdf_requests").await?;
        let mut ledger_id = next_id(db, "mdf_ledger").await?;
        let zipf = Zipf::new(funded);
        // (fund id, company index, quarter index) per funded company and quarter.
        let mut per_company: Vec<Vec<i64>> = vec![Vec::new(); funded];
        let mut progress = Progress::new("MDF requests", self.plan.mdf_requests);
        let mut tx = begin(db).await?;
        let mut funds = Batch::new(
            db.dialect,
            "mdf_funds",
            "id, company_id, period, currency, starts_at, ends_at, expired_at, created_at",
            PER_INSERT,
        );
        let mut ledger = Batch::new(
            db.dialect,
            "mdf_ledger",
            "id, fund_id, company_id, kind, amount_cents, request_id, note, created_at",
            PER_INSERT,
        );
        let mut requests = Batch::new(
            db.dialect,
            "mdf_requests",
            "id, company_id, fund_id, owner_user_id, status, activity_type, title, starts_on, ends_on, currency, \
             total_cost_cents, requested_cents, max_percent, approved_cents, decided_by, decided_at, claim_due_at, \
             actual_cost_cents, claimed_cents, claim_submitted_at, claim_approved_cents, claim_decided_by, \
             claim_decided_at, paid_on, submitted_at, sla_due_at, escalated_at, request_ms, created_at, updated_at",
            PER_INSERT,
        );
        // Requests first (in memory per fund), so each fund's allocation
        // covers what its requests committed.
        // (kind, amount, request, at) per fund.
        let mut drafted: Vec<Vec<(&'static str, i64, i64, i64)>> = Vec::new();
        for (k, c) in self.companies.iter().take(funded).enumerate() {
            let currency = REGIONS[c.region].3;
            for (qi, p) in quarters.iter().enumerate() {
                let expired = (qi >= 2).then_some(p.ends_at + DAY_MS);
                funds
                    .push(
                        &mut tx,
                        format!(
                            "{fund_id}, {}, '{}', '{currency}', {}, {}, {}, {}",
                            c.id,
                            p.key,
                            p.starts_at,
                            p.ends_at,
                            n(expired.filter(|e| *e < self.now)),
                            p.starts_at
                        ),
                    )
                    .await?;
                per_company[k].push(fund_id);
                drafted.push(Vec::new());
                fund_id += 1;
            }
        }
        funds.flush(&mut tx).await?;
        let first_fund = fund_id - drafted.len() as i64;
        let mut committed = vec![0i64; drafted.len()];
        for i in 0..self.plan.mdf_requests {
            let k = zipf.sample(rng);
            let c = &self.companies[k];
            let qi = rng.gen_range(0..quarters.len());
            let fund = per_company[k][qi];
            let p = &quarters[qi];
            let currency = REGIONS[c.region].3;
            // A request only gets as far as the time since its quarter
            // began allows (decision in hours, claim within ~7 weeks,
            // payment ~2 weeks later, expiry 60 days after approval).
            let needs = |s: &str| match s {
                "submitted" | "returned" => 0,
                "approved" | "declined" | "cancelled" => 3,
                "claimed" | "claim_approved" => 56,
                _ => 76,
            } * DAY_MS;
            let room = self.now - HOUR - p.starts_at;
            let mut status = *weighted(rng, MDF_STATUSES);
            while needs(status) > room {
                status = match status {
                    "reimbursed" | "expired" => "claim_approved",
                    "claim_approved" | "claimed" => "approved",
                    _ => "submitted",
                };
            }
            let owner = c.first_user + rng.gen_range(0..c.users.max(1));
            let cost = (lognormal(rng, 8_000.0, 0.7).clamp(500.0, 200_000.0) * 100.0) as i64;
            let requested = cost / 2;
            let latest = (self.now - HOUR - needs(status)).max(p.starts_at);
            let submitted = (p.starts_at + rng.gen_range(0..80) * DAY_MS).min(latest);
            let decided = (!matches!(status, "submitted" | "returned"))
                .then(|| submitted + rng.gen_range(2..60) * HOUR);
            let approved = matches!(
                status,
                "approved" | "claimed" | "claim_approved" | "reimbursed" | "expired"
            );
            let approved_cents = approved.then_some(requested);
            let claimed = matches!(status, "claimed" | "claim_approved" | "reimbursed");
            let claim_at =
                claimed.then(|| decided.expect("decided") + rng.gen_range(10..50) * DAY_MS);
            let claim_ok = matches!(status, "claim_approved" | "reimbursed");
            let claim_decided = claim_ok.then(|| claim_at.expect("claimed") + 3 * DAY_MS);
            let paid_on =
                (status == "reimbursed").then(|| claim_decided.expect("decided") + 10 * DAY_MS);
            let manager = self.managers[rng.gen_range(0..self.managers.len())];
            let sla = submitted + 48 * HOUR;
            let escalated = (status == "submitted" && sla < self.now).then_some(sla);
            let updated = paid_on
                .or(claim_decided)
                .or(claim_at)
                .or(decided)
                .unwrap_or(submitted);
            let title = format!("{} {}", pick(rng, ACTIVITIES), pick(rng, NOUN));
            requests
                .push(
                    &mut tx,
                    format!(
                        "{request_id}, {}, {fund}, {owner}, '{status}', '{}', {}, {}, {}, '{currency}', {cost}, {requested}, 50, \
                         {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {submitted}, {sla}, {}, {}, {submitted}, {updated}",
                        c.id,
                        pick(rng, ACTIVITIES),
                        q(&title),
                        submitted + 14 * DAY_MS,
                        submitted + 15 * DAY_MS,
                        n(approved_cents),
                        n(decided.map(|_| manager)),
                        n(decided),
                        n(approved.then(|| decided.expect("decided") + 60 * DAY_MS)),
                        n(claimed.then_some(cost)),
                        n(claimed.then_some(requested)),
                        n(claim_at),
                        n(claim_ok.then_some(requested)),
                        n(claim_ok.then_some(manager)),
                        n(claim_decided),
                        n(paid_on),
                        n(escalated),
                        rng.gen_range(60_000..170_000),
                    ),
                )
                .await?;
            let slot = (fund - first_fund) as usize;
            if status == "submitted" {
                // Waiting requests count against what can still be requested.
                committed[slot] += requested;
            }
            if approved {
                committed[slot] += requested;
                let at = decided.expect("decided");
                drafted[slot].push(("commitment", requested, request_id, at));
                if status == "expired" {
                    drafted[slot].push(("release", requested, request_id, at + 60 * DAY_MS));
                }
                if let Some(at) = claim_at {
                    drafted[slot].push(("claim", requested, request_id, at));
                }
                if let Some(at) = paid_on {
                    drafted[slot].push(("reimbursement", requested, request_id, at));
                }
            }
            request_id += 1;
            tx = checkpoint(db, tx, &mut [&mut requests], i + 1).await?;
            progress.set(i + 1);
        }
        requests.flush(&mut tx).await?;
        progress.set(self.plan.mdf_requests);
        // The allocation first, then the movements in time order.
        for (slot, entries) in drafted.iter_mut().enumerate() {
            let fund = first_fund + slot as i64;
            let company = self.companies[slot / quarters.len()].id;
            let p = &quarters[slot % quarters.len()];
            // What the requests drew, plus room for new ones (a fifth more
            // and $10,000-60,000), so every company can still request.
            let allocation = committed[slot] * 6 / 5 + rng.gen_range(10..60) * 100_000;
            ledger
                .push(
                    &mut tx,
                    format!(
                        "{ledger_id}, {fund}, {company}, 'allocation', {allocation}, NULL, 'Generated', {}",
                        p.starts_at
                    ),
                )
                .await?;
            ledger_id += 1;
            entries.sort_by_key(|e| e.3);
            for (kind, amount, request, at) in entries.iter() {
                ledger
                    .push(
                        &mut tx,
                        format!("{ledger_id}, {fund}, {company}, '{kind}', {amount}, {request}, '', {at}"),
                    )
                    .await?;
                ledger_id += 1;
            }
        }
        ledger.flush(&mut tx).await?;
        tx.commit().await?;
        Ok(requests.sent)
    }

    /// Audit entries for the registrations, chained onto the existing log.
    pub(crate) async fn audit(&mut self, rng: &mut StdRng) -> anyhow::Result<usize> {
        let db = self.db;
        let mut prev: String =
            sqlx::query("SELECT hash FROM audit_log WHERE chain = 0 ORDER BY id DESC LIMIT 1")
                .fetch_optional(&db.pool)
                .await?
                .map(|r| r.get(0))
                .unwrap_or_else(|| GENESIS.to_string());
        let mut id = next_id(db, "audit_log").await?;
        let total = self.plan.audit;
        let mut progress = Progress::new("audit entries", total);
        let mut tx = begin(db).await?;
        let mut rows = Batch::new(
            db.dialect,
            "audit_log",
            "id, at, actor_user_id, actor_company_id, action, object_type, object_id, outcome, detail, ip, prev_hash, hash",
            PER_INSERT,
        );
        let first_deal = next_id(db, "deals").await? - self.plan.deals as i64;
        for i in 0..total {
            let c = &self.companies[rng.gen_range(0..self.companies.len())];
            let user = c.first_user + rng.gen_range(0..c.users.max(1));
            let at = self.now - (total - i) as i64 * 10;
            let entry = Entry::new("deal_registered", "success")
                .actor(Some(user), Some(c.id))
                .object("deal", first_deal + (i % self.plan.deals.max(1)) as i64)
                .ip("10.0.0.1");
            let hash = entry_hash(&prev, at, &entry);
            rows.push(
                &mut tx,
                format!(
                    "{id}, {at}, {user}, {}, 'deal_registered', 'deal', {}, 'success', '', '10.0.0.1', '{prev}', '{hash}'",
                    c.id,
                    q(&entry.object_id)
                ),
            )
            .await?;
            prev = hash;
            id += 1;
            tx = checkpoint(db, tx, &mut [&mut rows], i + 1).await?;
            progress.set(i + 1);
        }
        rows.flush(&mut tx).await?;
        tx.commit().await?;
        progress.set(total);
        Ok(total)
    }
}
