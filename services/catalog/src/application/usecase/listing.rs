//! Filter text shared by every list operation, checked once for both adapters (paging is the
//! application kit's [`app_kit::Page`]).

use app_kit::{Page, ValueError};

use crate::application::port::repo::ListQuery;

/// Filters are substrings of columns at most 255 characters wide; longer text cannot match.
pub const MAX_FILTER_CHARS: usize = 200;

/// Filter text as given (not trimmed: a space can be part of what is searched for), capped in
/// length.
///
/// # Errors
/// [`ValueError::TooLong`] for more than [`MAX_FILTER_CHARS`] characters.
pub fn filter_text(text: String) -> Result<String, ValueError> {
    if text.chars().count() > MAX_FILTER_CHARS {
        Err(ValueError::TooLong {
            max: MAX_FILTER_CHARS,
        })
    } else {
        Ok(text)
    }
}

/// A store query from a validated page, the resource's filter and sort field, and a direction.
pub fn list_query<F, S>(
    page: Page,
    filter: F,
    sort: S,
    order: app_kit::SortOrder,
) -> ListQuery<F, S> {
    ListQuery {
        filter,
        sort,
        order,
        limit: page.limit(),
        offset: page.offset(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filter_text_longer_than_a_column_is_refused() {
        assert_eq!(
            filter_text("x".repeat(201)),
            Err(ValueError::TooLong { max: 200 })
        );
        assert_eq!(filter_text("x".repeat(200)).ok(), Some("x".repeat(200)));
    }
}
