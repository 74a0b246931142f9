//! Validation of decoded values against the constraints the spec declares. Every violation is
//! collected (not just the first) with the JSON pointer of the offending value.

use crate::problem::FieldError;

/// Collected violations.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Violations {
    pub errors: Vec<FieldError>,
}

impl Violations {
    pub fn push(&mut self, pointer: impl Into<String>, detail: impl Into<String>) {
        self.errors.push(FieldError { pointer: pointer.into(), detail: detail.into() });
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Implemented by every generated type that carries constraints.
pub trait Validate {
    /// Record each violation in `self`, with pointers under `pointer` (`""` for the root).
    fn validate_into(&self, pointer: &str, violations: &mut Violations);

    /// All violations, or `Ok` when the value is valid.
    fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut violations = Violations::default();
        self.validate_into("", &mut violations);
        if violations.is_empty() { Ok(()) } else { Err(violations.errors) }
    }
}
