//! Money: an exact decimal with two places that fits the DECIMAL(10,2) column it is stored in.

use rust_decimal::Decimal;

use super::ValueError;

/// Largest amount DECIMAL(10,2) holds, exclusive: 10^8.
const LIMIT_CENTS: i64 = 10_000_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal);

impl Money {
    /// # Errors
    /// [`ValueError::TooPrecise`] for more than two decimal places (after dropping trailing
    /// zeros), [`ValueError::TooLarge`] when it does not fit DECIMAL(10,2).
    pub fn new(amount: Decimal) -> Result<Self, ValueError> {
        let normalized = amount.normalize();
        if normalized.scale() > 2 {
            return Err(ValueError::TooPrecise);
        }
        let cents = normalized
            .checked_mul(Decimal::ONE_HUNDRED)
            .ok_or(ValueError::TooLarge)?
            .trunc();
        let cents = i64::try_from(cents).map_err(|_| ValueError::TooLarge)?;
        Self::from_cents(cents)
    }

    /// # Errors
    /// [`ValueError::TooLarge`] when the amount does not fit DECIMAL(10,2).
    pub fn from_cents(cents: i64) -> Result<Self, ValueError> {
        if cents.unsigned_abs() >= LIMIT_CENTS.unsigned_abs() {
            return Err(ValueError::TooLarge);
        }
        Ok(Self(Decimal::new(cents, 2)))
    }

    /// A price: money strictly greater than zero.
    ///
    /// # Errors
    /// As [`Money::new`], and [`ValueError::NotPositive`] for zero or less.
    pub fn price(amount: Decimal) -> Result<Self, ValueError> {
        let money = Self::new(amount)?;
        if money.0 <= Decimal::ZERO {
            Err(ValueError::NotPositive)
        } else {
            Ok(money)
        }
    }

    /// Always two decimal places, e.g. `47.99` or `5.00`.
    pub fn amount(self) -> Decimal {
        self.0
    }

    pub fn cents(self) -> i64 {
        // In range by construction (|cents| < 10^10), so the conversion cannot fail.
        i64::try_from(self.0.mantissa()).unwrap_or(i64::MAX)
    }
}

impl std::fmt::Display for Money {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use super::*;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap_or_default()
    }

    #[test]
    fn money_always_has_two_places() {
        assert_eq!(
            Money::new(dec("5")).map(|m| m.to_string()),
            Ok("5.00".to_owned())
        );
        assert_eq!(Money::new(dec("47.990")).map(|m| m.cents()), Ok(4799));
        assert_eq!(
            Money::from_cents(-150).map(|m| m.to_string()),
            Ok("-1.50".to_owned())
        );
    }

    #[test]
    fn a_third_decimal_place_is_refused() {
        assert_eq!(Money::new(dec("1.234")), Err(ValueError::TooPrecise));
    }

    #[test]
    fn amounts_beyond_decimal_10_2_are_refused() {
        assert_eq!(Money::new(dec("100000000.00")), Err(ValueError::TooLarge));
        assert!(Money::new(dec("99999999.99")).is_ok());
        assert_eq!(
            Money::new(dec("79228162514264337593543950335")),
            Err(ValueError::TooLarge)
        );
    }

    #[test]
    fn a_price_is_greater_than_zero() {
        assert_eq!(Money::price(dec("0.00")), Err(ValueError::NotPositive));
        assert_eq!(Money::price(dec("-1.00")), Err(ValueError::NotPositive));
        assert!(Money::price(dec("0.01")).is_ok());
    }
}
