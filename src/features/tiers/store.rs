//! SQL of programs and tiers. A company's figures are computed from its
//! deals over the trailing 12 months (never stored as truth); evaluation
//! compares them with the rules in force and proposes changes that a
//! channel manager approves. Every change writes a `tier_events` row, a
//! notification and, for people's decisions, a hash-chained audit entry.

use sqlx::{AnyConnection, Row};

use super::rules::{
    self, criteria_lines, criterion_key, in_force, progress, Benefits, ContentLevel, Metrics,
    Outcome, Progress, Requirements, RuleVersion, WINDOW_MS,
};
use super::types::*;
use crate::features::accounts::Page;
use crate::features::deals::rules::{format_money, parse_date, parse_money, CURRENCIES, DAY_MS};
use crate::features::deals::store::{notify, notify_approvers};
use crate::features::mdf::store::scope_sql;
use crate::server::audit::{self, Entry};
use crate::server::db::Db;
use crate::server::dialect::sum_to_i64;
use crate::server::errors::OrInternal;
use crate::server::now_ms;
use crate::shared::validate::Checker;
use crate::shared::{AppError, Role, Viewer};

pub const PER_PAGE: i64 = 25;

/// A proposal the manager rejected is not proposed again for this long.
const REJECTED_QUIET_MS: i64 = 30 * DAY_MS;

// ---------------------------------------------------------------------------
// Loading

#[derive(Clone, Debug)]
pub struct Program {
    pub id: i64,
    pub name: String,
    pub currency: String,
    pub grace_days: i64,
    pub points_enabled: bool,
    pub points_registered: i64,
    pub points_won: i64,
    pub leaderboard_public: bool,
}

const PROGRAM_COLS: &str = "id, name, currency, grace_days, points_enabled, points_registered, \
     points_won, leaderboard_public";

fn program_from(r: &sqlx::any::AnyRow) -> Program {
    Program {
        id: r.get(0),
        name: r.get(1),
        currency: r.get(2),
        grace_days: r.get(3),
        points_enabled: r.get::<i64, _>(4) == 1,
        points_registered: r.get(5),
        points_won: r.get(6),
        leaderboard_public: r.get::<i64, _>(7) == 1,
    }
}

pub async fn program(conn: &mut AnyConnection, id: i64) -> Result<Option<Program>, sqlx::Error> {
    Ok(sqlx::query(&format!(
        "SELECT {PROGRAM_COLS} FROM programs WHERE id = $1"
    ))
    .bind(id)
    .fetch_optional(conn)
    .await?
    .map(|r| program_from(&r)))
}

async fn rates(
    conn: &mut AnyConnection,
    program_id: i64,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT currency, rate_micros FROM program_rates WHERE program_id = $1 ORDER BY currency",
    )
    .bind(program_id)
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect())
}

const RULE_COLS: &str =
    "r.id, r.tier_id, t.rank, r.effective_from, r.min_revenue_cents, r.min_approved, \
     r.min_won, r.min_certified, r.custom_criteria, r.discount_bp, r.deal_margin_bp, r.rebate_bp, \
     r.commission_bp, r.mdf_eligible, r.content_level";

fn rule_from(r: &sqlx::any::AnyRow) -> RuleVersion {
    RuleVersion {
        id: r.get(0),
        tier_id: r.get(1),
        rank: r.get(2),
        effective_from: r.get(3),
        requires: Requirements {
            min_revenue_cents: r.get(4),
            min_approved: r.get(5),
            min_won: r.get(6),
            min_certified: r.get(7),
            custom: criteria_lines(&r.get::<String, _>(8)),
        },
        gives: Benefits {
            discount_bp: r.get(9),
            deal_margin_bp: r.get(10),
            rebate_bp: r.get(11),
            commission_bp: r.get(12),
            mdf_eligible: r.get::<i64, _>(13) == 1,
            content: ContentLevel::parse(&r.get::<String, _>(14)).unwrap_or(ContentLevel::Basic),
        },
    }
}

/// Every rule version of a program's tiers.
pub async fn versions(
    conn: &mut AnyConnection,
    program_id: i64,
) -> Result<Vec<RuleVersion>, sqlx::Error> {
    Ok(sqlx::query(&format!(
        "SELECT {RULE_COLS} FROM tier_rules r JOIN tiers t ON t.id = r.tier_id \
         WHERE t.program_id = $1 ORDER BY t.rank, r.effective_from"
    ))
    .bind(program_id)
    .fetch_all(conn)
    .await?
    .iter()
    .map(rule_from)
    .collect())
}

async fn tiers_of(conn: &mut AnyConnection, program_id: i64) -> Result<Vec<TierRef>, sqlx::Error> {
    Ok(
        sqlx::query("SELECT id, name, rank FROM tiers WHERE program_id = $1 ORDER BY rank")
            .bind(program_id)
            .fetch_all(conn)
            .await?
            .iter()
            .map(|r| TierRef {
                id: r.get(0),
                name: r.get(1),
                rank: r.get(2),
            })
            .collect(),
    )
}

#[derive(Clone, Debug)]
pub struct Membership {
    pub company_id: i64,
    pub program_id: i64,
    pub tier: TierRef,
    pub since: i64,
    pub grace_until: Option<i64>,
    pub evaluated_at: Option<i64>,
}

async fn membership(
    conn: &mut AnyConnection,
    company_id: i64,
) -> Result<Option<Membership>, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT ct.company_id, ct.program_id, t.id, t.name, t.rank, ct.since, ct.grace_until, ct.evaluated_at \
         FROM company_tiers ct JOIN tiers t ON t.id = ct.tier_id WHERE ct.company_id = $1",
    )
    .bind(company_id)
    .fetch_optional(conn)
    .await?
    .map(|r| Membership {
        company_id: r.get(0),
        program_id: r.get(1),
        tier: TierRef {
            id: r.get(2),
            name: r.get(3),
            rank: r.get(4),
        },
        since: r.get(5),
        grace_until: r.get(6),
        evaluated_at: r.get(7),
    }))
}

#[allow(clippy::too_many_arguments)]
async fn event(
    conn: &mut AnyConnection,
    company_id: i64,
    kind: &str,
    from: Option<i64>,
    to: Option<i64>,
    note: &str,
    actor: Option<i64>,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO tier_events (company_id, kind, from_tier_id, to_tier_id, note, actor_user_id, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(company_id)
    .bind(kind)
    .bind(from)
    .bind(to)
    .bind(note)
    .bind(actor)
    .bind(at)
    .execute(conn)
    .await?;
    Ok(())
}

/// The company's membership; a company not yet in a program joins the
/// default program at its entry tier.
pub async fn ensure_membership(
    conn: &mut AnyConnection,
    company_id: i64,
    now: i64,
) -> Result<Option<Membership>, sqlx::Error> {
    if let Some(m) = membership(&mut *conn, company_id).await? {
        return Ok(Some(m));
    }
    let entry = sqlx::query(
        "SELECT p.id, t.id, p.name, t.name FROM programs p JOIN tiers t ON t.program_id = p.id \
         WHERE p.is_default = 1 ORDER BY p.id, t.rank LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some(entry) = entry else {
        return Ok(None);
    };
    let (program_id, tier_id): (i64, i64) = (entry.get(0), entry.get(1));
    let n = sqlx::query(
        "INSERT INTO company_tiers (company_id, program_id, tier_id, since) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (company_id) DO NOTHING",
    )
    .bind(company_id)
    .bind(program_id)
    .bind(tier_id)
    .bind(now)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if n == 1 {
        let note = format!(
            "Joined the {} at {}.",
            entry.get::<String, _>(2),
            entry.get::<String, _>(3)
        );
        event(
            conn,
            company_id,
            "assigned",
            None,
            Some(tier_id),
            &note,
            None,
            now,
        )
        .await?;
    }
    membership(conn, company_id).await
}

/// A company's figures at `at`: won revenue (in the program currency) and
/// counts over the trailing 12 months, and the criteria ticked for it.
pub async fn metrics(
    conn: &mut AnyConnection,
    company_id: i64,
    program: &Program,
    at: i64,
) -> Result<Metrics, sqlx::Error> {
    let from = at - WINDOW_MS;
    let rates = rates(&mut *conn, program.id).await?;
    // The window (from, at] ends at an instant, not a midnight: its whole
    // UTC days come from the company-first daily rollups, the partial day
    // at each end from the company's deals of that day (a few hundred rows
    // at most for the largest company, where the whole window read 75,000
    // decided and 22,000 won deals).
    let w = Window::new(from, at);
    let won = sqlx::query(
        "SELECT currency, CAST(SUM(v) AS BIGINT), CAST(SUM(n) AS BIGINT) FROM ( \
           SELECT currency, COALESCE(final_value_cents, value_cents) AS v, 1 AS n FROM deals \
            WHERE company_id = $1 AND status = 'won' AND won_at > $2 AND won_at < $3 \
           UNION ALL \
           SELECT currency, COALESCE(final_value_cents, value_cents), 1 FROM deals \
            WHERE company_id = $1 AND status = 'won' AND won_at >= $4 AND won_at <= $5 \
           UNION ALL \
           SELECT currency, value_cents, deals FROM deal_wins_by_company \
            WHERE company_id = $1 AND day > $6 AND day < $7 \
         ) w GROUP BY currency",
    );
    let won = w.bind(won.bind(company_id)).fetch_all(&mut *conn).await?;
    let mut m = Metrics::default();
    for r in &won {
        let currency: String = r.get(0);
        let sum = sum_to_i64(r, 1);
        m.won += sum_to_i64(r, 2);
        if currency == program.currency {
            m.revenue_cents += sum;
        } else if let Some((_, rate)) = rates.iter().find(|(c, _)| *c == currency) {
            m.revenue_cents += rules::convert(sum, *rate);
        } else {
            m.unconverted.push(currency);
        }
    }
    const DECIDED: &str = "status IN ('approved','won','lost','expired')";
    let approved_sql = format!(
        "SELECT CAST(( \
           (SELECT COUNT(*) FROM deals WHERE company_id = $1 AND decided_at > $2 AND decided_at < $3 AND {DECIDED}) \
         + (SELECT COUNT(*) FROM deals WHERE company_id = $1 AND decided_at >= $4 AND decided_at <= $5 AND {DECIDED}) \
         + (SELECT COALESCE(SUM(deals), 0) FROM deal_decisions_by_company \
             WHERE company_id = $1 AND day > $6 AND day < $7)) AS BIGINT)"
    );
    m.approved = sum_to_i64(
        &w.bind(sqlx::query(&approved_sql).bind(company_id))
            .fetch_one(&mut *conn)
            .await?,
        0,
    );
    m.checked = sqlx::query("SELECT tier_id, criterion_key FROM tier_checks WHERE company_id = $1")
        .bind(company_id)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    Ok(m)
}

/// A trailing window `(from, at]` cut at UTC midnights: the partial first
/// day `(from, head_end)`, the partial last day `[tail_start, at]` and the
/// whole days strictly between `first_day` and `last_day`. Bound after
/// the company id as `$2..$7`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Window {
    from: i64,
    head_end: i64,
    tail_start: i64,
    at: i64,
    first_day: i64,
    last_day: i64,
}

impl Window {
    fn new(from: i64, at: i64) -> Window {
        let day = |t: i64| t.div_euclid(DAY_MS) * DAY_MS;
        let (first_day, last_day) = (day(from), day(at));
        // Within one day the head is the whole window: no tail, no whole
        // days.
        let one_day = first_day == last_day;
        Window {
            from,
            head_end: if one_day { at + 1 } else { first_day + DAY_MS },
            tail_start: if one_day { at + 1 } else { last_day },
            at,
            first_day,
            last_day,
        }
    }

    fn bind<'q>(
        &self,
        q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        q.bind(self.from)
            .bind(self.head_end)
            .bind(self.tail_start)
            .bind(self.at)
            .bind(self.first_day)
            .bind(self.last_day)
    }
}

// ---------------------------------------------------------------------------
// Evaluation

fn progress_text(p: &[Progress], currency: &str) -> String {
    p.iter()
        .map(|x| progress_line(x, currency))
        .collect::<Vec<_>>()
        .join("; ")
}

/// "$412,000.00 of $500,000.00 won revenue in the last 12 months".
pub fn progress_line(p: &Progress, currency: &str) -> String {
    use rules::ReqKind::*;
    match (p.kind, p.current) {
        (_, None) => format!("{}: not tracked yet", p.label),
        (Revenue, Some(c)) => format!(
            "{} of {} {}",
            format_money(c, currency),
            format_money(p.target, currency),
            p.label.to_lowercase()
        ),
        (Custom, Some(c)) => format!("{}: {}", p.label, if c > 0 { "done" } else { "not yet" }),
        (_, Some(c)) => format!("{c} of {} {}", p.target, p.label.to_lowercase()),
    }
}

async fn open_change(
    conn: &mut AnyConnection,
    company_id: i64,
) -> Result<Option<(i64, i64)>, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT id, to_tier_id FROM tier_changes WHERE company_id = $1 AND status = 'proposed' ORDER BY id DESC LIMIT 1",
    )
    .bind(company_id)
    .fetch_optional(conn)
    .await?
    .map(|r| (r.get(0), r.get(1))))
}

async fn withdraw_open(
    conn: &mut AnyConnection,
    company_id: i64,
    note: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    if let Some((id, to)) = open_change(&mut *conn, company_id).await? {
        sqlx::query(
            "UPDATE tier_changes SET status = 'withdrawn', decided_at = $1, decision_note = $2 WHERE id = $3",
        )
        .bind(now)
        .bind(note)
        .bind(id)
        .execute(&mut *conn)
        .await?;
        event(
            conn,
            company_id,
            "withdrawn",
            None,
            Some(to),
            note,
            None,
            now,
        )
        .await?;
    }
    Ok(())
}

async fn partner_admins(
    conn: &mut AnyConnection,
    company_id: i64,
) -> Result<Vec<(i64, String)>, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT id, email FROM users WHERE company_id = $1 AND role = 'partner_admin' AND status = 'active' \
         ORDER BY id LIMIT 20",
    )
    .bind(company_id)
    .fetch_all(conn)
    .await?
    .iter()
    .map(|r| (r.get(0), r.get(1)))
    .collect())
}

async fn notify_partner(
    conn: &mut AnyConnection,
    public_url: &str,
    company_id: i64,
    kind: &str,
    title: &str,
    body: &str,
) -> Result<(), sqlx::Error> {
    for (uid, email) in partner_admins(&mut *conn, company_id).await? {
        notify(
            &mut *conn, public_url, uid, &email, kind, title, body, "/tier",
        )
        .await?;
    }
    Ok(())
}

/// Evaluates one company now, in the caller's transaction, and does what
/// the outcome says (propose, start or clear grace, withdraw a proposal
/// that no longer holds). Returns the outcome, or `None` when the company
/// is in no program or its program has no rules in force.
pub async fn evaluate_company(
    conn: &mut AnyConnection,
    company_id: i64,
    now: i64,
    public_url: &str,
) -> Result<Option<Outcome>, sqlx::Error> {
    let Some(m) = ensure_membership(&mut *conn, company_id, now).await? else {
        return Ok(None);
    };
    // Takes the row's lock (PostgreSQL) so two servers evaluating the same
    // company queue up instead of both proposing.
    sqlx::query("UPDATE company_tiers SET evaluated_at = $1 WHERE company_id = $2")
        .bind(now)
        .bind(company_id)
        .execute(&mut *conn)
        .await?;
    let Some(program) = program(&mut *conn, m.program_id).await? else {
        return Ok(None);
    };
    let all = versions(&mut *conn, program.id).await?;
    let force = in_force(&all, now);
    let figures = metrics(&mut *conn, company_id, &program, now).await?;
    let Some(q) = rules::qualifying_rank(&force, &figures) else {
        return Ok(None);
    };
    sqlx::query("UPDATE company_tiers SET qualifies_rank = $1 WHERE company_id = $2")
        .bind(q)
        .bind(company_id)
        .execute(&mut *conn)
        .await?;
    let outcome = rules::evaluate(m.tier.rank, m.grace_until, q, now, program.grace_days);
    let tiers = tiers_of(&mut *conn, program.id).await?;
    let tier_at = |rank: i64| tiers.iter().find(|t| t.rank == rank).cloned();
    match outcome {
        Outcome::Stay => {
            // A proposal made earlier no longer matches the figures.
            if m.grace_until.is_none_or(|g| g > now) {
                withdraw_open(
                    &mut *conn,
                    company_id,
                    "The figures no longer support this change.",
                    now,
                )
                .await?;
            }
        }
        Outcome::ClearGrace => {
            sqlx::query("UPDATE company_tiers SET grace_until = NULL WHERE company_id = $1")
                .bind(company_id)
                .execute(&mut *conn)
                .await?;
            withdraw_open(
                &mut *conn,
                company_id,
                "Back at the tier's requirements.",
                now,
            )
            .await?;
            let note = format!("Meets the {} requirements again.", m.tier.name);
            event(
                &mut *conn,
                company_id,
                "grace_cleared",
                None,
                Some(m.tier.id),
                &note,
                None,
                now,
            )
            .await?;
        }
        Outcome::StartGrace { until } => {
            sqlx::query("UPDATE company_tiers SET grace_until = $1 WHERE company_id = $2")
                .bind(until)
                .bind(company_id)
                .execute(&mut *conn)
                .await?;
            withdraw_open(&mut *conn, company_id, "Below the current tier now.", now).await?;
            let keep = force
                .iter()
                .find(|r| r.tier_id == m.tier.id)
                .map(|r| progress(r, &figures))
                .unwrap_or_default();
            let missing: Vec<Progress> = keep.into_iter().filter(|p| !p.met).collect();
            let note = format!(
                "Below the {} requirements: {}. The tier is kept until {}.",
                m.tier.name,
                progress_text(&missing, &program.currency),
                crate::ui::format_date(until)
            );
            event(
                &mut *conn,
                company_id,
                "grace_started",
                None,
                Some(m.tier.id),
                &note,
                None,
                now,
            )
            .await?;
            notify_partner(
                &mut *conn,
                public_url,
                company_id,
                "tier_grace",
                &format!("Keep your {} tier", m.tier.name),
                &note,
            )
            .await?;
        }
        Outcome::Upgrade(rank) | Outcome::Downgrade(rank) => {
            let Some(target) = tier_at(rank) else {
                return Ok(Some(outcome));
            };
            let open = open_change(&mut *conn, company_id).await?;
            if open.is_some_and(|(_, to)| to == target.id) {
                return Ok(Some(outcome));
            }
            withdraw_open(
                &mut *conn,
                company_id,
                "Replaced by a newer evaluation.",
                now,
            )
            .await?;
            let recently_rejected: Option<i64> = sqlx::query(
                "SELECT id FROM tier_changes WHERE company_id = $1 AND to_tier_id = $2 AND status = 'rejected' \
                 AND decided_at > $3 LIMIT 1",
            )
            .bind(company_id)
            .bind(target.id)
            .bind(now - REJECTED_QUIET_MS)
            .fetch_optional(&mut *conn)
            .await?
            .map(|r| r.get(0));
            if recently_rejected.is_some() {
                return Ok(Some(outcome));
            }
            let up = rank > m.tier.rank;
            let basis = if up {
                force.iter().find(|r| r.tier_id == target.id)
            } else {
                force.iter().find(|r| r.tier_id == m.tier.id)
            };
            let lines = basis.map(|r| progress(r, &figures)).unwrap_or_default();
            let reason = if up {
                format!(
                    "Meets {}: {}.",
                    target.name,
                    progress_text(&lines, &program.currency)
                )
            } else {
                let missing: Vec<Progress> = lines.into_iter().filter(|p| !p.met).collect();
                format!(
                    "Grace period over; still below {}: {}.",
                    m.tier.name,
                    progress_text(&missing, &program.currency)
                )
            };
            sqlx::query(
                "INSERT INTO tier_changes (company_id, program_id, from_tier_id, to_tier_id, direction, status, reason, proposed_at) \
                 VALUES ($1, $2, $3, $4, $5, 'proposed', $6, $7)",
            )
            .bind(company_id)
            .bind(program.id)
            .bind(m.tier.id)
            .bind(target.id)
            .bind(if up { "up" } else { "down" })
            .bind(&reason)
            .bind(now)
            .execute(&mut *conn)
            .await?;
            event(
                &mut *conn,
                company_id,
                "proposed",
                Some(m.tier.id),
                Some(target.id),
                &reason,
                None,
                now,
            )
            .await?;
            let name: String = sqlx::query("SELECT name FROM companies WHERE id = $1")
                .bind(company_id)
                .fetch_one(&mut *conn)
                .await?
                .get(0);
            notify_approvers(
                &mut *conn,
                public_url,
                company_id,
                false,
                "tier_proposed",
                &format!(
                    "{} {} {} -> {}",
                    name,
                    if up { "qualifies for" } else { "falls to" },
                    m.tier.name,
                    target.name
                ),
                &reason,
                &format!("/tiers/companies/{company_id}"),
            )
            .await?;
        }
    }
    Ok(Some(outcome))
}

/// The daily evaluation: every active company not evaluated in the last
/// day, a batch at a time, each in its own transaction. The guarded update
/// claims a company, so servers running this together split the work.
pub async fn evaluate_due(db: &Db, public_url: &str) -> Result<usize, AppError> {
    let now = now_ms();
    let ids: Vec<i64> = sqlx::query(
        "SELECT c.id FROM companies c LEFT JOIN company_tiers ct ON ct.company_id = c.id \
         WHERE c.status = 'active' AND (ct.company_id IS NULL OR ct.evaluated_at IS NULL OR ct.evaluated_at < $1) \
         ORDER BY c.id LIMIT 500",
    )
    .bind(now - DAY_MS)
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| r.get(0))
    .collect();
    let mut done = 0;
    for id in ids {
        let mut tx = db.write().await.or_internal()?;
        let claimed = sqlx::query(
            "UPDATE company_tiers SET evaluated_at = $1 WHERE company_id = $2 \
             AND (evaluated_at IS NULL OR evaluated_at < $3)",
        )
        .bind(now)
        .bind(id)
        .bind(now - DAY_MS)
        .execute(&mut **tx)
        .await
        .or_internal()?
        .rows_affected();
        let member = membership(&mut tx, id).await.or_internal()?.is_some();
        if member && claimed == 0 {
            continue; // another server took it
        }
        if evaluate_company(&mut tx, id, now, public_url)
            .await
            .or_internal()?
            .is_some()
        {
            done += 1;
        }
        tx.commit().await.or_internal()?;
    }
    Ok(done)
}

// ---------------------------------------------------------------------------
// Deal events: incentives, points, evaluation

/// A deal was won (called inside the deal's transition): the rebate and
/// commission from the company's tier rules in force at `won_at`, points
/// when the program has them, and a fresh evaluation of the company.
pub async fn on_deal_won(
    conn: &mut AnyConnection,
    deal_id: i64,
    won_at: i64,
    public_url: &str,
) -> Result<(), sqlx::Error> {
    let d = sqlx::query(
        "SELECT company_id, owner_user_id, COALESCE(final_value_cents, value_cents), currency, won_at FROM deals WHERE id = $1",
    )
    .bind(deal_id)
    .fetch_one(&mut *conn)
    .await?;
    let (company_id, owner, base, currency): (i64, i64, i64, String) =
        (d.get(0), d.get(1), d.get(2), d.get(3));
    let won_at: i64 = d.get::<Option<i64>, _>(4).unwrap_or(won_at);
    let Some(m) = ensure_membership(&mut *conn, company_id, won_at).await? else {
        return Ok(());
    };
    let Some(program) = program(&mut *conn, m.program_id).await? else {
        return Ok(());
    };
    let all = versions(&mut *conn, program.id).await?;
    if let Some(rule) = in_force(&all, won_at)
        .into_iter()
        .find(|r| r.tier_id == m.tier.id)
    {
        for (kind, bp, amount) in rules::incentives(base, &rule.gives) {
            sqlx::query(
                "INSERT INTO incentive_entries (company_id, deal_id, kind, status, currency, base_cents, rate_bp, \
                 amount_cents, tier_id, rule_id, earned_at) VALUES ($1, $2, $3, 'earned', $4, $5, $6, $7, $8, $9, $10) \
                 ON CONFLICT (deal_id, kind) DO NOTHING",
            )
            .bind(company_id)
            .bind(deal_id)
            .bind(kind.as_str())
            .bind(&currency)
            .bind(base)
            .bind(bp)
            .bind(amount)
            .bind(m.tier.id)
            .bind(rule.id)
            .bind(won_at)
            .execute(&mut *conn)
            .await?;
        }
    }
    if program.points_enabled && program.points_won > 0 {
        award(
            &mut *conn,
            company_id,
            Some(owner),
            "deal_won",
            deal_id,
            program.points_won,
            won_at,
        )
        .await?;
    }
    evaluate_company(conn, company_id, won_at, public_url).await?;
    Ok(())
}

/// A deal was registered: points for the registration.
pub async fn on_deal_registered(
    conn: &mut AnyConnection,
    deal_id: i64,
    company_id: i64,
    user_id: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    let Some(m) = ensure_membership(&mut *conn, company_id, at).await? else {
        return Ok(());
    };
    let points = match program(&mut *conn, m.program_id).await? {
        Some(p) if p.points_enabled => p.points_registered,
        _ => 0,
    };
    award_registration(conn, deal_id, company_id, user_id, points, at).await
}

/// The points a registration earns the company under its program, read
/// before the write lock is taken (`None`: no membership yet, so
/// [`on_deal_registered`] runs inside the write and makes one).
pub async fn registration_points(
    conn: &mut AnyConnection,
    company_id: i64,
) -> Result<Option<i64>, sqlx::Error> {
    Ok(sqlx::query(
        "SELECT p.points_enabled, p.points_registered FROM company_tiers ct \
         JOIN programs p ON p.id = ct.program_id WHERE ct.company_id = $1",
    )
    .bind(company_id)
    .fetch_optional(conn)
    .await?
    .map(|r| {
        if r.get::<i64, _>(0) == 1 {
            r.get::<i64, _>(1)
        } else {
            0
        }
    }))
}

/// The points of a registration whose program's points were read
/// beforehand ([`registration_points`] gave `Some`), added to the batch
/// that writes the deal. A company without a membership yet goes through
/// [`on_deal_registered`] instead, which makes one.
pub fn add_registration_award(
    batch: &mut crate::server::batch::Batch,
    deal_id: i64,
    company_id: i64,
    user_id: i64,
    points: i64,
    at: i64,
) {
    if points > 0 {
        batch.push(
            AWARD,
            vec![
                company_id.into(),
                Some(user_id).into(),
                "deal_registered".into(),
                deal_id.into(),
                points.into(),
                at.into(),
            ],
        );
    }
}

async fn award_registration(
    conn: &mut AnyConnection,
    deal_id: i64,
    company_id: i64,
    user_id: i64,
    points: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    if points <= 0 {
        return Ok(());
    }
    award(
        conn,
        company_id,
        Some(user_id),
        "deal_registered",
        deal_id,
        points,
        at,
    )
    .await
}

/// Points for something that happened once (`kind` and `deal_id`): a
/// second award of the same is ignored.
const AWARD: &str = "INSERT INTO points (company_id, user_id, kind, deal_id, points, at) \
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (kind, deal_id) DO NOTHING";

async fn award(
    conn: &mut AnyConnection,
    company_id: i64,
    user_id: Option<i64>,
    kind: &str,
    deal_id: i64,
    points: i64,
    at: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(AWARD)
        .bind(company_id)
        .bind(user_id)
        .bind(kind)
        .bind(deal_id)
        .bind(points)
        .bind(at)
        .execute(conn)
        .await?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Reading

/// Whether the viewer may see the company's tier (own company; staff in
/// scope).
async fn in_scope(db: &Db, viewer: &Viewer, company_id: i64) -> Result<bool, AppError> {
    let sql = format!(
        "SELECT 1 FROM companies c WHERE c.id = $1 AND {}",
        scope_sql(viewer, "c.id")
    );
    Ok(sqlx::query(&sql)
        .bind(company_id)
        .fetch_optional(&db.pool)
        .await
        .or_internal()?
        .is_some())
}

/// The tier card of the partner's first screen (no writes).
pub async fn card(
    conn: &mut AnyConnection,
    company_id: i64,
    now: i64,
) -> Result<Option<(TierCard, Metrics, Vec<LadderRow>)>, sqlx::Error> {
    let Some(m) = membership(&mut *conn, company_id).await? else {
        return Ok(None);
    };
    let Some(program) = program(&mut *conn, m.program_id).await? else {
        return Ok(None);
    };
    let all = versions(&mut *conn, program.id).await?;
    let force = in_force(&all, now);
    let figures = metrics(&mut *conn, company_id, &program, now).await?;
    let tiers = tiers_of(&mut *conn, program.id).await?;
    let rule_of = |tier_id: i64| {
        force
            .iter()
            .find(|r| r.tier_id == tier_id)
            .map(|r| (*r).clone())
    };
    let next = tiers
        .iter()
        .find(|t| t.rank > m.tier.rank && rule_of(t.id).is_some())
        .map(|t| {
            let rule = rule_of(t.id).expect("filtered");
            (t.clone(), progress(&rule, &figures), Some(rule.gives))
        });
    let keep = match (m.grace_until, rule_of(m.tier.id)) {
        (Some(_), Some(rule)) => progress(&rule, &figures),
        _ => Vec::new(),
    };
    let pending = pending_rows(&mut *conn, &format!("ch.company_id = {company_id}"), 1)
        .await?
        .into_iter()
        .next();
    let ladder = tiers
        .iter()
        .map(|t| LadderRow {
            tier: t.clone(),
            rule: rule_of(t.id),
            current: t.id == m.tier.id,
        })
        .collect();
    Ok(Some((
        TierCard {
            program: ProgramRef {
                id: program.id,
                name: program.name.clone(),
                currency: program.currency.clone(),
            },
            benefits: rule_of(m.tier.id).map(|r| r.gives),
            tier: m.tier,
            since: m.since,
            grace_until: m.grace_until,
            next,
            keep,
            pending,
        },
        figures,
        ladder,
    )))
}

async fn pending_rows(
    conn: &mut AnyConnection,
    filter: &str,
    limit: i64,
) -> Result<Vec<TierChangeRow>, sqlx::Error> {
    Ok(sqlx::query(&format!(
        "SELECT ch.id, ch.company_id, c.name, f.name, t.name, ch.direction, ch.status, ch.reason, ch.proposed_at, \
         ch.decided_at, ch.decision_note FROM tier_changes ch JOIN companies c ON c.id = ch.company_id \
         JOIN tiers f ON f.id = ch.from_tier_id JOIN tiers t ON t.id = ch.to_tier_id \
         WHERE ch.status = 'proposed' AND {filter} ORDER BY ch.proposed_at, ch.id LIMIT {limit}"
    ))
    .fetch_all(conn)
    .await?
    .iter()
    .map(change_from)
    .collect())
}

fn change_from(r: &sqlx::any::AnyRow) -> TierChangeRow {
    TierChangeRow {
        id: r.get(0),
        company_id: r.get(1),
        company_name: r.get(2),
        from: r.get(3),
        to: r.get(4),
        up: r.get::<String, _>(5) == "up",
        status: r.get(6),
        reason: r.get(7),
        proposed_at: r.get(8),
        decided_at: r.get(9),
        decision_note: r.get(10),
    }
}

/// What the partner's first screen shows of tiers and incentives: the tier
/// card, rebates and commissions per currency, and the leaderboard rank.
pub async fn home_parts(
    db: &Db,
    company_id: i64,
) -> Result<
    (
        Option<TierCard>,
        Vec<IncentiveTotals>,
        Option<(i64, i64, i64)>,
    ),
    AppError,
> {
    let now = now_ms();
    let mut conn = db.pool.acquire().await.or_internal()?;
    let tier = card(&mut conn, company_id, now)
        .await
        .or_internal()?
        .map(|(c, _, _)| c);
    let totals = super::incentives::totals(&mut conn, &format!("i.company_id = {company_id}"))
        .await
        .or_internal()?;
    let rank = super::incentives::leaderboard(&mut conn, Some(company_id), now)
        .await
        .or_internal()?
        .and_then(|l| l.own);
    Ok((tier, totals, rank))
}

/// Tier changes waiting for the viewer's decision.
pub async fn pending_count(db: &Db, viewer: &Viewer) -> Result<i64, AppError> {
    Ok(sqlx::query(&format!(
        "SELECT COUNT(*) FROM tier_changes ch WHERE ch.status = 'proposed' AND {}",
        scope_sql(viewer, "ch.company_id")
    ))
    .fetch_one(&db.pool)
    .await
    .or_internal()?
    .get(0))
}

/// A company's tier page.
pub async fn status(db: &Db, viewer: &Viewer, company_id: i64) -> Result<TierStatus, AppError> {
    if !in_scope(db, viewer, company_id).await? {
        return Err(AppError::NotFound);
    }
    let now = now_ms();
    // Before taking the connection: never hold one while asking the pool
    // for another (under load that deadlocks until the acquire timeout).
    let assign_options = if viewer.role == Role::VendorAdmin {
        tier_options(db).await?
    } else {
        Vec::new()
    };
    let mut conn = db.pool.acquire().await.or_internal()?;
    let company_name: String = sqlx::query("SELECT name FROM companies WHERE id = $1")
        .bind(company_id)
        .fetch_one(&mut *conn)
        .await
        .or_internal()?
        .get(0);
    let found = card(&mut conn, company_id, now).await.or_internal()?;
    let evaluated_at = membership(&mut conn, company_id)
        .await
        .or_internal()?
        .and_then(|m| m.evaluated_at);
    let history = sqlx::query(
        "SELECT e.kind, f.name, t.name, e.note, u.name, e.at FROM tier_events e \
         LEFT JOIN tiers f ON f.id = e.from_tier_id LEFT JOIN tiers t ON t.id = e.to_tier_id \
         LEFT JOIN users u ON u.id = e.actor_user_id WHERE e.company_id = $1 ORDER BY e.at DESC, e.id DESC LIMIT 50",
    )
    .bind(company_id)
    .fetch_all(&mut *conn)
    .await
    .or_internal()?
    .iter()
    .map(|r| TierEventRow {
        kind: r.get(0),
        from: r.get(1),
        to: r.get(2),
        note: r.get(3),
        actor: r.get(4),
        at: r.get(5),
    })
    .collect();
    let (card, metrics, ladder) = match found {
        Some((c, m, l)) => (Some(c), m, l),
        None => (None, Metrics::default(), Vec::new()),
    };
    let criteria = ladder
        .iter()
        .filter_map(|l| l.rule.as_ref().map(|r| (l, r)))
        .flat_map(|(l, r)| {
            r.requires.custom.iter().map(|label| CriterionRow {
                tier_id: l.tier.id,
                tier_name: l.tier.name.clone(),
                label: label.clone(),
                checked: metrics
                    .checked
                    .iter()
                    .any(|(t, k)| *t == l.tier.id && *k == criterion_key(label)),
            })
        })
        .collect();
    Ok(TierStatus {
        company_id,
        company_name,
        card,
        metrics,
        ladder,
        history,
        criteria,
        evaluated_at,
        can_manage: viewer.role.is_vendor_staff(),
        assign_options,
    })
}

/// Staff overview of tiers: distribution, pending changes, companies.
pub async fn board(
    db: &Db,
    viewer: &Viewer,
    tier: Option<i64>,
    page: i64,
) -> Result<TierBoard, AppError> {
    let scope = scope_sql(viewer, "ct.company_id");
    let mut conn = db.pool.acquire().await.or_internal()?;
    let distribution = sqlx::query(&format!(
        "SELECT p.name, t.name, t.id, \
         (SELECT COUNT(*) FROM company_tiers ct WHERE ct.tier_id = t.id AND {scope}) \
         FROM tiers t JOIN programs p ON p.id = t.program_id ORDER BY p.id, t.rank"
    ))
    .fetch_all(&mut *conn)
    .await
    .or_internal()?;
    let tiers: Vec<(i64, String)> = distribution
        .iter()
        .map(|r| (r.get(2), r.get::<String, _>(1)))
        .collect();
    let distribution = distribution
        .iter()
        .map(|r| (r.get(0), r.get(1), r.get(3)))
        .collect();
    let pending = pending_rows(&mut conn, &scope_sql(viewer, "ch.company_id"), 100)
        .await
        .or_internal()?;
    let in_grace: i64 = sqlx::query(&format!(
        "SELECT COUNT(*) FROM company_tiers ct WHERE ct.grace_until > {} AND {scope}",
        now_ms()
    ))
    .fetch_one(&mut *conn)
    .await
    .or_internal()?
    .get(0);
    let tier_filter = tier.filter(|t| tiers.iter().any(|(id, _)| id == t));
    let filter = match tier_filter {
        Some(t) => format!("{scope} AND ct.tier_id = {t}"),
        None => scope.clone(),
    };
    let total: i64 = sqlx::query(&format!(
        "SELECT COUNT(*) FROM company_tiers ct WHERE {filter}"
    ))
    .fetch_one(&mut *conn)
    .await
    .or_internal()?
    .get(0);
    let page = page.max(1);
    let items = sqlx::query(&format!(
        "SELECT c.id, c.name, c.region, t.name, t.rank, ct.since, ct.grace_until, q.name \
         FROM company_tiers ct JOIN companies c ON c.id = ct.company_id JOIN tiers t ON t.id = ct.tier_id \
         LEFT JOIN tiers q ON q.program_id = ct.program_id AND q.rank = ct.qualifies_rank \
         WHERE {filter} ORDER BY t.rank DESC, c.name_key, c.id LIMIT {PER_PAGE} OFFSET {}",
        (page - 1) * PER_PAGE
    ))
    .fetch_all(&mut *conn)
    .await
    .or_internal()?
    .iter()
    .map(|r| CompanyTierRow {
        company_id: r.get(0),
        company_name: r.get(1),
        region: r.get(2),
        tier: r.get(3),
        rank: r.get(4),
        since: r.get(5),
        grace_until: r.get(6),
        qualifies: r.get(7),
    })
    .collect();
    Ok(TierBoard {
        distribution,
        pending,
        in_grace,
        companies: Page {
            items,
            page,
            per_page: PER_PAGE,
            total,
        },
        tier_filter,
        tiers,
    })
}

// ---------------------------------------------------------------------------
// Decisions by people

/// Approves or rejects a proposed change (staff in scope). Approving moves
/// the company now; rejecting a downgrade starts a new grace period.
pub async fn decide(
    db: &Db,
    viewer: &Viewer,
    change_id: i64,
    approve: bool,
    note: &str,
    public_url: &str,
    entry: Entry,
) -> Result<i64, AppError> {
    let note = note.trim();
    if !approve && note.chars().count() < 3 {
        let mut c = Checker::new();
        c.fail(
            "note",
            "Say in a few words why (the partner's managers see it).",
        );
        return Err(c.into_error());
    }
    if note.chars().count() > 500 {
        let mut c = Checker::new();
        c.fail("note", "Up to 500 characters.");
        return Err(c.into_error());
    }
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let sql = format!(
        "SELECT ch.company_id, ch.from_tier_id, ch.to_tier_id, ch.status, f.name, t.name, ch.direction, p.grace_days \
         FROM tier_changes ch JOIN tiers f ON f.id = ch.from_tier_id JOIN tiers t ON t.id = ch.to_tier_id \
         JOIN programs p ON p.id = ch.program_id WHERE ch.id = $1 AND {}",
        scope_sql(viewer, "ch.company_id")
    );
    let Some(r) = sqlx::query(&sql)
        .bind(change_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
    else {
        return Err(AppError::NotFound);
    };
    let (company_id, from, to, status): (i64, i64, i64, String) =
        (r.get(0), r.get(1), r.get(2), r.get(3));
    let (from_name, to_name, direction, grace_days): (String, String, String, i64) =
        (r.get(4), r.get(5), r.get(6), r.get(7));
    if status != "proposed" {
        return Err(AppError::Conflict(format!(
            "This change was already {status}. Reload to see the company's tier."
        )));
    }
    let current = membership(&mut tx, company_id).await.or_internal()?;
    if current.as_ref().map(|m| m.tier.id) != Some(from) {
        return Err(AppError::Conflict(
            "The company's tier changed since this was proposed. Reload the page.".into(),
        ));
    }
    sqlx::query(
        "UPDATE tier_changes SET status = $1, decided_by = $2, decided_at = $3, decision_note = $4 WHERE id = $5",
    )
    .bind(if approve { "approved" } else { "rejected" })
    .bind(viewer.user_id)
    .bind(now)
    .bind(note)
    .bind(change_id)
    .execute(&mut **tx)
    .await
    .or_internal()?;
    let (title, body) = if approve {
        sqlx::query(
            "UPDATE company_tiers SET tier_id = $1, since = $2, grace_until = NULL, version = version + 1 \
             WHERE company_id = $3",
        )
        .bind(to)
        .bind(now)
        .bind(company_id)
        .execute(&mut **tx)
        .await
        .or_internal()?;
        (
            format!("Your tier is now {to_name}"),
            if direction == "up" {
                format!("Congratulations: you moved from {from_name} to {to_name}. {note}")
            } else {
                format!("Your tier moved from {from_name} to {to_name}. {note}")
            },
        )
    } else {
        if direction == "down" && grace_days > 0 {
            sqlx::query("UPDATE company_tiers SET grace_until = $1 WHERE company_id = $2")
                .bind(now + grace_days * DAY_MS)
                .bind(company_id)
                .execute(&mut **tx)
                .await
                .or_internal()?;
        }
        (
            format!("You keep your {from_name} tier"),
            format!("The proposed move to {to_name} was not made: {note}"),
        )
    };
    event(
        &mut tx,
        company_id,
        if approve { "approved" } else { "rejected" },
        Some(from),
        Some(to),
        note,
        Some(viewer.user_id),
        now,
    )
    .await
    .or_internal()?;
    // The partner hears about moves, and about a downgrade they were spared.
    if approve || direction == "down" {
        notify_partner(
            &mut tx,
            public_url,
            company_id,
            "tier_changed",
            &title,
            body.trim(),
        )
        .await
        .or_internal()?;
    }
    audit::append(
        &mut tx,
        db.dialect,
        &entry.object("tier_change", change_id).detail(format!(
            "{{\"company\":{company_id},\"from\":{from},\"to\":{to},\"approved\":{approve}}}"
        )),
    )
    .await
    .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(company_id)
}

/// Ticks or unticks a custom criterion for a company, then evaluates it.
#[allow(clippy::too_many_arguments)]
pub async fn set_check(
    db: &Db,
    viewer: &Viewer,
    company_id: i64,
    tier_id: i64,
    label: &str,
    checked: bool,
    public_url: &str,
    entry: Entry,
) -> Result<(), AppError> {
    if !in_scope(db, viewer, company_id).await? {
        return Err(AppError::NotFound);
    }
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let m = membership(&mut tx, company_id)
        .await
        .or_internal()?
        .ok_or(AppError::NotFound)?;
    let all = versions(&mut tx, m.program_id).await.or_internal()?;
    let key = criterion_key(label);
    let defined = in_force(&all, now)
        .iter()
        .find(|r| r.tier_id == tier_id)
        .and_then(|r| {
            r.requires
                .custom
                .iter()
                .find(|l| criterion_key(l) == key)
                .cloned()
        });
    let Some(label) = defined else {
        return Err(AppError::BadRequest(
            "That criterion is not part of the tier's rules in force.".into(),
        ));
    };
    let n = if checked {
        sqlx::query(
            "INSERT INTO tier_checks (company_id, tier_id, criterion_key, checked_by, checked_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (company_id, tier_id, criterion_key) DO NOTHING",
        )
        .bind(company_id)
        .bind(tier_id)
        .bind(&key)
        .bind(viewer.user_id)
        .bind(now)
        .execute(&mut **tx)
        .await
    } else {
        sqlx::query(
            "DELETE FROM tier_checks WHERE company_id = $1 AND tier_id = $2 AND criterion_key = $3",
        )
        .bind(company_id)
        .bind(tier_id)
        .bind(&key)
        .execute(&mut **tx)
        .await
    }
    .or_internal()?
    .rows_affected();
    if n == 1 {
        event(
            &mut tx,
            company_id,
            if checked { "checked" } else { "unchecked" },
            None,
            Some(tier_id),
            &label,
            Some(viewer.user_id),
            now,
        )
        .await
        .or_internal()?;
        audit::append(
            &mut tx,
            db.dialect,
            &entry
                .object("company", company_id)
                .detail(format!("{{\"tier\":{tier_id},\"checked\":{checked}}}")),
        )
        .await
        .or_internal()?;
        evaluate_company(&mut tx, company_id, now, public_url)
            .await
            .or_internal()?;
    }
    tx.commit().await.or_internal()?;
    Ok(())
}

/// Evaluates one company now (staff in scope, "Evaluate now").
pub async fn evaluate_now(
    db: &Db,
    viewer: &Viewer,
    company_id: i64,
    public_url: &str,
) -> Result<(), AppError> {
    if !in_scope(db, viewer, company_id).await? {
        return Err(AppError::NotFound);
    }
    let mut tx = db.write().await.or_internal()?;
    evaluate_company(&mut tx, company_id, now_ms(), public_url)
        .await
        .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(())
}

/// Puts a company on a tier directly (vendor admins: onboarding, moving
/// between programs, corrections), recorded with the reason.
pub async fn assign(
    db: &Db,
    viewer: &Viewer,
    company_id: i64,
    tier_id: i64,
    note: &str,
    entry: Entry,
) -> Result<(), AppError> {
    if viewer.role != Role::VendorAdmin {
        return Err(AppError::Forbidden);
    }
    let note = note.trim();
    if note.chars().count() < 3 || note.chars().count() > 500 {
        let mut c = Checker::new();
        c.fail("note", "Say in a few words why (3 to 500 characters).");
        return Err(c.into_error());
    }
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let exists = sqlx::query("SELECT 1 FROM companies WHERE id = $1")
        .bind(company_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .is_some();
    let program: Option<i64> = sqlx::query("SELECT program_id FROM tiers WHERE id = $1")
        .bind(tier_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .map(|r| r.get(0));
    let (true, Some(program)) = (exists, program) else {
        return Err(AppError::NotFound);
    };
    let before = membership(&mut tx, company_id).await.or_internal()?;
    withdraw_open(&mut tx, company_id, "Replaced by a direct assignment.", now)
        .await
        .or_internal()?;
    sqlx::query(
        "INSERT INTO company_tiers (company_id, program_id, tier_id, since) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (company_id) DO UPDATE SET program_id = $5, tier_id = $6, since = $7, grace_until = NULL, \
         version = company_tiers.version + 1",
    )
    .bind(company_id)
    .bind(program)
    .bind(tier_id)
    .bind(now)
    .bind(program)
    .bind(tier_id)
    .bind(now)
    .execute(&mut **tx)
    .await
    .or_internal()?;
    event(
        &mut tx,
        company_id,
        "assigned",
        before.map(|m| m.tier.id),
        Some(tier_id),
        note,
        Some(viewer.user_id),
        now,
    )
    .await
    .or_internal()?;
    audit::append(
        &mut tx,
        db.dialect,
        &entry
            .object("company", company_id)
            .detail(format!("{{\"tier\":{tier_id}}}")),
    )
    .await
    .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(())
}

// ---------------------------------------------------------------------------
// Administration: programs, tiers, rule versions

pub async fn admin(db: &Db) -> Result<TierAdmin, AppError> {
    let mut conn = db.pool.acquire().await.or_internal()?;
    let rows = sqlx::query(&format!(
        "SELECT {PROGRAM_COLS}, is_default, (SELECT COUNT(*) FROM company_tiers ct WHERE ct.program_id = programs.id) \
         FROM programs ORDER BY id"
    ))
    .fetch_all(&mut *conn)
    .await
    .or_internal()?;
    let now = now_ms();
    let mut programs = Vec::new();
    for r in rows {
        let p = program_from(&r);
        let rates = rates(&mut conn, p.id)
            .await
            .or_internal()?
            .into_iter()
            .map(|(c, m)| (c, rules::format_rate(m)))
            .collect();
        let all = versions(&mut conn, p.id).await.or_internal()?;
        let force: Vec<i64> = in_force(&all, now).iter().map(|r| r.id).collect();
        let tiers = tiers_of(&mut conn, p.id)
            .await
            .or_internal()?
            .into_iter()
            .map(|t| {
                let mut versions: Vec<RuleVersion> =
                    all.iter().filter(|v| v.tier_id == t.id).cloned().collect();
                versions.reverse();
                let in_force = versions
                    .iter()
                    .find(|v| force.contains(&v.id))
                    .map(|v| v.id);
                TierVersions {
                    tier: t,
                    versions,
                    in_force,
                }
            })
            .collect();
        programs.push(ProgramAdmin {
            program: ProgramSettings {
                id: p.id,
                name: p.name,
                currency: p.currency,
                grace_days: p.grace_days,
                points_enabled: p.points_enabled,
                points_registered: p.points_registered,
                points_won: p.points_won,
                leaderboard_public: p.leaderboard_public,
                is_default: r.get::<i64, _>(8) == 1,
                rates,
                companies: r.get(9),
            },
            tiers,
        });
    }
    Ok(TierAdmin {
        programs,
        today: crate::features::deals::rules::date_input_value(now),
    })
}

#[derive(Clone, Debug, Default)]
pub struct RawProgram {
    pub id: Option<i64>,
    pub name: String,
    pub currency: String,
    pub grace_days: String,
    pub points_enabled: bool,
    pub points_registered: String,
    pub points_won: String,
    pub leaderboard_public: bool,
    pub is_default: bool,
    pub rates: String,
}

fn small_number(c: &mut Checker, field: &str, raw: &str, max: i64, what: &str) -> i64 {
    let v = raw.trim();
    if v.is_empty() {
        return 0;
    }
    match v.parse::<i64>() {
        Ok(n) if (0..=max).contains(&n) => n,
        _ => {
            c.fail(field, format!("Enter {what} from 0 to {max}."));
            0
        }
    }
}

/// Creates or updates a program; returns its id.
pub async fn save_program(db: &Db, raw: &RawProgram, entry: Entry) -> Result<i64, AppError> {
    let mut c = Checker::new();
    for (k, v) in [
        ("name", &raw.name),
        ("currency", &raw.currency),
        ("grace_days", &raw.grace_days),
        ("points_registered", &raw.points_registered),
        ("points_won", &raw.points_won),
        ("rates", &raw.rates),
    ] {
        c.keep(k, v);
    }
    let name = c.check(
        "name",
        crate::shared::validate::name(&raw.name, "The program's name"),
    );
    let currency = raw.currency.trim().to_uppercase();
    if !CURRENCIES.contains(&currency.as_str()) {
        c.fail("currency", "Choose one of the listed currencies.");
    }
    let grace = small_number(
        &mut c,
        "grace_days",
        &raw.grace_days,
        365,
        "a number of days",
    );
    let p_reg = small_number(
        &mut c,
        "points_registered",
        &raw.points_registered,
        10_000,
        "points",
    );
    let p_won = small_number(&mut c, "points_won", &raw.points_won, 10_000, "points");
    let mut rates: Vec<(String, i64)> = Vec::new();
    for (i, line) in raw.rates.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let parsed = line
            .split_once('=')
            .map(|(cur, rate)| (cur.trim().to_uppercase(), rules::parse_rate(rate)));
        match parsed {
            Some((cur, Ok(rate))) if CURRENCIES.contains(&cur.as_str()) && cur != currency => {
                rates.retain(|(c, _)| *c != cur);
                rates.push((cur, rate));
            }
            Some((_, Err(m))) => {
                c.fail("rates", format!("Line {}: {m}", i + 1));
            }
            _ => {
                c.fail(
                    "rates",
                    format!("Line {}: write CURRENCY = rate, e.g. EUR = 1.08, for a currency other than the program's.", i + 1),
                );
            }
        }
    }
    let (Some(name), false) = (name, c.has_errors()) else {
        return Err(c.into_error());
    };
    let key = crate::features::companies::store::name_key(&name);
    let now = now_ms();
    let mut tx = db.write().await.or_internal()?;
    let clash = sqlx::query("SELECT id FROM programs WHERE name_key = $1")
        .bind(&key)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .map(|r| r.get::<i64, _>(0));
    if clash.is_some() && clash != raw.id {
        let mut c = Checker::new();
        c.keep("name", &raw.name);
        c.fail("name", "Another program has this name.");
        return Err(c.into_error());
    }
    if raw.is_default {
        sqlx::query("UPDATE programs SET is_default = 0")
            .execute(&mut **tx)
            .await
            .or_internal()?;
    }
    let id = match raw.id {
        Some(id) => {
            let n = sqlx::query(
                "UPDATE programs SET name = $1, name_key = $2, currency = $3, grace_days = $4, points_enabled = $5, \
                 points_registered = $6, points_won = $7, leaderboard_public = $8, \
                 is_default = CASE WHEN $9 = 1 THEN 1 ELSE is_default END, updated_at = $10 WHERE id = $11",
            )
            .bind(&name)
            .bind(&key)
            .bind(&currency)
            .bind(grace)
            .bind(i64::from(raw.points_enabled))
            .bind(p_reg)
            .bind(p_won)
            .bind(i64::from(raw.leaderboard_public))
            .bind(i64::from(raw.is_default))
            .bind(now)
            .bind(id)
            .execute(&mut **tx)
            .await
            .or_internal()?
            .rows_affected();
            if n != 1 {
                return Err(AppError::NotFound);
            }
            id
        }
        None => {
            let first = sqlx::query("SELECT COUNT(*) FROM programs")
                .fetch_one(&mut **tx)
                .await
                .or_internal()?
                .get::<i64, _>(0)
                == 0;
            sqlx::query(
                "INSERT INTO programs (name, name_key, currency, grace_days, points_enabled, points_registered, \
                 points_won, leaderboard_public, is_default, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
            )
            .bind(&name)
            .bind(&key)
            .bind(&currency)
            .bind(grace)
            .bind(i64::from(raw.points_enabled))
            .bind(p_reg)
            .bind(p_won)
            .bind(i64::from(raw.leaderboard_public))
            .bind(i64::from(raw.is_default || first))
            .bind(now)
            .bind(now)
            .fetch_one(&mut **tx)
            .await
            .or_internal()?
            .get(0)
        }
    };
    sqlx::query("DELETE FROM program_rates WHERE program_id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    for (cur, rate) in &rates {
        sqlx::query(
            "INSERT INTO program_rates (program_id, currency, rate_micros) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(cur)
        .bind(rate)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    }
    audit::append(&mut tx, db.dialect, &entry.object("program", id))
        .await
        .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(id)
}

/// Adds a tier to a program at a rank (0 = entry tier).
pub async fn add_tier(
    db: &Db,
    program_id: i64,
    name: &str,
    rank: &str,
    entry: Entry,
) -> Result<i64, AppError> {
    let mut c = Checker::new();
    c.keep("tier_name", name).keep("rank", rank);
    let name = c.check(
        "tier_name",
        crate::shared::validate::name(name, "The tier's name"),
    );
    let rank = small_number(&mut c, "rank", rank, 20, "a rank");
    let (Some(name), false) = (name, c.has_errors()) else {
        return Err(c.into_error());
    };
    let mut tx = db.write().await.or_internal()?;
    if sqlx::query("SELECT 1 FROM programs WHERE id = $1")
        .bind(program_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .is_none()
    {
        return Err(AppError::NotFound);
    }
    let clash = sqlx::query(
        "SELECT name FROM tiers WHERE program_id = $1 AND (rank = $2 OR LOWER(name) = LOWER($3))",
    )
    .bind(program_id)
    .bind(rank)
    .bind(&name)
    .fetch_optional(&mut **tx)
    .await
    .or_internal()?;
    if let Some(r) = clash {
        let mut c = Checker::new();
        c.keep("tier_name", &name).keep("rank", &rank.to_string());
        c.fail(
            "rank",
            format!("{} already has this rank or name.", r.get::<String, _>(0)),
        );
        return Err(c.into_error());
    }
    let id: i64 = sqlx::query(
        "INSERT INTO tiers (program_id, name, rank, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(program_id)
    .bind(&name)
    .bind(rank)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await
    .or_internal()?
    .get(0);
    audit::append(&mut tx, db.dialect, &entry.object("tier", id))
        .await
        .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(id)
}

#[derive(Clone, Debug, Default)]
pub struct RawRule {
    pub tier_id: i64,
    pub effective_from: String,
    pub min_revenue: String,
    pub min_approved: String,
    pub min_won: String,
    pub min_certified: String,
    pub custom_criteria: String,
    pub discount: String,
    pub deal_margin: String,
    pub rebate: String,
    pub commission: String,
    pub mdf_eligible: bool,
    pub content_level: String,
}

/// Adds a version of a tier's rules from a date (a version with the same
/// date is replaced). Evaluation and incentives use the version in force
/// at the time they concern.
pub async fn add_rule(
    db: &Db,
    viewer: &Viewer,
    raw: &RawRule,
    entry: Entry,
) -> Result<i64, AppError> {
    let mut c = Checker::new();
    // Echoed so only this tier's form on the admin page shows the error.
    c.keep("tier_id", &raw.tier_id.to_string());
    for (k, v) in [
        ("effective_from", &raw.effective_from),
        ("min_revenue", &raw.min_revenue),
        ("min_approved", &raw.min_approved),
        ("min_won", &raw.min_won),
        ("min_certified", &raw.min_certified),
        ("custom_criteria", &raw.custom_criteria),
        ("discount", &raw.discount),
        ("deal_margin", &raw.deal_margin),
        ("rebate", &raw.rebate),
        ("commission", &raw.commission),
        ("content_level", &raw.content_level),
    ] {
        c.keep(k, v);
    }
    let from = parse_date(&raw.effective_from);
    if from.is_none() {
        c.fail(
            "effective_from",
            "Enter the date the rules apply from (YYYY-MM-DD).",
        );
    }
    let revenue = if raw.min_revenue.trim().is_empty() {
        Some(0)
    } else {
        c.check("min_revenue", parse_money(&raw.min_revenue))
    };
    let approved = small_number(
        &mut c,
        "min_approved",
        &raw.min_approved,
        100_000,
        "a count",
    );
    let won = small_number(&mut c, "min_won", &raw.min_won, 100_000, "a count");
    let certified = small_number(
        &mut c,
        "min_certified",
        &raw.min_certified,
        10_000,
        "a count",
    );
    let criteria = criteria_lines(&raw.custom_criteria);
    if criteria.len() > 10 || criteria.iter().any(|l| l.chars().count() > 120) {
        c.fail(
            "custom_criteria",
            "Up to 10 criteria, one per line, 120 characters each.",
        );
    }
    let mut pct = |field: &str, v: &str| c.check(field, rules::parse_percent(v)).unwrap_or(0);
    let discount = pct("discount", &raw.discount);
    let margin = pct("deal_margin", &raw.deal_margin);
    let rebate = pct("rebate", &raw.rebate);
    let commission = pct("commission", &raw.commission);
    let content = ContentLevel::parse(raw.content_level.trim());
    if content.is_none() {
        c.fail("content_level", "Choose a content level.");
    }
    let (Some(from), Some(revenue), Some(content), false) =
        (from, revenue, content, c.has_errors())
    else {
        return Err(c.into_error());
    };
    let mut tx = db.write().await.or_internal()?;
    if sqlx::query("SELECT 1 FROM tiers WHERE id = $1")
        .bind(raw.tier_id)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .is_none()
    {
        return Err(AppError::NotFound);
    }
    sqlx::query("DELETE FROM tier_rules WHERE tier_id = $1 AND effective_from = $2 \
                 AND NOT EXISTS (SELECT 1 FROM incentive_entries i WHERE i.rule_id = tier_rules.id)")
        .bind(raw.tier_id)
        .bind(from)
        .execute(&mut **tx)
        .await
        .or_internal()?;
    let used = sqlx::query("SELECT 1 FROM tier_rules WHERE tier_id = $1 AND effective_from = $2")
        .bind(raw.tier_id)
        .bind(from)
        .fetch_optional(&mut **tx)
        .await
        .or_internal()?
        .is_some();
    if used {
        let mut c = Checker::new();
        c.keep("effective_from", &raw.effective_from);
        c.fail(
            "effective_from",
            "Incentives were already computed with the rules from this date; add a version from a later date.",
        );
        return Err(c.into_error());
    }
    let id: i64 = sqlx::query(
        "INSERT INTO tier_rules (tier_id, effective_from, min_revenue_cents, min_approved, min_won, min_certified, \
         custom_criteria, discount_bp, deal_margin_bp, rebate_bp, commission_bp, mdf_eligible, content_level, \
         created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
    )
    .bind(raw.tier_id)
    .bind(from)
    .bind(revenue)
    .bind(approved)
    .bind(won)
    .bind(certified)
    .bind(criteria.join("\n"))
    .bind(discount)
    .bind(margin)
    .bind(rebate)
    .bind(commission)
    .bind(i64::from(raw.mdf_eligible))
    .bind(content.as_str())
    .bind(viewer.user_id)
    .bind(now_ms())
    .fetch_one(&mut **tx)
    .await
    .or_internal()?
    .get(0);
    audit::append(
        &mut tx,
        db.dialect,
        &entry
            .object("tier_rule", id)
            .detail(format!("{{\"tier\":{},\"from\":{from}}}", raw.tier_id)),
    )
    .await
    .or_internal()?;
    tx.commit().await.or_internal()?;
    Ok(id)
}

/// Tiers to choose from (assignment form).
pub async fn tier_options(db: &Db) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sqlx::query(
        "SELECT t.id, p.name, t.name FROM tiers t JOIN programs p ON p.id = t.program_id ORDER BY p.id, t.rank",
    )
    .fetch_all(&db.pool)
    .await
    .or_internal()?
    .iter()
    .map(|r| (r.get(0), format!("{} · {}", r.get::<String, _>(1), r.get::<String, _>(2))))
    .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every instant of `(from, at]` is in exactly one part of the window.
    fn parts(w: &Window, t: i64) -> usize {
        let head = t > w.from && t < w.head_end;
        let tail = t >= w.tail_start && t <= w.at;
        let day = t.div_euclid(DAY_MS) * DAY_MS;
        let whole = day > w.first_day && day < w.last_day;
        usize::from(head) + usize::from(tail) + usize::from(whole)
    }

    #[test]
    fn a_window_splits_into_partial_days_and_whole_days() {
        let at = 20_000 * DAY_MS + 13 * 3_600_000 + 17;
        for from in [at - WINDOW_MS, at - DAY_MS, at - 5, at - 2 * DAY_MS, at] {
            let w = Window::new(from, at);
            for t in (from - 3 * DAY_MS..at + 3 * DAY_MS).step_by(3_600_000 / 4) {
                let inside = t > from && t <= at;
                assert_eq!(parts(&w, t), usize::from(inside), "from {from} t {t}");
            }
            for t in [
                from,
                from + 1,
                w.head_end - 1,
                w.head_end,
                w.tail_start,
                at,
                at + 1,
            ] {
                let inside = t > from && t <= at;
                assert_eq!(parts(&w, t), usize::from(inside), "edge, from {from} t {t}");
            }
        }
    }

    #[test]
    fn a_window_of_a_year_reads_at_most_two_partial_days_of_deals() {
        let at = 20_000 * DAY_MS + 1;
        let w = Window::new(at - WINDOW_MS, at);
        assert!(w.head_end - w.from <= DAY_MS);
        assert!(w.at - w.tail_start < DAY_MS);
        assert_eq!((w.last_day - w.first_day) / DAY_MS, 365);
    }
}
