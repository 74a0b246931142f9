// Generated from api/idp/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: a64355093300309d-1314a3ab1bacb0ac
//! A typed async client for Keycloak (identity's subset) (reqwest), speaking in the DTOs (`model`) and response
//! enums (`port`) of the outbound port `IdpApi`, which it implements.

// An operation that declares only `default` decodes every status the same way.
#![allow(clippy::match_single_binding)]

use super::model;
use super::port::*;

use openapi_runtime::client::ClientError;

/// The path prefix every operation lives under (from the spec's first server URL).
const BASE_PATH: &str = "";

/// A client for one server of Keycloak (identity's subset).
#[derive(Debug, Clone)]
pub struct Client {
    base_url: String,
    http: reqwest::Client,
    auth: openapi_runtime::client::Auth,
}

impl Client {
    /// A client for the server at `base_url` (scheme, host and port, e.g. `http://127.0.0.1:8080`);
    /// the spec's base path is appended to it.
    pub fn new(base_url: impl Into<String>) -> Self {
        Self::with_http_client(base_url, reqwest::Client::new())
    }

    /// Like [`Client::new`], sharing a configured `reqwest::Client` (timeouts, pools, TLS).
    pub fn with_http_client(base_url: impl Into<String>, http: reqwest::Client) -> Self {
        let base_url: String = base_url.into();
        Self {
            base_url: format!("{}{BASE_PATH}", base_url.trim_end_matches('/')),
            http,
            auth: openapi_runtime::client::Auth::none(),
        }
    }

    /// Send `Authorization: Bearer <token>` with every request of a secured operation.
    pub fn with_bearer_token(mut self, token: impl Into<String>) -> Self {
        self.auth = openapi_runtime::client::Auth::token(token);
        self
    }

    /// Take the bearer token of each secured request from `provider`; after a 401 the provider
    /// is asked for a fresh token and the request is sent once more.
    pub fn with_token_provider(
        mut self,
        provider: std::sync::Arc<dyn openapi_runtime::client::TokenProvider>,
    ) -> Self {
        self.auth = openapi_runtime::client::Auth::provider(provider);
        self
    }

    /// Search users
    ///
    /// Users matching every given filter, a page at a time (`first`, `max`). Field filters match substrings unless `exact=true`.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn search_users(
        &self,
        params: &SearchUsersParams,
    ) -> Result<SearchUsersResponse, ClientError> {
        let url = format!(
            "{}/admin/realms/{}/users",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?
        );
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "email", &params.email)?;
        openapi_runtime::client::push_param(&mut query, "username", &params.username)?;
        openapi_runtime::client::push_param(&mut query, "firstName", &params.first_name)?;
        openapi_runtime::client::push_param(&mut query, "lastName", &params.last_name)?;
        openapi_runtime::client::push_param(&mut query, "search", &params.search)?;
        openapi_runtime::client::push_param(&mut query, "q", &params.q)?;
        openapi_runtime::client::push_param(&mut query, "enabled", &params.enabled)?;
        openapi_runtime::client::push_param(&mut query, "emailVerified", &params.email_verified)?;
        openapi_runtime::client::push_param(&mut query, "exact", &params.exact)?;
        openapi_runtime::client::push_param(&mut query, "first", &params.first)?;
        openapi_runtime::client::push_param(&mut query, "max", &params.max)?;
        openapi_runtime::client::push_param(
            &mut query,
            "briefRepresentation",
            &params.brief_representation,
        )?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(SearchUsersResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(SearchUsersResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::optional_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(SearchUsersResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(SearchUsersResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Create a user
    ///
    /// Creates the user and answers 201 with its URL in `Location` and no body; the id is the URL's last segment. Realm roles are not granted here (map them afterwards).
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn create_user(
        &self,
        params: &CreateUserParams,
        body: &model::UserRepresentation,
    ) -> Result<CreateUserResponse, ClientError> {
        let url = format!(
            "{}/admin/realms/{}/users",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?
        );
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            201 => Ok(CreateUserResponse::Created {
                location: openapi_runtime::client::required_header(&headers, "location")?,
            }),
            400 => Ok(CreateUserResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(CreateUserResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::optional_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(CreateUserResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(CreateUserResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Count users
    ///
    /// How many users match every given filter (substring matches, like the search).
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn count_users(
        &self,
        params: &CountUsersParams,
    ) -> Result<CountUsersResponse, ClientError> {
        let url = format!(
            "{}/admin/realms/{}/users/count",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?
        );
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(&mut query, "email", &params.email)?;
        openapi_runtime::client::push_param(&mut query, "username", &params.username)?;
        openapi_runtime::client::push_param(&mut query, "firstName", &params.first_name)?;
        openapi_runtime::client::push_param(&mut query, "lastName", &params.last_name)?;
        openapi_runtime::client::push_param(&mut query, "search", &params.search)?;
        openapi_runtime::client::push_param(&mut query, "q", &params.q)?;
        openapi_runtime::client::push_param(&mut query, "enabled", &params.enabled)?;
        openapi_runtime::client::push_param(&mut query, "emailVerified", &params.email_verified)?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(CountUsersResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(CountUsersResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::optional_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(CountUsersResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(CountUsersResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a user
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_user(&self, params: &GetUserParams) -> Result<GetUserResponse, ClientError> {
        let url = format!(
            "{}/admin/realms/{}/users/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?,
            openapi_runtime::client::path_segment(&params.user_id)?
        );
        let mut request = self.http.request(reqwest::Method::GET, url);
        let mut query: Vec<(&str, String)> = Vec::new();
        openapi_runtime::client::push_param(
            &mut query,
            "userProfileMetadata",
            &params.user_profile_metadata,
        )?;
        request = request.query(&query);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetUserResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            401 => Ok(GetUserResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::optional_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(GetUserResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetUserResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Update a user
    ///
    /// Changes the fields given; absent fields keep their values.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn update_user(
        &self,
        params: &UpdateUserParams,
        body: &model::UserRepresentation,
    ) -> Result<UpdateUserResponse, ClientError> {
        let url = format!(
            "{}/admin/realms/{}/users/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?,
            openapi_runtime::client::path_segment(&params.user_id)?
        );
        let mut request = self.http.request(reqwest::Method::PUT, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(UpdateUserResponse::NoContent),
            400 => Ok(UpdateUserResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(UpdateUserResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::optional_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(UpdateUserResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(UpdateUserResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            409 => Ok(UpdateUserResponse::Conflict(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Delete a user
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn delete_user(
        &self,
        params: &DeleteUserParams,
    ) -> Result<DeleteUserResponse, ClientError> {
        let url = format!(
            "{}/admin/realms/{}/users/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?,
            openapi_runtime::client::path_segment(&params.user_id)?
        );
        let request = self.http.request(reqwest::Method::DELETE, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(DeleteUserResponse::NoContent),
            401 => Ok(DeleteUserResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::optional_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(DeleteUserResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(DeleteUserResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Set a user's password
    ///
    /// Replaces the user's password. A password the realm's policy refuses is a 400 naming the rule (`invalidPasswordMinLengthMessage`, ...).
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn reset_password(
        &self,
        params: &ResetPasswordParams,
        body: &model::CredentialRepresentation,
    ) -> Result<ResetPasswordResponse, ClientError> {
        let url = format!(
            "{}/admin/realms/{}/users/{}/reset-password",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?,
            openapi_runtime::client::path_segment(&params.user_id)?
        );
        let mut request = self.http.request(reqwest::Method::PUT, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(ResetPasswordResponse::NoContent),
            400 => Ok(ResetPasswordResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(ResetPasswordResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::optional_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(ResetPasswordResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(ResetPasswordResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// List a user's realm roles
    ///
    /// The realm roles mapped to the user directly (not those inherited through groups or composites).
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_user_realm_roles(
        &self,
        params: &GetUserRealmRolesParams,
    ) -> Result<GetUserRealmRolesResponse, ClientError> {
        let url = format!(
            "{}/admin/realms/{}/users/{}/role-mappings/realm",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?,
            openapi_runtime::client::path_segment(&params.user_id)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetUserRealmRolesResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(GetUserRealmRolesResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::optional_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(GetUserRealmRolesResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetUserRealmRolesResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Grant realm roles to a user
    ///
    /// Maps the given realm roles (as read by `getRealmRole`) to the user; roles already mapped stay.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn add_user_realm_roles(
        &self,
        params: &AddUserRealmRolesParams,
        body: &[model::RoleRepresentation],
    ) -> Result<AddUserRealmRolesResponse, ClientError> {
        let url = format!(
            "{}/admin/realms/{}/users/{}/role-mappings/realm",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?,
            openapi_runtime::client::path_segment(&params.user_id)?
        );
        let mut request = self.http.request(reqwest::Method::POST, url);
        request = openapi_runtime::client::json_body(request, "application/json", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(AddUserRealmRolesResponse::NoContent),
            401 => Ok(AddUserRealmRolesResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::optional_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(AddUserRealmRolesResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(AddUserRealmRolesResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Get a realm role by name
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_realm_role(
        &self,
        params: &GetRealmRoleParams,
    ) -> Result<GetRealmRoleResponse, ClientError> {
        let url = format!(
            "{}/admin/realms/{}/roles/{}",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?,
            openapi_runtime::client::path_segment(&params.role_name)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetRealmRoleResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(GetRealmRoleResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::optional_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            403 => Ok(GetRealmRoleResponse::Forbidden(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetRealmRoleResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Obtain tokens
    ///
    /// The token endpoint (RFC 6749 section 3.2) for the `password`, `refresh_token` and `client_credentials` grants; the client authenticates in the form.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn request_token(
        &self,
        params: &RequestTokenParams,
        body: &model::TokenRequest,
    ) -> Result<RequestTokenResponse, ClientError> {
        let url = format!(
            "{}/realms/{}/protocol/openid-connect/token",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?
        );
        let mut request = self.http.request(reqwest::Method::POST, url);
        request =
            openapi_runtime::client::form_body(request, "application/x-www-form-urlencoded", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(RequestTokenResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(RequestTokenResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(RequestTokenResponse::Unauthorized(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(RequestTokenResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// Introspect a token
    ///
    /// Whether a token is active, and its claims (RFC 7662); the client authenticates in the form.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn introspect_token(
        &self,
        params: &IntrospectTokenParams,
        body: &model::IntrospectionRequest,
    ) -> Result<IntrospectTokenResponse, ClientError> {
        let url = format!(
            "{}/realms/{}/protocol/openid-connect/token/introspect",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?
        );
        let mut request = self.http.request(reqwest::Method::POST, url);
        request =
            openapi_runtime::client::form_body(request, "application/x-www-form-urlencoded", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(IntrospectTokenResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            400 => Ok(IntrospectTokenResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(IntrospectTokenResponse::Unauthorized(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(IntrospectTokenResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// End a session
    ///
    /// Back-channel logout: ends the user session the refresh token belongs to, which revokes its refresh tokens. The client authenticates in the form.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn logout(
        &self,
        params: &LogoutParams,
        body: &model::LogoutRequest,
    ) -> Result<LogoutResponse, ClientError> {
        let url = format!(
            "{}/realms/{}/protocol/openid-connect/logout",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?
        );
        let mut request = self.http.request(reqwest::Method::POST, url);
        request =
            openapi_runtime::client::form_body(request, "application/x-www-form-urlencoded", body)?;
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            204 => Ok(LogoutResponse::NoContent),
            400 => Ok(LogoutResponse::BadRequest(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(LogoutResponse::Unauthorized(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(LogoutResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// The signed-in user's claims
    ///
    /// Claims about the user the bearer access token was issued to (the user's token, not an admin one).
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_user_info(
        &self,
        params: &GetUserInfoParams,
    ) -> Result<GetUserInfoResponse, ClientError> {
        let url = format!(
            "{}/realms/{}/protocol/openid-connect/userinfo",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, true).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetUserInfoResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            401 => Ok(GetUserInfoResponse::Unauthorized {
                body: openapi_runtime::client::decode_json(status, &bytes)?,
                www_authenticate: openapi_runtime::client::optional_header(
                    &headers,
                    "www-authenticate",
                )?,
            }),
            404 => Ok(GetUserInfoResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// The realm's public keys
    ///
    /// The JSON Web Key Set tokens are verified with.
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_certs(
        &self,
        params: &GetCertsParams,
    ) -> Result<GetCertsResponse, ClientError> {
        let url = format!(
            "{}/realms/{}/protocol/openid-connect/certs",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetCertsResponse::Ok(openapi_runtime::client::decode_json(
                status, &bytes,
            )?)),
            404 => Ok(GetCertsResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }

    /// The realm's OpenID Provider metadata
    ///
    /// # Errors
    /// [`ClientError`] when the request cannot be sent, the status is not declared by the spec,
    /// or the response does not decode.
    pub async fn get_openid_configuration(
        &self,
        params: &GetOpenidConfigurationParams,
    ) -> Result<GetOpenidConfigurationResponse, ClientError> {
        let url = format!(
            "{}/realms/{}/.well-known/openid-configuration",
            self.base_url,
            openapi_runtime::client::path_segment(&params.realm)?
        );
        let request = self.http.request(reqwest::Method::GET, url);
        let response = openapi_runtime::client::send(request, &self.auth, false).await?;
        let status = response.status();
        let bytes = response.bytes().await?;
        match status.as_u16() {
            200 => Ok(GetOpenidConfigurationResponse::Ok(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            404 => Ok(GetOpenidConfigurationResponse::NotFound(
                openapi_runtime::client::decode_json(status, &bytes)?,
            )),
            _ => Err(ClientError::unexpected_status(status, &bytes)),
        }
    }
}

impl IdpApi for Client {
    fn search_users(
        &self,
        params: &SearchUsersParams,
    ) -> impl Future<Output = Result<SearchUsersResponse, ClientError>> + Send {
        Client::search_users(self, params)
    }
    fn create_user(
        &self,
        params: &CreateUserParams,
        body: &model::UserRepresentation,
    ) -> impl Future<Output = Result<CreateUserResponse, ClientError>> + Send {
        Client::create_user(self, params, body)
    }
    fn count_users(
        &self,
        params: &CountUsersParams,
    ) -> impl Future<Output = Result<CountUsersResponse, ClientError>> + Send {
        Client::count_users(self, params)
    }
    fn get_user(
        &self,
        params: &GetUserParams,
    ) -> impl Future<Output = Result<GetUserResponse, ClientError>> + Send {
        Client::get_user(self, params)
    }
    fn update_user(
        &self,
        params: &UpdateUserParams,
        body: &model::UserRepresentation,
    ) -> impl Future<Output = Result<UpdateUserResponse, ClientError>> + Send {
        Client::update_user(self, params, body)
    }
    fn delete_user(
        &self,
        params: &DeleteUserParams,
    ) -> impl Future<Output = Result<DeleteUserResponse, ClientError>> + Send {
        Client::delete_user(self, params)
    }
    fn reset_password(
        &self,
        params: &ResetPasswordParams,
        body: &model::CredentialRepresentation,
    ) -> impl Future<Output = Result<ResetPasswordResponse, ClientError>> + Send {
        Client::reset_password(self, params, body)
    }
    fn get_user_realm_roles(
        &self,
        params: &GetUserRealmRolesParams,
    ) -> impl Future<Output = Result<GetUserRealmRolesResponse, ClientError>> + Send {
        Client::get_user_realm_roles(self, params)
    }
    fn add_user_realm_roles(
        &self,
        params: &AddUserRealmRolesParams,
        body: &[model::RoleRepresentation],
    ) -> impl Future<Output = Result<AddUserRealmRolesResponse, ClientError>> + Send {
        Client::add_user_realm_roles(self, params, body)
    }
    fn get_realm_role(
        &self,
        params: &GetRealmRoleParams,
    ) -> impl Future<Output = Result<GetRealmRoleResponse, ClientError>> + Send {
        Client::get_realm_role(self, params)
    }
    fn request_token(
        &self,
        params: &RequestTokenParams,
        body: &model::TokenRequest,
    ) -> impl Future<Output = Result<RequestTokenResponse, ClientError>> + Send {
        Client::request_token(self, params, body)
    }
    fn introspect_token(
        &self,
        params: &IntrospectTokenParams,
        body: &model::IntrospectionRequest,
    ) -> impl Future<Output = Result<IntrospectTokenResponse, ClientError>> + Send {
        Client::introspect_token(self, params, body)
    }
    fn logout(
        &self,
        params: &LogoutParams,
        body: &model::LogoutRequest,
    ) -> impl Future<Output = Result<LogoutResponse, ClientError>> + Send {
        Client::logout(self, params, body)
    }
    fn get_user_info(
        &self,
        params: &GetUserInfoParams,
    ) -> impl Future<Output = Result<GetUserInfoResponse, ClientError>> + Send {
        Client::get_user_info(self, params)
    }
    fn get_certs(
        &self,
        params: &GetCertsParams,
    ) -> impl Future<Output = Result<GetCertsResponse, ClientError>> + Send {
        Client::get_certs(self, params)
    }
    fn get_openid_configuration(
        &self,
        params: &GetOpenidConfigurationParams,
    ) -> impl Future<Output = Result<GetOpenidConfigurationResponse, ClientError>> + Send {
        Client::get_openid_configuration(self, params)
    }
}
