// Generated from api/identity/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 7755e7bfd59eac0c-4b209df031e0afbd
//! Data transfer objects of Bookstore Identity API: every schema of the spec as a serde type, with the
//! spec's constraints checked by `openapi_runtime::Validate`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

static PATTERN_1: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^\\+?[0-9][0-9 -]{5,18}[0-9]$");

/// An e-mail address (RFC 5321 limits its length to 254 characters).
pub type Email = String;

/// One invalid part of a request.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FieldError {
    /// A JSON pointer to the invalid value: into the body (`/items/0/quantity`) or, for parameters, `/query/<name>`, `/path/<name>`, `/header/<name>` or `/cookie/<name>`.
    pub pointer: String,
    /// What is wrong with the value.
    pub detail: String,
}

impl openapi_runtime::Validate for FieldError {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// A telephone number: digits, optionally a leading `+`, with spaces or dashes between groups; `null` when the person has none.
pub type Phone = Option<String>;

/// An RFC 9457 problem details object, the body of every error response. `errors` lists one entry per invalid field when a request fails validation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    /// A URI identifying the problem type; `about:blank` when the status says it all.
    #[serde(rename = "type")]
    pub type_: String,
    /// A short, human-readable summary of the problem type.
    pub title: String,
    /// The HTTP status code of this occurrence.
    pub status: i32,
    /// A human-readable explanation of this occurrence.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub detail: Option<String>,
    /// The request path of this occurrence.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub instance: Option<String>,
    /// One entry per invalid field or parameter (validation failures only).
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub errors: Option<Vec<FieldError>>,
}

impl openapi_runtime::Validate for Problem {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.status;
            let ptr = format!("{pointer}/status");
            violations.check_minimum(&ptr, *value, 100, false);
            violations.check_maximum(&ptr, *value, 599, false);
        }
    }
}

/// A refresh token passed in the body, for clients that do not keep cookies.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RefreshTokenRequest {
    /// A refresh token issued by `signIn` or `exchangeToken`.
    pub refresh_token: String,
}

impl openapi_runtime::Validate for RefreshTokenRequest {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.refresh_token;
            let ptr = format!("{pointer}/refresh_token");
            violations.check_length(&ptr, value, Some(1), Some(8192));
        }
    }
}

/// A realm role: `manage` for staff; `profile`, `order` and `view` for customers.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum Role {
    #[serde(rename = "manage")]
    Manage,
    #[serde(rename = "profile")]
    Profile,
    #[serde(rename = "order")]
    Order,
    #[serde(rename = "view")]
    View,
}

impl Role {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Manage, Self::Profile, Self::Order, Self::View];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Manage => "manage",
            Self::Profile => "profile",
            Self::Order => "order",
            Self::View => "view",
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Role {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(value, &["manage", "profile", "order", "view"])
            })
    }
}

impl openapi_runtime::Validate for Role {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Credentials to sign in with.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignInRequest {
    /// An e-mail address (RFC 5321 limits its length to 254 characters).
    pub email: String,
    pub password: String,
}

impl std::fmt::Debug for SignInRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignInRequest")
            .field("email", &self.email)
            .field("password", &"<redacted>")
            .finish()
    }
}

impl openapi_runtime::Validate for SignInRequest {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.email;
            let ptr = format!("{pointer}/email");
            violations.check_length(&ptr, value, Some(3), Some(254));
            violations.check_email(&ptr, value);
        }
        {
            let value = &self.password;
            let ptr = format!("{pointer}/password");
            violations.check_length(&ptr, value, Some(1), Some(128));
        }
    }
}

/// A new customer account. The account gets the roles `profile`, `order` and `view`.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignUpRequest {
    /// An e-mail address (RFC 5321 limits its length to 254 characters).
    pub email: String,
    /// At least 8 characters.
    pub password: String,
    pub first_name: String,
    pub last_name: String,
    /// A telephone number: digits, optionally a leading `+`, with spaces or dashes between groups; `null` when the person has none.
    #[serde(default, skip_serializing_if = "openapi_runtime::Tristate::is_absent")]
    pub phone: openapi_runtime::Tristate<String>,
}

impl std::fmt::Debug for SignUpRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SignUpRequest")
            .field("email", &self.email)
            .field("password", &"<redacted>")
            .field("first_name", &self.first_name)
            .field("last_name", &self.last_name)
            .field("phone", &self.phone)
            .finish()
    }
}

impl openapi_runtime::Validate for SignUpRequest {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.email;
            let ptr = format!("{pointer}/email");
            violations.check_length(&ptr, value, Some(3), Some(254));
            violations.check_email(&ptr, value);
        }
        {
            let value = &self.password;
            let ptr = format!("{pointer}/password");
            violations.check_length(&ptr, value, Some(8), Some(128));
        }
        {
            let value = &self.first_name;
            let ptr = format!("{pointer}/first_name");
            violations.check_length(&ptr, value, Some(1), Some(100));
        }
        {
            let value = &self.last_name;
            let ptr = format!("{pointer}/last_name");
            violations.check_length(&ptr, value, Some(1), Some(100));
        }
        if let openapi_runtime::Tristate::Value(value) = &self.phone {
            let ptr = format!("{pointer}/phone");
            violations.check_length(&ptr, value, Some(7), Some(20));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
    }
}

/// An RFC 3339 instant in UTC, set by the service.
pub type Timestamp = chrono::DateTime<chrono::Utc>;

/// Always `Bearer`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum TokenResponseTokenType {
    #[serde(rename = "Bearer")]
    Bearer,
}

impl TokenResponseTokenType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Bearer];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Bearer => "Bearer",
        }
    }
}

impl std::fmt::Display for TokenResponseTokenType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for TokenResponseTokenType {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| openapi_runtime::UnknownVariant::new(value, &["Bearer"]))
    }
}

impl openapi_runtime::Validate for TokenResponseTokenType {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// A new access token. The matching refresh token is set as the `refresh_token` cookie.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TokenResponse {
    /// A signed JWT to send as `Authorization: Bearer <token>`.
    pub access_token: String,
    /// Seconds until the access token expires.
    pub expires_in: i32,
    /// Always `Bearer`.
    pub token_type: TokenResponseTokenType,
    /// Seconds until the refresh token expires.
    pub refresh_expires_in: i32,
}

impl openapi_runtime::Validate for TokenResponse {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.expires_in;
            let ptr = format!("{pointer}/expires_in");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.refresh_expires_in;
            let ptr = format!("{pointer}/refresh_expires_in");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// A user account as the bookstore sees it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct User {
    /// The user's id, the `sub` of their tokens.
    pub id: uuid::Uuid,
    /// An e-mail address (RFC 5321 limits its length to 254 characters).
    pub email: String,
    pub first_name: String,
    pub last_name: String,
    /// A telephone number: digits, optionally a leading `+`, with spaces or dashes between groups; `null` when the person has none.
    #[serde(deserialize_with = "openapi_runtime::tristate::required_nullable")]
    pub phone: Option<String>,
    /// The user's bookstore roles.
    pub roles: Vec<Role>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl openapi_runtime::Validate for User {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.email;
            let ptr = format!("{pointer}/email");
            violations.check_length(&ptr, value, Some(3), Some(254));
            violations.check_email(&ptr, value);
        }
        {
            let value = &self.first_name;
            let ptr = format!("{pointer}/first_name");
            violations.check_length(&ptr, value, Some(1), Some(100));
        }
        {
            let value = &self.last_name;
            let ptr = format!("{pointer}/last_name");
            violations.check_length(&ptr, value, Some(1), Some(100));
        }
        if let Some(value) = &self.phone {
            let ptr = format!("{pointer}/phone");
            violations.check_length(&ptr, value, Some(7), Some(20));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
        {
            let value = &self.roles;
            let ptr = format!("{pointer}/roles");
            violations.check_items(&ptr, value, None, None, true);
        }
    }
}
