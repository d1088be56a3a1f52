//! Leads (three for every deal: 3,000,000 at the full preset) with their
//! history, and the partner users' days of portal use.

use super::*;
use crate::features::leads::rules::{LeadSource, LeadStatus};
use crate::msg;
use crate::shared::l10n::Arg;

/// (status, weight in percent) of generated leads.
const LEAD_STATUSES: &[(&str, u32)] = &[
    ("disqualified", 30),
    ("converted", 12),
    ("qualified", 8),
    ("contacted", 12),
    ("accepted", 10),
    ("offered", 8),
    ("returned", 5),
    ("queued", 15),
];
const LEAD_SOURCES: &[&str] = &["campaign", "web_form", "event", "referral"];

impl Generator<'_> {
    /// Leads over the last year, mostly with the largest partners of the
    /// lead's region, each with the history its status implies (created,
    /// offered, accepted, then the step it reached).
    pub(crate) async fn leads(&mut self, rng: &mut StdRng) -> anyhow::Result<usize> {
        let db = self.db;
        let zipf = Zipf::new(self.companies.len());
        let mut lead_id = next_id(db, "leads").await?;
        let mut event_id = next_id(db, "lead_events").await?;
        let says = |m: crate::shared::l10n::Msg| q(&serde_json::to_string(&m).unwrap_or_default());
        // A history line's words: "Lead added (Campaign)", "Status: Offered".
        let created_msg: Vec<String> = LEAD_SOURCES
            .iter()
            .map(|s| {
                let label = LeadSource::parse(s)
                    .map(|s| s.label_key())
                    .unwrap_or_default();
                says(msg!("lead-event-created", source = Arg::Key(label.into())))
            })
            .collect();
        let step_msg = |s: &str| {
            let label = LeadStatus::parse(s)
                .map(|s| s.label_key())
                .unwrap_or_default();
            says(msg!("lead-event-status", status = Arg::Key(label.into())))
        };
        let offered_msg = step_msg("offered");
        let accepted_msg = says(msg!("lead-event-accepted"));
        let later_msg: Vec<(&str, String)> = [
            "contacted",
            "qualified",
            "converted",
            "disqualified",
            "returned",
        ]
        .iter()
        .map(|s| (*s, step_msg(s)))
        .collect();
        let mut progress = Progress::new("leads", self.plan.leads);
        let mut tx = begin(db).await?;
        let mut leads = Batch::new(
            db.dialect,
            "leads",
            "id, status, company_id, assignee_user_id, customer_name, customer_key, customer_domain, \
             contact_name, contact_email, country, region, product_id, value_cents, currency, source, \
             offered_at, offer_due_at, accepted_at, closed_at, close_reason, created_at, updated_at",
            PER_INSERT,
        );
        let mut events = Batch::new(
            db.dialect,
            "lead_events",
            "id, lead_id, at, kind, to_status, company_id, note_msg",
            PER_INSERT,
        );
        for made in 1..=self.plan.leads {
            let status = *weighted(rng, LEAD_STATUSES);
            let held = matches!(status, "queued" | "returned");
            let c = &self.companies[zipf.sample(rng)];
            let (region, _, countries, currency) = REGIONS[c.region];
            let created = if status == "offered" {
                self.now - rng.gen_range(1..40) * HOUR
            } else {
                self.now - rng.gen_range(1..365 * 24) * HOUR
            };
            let offered = created + rng.gen_range(0..120) * 60_000;
            let accepted = offered + rng.gen_range(1..48) * HOUR;
            let worked = matches!(
                status,
                "accepted" | "contacted" | "qualified" | "converted" | "disqualified"
            );
            let closed = matches!(status, "converted" | "disqualified")
                .then(|| (accepted + rng.gen_range(1..60) * DAY_MS).min(self.now));
            let updated = closed.unwrap_or(if worked { accepted } else { offered });
            let source = rng.gen_range(0..LEAD_SOURCES.len());
            let word = customer_word(rng);
            let customer = format!("{word} {}", pick(rng, KIND));
            let contact = format!("{} {}", pick(rng, FIRST), pick(rng, LAST));
            let value = (lognormal(rng, 40_000.0, 0.8) as i64).max(1_000) * 100;
            let company = (!held).then_some(c.id);
            let assignee = worked.then(|| c.first_user + rng.gen_range(0..c.users.max(1)));
            leads.add(format_args!(
                "{lead_id}, '{status}', {}, {}, {}, {}, {}, {}, {}, '{}', '{region}', {}, {value}, '{currency}', '{}', \
                 {}, {}, {}, {}, {}, {created}, {updated}",
                n(company),
                n(assignee),
                q(&customer),
                q(&normalise_company(&customer)),
                q(&format!("{}.example", word.to_lowercase())),
                q(&contact),
                q(&format!("{}@{}.example", contact.split(' ').next().unwrap_or("buyer").to_lowercase(), word.to_lowercase())),
                pick(rng, countries),
                pick(rng, &self.products),
                LEAD_SOURCES[source],
                n((!held).then_some(offered)),
                n((!held).then_some(offered + 48 * HOUR)),
                n(worked.then_some(accepted)),
                n(closed),
                q(if status == "disqualified" { "no_budget" } else { "" }),
            ));
            let mut event =
                |at: i64, kind: &str, to: Option<&str>, company: Option<i64>, note: &str| {
                    events.add(format_args!(
                        "{event_id}, {lead_id}, {at}, '{kind}', {}, {}, {note}",
                        to.map(q).unwrap_or_else(|| "NULL".into()),
                        n(company),
                    ));
                    event_id += 1;
                };
            event(
                created,
                "created",
                Some("queued"),
                None,
                &created_msg[source],
            );
            if !held || status == "returned" {
                event(
                    offered,
                    "offered",
                    Some("offered"),
                    Some(c.id),
                    &offered_msg,
                );
            }
            if worked || status == "returned" {
                event(
                    accepted,
                    "accepted",
                    Some("accepted"),
                    Some(c.id),
                    &accepted_msg,
                );
            }
            match status {
                "contacted" | "qualified" | "converted" | "disqualified" | "returned" => {
                    let at = closed.unwrap_or(accepted + HOUR);
                    let says = later_msg
                        .iter()
                        .find(|(s, _)| *s == status)
                        .map(|(_, m)| m.as_str())
                        .unwrap_or("NULL");
                    event(at, status, Some(status), Some(c.id), says);
                }
                _ => {}
            }
            lead_id += 1;
            if leads.full() {
                leads.flush(&mut tx).await?;
            }
            if events.full() {
                leads.flush(&mut tx).await?;
                events.flush(&mut tx).await?;
            }
            tx = checkpoint(db, tx, &mut [&mut leads, &mut events], made).await?;
            progress.set(made);
        }
        leads.flush(&mut tx).await?;
        events.flush(&mut tx).await?;
        tx.commit().await?;
        progress.set(self.plan.leads);
        Ok(self.plan.leads)
    }

    /// Days of portal use of every partner user who signed in: every few
    /// days over the last 120 (the success measures' active users).
    pub(crate) async fn active_days(&mut self, rng: &mut StdRng) -> anyhow::Result<usize> {
        let db = self.db;
        let rows = sqlx::query(
            "SELECT id, last_login_at FROM users WHERE last_login_at IS NOT NULL AND email LIKE '%.generated.example'",
        )
        .fetch_all(&db.pool)
        .await?;
        let mut tx = begin(db).await?;
        let mut days = Batch::new(db.dialect, "user_active_days", "day, user_id", PER_INSERT);
        let today = self.now / DAY_MS * DAY_MS;
        let mut made = 0;
        for r in &rows {
            let user: i64 = r.get(0);
            let last: i64 = r.get(1);
            let every = rng.gen_range(2..21);
            let mut day = last / DAY_MS * DAY_MS;
            while day > today - 120 * DAY_MS {
                days.push(&mut tx, format!("{day}, {user}")).await?;
                made += 1;
                tx = checkpoint(db, tx, &mut [&mut days], made).await?;
                day -= every * DAY_MS;
            }
        }
        days.flush(&mut tx).await?;
        tx.commit().await?;
        Ok(made)
    }
}
