// Generated from api/idp/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 5c573b6d0b1c574e-242d483ae440cc03
//! The outbound port of Keycloak (identity's subset): typed parameters and one typed response per operation,
//! and the `IdpApi` trait the service calls, implemented over HTTP by
//! `super::client::Client` (tests substitute their own).
//!
//! The part of Keycloak 26's Admin REST API and OpenID Connect endpoints that the identity service calls in Keycloak mode: creating, finding, counting, updating and deleting users, setting passwords, granting realm roles; and the token, logout, userinfo, introspection, JWKS and discovery endpoints. Written from Keycloak's documentation with its real paths, parameter names, status codes and JSON shapes; it is Keycloak's contract, not ours, so its errors are Keycloak's own bodies (OAuth 2.0 `{error, error_description}` and the admin API's `ErrorRepresentation`), not problem details.
//!
//! Admin endpoints need a bearer access token with the realm-management roles (`view-users`, `manage-users`, `view-realm`), e.g. from a `client_credentials` grant of a service-account client. The OpenID Connect endpoints authenticate the client with `client_id` and `client_secret` in the form (`client_secret_post`), except userinfo, which takes the user's access token. Representations carry more fields than listed here; unknown fields are ignored.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

use super::model;

pub use openapi_runtime::client::ClientError;

/// Parameters of `search_users` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct SearchUsersParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
    /// Users whose email contains this text (equals it with `exact=true`).
    pub email: Option<String>,
    /// Users whose username contains this text (equals it with `exact=true`).
    pub username: Option<String>,
    /// Users whose first name contains this text (equals it with `exact=true`).
    pub first_name: Option<String>,
    /// Users whose last name contains this text (equals it with `exact=true`).
    pub last_name: Option<String>,
    /// Users whose username, first or last name or email contains this text; `"text"` for an exact match, `text*` for a prefix. Ignored when a field filter is given.
    pub search: Option<String>,
    /// Users whose custom attributes match, as `key1:value1 key2:value2` (e.g. `phone:+4512345678`).
    pub q: Option<String>,
    /// Only enabled (`true`) or disabled (`false`) users.
    pub enabled: Option<bool>,
    /// Only users whose email is verified (`true`) or not (`false`).
    pub email_verified: Option<bool>,
    /// Field filters (`email`, `username`, `firstName`, `lastName`) must match exactly.
    pub exact: Option<bool>,
    /// How many matching users to skip (pagination offset).
    pub first: Option<i32>,
    /// The most users to return (Keycloak's default is 100).
    pub max: Option<i32>,
    /// Leave out attributes and other details.
    pub brief_representation: Option<bool>,
}

impl openapi_runtime::Validate for SearchUsersParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
        if let Some(value) = &self.first {
            let ptr = format!("{pointer}/query/first");
            violations.check_minimum(&ptr, *value, 0, false);
        }
        if let Some(value) = &self.max {
            let ptr = format!("{pointer}/query/max");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// Every response `search_users` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum SearchUsersResponse {
    /// 200: The matching users (possibly none).
    Ok(Vec<model::UserRepresentation>),
    /// 401: No bearer token, or an invalid or expired one.
    Unauthorized {
        body: model::OAuthError,
        www_authenticate: Option<String>,
    },
    /// 403: The token is valid but lacks the realm-management role the call needs.
    Forbidden(model::OAuthError),
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
}

impl SearchUsersResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Parameters of `create_user` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct CreateUserParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
}

impl openapi_runtime::Validate for CreateUserParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `create_user` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum CreateUserResponse {
    /// 201: Created; no body.
    Created { location: String },
    /// 400: The representation is invalid (e.g. a user profile attribute fails validation); one error, or several under `errors`.
    BadRequest(model::ErrorRepresentation),
    /// 401: No bearer token, or an invalid or expired one.
    Unauthorized {
        body: model::OAuthError,
        www_authenticate: Option<String>,
    },
    /// 403: The token is valid but lacks the realm-management role the call needs.
    Forbidden(model::OAuthError),
    /// 409: Another user already has this username or email.
    Conflict(model::ErrorRepresentation),
}

impl CreateUserResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Created { .. } => http::StatusCode::CREATED,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
        }
    }
}

/// Parameters of `count_users` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct CountUsersParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
    /// Users whose email contains this text (equals it with `exact=true`).
    pub email: Option<String>,
    /// Users whose username contains this text (equals it with `exact=true`).
    pub username: Option<String>,
    /// Users whose first name contains this text (equals it with `exact=true`).
    pub first_name: Option<String>,
    /// Users whose last name contains this text (equals it with `exact=true`).
    pub last_name: Option<String>,
    /// Users whose username, first or last name or email contains this text; `"text"` for an exact match, `text*` for a prefix. Ignored when a field filter is given.
    pub search: Option<String>,
    /// Users whose custom attributes match, as `key1:value1 key2:value2` (e.g. `phone:+4512345678`).
    pub q: Option<String>,
    /// Only enabled (`true`) or disabled (`false`) users.
    pub enabled: Option<bool>,
    /// Only users whose email is verified (`true`) or not (`false`).
    pub email_verified: Option<bool>,
}

impl openapi_runtime::Validate for CountUsersParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `count_users` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum CountUsersResponse {
    /// 200: The count.
    Ok(i64),
    /// 401: No bearer token, or an invalid or expired one.
    Unauthorized {
        body: model::OAuthError,
        www_authenticate: Option<String>,
    },
    /// 403: The token is valid but lacks the realm-management role the call needs.
    Forbidden(model::OAuthError),
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
}

impl CountUsersResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Parameters of `get_user` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
    /// The user's id (a UUID Keycloak assigned; the last segment of the create's `Location`).
    pub user_id: String,
    /// Also answer the user profile's metadata.
    pub user_profile_metadata: Option<bool>,
}

impl openapi_runtime::Validate for GetUserParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
        {
            let value = &self.user_id;
            let ptr = format!("{pointer}/path/user-id");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `get_user` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserResponse {
    /// 200: The user.
    Ok(model::UserRepresentation),
    /// 401: No bearer token, or an invalid or expired one.
    Unauthorized {
        body: model::OAuthError,
        www_authenticate: Option<String>,
    },
    /// 403: The token is valid but lacks the realm-management role the call needs.
    Forbidden(model::OAuthError),
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
}

impl GetUserResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Parameters of `update_user` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateUserParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
    /// The user's id (a UUID Keycloak assigned; the last segment of the create's `Location`).
    pub user_id: String,
}

impl openapi_runtime::Validate for UpdateUserParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
        {
            let value = &self.user_id;
            let ptr = format!("{pointer}/path/user-id");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `update_user` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserResponse {
    /// 204: Updated.
    NoContent,
    /// 400: The representation is invalid (e.g. a user profile attribute fails validation); one error, or several under `errors`.
    BadRequest(model::ErrorRepresentation),
    /// 401: No bearer token, or an invalid or expired one.
    Unauthorized {
        body: model::OAuthError,
        www_authenticate: Option<String>,
    },
    /// 403: The token is valid but lacks the realm-management role the call needs.
    Forbidden(model::OAuthError),
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
    /// 409: Another user already has this username or email.
    Conflict(model::ErrorRepresentation),
}

impl UpdateUserResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
            Self::Conflict(_) => http::StatusCode::CONFLICT,
        }
    }
}

/// Parameters of `delete_user` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct DeleteUserParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
    /// The user's id (a UUID Keycloak assigned; the last segment of the create's `Location`).
    pub user_id: String,
}

impl openapi_runtime::Validate for DeleteUserParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
        {
            let value = &self.user_id;
            let ptr = format!("{pointer}/path/user-id");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `delete_user` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteUserResponse {
    /// 204: Deleted.
    NoContent,
    /// 401: No bearer token, or an invalid or expired one.
    Unauthorized {
        body: model::OAuthError,
        www_authenticate: Option<String>,
    },
    /// 403: The token is valid but lacks the realm-management role the call needs.
    Forbidden(model::OAuthError),
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
}

impl DeleteUserResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Parameters of `reset_password` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct ResetPasswordParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
    /// The user's id (a UUID Keycloak assigned; the last segment of the create's `Location`).
    pub user_id: String,
}

impl openapi_runtime::Validate for ResetPasswordParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
        {
            let value = &self.user_id;
            let ptr = format!("{pointer}/path/user-id");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `reset_password` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum ResetPasswordResponse {
    /// 204: The password is set.
    NoContent,
    /// 400: The password policy refuses the password, or the credential is not a password.
    BadRequest(model::OAuthError),
    /// 401: No bearer token, or an invalid or expired one.
    Unauthorized {
        body: model::OAuthError,
        www_authenticate: Option<String>,
    },
    /// 403: The token is valid but lacks the realm-management role the call needs.
    Forbidden(model::OAuthError),
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
}

impl ResetPasswordResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Parameters of `get_user_realm_roles` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserRealmRolesParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
    /// The user's id (a UUID Keycloak assigned; the last segment of the create's `Location`).
    pub user_id: String,
}

impl openapi_runtime::Validate for GetUserRealmRolesParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
        {
            let value = &self.user_id;
            let ptr = format!("{pointer}/path/user-id");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `get_user_realm_roles` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserRealmRolesResponse {
    /// 200: The roles.
    Ok(Vec<model::RoleRepresentation>),
    /// 401: No bearer token, or an invalid or expired one.
    Unauthorized {
        body: model::OAuthError,
        www_authenticate: Option<String>,
    },
    /// 403: The token is valid but lacks the realm-management role the call needs.
    Forbidden(model::OAuthError),
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
}

impl GetUserRealmRolesResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Parameters of `add_user_realm_roles` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct AddUserRealmRolesParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
    /// The user's id (a UUID Keycloak assigned; the last segment of the create's `Location`).
    pub user_id: String,
}

impl openapi_runtime::Validate for AddUserRealmRolesParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
        {
            let value = &self.user_id;
            let ptr = format!("{pointer}/path/user-id");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `add_user_realm_roles` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum AddUserRealmRolesResponse {
    /// 204: Granted.
    NoContent,
    /// 401: No bearer token, or an invalid or expired one.
    Unauthorized {
        body: model::OAuthError,
        www_authenticate: Option<String>,
    },
    /// 403: The token is valid but lacks the realm-management role the call needs.
    Forbidden(model::OAuthError),
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
}

impl AddUserRealmRolesResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Parameters of `get_realm_role` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetRealmRoleParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
    /// The realm role's name, e.g. `profile`.
    pub role_name: String,
}

impl openapi_runtime::Validate for GetRealmRoleParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
        {
            let value = &self.role_name;
            let ptr = format!("{pointer}/path/role-name");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `get_realm_role` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetRealmRoleResponse {
    /// 200: The role.
    Ok(model::RoleRepresentation),
    /// 401: No bearer token, or an invalid or expired one.
    Unauthorized {
        body: model::OAuthError,
        www_authenticate: Option<String>,
    },
    /// 403: The token is valid but lacks the realm-management role the call needs.
    Forbidden(model::OAuthError),
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
}

impl GetRealmRoleResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => http::StatusCode::FORBIDDEN,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Parameters of `request_token` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct RequestTokenParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
}

impl openapi_runtime::Validate for RequestTokenParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `request_token` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum RequestTokenResponse {
    /// 200: The tokens.
    Ok(model::AccessTokenResponse),
    /// 400: The request is refused (RFC 6749 section 5.2): `invalid_grant` for wrong credentials or an expired, revoked or unknown refresh token, `invalid_request`, `unsupported_grant_type`, ...
    BadRequest(model::OAuthError),
    /// 401: The client could not be authenticated (unknown client, wrong secret).
    Unauthorized(model::OAuthError),
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
}

impl RequestTokenResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized(_) => http::StatusCode::UNAUTHORIZED,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Parameters of `introspect_token` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct IntrospectTokenParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
}

impl openapi_runtime::Validate for IntrospectTokenParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `introspect_token` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum IntrospectTokenResponse {
    /// 200: The token's state.
    Ok(model::IntrospectionResponse),
    /// 400: The request is refused (RFC 6749 section 5.2): `invalid_grant` for wrong credentials or an expired, revoked or unknown refresh token, `invalid_request`, `unsupported_grant_type`, ...
    BadRequest(model::OAuthError),
    /// 401: The client could not be authenticated (unknown client, wrong secret).
    Unauthorized(model::OAuthError),
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
}

impl IntrospectTokenResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized(_) => http::StatusCode::UNAUTHORIZED,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Parameters of `logout` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct LogoutParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
}

impl openapi_runtime::Validate for LogoutParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `logout` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum LogoutResponse {
    /// 204: The session is ended.
    NoContent,
    /// 400: The request is refused (RFC 6749 section 5.2): `invalid_grant` for wrong credentials or an expired, revoked or unknown refresh token, `invalid_request`, `unsupported_grant_type`, ...
    BadRequest(model::OAuthError),
    /// 401: The client could not be authenticated (unknown client, wrong secret).
    Unauthorized(model::OAuthError),
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
}

impl LogoutResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::NoContent => http::StatusCode::NO_CONTENT,
            Self::BadRequest(_) => http::StatusCode::BAD_REQUEST,
            Self::Unauthorized(_) => http::StatusCode::UNAUTHORIZED,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Parameters of `get_user_info` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetUserInfoParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
}

impl openapi_runtime::Validate for GetUserInfoParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `get_user_info` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserInfoResponse {
    /// 200: The claims.
    Ok(model::UserInfo),
    /// 401: The token is missing, invalid or expired.
    Unauthorized {
        body: model::OAuthError,
        www_authenticate: Option<String>,
    },
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
}

impl GetUserInfoResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::Unauthorized { .. } => http::StatusCode::UNAUTHORIZED,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Parameters of `get_certs` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetCertsParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
}

impl openapi_runtime::Validate for GetCertsParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `get_certs` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetCertsResponse {
    /// 200: The keys.
    Ok(model::JsonWebKeySet),
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
}

impl GetCertsResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Parameters of `get_openid_configuration` (path, query, header and cookie).
#[derive(Debug, Clone, PartialEq)]
pub struct GetOpenidConfigurationParams {
    /// The realm's name (not its id), e.g. `bookstore`.
    pub realm: String,
}

impl openapi_runtime::Validate for GetOpenidConfigurationParams {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.realm;
            let ptr = format!("{pointer}/path/realm");
            violations.check_length(&ptr, value, Some(1), None);
        }
    }
}

/// Every response `get_openid_configuration` declares, one variant per status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetOpenidConfigurationResponse {
    /// 200: The metadata.
    Ok(model::OpenIdConfiguration),
    /// 404: No such realm, user or role.
    NotFound(model::OAuthError),
}

impl GetOpenidConfigurationResponse {
    /// The HTTP status this response is sent with.
    pub fn status(&self) -> http::StatusCode {
        match self {
            Self::Ok(_) => http::StatusCode::OK,
            Self::NotFound(_) => http::StatusCode::NOT_FOUND,
        }
    }
}

/// Keycloak (identity's subset), as the service calls it: implemented over HTTP by `super::client::Client`.
pub trait IdpApi: Send + Sync {
    /// Search users
    ///
    /// Users matching every given filter, a page at a time (`first`, `max`). Field filters match substrings unless `exact=true`.
    fn search_users(
        &self,
        params: &SearchUsersParams,
    ) -> impl Future<Output = Result<SearchUsersResponse, ClientError>> + Send;
    /// Create a user
    ///
    /// Creates the user and answers 201 with its URL in `Location` and no body; the id is the URL's last segment. Realm roles are not granted here (map them afterwards).
    fn create_user(
        &self,
        params: &CreateUserParams,
        body: &model::UserRepresentation,
    ) -> impl Future<Output = Result<CreateUserResponse, ClientError>> + Send;
    /// Count users
    ///
    /// How many users match every given filter (substring matches, like the search).
    fn count_users(
        &self,
        params: &CountUsersParams,
    ) -> impl Future<Output = Result<CountUsersResponse, ClientError>> + Send;
    /// Get a user
    fn get_user(
        &self,
        params: &GetUserParams,
    ) -> impl Future<Output = Result<GetUserResponse, ClientError>> + Send;
    /// Update a user
    ///
    /// Changes the fields given; absent fields keep their values.
    fn update_user(
        &self,
        params: &UpdateUserParams,
        body: &model::UserRepresentation,
    ) -> impl Future<Output = Result<UpdateUserResponse, ClientError>> + Send;
    /// Delete a user
    fn delete_user(
        &self,
        params: &DeleteUserParams,
    ) -> impl Future<Output = Result<DeleteUserResponse, ClientError>> + Send;
    /// Set a user's password
    ///
    /// Replaces the user's password. A password the realm's policy refuses is a 400 naming the rule (`invalidPasswordMinLengthMessage`, ...).
    fn reset_password(
        &self,
        params: &ResetPasswordParams,
        body: &model::CredentialRepresentation,
    ) -> impl Future<Output = Result<ResetPasswordResponse, ClientError>> + Send;
    /// List a user's realm roles
    ///
    /// The realm roles mapped to the user directly (not those inherited through groups or composites).
    fn get_user_realm_roles(
        &self,
        params: &GetUserRealmRolesParams,
    ) -> impl Future<Output = Result<GetUserRealmRolesResponse, ClientError>> + Send;
    /// Grant realm roles to a user
    ///
    /// Maps the given realm roles (as read by `getRealmRole`) to the user; roles already mapped stay.
    fn add_user_realm_roles(
        &self,
        params: &AddUserRealmRolesParams,
        body: &[model::RoleRepresentation],
    ) -> impl Future<Output = Result<AddUserRealmRolesResponse, ClientError>> + Send;
    /// Get a realm role by name
    fn get_realm_role(
        &self,
        params: &GetRealmRoleParams,
    ) -> impl Future<Output = Result<GetRealmRoleResponse, ClientError>> + Send;
    /// Obtain tokens
    ///
    /// The token endpoint (RFC 6749 section 3.2) for the `password`, `refresh_token` and `client_credentials` grants; the client authenticates in the form.
    fn request_token(
        &self,
        params: &RequestTokenParams,
        body: &model::TokenRequest,
    ) -> impl Future<Output = Result<RequestTokenResponse, ClientError>> + Send;
    /// Introspect a token
    ///
    /// Whether a token is active, and its claims (RFC 7662); the client authenticates in the form.
    fn introspect_token(
        &self,
        params: &IntrospectTokenParams,
        body: &model::IntrospectionRequest,
    ) -> impl Future<Output = Result<IntrospectTokenResponse, ClientError>> + Send;
    /// End a session
    ///
    /// Back-channel logout: ends the user session the refresh token belongs to, which revokes its refresh tokens. The client authenticates in the form.
    fn logout(
        &self,
        params: &LogoutParams,
        body: &model::LogoutRequest,
    ) -> impl Future<Output = Result<LogoutResponse, ClientError>> + Send;
    /// The signed-in user's claims
    ///
    /// Claims about the user the bearer access token was issued to (the user's token, not an admin one).
    fn get_user_info(
        &self,
        params: &GetUserInfoParams,
    ) -> impl Future<Output = Result<GetUserInfoResponse, ClientError>> + Send;
    /// The realm's public keys
    ///
    /// The JSON Web Key Set tokens are verified with.
    fn get_certs(
        &self,
        params: &GetCertsParams,
    ) -> impl Future<Output = Result<GetCertsResponse, ClientError>> + Send;
    /// The realm's OpenID Provider metadata
    fn get_openid_configuration(
        &self,
        params: &GetOpenidConfigurationParams,
    ) -> impl Future<Output = Result<GetOpenidConfigurationResponse, ClientError>> + Send;
}
