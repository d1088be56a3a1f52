//! Integration and HTTP tests: one binary, one file per feature. Every test
//! runs twice, on SQLite and on PostgreSQL (see `helpers::db_test!`), each
//! time against a real server on port 0 with a freshly migrated database.

#[macro_use]
mod helpers;
mod accounts;
mod audit;
mod auth;
mod canary;
mod cluster;
mod dashboard;
mod deals;
mod fuzz;
mod generate;
mod home;
mod jobs;
mod layers;
mod leads;
mod mail;
mod matrix;
mod mdf;
mod onboarding;
mod pg;
mod pulse;
mod security;
mod sessions;
mod sinks;
mod sweeps;
mod throttle;
mod tiers;
mod writes;
