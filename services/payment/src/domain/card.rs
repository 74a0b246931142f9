//! What payment knows of a card. The full number ([`CardNumber`]) exists only while it is handed
//! to the gateway's vault: it is never stored, its `Debug` shows only the last four digits, and
//! it has no `Display`. What is kept is the gateway's opaque [`CardToken`], the [`CardBrand`]
//! and the [`LastFour`] digits.

use std::sync::LazyLock;

use app_kit::ValueError;
use regex::Regex;

/// A card number that passed the checks every network shares: 12 to 19 digits and the Luhn
/// check digit.
#[derive(Clone, PartialEq, Eq)]
pub struct CardNumber(String);

impl CardNumber {
    /// # Errors
    /// [`ValueError::Blank`] for an empty number, [`ValueError::Rule`] for anything but 12 to 19
    /// digits or a failed Luhn check.
    pub fn parse(raw: &str) -> Result<Self, ValueError> {
        if raw.is_empty() {
            return Err(ValueError::Blank);
        }
        if !raw.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ValueError::Rule("must contain digits only"));
        }
        if !(12..=19).contains(&raw.len()) {
            return Err(ValueError::Rule("must be 12 to 19 digits long"));
        }
        if !luhn(raw) {
            return Err(ValueError::Rule(
                "is not a valid card number (its check digit is wrong)",
            ));
        }
        Ok(Self(raw.to_owned()))
    }

    /// The digits, for the gateway adapter only.
    pub fn digits(&self) -> &str {
        &self.0
    }

    pub fn brand(&self) -> CardBrand {
        CardBrand::of(&self.0)
    }

    pub fn last_four(&self) -> LastFour {
        LastFour(self.0[self.0.len() - 4..].to_owned())
    }
}

impl std::fmt::Debug for CardNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CardNumber(****{})", &self.0[self.0.len() - 4..])
    }
}

/// The Luhn check over ASCII digits.
fn luhn(digits: &str) -> bool {
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// The card network, as its number's prefix tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CardBrand {
    Visa,
    Mastercard,
    Amex,
    Discover,
    Unknown,
}

impl CardBrand {
    const ALL: [Self; 5] = [
        Self::Visa,
        Self::Mastercard,
        Self::Amex,
        Self::Discover,
        Self::Unknown,
    ];

    fn of(digits: &str) -> Self {
        let prefix = |n: usize| digits.get(..n).and_then(|p| p.parse::<u32>().ok());
        match (prefix(1), prefix(2), prefix(4)) {
            (Some(4), _, _) => Self::Visa,
            (_, Some(34 | 37), _) => Self::Amex,
            (_, Some(51..=55), _) | (_, _, Some(2221..=2720)) => Self::Mastercard,
            (_, Some(65), _) | (_, _, Some(6011)) => Self::Discover,
            _ => Self::Unknown,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Visa => "visa",
            Self::Mastercard => "mastercard",
            Self::Amex => "amex",
            Self::Discover => "discover",
            Self::Unknown => "unknown",
        }
    }

    /// # Errors
    /// [`ValueError::Rule`] for a name that is not a brand.
    pub fn parse(name: &str) -> Result<Self, ValueError> {
        Self::ALL
            .into_iter()
            .find(|b| b.as_str() == name)
            .ok_or(ValueError::Rule("is not a known card brand"))
    }
}

impl std::fmt::Display for CardBrand {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The last four digits of a card number: all of it that may be shown.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LastFour(String);

impl LastFour {
    /// # Errors
    /// [`ValueError::Rule`] for anything but four digits.
    pub fn parse(raw: &str) -> Result<Self, ValueError> {
        if raw.len() == 4 && raw.bytes().all(|b| b.is_ascii_digit()) {
            Ok(Self(raw.to_owned()))
        } else {
            Err(ValueError::Rule("must be four digits"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)]
    Regex::new("^tok_[A-Za-z0-9]{16,64}$").expect("a valid pattern")
});

/// The gateway's opaque reference to a card: `tok_` and 16 to 64 letters or digits. It is a
/// credential of sorts (it can be charged), so its `Debug` hides all but its first characters.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct CardToken(String);

impl CardToken {
    /// # Errors
    /// [`ValueError::Rule`] for anything not shaped like a token.
    pub fn parse(raw: &str) -> Result<Self, ValueError> {
        if TOKEN.is_match(raw) {
            Ok(Self(raw.to_owned()))
        } else {
            Err(ValueError::Rule(
                "must be tok_ followed by 16 to 64 letters or digits",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for CardToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "CardToken({}…)", &self.0[..8])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_numbers_pass_luhn_and_length() {
        for good in [
            "4242424242424242",
            "4000000000000002",
            "4000000000000119",
            "5555555555554444",
            "378282246310005",
        ] {
            assert!(CardNumber::parse(good).is_ok(), "{good}");
        }
        assert!(CardNumber::parse("4242424242424241").is_err(), "Luhn");
        assert!(CardNumber::parse("42424242").is_err(), "too short");
        assert!(
            CardNumber::parse("42424242424242424242").is_err(),
            "too long"
        );
        assert!(CardNumber::parse("4242 4242 4242 4242").is_err(), "spaces");
        assert!(CardNumber::parse("").is_err());
        assert!(
            CardNumber::parse("٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢").is_err(),
            "non-ASCII digits"
        );
    }

    #[test]
    fn brand_and_last_four_are_all_that_shows() {
        let card = CardNumber::parse("5555555555554444").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(card.brand(), CardBrand::Mastercard);
        assert_eq!(card.last_four().as_str(), "4444");
        assert_eq!(format!("{card:?}"), "CardNumber(****4444)");
        assert_eq!(CardBrand::of("378282246310005"), CardBrand::Amex);
        assert_eq!(CardBrand::of("6011111111111117"), CardBrand::Discover);
        assert_eq!(CardBrand::of("4242424242424242"), CardBrand::Visa);
        assert_eq!(CardBrand::of("9999999999999995"), CardBrand::Unknown);
        for brand in CardBrand::ALL {
            assert_eq!(CardBrand::parse(brand.as_str()), Ok(brand));
        }
    }

    #[test]
    fn tokens_have_the_contract_shape() {
        assert!(CardToken::parse("tok_0123456789abcdefXYZ").is_ok());
        assert!(CardToken::parse("tok_short").is_err());
        assert!(CardToken::parse("4242424242424242").is_err());
        assert!(CardToken::parse("tok_0123456789abcdef-").is_err());
    }
}
