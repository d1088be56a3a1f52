//! The vendor dashboard's figures, computed once and shown to every viewer
//! with the same scope and filters for `dashboard.cache_seconds` (default
//! 60): an analytics page, like a commercial CRM's dashboards, that states
//! its age ("as of", on the page) and offers a refresh. Computing them
//! reads the whole window's rollups (hundreds of milliseconds at 1 M
//! deals); fifty vendor staff opening the page at once used to compute it
//! fifty times over, each holding its rows.
//!
//! One computation at a time per key: viewers who arrive while it runs
//! wait for it and take its figures. A refresh takes figures computed
//! after it was asked for, so it always shows its own write and everything
//! before it. Per app server: each server computes its own, at most once
//! per period and key. The partners' own figures (their home) are never
//! cached.

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::store::Resolved;
use super::types::VendorDashboard;
use crate::shared::{AppError, Role, Viewer};

/// Keys kept before the idle ones are dropped (each entry is one
/// dashboard's figures, a few kilobytes).
const MAX_KEYS: usize = 256;

struct Computed {
    /// When its computation started: it saw every write committed before.
    started: Instant,
    figures: VendorDashboard,
}

type Slot = Arc<tokio::sync::Mutex<Option<Computed>>>;

pub struct DashboardCache {
    keep: Duration,
    slots: Mutex<HashMap<String, Slot>>,
}

/// What the figures depend on: who may see which companies, the window
/// and the filters. `None`: not cached (nobody else shares the scope).
pub fn key(viewer: &Viewer, r: &Resolved) -> Option<String> {
    let scope = match viewer.role {
        Role::VendorAdmin => "admin".to_string(),
        Role::ChannelManager => format!("manager {}", viewer.user_id),
        _ => return None,
    };
    Some(format!(
        "{scope}|{}|{}|{:?}",
        r.window.from, r.window.to, r.filter
    ))
}

impl DashboardCache {
    /// Figures are kept for `keep` (zero: computed for every request).
    pub fn new(keep: Duration) -> DashboardCache {
        DashboardCache {
            keep,
            slots: Mutex::new(HashMap::new()),
        }
    }

    /// The figures for `key`: the kept ones while younger than the keep
    /// period (with `refresh`, only ones whose computation started after
    /// `asked`), else computed now by `compute`. Errors are not kept.
    pub async fn get<F, Fut>(
        &self,
        key: Option<String>,
        asked: Instant,
        refresh: bool,
        compute: F,
    ) -> Result<VendorDashboard, AppError>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<VendorDashboard, AppError>>,
    {
        let Some(key) = key.filter(|_| !self.keep.is_zero()) else {
            return compute().await;
        };
        let slot = self.slot(key);
        let mut kept = slot.lock().await;
        if let Some(c) = kept.as_ref() {
            let fresh = if refresh {
                c.started >= asked
            } else {
                c.started.elapsed() < self.keep
            };
            if fresh {
                return Ok(c.figures.clone());
            }
        }
        let started = Instant::now();
        let figures = compute().await?;
        *kept = Some(Computed {
            started,
            figures: figures.clone(),
        });
        Ok(figures)
    }

    fn slot(&self, key: String) -> Slot {
        let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
        if !slots.contains_key(&key) && slots.len() >= MAX_KEYS {
            // Drop the slots nobody is using or waiting for.
            slots.retain(|_, s| Arc::strong_count(s) > 1);
        }
        slots.entry(key).or_default().clone()
    }

    /// How many keys are kept now.
    pub fn len(&self) -> usize {
        self.slots.lock().map(|s| s.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn figures(as_of: i64) -> VendorDashboard {
        VendorDashboard {
            as_of,
            ..VendorDashboard::default()
        }
    }

    /// Kept figures are shared; a refresh computes again; viewers who
    /// arrive during a computation take its result; no caching at zero.
    #[tokio::test]
    async fn shared_refreshed_and_computed_once() {
        let cache = Arc::new(DashboardCache::new(Duration::from_secs(60)));
        let runs = Arc::new(AtomicUsize::new(0));
        let run = |n: i64| {
            let runs = runs.clone();
            move || async move {
                runs.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_millis(20)).await;
                Ok(figures(n))
            }
        };
        let k = || Some("admin|1|2|f".to_string());
        let a = cache.get(k(), Instant::now(), false, run(1)).await.unwrap();
        let b = cache.get(k(), Instant::now(), false, run(2)).await.unwrap();
        assert_eq!((a.as_of, b.as_of), (1, 1), "kept figures are shared");
        let c = cache.get(k(), Instant::now(), true, run(3)).await.unwrap();
        assert_eq!(c.as_of, 3, "a refresh computes again");
        assert_eq!(runs.load(Ordering::SeqCst), 2);

        // Five refreshes asked at once: one computation starts after all
        // were asked, so the first runs and the others take its figures.
        let asked = Instant::now();
        let mut all = tokio::task::JoinSet::new();
        for n in 10..15 {
            let (cache, run) = (cache.clone(), run(n));
            all.spawn(async move { cache.get(k(), asked, true, run).await.unwrap().as_of });
        }
        let seen = all.join_all().await;
        assert_eq!(runs.load(Ordering::SeqCst), 3, "{seen:?}");
        assert!(seen.windows(2).all(|w| w[0] == w[1]), "{seen:?}");

        // Another key computes on its own; none at all is never kept.
        cache
            .get(
                Some("manager 7|1|2|f".into()),
                Instant::now(),
                false,
                run(20),
            )
            .await
            .unwrap();
        cache
            .get(None, Instant::now(), false, run(21))
            .await
            .unwrap();
        cache
            .get(None, Instant::now(), false, run(22))
            .await
            .unwrap();
        assert_eq!(runs.load(Ordering::SeqCst), 6);
        assert_eq!(cache.len(), 2);

        let off = DashboardCache::new(Duration::ZERO);
        off.get(k(), Instant::now(), false, run(30)).await.unwrap();
        let d = off.get(k(), Instant::now(), false, run(31)).await.unwrap();
        assert_eq!(d.as_of, 31);
        assert!(off.is_empty());
    }

    /// An error is not kept: the next viewer computes again.
    #[tokio::test]
    async fn errors_are_not_kept() {
        let cache = DashboardCache::new(Duration::from_secs(60));
        let k = || Some("admin|x".to_string());
        let e = cache
            .get(k(), Instant::now(), false, || async {
                Err(AppError::Internal("down".into()))
            })
            .await;
        assert!(e.is_err());
        let d = cache
            .get(k(), Instant::now(), false, || async { Ok(figures(5)) })
            .await
            .unwrap();
        assert_eq!(d.as_of, 5);
    }
}
