//! A company's wins and decisions over a trailing window, read from the
//! company-first rollups (`deal_wins_by_company`,
//! `deal_decisions_by_company`) and, for the partial days at each end,
//! from the company's deals of those days: a tier evaluation of the
//! largest company reads a few hundred rows instead of the 75,000 decided
//! and 22,000 won deals of its year. The tier rules use it; they never
//! read the deals table themselves.

use sqlx::AnyConnection;

use crate::server::dialect::sum_to_i64;
use crate::shared::time::DAY_MS;

/// A trailing window `(from, at]` cut at UTC midnights: the partial first
/// day `(from, head_end)`, the partial last day `[tail_start, at]` and the
/// whole days strictly between `first_day` and `last_day`. Bound after
/// the company id as `$2..$7`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub from: i64,
    pub head_end: i64,
    pub tail_start: i64,
    pub at: i64,
    pub first_day: i64,
    pub last_day: i64,
}

impl Window {
    pub fn new(from: i64, at: i64) -> Window {
        let day = |t: i64| t.div_euclid(DAY_MS) * DAY_MS;
        let (first_day, last_day) = (day(from), day(at));
        // Within one day the head is the whole window: no tail, no whole
        // days.
        let one_day = first_day == last_day;
        Window {
            from,
            head_end: if one_day { at + 1 } else { first_day + DAY_MS },
            tail_start: if one_day { at + 1 } else { last_day },
            at,
            first_day,
            last_day,
        }
    }

    fn bind<'q>(
        &self,
        q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
        q.bind(self.from)
            .bind(self.head_end)
            .bind(self.tail_start)
            .bind(self.at)
            .bind(self.first_day)
            .bind(self.last_day)
    }
}

/// The company's won deals in `(from, at]` per currency: (currency, value
/// in minor units, deals). The value is the final one where given.
pub async fn wins(
    conn: &mut AnyConnection,
    company_id: i64,
    from: i64,
    at: i64,
) -> Result<Vec<(String, i64, i64)>, sqlx::Error> {
    let q = sqlx::query(
        "SELECT currency, CAST(SUM(v) AS BIGINT), CAST(SUM(n) AS BIGINT) FROM ( \
           SELECT currency, COALESCE(final_value_cents, value_cents) AS v, 1 AS n FROM deals \
            WHERE company_id = $1 AND status = 'won' AND won_at > $2 AND won_at < $3 \
           UNION ALL \
           SELECT currency, COALESCE(final_value_cents, value_cents), 1 FROM deals \
            WHERE company_id = $1 AND status = 'won' AND won_at >= $4 AND won_at <= $5 \
           UNION ALL \
           SELECT currency, value_cents, deals FROM deal_wins_by_company \
            WHERE company_id = $1 AND day > $6 AND day < $7 \
         ) w GROUP BY currency",
    );
    let rows = Window::new(from, at)
        .bind(q.bind(company_id))
        .fetch_all(conn)
        .await?;
    Ok(rows
        .iter()
        .map(|r| {
            use sqlx::Row;
            (r.get(0), sum_to_i64(r, 1), sum_to_i64(r, 2))
        })
        .collect())
}

/// How many of the company's registrations were decided in `(from, at]`
/// and not rejected (approved, then perhaps won, lost or expired).
pub async fn decisions(
    conn: &mut AnyConnection,
    company_id: i64,
    from: i64,
    at: i64,
) -> Result<i64, sqlx::Error> {
    const DECIDED: &str = "status IN ('approved','won','lost','expired')";
    let sql = format!(
        "SELECT CAST(( \
           (SELECT COUNT(*) FROM deals WHERE company_id = $1 AND decided_at > $2 AND decided_at < $3 AND {DECIDED}) \
         + (SELECT COUNT(*) FROM deals WHERE company_id = $1 AND decided_at >= $4 AND decided_at <= $5 AND {DECIDED}) \
         + (SELECT COALESCE(SUM(deals), 0) FROM deal_decisions_by_company \
             WHERE company_id = $1 AND day > $6 AND day < $7)) AS BIGINT)"
    );
    let row = Window::new(from, at)
        .bind(sqlx::query(&sql).bind(company_id))
        .fetch_one(conn)
        .await?;
    Ok(sum_to_i64(&row, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEAR_MS: i64 = 365 * DAY_MS;

    /// Every instant of `(from, at]` is in exactly one part of the window.
    fn parts(w: &Window, t: i64) -> usize {
        let head = t > w.from && t < w.head_end;
        let tail = t >= w.tail_start && t <= w.at;
        let day = t.div_euclid(DAY_MS) * DAY_MS;
        let whole = day > w.first_day && day < w.last_day;
        usize::from(head) + usize::from(tail) + usize::from(whole)
    }

    #[test]
    fn a_window_splits_into_partial_days_and_whole_days() {
        let at = 20_000 * DAY_MS + 13 * 3_600_000 + 17;
        for from in [at - YEAR_MS, at - DAY_MS, at - 5, at - 2 * DAY_MS, at] {
            let w = Window::new(from, at);
            for t in (from - 3 * DAY_MS..at + 3 * DAY_MS).step_by(3_600_000 / 4) {
                let inside = t > from && t <= at;
                assert_eq!(parts(&w, t), usize::from(inside), "from {from} t {t}");
            }
            for t in [
                from,
                from + 1,
                w.head_end - 1,
                w.head_end,
                w.tail_start,
                at,
                at + 1,
            ] {
                let inside = t > from && t <= at;
                assert_eq!(parts(&w, t), usize::from(inside), "edge, from {from} t {t}");
            }
        }
    }

    #[test]
    fn a_window_of_a_year_reads_at_most_two_partial_days_of_deals() {
        let at = 20_000 * DAY_MS + 1;
        let w = Window::new(at - YEAR_MS, at);
        assert!(w.head_end - w.from <= DAY_MS);
        assert!(w.at - w.tail_start < DAY_MS);
        assert_eq!((w.last_day - w.first_day) / DAY_MS, 365);
    }
}
