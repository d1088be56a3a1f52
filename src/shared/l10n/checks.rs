//! The locale files held to English and to the code: every locale has
//! exactly English's keys with the same placeholders; every key the code
//! names exists; every English key is used.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;

use super::sources::{files, FILES};
use super::{Catalog, Lang};

type Vars = BTreeSet<String>;

fn inline_vars(e: &ast::InlineExpression<&str>, out: &mut Vars, refs: &mut Vars) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            refs.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out, refs);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out, refs);
            }
        }
        ast::InlineExpression::Placeable { expression } => expr_vars(expression, out, refs),
        _ => {}
    }
}

fn expr_vars(e: &ast::Expression<&str>, out: &mut Vars, refs: &mut Vars) {
    match e {
        ast::Expression::Inline(i) => inline_vars(i, out, refs),
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out, refs);
            for v in variants {
                pattern_vars(&v.value, out, refs);
            }
        }
    }
}

fn pattern_vars(p: &ast::Pattern<&str>, out: &mut Vars, refs: &mut Vars) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr_vars(expression, out, refs);
        }
    }
}

/// `key -> placeholders` of one locale, with the keys other messages
/// reference; parse errors fail the test with the file's name.
fn messages(lang: Lang) -> (BTreeMap<String, Vars>, Vars) {
    let mut keys = BTreeMap::new();
    let mut refs = Vars::new();
    for (file, text) in files(lang) {
        let res = match fluent_syntax::parser::parse(text) {
            Ok(r) => r,
            Err((_, errors)) => panic!("locales/{}/{file}.ftl: {errors:?}", lang.code()),
        };
        for entry in &res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = Vars::new();
                if let Some(v) = &m.value {
                    pattern_vars(v, &mut vars, &mut refs);
                }
                let dup = keys.insert(m.id.name.to_string(), vars);
                assert!(dup.is_none(), "{}: {} twice", lang.code(), m.id.name);
            }
        }
    }
    (keys, refs)
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every locale has English's keys, no others, and the same placeholders;
/// each parses into a catalog; each folder holds exactly the listed files.
#[test]
fn locales_match_english() {
    let (en, _) = messages(Lang::En);
    assert!(!en.is_empty());
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let dir = root().join("locales").join(lang.code());
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                e.file_name()
                    .to_str()?
                    .strip_suffix(".ftl")
                    .map(String::from)
            })
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = FILES.iter().map(|f| f.to_string()).collect();
        listed.sort();
        if on_disk != listed {
            problems.push(format!(
                "{}: files {on_disk:?}, listed {listed:?}",
                lang.code()
            ));
        }
        Catalog::parse(lang, &super::sources::source(lang))
            .unwrap_or_else(|e| panic!("{} does not load: {e}", lang.code()));
        if lang == Lang::En {
            continue;
        }
        let (other, _) = messages(lang);
        for (key, vars) in &en {
            match other.get(key) {
                None => problems.push(format!("{}: missing {key}", lang.code())),
                Some(v) if v != vars => problems.push(format!(
                    "{}: {key} has placeholders {v:?}, English {vars:?}",
                    lang.code()
                )),
                _ => {}
            }
        }
        for key in other.keys().filter(|k| !en.contains_key(*k)) {
            problems.push(format!("{}: {key} is not in English", lang.code()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The keys a source text names: `t!("..")`, `msg!("..")`, `k!("..")`,
/// `.t("..")`, `.t_with("..")`, `Msg::new("..")`.
pub(crate) fn keys_in(text: &str) -> Vec<String> {
    // `" / "`: a label in a `string_enum!` (`Approved = "approved" / "deal-status-approved"`).
    const OPENERS: [&str; 7] = [
        "t!(",
        "msg!(",
        "k!(",
        ".t(",
        ".t_with(",
        "Msg::new(",
        "\" / ",
    ];
    let mut keys = Vec::new();
    for opener in OPENERS {
        let mut rest = text;
        while let Some(at) = rest.find(opener) {
            let before = rest[..at].chars().next_back();
            rest = &rest[at + opener.len()..];
            // `fmt!(` or `assert!(` are not ours: the macro name must start here.
            if opener.ends_with("!(") && before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            // The key may start the next line (rustfmt breaks long calls).
            let Some(quoted) = rest.trim_start().strip_prefix('"') else {
                continue;
            };
            let end = quoted.find('"').unwrap_or(0);
            let key = &quoted[..end];
            if !key.is_empty()
                && key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                keys.push(key.to_string());
            }
        }
    }
    keys
}

/// The code of a source file: without comments (examples in docs) and
/// without its `#[cfg(test)]` module (keys made up for a test).
fn code_only(text: &str) -> String {
    let body = match text.find("#[cfg(test)]\nmod tests") {
        Some(at) => &text[..at],
        None => text,
    };
    body.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every key the code names is in English, and every English key is named
/// by the code or by another message.
#[test]
fn code_and_english_agree() {
    let (en, refs) = messages(Lang::En);
    let mut paths = Vec::new();
    rust_files(&root().join("src"), &mut paths);
    let mut used = BTreeSet::new();
    let mut missing = Vec::new();
    for path in paths.iter().filter(|p| !p.ends_with("l10n/checks.rs")) {
        let text = code_only(&std::fs::read_to_string(path).expect("readable"));
        for key in keys_in(&text) {
            if !en.contains_key(&key) {
                missing.push(format!("{}: {key}", path.display()));
            }
            used.insert(key);
        }
    }
    // Keys the code builds from a stored value (validate::country_name).
    const BUILT: [&str; 1] = ["country-"];
    let unused: Vec<&String> = en
        .keys()
        .filter(|k| !used.contains(*k) && !refs.contains(*k))
        .filter(|k| !BUILT.iter().any(|p| k.starts_with(p)))
        .collect();
    assert!(
        missing.is_empty(),
        "keys not in locales/en:\n{}",
        missing.join("\n")
    );
    assert!(unused.is_empty(), "English keys no code uses: {unused:?}");
}

#[test]
fn scanner_finds_keys() {
    let src = r#"t!("a-b") msg!("c", x = 1) k!("d") l.t("e") l.t_with("f", &[]) Msg::new("g") fmt!("no") assert!("no") l.t(key)"#;
    assert_eq!(keys_in(src), ["a-b", "c", "d", "e", "f", "g"]);
    // A call rustfmt broke over lines.
    assert_eq!(keys_in("msg!(\n    \"h-i\",\n    x = 1\n)"), ["h-i"]);
}

/// Attributes whose values are never read by people.
const CODE_ATTRS: [&str; 25] = [
    "class=",
    "href=",
    "id=",
    "name=",
    "type=",
    "for=",
    "role=",
    "method=",
    "action=",
    "content=",
    "autocomplete=",
    "inputmode=",
    "rel=",
    "style=",
    "d=",
    "viewBox=",
    "accept=",
    "pattern=",
    "tone=",
    "kind=",
    "value=",
    "enctype=",
    "path=",
    "target=",
    "lang=",
];

/// Files with views not yet moved to keys. Shrinks to nothing; a file
/// leaves the list when its text is in the locale files.
const NOT_YET: &[&str] = &[];

/// The string literals of a source text with what stands before each on
/// its line, skipping comments, `#[cfg(test)]` modules and raw strings.
fn literals(text: &str) -> Vec<(usize, String, String)> {
    let body = match text.find("#[cfg(test)]") {
        Some(at) => &text[..at],
        None => text,
    };
    let mut out = Vec::new();
    for (n, line) in body.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") || code.starts_with("///") || line.contains("l10n-ok") {
            continue;
        }
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c == '/' && line[i..].starts_with("//") {
                break;
            }
            if c == '\'' {
                // A char literal such as '"': skip it whole.
                if line[i..].len() >= 3
                    && line[i + 1..].starts_with('"')
                    && line[i + 2..].starts_with('\'')
                {
                    chars.next();
                    chars.next();
                }
                continue;
            }
            if c != '"' {
                continue;
            }
            let mut lit = String::new();
            let mut escaped = false;
            for (_, d) in chars.by_ref() {
                if escaped {
                    escaped = false;
                    lit.push(d);
                } else if d == '\\' {
                    escaped = true;
                } else if d == '"' {
                    break;
                } else {
                    lit.push(d);
                }
            }
            out.push((n + 1, line[..i].to_string(), lit));
        }
    }
    out
}

/// Text a person would read: a capitalised word, or two words.
fn looks_like_text(lit: &str, before: &str) -> bool {
    if lit.starts_with(['/', '?', '#', '.', '{', '&']) || lit.contains("{}/") {
        return false;
    }
    let before = before.trim_end();
    if CODE_ATTRS.iter().any(|a| before.ends_with(a)) || before.ends_with("class:") {
        return false;
    }
    // Macro and function names that take keys, stored names or code.
    for call in [
        "t!(",
        "k!(",
        "msg!(",
        "Msg::new(",
        ".t(",
        "expect(",
        "query(",
        "get(",
        "field(",
        "value(",
        "starts_with(",
    ] {
        if before.ends_with(call) {
            return false;
        }
    }
    let words: Vec<&str> = lit
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 2)
        .collect();
    let capitalised = words.iter().any(|w| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_some_and(char::is_lowercase)
    });
    let css_like = lit.split(' ').all(|t| {
        t.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' || c == ':'
        })
    });
    capitalised || (words.len() >= 2 && lit.contains(' ') && !css_like)
}

fn view_files() -> Vec<PathBuf> {
    let mut all = Vec::new();
    rust_files(&root().join("src"), &mut all);
    all.into_iter()
        .filter(|p| {
            let s = p.to_string_lossy();
            s.ends_with("src/app.rs") || s.contains("src/ui") || s.contains("/pages")
        })
        .collect()
}

/// No English sentence or label is written into a view: it comes from the
/// locale files. (A literal that is not text, such as a CSS class or an
/// address, passes; a line may say `l10n-ok` when the text is data.)
#[test]
fn no_literal_text_in_views() {
    let mut found = Vec::new();
    for path in view_files() {
        let rel = path
            .strip_prefix(root())
            .unwrap_or(&path)
            .to_string_lossy()
            .to_string();
        if NOT_YET.contains(&rel.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        for (line, before, lit) in literals(&text) {
            if looks_like_text(&lit, &before) {
                found.push(format!("{rel}:{line}: {lit:?}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} literal texts in views (move them to locales/en and translate):\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn text_detection() {
    assert!(looks_like_text("Register deal", "<button>"));
    assert!(looks_like_text("Deals", "("));
    assert!(looks_like_text("Per year", "<span>"));
    // All-lowercase words read like CSS classes and pass: a known gap,
    // covered by the capitalised first word of every sentence we write.
    assert!(!looks_like_text("per-year", "("));
    assert!(!looks_like_text("btn btn-primary", "class="));
    assert!(!looks_like_text("btn btn-primary", "("));
    assert!(!looks_like_text("/deals/new", "href="));
    assert!(!looks_like_text("deal-list-title", "t!("));
    assert!(!looks_like_text("USD", "("));
    assert!(!looks_like_text("{} · {}", "format!("));
    let lits = literals("let a = \"One\"; // \"Two\"\nlet q = '\"'; view! { <p>\"Three\"</p> }\n#[cfg(test)]\n\"Four\"");
    let texts: Vec<&str> = lits.iter().map(|(_, _, l)| l.as_str()).collect();
    assert_eq!(texts, ["One", "Three"]);
}
