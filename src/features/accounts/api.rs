//! A person's own settings: the language switcher's and the time-zone
//! chooser's server functions.

use leptos::prelude::*;

use crate::shared::AppError;

/// Keeps the chosen language (a cookie; the profile too when signed in)
/// and sends the browser back to `back`, a path on this site. Posted by
/// the switcher's plain form, so it works without JavaScript.
#[server(endpoint = "accounts/language")]
pub async fn choose_language(lang: String, back: String) -> Result<(), AppError> {
    use crate::shared::l10n::Lang;
    let cx = crate::server::guard::enter::<ChooseLanguage>().await?;
    let lang = Lang::parse(&lang)
        .filter(|l| l.code() == lang)
        .ok_or_else(|| AppError::bad_request(crate::msg!("error-language")))?;
    if let Some(viewer) = &cx.viewer {
        super::store::set_language(&cx.state.db, viewer.user_id, lang).await?;
    }
    crate::server::guard::set_response_header(
        http::header::SET_COOKIE,
        crate::server::l10n::lang_cookie(cx.state.config.session.secure_cookie, lang),
    );
    leptos_axum::redirect(&safe_back(&back));
    Ok(())
}

/// Keeps the signed-in person's time zone (an IANA name from the
/// chooser; empty: follow the browser again) and sends them back.
#[server(endpoint = "accounts/time-zone")]
pub async fn choose_time_zone(tz: String, back: String) -> Result<(), AppError> {
    let cx = crate::server::guard::enter::<ChooseTimeZone>().await?;
    let viewer = cx.user()?;
    let tz = tz.trim();
    let zone = if tz.is_empty() {
        None
    } else if crate::shared::l10n::ZONES.contains(&tz) && crate::server::l10n::valid_zone(tz) {
        Some(tz)
    } else {
        return Err(AppError::bad_request(crate::msg!("error-time-zone")));
    };
    super::store::set_time_zone(&cx.state.db, viewer.user_id, zone).await?;
    leptos_axum::redirect(&safe_back(&back));
    Ok(())
}

/// A local path to return to; anything else (another site, `//host`,
/// a backslash trick) goes home.
pub fn safe_back(back: &str) -> String {
    let local = back.starts_with('/')
        && !back.starts_with("//")
        && !back.starts_with("/\\")
        && !back.chars().any(|c| c.is_control())
        && back.len() <= 2_000;
    if local {
        back.to_string()
    } else {
        "/".to_string()
    }
}

#[cfg(feature = "ssr")]
crate::server::policy::policies! {
    ChooseLanguage => Public,
    ChooseTimeZone => SignedIn,
}

#[cfg(test)]
mod tests {
    use super::safe_back;

    #[test]
    fn back_stays_on_the_site() {
        assert_eq!(safe_back("/deals?page=2"), "/deals?page=2");
        assert_eq!(safe_back("https://evil.example/"), "/");
        assert_eq!(safe_back("//evil.example/"), "/");
        assert_eq!(safe_back("/\\evil.example"), "/");
        assert_eq!(safe_back(""), "/");
    }
}
