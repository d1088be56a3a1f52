//! Gates: conditions a feature puts on a partner's use of the portal
//! beyond a few always-open endpoints (program terms not yet accepted,
//! say). The guard asks every gate after the policy allowed the call; a
//! gate that answers `Some(error)` refuses it. Gates register themselves
//! with [`linkme::distributed_slice`] in their feature's folder, so the
//! kernel names no feature.

use std::future::Future;
use std::pin::Pin;

use super::db::Db;
use crate::shared::{AppError, Viewer};

/// A gate's answer: `None` lets the call through.
pub type Verdict<'a> =
    Pin<Box<dyn Future<Output = Result<Option<AppError>, AppError>> + Send + 'a>>;

pub trait Gate: Sync {
    /// Whether `viewer` (a partner) may call `endpoint` (the path after
    /// `/api/`) now.
    fn check<'a>(&'a self, db: &'a Db, viewer: &'a Viewer, endpoint: &'a str) -> Verdict<'a>;
}

/// Every gate in the program, gathered at link time.
#[linkme::distributed_slice]
pub static GATES: [&'static (dyn Gate + 'static)];

/// Endpoints no gate closes: signing in and out, the first screen and what
/// it shows (the pulse, the onboarding checklist), notifications, a
/// person's own settings, and the gates' own pages (the terms).
pub const ALWAYS_OPEN: &[&str] = &[
    "auth/",
    "home/",
    "notifications/",
    "accounts/language",
    "accounts/time-zone",
    "pulse/",
    "terms/",
    "onboarding/",
];

/// The first refusal of any gate for a partner's call, if any.
pub async fn check(db: &Db, viewer: &Viewer, endpoint: &str) -> Result<Option<AppError>, AppError> {
    if !viewer.role.is_partner() || ALWAYS_OPEN.iter().any(|p| endpoint.starts_with(p)) {
        return Ok(None);
    }
    for g in GATES {
        if let Some(refusal) = g.check(db, viewer, endpoint).await? {
            return Ok(Some(refusal));
        }
    }
    Ok(None)
}
