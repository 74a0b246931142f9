//! The catalog's rules for changes that depend on stored state: optimistic concurrency and
//! what may be deleted while other rows still point at it.

use super::aggregate::Version;

/// A rule a requested change breaks.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleViolation {
    #[error(
        "the resource was changed by someone else: version {sent} is stale, the current one is {current}"
    )]
    StaleVersion { sent: Version, current: Version },
    #[error("the {what} is still referenced by {count} book(s); change or delete those first")]
    StillReferenced { what: &'static str, count: u64 },
}

/// A replace must name the version it was based on; anything else would overwrite a change the
/// client never saw.
///
/// # Errors
/// [`RuleViolation::StaleVersion`] when `sent` is not `current`.
pub fn ensure_current(current: Version, sent: Version) -> Result<(), RuleViolation> {
    if current == sent {
        Ok(())
    } else {
        Err(RuleViolation::StaleVersion { sent, current })
    }
}

/// Publishers and authors are never deleted from under their books: deleting a publisher would
/// orphan its books, and silently unlinking an author would change books nobody asked to change.
///
/// # Errors
/// [`RuleViolation::StillReferenced`] when `book_count` is not zero.
pub fn ensure_unreferenced(what: &'static str, book_count: u64) -> Result<(), RuleViolation> {
    if book_count == 0 {
        Ok(())
    } else {
        Err(RuleViolation::StillReferenced {
            what,
            count: book_count,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(n: i64) -> Version {
        Version::new(n).unwrap_or(Version::INITIAL)
    }

    #[test]
    fn a_replace_based_on_the_current_version_is_allowed() {
        assert_eq!(ensure_current(v(3), v(3)), Ok(()));
    }

    #[test]
    fn a_replace_based_on_an_older_or_newer_version_is_refused() {
        assert_eq!(
            ensure_current(v(3), v(2)),
            Err(RuleViolation::StaleVersion {
                sent: v(2),
                current: v(3)
            })
        );
        assert!(ensure_current(v(3), v(4)).is_err());
    }

    #[test]
    fn a_publisher_with_books_cannot_be_deleted() {
        assert_eq!(
            ensure_unreferenced("publisher", 2),
            Err(RuleViolation::StillReferenced {
                what: "publisher",
                count: 2
            })
        );
        assert_eq!(ensure_unreferenced("publisher", 0), Ok(()));
    }
}
