//! Warehouse texts: trimmed, non-empty and bounded like the columns that store them.

use crate::domain::DomainError;

fn bounded(field: &'static str, raw: &str, max_chars: usize) -> Result<String, DomainError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(DomainError::invalid(field, "must not be blank"));
    }
    if trimmed.chars().count() > max_chars {
        return Err(DomainError::invalid(
            field,
            format!("must be at most {max_chars} characters"),
        ));
    }
    // Control characters have no place in a name or an address and break logs and exports.
    if trimmed.chars().any(char::is_control) {
        return Err(DomainError::invalid(
            field,
            "must not contain control characters",
        ));
    }
    Ok(trimmed.to_owned())
}

/// A warehouse's name, unique among warehouses (the database enforces the uniqueness).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WarehouseName(String);

impl WarehouseName {
    /// # Errors
    /// [`DomainError::Invalid`] for a blank name, one over 255 characters or with control characters.
    pub fn new(raw: &str) -> Result<Self, DomainError> {
        bounded("name", raw, 255).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A warehouse's postal address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Address(String);

impl Address {
    /// # Errors
    /// [`DomainError::Invalid`] for a blank address, one over 500 characters or with control characters.
    pub fn new(raw: &str) -> Result<Self, DomainError> {
        bounded("address", raw, 500).map(Self)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed_and_must_not_be_blank() {
        assert_eq!(
            WarehouseName::new("  Seoul  ").map(|n| n.as_str().to_owned()),
            Ok("Seoul".to_owned())
        );
        assert!(WarehouseName::new("   ").is_err());
        assert!(WarehouseName::new(&"x".repeat(256)).is_err());
        assert!(WarehouseName::new("a\u{0}b").is_err());
    }

    #[test]
    fn an_address_counts_characters_not_bytes() {
        assert!(Address::new(&"é".repeat(500)).is_ok());
        assert!(Address::new(&"é".repeat(501)).is_err());
    }
}
