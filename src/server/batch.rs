//! Write statements sent to the database together.
//!
//! On SQLite every statement of a connection is a round trip to the
//! thread that owns it (sqlx runs each connection on a worker thread), and
//! inside the single-writer lock each round trip is time every queued
//! writer waits for: under load the worker and the caller each wait for a
//! core. A [`Batch`] sends its statements as one multi-statement query,
//! so the whole batch is one round trip. On PostgreSQL, whose extended
//! protocol takes one statement per query, they run one after another in
//! the same transaction (decision 0006, update 2), unless the batch is
//! [`Batch::independent`]: then they are joined into one statement of
//! data-modifying `WITH` clauses, one round trip too.
//!
//! Every statement numbers its own placeholders from `$1`; the batch
//! renumbers them when it joins the statements.

use sqlx::any::AnyArguments;
use sqlx::query::Query;
use sqlx::{Any, AnyConnection};

use super::dialect::Dialect;

/// A value bound to a batched statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Int(Option<i64>),
    Text(Option<String>),
}

impl From<i64> for Arg {
    fn from(v: i64) -> Self {
        Arg::Int(Some(v))
    }
}

impl From<Option<i64>> for Arg {
    fn from(v: Option<i64>) -> Self {
        Arg::Int(v)
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(Some(v.to_string()))
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(Some(v.clone()))
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(Some(v))
    }
}

impl From<Option<&str>> for Arg {
    fn from(v: Option<&str>) -> Self {
        Arg::Text(v.map(str::to_string))
    }
}

/// Binds `args` in order.
pub fn bind<'q>(
    mut q: Query<'q, Any, AnyArguments<'q>>,
    args: Vec<Arg>,
) -> Query<'q, Any, AnyArguments<'q>> {
    for a in args {
        q = match a {
            Arg::Int(v) => q.bind(v),
            Arg::Text(v) => q.bind(v),
        };
    }
    q
}

/// One statement and its values. `persistent`: worth a cached prepared
/// statement (its text does not vary with the data).
#[derive(Clone, Debug)]
struct Statement {
    sql: String,
    args: Vec<Arg>,
    persistent: bool,
}

/// Statements that run together, in order, in the caller's transaction.
#[derive(Clone, Debug, Default)]
pub struct Batch {
    statements: Vec<Statement>,
    independent: bool,
}

impl Batch {
    pub fn new() -> Batch {
        Batch::default()
    }

    /// A batch whose statements do not read what the others write: each
    /// inserts, updates or deletes rows no other statement of the batch
    /// touches (foreign keys between them are fine: PostgreSQL checks
    /// them when the whole statement ends, triggers run then too). On
    /// PostgreSQL they become one statement, `WITH s1 AS (..), s2 AS (..)
    /// last`, where every part sees the database as it was before the
    /// batch.
    pub fn independent() -> Batch {
        Batch {
            statements: Vec::new(),
            independent: true,
        }
    }

    /// Adds a statement whose text is the same every time.
    pub fn push(&mut self, sql: impl Into<String>, args: Vec<Arg>) {
        self.statements.push(Statement {
            sql: sql.into(),
            args,
            persistent: true,
        });
    }

    /// Adds a statement whose text varies with the data (a row count in a
    /// multi-row insert, say): not kept as a prepared statement on its own.
    pub fn push_varying(&mut self, sql: impl Into<String>, args: Vec<Arg>) {
        self.statements.push(Statement {
            sql: sql.into(),
            args,
            persistent: false,
        });
    }

    /// Puts a statement without values before the others.
    pub fn push_front(&mut self, sql: &'static str) {
        self.statements.insert(
            0,
            Statement {
                sql: sql.into(),
                args: Vec::new(),
                persistent: true,
            },
        );
    }

    pub fn is_empty(&self) -> bool {
        self.statements.is_empty()
    }

    pub fn len(&self) -> usize {
        self.statements.len()
    }

    /// Runs every statement: one round trip on SQLite, one statement
    /// after another on PostgreSQL. The first failure stops it; the
    /// caller's transaction undoes what ran before.
    pub async fn run(self, conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
        if self.statements.is_empty() {
            return Ok(());
        }
        match Dialect::of(conn) {
            Dialect::Sqlite => {
                let (sql, args) = self.joined();
                // One text per shape of batch (how many products, how many
                // people told): a handful of shapes, each prepared once per
                // connection.
                bind(sqlx::query(&sql), args).execute(&mut *conn).await?;
            }
            Dialect::Postgres if self.independent && self.statements.len() > 1 => {
                let (sql, args) = self.with_clauses();
                // One text per shape, as on SQLite: prepared once per
                // connection and kept in its statement cache.
                bind(sqlx::query(&sql), args).execute(&mut *conn).await?;
            }
            Dialect::Postgres => {
                for s in self.statements {
                    bind(sqlx::query(&s.sql).persistent(s.persistent), s.args)
                        .execute(&mut *conn)
                        .await?;
                }
            }
        }
        Ok(())
    }

    /// The statements as one text with placeholders numbered through,
    /// and every value in order.
    fn joined(self) -> (String, Vec<Arg>) {
        let mut sql = String::new();
        let mut args = Vec::new();
        for s in self.statements {
            sql.push_str(&renumber(&s.sql, args.len()));
            sql.push_str(";\n");
            args.extend(s.args);
        }
        (sql, args)
    }
}

impl Batch {
    /// The statements as one PostgreSQL statement: every one but the last
    /// in a `WITH` clause of its own (run once, to completion, whether or
    /// not anything reads it), placeholders numbered through.
    fn with_clauses(self) -> (String, Vec<Arg>) {
        let mut sql = String::new();
        let mut args = Vec::new();
        let last = self.statements.len() - 1;
        for (i, s) in self.statements.into_iter().enumerate() {
            let text = renumber(&s.sql, args.len());
            args.extend(s.args);
            match i {
                0 if last > 0 => sql.push_str(&format!("WITH s0 AS ({text})")),
                _ if i == last => sql.push_str(&format!(" {text}")),
                _ => sql.push_str(&format!(", s{i} AS ({text})")),
            }
        }
        (sql, args)
    }
}

/// `$n` becomes `$(n + offset)`, outside quoted text.
fn renumber(sql: &str, offset: usize) -> String {
    if offset == 0 {
        return sql.to_string();
    }
    let mut out = String::with_capacity(sql.len() + 16);
    let mut chars = sql.chars().peekable();
    let mut quote: Option<char> = None;
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                out.push(c);
                if c == q {
                    quote = None;
                }
            }
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                out.push(c);
            }
            None if c == '$' && chars.peek().is_some_and(char::is_ascii_digit) => {
                let mut n = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    n.push(*d);
                    chars.next();
                }
                let n: usize = n.parse().expect("digits");
                out.push('$');
                out.push_str(&(n + offset).to_string());
            }
            None => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_through_the_batch() {
        let mut b = Batch::new();
        b.push(
            "INSERT INTO a (x, y) VALUES ($1, $2)",
            vec![1.into(), "y".into()],
        );
        b.push(
            "UPDATE b SET z = $1, note = '$1 stays' WHERE id = $2",
            vec![3.into(), 4.into()],
        );
        b.push("DELETE FROM c WHERE id = $10", vec![]);
        let (sql, args) = b.joined();
        assert_eq!(
            sql,
            "INSERT INTO a (x, y) VALUES ($1, $2);\n\
             UPDATE b SET z = $3, note = '$1 stays' WHERE id = $4;\n\
             DELETE FROM c WHERE id = $14;\n"
        );
        assert_eq!(args.len(), 4);
        assert_eq!(args[2], Arg::Int(Some(3)));
    }

    #[test]
    fn independent_statements_become_with_clauses() {
        let mut b = Batch::independent();
        b.push("INSERT INTO a (x) VALUES ($1)", vec![1.into()]);
        b.push(
            "UPDATE b SET y = $1 WHERE id = $2",
            vec![2.into(), 3.into()],
        );
        b.push("INSERT INTO c (z) VALUES ($1)", vec!["z".into()]);
        let (sql, args) = b.with_clauses();
        assert_eq!(
            sql,
            "WITH s0 AS (INSERT INTO a (x) VALUES ($1)), \
             s1 AS (UPDATE b SET y = $2 WHERE id = $3) \
             INSERT INTO c (z) VALUES ($4)"
        );
        assert_eq!(args.len(), 4);
    }

    #[test]
    fn a_lone_statement_is_unchanged() {
        assert_eq!(renumber("SELECT $1, $12", 0), "SELECT $1, $12");
        assert_eq!(renumber("SELECT \"$1\", $2", 5), "SELECT \"$1\", $7");
    }
}
