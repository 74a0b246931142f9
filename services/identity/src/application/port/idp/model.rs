// Generated from api/idp/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: df1fa64c37b6ae3d-5a01f75dd0a4abba
//! Data transfer objects of Keycloak (identity's subset): every schema of the spec as a serde type, with the
//! spec's constraints checked by `openapi_runtime::Validate`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

/// A user as the admin API reads and writes it. On create, `username` is required (it is the email when the realm logs in by email) and `credentials` may carry the initial password; realm roles are NOT granted by `realmRoles` on create, they need a role mapping afterwards. On update, absent fields are left as they are.
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UserRepresentation {
    /// Assigned by Keycloak; read-only.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    /// Unique in the realm; Keycloak stores it lower-cased.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub username: Option<String>,
    /// Unique in the realm unless the realm allows duplicate emails.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub email: Option<String>,
    #[serde(
        rename = "emailVerified",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub email_verified: Option<bool>,
    #[serde(
        rename = "firstName",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub first_name: Option<String>,
    #[serde(
        rename = "lastName",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub last_name: Option<String>,
    /// A disabled user cannot sign in.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub enabled: Option<bool>,
    /// Milliseconds since the Unix epoch; read-only.
    #[serde(
        rename = "createdTimestamp",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub created_timestamp: Option<i64>,
    /// Custom attributes (e.g. `phone`), each a list of values.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<std::collections::BTreeMap<String, Vec<String>>>,
    /// Actions the user must complete at the next sign-in (`UPDATE_PASSWORD`, `VERIFY_EMAIL`, ...).
    #[serde(
        rename = "requiredActions",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub required_actions: Option<Vec<String>>,
    /// Only written, on create (the initial password); never read back.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub credentials: Option<Vec<CredentialRepresentation>>,
    /// Only honoured by realm imports; use the realm role mapping to grant roles.
    #[serde(
        rename = "realmRoles",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub realm_roles: Option<Vec<String>>,
}

impl std::fmt::Debug for UserRepresentation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRepresentation")
            .field("id", &self.id)
            .field("username", &self.username)
            .field("email", &self.email)
            .field("emailVerified", &self.email_verified)
            .field("firstName", &self.first_name)
            .field("lastName", &self.last_name)
            .field("enabled", &self.enabled)
            .field("createdTimestamp", &self.created_timestamp)
            .field("attributes", &self.attributes)
            .field("requiredActions", &self.required_actions)
            .field(
                "credentials",
                &self.credentials.as_ref().map(|_| "<redacted>"),
            )
            .field("realmRoles", &self.realm_roles)
            .finish()
    }
}

impl openapi_runtime::Validate for UserRepresentation {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Users, in Keycloak's order (by username).
pub type UserRepresentationList = Vec<UserRepresentation>;

/// How many users match.
pub type UserCount = i64;

/// A credential; for passwords `{type: password, value, temporary}`.
#[derive(Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct CredentialRepresentation {
    /// The credential type; `password` for a password.
    #[serde(
        rename = "type",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub type_: Option<String>,
    /// The new password, in clear text (sent over TLS, never logged).
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub value: Option<String>,
    /// When `true` the user must change the password at the next sign-in.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub temporary: Option<bool>,
}

impl std::fmt::Debug for CredentialRepresentation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CredentialRepresentation")
            .field("type", &self.type_)
            .field("value", &self.value.as_ref().map(|_| "<redacted>"))
            .field("temporary", &self.temporary)
            .finish()
    }
}

impl openapi_runtime::Validate for CredentialRepresentation {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// A role. To map realm roles to a user, send them as read from `GET .../roles/{role-name}` (`id` and `name` are what Keycloak looks at).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RoleRepresentation {
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub id: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub composite: Option<bool>,
    #[serde(
        rename = "clientRole",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub client_role: Option<bool>,
    /// The realm's id for a realm role, the client's for a client role.
    #[serde(
        rename = "containerId",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub container_id: Option<String>,
}

impl openapi_runtime::Validate for RoleRepresentation {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

pub type RoleRepresentationList = Vec<RoleRepresentation>;

/// The admin API's error body for conflicts and invalid representations: one message, or several under `errors` (user profile validation).
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ErrorRepresentation {
    /// The attribute at fault, if any.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub field: Option<String>,
    /// A message or a message key (`invalidEmailMessage`) to be formatted with `params`.
    #[serde(
        rename = "errorMessage",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_message: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub params: Option<Vec<serde_json::Value>>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub errors: Option<Vec<ErrorRepresentation>>,
}

impl openapi_runtime::Validate for ErrorRepresentation {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// An OAuth 2.0 error (RFC 6749 section 5.2), which Keycloak also answers for the admin API's 401, 403 and 404 (`{"error": "User not found"}`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OAuthError {
    /// An error code (`invalid_grant`, `invalid_client`, `invalid_token`, ...) or, from the admin API, a message.
    pub error: String,
    /// A human-readable explanation.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub error_description: Option<String>,
}

impl openapi_runtime::Validate for OAuthError {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// A token request (RFC 6749), form-encoded. The client authenticates with `client_id` and, for a confidential client, `client_secret`.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TokenRequest {
    /// `password` (resource owner credentials: `username` and `password`), `refresh_token` (a `refresh_token`) or `client_credentials` (the client's own service account).
    pub grant_type: GrantType,
    pub client_id: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub client_secret: Option<String>,
    /// With `grant_type=password`.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub username: Option<String>,
    /// With `grant_type=password`.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub password: Option<String>,
    /// With `grant_type=refresh_token`.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub refresh_token: Option<String>,
    /// Space-separated scopes; `openid` adds an ID token.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub scope: Option<String>,
}

impl std::fmt::Debug for TokenRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenRequest")
            .field("grant_type", &self.grant_type)
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &self.client_secret.as_ref().map(|_| "<redacted>"),
            )
            .field("username", &self.username)
            .field("password", &self.password.as_ref().map(|_| "<redacted>"))
            .field(
                "refresh_token",
                &self.refresh_token.as_ref().map(|_| "<redacted>"),
            )
            .field("scope", &self.scope)
            .finish()
    }
}

impl openapi_runtime::Validate for TokenRequest {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// `password` (resource owner credentials: `username` and `password`), `refresh_token` (a `refresh_token`) or `client_credentials` (the client's own service account).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum GrantType {
    #[serde(rename = "password")]
    Password,
    #[serde(rename = "refresh_token")]
    RefreshToken,
    #[serde(rename = "client_credentials")]
    ClientCredentials,
}

impl GrantType {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Password, Self::RefreshToken, Self::ClientCredentials];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Password => "password",
            Self::RefreshToken => "refresh_token",
            Self::ClientCredentials => "client_credentials",
        }
    }
}

impl std::fmt::Display for GrantType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for GrantType {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(
                    value,
                    &["password", "refresh_token", "client_credentials"],
                )
            })
    }
}

impl openapi_runtime::Validate for GrantType {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// A successful token response (RFC 6749 section 5.1). `client_credentials` grants carry no refresh token (`refresh_expires_in` is 0).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AccessTokenResponse {
    pub access_token: String,
    /// Lifetime of the access token, in seconds.
    pub expires_in: i64,
    /// Lifetime of the refresh token, in seconds (0 when there is none).
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub refresh_expires_in: Option<i64>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub refresh_token: Option<String>,
    /// `Bearer`.
    pub token_type: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub id_token: Option<String>,
    #[serde(
        rename = "not-before-policy",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub not_before_policy: Option<i64>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub session_state: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub scope: Option<String>,
}

impl openapi_runtime::Validate for AccessTokenResponse {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// Ends the session the refresh token belongs to (back-channel logout), form-encoded.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct LogoutRequest {
    pub client_id: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub client_secret: Option<String>,
    pub refresh_token: String,
}

impl std::fmt::Debug for LogoutRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LogoutRequest")
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &self.client_secret.as_ref().map(|_| "<redacted>"),
            )
            .field("refresh_token", &"<redacted>")
            .finish()
    }
}

impl openapi_runtime::Validate for LogoutRequest {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum IntrospectionRequestTokenTypeHint {
    #[serde(rename = "access_token")]
    AccessToken,
    #[serde(rename = "refresh_token")]
    RefreshToken,
}

impl IntrospectionRequestTokenTypeHint {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::AccessToken, Self::RefreshToken];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::AccessToken => "access_token",
            Self::RefreshToken => "refresh_token",
        }
    }
}

impl std::fmt::Display for IntrospectionRequestTokenTypeHint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for IntrospectionRequestTokenTypeHint {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(value, &["access_token", "refresh_token"])
            })
    }
}

impl openapi_runtime::Validate for IntrospectionRequestTokenTypeHint {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// A token introspection request (RFC 7662), form-encoded, by an authenticated client.
#[derive(Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IntrospectionRequest {
    pub token: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub token_type_hint: Option<IntrospectionRequestTokenTypeHint>,
    pub client_id: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub client_secret: Option<String>,
}

impl std::fmt::Debug for IntrospectionRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("IntrospectionRequest")
            .field("token", &"<redacted>")
            .field("token_type_hint", &self.token_type_hint)
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &self.client_secret.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl openapi_runtime::Validate for IntrospectionRequest {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// What the token is (RFC 7662 section 2.2): only `active` when it is not active (expired, revoked, unknown); its claims otherwise.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IntrospectionResponse {
    pub active: bool,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub scope: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub client_id: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub username: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub token_type: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub exp: Option<i64>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub iat: Option<i64>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub nbf: Option<i64>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub sub: Option<String>,
    /// A token's audience, one or several.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub aud: Option<Audience>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub iss: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub jti: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub azp: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub email: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub preferred_username: Option<String>,
    /// The realm roles a token carries.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub realm_access: Option<RealmAccess>,
}

impl openapi_runtime::Validate for IntrospectionResponse {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// A token's audience, one or several.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum Audience {
    String(String),
    List(Vec<String>),
}

impl openapi_runtime::Validate for Audience {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The realm roles a token carries.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct RealmAccess {
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub roles: Option<Vec<String>>,
}

impl openapi_runtime::Validate for RealmAccess {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The signed-in user's claims (OpenID Connect Core section 5.3.2).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserInfo {
    pub sub: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub email: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub email_verified: Option<bool>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub preferred_username: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub name: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub given_name: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub family_name: Option<String>,
}

impl openapi_runtime::Validate for UserInfo {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The realm's public keys (RFC 7517 section 5).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JsonWebKeySet {
    pub keys: Vec<JsonWebKey>,
}

impl openapi_runtime::Validate for JsonWebKeySet {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// One public key (RFC 7517); RSA keys carry `n` and `e`, EC keys `crv`, `x` and `y`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct JsonWebKey {
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub kid: Option<String>,
    /// `RSA`, `EC`, `OKP`.
    pub kty: String,
    /// `RS256`, ...
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub alg: Option<String>,
    /// `sig` or `enc`.
    #[serde(
        rename = "use",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub use_: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub n: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub e: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub crv: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub x: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub y: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub x5c: Option<Vec<String>>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub x5t: Option<String>,
    #[serde(
        rename = "x5t#S256",
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub x5t_s256: Option<String>,
}

impl openapi_runtime::Validate for JsonWebKey {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The realm's OpenID Provider metadata (OpenID Connect Discovery 1.0 section 3).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OpenIdConfiguration {
    pub issuer: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub authorization_endpoint: Option<String>,
    pub token_endpoint: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub introspection_endpoint: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub userinfo_endpoint: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub end_session_endpoint: Option<String>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub revocation_endpoint: Option<String>,
    pub jwks_uri: String,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub grant_types_supported: Option<Vec<String>>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub response_types_supported: Option<Vec<String>>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub subject_types_supported: Option<Vec<String>>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub id_token_signing_alg_values_supported: Option<Vec<String>>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub scopes_supported: Option<Vec<String>>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub claims_supported: Option<Vec<String>>,
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub token_endpoint_auth_methods_supported: Option<Vec<String>>,
}

impl openapi_runtime::Validate for OpenIdConfiguration {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}
