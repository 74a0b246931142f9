//! A user account and the values it is made of, each checked when it is built.

use std::collections::BTreeSet;
use std::fmt;

use chrono::{DateTime, Utc};
use uuid::Uuid;

/// Why a value was refused; the message is shown to the client next to the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Refused(&'static str);

/// A user's id: the `sub` of their tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UserId(Uuid);

impl UserId {
    pub fn new_random() -> Self {
        Self(Uuid::new_v4())
    }

    pub fn from_uuid(id: Uuid) -> Self {
        Self(id)
    }

    /// # Errors
    /// Not a UUID.
    pub fn parse(raw: &str) -> Result<Self, Refused> {
        Uuid::parse_str(raw.trim())
            .map(Self)
            .map_err(|_| Refused("must be a UUID"))
    }

    pub fn uuid(self) -> Uuid {
        self.0
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// An e-mail address, trimmed and lower-cased: two spellings of one address are one account.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub const MAX: usize = 254;

    /// # Errors
    /// Longer than 254 characters, or not `local@domain` with printable, space-free parts.
    pub fn parse(raw: &str) -> Result<Self, Refused> {
        let email = raw.trim().to_lowercase();
        if email.chars().count() > Self::MAX {
            return Err(Refused("must be at most 254 characters"));
        }
        let valid = match email.split_once('@') {
            Some((local, domain)) => {
                !local.is_empty()
                    && !domain.is_empty()
                    && !domain.contains('@')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !email.chars().any(|c| c.is_whitespace() || c.is_control())
            }
            None => false,
        };
        if valid {
            Ok(Self(email))
        } else {
            Err(Refused("must be an e-mail address"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A password that satisfies the policy: 8 to 128 characters, not the account's e-mail address.
/// Never printed: `Debug` shows nothing of it.
#[derive(Clone)]
pub struct Password(String);

impl Password {
    pub const MIN: usize = 8;
    pub const MAX: usize = 128;

    /// # Errors
    /// Shorter than 8 or longer than 128 characters, or the e-mail address itself.
    pub fn new(raw: &str, email: &Email) -> Result<Self, Refused> {
        let length = raw.chars().count();
        if length < Self::MIN {
            return Err(Refused("must be at least 8 characters"));
        }
        if length > Self::MAX {
            return Err(Refused("must be at most 128 characters"));
        }
        if raw.trim().to_lowercase() == email.as_str() {
            return Err(Refused("must not be the e-mail address"));
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password([redacted])")
    }
}

/// A first or last name: 1 to 100 characters after trimming, one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name(String);

impl Name {
    pub const MAX: usize = 100;

    /// # Errors
    /// Blank, longer than 100 characters, or with control characters.
    pub fn parse(raw: &str) -> Result<Self, Refused> {
        let name = raw.trim();
        if name.is_empty() {
            return Err(Refused("must not be blank"));
        }
        if name.chars().count() > Self::MAX {
            return Err(Refused("must be at most 100 characters"));
        }
        if name.chars().any(char::is_control) {
            return Err(Refused("must be one line of text"));
        }
        Ok(Self(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A telephone number: digits, an optional leading `+`, spaces or dashes between groups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone(String);

impl Phone {
    /// # Errors
    /// Not 7 to 20 characters of that shape.
    pub fn parse(raw: &str) -> Result<Self, Refused> {
        let phone = raw.trim();
        let length = phone.chars().count();
        let body = phone.strip_prefix('+').unwrap_or(phone);
        let shaped = (7..=20).contains(&length)
            && body.starts_with(|c: char| c.is_ascii_digit())
            && body.ends_with(|c: char| c.is_ascii_digit())
            && body
                .chars()
                .all(|c| c.is_ascii_digit() || c == ' ' || c == '-');
        if shaped {
            Ok(Self(phone.to_owned()))
        } else {
            Err(Refused(
                "must be 7 to 20 digits, optionally with a leading + and spaces or dashes",
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A realm role, as tokens carry it in `realm_access.roles`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Manage,
    Profile,
    Order,
    View,
}

impl Role {
    /// What sign-up grants: a customer.
    pub const CUSTOMER: &[Role] = &[Role::Profile, Role::Order, Role::View];
    /// What the bootstrap staff user gets.
    pub const STAFF: &[Role] = &[Role::Manage];

    pub fn name(self) -> &'static str {
        match self {
            Role::Manage => "manage",
            Role::Profile => "profile",
            Role::Order => "order",
            Role::View => "view",
        }
    }

    /// `None` for a role the bookstore does not know (ignored: the IdP may have others).
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "manage" => Role::Manage,
            "profile" => Role::Profile,
            "order" => Role::Order,
            "view" => Role::View,
            _ => return None,
        })
    }
}

/// Who a person is, as they give it at sign-up and change it later.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub email: Email,
    pub first_name: Name,
    pub last_name: Name,
    pub phone: Option<Phone>,
}

/// A sign-up: the person and the password they chose.
#[derive(Debug, Clone)]
pub struct NewAccount {
    pub person: Person,
    pub password: Password,
}

/// A user account as the bookstore sees it (the credentials stay in the identity provider).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: UserId,
    pub person: Person,
    pub roles: BTreeSet<Role>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email() -> Email {
        Email::parse("Jane.Doe@Example.com ").expect("valid")
    }

    #[test]
    fn an_email_is_trimmed_and_lower_cased() {
        assert_eq!(email().as_str(), "jane.doe@example.com");
    }

    #[test]
    fn an_email_needs_one_at_sign_with_text_on_both_sides() {
        for bad in [
            "",
            "jane",
            "@example.com",
            "jane@",
            "a@b@c",
            "ja ne@x.y",
            "j@.x",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad:?} accepted");
        }
        assert!(Email::parse(&format!("{}@x.y", "a".repeat(260))).is_err());
    }

    #[test]
    fn a_password_has_at_least_eight_characters() {
        assert!(Password::new("short", &email()).is_err());
        assert!(Password::new("long enough", &email()).is_ok());
        assert!(Password::new(&"x".repeat(129), &email()).is_err());
    }

    #[test]
    fn a_password_is_not_the_email_address() {
        assert!(Password::new("JANE.DOE@example.com", &email()).is_err());
    }

    #[test]
    fn a_password_never_prints() {
        let password = Password::new("hunter2hunter2", &email()).expect("valid");
        assert!(!format!("{password:?}").contains("hunter2"));
    }

    #[test]
    fn a_phone_number_has_digits_at_both_ends() {
        assert!(Phone::parse("+1 555-0100-42").is_ok());
        for bad in ["555", "+1 555 0100 -", "phone 123456", "1'; DROP TABLE--"] {
            assert!(Phone::parse(bad).is_err(), "{bad:?} accepted");
        }
    }

    #[test]
    fn role_names_round_trip() {
        for role in [Role::Manage, Role::Profile, Role::Order, Role::View] {
            assert_eq!(Role::from_name(role.name()), Some(role));
        }
        assert_eq!(Role::from_name("admin"), None);
    }
}
