use crate::application::port::repo::RepoError;
use crate::domain::handler::RuleViolation;

/// One invalid part of a request: a JSON pointer into the request body (`/author_ids/1`) or to a
/// parameter (`/query/limit`), and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldIssue {
    pub pointer: String,
    pub detail: String,
}

impl FieldIssue {
    pub fn new(pointer: impl Into<String>, detail: impl std::fmt::Display) -> Self {
        Self {
            pointer: pointer.into(),
            detail: detail.to_string(),
        }
    }
}

/// Why a catalog operation failed. `NotFound`, `Invalid` and `Conflict` are the client's doing,
/// `Busy` is nobody's fault and passes, `Unexpected` is ours.
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("no {resource} with id {id} exists")]
    NotFound { resource: &'static str, id: i64 },
    #[error("the request is not valid")]
    Invalid(Vec<FieldIssue>),
    /// A duplicate, a stale version or a delete that would orphan rows.
    #[error("{0}")]
    Conflict(String),
    /// The database stayed busy with other writes (see [`RepoError::Contention`]); nothing was
    /// changed and the same request can be sent again shortly.
    #[error("the catalog is too busy to complete this request right now; try again shortly")]
    Busy(#[source] RepoError),
    #[error("the catalog's storage failed")]
    Unexpected(#[source] RepoError),
}

impl CatalogError {
    pub fn invalid(pointer: impl Into<String>, detail: impl std::fmt::Display) -> Self {
        Self::Invalid(vec![FieldIssue::new(pointer, detail)])
    }

    pub(super) fn not_found(resource: &'static str, id: i64) -> Self {
        Self::NotFound { resource, id }
    }
}

impl From<RuleViolation> for CatalogError {
    fn from(rule: RuleViolation) -> Self {
        Self::Conflict(rule.to_string())
    }
}

/// Map a repository failure for one resource. Every variant has its meaning whichever call
/// produced it; only a fault of the storage itself becomes `Unexpected`.
pub(super) fn storage(resource: &'static str, id: i64) -> impl FnOnce(RepoError) -> CatalogError {
    move |err| match err {
        RepoError::NotFound => CatalogError::not_found(resource, id),
        RepoError::Duplicate(key) => {
            CatalogError::Conflict(format!("another {resource} already has this {key}"))
        }
        RepoError::StaleVersion => CatalogError::Conflict(format!(
            "the {resource} was changed by someone else while this request ran; read it again and retry"
        )),
        RepoError::InUse => {
            CatalogError::Conflict(format!("the {resource} is still referenced by books"))
        }
        RepoError::MissingReference => CatalogError::Invalid(vec![FieldIssue::new(
            "",
            format!(
                "the {resource} refers to a category, publisher or author that no longer exists"
            ),
        )]),
        err @ RepoError::Contention { .. } => CatalogError::Busy(err),
        err @ RepoError::Unexpected { .. } => CatalogError::Unexpected(err),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source() -> Box<dyn std::error::Error + Send + Sync> {
        "Deadlock found when trying to get lock".into()
    }

    #[test]
    fn contention_is_busy_and_only_a_storage_fault_is_unexpected() {
        let busy = storage("book", 7)(RepoError::Contention {
            operation: "update a book",
            source: source(),
        });
        assert!(matches!(busy, CatalogError::Busy(_)), "{busy:?}");
        let fault = storage("book", 7)(RepoError::Unexpected {
            operation: "update a book",
            source: source(),
        });
        assert!(matches!(fault, CatalogError::Unexpected(_)), "{fault:?}");
    }
}
