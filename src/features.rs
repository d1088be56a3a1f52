//! Product features, one folder each: types, server functions, SQL, pages.

pub mod accounts;
pub mod admin;
pub mod auth;
pub mod companies;
pub mod dashboard;
pub mod deals;
pub mod home;
pub mod leads;
pub mod mdf;
pub mod notifications;
pub mod onboarding;
pub mod pulse;
pub mod team;
pub mod tiers;
