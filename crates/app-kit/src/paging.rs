//! Which page of a list: limit and offset within the API's bounds, the result with its total,
//! and the sort direction.

use crate::issues::FieldIssues;

/// Sort direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    Asc,
    #[default]
    Desc,
}

impl SortOrder {
    /// The SQL keyword.
    pub fn sql(self) -> &'static str {
        match self {
            SortOrder::Asc => "ASC",
            SortOrder::Desc => "DESC",
        }
    }
}

/// A validated page request: `limit` in 1..=[`Page::MAX_LIMIT`], `offset` ≥ 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Page {
    limit: u32,
    offset: u64,
}

impl Default for Page {
    fn default() -> Self {
        Self {
            limit: Self::DEFAULT_LIMIT,
            offset: 0,
        }
    }
}

impl Page {
    pub const DEFAULT_LIMIT: u32 = 10;
    pub const MAX_LIMIT: u32 = 100;

    /// `limit` (`None` for the default) and `offset` as a client sent them; each one out of range
    /// is recorded in `issues` under the field names `limit` and `offset`.
    pub fn parse(limit: Option<i64>, offset: i64, issues: &mut FieldIssues) -> Option<Self> {
        let limit = match limit {
            None => Some(Self::DEFAULT_LIMIT),
            Some(n) => match u32::try_from(n) {
                Ok(n) if (1..=Self::MAX_LIMIT).contains(&n) => Some(n),
                _ => {
                    issues.add(
                        "limit",
                        format!("must be between 1 and {}", Self::MAX_LIMIT),
                    );
                    None
                }
            },
        };
        let offset = u64::try_from(offset).ok();
        if offset.is_none() {
            issues.add("offset", "must not be negative");
        }
        Some(Self {
            limit: limit?,
            offset: offset?,
        })
    }

    pub fn limit(self) -> u32 {
        self.limit
    }

    pub fn offset(self) -> u64 {
        self.offset
    }
}

/// One page of results and how many match the filters in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paged<T> {
    pub total: u64,
    pub items: Vec<T>,
}

impl<T> Paged<T> {
    /// The same page with each item converted.
    pub fn map<U>(self, f: impl FnMut(T) -> U) -> Paged<U> {
        Paged {
            total: self.total,
            items: self.items.into_iter().map(f).collect(),
        }
    }

    /// The page's items (what a generated page DTO is built from, beside [`Self::total_i64`]).
    pub fn items(&self) -> &[T] {
        &self.items
    }

    /// The total as the `i64` the wire types carry (a count never reaches `i64::MAX`).
    pub fn total_i64(&self) -> i64 {
        i64::try_from(self.total).unwrap_or(i64::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_limit_means_ten() {
        let mut issues = FieldIssues::default();
        assert_eq!(Page::parse(None, 0, &mut issues), Some(Page::default()));
        assert!(issues.is_empty());
    }

    #[test]
    fn limits_outside_one_to_a_hundred_and_negative_offsets_are_named() {
        let mut issues = FieldIssues::default();
        assert_eq!(Page::parse(Some(101), -1, &mut issues), None);
        let names: Vec<String> = issues.iter().map(|i| i.path.to_string()).collect();
        assert_eq!(names, ["limit", "offset"]);
    }
}
