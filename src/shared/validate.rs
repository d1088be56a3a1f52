//! Input rules shared by forms and server functions: e-mail, names,
//! passwords, websites. The server is the authority; the browser may use the
//! same functions for early hints.

use super::error::{AppError, FieldError};
use super::l10n::Msg;
use crate::msg;

pub const PASSWORD_MIN: usize = 8;
pub const PASSWORD_MAX: usize = 128;
pub const NAME_MAX: usize = 120;
pub const EMAIL_MAX: usize = 254;

/// Collects field errors and the echo of what was typed, then turns them into
/// one `AppError::Validation`.
#[derive(Default)]
pub struct Checker {
    fields: Vec<FieldError>,
    values: Vec<(String, String)>,
}

impl Checker {
    pub fn new() -> Self {
        Self::default()
    }

    /// Remember a non-secret value so the form can show it again.
    pub fn keep(&mut self, field: &str, value: &str) -> &mut Self {
        let echoed: String = value.chars().take(500).collect();
        self.values.push((field.to_string(), echoed));
        self
    }

    pub fn fail(&mut self, field: &str, message: impl Into<Msg>) -> &mut Self {
        if !self.fields.iter().any(|f| f.field == field) {
            self.fields.push(FieldError {
                field: field.to_string(),
                message: message.into(),
            });
        }
        self
    }

    /// Record the outcome of a rule for `field`.
    pub fn check<T, E: Into<Msg>>(&mut self, field: &str, result: Result<T, E>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(msg) => {
                self.fail(field, msg);
                None
            }
        }
    }

    pub fn has_errors(&self) -> bool {
        !self.fields.is_empty()
    }

    pub fn finish(self) -> Result<(), AppError> {
        if self.fields.is_empty() {
            Ok(())
        } else {
            Err(self.into_error())
        }
    }

    /// The echo alone, for a refusal decided after the fields were valid.
    pub fn into_values(self) -> Vec<(String, String)> {
        self.values
    }

    pub fn into_error(self) -> AppError {
        let message = msg!("form-fix-fields", count = self.fields.len());
        AppError::Validation {
            message,
            fields: self.fields,
            values: self.values,
        }
    }
}

/// A refusal of one field: its message, with the value kept so the form
/// shows it again.
pub fn field_error(field: &str, value: &str, message: impl Into<Msg>) -> AppError {
    let mut c = Checker::new();
    c.keep(field, value);
    c.fail(field, message);
    c.into_error()
}

/// Trims and lower-cases an e-mail address and checks its shape.
pub fn email(raw: &str) -> Result<String, Msg> {
    let e = raw.trim().to_lowercase();
    if e.is_empty() {
        return Err(msg!("error-email-empty"));
    }
    if e.len() > EMAIL_MAX {
        return Err(msg!("error-email-long"));
    }
    let Some((local, domain)) = e.split_once('@') else {
        return Err(msg!("error-email-shape"));
    };
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-');
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '@');
    if domain_ok && local_ok {
        Ok(e)
    } else {
        Err(msg!("error-email-shape"))
    }
}

/// A person's or company's display name: trimmed, inner whitespace collapsed.
pub fn name(raw: &str) -> Result<String, Msg> {
    let n = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if n.is_empty() {
        return Err(msg!("error-name-empty"));
    }
    if n.chars().count() > NAME_MAX {
        return Err(msg!("error-text-long", max = NAME_MAX));
    }
    if n.chars().any(char::is_control) {
        return Err(msg!("error-text-characters"));
    }
    Ok(n)
}

/// Password length rules. The server also refuses common passwords and the
/// user's own e-mail address (`server::password`).
pub fn password_shape(pw: &str) -> Result<(), Msg> {
    let len = pw.chars().count();
    if len < PASSWORD_MIN {
        return Err(msg!("error-password-short", min = PASSWORD_MIN));
    }
    if len > PASSWORD_MAX {
        return Err(msg!("error-password-long", max = PASSWORD_MAX));
    }
    Ok(())
}

/// A website: optional; scheme added when missing; must look like a host.
pub fn website(raw: &str) -> Result<String, Msg> {
    let w = raw.trim();
    if w.is_empty() {
        return Ok(String::new());
    }
    if w.len() > 200 {
        return Err(msg!("error-website-long"));
    }
    let with_scheme = if w.starts_with("http://") || w.starts_with("https://") {
        w.to_string()
    } else {
        format!("https://{w}")
    };
    let host = with_scheme
        .split("://")
        .nth(1)
        .unwrap_or("")
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("");
    let ok = host.contains('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-' || c == ':');
    if ok {
        Ok(with_scheme)
    } else {
        Err(msg!("error-website-shape"))
    }
}

/// An ISO 3166-1 alpha-2 country code, upper-cased.
pub fn country(raw: &str) -> Result<String, Msg> {
    let c = raw.trim().to_uppercase();
    if c.len() == 2 && c.chars().all(|ch| ch.is_ascii_uppercase()) {
        Ok(c)
    } else {
        Err(msg!("error-country"))
    }
}

/// Regions the vendor sells in.
pub const REGIONS: &[&str] = &["North America", "Latin America", "EMEA", "APAC"];

pub fn region(raw: &str) -> Result<String, Msg> {
    REGIONS
        .iter()
        .find(|r| r.eq_ignore_ascii_case(raw.trim()))
        .map(|r| r.to_string())
        .ok_or_else(|| msg!("error-region"))
}

/// The message key of a region's name; `None` for a region the program
/// does not know (shown as stored).
pub fn region_key(region: &str) -> Option<&'static str> {
    Some(match region {
        "North America" => crate::k!("region-north-america"),
        "Latin America" => crate::k!("region-latin-america"),
        "EMEA" => crate::k!("region-emea"),
        "APAC" => crate::k!("region-apac"),
        _ => return None,
    })
}

/// A region's name in the reader's language (the stored value is English).
pub fn region_label(region: &str) -> String {
    match region_key(region) {
        Some(key) => super::l10n::use_l10n().t(key),
        None => region.to_string(),
    }
}

/// Countries offered in forms: (code, English name). Their names in each
/// language are CLDR's (`locales/*/countries.ftl`, `country-<code>`).
pub const COUNTRIES: &[(&str, &str)] = &[
    ("AU", "Australia"),
    ("AT", "Austria"),
    ("BE", "Belgium"),
    ("BR", "Brazil"),
    ("CA", "Canada"),
    ("CH", "Switzerland"),
    ("CN", "China"),
    ("DE", "Germany"),
    ("DK", "Denmark"),
    ("ES", "Spain"),
    ("FI", "Finland"),
    ("FR", "France"),
    ("GB", "United Kingdom"),
    ("IE", "Ireland"),
    ("IN", "India"),
    ("IT", "Italy"),
    ("JP", "Japan"),
    ("KR", "South Korea"),
    ("MX", "Mexico"),
    ("NL", "Netherlands"),
    ("NO", "Norway"),
    ("NZ", "New Zealand"),
    ("PL", "Poland"),
    ("PT", "Portugal"),
    ("SE", "Sweden"),
    ("SG", "Singapore"),
    ("US", "United States"),
    ("ZA", "South Africa"),
];

/// The country's name in the reader's language; the code when unknown.
pub fn country_name(code: &str) -> String {
    if !COUNTRIES.iter().any(|(c, _)| *c == code) {
        return code.to_string();
    }
    let key = format!("country-{}", code.to_ascii_lowercase());
    super::l10n::use_l10n().t(&key)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// E-mail addresses are normalised to lower case and checked for shape.
    #[test]
    fn email_rules() {
        assert_eq!(email("  Ada@Example.COM ").unwrap(), "ada@example.com");
        for bad in [
            "",
            "ada",
            "ada@",
            "@x.com",
            "a@b",
            "a b@x.com",
            "a@x..com",
            "a@.x.com",
        ] {
            assert!(email(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(email(&format!("{}@x.com", "a".repeat(300))).is_err());
    }

    /// Names are trimmed, collapsed and bounded.
    #[test]
    fn name_rules() {
        assert_eq!(name("  Ada   Lovelace ").unwrap(), "Ada Lovelace");
        assert!(name("   ").is_err());
        assert!(name(&"x".repeat(121)).is_err());
        assert!(name("a\u{0}b").is_err());
    }

    /// Passwords: 8 characters minimum, 64 and more allowed, 128 maximum.
    #[test]
    fn password_lengths() {
        assert!(password_shape("short").is_err());
        assert!(password_shape("eightch!").is_ok());
        assert!(password_shape(&"p".repeat(64)).is_ok());
        assert!(password_shape(&"p".repeat(129)).is_err());
    }

    /// Websites get a scheme; junk is refused; empty is allowed.
    #[test]
    fn website_rules() {
        assert_eq!(website("example.com").unwrap(), "https://example.com");
        assert_eq!(website("http://a.io/x").unwrap(), "http://a.io/x");
        assert_eq!(website("").unwrap(), "");
        assert!(website("not a site").is_err());
        assert!(website("javascript:alert(1)").is_err());
    }

    /// The checker reports one message per field and echoes kept values.
    #[test]
    fn checker_collects() {
        let mut c = Checker::new();
        c.keep("name", "Ada");
        c.check("email", email("nope"));
        c.fail("email", msg!("error-email-empty"));
        let err = c.finish().unwrap_err();
        assert_eq!(err.field_msg("email"), Some(&msg!("error-email-shape")));
        assert_eq!(err.value("name").as_deref(), Some("Ada"));
    }

    #[test]
    fn region_and_country() {
        assert_eq!(region("emea").unwrap(), "EMEA");
        assert!(region("Mars").is_err());
        assert_eq!(country("de").unwrap(), "DE");
        assert!(country("DEU").is_err());
        assert_eq!(country_name("XX"), "XX");
    }
}
