-- Periodic jobs run once across app servers: a server claims a job's lease
-- (holder + lease_until), runs it, and schedules the next run. A crashed
-- server's lease expires and another server takes the job over.
CREATE TABLE job_leases (
    name TEXT PRIMARY KEY,
    holder TEXT,
    lease_until BIGINT NOT NULL DEFAULT 0,
    next_run_at BIGINT NOT NULL DEFAULT 0,
    runs BIGINT NOT NULL DEFAULT 0
);

INSERT INTO job_leases (name) VALUES ('deals'), ('mdf'), ('tiers');

-- One row per run, for operators and for the test that proves each run
-- happened once; pruned after 30 days.
CREATE TABLE job_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    holder TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    outcome TEXT,
    detail TEXT
);
CREATE INDEX job_runs_by_name_started ON job_runs (name, started_at);
CREATE INDEX job_runs_by_started ON job_runs (started_at);
