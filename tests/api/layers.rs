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

/// Table -> its owner (a feature, or `kernel`), from the `tables` block of
/// the architecture page: `owner -> table table ..`.
fn owners_from(doc: &str) -> BTreeMap<String, String> {
    let block = doc
        .split("```tables")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("docs/architecture.md has a ```tables block");
    let mut owners = BTreeMap::new();
    for line in block.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let (owner, tables) = line.split_once("->").expect("`owner -> tables`");
        for t in tables.split_whitespace() {
            let before = owners.insert(t.to_string(), owner.trim().to_string());
            assert!(before.is_none(), "table {t} has two owners");
        }
    }
    owners
}

/// The tables a line of code names in SQL: the word after an upper-case
/// `FROM`, `JOIN`, `UPDATE` or `INTO` (comments left out).
fn tables_in(line: &str) -> Vec<String> {
    let code = line.split("//").next().unwrap_or("");
    let words: Vec<&str> = code
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    words
        .windows(2)
        .filter(|w| matches!(w[0], "FROM" | "JOIN" | "UPDATE" | "INTO"))
        .map(|w| w[1].to_string())
        .collect()
}

/// SQL in a feature's files that names a table another feature owns.
fn foreign_tables(files: &[(String, String)], owners: &BTreeMap<String, String>) -> Vec<String> {
    let mut found = Vec::new();
    for (file, text) in files {
        let here = module_of(file);
        if here.first().map(String::as_str) != Some("features") {
            continue;
        }
        let Some(own) = here.get(1) else { continue };
        for (n, line) in text.lines().enumerate() {
            for table in tables_in(line) {
                match owners.get(&table) {
                    Some(owner) if owner != "kernel" && owner != own => found.push(format!(
                        "{file}:{}: feature `{own}` names `{table}` of `{owner}`; ask its face",
                        n + 1
                    )),
                    _ => {}
                }
            }
        }
    }
    found
}

/// The tables the migrations leave: created, renamed, dropped, in order.
fn migrated_tables(root: &Path) -> BTreeSet<String> {
    let mut tables = BTreeSet::new();
    let mut files: Vec<_> = std::fs::read_dir(root.join("migrations/sqlite"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for f in files {
        let sql = std::fs::read_to_string(f).unwrap();
        let words: Vec<&str> = sql
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|w| !w.is_empty())
            .collect();
        for (i, w) in words.iter().enumerate() {
            let at = |k: usize| words.get(i + k).copied().unwrap_or("");
            match (*w, at(1)) {
                ("CREATE", "TABLE") if at(2) != "IF" => {
                    tables.insert(at(2).to_string());
                }
                ("DROP", "TABLE") => {
                    tables.remove(at(2));
                }
                ("ALTER", "TABLE") if at(3) == "RENAME" && at(4) == "TO" => {
                    tables.remove(at(2));
                    tables.insert(at(5).to_string());
                }
                _ => {}
            }
        }
    }
    tables
}

#[test]
fn each_table_has_one_owner_and_features_keep_to_their_own() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let owners = owners_from(&std::fs::read_to_string(root.join("docs/architecture.md")).unwrap());
    let tables = migrated_tables(root);
    assert!(tables.len() > 30, "the migrations were read: {tables:?}");
    let unowned: Vec<&String> = tables.iter().filter(|t| !owners.contains_key(*t)).collect();
    assert!(
        unowned.is_empty(),
        "tables without an owner in docs/architecture.md: {unowned:?}"
    );
    let gone: Vec<&String> = owners.keys().filter(|t| !tables.contains(*t)).collect();
    assert!(
        gone.is_empty(),
        "owners listed for tables the migrations do not make: {gone:?}"
    );
    let found = foreign_tables(&source_files(&root.join("src")), &owners);
    assert!(
        found.is_empty(),
        "SQL on another feature's tables:\n{}",
        found.join("\n")
    );
}

/// The table check itself fails on a feature's SQL over another's table,
/// and lets kernel tables, its own tables, comments and the host pass.
#[test]
fn the_table_check_catches_foreign_sql() {
    let owners = owners_from(
        "```tables\nkernel -> users companies deal_wins_daily\ndeals -> deals deal_events\nmdf -> mdf_requests\n```\n",
    );
    let file = |path: &str, text: &str| (path.to_string(), text.to_string());
    let files = vec![
        file(
            "features/dashboard/store.rs",
            "\"SELECT d.id FROM deals d JOIN companies c ON c.id = d.company_id\"",
        ),
        file(
            "features/mdf/store/read.rs",
            "\"SELECT r.id FROM mdf_requests r LEFT JOIN deal_events e ON 1 = 1\"\n",
        ),
        file(
            "features/tiers/store.rs",
            "\"UPDATE mdf_requests SET x = 1\"\n\"SELECT day FROM deal_wins_daily\"\n",
        ),
        file(
            "features/deals/store/read.rs",
            "\"SELECT id FROM deals\" // and FROM mdf_requests in a comment\n",
        ),
        file("host/demo.rs", "\"INSERT INTO deals (id) VALUES (1)\"\n"),
        file("features/home/pages.rs", "let from = x; // Window::from\n"),
    ];
    let found = foreign_tables(&files, &owners);
    assert_eq!(
        found,
        [
            "features/dashboard/store.rs:1: feature `dashboard` names `deals` of `deals`; ask its face",
            "features/mdf/store/read.rs:1: feature `mdf` names `deal_events` of `deals`; ask its face",
            "features/tiers/store.rs:1: feature `tiers` names `mdf_requests` of `mdf`; ask its face",
        ]
    );
    assert_eq!(
        tables_in("x FROM deals d JOIN mdf_requests r"),
        ["deals", "mdf_requests"]
    );
}
