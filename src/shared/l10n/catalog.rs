//! One locale's messages: Fluent (`.ftl`) text parsed into a bundle.
//! The server parses all five at start; the browser parses only the one
//! its page was rendered in.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::concurrent::IntlLangMemoizer;

use super::{format, Lang};

pub struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

/// Numbers inside messages (`{ $count }`) in the locale's format; one
/// function per locale because Fluent's formatter hook is a plain `fn`.
fn number_in(lang: Lang, v: &FluentValue) -> Option<String> {
    let FluentValue::Number(n) = v else {
        return None;
    };
    let digits = n
        .options
        .maximum_fraction_digits
        .unwrap_or(if n.value.fract() == 0.0 { 0 } else { 2 });
    Some(format::decimal(lang, n.value, digits as u32))
}

macro_rules! formatters {
    ($($name:ident => $lang:expr),*) => {
        $(fn $name(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
            number_in($lang, v)
        })*
    };
}
formatters!(num_en => Lang::En, num_de => Lang::De, num_fr => Lang::Fr, num_es => Lang::Es, num_ja => Lang::Ja);

impl Catalog {
    /// Parses `source` (the locale's files, concatenated). Errors name the
    /// problem; a locale that does not parse is a build or start failure,
    /// never a page with missing text.
    pub fn parse(lang: Lang, source: &str) -> Result<Catalog, String> {
        let resource = FluentResource::try_new(source.to_string())
            .map_err(|(_, errors)| format!("{}: {errors:?}", lang.code()))?;
        let id = lang
            .code()
            .parse()
            .map_err(|e| format!("{}: {e}", lang.code()))?;
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks around arguments would reach the page
        // and every copy-paste; our text is left to right or Japanese.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match lang {
            Lang::En => num_en,
            Lang::De => num_de,
            Lang::Fr => num_fr,
            Lang::Es => num_es,
            Lang::Ja => num_ja,
        }));
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("{}: {errors:?}", lang.code()))?;
        Ok(Catalog { lang, bundle })
    }

    /// An empty catalog: every key renders as itself.
    pub fn empty(lang: Lang) -> Catalog {
        Catalog::parse(lang, "").expect("the empty catalog parses")
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    /// The message `key` with `args`. A missing key renders as the key
    /// itself (and the key tests fail), never as an empty string.
    pub fn format(&self, key: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(key).and_then(|m| m.value()) else {
            return key.to_string();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}
