//! Identifiers: positive 64-bit integers, as the API and the database use them.

app_kit::id_type!(
    /// A catalog book. Inventory does not own books; it trusts the id (catalog seeds 1–6).
    BookId
);
app_kit::id_type!(
    /// A warehouse.
    WarehouseId
);
app_kit::id_type!(
    /// A stock row: one book in one warehouse.
    StockId
);
app_kit::id_type!(
    /// An order, the key of its reservation (and of the saga's idempotency).
    OrderId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_must_be_positive() {
        assert!(BookId::new(0).is_err());
        assert!(OrderId::new(-5).is_err());
        assert_eq!(WarehouseId::new(7).map(WarehouseId::get), Ok(7));
        assert!(StockId::new(1).is_ok());
    }
}
