//! Name conversions exactly as buf's lint rules compute them (`stringutil.ToPascalCase`,
//! `ToLowerSnakeCase`, `ToUpperSnakeCase`, `protoversion`), so "should be X, such as Y" agrees
//! with `buf lint` character for character, odd corners included.

/// buf's word delimiters.
fn is_delimiter(c: char) -> bool {
    matches!(c, '.' | '-' | '_' | ' ' | '\t' | '\n' | '\r')
}

/// `foo_bar` → `FooBar`; upper-case letters stay upper case (`HTTPServer` is already fine).
pub fn to_pascal_case(s: &str) -> String {
    let mut out = String::new();
    let mut previous: Option<char> = None;
    for (i, c) in s.trim().chars().enumerate() {
        if !is_delimiter(c) {
            let word_start = i == 0 || previous.is_some_and(is_delimiter) || c.is_uppercase();
            if word_start {
                out.extend(c.to_uppercase());
            } else {
                out.extend(c.to_lowercase());
            }
        }
        previous = Some(c);
    }
    out
}

/// buf's `toSnakeCase` without the "new word on digits" option: an underscore goes before an
/// upper-case letter that starts a word (`fooBar` → `foo_Bar`, `HTTPServer` → `HTTP_Server`).
fn to_snake_case(s: &str) -> String {
    let trimmed = s.trim_matches(is_delimiter);
    // buf indexes bytes; the names protobuf allows are ASCII, and byte-indexing keeps parity.
    let bytes: Vec<char> = trimmed.chars().collect();
    let mut out = String::new();
    for (i, &raw) in bytes.iter().enumerate() {
        let c = if is_delimiter(raw) { '_' } else { raw };
        if i == 0 {
            out.push(c);
            continue;
        }
        let last_is_underscore = out.ends_with('_');
        let next = bytes.get(i + 1).copied();
        let starts_word = c.is_uppercase()
            && !last_is_underscore
            && (next.is_some_and(|n| !n.is_uppercase() && !n.is_ascii_digit() && !is_delimiter(n))
                || bytes[i - 1].is_lowercase());
        if starts_word {
            out.push('_');
            out.push(c);
        } else if !(is_delimiter(raw) && last_is_underscore) {
            out.push(c);
        }
    }
    out
}

pub fn to_lower_snake_case(s: &str) -> String {
    to_snake_case(s).to_lowercase()
}

pub fn to_upper_snake_case(s: &str) -> String {
    to_snake_case(s).to_uppercase()
}

/// A number ≥ 1 that fits an i32, as buf's `positiveNumber`.
fn positive_number(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && s.parse::<i32>().is_ok_and(|n| n >= 1)
}

/// buf's `protoversion`: the last package component is `v1`, `v1beta1`, `v1p1alpha1`, `v1test…`.
pub fn has_version_suffix(package: &str) -> bool {
    let parts: Vec<&str> = package.split('.').collect();
    if package.is_empty() || parts.len() < 2 {
        return false;
    }
    let last = parts[parts.len() - 1];
    let Some(version) = last.strip_prefix('v').filter(|v| !v.is_empty()) else {
        return false;
    };
    if let Some((major, _)) = version.split_once("test") {
        return positive_number(major);
    }
    let level = match (version.contains("alpha"), version.contains("beta")) {
        (false, false) => return positive_number(version),
        (true, false) => "alpha",
        (false, true) => "beta",
        (true, true) => return false,
    };
    let Some((head, minor)) = version.split_once(level) else {
        return false;
    };
    if !minor.is_empty() && !positive_number(minor) {
        return false;
    }
    match head.split_once('p') {
        Some((major, patch)) => positive_number(major) && positive_number(patch),
        None => positive_number(head),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pascal_case_keeps_capitals_and_joins_words() {
        assert_eq!(to_pascal_case("book_service"), "BookService");
        assert_eq!(to_pascal_case("HTTPServer"), "HTTPServer");
        assert_eq!(to_pascal_case("getBook"), "GetBook");
        assert_eq!(to_pascal_case("Book"), "Book");
    }

    #[test]
    fn snake_case_splits_before_words() {
        assert_eq!(to_lower_snake_case("bookId"), "book_id");
        assert_eq!(to_lower_snake_case("book_id"), "book_id");
        assert_eq!(to_lower_snake_case("HTTPServer"), "http_server");
        assert_eq!(to_lower_snake_case("book__id"), "book_id");
        assert_eq!(to_upper_snake_case("BookStatus"), "BOOK_STATUS");
        assert_eq!(
            to_upper_snake_case("ORDER_STATUS_PAID"),
            "ORDER_STATUS_PAID"
        );
        assert_eq!(to_lower_snake_case("field1"), "field1");
    }

    #[test]
    fn package_versions_follow_buf() {
        for ok in [
            "a.v1",
            "a.b.v2",
            "a.v1beta1",
            "a.v1alpha",
            "a.v1p1alpha1",
            "a.v1test",
            "a.v1testfoo",
        ] {
            assert!(has_version_suffix(ok), "{ok}");
        }
        for bad in [
            "v1",
            "a",
            "a.b",
            "a.v0",
            "a.v",
            "a.v1alphabeta",
            "a.version1",
            "a.v1x",
        ] {
            assert!(!has_version_suffix(bad), "{bad}");
        }
    }
}
