//! The compiled site's files under `/pkg` (the WASM modules, their
//! JavaScript, the stylesheet): served from brotli and gzip copies made
//! once, never compressed per request, and cached by browsers for a year
//! when their names carry a content hash.
//!
//! A release build made by `scripts/run.sh` brings both: cargo-leptos hashes
//! the names (`LEPTOS_HASH_FILES=true`, writing `hash.txt` beside the
//! binary) and writes the `.br` and `.gz` copies (`--precompress`). Any
//! other build is made good at start: a production server removes copies
//! older than their file and compresses what lacks one in the background,
//! compressing per request until each copy is in place. A development
//! server (`env = "DEV"`, `cargo leptos watch`) serves only per-request
//! compression, since the files change under it.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime};

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use axum::Router;
use http::header::{self, HeaderValue};
use http::StatusCode;
use tower_http::services::ServeDir;

/// Where the compiled site's files are served.
pub const PKG: &str = "/pkg";

/// How long a browser keeps a file whose name carries its content's hash:
/// a new build gives it a new name, so it never needs asking again.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// A name without a hash may hold another build's content tomorrow: the
/// browser asks each time and gets a 304 while the file is unchanged.
pub const REVALIDATE: &str = "no-cache";

/// The copies made and looked for, by suffix.
const COPIES: [&str; 2] = ["br", "gz"];
/// Files worth compressing: text and WebAssembly (images and fonts are
/// compressed already).
const COMPRESSIBLE: [&str; 8] = ["wasm", "js", "css", "json", "svg", "html", "txt", "map"];
/// Smaller files are sent as they are.
const MIN_BYTES: u64 = 256;
/// Above this (a debug build's WASM) brotli's densest setting costs
/// minutes of a core; a faster setting is used, as the file is a
/// developer's anyway.
const DENSE_MAX_BYTES: u64 = 4 * 1024 * 1024;

/// How `/pkg` is served by this server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Serving {
    /// Serve the `.br` / `.gz` copies beside the files.
    pub precompressed: bool,
    /// The build hashed the names (see [`hashed_build`]).
    pub hashed: bool,
}

/// The `/pkg` routes: the files of `pkg_dir`, their copies chosen by the
/// request's `Accept-Encoding`, with `Cache-Control` by name.
pub fn router<S: Clone + Send + Sync + 'static>(pkg_dir: &Path, serving: Serving) -> Router<S> {
    let files = ServeDir::new(pkg_dir);
    let files = if serving.precompressed {
        files.precompressed_br().precompressed_gzip()
    } else {
        files
    };
    let hashed = serving.hashed;
    Router::new()
        .nest_service(PKG, files)
        .layer(axum::middleware::from_fn(
            move |req: Request, next: Next| cache_headers(req, next, hashed),
        ))
}

async fn cache_headers(req: Request, next: Next, hashed_build: bool) -> Response {
    let name = req.uri().path().rsplit('/').next().unwrap_or_default();
    let immutable = hashed_build && is_hashed(name);
    let mut res = next.run(req).await;
    if res.status().is_success() || res.status() == StatusCode::NOT_MODIFIED {
        let h = res.headers_mut();
        let policy = if immutable { IMMUTABLE } else { REVALIDATE };
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(policy));
        // The same name answers brotli, gzip or plain bytes by request.
        h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    res
}

/// Whether a file name carries cargo-leptos's content hash: a part between
/// dots of 22 URL-safe base64 characters (an MD5), not the all-underscore
/// placeholder an unhashed split loader carries.
pub fn is_hashed(name: &str) -> bool {
    name.split('.').any(|part| {
        part.len() == 22
            && part
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            && !part.bytes().all(|b| b == b'_')
    })
}

/// Whether this binary's site was built with hashed names: cargo-leptos's
/// `hash.txt` beside the executable names a main WASM present in
/// `pkg_dir`. A hash file left from another build (whose files a later
/// build removed) does not count, so the pages never link missing files.
pub fn hashed_build(pkg_dir: &Path, output_name: &str) -> bool {
    let Some(hash_file) = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt")))
    else {
        return false;
    };
    let Ok(text) = std::fs::read_to_string(hash_file) else {
        return false;
    };
    hash_of(&text, "wasm")
        .is_some_and(|hash| pkg_dir.join(format!("{output_name}.{hash}.wasm")).is_file())
}

/// The hash `hash.txt` gives one kind of file (`wasm`, `js`, `css`).
pub fn hash_of<'a>(hash_file: &'a str, kind: &str) -> Option<&'a str> {
    hash_file
        .lines()
        .filter_map(|line| line.split_once(':'))
        .find(|(k, _)| k.trim() == kind)
        .map(|(_, hash)| hash.trim())
        .filter(|hash| !hash.is_empty())
}

/// What [`precompress`] did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Compressed {
    /// Files given new copies.
    pub files: usize,
    /// Their size, uncompressed.
    pub bytes: u64,
}

/// Removes every `.br` / `.gz` copy under `dir` older than its file or
/// without one, so a server never sends last build's bytes under this
/// build's name. Cheap (metadata only): run before serving.
pub fn remove_stale(dir: &Path) -> usize {
    let mut removed = 0;
    for path in files_under(dir) {
        let Some(original) = original_of(&path) else {
            continue;
        };
        let stale = match (modified(&original), modified(&path)) {
            (Some(file), Some(copy)) => copy < file,
            (None, _) => true,
            _ => false,
        };
        if stale && std::fs::remove_file(&path).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// Writes the brotli and gzip copies of every compressible file under
/// `dir` that lacks an up-to-date one. Each copy is written to a temporary
/// name and renamed, so a request never reads half a copy and servers
/// started together do not clash.
pub fn precompress(dir: &Path) -> io::Result<Compressed> {
    let mut done = Compressed::default();
    for path in files_under(dir) {
        if !is_compressible(&path) {
            continue;
        }
        let Some(file_time) = modified(&path) else {
            continue;
        };
        let missing: Vec<&str> = COPIES
            .into_iter()
            .filter(|ext| modified(&copy_path(&path, ext)).is_none_or(|copy| copy < file_time))
            .collect();
        if missing.is_empty() {
            continue;
        }
        let bytes = std::fs::read(&path)?;
        for ext in missing {
            let encoded = encode(ext, &bytes)?;
            let target = copy_path(&path, ext);
            let temp = copy_path(&path, &format!("{ext}.tmp-{}", std::process::id()));
            std::fs::write(&temp, encoded)?;
            std::fs::rename(&temp, &target)?;
        }
        done.files += 1;
        done.bytes += bytes.len() as u64;
    }
    Ok(done)
}

/// Starts [`precompress`] on a blocking thread and logs what it did.
pub fn spawn_precompress(dir: PathBuf) {
    tokio::task::spawn_blocking(move || {
        let started = Instant::now();
        match precompress(&dir) {
            Ok(done) if done.files > 0 => tracing::info!(
                files = done.files,
                kb = done.bytes / 1024,
                ms = started.elapsed().as_millis() as u64,
                "static files compressed once (the build had not)"
            ),
            Ok(_) => {}
            Err(e) => tracing::warn!(
                dir = %dir.display(),
                "static files not precompressed, compressing per request: {e}"
            ),
        }
    });
}

fn encode(ext: &str, bytes: &[u8]) -> io::Result<Vec<u8>> {
    let dense = bytes.len() as u64 <= DENSE_MAX_BYTES;
    if ext == "br" {
        let params = brotli::enc::BrotliEncoderParams {
            quality: if dense { 11 } else { 5 },
            lgwin: 22,
            ..Default::default()
        };
        let mut out = Vec::new();
        brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
        Ok(out)
    } else {
        let level = if dense {
            flate2::Compression::best()
        } else {
            flate2::Compression::default()
        };
        let mut encoder = flate2::write::GzEncoder::new(Vec::new(), level);
        encoder.write_all(bytes)?;
        encoder.finish()
    }
}

fn is_compressible(path: &Path) -> bool {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default();
    COMPRESSIBLE.contains(&ext) && std::fs::metadata(path).is_ok_and(|m| m.len() >= MIN_BYTES)
}

/// `portal.wasm` -> `portal.wasm.br`.
fn copy_path(path: &Path, ext: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".");
    name.push(ext);
    PathBuf::from(name)
}

/// `portal.wasm.br` -> `portal.wasm`; `None` for a file that is no copy.
fn original_of(copy: &Path) -> Option<PathBuf> {
    let ext = copy.extension()?.to_str()?;
    COPIES.contains(&ext).then(|| copy.with_extension(""))
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Every file below `dir`, depth first (the pkg folder is small).
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            match entry.file_type() {
                Ok(t) if t.is_dir() => stack.push(path),
                Ok(t) if t.is_file() => files.push(path),
                _ => {}
            }
        }
    }
    files
}

#[cfg(test)]
mod tests;
