//! A warehouse's capacity bounds the copies of all its stock rows together.

use crate::domain::DomainError;
use crate::domain::aggregate::{Capacity, Quantity};

/// Check that a row of `quantity` copies fits beside `held_elsewhere` copies in the warehouse's
/// other rows.
///
/// # Errors
/// [`DomainError::CapacityExceeded`] when the total would pass the capacity.
pub fn ensure_fits(
    capacity: Capacity,
    held_elsewhere: u64,
    quantity: Quantity,
) -> Result<(), DomainError> {
    let would_hold = held_elsewhere + u64::from(quantity.get());
    if would_hold > u64::from(capacity.get()) {
        return Err(DomainError::CapacityExceeded {
            capacity: capacity.get(),
            would_hold,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filling_a_warehouse_exactly_is_allowed_but_not_one_more() {
        let capacity = Capacity::new(100).unwrap();
        assert_eq!(
            ensure_fits(capacity, 60, Quantity::new(40).unwrap()),
            Ok(())
        );
        assert_eq!(
            ensure_fits(capacity, 60, Quantity::new(41).unwrap()),
            Err(DomainError::CapacityExceeded {
                capacity: 100,
                would_hold: 101
            })
        );
    }
}
