//! Free-text values, from the application kit: each trims surrounding Unicode white space,
//! refuses blank input and control characters (descriptions may hold line breaks and tabs) and
//! caps its length at the width of its column, so nothing the database would truncate or
//! reject gets that far.

app_kit::text_type!(
    /// A book's title.
    Title,
    max = 255
);
app_kit::text_type!(
    /// A person's full name (authors).
    PersonName,
    max = 255
);
app_kit::text_type!(
    /// A publisher's name, unique in the catalog.
    PublisherName,
    max = 255
);
app_kit::text_type!(
    /// A postal address.
    Address,
    max = 500
);
app_kit::text_type!(
    /// A book's free-text description.
    Description,
    max = 4000,
    lines = Multi
);

#[cfg(test)]
mod tests {
    use app_kit::ValueError;

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
        assert_eq!(PersonName::parse(" \t\u{3000}"), Err(ValueError::Blank));
    }

    #[test]
    fn length_is_counted_in_characters() {
        assert!(Title::parse(&"é".repeat(255)).is_ok());
        assert_eq!(
            Title::parse(&"é".repeat(256)),
            Err(ValueError::TooLong { max: 255 })
        );
    }

    #[test]
    fn a_description_may_span_lines_but_a_title_may_not() {
        assert!(Description::parse("one\ntwo").is_ok());
        assert_eq!(Title::parse("one\ntwo"), Err(ValueError::ControlCharacter));
    }
}
