//! Deals with their products, history, points and rebates.

use super::*;

impl Generator<'_> {
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
}
