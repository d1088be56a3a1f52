//! Uploaded files: what we accept, how we check it, where it lives.
//!
//! The allow-list is PDF, PNG, JPEG, CSV and XLSX. A file is accepted only
//! when its name's extension is on the list *and* its bytes are that type:
//! magic numbers for the binary formats, the zip's central directory for
//! XLSX (entry count, declared sizes and compression ratio checked without
//! inflating anything, so a zip bomb is refused unopened), and for CSV
//! UTF-8 text without control bytes or markup. Files are stored outside the
//! web root under random server-made names and only ever served back as
//! attachments with `nosniff` and a sandboxing CSP.

use std::path::{Path, PathBuf};

use crate::msg;
use crate::shared::l10n::Msg;

/// Whether the request came from a browser form (answer with a redirect)
/// rather than from script (answer with JSON).
pub fn wants_html(headers: &http::HeaderMap) -> bool {
    headers
        .get(http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/html"))
}

/// A refusal for the page a browser form goes back to: its key
/// (`upload_error=error-upload-too-large`) and, when it has any, its
/// values as JSON (`upload_args=`); the page renders it in the reader's
/// language (`ui::upload_error`).
pub fn error_query(m: &crate::shared::l10n::Msg) -> String {
    let mut q = format!("upload_error={}", urlencoding::encode(&m.key));
    if !m.args.is_empty() {
        let args = serde_json::to_string(&m.args).unwrap_or_default();
        q.push_str(&format!("&upload_args={}", urlencoding::encode(&args)));
    }
    q
}

/// A redirect a browser follows with a GET.
pub fn see_other(to: &str) -> axum::response::Response {
    use axum::response::IntoResponse;
    (
        http::StatusCode::SEE_OTHER,
        [(http::header::LOCATION, to.to_string())],
    )
        .into_response()
}

/// Reads one multipart field up to `limit` bytes.
pub async fn read_field(
    field: &mut axum::extract::multipart::Field<'_>,
    limit: usize,
) -> Result<Vec<u8>, crate::shared::AppError> {
    use crate::shared::AppError;
    let mut data = Vec::new();
    while let Some(chunk) = field
        .chunk()
        .await
        .map_err(|_| AppError::BadRequest(crate::msg!("error-upload-interrupted")))?
    {
        if data.len() + chunk.len() > limit {
            return Err(AppError::BadRequest(crate::msg!(
                "error-upload-too-large",
                mb = limit / 1024 / 1024
            )));
        }
        data.extend_from_slice(&chunk);
    }
    Ok(data)
}

/// The largest file accepted.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// What an XLSX may expand to, in total and per byte stored.
const MAX_ZIP_TOTAL: u64 = 100 * 1024 * 1024;
const MAX_ZIP_ENTRIES: usize = 2_000;
const MAX_ZIP_RATIO: u64 = 200;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Pdf,
    Png,
    Jpeg,
    Csv,
    Xlsx,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Pdf => "pdf",
            Kind::Png => "png",
            Kind::Jpeg => "jpeg",
            Kind::Csv => "csv",
            Kind::Xlsx => "xlsx",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        match s {
            "pdf" => Some(Kind::Pdf),
            "png" => Some(Kind::Png),
            "jpeg" => Some(Kind::Jpeg),
            "csv" => Some(Kind::Csv),
            "xlsx" => Some(Kind::Xlsx),
            _ => None,
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Kind::Pdf => "application/pdf",
            Kind::Png => "image/png",
            Kind::Jpeg => "image/jpeg",
            Kind::Csv => "text/csv; charset=utf-8",
            Kind::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }

    fn from_extension(name: &str) -> Option<Kind> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "pdf" => Some(Kind::Pdf),
            "png" => Some(Kind::Png),
            "jpg" | "jpeg" => Some(Kind::Jpeg),
            "csv" | "txt" => Some(Kind::Csv),
            "xlsx" => Some(Kind::Xlsx),
            _ => None,
        }
    }
}

/// The accepted types, for messages and the file input's `accept`.
pub const ACCEPT: &str = ".pdf,.png,.jpg,.jpeg,.csv,.xlsx";

/// Decides whether `bytes` named `name` may be stored, and as what. A
/// refusal names the file (its message has the argument `name`).
pub fn check(name: &str, bytes: &[u8]) -> Result<Kind, Msg> {
    check_bytes(name, bytes).map_err(|m| m.with("name", name))
}

fn check_bytes(name: &str, bytes: &[u8]) -> Result<Kind, Msg> {
    if bytes.is_empty() {
        return Err(msg!("error-upload-empty"));
    }
    if bytes.len() > MAX_FILE_BYTES {
        return Err(msg!(
            "error-upload-large",
            mb = MAX_FILE_BYTES / 1024 / 1024
        ));
    }
    let Some(kind) = Kind::from_extension(name) else {
        return Err(msg!("error-upload-type"));
    };
    let ok = match kind {
        Kind::Pdf => bytes.starts_with(b"%PDF-"),
        Kind::Png => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        Kind::Jpeg => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
        Kind::Csv => return check_text(bytes).map(|_| kind),
        Kind::Xlsx => return check_xlsx(bytes).map(|_| kind),
    };
    if ok {
        Ok(kind)
    } else {
        Err(msg!(
            "error-upload-content",
            kind = kind.as_str().to_uppercase()
        ))
    }
}

/// CSV: UTF-8 text, no NUL or other control bytes, and not markup (an HTML
/// or SVG page renamed to .csv).
fn check_text(bytes: &[u8]) -> Result<(), Msg> {
    let text = std::str::from_utf8(bytes).map_err(|_| msg!("error-upload-csv-utf8"))?;
    if text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(msg!("error-upload-csv-binary"));
    }
    let start = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .to_ascii_lowercase();
    if start.starts_with('<') {
        return Err(msg!("error-upload-csv-markup"));
    }
    Ok(())
}

fn u16_at(b: &[u8], i: usize) -> Option<u64> {
    Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?) as u64)
}

fn u32_at(b: &[u8], i: usize) -> Option<u64> {
    Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?) as u64)
}

/// XLSX: a zip whose central directory names a workbook, with bounded
/// entry count, declared sizes and compression ratio. Nothing is inflated.
fn check_xlsx(bytes: &[u8]) -> Result<(), Msg> {
    let bad = || msg!("error-upload-xlsx");
    if !bytes.starts_with(b"PK\x03\x04") {
        return Err(bad());
    }
    // The end-of-central-directory record: in the last 64 KiB + 22 bytes.
    let tail_start = bytes.len().saturating_sub(65_535 + 22);
    let eocd = (tail_start..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes[i..].starts_with(b"PK\x05\x06"))
        .ok_or_else(bad)?;
    let entries = u16_at(bytes, eocd + 10).ok_or_else(bad)? as usize;
    let cd_size = u32_at(bytes, eocd + 12).ok_or_else(bad)? as usize;
    let cd_offset = u32_at(bytes, eocd + 16).ok_or_else(bad)? as usize;
    if entries == 0xFFFF || cd_offset == 0xFFFF_FFFF {
        return Err(msg!("error-upload-zip64"));
    }
    if entries > MAX_ZIP_ENTRIES {
        return Err(msg!("error-upload-xlsx-parts"));
    }
    if cd_offset.checked_add(cd_size).is_none_or(|end| end > eocd) {
        return Err(bad());
    }
    let mut at = cd_offset;
    let mut total: u64 = 0;
    let (mut has_types, mut has_workbook) = (false, false);
    for _ in 0..entries {
        if !bytes
            .get(at..)
            .is_some_and(|b| b.starts_with(b"PK\x01\x02"))
        {
            return Err(bad());
        }
        let compressed = u32_at(bytes, at + 20).ok_or_else(bad)?;
        let size = u32_at(bytes, at + 24).ok_or_else(bad)?;
        let name_len = u16_at(bytes, at + 28).ok_or_else(bad)? as usize;
        let extra_len = u16_at(bytes, at + 30).ok_or_else(bad)? as usize;
        let comment_len = u16_at(bytes, at + 32).ok_or_else(bad)? as usize;
        let name = bytes.get(at + 46..at + 46 + name_len).ok_or_else(bad)?;
        if compressed == 0xFFFF_FFFF || size == 0xFFFF_FFFF {
            return Err(msg!("error-upload-zip64"));
        }
        if size > compressed.max(1) * MAX_ZIP_RATIO {
            return Err(msg!("error-upload-zip-bomb"));
        }
        total += size;
        if total > MAX_ZIP_TOTAL {
            return Err(msg!(
                "error-upload-xlsx-large",
                mb = MAX_ZIP_TOTAL / 1024 / 1024
            ));
        }
        has_types |= name == b"[Content_Types].xml";
        has_workbook |= name.starts_with(b"xl/");
        at += 46 + name_len + extra_len + comment_len;
    }
    if has_types && has_workbook {
        Ok(())
    } else {
        Err(bad())
    }
}

/// A display name safe for headers and pages: the last path part, no
/// control or quote characters, at most 120 characters.
pub fn clean_name(raw: &str) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '\\' | '/' | ';'))
        .take(120)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').to_string();
    if cleaned.is_empty() {
        "file".into()
    } else {
        cleaned
    }
}

/// Where a stored file lives: `<dir>/<first two chars>/<key>`.
fn path_of(dir: &str, key: &str) -> Option<PathBuf> {
    // Keys are server-made hex; anything else never names a file.
    if key.len() < 8 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    Some(Path::new(dir).join(&key[..2]).join(key))
}

/// Stores bytes under a fresh server-made name and returns it. Written to
/// a temporary file, synced, then renamed, so a crash leaves no half file
/// under a real name.
pub async fn store(dir: &str, bytes: &[u8]) -> std::io::Result<String> {
    use tokio::io::AsyncWriteExt;
    let key = hex::encode(rand::random::<[u8; 20]>());
    let path = path_of(dir, &key).ok_or_else(|| std::io::Error::other("bad key"))?;
    if let Some(parent) = path.parent() {
        tokio::fs::create_dir_all(parent).await?;
    }
    let tmp = path.with_extension("part");
    let mut f = tokio::fs::File::create(&tmp).await?;
    f.write_all(bytes).await?;
    f.sync_all().await?;
    drop(f);
    tokio::fs::rename(&tmp, &path).await?;
    Ok(key)
}

pub async fn read(dir: &str, key: &str) -> std::io::Result<Vec<u8>> {
    let path = path_of(dir, key).ok_or_else(|| std::io::Error::other("bad key"))?;
    tokio::fs::read(path).await
}

/// `Content-Disposition: attachment` with an ASCII fallback name and the
/// UTF-8 name (RFC 6266 / 5987).
pub fn attachment_header(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!(
        "attachment; filename=\"{ascii}\"; filename*=UTF-8''{}",
        urlencoding::encode(name)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A minimal zip with the given (name, compressed size, declared size)
    /// entries in its central directory.
    fn zip_with(entries: &[(&str, u32, u32)]) -> Vec<u8> {
        let mut out = b"PK\x03\x04".to_vec();
        out.extend_from_slice(&[0; 26]);
        let cd_offset = out.len() as u32;
        for (name, comp, size) in entries {
            out.extend_from_slice(b"PK\x01\x02");
            out.extend_from_slice(&[0; 16]);
            out.extend_from_slice(&comp.to_le_bytes());
            out.extend_from_slice(&size.to_le_bytes());
            out.extend_from_slice(&(name.len() as u16).to_le_bytes());
            out.extend_from_slice(&[0; 16]);
            out.extend_from_slice(name.as_bytes());
        }
        let cd_size = out.len() as u32 - cd_offset;
        out.extend_from_slice(b"PK\x05\x06");
        out.extend_from_slice(&[0; 4]);
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&(entries.len() as u16).to_le_bytes());
        out.extend_from_slice(&cd_size.to_le_bytes());
        out.extend_from_slice(&cd_offset.to_le_bytes());
        out.extend_from_slice(&[0; 2]);
        out
    }

    #[test]
    fn accepts_real_types_refuses_impostors() {
        assert_eq!(check("a.pdf", b"%PDF-1.7\n..."), Ok(Kind::Pdf));
        assert_eq!(check("a.PNG", b"\x89PNG\r\n\x1a\n...."), Ok(Kind::Png));
        assert_eq!(check("a.jpg", &[0xFF, 0xD8, 0xFF, 0xE0, 1]), Ok(Kind::Jpeg));
        assert_eq!(check("leads.csv", b"name,email\nA,a@b.c\n"), Ok(Kind::Csv));
        // A renamed executable, HTML and SVG with script.
        assert!(check("invoice.pdf", b"\x7fELF\x02\x01\x01....").is_err());
        assert!(check("invoice.pdf", b"MZ\x90\x00....").is_err());
        assert!(check("leads.csv", b"<html><script>alert(1)</script>").is_err());
        assert!(check(
            "photo.png",
            b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
        )
        .is_err());
        assert!(check("photo.svg", b"<svg/>").is_err());
        assert!(check("page.html", b"<html>").is_err());
        assert!(check("noext", b"%PDF-").is_err());
        assert!(check("a.csv", b"a,b\x00c").is_err());
        assert!(check("a.csv", &[0xC3, 0x28]).is_err());
        assert!(check("a.pdf", b"").is_err());
        assert!(check("a.pdf", &vec![b'%'; MAX_FILE_BYTES + 1]).is_err());
    }

    #[test]
    fn xlsx_checked_by_its_directory() {
        let ok = zip_with(&[
            ("[Content_Types].xml", 100, 300),
            ("xl/workbook.xml", 200, 900),
        ]);
        assert_eq!(check("book.xlsx", &ok), Ok(Kind::Xlsx));
        let bomb = zip_with(&[
            ("[Content_Types].xml", 100, 300),
            ("xl/worksheets/sheet1.xml", 1_000, 1_000_000_000),
        ]);
        assert_eq!(
            check("book.xlsx", &bomb).unwrap_err(),
            msg!("error-upload-zip-bomb", name = "book.xlsx")
        );
        let many = zip_with(&[
            ("[Content_Types].xml", 100, 300),
            ("xl/a.xml", 600_000, 60_000_000),
            ("xl/b.xml", 600_000, 60_000_000),
        ]);
        assert_eq!(
            check("book.xlsx", &many).unwrap_err().key,
            "error-upload-xlsx-large"
        );
        let not_excel = zip_with(&[("word/document.xml", 10, 20)]);
        assert!(check("book.xlsx", &not_excel).is_err());
        assert!(check("book.xlsx", b"PK\x03\x04garbage").is_err());
        let mut truncated = ok.clone();
        truncated.truncate(ok.len() - 30);
        assert!(check("book.xlsx", &truncated).is_err());
    }

    #[test]
    fn names_and_keys() {
        assert_eq!(clean_name("C:\\Users\\me\\invoice.pdf"), "invoice.pdf");
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("a\"b;c\r\n.pdf"), "abc.pdf");
        assert_eq!(clean_name("..."), "file");
        assert!(path_of("/d", "../../etc/passwd").is_none());
        assert!(path_of("/d", "abcdef0123456789").is_some());
        let h = attachment_header("Rechnung März.pdf");
        assert!(
            h.starts_with("attachment; filename=\"Rechnung M_rz.pdf\""),
            "{h}"
        );
        assert!(h.contains("UTF-8''Rechnung%20M%C3%A4rz.pdf"));
    }
}
