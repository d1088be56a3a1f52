//! Pagination, the same on both sides: one page of a list with its total.

use serde::{Deserialize, Serialize};

/// One page of a list, with the total for "1-50 of 230".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub page: i64,
    pub per_page: i64,
    pub total: i64,
}

impl<T> Page<T> {
    pub fn pages(&self) -> i64 {
        ((self.total + self.per_page - 1) / self.per_page).max(1)
    }
}

/// Clamps a requested page number to something sane.
pub fn page_number(page: Option<i64>) -> i64 {
    page.unwrap_or(1).clamp(1, 100_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_are_clamped() {
        assert_eq!(page_number(None), 1);
        assert_eq!(page_number(Some(-3)), 1);
        assert_eq!(page_number(Some(10_000_000)), 100_000);
    }

    #[test]
    fn page_count() {
        let p = |total| Page::<()> {
            items: vec![],
            page: 1,
            per_page: 50,
            total,
        };
        assert_eq!(p(0).pages(), 1);
        assert_eq!(p(50).pages(), 1);
        assert_eq!(p(51).pages(), 2);
    }
}
