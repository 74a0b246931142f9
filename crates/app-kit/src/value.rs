//! Values checked when they are made: ids, bounded text and versions.

/// Why a value was refused, in words for a client.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ValueError {
    #[error("must be a positive id (1 or more)")]
    NotAnId,
    #[error("must not be blank")]
    Blank,
    #[error("must be at most {max} characters long")]
    TooLong { max: usize },
    #[error("must not contain control characters")]
    ControlCharacter,
    #[error("must not be negative")]
    Negative,
    #[error("{0}")]
    Rule(&'static str),
}

/// Declare an id newtype over a positive `i64`: `id_type!(/// A book's id. BookId);`.
///
/// Ids are positive because every table's key starts at 1; zero or a negative number can only
/// be a client's mistake, caught where the id is made.
#[macro_export]
macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(i64);

        impl $name {
            /// # Errors
            /// [`ValueError::NotAnId`]($crate::ValueError::NotAnId) for zero or a negative number.
            pub fn new(value: i64) -> Result<Self, $crate::ValueError> {
                if value >= 1 { Ok(Self(value)) } else { Err($crate::ValueError::NotAnId) }
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

        /// The id as the wire carries it (generated DTO conversions use it).
        impl From<$name> for i64 {
            fn from(id: $name) -> i64 {
                id.0
            }
        }
    };
}

/// How text may be shaped beyond its length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    /// One line: no control character at all (names, titles, addresses).
    Single,
    /// Free text: line breaks and tabs allowed, other control characters not (descriptions).
    Multi,
}

/// Text trimmed of Unicode white space at both ends, not blank, at most `max` characters, and
/// free of control characters (except line breaks and tabs for [`Lines::Multi`]).
///
/// # Errors
/// [`ValueError::Blank`], [`ValueError::TooLong`] or [`ValueError::ControlCharacter`].
pub fn bounded_text(raw: &str, max: usize, lines: Lines) -> Result<String, ValueError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(ValueError::Blank);
    }
    if text.chars().count() > max {
        return Err(ValueError::TooLong { max });
    }
    let allowed = |c: char| lines == Lines::Multi && matches!(c, '\n' | '\r' | '\t');
    if text.chars().any(|c| c.is_control() && !allowed(c)) {
        return Err(ValueError::ControlCharacter);
    }
    Ok(text.to_owned())
}

/// Declare a bounded-text newtype: `text_type!(/// A book's title. Title, max = 200);` (add
/// `lines = Multi` for free text).
#[macro_export]
macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, max = $max:expr) => {
        $crate::text_type!($(#[$doc])* $name, max = $max, lines = Single);
    };
    ($(#[$doc:meta])* $name:ident, max = $max:expr, lines = $lines:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(String);

        impl $name {
            /// The most characters a value may have.
            pub const MAX: usize = $max;

            /// # Errors
            /// When the text is blank after trimming, too long or holds control characters.
            pub fn parse(raw: &str) -> Result<Self, $crate::ValueError> {
                $crate::value::bounded_text(raw, $max, $crate::value::Lines::$lines).map(Self)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_inner(self) -> String {
                self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        /// The text as the wire carries it (generated DTO conversions use it).
        impl From<&$name> for String {
            fn from(text: &$name) -> String {
                text.0.clone()
            }
        }
    };
}

/// How many times a row was changed since it was created (0 at creation). A write names the
/// version it read; a different stored one means someone else wrote first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Version(i64);

/// The version a write named is not the stored one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "the resource was changed since version {expected} was read (it is at version {actual}); read it again and reapply the change"
)]
pub struct StaleVersion {
    pub expected: Version,
    pub actual: Version,
}

impl Version {
    pub const INITIAL: Version = Version(0);

    /// # Errors
    /// [`ValueError::Negative`] for a negative number.
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

    #[must_use]
    pub fn next(self) -> Self {
        Self(self.0.saturating_add(1))
    }

    /// # Errors
    /// [`StaleVersion`] when `stored` is not this version.
    pub fn check(self, stored: Version) -> Result<(), StaleVersion> {
        if self == stored {
            Ok(())
        } else {
            Err(StaleVersion {
                expected: self,
                actual: stored,
            })
        }
    }
}

/// The version as the wire carries it (generated DTO conversions use it).
impl From<Version> for i64 {
    fn from(version: Version) -> i64 {
        version.0
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
#[allow(dead_code)] // the macros' whole surface, of which the tests use a part
mod tests {
    use super::*;

    id_type!(
        /// A test id.
        ThingId
    );
    text_type!(
        /// A test name.
        Name,
        max = 5
    );
    text_type!(
        /// A test note.
        Note,
        max = 50,
        lines = Multi
    );

    #[test]
    fn ids_start_at_one() {
        assert_eq!(ThingId::new(1).map(ThingId::get), Ok(1));
        assert_eq!(ThingId::new(0), Err(ValueError::NotAnId));
        assert_eq!(ThingId::new(-7), Err(ValueError::NotAnId));
    }

    #[test]
    fn text_is_trimmed_of_unicode_spaces_and_never_blank() {
        assert_eq!(
            Name::parse("\u{3000} Ann\u{a0}").map(Name::into_inner),
            Ok("Ann".to_owned())
        );
        assert_eq!(Name::parse(" \u{2003}\t"), Err(ValueError::Blank));
    }

    #[test]
    fn text_length_counts_characters_not_bytes() {
        assert!(Name::parse("ééééé").is_ok());
        assert_eq!(Name::parse("abcdef"), Err(ValueError::TooLong { max: 5 }));
    }

    #[test]
    fn control_characters_are_refused_except_line_breaks_in_free_text() {
        assert_eq!(Name::parse("a\u{0}b"), Err(ValueError::ControlCharacter));
        assert_eq!(Name::parse("a\nb"), Err(ValueError::ControlCharacter));
        assert!(Note::parse("line one\nline two").is_ok());
        assert_eq!(Note::parse("bell\u{7}"), Err(ValueError::ControlCharacter));
    }

    #[test]
    fn a_stale_version_names_both_versions() {
        let read = Version::new(3).expect("version");
        assert!(read.check(read).is_ok());
        let stale = read.check(read.next()).expect_err("stale");
        assert_eq!(stale.actual, Version(4));
        assert!(stale.to_string().contains("version 3"));
        assert_eq!(Version::new(-1), Err(ValueError::Negative));
    }
}
