//! Free-text values. Each trims surrounding whitespace, refuses blank input and caps its length
//! at the width of its column, so nothing the database would truncate or reject gets that far.

use super::ValueError;

macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, $max:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub struct $name(String);

        impl $name {
            pub const MAX_CHARS: usize = $max;

            /// # Errors
            /// [`ValueError::Blank`] for empty or whitespace-only text, [`ValueError::TooLong`]
            /// beyond the column width (counted in characters, not bytes).
            pub fn parse(raw: &str) -> Result<Self, ValueError> {
                let trimmed = raw.trim();
                if trimmed.is_empty() {
                    return Err(ValueError::Blank);
                }
                if trimmed.chars().count() > Self::MAX_CHARS {
                    return Err(ValueError::TooLong { max: Self::MAX_CHARS });
                }
                Ok(Self(trimmed.to_owned()))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

text_type!(
    /// A book's title.
    Title, 255
);
text_type!(
    /// A person's full name (authors).
    PersonName, 255
);
text_type!(
    /// A publisher's name, unique in the catalog.
    PublisherName, 255
);
text_type!(
    /// A postal address.
    Address, 500
);
text_type!(
    /// A book's free-text description.
    Description, 4000
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed() {
        assert_eq!(
            Title::parse("  Clean Code ").map(|t| t.to_string()),
            Ok("Clean Code".to_owned())
        );
    }

    #[test]
    fn blank_text_is_refused() {
        assert_eq!(PersonName::parse(" \t "), Err(ValueError::Blank));
    }

    #[test]
    fn length_is_counted_in_characters() {
        assert!(Title::parse(&"é".repeat(255)).is_ok());
        assert_eq!(
            Title::parse(&"é".repeat(256)),
            Err(ValueError::TooLong { max: 255 })
        );
    }
}
