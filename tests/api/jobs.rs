//! Job leases: each periodic job runs once across servers, and a dead
//! server's lease expires so another one takes the job over.

use partner_portal::server::jobs::{self, Claim};

const LEASE: i64 = 60_000;
const EVERY: i64 = 60_000;

db_test!(
    /// Three holders race for the same lease: one wins; the job is not due
    /// again until its interval has passed; a holder that dies keeps it only
    /// until the lease expires, and its late finish is recorded as lost.
    lease_is_exclusive_and_expires, |app| {
    let db = &app.state.db;
    sqlx::query("UPDATE job_leases SET next_run_at = 0, lease_until = 0, holder = NULL")
        .execute(&db.pool).await.unwrap();
    let t = partner_portal::server::now_ms();
    let (a, b, c) = tokio::join!(
        jobs::claim(db, "deals", "server-a", t, LEASE, false),
        jobs::claim(db, "deals", "server-b", t, LEASE, false),
        jobs::claim(db, "deals", "server-c", t, LEASE, false),
    );
    let won: Vec<Claim> = [a, b, c].into_iter().filter_map(|r| r.unwrap()).collect();
    assert_eq!(won.len(), 1, "exactly one server holds the lease");
    let holder = app.scalar_text("SELECT holder FROM job_leases WHERE name = 'deals'").await;
    assert!(holder.starts_with("server-"));
    assert!(jobs::finish(db, &won[0], &holder, t + 10, EVERY, "ok", "").await.unwrap());
    // Not due again until the interval has passed, even with the lease free.
    assert!(jobs::claim(db, "deals", "server-b", t + 20, LEASE, false).await.unwrap().is_none());
    let next = jobs::claim(db, "deals", "server-b", t + EVERY, LEASE, false).await.unwrap();
    let next = next.expect("due after one interval");

    // server-b dies holding the lease: nobody can run the job until it expires.
    assert!(jobs::claim(db, "deals", "server-c", t + EVERY + 1, LEASE, true).await.unwrap().is_none());
    let taken = jobs::claim(db, "deals", "server-c", t + EVERY + LEASE, LEASE, false).await.unwrap();
    assert!(taken.is_some(), "an expired lease is taken over");
    // The dead server's late finish does not free the new holder's lease.
    assert!(!jobs::finish(db, &next, "server-b", t + EVERY + LEASE + 5, EVERY, "ok", "").await.unwrap());
    assert_eq!(app.scalar_text("SELECT holder FROM job_leases WHERE name = 'deals'").await, "server-c");
    assert_eq!(app.scalar_text(&format!("SELECT outcome FROM job_runs WHERE id = {}", next.run_id)).await, "lease lost");
    // Other jobs have leases of their own.
    assert!(jobs::claim(db, "mdf", "server-b", t, LEASE, false).await.unwrap().is_some());
});

db_test!(
    /// Three concurrent ticks (as three servers' loops would do) run each
    /// job once; a deal past its exclusivity is expired once.
    ticks_run_each_job_once, |app| {
    let db = &app.state.db;
    let deal = app.scalar("SELECT MIN(id) FROM deals WHERE status = 'approved'").await;
    sqlx::query(&format!("UPDATE deals SET exclusive_until = 1 WHERE id = {deal}"))
        .execute(&db.pool).await.unwrap();
    sqlx::query("UPDATE job_leases SET next_run_at = 0").execute(&db.pool).await.unwrap();
    let before = app.scalar("SELECT COUNT(*) FROM job_runs").await;
    let (a, b, c) = tokio::join!(
        jobs::tick(&app.state, false),
        jobs::tick(&app.state, false),
        jobs::tick(&app.state, false),
    );
    let ran: usize = [a, b, c].into_iter().map(|r| r.unwrap().len()).sum();
    assert_eq!(ran, jobs::JOBS.len());
    // Every feature's job registered itself (gathered at link time).
    let names: Vec<&str> = jobs::jobs().iter().map(|j| j.name).collect();
    assert_eq!(names, ["deals", "leads", "mdf", "tiers"]);
    for job in jobs::jobs().iter().map(|j| j.name) {
        let outcome = app.scalar_text(&format!(
            "SELECT outcome || ': ' || COALESCE(detail, '') FROM job_runs WHERE name = '{job}' AND id > {before}"
        )).await;
        assert!(outcome.starts_with("ok: "), "{job}: {outcome}");
        assert_eq!(app.scalar(&format!(
            "SELECT COUNT(*) FROM job_runs WHERE name = '{job}' AND id > {before}"
        )).await, 1, "{job} ran once");
    }
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM deals WHERE id = {deal} AND status = 'expired'")).await, 1);
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM deal_events WHERE deal_id = {deal} AND kind = 'expired'")).await, 1);
    // The next ticks find nothing due.
    assert!(jobs::tick(&app.state, false).await.unwrap().is_empty());
});

db_test!(
    /// Per-item leases (`server::work`, the outbox's queue): of three
    /// servers claiming one due message, one wins and counts the attempt;
    /// the item is not due again until its lease runs out, then another
    /// server may take it over.
    items_are_claimed_once_each, |app| {
    use partner_portal::server::work::{self, Items};
    const OUTBOX: Items = Items {
        table: "outbox",
        pending: "status = 'pending'",
        due: "next_attempt_at",
        attempts: "attempts",
    };
    let db = &app.state.db;
    let t = partner_portal::server::now_ms();
    sqlx::query("UPDATE outbox SET status = 'sent' WHERE status = 'pending'")
        .execute(&db.pool).await.unwrap();
    sqlx::query(&format!(
        "INSERT INTO outbox (to_address, subject, body_text, kind, created_at, next_attempt_at) \
         VALUES ('a@example.com', 's', 'b', 'test', {t}, {t})"
    )).execute(&db.pool).await.unwrap();
    let rows = work::due(db, &OUTBOX, "id", t, 10).await.unwrap();
    assert_eq!(rows.len(), 1);
    use sqlx::Row;
    let (id, due): (i64, i64) = (rows[0].get(0), rows[0].get(1));
    assert_eq!(due, t);
    let (a, b, c) = tokio::join!(
        work::claim(db, &OUTBOX, id, due, t, 60_000),
        work::claim(db, &OUTBOX, id, due, t, 60_000),
        work::claim(db, &OUTBOX, id, due, t, 60_000),
    );
    let won = [a, b, c].into_iter().filter(|r| *r.as_ref().unwrap()).count();
    assert_eq!(won, 1, "exactly one server holds the item");
    assert_eq!(app.scalar(&format!("SELECT attempts FROM outbox WHERE id = {id}")).await, 1);
    // Held: not due while the lease runs.
    assert!(work::due(db, &OUTBOX, "id", t + 59_999, 10).await.unwrap().is_empty());
    // Its holder died: due again when the lease ends, and claimed once more.
    let again = work::due(db, &OUTBOX, "id", t + 60_000, 10).await.unwrap();
    assert_eq!(again.len(), 1);
    assert!(work::claim(db, &OUTBOX, id, again[0].get(1), t + 60_000, 60_000).await.unwrap());
    // A claim on the stale due time loses.
    assert!(!work::claim(db, &OUTBOX, id, due, t + 60_000, 60_000).await.unwrap());
    assert_eq!(app.scalar(&format!("SELECT attempts FROM outbox WHERE id = {id}")).await, 2);
});

db_test!(
    /// The approval queue's clock (`server::approvals`): an item past its
    /// clock is found, claimed for escalation by exactly one of three
    /// servers, and not found again; a decided item is never escalated.
    approvals_escalate_once, |app| {
    use partner_portal::server::approvals::{self, Queue};
    static DEALS: Queue = Queue {
        table: "deals",
        waiting: &["submitted"],
        subject: "t.customer_name",
        kind: "test_escalated",
        link: "/deals/",
        message: |o| {
            use partner_portal::msg;
            (msg!("error-internal", reference = o.subject.clone()), msg!("error-not-found"))
        },
        history: |_, _| Box::pin(async { Ok(()) }),
    };
    let db = &app.state.db;
    let now = partner_portal::server::now_ms();
    sqlx::query("UPDATE deals SET escalated_at = 1 WHERE escalated_at IS NULL")
        .execute(&db.pool).await.unwrap();
    let late = app.scalar("SELECT MIN(id) FROM deals WHERE status = 'submitted'").await;
    let decided = app.scalar("SELECT MIN(id) FROM deals WHERE status = 'approved'").await;
    sqlx::query(&format!(
        "UPDATE deals SET sla_due_at = {}, escalated_at = NULL WHERE id IN ({late}, {decided})",
        now - 1
    )).execute(&db.pool).await.unwrap();
    let found = approvals::overdue(db, &DEALS, now, 50).await.unwrap();
    assert_eq!(found.iter().map(|o| o.id).collect::<Vec<_>>(), [late]);
    assert_eq!(found[0].status, "submitted");
    assert!(!found[0].subject.is_empty());
    let (a, b, c) = tokio::join!(
        approvals::escalate_due(db, &DEALS, "http://portal.test"),
        approvals::escalate_due(db, &DEALS, "http://portal.test"),
        approvals::escalate_due(db, &DEALS, "http://portal.test"),
    );
    assert_eq!(a.unwrap() + b.unwrap() + c.unwrap(), 1, "escalated once");
    let told = app.scalar("SELECT COUNT(*) FROM notifications WHERE kind = 'test_escalated'").await;
    let admins = app.scalar("SELECT COUNT(*) FROM users WHERE role = 'vendor_admin' AND status = 'active'").await;
    assert_eq!(told, admins, "every vendor admin told once");
    assert!(approvals::overdue(db, &DEALS, now, 50).await.unwrap().is_empty());
    assert_eq!(app.scalar(&format!("SELECT COUNT(*) FROM deals WHERE id = {decided} AND escalated_at IS NULL")).await, 1);
});
