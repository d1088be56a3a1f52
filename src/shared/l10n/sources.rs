//! The locale files, built into the server (never into the browser's
//! bundle: the browser fetches its one locale, `server::l10n`). A new file
//! goes into `FILES` and into every locale's folder; the key test fails
//! on a file that is in a folder but not listed.

use super::Lang;

macro_rules! locale_files {
    ($($name:literal),* $(,)?) => {
        /// The files of every locale, in the order they are concatenated.
        pub const FILES: &[&str] = &[$($name),*];

        /// `(file, text)` of one locale.
        pub fn files(lang: Lang) -> Vec<(&'static str, &'static str)> {
            match lang {
                Lang::En => vec![$(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/", $name, ".ftl")))),*],
                Lang::De => vec![$(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/de/", $name, ".ftl")))),*],
                Lang::Fr => vec![$(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/fr/", $name, ".ftl")))),*],
                Lang::Es => vec![$(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/es/", $name, ".ftl")))),*],
                Lang::Ja => vec![$(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/ja/", $name, ".ftl")))),*],
            }
        }
    };
}

locale_files![
    "core",
    "errors",
    "auth",
    "countries",
    "deals",
    "leads",
    "pulse",
    "onboarding",
    "mdf",
    "tiers",
    "dashboard",
    "home",
    "companies",
    "team",
    "admin",
    "notifications",
    "mail",
];

/// One locale's files as one Fluent source.
pub fn source(lang: Lang) -> String {
    let mut out = String::new();
    for (_, text) in files(lang) {
        out.push_str(text);
        if !text.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}
