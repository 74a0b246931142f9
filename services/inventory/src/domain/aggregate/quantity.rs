//! Counts of copies. The API bounds both at 100,000,000, which keeps every sum over a handful of
//! rows far inside `u64` and each single value inside the wire's `int32`.

use app_kit::value::ValueError;

/// The largest quantity or capacity the service accepts.
pub const MAX_COPIES: u32 = 100_000_000;

/// A number of copies, 0 to [`MAX_COPIES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Quantity(u32);

impl Quantity {
    pub const ZERO: Quantity = Quantity(0);

    /// # Errors
    /// [`ValueError::Rule`] for a negative value or one above [`MAX_COPIES`].
    pub fn new(value: i64) -> Result<Self, ValueError> {
        match u32::try_from(value) {
            Ok(v) if v <= MAX_COPIES => Ok(Self(v)),
            _ => Err(ValueError::Rule("must be between 0 and 100000000")),
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }

    /// What is left after taking `other` away, never below zero.
    #[must_use]
    pub fn saturating_sub(self, other: Quantity) -> Quantity {
        Quantity(self.0.saturating_sub(other.0))
    }
}

/// A count as the wire's `int32` carries it: at most [`MAX_COPIES`], so it always fits.
impl From<Quantity> for i32 {
    fn from(quantity: Quantity) -> i32 {
        i32::try_from(quantity.0).unwrap_or(i32::MAX)
    }
}

/// The most copies a warehouse can hold, 1 to [`MAX_COPIES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Capacity(u32);

impl Capacity {
    /// # Errors
    /// [`ValueError::Rule`] unless 1 ≤ value ≤ [`MAX_COPIES`].
    pub fn new(value: i64) -> Result<Self, ValueError> {
        match u32::try_from(value) {
            Ok(v) if (1..=MAX_COPIES).contains(&v) => Ok(Self(v)),
            _ => Err(ValueError::Rule("must be between 1 and 100000000")),
        }
    }

    pub fn get(self) -> u32 {
        self.0
    }
}

/// A capacity as the wire's `int32` carries it: at most [`MAX_COPIES`], so it always fits.
impl From<Capacity> for i32 {
    fn from(capacity: Capacity) -> i32 {
        i32::try_from(capacity.0).unwrap_or(i32::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quantity_is_between_zero_and_the_maximum() {
        assert_eq!(Quantity::new(0).map(Quantity::get), Ok(0));
        assert_eq!(
            Quantity::new(100_000_000).map(Quantity::get),
            Ok(100_000_000)
        );
        assert!(Quantity::new(-1).is_err());
        assert!(Quantity::new(100_000_001).is_err());
        assert!(Quantity::new(i64::MAX).is_err());
    }

    #[test]
    fn a_capacity_is_at_least_one() {
        assert!(Capacity::new(0).is_err());
        assert_eq!(Capacity::new(1).map(Capacity::get), Ok(1));
        assert!(Capacity::new(100_000_001).is_err());
    }

    #[test]
    fn the_messages_name_the_maximum() {
        let max = MAX_COPIES.to_string();
        assert!(Quantity::new(-1).unwrap_err().to_string().ends_with(&max));
        assert!(Capacity::new(0).unwrap_err().to_string().ends_with(&max));
    }
}
