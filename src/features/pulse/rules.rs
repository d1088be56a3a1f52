//! The pulse's rules, without I/O: what an answer must be, and the net
//! promoter score of a set of answers.

use crate::msg;
use crate::shared::l10n::Msg;

/// The longest comment kept, in characters.
pub const MAX_COMMENT: usize = 2000;

/// A checked answer: the score and the trimmed comment, or the field
/// errors (`score`, `comment`).
pub fn check(score: &str, comment: &str) -> Result<(i64, String), Vec<(&'static str, Msg)>> {
    let mut errors = Vec::new();
    let score = match score.trim().parse::<i64>() {
        Ok(s) if (0..=10).contains(&s) => Some(s),
        _ => {
            errors.push(("score", msg!("pulse-error-score")));
            None
        }
    };
    let comment = comment.trim().to_string();
    if comment.chars().count() > MAX_COMMENT {
        errors.push((
            "comment",
            msg!("pulse-error-comment-long", max = MAX_COMMENT),
        ));
    }
    match (score, errors.is_empty()) {
        (Some(s), true) => Ok((s, comment)),
        _ => Err(errors),
    }
}

/// Answers counted the promoter-score way: 9-10 promote, 7-8 are passive,
/// 0-6 detract.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Tally {
    pub promoters: i64,
    pub passives: i64,
    pub detractors: i64,
}

impl Tally {
    pub fn add_score(&mut self, score: i64) {
        match score {
            9..=10 => self.promoters += 1,
            7..=8 => self.passives += 1,
            _ => self.detractors += 1,
        }
    }

    pub fn add(&mut self, other: &Tally) {
        self.promoters += other.promoters;
        self.passives += other.passives;
        self.detractors += other.detractors;
    }

    pub fn answers(&self) -> i64 {
        self.promoters + self.passives + self.detractors
    }

    /// The net promoter score, -100 to 100 (share of promoters less share
    /// of detractors, rounded to the nearest whole); `None` without answers.
    pub fn nps(&self) -> Option<i64> {
        let n = self.answers();
        (n > 0).then(|| {
            let diff = (self.promoters - self.detractors) * 200;
            (diff + diff.signum() * n) / (2 * n)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scores outside 0..10, missing or not a number are refused at the
    /// score; an overlong comment at the comment; good answers trimmed.
    #[test]
    fn answers_are_checked() {
        assert_eq!(check("9", "  Fast  "), Ok((9, "Fast".into())));
        assert_eq!(check("0", ""), Ok((0, String::new())));
        for bad in ["", "11", "-1", "7.5", "ten"] {
            let e = check(bad, "").unwrap_err();
            assert_eq!(e[0].0, "score", "{bad}");
        }
        let long = "x".repeat(MAX_COMMENT + 1);
        let e = check("5", &long).unwrap_err();
        assert_eq!(e[0].0, "comment");
        assert_eq!(check("x", &long).unwrap_err().len(), 2);
    }

    /// 9-10 promote, 7-8 pass, 0-6 detract; the score is promoters less
    /// detractors in whole percent, rounded half away from zero.
    #[test]
    fn net_promoter_score() {
        let mut t = Tally::default();
        assert_eq!(t.nps(), None);
        for s in [10, 9, 8, 7, 6, 0] {
            t.add_score(s);
        }
        assert_eq!((t.promoters, t.passives, t.detractors), (2, 2, 2));
        assert_eq!(t.nps(), Some(0));
        t.add_score(9);
        // 3 of 7 promote, 2 of 7 detract: 14.29 -> 14.
        assert_eq!(t.nps(), Some(14));
        let all_bad = Tally {
            detractors: 3,
            ..Tally::default()
        };
        assert_eq!(all_bad.nps(), Some(-100));
        // 1 promoter, 2 passives, 5 detractors of 8: -50.
        let t = Tally {
            promoters: 1,
            passives: 2,
            detractors: 5,
        };
        assert_eq!(t.nps(), Some(-50));
        // 1 of 3 promote: 33.3 -> 33; 2 of 3: 66.7 -> 67.
        assert_eq!(
            Tally {
                promoters: 1,
                passives: 2,
                detractors: 0
            }
            .nps(),
            Some(33)
        );
        assert_eq!(
            Tally {
                promoters: 2,
                passives: 1,
                detractors: 0
            }
            .nps(),
            Some(67)
        );
    }
}
