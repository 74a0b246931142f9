//! Identifiers and the optimistic-concurrency version, from the application kit: ids are
//! positive because every table's key starts at 1, so zero or a negative id can only be a
//! client's mistake.

pub use app_kit::Version;

app_kit::id_type!(
    /// A book's id.
    BookId
);
app_kit::id_type!(
    /// An author's id.
    AuthorId
);
app_kit::id_type!(
    /// A publisher's id.
    PublisherId
);
app_kit::id_type!(
    /// A category's id.
    CategoryId
);

#[cfg(test)]
mod tests {
    use app_kit::ValueError;

    use super::*;

    #[test]
    fn ids_start_at_one() {
        assert_eq!(BookId::new(0), Err(ValueError::NotAnId));
        assert_eq!(AuthorId::new(-5), Err(ValueError::NotAnId));
        assert_eq!(PublisherId::new(1).map(PublisherId::get), Ok(1));
    }

    #[test]
    fn a_version_is_never_negative_and_counts_up() {
        assert_eq!(Version::new(-1), Err(ValueError::Negative));
        assert_eq!(Version::INITIAL.next().get(), 1);
    }
}
