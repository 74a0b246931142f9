//! Collecting every invalid field of a request before answering, so a client learns all of
//! them at once.

use openapi_runtime::{FieldIssue, FieldPath};

use crate::error::AppError;

/// The invalid fields found so far, each named by its [`FieldPath`] (never by a wire pointer:
/// the adapters decide how a path is spelled for their clients).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldIssues(Vec<FieldIssue>);

impl FieldIssues {
    pub fn add(&mut self, path: impl Into<FieldPath>, detail: impl std::fmt::Display) {
        self.0.push(FieldIssue::new(path, detail));
    }

    /// The value of `result`, or `None` with its error recorded at `path`.
    pub fn take<T, E: std::fmt::Display>(
        &mut self,
        path: impl Into<FieldPath>,
        result: Result<T, E>,
    ) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(err) => {
                self.add(path, err);
                None
            }
        }
    }

    /// An optional value: `None` stays `None`, a present one is parsed and checked.
    pub fn take_optional<R, T, E: std::fmt::Display>(
        &mut self,
        path: impl Into<FieldPath>,
        raw: Option<R>,
        parse: impl FnOnce(R) -> Result<T, E>,
    ) -> Option<Option<T>> {
        match raw {
            None => Some(None),
            Some(raw) => self.take(path, parse(raw)).map(Some),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &FieldIssue> {
        self.0.iter()
    }

    /// `value` when nothing was invalid, otherwise [`AppError::Invalid`] with every issue.
    /// `value` is `None` exactly when something was taken from a failed result, so both
    /// conditions agree; an issue added by hand also makes it an error.
    ///
    /// # Errors
    /// [`AppError::Invalid`] listing every issue recorded.
    pub fn finish<T>(self, value: Option<T>) -> Result<T, AppError> {
        match value {
            Some(value) if self.0.is_empty() => Ok(value),
            _ => Err(AppError::Invalid(self.0)),
        }
    }

    /// Ok when nothing was invalid.
    ///
    /// # Errors
    /// [`AppError::Invalid`] listing every issue recorded.
    pub fn check(self) -> Result<(), AppError> {
        self.finish(Some(()))
    }
}

impl IntoIterator for FieldIssues {
    type Item = FieldIssue;
    type IntoIter = std::vec::IntoIter<FieldIssue>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_failed_field_is_reported_together() {
        let mut issues = FieldIssues::default();
        let a = issues.take("a", Err::<i32, _>("bad a"));
        let b = issues.take(FieldPath::field("b").index(2), Ok::<_, String>(2));
        let c = issues.take("c", Err::<i32, _>("bad c"));
        let Err(AppError::Invalid(found)) = issues.finish(a.zip(b).zip(c)) else {
            panic!("expected invalid");
        };
        let paths: Vec<String> = found.iter().map(|i| i.path.to_string()).collect();
        assert_eq!(paths, ["a", "c"]);
    }

    #[test]
    fn nothing_invalid_gives_the_value() {
        let mut issues = FieldIssues::default();
        let v = issues.take_optional("x", Some("7"), str::parse::<i32>);
        assert_eq!(issues.finish(v).ok(), Some(Some(7)));
    }
}
