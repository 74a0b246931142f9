//! Warehouse texts: trimmed, non-empty, free of control characters (they break logs and
//! exports) and bounded like the columns that store them.

app_kit::text_type!(
    /// A warehouse's name, unique among warehouses (the database enforces the uniqueness), at
    /// most 255 characters.
    WarehouseName,
    max = 255
);
app_kit::text_type!(
    /// A warehouse's postal address, at most 500 characters.
    Address,
    max = 500
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed_and_must_not_be_blank() {
        assert_eq!(
            WarehouseName::parse("  Seoul  ").map(|n| n.as_str().to_owned()),
            Ok("Seoul".to_owned())
        );
        assert!(WarehouseName::parse("   ").is_err());
        assert!(WarehouseName::parse(&"x".repeat(256)).is_err());
        assert!(WarehouseName::parse("a\u{0}b").is_err());
        assert!(Address::parse("1 Road\n2nd floor").is_err());
    }

    #[test]
    fn an_address_counts_characters_not_bytes() {
        assert!(Address::parse(&"é".repeat(500)).is_ok());
        assert!(Address::parse(&"é".repeat(501)).is_err());
    }
}
