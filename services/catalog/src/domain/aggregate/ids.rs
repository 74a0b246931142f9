//! Identifiers and the optimistic-concurrency version. Ids are positive because every table's
//! key starts at 1; a zero or negative id can only be a client mistake.

use super::ValueError;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(i64);

        impl $name {
            /// # Errors
            /// [`ValueError::NotAnId`] for zero or a negative number.
            pub fn new(value: i64) -> Result<Self, ValueError> {
                if value >= 1 { Ok(Self(value)) } else { Err(ValueError::NotAnId) }
            }

            pub fn get(self) -> i64 {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// A book's id.
    BookId
);
id_type!(
    /// An author's id.
    AuthorId
);
id_type!(
    /// A publisher's id.
    PublisherId
);
id_type!(
    /// A category's id.
    CategoryId
);

/// How many times a row was changed since it was created (0 at creation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version(i64);

impl Version {
    pub const INITIAL: Version = Version(0);

    /// # Errors
    /// [`ValueError::Negative`] below zero.
    pub fn new(value: i64) -> Result<Self, ValueError> {
        if value >= 0 {
            Ok(Self(value))
        } else {
            Err(ValueError::Negative)
        }
    }

    pub fn get(self) -> i64 {
        self.0
    }

    /// The version a successful update stores.
    #[must_use]
    pub fn next(self) -> Self {
        Self(self.0.saturating_add(1))
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
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
