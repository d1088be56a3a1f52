//! Clocks on both sides: the time now (the server's, or the browser's
//! after hydration), the page's monotonic clock, and SLA text.

use crate::shared::time::{format_duration, HOUR_MS};
use crate::t;

/// "Decision due in 31 h" / "Overdue by 2 h".
pub fn sla_text(due: i64, now: i64) -> (String, &'static str) {
    if due >= now {
        let tone = if due - now < 8 * HOUR_MS {
            "warning"
        } else {
            "info"
        };
        (
            t!("sla-due-in", duration = format_duration(due - now)),
            tone,
        )
    } else {
        (
            t!("sla-overdue", duration = format_duration(now - due)),
            "danger",
        )
    }
}

pub fn now_ms() -> i64 {
    #[cfg(feature = "ssr")]
    {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        js_now() as i64
    }
}

#[cfg(not(feature = "ssr"))]
fn js_now() -> f64 {
    #[cfg(feature = "hydrate")]
    {
        web_sys::js_sys::Date::now()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        0.0
    }
}

/// Milliseconds on the page's monotonic clock (the browser only).
pub fn perf_now() -> Option<f64> {
    #[cfg(feature = "hydrate")]
    {
        web_sys::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
    }
    #[cfg(not(feature = "hydrate"))]
    {
        None
    }
}
