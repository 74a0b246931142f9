//! ISBNs. Both ISBN-10 and ISBN-13 are accepted, and an ISBN-10 is stored as its ISBN-13 (the
//! 978 prefix and a new check digit): one book then has one key, so the same book sent once in
//! each form is a duplicate, and gRPC clients always see the 13-digit form the proto promises.

use super::ValueError;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Isbn(String);

impl Isbn {
    /// Parse an ISBN-10 or ISBN-13 without separators and verify its check digit.
    ///
    /// # Errors
    /// [`ValueError::IsbnShape`] for the wrong length or characters, [`ValueError::IsbnChecksum`]
    /// when the check digit does not match.
    pub fn parse(raw: &str) -> Result<Self, ValueError> {
        let bytes = raw.as_bytes();
        match bytes.len() {
            13 => {
                if !bytes.iter().all(u8::is_ascii_digit)
                    || !(raw.starts_with("978") || raw.starts_with("979"))
                {
                    return Err(ValueError::IsbnShape);
                }
                let digits: Vec<u32> = bytes.iter().map(|b| u32::from(b - b'0')).collect();
                if isbn13_check_digit(&digits[..12]) != digits[12] {
                    return Err(ValueError::IsbnChecksum);
                }
                Ok(Self(raw.to_owned()))
            }
            10 => {
                let (body, check) = bytes.split_at(9);
                if !body.iter().all(u8::is_ascii_digit)
                    || !(check[0].is_ascii_digit() || check[0] == b'X')
                {
                    return Err(ValueError::IsbnShape);
                }
                let mut sum: u32 = body
                    .iter()
                    .zip((2..=10).rev())
                    .map(|(b, w)| u32::from(b - b'0') * w)
                    .sum();
                sum += if check[0] == b'X' {
                    10
                } else {
                    u32::from(check[0] - b'0')
                };
                if !sum.is_multiple_of(11) {
                    return Err(ValueError::IsbnChecksum);
                }
                let mut digits: Vec<u32> = vec![9, 7, 8];
                digits.extend(body.iter().map(|b| u32::from(b - b'0')));
                let check13 = isbn13_check_digit(&digits);
                digits.push(check13);
                Ok(Self(
                    digits
                        .iter()
                        .map(|d| char::from_digit(*d, 10).unwrap_or('0'))
                        .collect(),
                ))
            }
            _ => Err(ValueError::IsbnShape),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The ISBN-13 check digit of the first twelve digits (weights 1, 3, 1, 3, …).
fn isbn13_check_digit(first_twelve: &[u32]) -> u32 {
    let sum: u32 = first_twelve
        .iter()
        .enumerate()
        .map(|(i, d)| if i % 2 == 0 { *d } else { d * 3 })
        .sum();
    (10 - sum % 10) % 10
}

impl std::fmt::Display for Isbn {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_seed_isbn_is_valid() {
        for isbn in [
            "9780132350884",
            "9780134494326",
            "9781449373320",
            "9780135957059",
            "9780134757599",
            "9781617293726",
        ] {
            assert_eq!(
                Isbn::parse(isbn).map(|i| i.as_str().to_owned()),
                Ok(isbn.to_owned())
            );
        }
    }

    #[test]
    fn a_wrong_check_digit_is_refused() {
        assert_eq!(Isbn::parse("9780132350885"), Err(ValueError::IsbnChecksum));
        assert_eq!(Isbn::parse("0132350883"), Err(ValueError::IsbnChecksum));
    }

    #[test]
    fn an_isbn_10_is_stored_as_its_isbn_13() {
        assert_eq!(
            Isbn::parse("0132350882").map(|i| i.as_str().to_owned()),
            Ok("9780132350884".to_owned())
        );
        assert_eq!(
            Isbn::parse("080442957X").map(|i| i.as_str().to_owned()),
            Ok("9780804429573".to_owned())
        );
    }

    #[test]
    fn malformed_isbns_are_refused() {
        for raw in [
            "",
            "123",
            "97801323508841",
            "978013235088X",
            "12345678901234",
            "9770132350884",
            "01323508-2",
        ] {
            assert_eq!(Isbn::parse(raw), Err(ValueError::IsbnShape), "{raw}");
        }
    }
}
