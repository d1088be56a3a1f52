//! The rules of applying to the program, without I/O: what a complete
//! application is, how long a person takes at least to fill the form (a
//! bot is faster), and the region a country sells in.

use serde::{Deserialize, Serialize};

use crate::msg;
use crate::shared::l10n::Msg;
use crate::shared::roles::string_enum;
use crate::shared::validate::{self, Checker};
use crate::shared::{AppError, CompanyType};

string_enum!(
    /// Where an application is: waiting for its e-mail to be confirmed, in
    /// the vetting queue, or decided.
    ApplicationStatus {
        Unconfirmed = "unconfirmed" / "app-status-unconfirmed",
        Pending = "pending" / "app-status-pending",
        Approved = "approved" / "app-status-approved",
        Declined = "declined" / "app-status-declined",
    }
);

string_enum!(
    /// The applicant's expected annual revenue with the vendor's products.
    RevenueBand {
        Under1m = "under_1m" / "app-revenue-under-1m",
        From1m = "1m_10m" / "app-revenue-1m-10m",
        From10m = "10m_50m" / "app-revenue-10m-50m",
        Over50m = "over_50m" / "app-revenue-over-50m",
    }
);

string_enum!(
    /// What a partner is good at (lead rules will route by it).
    Specialisation {
        Cloud = "cloud" / "app-spec-cloud",
        Security = "security" / "app-spec-security",
        Networking = "networking" / "app-spec-networking",
        Data = "data" / "app-spec-data",
        Collaboration = "collaboration" / "app-spec-collaboration",
        Devices = "devices" / "app-spec-devices",
    }
);

/// The shortest time a person takes to fill the form; a faster post is
/// treated as a bot's (answered alike, kept nowhere).
pub const MIN_FILL_MS: i64 = 3_000;
/// How long a served form may be posted (its signed time is refused after).
pub const FORM_MAX_AGE_MS: i64 = 24 * 3_600_000;
/// How long the e-mail confirmation link works.
pub const CONFIRM_HOURS: i64 = 72;
/// Applications one address may send an hour.
pub const PER_IP_HOUR: i64 = 5;
pub const MESSAGE_MAX: usize = 2_000;
pub const REASON_MAX: usize = 1_000;
/// Program terms: a title's and a body's longest (characters).
pub const TERMS_TITLE_MAX: usize = 200;
pub const TERMS_BODY_MAX: usize = 100_000;
const SHORT_MAX: usize = 60;

/// Whether a post looks like a person's: the form's signed time is real,
/// at least [`MIN_FILL_MS`] old and at most [`FORM_MAX_AGE_MS`], and the
/// hidden honeypot field is empty.
pub fn looks_human(signature_ok: bool, served_at: i64, now: i64, honeypot: &str) -> bool {
    let age = now - served_at;
    signature_ok && honeypot.trim().is_empty() && (MIN_FILL_MS..=FORM_MAX_AGE_MS).contains(&age)
}

/// The application form as posted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawApplication {
    pub legal_name: String,
    pub website: String,
    pub country: String,
    pub partner_type: String,
    pub specialisations: Vec<String>,
    pub revenue_band: String,
    pub tax_id: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub message: String,
}

/// A checked application.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApplicationInput {
    pub legal_name: String,
    pub website: String,
    /// The website's host, normalised (for the duplicate hints).
    pub domain: String,
    pub country: String,
    pub partner_type: CompanyType,
    pub specialisations: Vec<Specialisation>,
    pub revenue_band: RevenueBand,
    pub tax_id: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub message: String,
}

fn short(c: &mut Checker, field: &str, raw: &str, ok: impl Fn(char) -> bool, err: Msg) -> String {
    let v = raw.trim().to_string();
    if v.chars().count() > SHORT_MAX || !v.chars().all(ok) {
        c.fail(field, err);
    }
    v
}

/// Checks every field and reports each problem at its field, echoing what
/// was typed (a message only at a sane size).
pub fn check_application(raw: &RawApplication) -> Result<ApplicationInput, AppError> {
    let mut c = Checker::new();
    for (k, v) in [
        ("legal_name", &raw.legal_name),
        ("website", &raw.website),
        ("country", &raw.country),
        ("partner_type", &raw.partner_type),
        ("revenue_band", &raw.revenue_band),
        ("tax_id", &raw.tax_id),
        ("contact_name", &raw.contact_name),
        ("contact_email", &raw.contact_email),
        ("contact_phone", &raw.contact_phone),
    ] {
        if v.len() <= 400 {
            c.keep(k, v);
        }
    }
    c.keep("specialisations", &raw.specialisations.join(","));
    if raw.message.len() <= MESSAGE_MAX * 4 {
        c.keep("message", &raw.message);
    }
    let legal_name = c.check("legal_name", validate::name(&raw.legal_name));
    let website = c.check("website", validate::website(&raw.website));
    let domain = crate::shared::matcher::normalise_domain(website.as_deref().unwrap_or(""));
    let country = c.check("country", validate::country(&raw.country));
    let country = country.filter(|code| {
        let known = validate::COUNTRIES.iter().any(|(k, _)| k == code);
        if !known {
            c.fail("country", msg!("error-country"));
        }
        known
    });
    let partner_type = CompanyType::parse(raw.partner_type.trim());
    if partner_type.is_none() {
        c.fail("partner_type", msg!("app-error-partner-type"));
    }
    let mut specialisations = Vec::new();
    for s in raw
        .specialisations
        .iter()
        .take(Specialisation::ALL.len() + 1)
    {
        match Specialisation::parse(s.trim()) {
            Some(sp) if !specialisations.contains(&sp) => specialisations.push(sp),
            Some(_) => {}
            None => {
                c.fail("specialisations", msg!("app-error-specialisation"));
                break;
            }
        }
    }
    let revenue_band = RevenueBand::parse(raw.revenue_band.trim());
    if revenue_band.is_none() {
        c.fail("revenue_band", msg!("app-error-revenue-band"));
    }
    let tax_id = short(
        &mut c,
        "tax_id",
        &raw.tax_id,
        |ch| ch.is_ascii_alphanumeric() || " -./".contains(ch),
        msg!("app-error-tax-id"),
    );
    let contact_name = c.check("contact_name", validate::name(&raw.contact_name));
    let contact_email = c.check("contact_email", validate::email(&raw.contact_email));
    let contact_phone = short(
        &mut c,
        "contact_phone",
        &raw.contact_phone,
        |ch| ch.is_ascii_digit() || " +-().".contains(ch),
        msg!("app-error-phone"),
    );
    let message = raw.message.trim().to_string();
    if message.chars().count() > MESSAGE_MAX {
        c.fail(
            "message",
            msg!("app-error-message", max = MESSAGE_MAX as i64),
        );
    } else if message
        .chars()
        .any(|ch| ch.is_control() && ch != '\n' && ch != '\r' && ch != '\t')
    {
        c.fail("message", msg!("error-text-characters"));
    }
    if c.has_errors() {
        return Err(c.into_error());
    }
    Ok(ApplicationInput {
        legal_name: legal_name.unwrap_or_default(),
        website: website.unwrap_or_default(),
        domain,
        country: country.unwrap_or_default(),
        partner_type: partner_type.unwrap_or(CompanyType::Reseller),
        specialisations,
        revenue_band: revenue_band.unwrap_or(RevenueBand::Under1m),
        tax_id,
        contact_name: contact_name.unwrap_or_default(),
        contact_email: contact_email.unwrap_or_default(),
        contact_phone,
        message,
    })
}

/// The sales region a country belongs to (the approval form's default).
pub fn region_for_country(code: &str) -> &'static str {
    match code {
        "US" | "CA" => "North America",
        "BR" | "MX" | "AR" | "CL" | "CO" | "PE" => "Latin America",
        "AU" | "NZ" | "CN" | "IN" | "JP" | "KR" | "SG" | "HK" | "TW" | "ID" | "MY" | "TH"
        | "PH" | "VN" => "APAC",
        _ => "EMEA",
    }
}

/// Specialisations as stored: their names, comma-separated.
pub fn join_specialisations(s: &[Specialisation]) -> String {
    s.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",")
}

pub fn split_specialisations(s: &str) -> Vec<Specialisation> {
    s.split(',').filter_map(Specialisation::parse).collect()
}

/// A decline reason: required, bounded, plain text.
pub fn check_reason(raw: &str) -> Result<String, Msg> {
    let r = raw.trim().to_string();
    if r.chars().count() < 3 {
        return Err(msg!("app-error-reason"));
    }
    if r.chars().count() > REASON_MAX {
        return Err(msg!("app-error-reason-long", max = REASON_MAX as i64));
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> RawApplication {
        RawApplication {
            legal_name: "  Fabrikam   Systems GmbH ".into(),
            website: "www.Fabrikam.example/about".into(),
            country: "de".into(),
            partner_type: "msp".into(),
            specialisations: vec!["cloud".into(), "security".into(), "cloud".into()],
            revenue_band: "1m_10m".into(),
            tax_id: "DE 123456789".into(),
            contact_name: "Lea Braun".into(),
            contact_email: "Lea@Fabrikam.example".into(),
            contact_phone: "+49 30 1234567".into(),
            message: "We run 400 SMB customers.\nHappy to talk.".into(),
        }
    }

    /// A complete application is normalised: name collapsed, website with
    /// its scheme and its host as the domain, e-mail lower-cased,
    /// specialisations once each.
    #[test]
    fn a_good_application_is_normalised() {
        let a = check_application(&good()).unwrap();
        assert_eq!(a.legal_name, "Fabrikam Systems GmbH");
        assert_eq!(a.website, "https://www.Fabrikam.example/about");
        assert_eq!(a.domain, "fabrikam.example");
        assert_eq!(a.country, "DE");
        assert_eq!(a.partner_type, CompanyType::Msp);
        assert_eq!(
            a.specialisations,
            vec![Specialisation::Cloud, Specialisation::Security]
        );
        assert_eq!(a.contact_email, "lea@fabrikam.example");
        assert_eq!(join_specialisations(&a.specialisations), "cloud,security");
        assert_eq!(
            split_specialisations("cloud,security,nonsense"),
            a.specialisations
        );
    }

    /// Every bad field is reported at its field, all at once.
    #[test]
    fn every_bad_field_is_reported() {
        let raw = RawApplication {
            legal_name: " ".into(),
            website: "not a site".into(),
            country: "XX".into(),
            partner_type: "pirate".into(),
            specialisations: vec!["juggling".into()],
            revenue_band: "lots".into(),
            tax_id: "<script>".into(),
            contact_name: "".into(),
            contact_email: "nobody".into(),
            contact_phone: "call me".into(),
            message: "x".repeat(MESSAGE_MAX + 1),
        };
        let AppError::Validation { fields, .. } = check_application(&raw).unwrap_err() else {
            panic!("expected field errors");
        };
        let mut names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
        names.sort();
        assert_eq!(
            names,
            [
                "contact_email",
                "contact_name",
                "contact_phone",
                "country",
                "legal_name",
                "message",
                "partner_type",
                "revenue_band",
                "specialisations",
                "tax_id",
                "website"
            ]
        );
    }

    /// A script tag is text, kept as typed where text is allowed, and
    /// refused where the field has a shape.
    #[test]
    fn markup_is_text() {
        let mut raw = good();
        raw.legal_name = "<b>Bold</b> Ltd".into();
        raw.message = "<script>alert(1)</script>".into();
        let a = check_application(&raw).unwrap();
        assert_eq!(a.legal_name, "<b>Bold</b> Ltd");
        assert_eq!(a.message, "<script>alert(1)</script>");
        raw.contact_phone = "<script>".into();
        assert!(check_application(&raw).is_err());
    }

    /// Too fast, too old, a forged time or a filled honeypot is a bot.
    #[test]
    fn bots_are_told_apart() {
        let now = 1_000_000_000;
        assert!(looks_human(true, now - 5_000, now, ""));
        assert!(looks_human(true, now - MIN_FILL_MS, now, "  "));
        assert!(!looks_human(true, now - 2_999, now, ""));
        assert!(!looks_human(true, now + 1_000, now, ""));
        assert!(!looks_human(true, now - FORM_MAX_AGE_MS - 1, now, ""));
        assert!(!looks_human(false, now - 5_000, now, ""));
        assert!(!looks_human(true, now - 5_000, now, "http://spam.example"));
    }

    #[test]
    fn regions_by_country() {
        assert_eq!(region_for_country("US"), "North America");
        assert_eq!(region_for_country("MX"), "Latin America");
        assert_eq!(region_for_country("JP"), "APAC");
        assert_eq!(region_for_country("DE"), "EMEA");
        assert_eq!(region_for_country("ZA"), "EMEA");
        for (code, _) in crate::shared::validate::COUNTRIES {
            assert!(crate::shared::validate::REGIONS.contains(&region_for_country(code)));
        }
    }

    #[test]
    fn reasons_are_required_and_bounded() {
        assert!(check_reason("  ").is_err());
        assert!(check_reason(&"x".repeat(REASON_MAX + 1)).is_err());
        assert_eq!(
            check_reason(" Outside our markets ").unwrap(),
            "Outside our markets"
        );
    }
}
