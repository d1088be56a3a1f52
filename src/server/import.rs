//! Staged CSV imports, for any feature that takes rows from a spreadsheet.
//! The upload is kept as it came ([`stage`]); each look at it reads it
//! again with the `csv` crate ([`read`]) so the feature can check every
//! line and show a preview with each line's errors; the user confirms and
//! the feature applies all lines in one transaction, once ([`claim`] in that
//! transaction refuses a second apply). The feature owns its checks and its
//! writes; this module owns the file, its reading and the once-only rule.
//! Batches live in `import_batches`, told apart by `kind`
//! (`"mdf.allocations"`), and only their uploader may see or apply them.

use sqlx::{AnyConnection, Row};

use crate::msg;
use crate::server::db::Db;
use crate::server::errors::OrInternal;
use crate::server::now_ms;
use crate::shared::error::FieldError;
use crate::shared::l10n::{Arg, Msg};
use crate::shared::AppError;

/// What one kind of sheet must and may hold.
#[derive(Clone, Copy, Debug)]
pub struct Spec {
    /// Columns the first line must name (any order, any case).
    pub required: &'static [&'static str],
    /// Columns it may name.
    pub optional: &'static [&'static str],
    /// The most data lines one file may hold.
    pub max_rows: usize,
    /// The message key naming what a data line is, in the plural
    /// (`k!("mdf-sheet-rows")`: "allocations"), for the file's errors.
    pub rows_are: &'static str,
}

/// One data line: its line number in the file (where a quoted field over
/// several lines starts) and its cells by column, trimmed; a column the
/// file lacks (optional ones) reads as empty.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SheetRow {
    pub line: usize,
    cells: Vec<(&'static str, String)>,
}

impl SheetRow {
    pub fn get(&self, column: &str) -> &str {
        self.cells
            .iter()
            .find(|(name, _)| *name == column)
            .map_or("", |(_, value)| value.as_str())
    }
}

/// Reads CSV text: a first line naming the columns, then one record a
/// line (RFC 4180 quoting: fields in double quotes may hold commas, line
/// breaks and doubled quotes). A byte-order mark is skipped; `;` is the
/// separator when the first line has more of them than commas, as
/// spreadsheets in many locales write. Blank lines are skipped. The error
/// is a message for the person who uploaded the file.
pub fn read(text: &str, spec: &Spec) -> Result<Vec<SheetRow>, Msg> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut records: Vec<(usize, csv::StringRecord)> = Vec::new();
    // Line numbers from byte offsets: a record's offset is where the
    // previous one stopped, before the line breaks (and blank lines) the
    // reader skips on its way, so those are skipped first; the line is one
    // plus the breaks before the record's first character.
    let (mut line, mut counted) = (1, 0);
    let mut line_at = |byte: usize| {
        let mut byte = byte.min(text.len());
        while matches!(text.as_bytes().get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        line += text.as_bytes()[counted..byte]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        counted = byte;
        line
    };
    for record in reader.records() {
        let record = record.map_err(|e| match e.position() {
            Some(p) => msg!(
                "error-import-unreadable-line",
                line = line_at(p.byte() as usize),
                detail = e.to_string()
            ),
            None => msg!("error-import-unreadable", detail = e.to_string()),
        })?;
        if record.iter().all(|field| field.trim().is_empty()) {
            continue;
        }
        let line = line_at(record.position().map_or(0, |p| p.byte() as usize));
        records.push((line, record));
        // The header and one line too many are enough to refuse.
        if records.len() > spec.max_rows + 1 {
            break;
        }
    }
    // In RFC 4180 quote marks come in pairs; an odd count means a quoted
    // field runs to the end of the file.
    if text.matches('"').count() % 2 == 1 {
        let line = records.last().map_or(1, |(line, _)| *line);
        return Err(msg!("error-import-open-quote", line = line));
    }
    let columns = spec_columns(spec);
    let Some(((_, header), rows)) = records.split_first() else {
        return Err(msg!("error-import-empty", columns = columns.join(",")));
    };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    let index = |name: &str| header.iter().position(|h| h == name);
    if spec.required.iter().any(|name| index(name).is_none()) {
        let (required, required_last) = list_parts(spec.required);
        let (optional, optional_last) = list_parts(spec.optional);
        return Err(msg!(
            "error-import-columns",
            required = required,
            required_last = required_last,
            required_count = spec.required.len(),
            optional = optional,
            optional_last = optional_last,
            optional_count = spec.optional.len()
        ));
    }
    let rows_are = || Arg::Key(spec.rows_are.to_string());
    if rows.is_empty() {
        return Err(msg!("error-import-no-rows", rows = rows_are()));
    }
    if rows.len() > spec.max_rows {
        return Err(msg!(
            "error-import-too-many",
            max = spec.max_rows,
            rows = rows_are()
        ));
    }
    let at: Vec<(&'static str, Option<usize>)> =
        columns.iter().map(|name| (*name, index(name))).collect();
    Ok(rows
        .iter()
        .map(|(line, record)| SheetRow {
            line: *line,
            cells: at
                .iter()
                .map(|(name, i)| {
                    let value = i.and_then(|i| record.get(i)).unwrap_or("");
                    (*name, value.trim().to_string())
                })
                .collect(),
        })
        .collect())
}

fn spec_columns(spec: &Spec) -> Vec<&'static str> {
    spec.required.iter().chain(spec.optional).copied().collect()
}

/// A list of column names for a message that joins them in its own
/// words (`{ $required } and { $required_last }`): all but the last,
/// comma-separated, and the last.
fn list_parts(names: &[&str]) -> (String, String) {
    match names {
        [] => (String::new(), String::new()),
        [rest @ .., last] => (rest.join(", "), last.to_string()),
    }
}

/// The most characters of a file name kept with a batch.
const FILE_NAME_CHARS: usize = 120;

/// Keeps an upload of `kind` for its preview; returns the batch's id.
/// An empty upload, or one that is not text, is refused (field `csv`),
/// and nothing is kept.
pub async fn stage(
    db: &Db,
    kind: &str,
    user_id: i64,
    file_name: &str,
    body: &str,
) -> Result<i64, AppError> {
    if body.trim().is_empty() {
        return Err(AppError::Validation {
            message: msg!("error-import-choose"),
            fields: vec![FieldError {
                field: "csv".into(),
                message: msg!("error-import-csv-empty"),
            }],
            values: vec![],
        });
    }
    // A NUL byte means a binary file (and PostgreSQL refuses it in text).
    if body.contains('\0') {
        return Err(AppError::Validation {
            message: msg!("error-import-choose"),
            fields: vec![FieldError {
                field: "csv".into(),
                message: msg!("error-import-not-text"),
            }],
            values: vec![],
        });
    }
    let name: String = file_name
        .chars()
        .filter(|c| *c != '\0')
        .take(FILE_NAME_CHARS)
        .collect();
    let insert = sqlx::query(
        "INSERT INTO import_batches (kind, created_by, file_name, body, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(kind)
    .bind(user_id)
    .bind(&name)
    .bind(body)
    .bind(now_ms());
    let mut tx = db.write().await.or_internal()?;
    let id: i64 = insert.fetch_one(&mut **tx).await.or_internal()?.get(0);
    tx.commit().await.or_internal()?;
    Ok(id)
}

/// A staged upload as its uploader sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Staged {
    pub id: i64,
    pub file_name: String,
    pub body: String,
    /// Applied already: the preview shows it, nothing may apply it again.
    pub applied: bool,
}

/// The batch `id` of `kind` if `user_id` uploaded it (`None` for anyone
/// else's, so ids reveal nothing).
pub async fn staged(
    conn: &mut AnyConnection,
    kind: &str,
    id: i64,
    user_id: i64,
) -> Result<Option<Staged>, AppError> {
    let row = sqlx::query(
        "SELECT file_name, body, applied_at FROM import_batches WHERE id = $1 AND kind = $2 AND created_by = $3",
    )
    .bind(id)
    .bind(kind)
    .bind(user_id)
    .fetch_optional(&mut *conn)
    .await
    .or_internal()?;
    Ok(row.map(|row| Staged {
        id,
        file_name: row.get(0),
        body: row.get(1),
        applied: row.get::<Option<i64>, _>(2).is_some(),
    }))
}

/// Marks the batch applied, inside the transaction that applies its lines:
/// of two confirmations racing, the second gets a conflict and its
/// transaction writes nothing.
pub async fn claim(conn: &mut AnyConnection, kind: &str, id: i64) -> Result<(), AppError> {
    let claimed = sqlx::query(
        "UPDATE import_batches SET applied_at = $1 WHERE id = $2 AND kind = $3 AND applied_at IS NULL",
    )
    .bind(now_ms())
    .bind(id)
    .bind(kind)
    .execute(&mut *conn)
    .await
    .or_internal()?
    .rows_affected();
    if claimed == 1 {
        Ok(())
    } else {
        Err(already_applied())
    }
}

pub fn already_applied() -> AppError {
    AppError::conflict(msg!("error-import-applied"))
}

#[cfg(test)]
mod tests;
