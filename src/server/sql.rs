//! SQL text built at run time, with positional parameters: both databases
//! take `$n` (sqlx's `Any` driver). Values are never spliced into the text;
//! only server-side integers (ids from the session) and fixed column names
//! are.

/// Positional parameters collected while a query is built.
#[derive(Default)]
pub struct Params {
    values: Vec<Param>,
}

pub enum Param {
    Int(i64),
    Text(String),
}

impl Params {
    pub fn int(&mut self, v: i64) -> String {
        self.values.push(Param::Int(v));
        format!("${}", self.values.len())
    }
    pub fn text(&mut self, v: impl Into<String>) -> String {
        self.values.push(Param::Text(v.into()));
        format!("${}", self.values.len())
    }
    /// How many parameters there are so far.
    pub fn len(&self) -> usize {
        self.values.len()
    }
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
    pub fn bind<'q>(
        &'q self,
        mut q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        for p in &self.values {
            q = match p {
                Param::Int(i) => q.bind(*i),
                Param::Text(s) => q.bind(s.as_str()),
            };
        }
        q
    }
}

/// A value for an UPDATE's SET list.
pub enum SetValue {
    Int(Option<i64>),
    Text(String),
}

/// `col = $n` for each value, its parameters added to `p` (NULL inlined).
pub fn set_list(p: &mut Params, sets: &[(&'static str, SetValue)]) -> Vec<String> {
    sets.iter()
        .map(|(col, v)| {
            let ph = match v {
                SetValue::Int(Some(i)) => p.int(*i),
                SetValue::Int(None) => "NULL".to_string(),
                SetValue::Text(s) => p.text(s.clone()),
            };
            format!("{col} = {ph}")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_in_order() {
        let mut p = Params::default();
        assert_eq!(p.int(7), "$1");
        assert_eq!(p.text("x"), "$2");
        let sets = set_list(
            &mut p,
            &[
                ("a", SetValue::Int(Some(1))),
                ("b", SetValue::Int(None)),
                ("c", SetValue::Text("y".into())),
            ],
        );
        assert_eq!(sets, vec!["a = $3", "b = NULL", "c = $4"]);
        assert_eq!(p.len(), 4);
    }
}
