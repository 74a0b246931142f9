//! Validation of decoded values against the constraints the spec declares. Every violation is
//! collected (not just the first) with the JSON pointer of the offending value.
//!
//! Generated `Validate` impls call the `check_*` methods of [`Violations`], one per constraint.

use std::fmt::Display;
use std::sync::OnceLock;

use crate::problem::FieldError;

/// Collected violations.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Violations {
    pub errors: Vec<FieldError>,
}

impl Violations {
    pub fn push(&mut self, pointer: impl Into<String>, detail: impl Into<String>) {
        self.errors.push(FieldError {
            pointer: pointer.into(),
            detail: detail.into(),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// `minLength` / `maxLength`, counted in characters as JSON Schema does.
    pub fn check_length(&mut self, pointer: &str, value: &str, min: Option<u64>, max: Option<u64>) {
        let length = value.chars().count() as u64;
        if let Some(min) = min
            && length < min
        {
            self.push(
                pointer,
                format!("must be at least {min} characters long (is {length})"),
            );
        }
        if let Some(max) = max
            && length > max
        {
            self.push(
                pointer,
                format!("must be at most {max} characters long (is {length})"),
            );
        }
    }

    pub fn check_pattern(&mut self, pointer: &str, value: &str, pattern: &Pattern) {
        if !pattern.is_match(value) {
            self.push(
                pointer,
                format!("must match the pattern `{}`", pattern.source()),
            );
        }
    }

    /// A deliberately permissive address check (one `@`, a dotted domain, no spaces): the only
    /// real proof of an address is mail arriving.
    pub fn check_email(&mut self, pointer: &str, value: &str) {
        let valid = match value.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !value.chars().any(char::is_whitespace)
            }
            None => false,
        };
        if !valid {
            self.push(pointer, "must be an email address");
        }
    }

    pub fn check_minimum<T: PartialOrd + Display>(
        &mut self,
        pointer: &str,
        value: T,
        min: T,
        exclusive: bool,
    ) {
        if exclusive && value <= min {
            self.push(pointer, format!("must be greater than {min}"));
        } else if !exclusive && value < min {
            self.push(pointer, format!("must be at least {min}"));
        }
    }

    pub fn check_maximum<T: PartialOrd + Display>(
        &mut self,
        pointer: &str,
        value: T,
        max: T,
        exclusive: bool,
    ) {
        if exclusive && value >= max {
            self.push(pointer, format!("must be less than {max}"));
        } else if !exclusive && value > max {
            self.push(pointer, format!("must be at most {max}"));
        }
    }

    pub fn check_multiple_of<T: MultipleOf + Display>(
        &mut self,
        pointer: &str,
        value: T,
        factor: T,
    ) {
        if !value.is_multiple_of(factor) {
            self.push(pointer, format!("must be a multiple of {factor}"));
        }
    }

    /// Values outside a non-string `enum` (string enums are Rust enums and fail to decode).
    pub fn check_allowed<T: PartialEq + Display>(
        &mut self,
        pointer: &str,
        value: T,
        allowed: &[T],
    ) {
        if !allowed.contains(&value) {
            let list: Vec<String> = allowed.iter().map(ToString::to_string).collect();
            self.push(pointer, format!("must be one of: {}", list.join(", ")));
        }
    }

    /// `minItems` / `maxItems` / `uniqueItems`.
    pub fn check_items<T: PartialEq + serde::Serialize>(
        &mut self,
        pointer: &str,
        items: &[T],
        min: Option<u64>,
        max: Option<u64>,
        unique: bool,
    ) {
        let count = items.len() as u64;
        if let Some(min) = min
            && count < min
        {
            self.push(
                pointer,
                format!("must have at least {min} item(s) (has {count})"),
            );
        }
        if let Some(max) = max
            && count > max
        {
            self.push(
                pointer,
                format!("must have at most {max} item(s) (has {count})"),
            );
            // Too many already; looking for duplicates too would only spend time on a request
            // that is refused anyway.
            return;
        }
        if unique && let Some(dup) = first_duplicate(items) {
            self.push(
                format!("{pointer}/{dup}"),
                "duplicates an earlier item; items must be unique",
            );
        }
    }

    /// `minProperties` / `maxProperties`.
    pub fn check_properties(
        &mut self,
        pointer: &str,
        count: usize,
        min: Option<u64>,
        max: Option<u64>,
    ) {
        let count = count as u64;
        if let Some(min) = min
            && count < min
        {
            self.push(
                pointer,
                format!("must have at least {min} entries (has {count})"),
            );
        }
        if let Some(max) = max
            && count > max
        {
            self.push(
                pointer,
                format!("must have at most {max} entries (has {count})"),
            );
        }
    }
}

/// `multipleOf` for each numeric type the generator emits.
pub trait MultipleOf: Copy {
    fn is_multiple_of(self, factor: Self) -> bool;
}

impl MultipleOf for i32 {
    fn is_multiple_of(self, factor: Self) -> bool {
        factor == 0 || self % factor == 0
    }
}

impl MultipleOf for i64 {
    fn is_multiple_of(self, factor: Self) -> bool {
        factor == 0 || self % factor == 0
    }
}

impl MultipleOf for f64 {
    fn is_multiple_of(self, factor: Self) -> bool {
        if factor == 0.0 {
            return true;
        }
        let quotient = self / factor;
        (quotient - quotient.round()).abs() < 1e-9
    }
}

impl MultipleOf for f32 {
    fn is_multiple_of(self, factor: Self) -> bool {
        f64::from(self).is_multiple_of(f64::from(factor))
    }
}

impl MultipleOf for rust_decimal::Decimal {
    fn is_multiple_of(self, factor: Self) -> bool {
        factor.is_zero() || (self % factor).is_zero()
    }
}

/// A spec `pattern`, compiled on first use. The generator has already checked that it compiles,
/// so the fallback (reject everything) is unreachable in generated code.
pub struct Pattern {
    source: &'static str,
    compiled: OnceLock<Option<regex::Regex>>,
}

impl Pattern {
    pub const fn new(source: &'static str) -> Self {
        Self {
            source,
            compiled: OnceLock::new(),
        }
    }

    pub fn source(&self) -> &'static str {
        self.source
    }

    pub fn is_match(&self, value: &str) -> bool {
        self.compiled
            .get_or_init(|| regex::Regex::new(self.source).ok())
            .as_ref()
            .is_some_and(|re| re.is_match(value))
    }
}

/// The pointer of `key` under `pointer`, escaped per RFC 6901.
pub fn child(pointer: &str, key: &str) -> String {
    format!("{pointer}/{}", key.replace('~', "~0").replace('/', "~1"))
}

/// Implemented by every generated type that carries constraints.
pub trait Validate {
    /// Record each violation in `self`, with pointers under `pointer` (`""` for the root).
    fn validate_into(&self, pointer: &str, violations: &mut Violations);

    /// All violations, or `Ok` when the value is valid.
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut violations = Violations::default();
        self.validate_into("", &mut violations);
        if violations.is_empty() {
            Ok(())
        } else {
            Err(violations.errors)
        }
    }
}

impl<T: Validate> Validate for Option<T> {
    fn validate_into(&self, pointer: &str, violations: &mut Violations) {
        if let Some(value) = self {
            value.validate_into(pointer, violations);
        }
    }
}

impl<T: Validate> Validate for Box<T> {
    fn validate_into(&self, pointer: &str, violations: &mut Violations) {
        (**self).validate_into(pointer, violations);
    }
}

impl<T: Validate> Validate for Vec<T> {
    fn validate_into(&self, pointer: &str, violations: &mut Violations) {
        for (index, item) in self.iter().enumerate() {
            item.validate_into(&format!("{pointer}/{index}"), violations);
        }
    }
}

macro_rules! nothing_to_validate {
    ($($t:ty),*) => {
        $(impl Validate for $t {
            fn validate_into(&self, _pointer: &str, _violations: &mut Violations) {}
        })*
    };
}

// Bodies can be bare primitives (`type: string`), which carry no constraints of their own there.
nothing_to_validate!(
    String,
    bool,
    i32,
    i64,
    f32,
    f64,
    rust_decimal::Decimal,
    chrono::DateTime<chrono::Utc>,
    chrono::NaiveDate,
    uuid::Uuid,
    serde_json::Value,
    crate::Base64
);

impl<V: Validate> Validate for std::collections::BTreeMap<String, V> {
    fn validate_into(&self, pointer: &str, violations: &mut Violations) {
        for (key, value) in self {
            value.validate_into(&child(pointer, key), violations);
        }
    }
}

/// The index of the first item equal to an earlier one. Short lists compare pairwise; a long
/// one (an array without `maxItems`, up to the body limit) by the items' JSON text in a hash set,
/// so a hostile array of half a million numbers costs linear time, not quadratic.
fn first_duplicate<T: PartialEq + serde::Serialize>(items: &[T]) -> Option<usize> {
    const PAIRWISE_UP_TO: usize = 32;
    if items.len() <= PAIRWISE_UP_TO {
        return (1..items.len()).find(|&i| items[..i].contains(&items[i]));
    }
    let mut seen = std::collections::HashSet::with_capacity(items.len());
    items.iter().position(|item| {
        // Equal values serialize alike (struct fields in declaration order, maps sorted); a
        // value that cannot serialize is compared by nothing and never counts as a duplicate.
        serde_json::to_string(item).is_ok_and(|text| !seen.insert(text))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_long_array_is_checked_for_duplicates_in_linear_time() {
        let mut items: Vec<i64> = (0..200_000).collect();
        items.push(199_999);
        assert_eq!(super::first_duplicate(&items), Some(200_000));
        assert_eq!(super::first_duplicate(&items[..200_000]), None);
        assert_eq!(super::first_duplicate(&[1, 2, 1]), Some(2));
    }

    use super::*;

    #[test]
    fn each_constraint_reports_its_pointer() {
        let mut v = Violations::default();
        v.check_length("/name", "", Some(1), None);
        v.check_minimum("/qty", 0i64, 1, false);
        v.check_maximum("/qty", 5i64, 5, true);
        v.check_multiple_of(
            "/price",
            rust_decimal::Decimal::new(105, 2),
            rust_decimal::Decimal::new(10, 2),
        );
        v.check_items("/tags", &["a", "a"], None, None, true);
        v.check_email("/email", "not-an-address");
        v.check_pattern("/isbn", "x", &Pattern::new("^[0-9]+$"));
        let pointers: Vec<&str> = v.errors.iter().map(|e| e.pointer.as_str()).collect();
        assert_eq!(
            pointers,
            [
                "/name", "/qty", "/qty", "/price", "/tags/1", "/email", "/isbn"
            ]
        );
    }

    #[test]
    fn valid_values_pass() {
        let mut v = Violations::default();
        v.check_length("/name", "ab", Some(1), Some(2));
        v.check_minimum("/qty", 1.5f64, 1.0, true);
        v.check_multiple_of("/n", 10i64, 5);
        v.check_email("/email", "a@b.co");
        v.check_allowed("/n", 2i64, &[1, 2]);
        assert!(v.is_empty());
    }
}
