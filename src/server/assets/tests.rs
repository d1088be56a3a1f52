use super::*;
use axum::body::{to_bytes, Body};
use std::io::Read;
use tower::ServiceExt;

const HASHED: &str = "portal.AbCdEfGhIjKlMnOpQr_-12.wasm";

/// A pkg folder with a hashed WASM, an unhashed script and a tiny file.
fn site() -> (tempfile::TempDir, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let wasm: Vec<u8> = (0..40_000u32)
        .flat_map(|i| (i % 251).to_le_bytes())
        .collect();
    std::fs::write(dir.path().join(HASHED), &wasm).unwrap();
    std::fs::write(
        dir.path().join("loader.js"),
        "export const a = 1;\n".repeat(40),
    )
    .unwrap();
    std::fs::write(dir.path().join("tiny.css"), "a{}").unwrap();
    (dir, wasm)
}

#[test]
fn hashed_names_are_told_from_plain_ones() {
    assert!(is_hashed(HASHED));
    assert!(is_hashed("portal.AbCdEfGhIjKlMnOpQrStUv.css"));
    assert!(is_hashed("__wasm_split.AbCdEfGhIjKlMnOpQrStUv.js"));
    assert!(!is_hashed("portal.wasm"));
    assert!(!is_hashed("__wasm_split.______________________.js"));
    assert!(!is_hashed("__wasm_split_manifest.json"));
    assert!(
        !is_hashed("portal.AbCdEfGhIjKlMnOpQrStU.wasm"),
        "21 characters"
    );
    assert!(
        !is_hashed("portal.AbCdEfGhIjKlMnOpQr+/12.wasm"),
        "not URL-safe"
    );
}

#[test]
fn the_hash_file_names_each_kind() {
    let text = "js: AAAAAAAAAAAAAAAAAAAAAA\nwasm: BBBBBBBBBBBBBBBBBBBBBB\ncss: CCCCCCCCCCCCCCCCCCCCCC\nmanifest: DDDDDDDDDDDDDDDDDDDDDD\n";
    assert_eq!(hash_of(text, "wasm"), Some("BBBBBBBBBBBBBBBBBBBBBB"));
    assert_eq!(hash_of(text, "css"), Some("CCCCCCCCCCCCCCCCCCCCCC"));
    assert_eq!(hash_of(text, "split"), None);
    assert_eq!(hash_of("wasm:\n", "wasm"), None);
}

#[test]
fn copies_are_made_once_and_decode_to_the_file() {
    let (dir, wasm) = site();
    let done = precompress(dir.path()).unwrap();
    assert_eq!(
        done.files, 2,
        "the WASM and the script; the tiny file is left"
    );
    assert!(!dir.path().join("tiny.css.br").exists());

    let br = std::fs::read(dir.path().join(format!("{HASHED}.br"))).unwrap();
    let mut decoded = Vec::new();
    brotli::Decompressor::new(&br[..], 4096)
        .read_to_end(&mut decoded)
        .unwrap();
    assert_eq!(decoded, wasm);
    assert!(
        br.len() < wasm.len() / 4,
        "brotli at its densest: {} bytes",
        br.len()
    );
    let gz = std::fs::read(dir.path().join(format!("{HASHED}.gz"))).unwrap();
    let mut decoded = Vec::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_end(&mut decoded)
        .unwrap();
    assert_eq!(decoded, wasm);

    assert_eq!(
        precompress(dir.path()).unwrap(),
        Compressed::default(),
        "nothing left to do"
    );
    assert_eq!(remove_stale(dir.path()), 0);
    let leftovers: Vec<_> = files_under(dir.path())
        .into_iter()
        .filter(|p| p.to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_rebuilt_file_loses_its_old_copies() {
    let (dir, _) = site();
    precompress(dir.path()).unwrap();
    let script = dir.path().join("loader.js");
    // The build writes the file again after its copies were made.
    let later = SystemTime::now() + std::time::Duration::from_secs(60);
    std::fs::File::options()
        .write(true)
        .open(&script)
        .unwrap()
        .set_modified(later)
        .unwrap();
    std::fs::write(dir.path().join("gone.js.br"), b"orphan").unwrap();
    assert_eq!(
        remove_stale(dir.path()),
        3,
        "loader.js.br, loader.js.gz and the orphan"
    );
    assert!(!dir.path().join("loader.js.br").exists());
    assert!(dir.path().join(format!("{HASHED}.br")).exists());
    assert_eq!(precompress(dir.path()).unwrap().files, 1);
}

async fn get(app: &Router, path: &str, headers: &[(&str, &str)]) -> Response {
    let mut req = Request::builder().uri(path);
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    app.clone()
        .oneshot(req.body(Body::empty()).unwrap())
        .await
        .unwrap()
}

fn header_of(res: &Response, name: header::HeaderName) -> &str {
    res.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

/// The site with its copies made, served as `precompressed` and `hashed` say.
fn served(precompressed: bool, hashed: bool) -> (tempfile::TempDir, Vec<u8>, Router) {
    let (dir, wasm) = site();
    precompress(dir.path()).unwrap();
    let app = router(
        dir.path(),
        Serving {
            precompressed,
            hashed,
        },
    );
    (dir, wasm, app)
}

#[tokio::test]
async fn hashed_files_are_sent_compressed_and_cached_for_a_year() {
    let (dir, wasm, app) = served(true, true);

    let res = get(
        &app,
        &format!("/pkg/{HASHED}"),
        &[("accept-encoding", "gzip, br")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header_of(&res, header::CONTENT_ENCODING), "br");
    assert_eq!(header_of(&res, header::CACHE_CONTROL), IMMUTABLE);
    assert_eq!(header_of(&res, header::VARY), "accept-encoding");
    assert_eq!(header_of(&res, header::CONTENT_TYPE), "application/wasm");
    let body = to_bytes(res.into_body(), usize::MAX).await.unwrap();
    assert_eq!(
        body,
        std::fs::read(dir.path().join(format!("{HASHED}.br"))).unwrap()
    );

    let res = get(
        &app,
        &format!("/pkg/{HASHED}"),
        &[("accept-encoding", "gzip")],
    )
    .await;
    assert_eq!(header_of(&res, header::CONTENT_ENCODING), "gzip");
    let res = get(&app, &format!("/pkg/{HASHED}"), &[]).await;
    assert_eq!(header_of(&res, header::CONTENT_ENCODING), "");
    let body = to_bytes(res.into_body(), usize::MAX).await.unwrap();
    assert_eq!(body, wasm);
}

#[tokio::test]
async fn plain_names_are_asked_for_again_and_answered_304() {
    let (_dir, _, app) = served(true, true);
    let res = get(&app, "/pkg/loader.js", &[("accept-encoding", "br")]).await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header_of(&res, header::CACHE_CONTROL), REVALIDATE);
    let modified = header_of(&res, header::LAST_MODIFIED).to_string();
    assert!(!modified.is_empty());
    let res = get(&app, "/pkg/loader.js", &[("if-modified-since", &modified)]).await;
    assert_eq!(res.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(header_of(&res, header::CACHE_CONTROL), REVALIDATE);

    let res = get(&app, "/pkg/missing.js", &[]).await;
    assert_eq!(res.status(), StatusCode::NOT_FOUND);
    assert_eq!(header_of(&res, header::CACHE_CONTROL), "");
}

#[tokio::test]
async fn an_unhashed_build_or_a_development_server_caches_nothing_for_long() {
    // Names that look hashed in a build that did not hash: not immutable.
    let (_dir, _, app) = served(false, false);
    let res = get(
        &app,
        &format!("/pkg/{HASHED}"),
        &[("accept-encoding", "br")],
    )
    .await;
    assert_eq!(res.status(), StatusCode::OK);
    assert_eq!(header_of(&res, header::CACHE_CONTROL), REVALIDATE);
    // A development server ignores the copies (they may be older than the file).
    assert_eq!(header_of(&res, header::CONTENT_ENCODING), "");
}
