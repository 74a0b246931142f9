//! Parsing `$ref` strings: a relative file part and a JSON-pointer fragment.
//!
//! The fragment may be percent-encoded (`#/paths/~1books~1%7Bid%7D`) and its tokens use RFC 6901
//! escapes (`~1` is `/`, `~0` is `~`), decoded in that order so `~01` means the literal `~1`. The
//! file part is a literal relative path, as Redocly reads it (`my%20file.yaml` is not
//! `my file.yaml`).

use percent_encoding::percent_decode_str;

/// A parsed `$ref`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The file part; `None` for a same-file ref (`#/...`).
    pub file: Option<String>,
    /// The fragment's decoded reference tokens (empty: the whole document).
    pub tokens: Vec<String>,
}

/// Why a `$ref` string cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RefSyntaxError {
    #[error("remote reference `{0}`: only files inside the spec's folder can be referenced")]
    Remote(String),
    #[error("`{0}` is not valid percent-encoded UTF-8")]
    Encoding(String),
    #[error("fragment `#{0}` is not a JSON pointer (it must be empty or start with `/`)")]
    NotAPointer(String),
    #[error("empty `$ref`")]
    Empty,
}

/// Parse a `$ref` value.
///
/// # Errors
/// Remote URLs (`http(s)://`, `file://`, any `scheme:`), fragments that are not JSON pointers
/// (plain-name anchors such as `#Book`) and undecodable percent-escapes.
pub fn parse(raw: &str) -> Result<Reference, RefSyntaxError> {
    if raw.is_empty() {
        return Err(RefSyntaxError::Empty);
    }
    let (file, fragment) = match raw.split_once('#') {
        Some((file, fragment)) => (file, Some(fragment)),
        None => (raw, None),
    };
    if has_scheme(file) {
        return Err(RefSyntaxError::Remote(raw.to_owned()));
    }
    let file = if file.is_empty() {
        None
    } else {
        Some(decode(file)?)
    };
    let tokens = match fragment {
        None => Vec::new(),
        Some(fragment) => pointer_tokens(&decode(fragment)?)?,
    };
    Ok(Reference { file, tokens })
}

/// `scheme:` per RFC 3986 (letter, then letters, digits, `+`, `-`, `.`). A Windows drive letter
/// would also match, but specs use relative paths, and refusing it is the safe side.
fn has_scheme(file: &str) -> bool {
    let Some((scheme, _)) = file.split_once(':') else {
        return false;
    };
    let mut chars = scheme.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}

fn decode(text: &str) -> Result<String, RefSyntaxError> {
    percent_decode_str(text)
        .decode_utf8()
        .map(|s| s.into_owned())
        .map_err(|_| RefSyntaxError::Encoding(text.to_owned()))
}

/// Split a decoded JSON pointer into unescaped tokens. `""` and `"/"` both mean the whole
/// document: writers use `file.yaml#/` for "all of it", and no spec has an empty-named key.
pub fn pointer_tokens(pointer: &str) -> Result<Vec<String>, RefSyntaxError> {
    if pointer.is_empty() || pointer == "/" {
        return Ok(Vec::new());
    }
    let Some(rest) = pointer.strip_prefix('/') else {
        return Err(RefSyntaxError::NotAPointer(pointer.to_owned()));
    };
    Ok(rest.split('/').map(unescape_token).collect())
}

/// RFC 6901: `~1` → `/` first, then `~0` → `~`.
pub fn unescape_token(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Join tokens back into an escaped JSON pointer (`""` for the whole document).
pub fn to_pointer<S: AsRef<str>>(tokens: &[S]) -> String {
    tokens.iter().fold(String::new(), |mut out, token| {
        out.push('/');
        out.push_str(&crate::yaml::escape_token(token.as_ref()));
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_and_fragment_are_split_and_decoded() {
        let r = parse("../common/errors.yaml#/components/schemas/Problem").unwrap();
        assert_eq!(r.file.as_deref(), Some("../common/errors.yaml"));
        assert_eq!(r.tokens, ["components", "schemas", "Problem"]);
    }

    #[test]
    fn escapes_are_decoded_in_rfc_order() {
        let r = parse("#/paths/~1books~1%7Bid%7D/a~01b").unwrap();
        assert_eq!(r.file, None);
        assert_eq!(r.tokens, ["paths", "/books/{id}", "a~1b"]);
        assert_eq!(to_pointer(&r.tokens), "/paths/~1books~1{id}/a~01b");
    }

    #[test]
    fn a_whole_file_has_no_tokens() {
        assert_eq!(
            parse("my%20book.yaml").unwrap().file.as_deref(),
            Some("my book.yaml")
        );
        assert!(parse("book.yaml#").unwrap().tokens.is_empty());
        assert!(parse("book.yaml#/").unwrap().tokens.is_empty());
    }

    #[test]
    fn remote_and_anchor_refs_are_refused() {
        assert!(matches!(
            parse("https://example.com/a.yaml"),
            Err(RefSyntaxError::Remote(_))
        ));
        assert!(matches!(
            parse("file:///etc/passwd"),
            Err(RefSyntaxError::Remote(_))
        ));
        assert!(matches!(
            parse("#Book"),
            Err(RefSyntaxError::NotAPointer(_))
        ));
        assert!(matches!(
            parse("a.yaml#/%FF"),
            Err(RefSyntaxError::Encoding(_))
        ));
        assert!(matches!(parse(""), Err(RefSyntaxError::Empty)));
    }
}
