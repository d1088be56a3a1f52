//! CSV for downloads: every field quoted, formulas neutralised (a cell
//! starting with `=`, `+`, `-`, `@`, tab or carriage return is prefixed
//! with `'` so a spreadsheet shows it as text), CRLF line ends, and the
//! response headers of an attachment.

use axum::response::{IntoResponse, Response};
use http::{header, HeaderValue};

fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) && s.parse::<f64>().is_err() {
        format!("'{s}")
    } else {
        s.to_string()
    };
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// One CSV line (with its CRLF).
pub fn line(fields: &[String]) -> String {
    let mut out = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",");
    out.push_str("\r\n");
    out
}

/// Money in minor units as a plain number spreadsheets read (`1234.50`,
/// `-0.50`): no currency sign, no grouping, a full stop in every language.
pub fn amount(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    format!("{sign}{}.{:02}", (cents / 100).abs(), (cents % 100).abs())
}

/// `body` as a CSV attachment named `name` (ASCII letters, digits, `-`,
/// `_` and `.` are kept; anything else becomes `-`).
pub fn attachment(name: &str, body: String) -> Response {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect();
    let mut res = body.into_response();
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/csv; charset=utf-8"),
    );
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{safe}\"")) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_formulas_neutralised() {
        let l = line(&[
            "plain".into(),
            "with \"quote\"".into(),
            "=HYPERLINK(\"x\")".into(),
            "-12.50".into(),
            "@cmd".into(),
        ]);
        assert_eq!(
            l,
            "\"plain\",\"with \"\"quote\"\"\",\"'=HYPERLINK(\"\"x\"\")\",\"-12.50\",\"'@cmd\"\r\n"
        );
    }

    #[test]
    fn amounts_keep_their_sign_and_cents() {
        assert_eq!(super::amount(123_450), "1234.50");
        assert_eq!(super::amount(-50), "-0.50");
        assert_eq!(super::amount(0), "0.00");
    }
}
