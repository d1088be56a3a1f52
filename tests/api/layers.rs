//! The layer check: every path to a module of the crate (`use crate::..`,
//! inline `crate::features::x::store::f(..)`, `super::super::..`) points
//! down or sideways within its layer, and a feature reaches another feature
//! only through its face (the items its root module re-exports), never
//! into one of its modules. The allowed directions are read from the
//! `layers` block of `docs/architecture.md`, the one place they are written.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Layer name -> the layers it may use (itself included).
type Rules = BTreeMap<String, BTreeSet<String>>;

/// The `layers` block of the architecture page: `name -> below below ..`.
fn rules_from(doc: &str) -> Rules {
    let block = doc
        .split("```layers")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("docs/architecture.md has a ```layers block");
    let mut rules = Rules::new();
    for line in block.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (name, below) = line.split_once("->").expect("`layer -> lower layers`");
        let name = name.trim().to_string();
        let mut may: BTreeSet<String> = below
            .split_whitespace()
            .filter(|w| *w != "(nothing)")
            .map(str::to_string)
            .collect();
        may.insert(name.clone());
        rules.insert(name, may);
    }
    rules
}

/// The module path of a source file, from `src/`: `features/deals/store/read.rs`
/// is `["features", "deals", "store", "read"]`.
fn module_of(file: &str) -> Vec<String> {
    let no_ext = file.trim_end_matches(".rs");
    let mut parts: Vec<String> = no_ext.split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// Every crate-internal path a file names, made absolute (from the crate
/// root), with the line it is on.
fn paths_in(file: &str, text: &str) -> Vec<(usize, Vec<String>)> {
    let here = module_of(file);
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let bytes = code.as_bytes();
        let mut i = 0;
        while i < code.len() {
            let rest = &code[i..];
            let starts = rest.starts_with("crate::") || rest.starts_with("super::");
            let boundary = i == 0 || {
                let c = bytes[i - 1] as char;
                !(c.is_alphanumeric() || c == '_' || c == ':' || c == '$')
            };
            if !(starts && boundary) {
                i += rest.chars().next().map_or(1, char::len_utf8);
                continue;
            }
            let len = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            let raw = &rest[..len];
            let mut segs: Vec<&str> = raw.split("::").filter(|s| !s.is_empty()).collect();
            let mut abs: Vec<String> = Vec::new();
            if segs.first() == Some(&"crate") {
                segs.remove(0);
            } else {
                abs = here.clone();
                while segs.first() == Some(&"super") {
                    segs.remove(0);
                    abs.pop();
                }
            }
            abs.extend(segs.iter().map(|s| s.to_string()));
            // `crate::features::{deals::X, mdf::Y}`: each item of the group.
            let after = &rest[len..];
            if after.starts_with('{') && raw.ends_with("::") {
                let group = after[1..].split('}').next().unwrap_or("");
                for item in group.split(',') {
                    let mut p = abs.clone();
                    p.extend(
                        item.trim()
                            .split(" as ")
                            .next()
                            .unwrap_or("")
                            .split("::")
                            .filter(|s| !s.is_empty() && *s != "self" && *s != "{")
                            .map(str::to_string),
                    );
                    out.push((n + 1, p));
                }
            } else {
                out.push((n + 1, abs));
            }
            i += len.max(1);
        }
    }
    out
}

/// The layer a module path belongs to (`None`: the crate root, `lib.rs`).
fn layer_of(module: &[String]) -> Option<&str> {
    module.first().map(String::as_str)
}

/// What is wrong with the files: a path up the layers, or into another
/// feature's module. `modules` lists each feature's modules (its files).
fn violations(
    files: &[(String, String)],
    rules: &Rules,
    modules: &BTreeMap<String, BTreeSet<String>>,
) -> Vec<String> {
    let mut found = Vec::new();
    for (file, text) in files {
        let here = module_of(file);
        let Some(layer) = layer_of(&here) else {
            continue;
        };
        if matches!(layer, "lib" | "main") {
            continue;
        }
        let Some(may) = rules.get(layer) else {
            found.push(format!(
                "{file}: layer `{layer}` is not in docs/architecture.md"
            ));
            continue;
        };
        let feature = (layer == "features")
            .then(|| here.get(1).cloned())
            .flatten();
        for (line, path) in paths_in(file, text) {
            let Some(target) = path.first() else { continue };
            if rules.contains_key(target) && !may.contains(target) {
                found.push(format!(
                    "{file}:{line}: `{layer}` may not use `{}`",
                    path.join("::")
                ));
            }
            if let (Some(own), Some("features"), Some(other)) =
                (&feature, path.first().map(String::as_str), path.get(1))
            {
                let into = path.get(2);
                let is_module =
                    into.is_some_and(|m| modules.get(other).is_some_and(|mods| mods.contains(m)));
                if other != own && is_module {
                    found.push(format!(
                        "{file}:{line}: feature `{own}` reaches into `{}`; use the face of `{other}` (its root module)",
                        path.join("::")
                    ));
                }
            }
        }
    }
    found
}

fn source_files(root: &Path) -> Vec<(String, String)> {
    fn walk(dir: &Path, root: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(root, root, &mut out);
    out.sort();
    out
}

/// Each feature's modules: the files and folders in its folder.
fn feature_modules(files: &[(String, String)]) -> BTreeMap<String, BTreeSet<String>> {
    let mut modules: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (file, _) in files {
        let m = module_of(file);
        if m.len() >= 3 && m[0] == "features" {
            modules
                .entry(m[1].clone())
                .or_default()
                .insert(m[2].clone());
        }
    }
    modules
}

#[test]
fn the_source_tree_keeps_its_layers() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rules = rules_from(&std::fs::read_to_string(root.join("docs/architecture.md")).unwrap());
    assert!(
        rules.len() >= 6,
        "the layers block names every layer: {rules:?}"
    );
    let files = source_files(&root.join("src"));
    assert!(files.len() > 50, "the tree was read");
    let modules = feature_modules(&files);
    let found = violations(&files, &rules, &modules);
    assert!(found.is_empty(), "layer violations:\n{}", found.join("\n"));
}

/// The check itself fails on wrong imports: a view piece using the server,
/// a feature reaching into another feature's store (by `use`, inline, and
/// through `super::super`), infrastructure naming a feature.
#[test]
fn the_check_catches_wrong_imports() {
    let rules = rules_from(
        "# Layers\n```layers\nshared -> (nothing)\nui -> shared\nserver -> shared\nfeatures -> shared ui server\napp -> shared ui features\nhost -> shared server features app\n```\n",
    );
    let file = |path: &str, text: &str| (path.to_string(), text.to_string());
    let files = vec![
        file("ui/form.rs", "use crate::server::db::Db;\nuse crate::shared::AppError;\n"),
        file(
            "features/mdf/store.rs",
            "use crate::features::deals::store::{notify, Params};\nuse crate::features::deals::DealSummary;\n",
        ),
        file(
            "features/tiers/incentives.rs",
            "fn f() { crate::features::deals::store::notify(); }\n",
        ),
        file("features/home/api.rs", "use super::super::mdf::store::fund_card;\nuse super::store::x;\n"),
        file("server/state.rs", "use crate::features::dashboard::cache::DashboardCache;\n"),
        file("features/deals/store.rs", "use crate::server::sql::Params; // crate::features::mdf::store\n"),
        file("host/jobs.rs", "use crate::features::deals::store::run_jobs;\n"),
        file("features/mdf/api.rs", "use crate::{features::deals::store::served_at, shared::AppError};\n"),
    ];
    let modules = feature_modules(&[
        file("features/deals/store.rs", ""),
        file("features/mdf/store.rs", ""),
        file("features/dashboard/cache.rs", ""),
    ]);
    let found = violations(&files, &rules, &modules);
    let has = |needle: &str| found.iter().any(|v| v.contains(needle));
    assert!(
        has("ui/form.rs:1: `ui` may not use `server::db::Db`"),
        "{found:#?}"
    );
    assert!(
        has("features/mdf/store.rs:1: feature `mdf` reaches into `features::deals::store::notify`"),
        "{found:#?}"
    );
    assert!(
        has("features/mdf/store.rs:1: feature `mdf` reaches into `features::deals::store::Params`"),
        "{found:#?}"
    );
    assert!(has("features/tiers/incentives.rs:1: feature `tiers` reaches into `features::deals::store::notify`"), "{found:#?}");
    assert!(
        has(
            "features/home/api.rs:1: feature `home` reaches into `features::mdf::store::fund_card`"
        ),
        "{found:#?}"
    );
    assert!(
        has("server/state.rs:1: `server` may not use `features::dashboard::cache::DashboardCache`"),
        "{found:#?}"
    );
    assert!(
        has(
            "features/mdf/api.rs:1: feature `mdf` reaches into `features::deals::store::served_at`"
        ),
        "{found:#?}"
    );
    // The face, its own modules, comments and the composition are fine.
    assert!(
        !found.iter().any(|v| v.contains("DealSummary")),
        "{found:#?}"
    );
    assert!(
        !found
            .iter()
            .any(|v| v.contains("super::store::x") || v.contains("features::home::store")),
        "{found:#?}"
    );
    assert!(
        !found
            .iter()
            .any(|v| v.starts_with("features/deals/store.rs")),
        "{found:#?}"
    );
    assert!(!found.iter().any(|v| v.starts_with("host/")), "{found:#?}");
    assert_eq!(found.len(), 7, "{found:#?}");
}
