//! The server's side of languages: the five catalogs, parsed once; which
//! language and time zone a request gets; the one locale file a browser
//! fetches (`/l10n/<lang>.<hash>.ftl`); time-zone tables from the tz
//! database for the browser.
//!
//! A request's language: the person's profile, then the `portal_lang`
//! cookie (the switcher), then `Accept-Language`, then English. Its time
//! zone: the profile, then the `portal_tz` cookie (the browser's own zone,
//! set by the page), then the company's country, then UTC.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use chrono::{Offset, TimeZone};
use http::header::{CACHE_CONTROL, CONTENT_TYPE};
use http::{HeaderMap, HeaderValue, StatusCode};
use sha2::{Digest, Sha256};

use crate::shared::l10n::{self, sources, Catalog, L10n, Lang, Tz};

/// The switcher's cookie: a language code.
pub const LANG_COOKIE: &str = "portal_lang";
/// The browser's time zone, written by the page's script.
pub const TZ_COOKIE: &str = "portal_tz";

struct Locale {
    catalog: Arc<Catalog>,
    text: String,
    hash: String,
}

static LOCALES: LazyLock<Vec<Locale>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|&lang| {
            let text = sources::source(lang);
            let catalog = Catalog::parse(lang, &text)
                .unwrap_or_else(|e| panic!("locale {} does not load: {e}", lang.code()));
            let hash = hex::encode(&Sha256::digest(text.as_bytes())[..6]);
            Locale {
                catalog: Arc::new(catalog),
                text,
                hash,
            }
        })
        .collect()
});

fn locale(lang: Lang) -> &'static Locale {
    let i = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    &LOCALES[i]
}

/// Parses every locale (a broken one stops the start) and makes English
/// the default where no request names a language (jobs, the CLI).
pub fn init() {
    LazyLock::force(&LOCALES);
    l10n::set_default(for_lang(Lang::En, "UTC"));
}

/// Rendering in `lang` and the zone named `tz` (UTC when unknown): for an
/// e-mail to its recipient, a CSV for its exporter.
pub fn for_lang(lang: Lang, tz: &str) -> L10n {
    L10n::new(locale(lang).catalog.clone(), zone(tz)).with_asset(asset_path(lang))
}

/// Where the browser fetches `lang`'s messages; the name carries the
/// content's hash, so it is cached for good and changes with the text.
pub fn asset_path(lang: Lang) -> String {
    format!("/l10n/{}.{}.ftl", lang.code(), locale(lang).hash)
}

/// `GET /l10n/<lang>.<hash>.ftl`: the locale's messages. A stale hash (a
/// page from before a deploy) still gets today's text, but not cached.
pub async fn serve_locale(Path(file): Path<String>) -> Response {
    let Some((code, rest)) = file.split_once('.') else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some(lang) = Lang::parse(code).filter(|l| l.code() == code) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let loc = locale(lang);
    let fresh = rest.strip_suffix(".ftl") == Some(loc.hash.as_str());
    let cache = if fresh {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    (
        [
            (
                CONTENT_TYPE,
                HeaderValue::from_static("text/plain; charset=utf-8"),
            ),
            (CACHE_CONTROL, HeaderValue::from_static(cache)),
        ],
        loc.text.clone(),
    )
        .into_response()
}

/// What a signed-in person chose, and their company's country.
#[derive(Clone, Debug, Default)]
pub struct Prefs {
    pub lang: Option<String>,
    pub tz: Option<String>,
    pub country: Option<String>,
}

fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// The request's language and time zone name.
pub fn resolve(headers: &HeaderMap, prefs: &Prefs) -> (Lang, String) {
    let lang = prefs
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .or_else(|| cookie(headers, LANG_COOKIE).and_then(Lang::parse))
        .or_else(|| {
            headers
                .get(http::header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok())
                .and_then(Lang::from_accept_language)
        })
        .unwrap_or_default();
    let browser_tz =
        cookie(headers, TZ_COOKIE).map(|v| urlencoding::decode(v).unwrap_or_default().into_owned());
    let tz = prefs
        .tz
        .clone()
        .filter(|t| valid_zone(t))
        .or(browser_tz.filter(|t| valid_zone(t)))
        .or_else(|| {
            prefs
                .country
                .as_deref()
                .map(|c| country_zone(c).to_string())
        })
        .unwrap_or_else(|| "UTC".to_string());
    (lang, tz)
}

/// The request's rendering, resolved by the session layer.
pub fn for_request(headers: &HeaderMap, prefs: &Prefs) -> L10n {
    let (lang, tz) = resolve(headers, prefs);
    for_lang(lang, &tz)
}

pub fn valid_zone(name: &str) -> bool {
    name.len() <= 64 && name.parse::<chrono_tz::Tz>().is_ok()
}

/// The main zone of a company's country, for people who chose none and
/// whose browser has not said.
pub fn country_zone(country: &str) -> &'static str {
    match country {
        "US" => "America/New_York",
        "CA" => "America/Toronto",
        "MX" => "America/Mexico_City",
        "BR" => "America/Sao_Paulo",
        "GB" => "Europe/London",
        "IE" => "Europe/Dublin",
        "PT" => "Europe/Lisbon",
        "ES" => "Europe/Madrid",
        "FR" => "Europe/Paris",
        "BE" => "Europe/Brussels",
        "NL" => "Europe/Amsterdam",
        "DE" => "Europe/Berlin",
        "AT" => "Europe/Vienna",
        "CH" => "Europe/Zurich",
        "IT" => "Europe/Rome",
        "SE" => "Europe/Stockholm",
        "FI" => "Europe/Helsinki",
        "PL" => "Europe/Warsaw",
        "IN" => "Asia/Kolkata",
        "SG" => "Asia/Singapore",
        "JP" => "Asia/Tokyo",
        "AU" => "Australia/Sydney",
        "NZ" => "Pacific/Auckland",
        _ => "UTC",
    }
}

static ZONES: LazyLock<Mutex<HashMap<String, Arc<Tz>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// The zone's offsets from four years back to two ahead (what the pages
/// show), computed once per zone; UTC for an unknown name.
pub fn zone(name: &str) -> Arc<Tz> {
    if let Some(tz) = ZONES.lock().expect("zones").get(name) {
        return tz.clone();
    }
    let tz = Arc::new(table(name, super::now_ms()).unwrap_or_else(Tz::utc));
    let mut zones = ZONES.lock().expect("zones");
    if zones.len() < 1_000 {
        zones.insert(name.to_string(), tz.clone());
    }
    tz
}

const DAY_MS: i64 = 86_400_000;
const MINUTE_MS: i64 = 60_000;

/// A zone's offset table over [now - 4 years, now + 2 years].
pub fn table(name: &str, now: i64) -> Option<Tz> {
    let zone: chrono_tz::Tz = name.parse().ok()?;
    let offset = |ms: i64| -> i32 {
        let at = chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default();
        zone.offset_from_utc_datetime(&at.naive_utc())
            .fix()
            .local_minus_utc()
            / 60
    };
    let start = (now - 4 * 365 * DAY_MS).div_euclid(DAY_MS) * DAY_MS;
    let end = now + 2 * 366 * DAY_MS;
    let mut spans = vec![(start, offset(start))];
    let mut day = start;
    while day < end {
        let next = day + DAY_MS;
        let (a, b) = (offset(day), offset(next));
        if a != b {
            // The change lies in (day, next]: find its minute.
            let (mut lo, mut hi) = (day / MINUTE_MS, next / MINUTE_MS);
            while hi - lo > 1 {
                let mid = (lo + hi) / 2;
                if offset(mid * MINUTE_MS) == a {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            spans.push((hi * MINUTE_MS, b));
        }
        day = next;
    }
    let name = if name == "Etc/UTC" { "UTC" } else { name };
    Some(Tz {
        name: name.to_string(),
        spans: if spans.len() == 1 && spans[0].1 == 0 {
            Vec::new()
        } else {
            spans
        },
    })
}

/// The switcher's cookie for a year.
pub fn lang_cookie(secure: bool, lang: Lang) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax{secure}",
        lang.code()
    ))
    .expect("cookie is ASCII")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Berlin's clocks go forward on the last Sunday of March at 01:00 UTC
    /// and back on the last Sunday of October at 01:00 UTC.
    #[test]
    fn berlin_transitions() {
        let now = 1_796_601_600_000; // 2026-12-07
        let tz = table("Europe/Berlin", now).unwrap();
        let march_29_2026_01utc = 1_774_746_000_000;
        assert_eq!(tz.offset_at(march_29_2026_01utc - 1), 60);
        assert_eq!(tz.offset_at(march_29_2026_01utc), 120);
        let oct_25_2026_01utc = 1_792_890_000_000;
        assert_eq!(tz.offset_at(oct_25_2026_01utc - 1), 120);
        assert_eq!(tz.offset_at(oct_25_2026_01utc), 60);
        assert!(
            tz.spans.len() > 8 && tz.spans.len() < 16,
            "{}",
            tz.spans.len()
        );
        let tokyo = table("Asia/Tokyo", now).unwrap();
        assert_eq!(tokyo.spans, vec![(tokyo.spans[0].0, 540)]);
        assert_eq!(table("UTC", now).unwrap(), Tz::utc());
        assert!(table("Mars/Olympus", now).is_none());
    }

    /// Every zone the chooser offers is in the tz database.
    #[test]
    fn offered_zones_exist() {
        for z in crate::shared::l10n::ZONES {
            assert!(valid_zone(z), "{z}");
        }
    }

    #[test]
    fn request_resolution() {
        let mut h = HeaderMap::new();
        h.insert(
            http::header::ACCEPT_LANGUAGE,
            "ja,en;q=0.5".parse().unwrap(),
        );
        let none = Prefs::default();
        assert_eq!(resolve(&h, &none), (Lang::Ja, "UTC".to_string()));
        h.insert(
            http::header::COOKIE,
            "a=b; portal_lang=fr; portal_tz=America%2FNew_York"
                .parse()
                .unwrap(),
        );
        assert_eq!(
            resolve(&h, &none),
            (Lang::Fr, "America/New_York".to_string())
        );
        let chosen = Prefs {
            lang: Some("de".into()),
            tz: Some("Europe/Berlin".into()),
            country: Some("JP".into()),
        };
        assert_eq!(
            resolve(&h, &chosen),
            (Lang::De, "Europe/Berlin".to_string())
        );
        let company = Prefs {
            country: Some("JP".into()),
            ..Prefs::default()
        };
        assert_eq!(
            resolve(&HeaderMap::new(), &company),
            (Lang::En, "Asia/Tokyo".to_string())
        );
        h.insert(
            http::header::COOKIE,
            "portal_tz=Nowhere%2FLand".parse().unwrap(),
        );
        assert_eq!(resolve(&h, &none).1, "UTC", "an unknown zone is ignored");
    }
}
