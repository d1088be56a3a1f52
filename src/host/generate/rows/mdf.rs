//! MDF (funds, requests, the ledger) and the audit log.

use super::*;

impl Generator<'_> {
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
