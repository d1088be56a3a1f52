//! Languages: every word a person reads comes from `locales/<lang>/*.ftl`
//! (Fluent), and every number, amount, date and time is written the way
//! the reader's locale writes it, in the reader's time zone.
//!
//! - Views: `t!("deal-list-title")`, `t!("deal-count", count = n)`;
//!   `use_l10n()` for money, dates and numbers (`l.money(cents, "EUR")`).
//! - Stores and rules never build a sentence: they return a [`Msg`] (a key
//!   and its arguments, `msg!("deal-error-value", max = Arg::money(..))`),
//!   which the reader's side renders.
//! - A key written anywhere else (a status's label, a column header) is
//!   marked `k!("deal-status-approved")` so the key test finds it.
//!
//! The server holds all five catalogs and provides the request's [`L10n`]
//! as context; the browser fetches only its page's locale before it
//! hydrates (`lib.rs`), so its bundle carries no text of any locale.

mod catalog;
#[cfg(test)]
mod checks;
pub mod format;
mod lang;
mod msg;
#[cfg(any(test, feature = "ssr"))]
pub mod sources;
mod tz;

use std::sync::{Arc, OnceLock};

use fluent_bundle::{FluentArgs, FluentValue};

pub use catalog::Catalog;
pub use lang::Lang;
pub use msg::{Arg, Msg};
pub use tz::{Tz, ZONES};

/// A reader's language and time zone: everything needed to render text.
#[derive(Clone)]
pub struct L10n {
    catalog: Arc<Catalog>,
    tz: Arc<Tz>,
    /// Where the browser fetches this catalog (set by the server).
    asset: Option<Arc<str>>,
}

impl L10n {
    pub fn new(catalog: Arc<Catalog>, tz: Arc<Tz>) -> L10n {
        L10n {
            catalog,
            tz,
            asset: None,
        }
    }

    /// The same, naming the address of the catalog's file.
    pub fn with_asset(mut self, path: String) -> L10n {
        self.asset = Some(path.into());
        self
    }

    /// The address of the catalog's file for the browser, if known.
    pub fn asset(&self) -> Option<&str> {
        self.asset.as_deref()
    }

    pub fn lang(&self) -> Lang {
        self.catalog.lang()
    }

    pub fn tz(&self) -> &Tz {
        &self.tz
    }

    /// The message `key`.
    pub fn t(&self, key: &str) -> String {
        self.catalog.format(key, None)
    }

    /// The message `key` with named arguments.
    pub fn t_with(&self, key: &str, args: &[(&str, Arg)]) -> String {
        let mut fa = FluentArgs::with_capacity(args.len());
        for (name, arg) in args {
            fa.set(*name, self.value(arg));
        }
        self.catalog.format(key, Some(&fa))
    }

    /// A message from a store or a rule, in this reader's language.
    pub fn msg(&self, m: &Msg) -> String {
        if m.literal {
            return m.key.clone();
        }
        if m.args.is_empty() {
            return self.t(&m.key);
        }
        let mut fa = FluentArgs::with_capacity(m.args.len());
        for (name, arg) in &m.args {
            fa.set(name.as_str(), self.value(arg));
        }
        self.catalog.format(&m.key, Some(&fa))
    }

    fn value(&self, arg: &Arg) -> FluentValue<'static> {
        match arg {
            Arg::Text(s) => FluentValue::from(s.clone()),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Money(cents, code) => FluentValue::from(self.money(*cents, code)),
            Arg::Date(ms) => FluentValue::from(self.date(*ms)),
            Arg::DateTime(ms) => FluentValue::from(self.datetime(*ms)),
            Arg::Duration(ms) => FluentValue::from(self.duration(*ms)),
            Arg::Key(k) => FluentValue::from(self.t(k)),
            Arg::Percent(bp) => FluentValue::from(self.percent(*bp)),
        }
    }

    pub fn money(&self, cents: i64, currency: &str) -> String {
        format::money(self.lang(), cents, currency)
    }

    pub fn number(&self, n: i64) -> String {
        format::integer(self.lang(), n)
    }

    /// At most `max_frac` fraction digits, trailing zeros dropped.
    pub fn decimal(&self, v: f64, max_frac: u32) -> String {
        format::decimal(self.lang(), v, max_frac)
    }

    /// Basis points as a percentage: 1250 is "12.5%".
    pub fn percent(&self, bp: i64) -> String {
        format::percent(self.lang(), bp)
    }

    /// A calendar date (stored as UTC midnight): never shifted by a zone.
    pub fn date(&self, ms: i64) -> String {
        format::date(self.lang(), ms)
    }

    /// The day an instant falls on in the reader's zone.
    pub fn day_of(&self, ms: i64) -> String {
        format::date(self.lang(), self.tz.local(ms))
    }

    /// An instant, in the reader's time zone.
    pub fn datetime(&self, ms: i64) -> String {
        format::datetime(self.lang(), self.tz.local(ms))
    }

    /// The time of day of an instant, in the reader's time zone.
    pub fn time(&self, ms: i64) -> String {
        format::time(self.lang(), self.tz.local(ms))
    }

    /// A duration for people: "48 s", "3 min 5 s", "26 h", "3 d".
    pub fn duration(&self, ms: i64) -> String {
        let s = ms.abs() / 1000;
        if s < 60 {
            self.t_with("duration-seconds", &[("s", Arg::Int(s))])
        } else if s < 3600 {
            let (m, r) = (s / 60, s % 60);
            if r == 0 || m >= 10 {
                self.t_with("duration-minutes", &[("m", Arg::Int(m))])
            } else {
                self.t_with(
                    "duration-minutes-seconds",
                    &[("m", Arg::Int(m)), ("s", Arg::Int(r))],
                )
            }
        } else if s < 2 * 86_400 {
            self.t_with("duration-hours", &[("h", Arg::Int(s / 3600))])
        } else {
            self.t_with("duration-days", &[("d", Arg::Int(s / 86_400))])
        }
    }
}

static DEFAULT: OnceLock<L10n> = OnceLock::new();

/// The locale used where no request names one: English on the server (set
/// at start), the page's locale in the browser (set before hydration).
pub fn set_default(l10n: L10n) {
    let _ = DEFAULT.set(l10n);
}

/// Tests: English (from the locale files) as the default.
#[cfg(test)]
pub fn use_english() {
    let catalog = Catalog::parse(Lang::En, &sources::source(Lang::En)).expect("English loads");
    set_default(L10n::new(Arc::new(catalog), Arc::new(Tz::utc())));
}

/// The reader's [`L10n`]: the request's on the server, the page's in the
/// browser.
pub fn use_l10n() -> L10n {
    #[cfg(not(feature = "hydrate"))]
    if let Some(l) = leptos::prelude::use_context::<L10n>() {
        return l;
    }
    DEFAULT
        .get()
        .cloned()
        .unwrap_or_else(|| L10n::new(Arc::new(Catalog::empty(Lang::En)), Arc::new(Tz::utc())))
}

/// The message `key` in the reader's language:
/// `t!("deal-list-title")`, `t!("deal-count", count = n)`.
#[macro_export]
macro_rules! t {
    ($key:literal) => {
        $crate::shared::l10n::use_l10n().t($key)
    };
    ($key:literal, $($name:ident = $val:expr),+ $(,)?) => {
        $crate::shared::l10n::use_l10n().t_with(
            $key,
            &[$((stringify!($name), $crate::shared::l10n::Arg::from($val))),+],
        )
    };
}

/// A [`Msg`] for someone else to render: `msg!("deal-error-value")`,
/// `msg!("deal-conflict-own", id = 12)`.
#[macro_export]
macro_rules! msg {
    ($key:literal) => {
        $crate::shared::l10n::Msg::new($key)
    };
    ($key:literal, $($name:ident = $val:expr),+ $(,)?) => {
        $crate::shared::l10n::Msg::new($key)$(.with(stringify!($name), $val))+
    };
}

/// Marks a message key written as a plain string (a label returned by a
/// status, a column header), so the key test checks it exists.
#[macro_export]
macro_rules! k {
    ($key:literal) => {
        $key
    };
}
