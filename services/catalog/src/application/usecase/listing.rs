//! Paging and filter text shared by every list operation, checked once for both adapters.

use super::{CatalogError, FieldIssue};

pub const DEFAULT_LIMIT: u32 = 10;
pub const MAX_LIMIT: u32 = 100;
/// Filters are substrings of columns at most 255 characters wide; longer text cannot match.
pub const MAX_FILTER_CHARS: usize = 200;

/// A validated page request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    pub limit: u32,
    pub offset: u64,
}

impl Paging {
    /// `limit` in 1..=100 (`None` for the default), `offset` ≥ 0. `pointer_prefix` is where the
    /// parameters live in the request (`/query` for REST, empty for gRPC fields).
    ///
    /// # Errors
    /// [`CatalogError::Invalid`] naming each parameter out of range.
    pub fn new(
        limit: Option<i64>,
        offset: i64,
        pointer_prefix: &str,
    ) -> Result<Self, CatalogError> {
        let mut issues = Vec::new();
        let limit = match limit {
            None => DEFAULT_LIMIT,
            Some(n) => match u32::try_from(n) {
                Ok(n) if (1..=MAX_LIMIT).contains(&n) => n,
                _ => {
                    issues.push(FieldIssue::new(
                        format!("{pointer_prefix}/limit"),
                        "must be between 1 and 100",
                    ));
                    DEFAULT_LIMIT
                }
            },
        };
        let offset = u64::try_from(offset).unwrap_or_else(|_| {
            issues.push(FieldIssue::new(
                format!("{pointer_prefix}/offset"),
                "must not be negative",
            ));
            0
        });
        if issues.is_empty() {
            Ok(Self { limit, offset })
        } else {
            Err(CatalogError::Invalid(issues))
        }
    }
}

/// Filter text as given (not trimmed: a space can be part of what is searched for), capped in
/// length.
///
/// # Errors
/// [`CatalogError::Invalid`] for more than [`MAX_FILTER_CHARS`] characters.
pub fn filter_text(text: Option<String>, pointer: &str) -> Result<Option<String>, CatalogError> {
    match text {
        Some(text) if text.chars().count() > MAX_FILTER_CHARS => Err(CatalogError::invalid(
            pointer,
            format!("must be at most {MAX_FILTER_CHARS} characters long"),
        )),
        other => Ok(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_limit_means_ten() {
        assert_eq!(
            Paging::new(None, 0, "").ok(),
            Some(Paging {
                limit: 10,
                offset: 0
            })
        );
    }

    #[test]
    fn absurd_limits_and_negative_offsets_are_refused() {
        for limit in [0, -1, 101, i64::MAX, i64::MIN] {
            assert!(Paging::new(Some(limit), 0, "/query").is_err(), "{limit}");
        }
        let Err(CatalogError::Invalid(issues)) = Paging::new(Some(1000), -5, "/query") else {
            panic!("expected both parameters to be refused");
        };
        let pointers: Vec<&str> = issues.iter().map(|i| i.pointer.as_str()).collect();
        assert_eq!(pointers, ["/query/limit", "/query/offset"]);
    }

    #[test]
    fn long_filter_text_is_refused() {
        assert!(filter_text(Some("x".repeat(201)), "/query/title").is_err());
        assert_eq!(
            filter_text(Some("%".to_owned()), "/query/title").ok(),
            Some(Some("%".to_owned()))
        );
    }
}
