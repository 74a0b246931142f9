//! The built-in issuer's OpenID Connect endpoints, in Keycloak's URL layout for the realm
//! (`<realm path>/.well-known/openid-configuration`, `<realm path>/protocol/openid-connect/
//! {certs,token,logout,userinfo,token/introspect}`), form-encoded where Keycloak's are, failing
//! with Keycloak's `{error, error_description}` body, so a client written for Keycloak works
//! unchanged. They are not in identity's OpenAPI document (the Keycloak contract in `api/idp`
//! describes them) and are merged beside the generated router.
//!
//! The built-in issuer's clients are public: any well-formed `client_id` is accepted and becomes
//! the token's `azp`, and no client secret is checked (there is none to check against).
//! Password grants go through the same brute-force protection as REST sign-ins.

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{BuiltinProvider, Introspection, SCOPE, TokenRefusal};

/// [`super::keys::SIGNING_ALGORITHM`] as a JWS `alg` name.
const SIGNING_ALG: &str = "EdDSA";
use crate::application::port::provider::{ClientId, Tokens};
use crate::application::usecase::{Identity, IdentityError};

type Shared = Arc<Identity<Arc<BuiltinProvider>>>;

/// The path part of the issuer URL (`/realms/bookstore` for the default issuer).
pub fn realm_path(issuer: &str) -> String {
    let rest = issuer.split_once("://").map_or(issuer, |(_, rest)| rest);
    let path = rest.find('/').map_or("", |at| &rest[at..]);
    let path = path.trim_end_matches('/');
    if path.is_empty() {
        service_kit::config::BUILT_IN_REALM.to_owned()
    } else {
        path.to_owned()
    }
}

/// The realm's endpoints, under the issuer URL's path.
pub fn routes(identity: Shared) -> Router {
    let realm = realm_path(&identity.provider().config().issuer);
    let oidc = format!("{realm}/protocol/openid-connect");
    Router::new()
        .route(
            &format!("{realm}/.well-known/openid-configuration"),
            get(discovery),
        )
        .route(&format!("{oidc}/certs"), get(certs))
        .route(&format!("{oidc}/token"), post(token))
        .route(&format!("{oidc}/token/introspect"), post(introspect))
        .route(&format!("{oidc}/logout"), post(logout))
        .route(&format!("{oidc}/userinfo"), get(userinfo).post(userinfo))
        .with_state(identity)
}

/// Keycloak's error body, never cached.
fn oidc_error(status: StatusCode, error: &str, description: &str) -> Response {
    let mut response = (
        status,
        axum::Json(json!({ "error": error, "error_description": description })),
    )
        .into_response();
    no_store(response.headers_mut());
    response
}

fn no_store(headers: &mut HeaderMap) {
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::PRAGMA, HeaderValue::from_static("no-cache"));
}

fn json_no_store(value: Value) -> Response {
    let mut response = axum::Json(value).into_response();
    no_store(response.headers_mut());
    response
}

/// A failure of the use cases, as the token endpoint reports it.
fn grant_error(err: IdentityError) -> Response {
    match err {
        IdentityError::BadCredentials => oidc_error(
            StatusCode::UNAUTHORIZED,
            "invalid_grant",
            "Invalid user credentials",
        ),
        // As Keycloak's brute-force detection does: the same answer as a wrong password (the
        // lock is reported only through Retry-After).
        IdentityError::Locked { retry_after } => {
            let mut response = oidc_error(
                StatusCode::UNAUTHORIZED,
                "invalid_grant",
                "Invalid user credentials",
            );
            let secs = retry_after.as_secs().max(1).to_string();
            if let Ok(value) = HeaderValue::from_str(&secs) {
                response.headers_mut().insert(header::RETRY_AFTER, value);
            }
            response
        }
        IdentityError::InvalidGrant(reason) => {
            oidc_error(StatusCode::BAD_REQUEST, "invalid_grant", reason)
        }
        IdentityError::Forbidden(reason) => {
            oidc_error(StatusCode::FORBIDDEN, "access_denied", reason)
        }
        IdentityError::App(app) => app_error(&app),
    }
}

fn app_error(err: &app_kit::AppError) -> Response {
    match err {
        app_kit::AppError::Busy(_) => oidc_error(
            StatusCode::SERVICE_UNAVAILABLE,
            "temporarily_unavailable",
            "the service is busy; try again shortly",
        ),
        app_kit::AppError::Unexpected(source) => {
            tracing::error!(error = %openapi_runtime::error::error_chain(source.as_ref()), "an OpenID Connect request failed");
            oidc_error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "server_error",
                "an unexpected error occurred",
            )
        }
        other => oidc_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            &other.to_string(),
        ),
    }
}

/// A refusal before any use case ran: Keycloak's error body with a fixed text.
struct Refused(StatusCode, &'static str, &'static str);

impl Refused {
    fn response(self) -> Response {
        oidc_error(self.0, self.1, self.2)
    }
}

/// The parameters of a form-encoded request, refused unless it is one.
fn form<T: for<'de> Deserialize<'de>>(headers: &HeaderMap, body: &Bytes) -> Result<T, Refused> {
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| {
            v.trim()
                .eq_ignore_ascii_case("application/x-www-form-urlencoded")
        });
    if !is_form {
        return Err(Refused(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "the body must be application/x-www-form-urlencoded",
        ));
    }
    serde_urlencoded::from_bytes(body).map_err(|_| {
        Refused(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "the form body is malformed or repeats a parameter",
        )
    })
}

fn client_of(client_id: Option<&str>) -> Result<ClientId, Refused> {
    match client_id {
        None => Ok(ClientId::bookstore()),
        Some(raw) => ClientId::parse(raw).map_err(|_| {
            Refused(
                StatusCode::UNAUTHORIZED,
                "invalid_client",
                "Invalid client or Invalid client credentials",
            )
        }),
    }
}

async fn discovery(State(identity): State<Shared>) -> Response {
    let issuer = identity.provider().config().issuer.clone();
    let oidc = format!("{issuer}/protocol/openid-connect");
    axum::Json(json!({
        "issuer": issuer,
        "token_endpoint": format!("{oidc}/token"),
        "introspection_endpoint": format!("{oidc}/token/introspect"),
        "userinfo_endpoint": format!("{oidc}/userinfo"),
        "end_session_endpoint": format!("{oidc}/logout"),
        "jwks_uri": format!("{oidc}/certs"),
        "grant_types_supported": ["password", "refresh_token"],
        "subject_types_supported": ["public"],
        // What the current key signs with (Keycloak lists its realm's algorithms here too).
        "id_token_signing_alg_values_supported": [SIGNING_ALG],
        "userinfo_signing_alg_values_supported": [SIGNING_ALG],
        "introspection_endpoint_auth_methods_supported": ["none"],
        "token_endpoint_auth_methods_supported": ["none"],
        "scopes_supported": ["profile", "email"],
        "claims_supported": [
            "iss", "sub", "aud", "azp", "exp", "iat", "jti", "typ", "sid",
            "realm_access", "email", "email_verified", "preferred_username",
            "given_name", "family_name", "name"
        ],
    }))
    .into_response()
}

async fn certs(State(identity): State<Shared>) -> Response {
    axum::Json(identity.provider().keys().jwks().await).into_response()
}

/// The token endpoint's parameters (RFC 6749 asks that unknown ones be ignored).
#[derive(Deserialize)]
struct TokenForm {
    grant_type: Option<String>,
    client_id: Option<String>,
    username: Option<String>,
    password: Option<String>,
    refresh_token: Option<String>,
}

fn token_response(tokens: &Tokens) -> Response {
    json_no_store(json!({
        "access_token": tokens.access_token,
        "expires_in": tokens.expires_in,
        "refresh_expires_in": tokens.refresh_expires_in,
        "refresh_token": tokens.refresh_token,
        "token_type": "Bearer",
        "not-before-policy": 0,
        "session_state": tokens.session_id,
        "scope": SCOPE,
    }))
}

async fn token(State(identity): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let form: TokenForm = match form(&headers, &body) {
        Ok(form) => form,
        Err(refused) => return refused.response(),
    };
    let client = match client_of(form.client_id.as_deref()) {
        Ok(client) => client,
        Err(refused) => return refused.response(),
    };
    let outcome = match form.grant_type.as_deref() {
        None => {
            return oidc_error(
                StatusCode::BAD_REQUEST,
                "invalid_request",
                "Missing form parameter: grant_type",
            );
        }
        Some("password") => {
            let (Some(username), Some(password)) = (&form.username, &form.password) else {
                return grant_error(IdentityError::BadCredentials);
            };
            identity.sign_in(&client, username, password).await
        }
        Some("refresh_token") => {
            let Some(refresh_token) = form.refresh_token.as_deref().filter(|t| !t.is_empty())
            else {
                return oidc_error(
                    StatusCode::BAD_REQUEST,
                    "invalid_request",
                    "Missing parameter: refresh_token",
                );
            };
            identity.exchange(&client, refresh_token).await
        }
        Some(_) => {
            return oidc_error(
                StatusCode::BAD_REQUEST,
                "unsupported_grant_type",
                "Unsupported grant_type",
            );
        }
    };
    match outcome {
        Ok(tokens) => token_response(&tokens),
        Err(err) => grant_error(err),
    }
}

#[derive(Deserialize)]
struct LogoutForm {
    refresh_token: Option<String>,
}

async fn logout(State(identity): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let form: LogoutForm = match form(&headers, &body) {
        Ok(form) => form,
        Err(refused) => return refused.response(),
    };
    let Some(refresh_token) = form.refresh_token.filter(|t| !t.is_empty()) else {
        return oidc_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "Missing parameter: refresh_token",
        );
    };
    match identity.sign_out(&refresh_token).await {
        Ok(()) => StatusCode::NO_CONTENT.into_response(),
        Err(err) => grant_error(err),
    }
}

#[derive(Deserialize)]
struct IntrospectForm {
    token: Option<String>,
}

async fn introspect(State(identity): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let form: IntrospectForm = match form(&headers, &body) {
        Ok(form) => form,
        Err(refused) => return refused.response(),
    };
    let Some(token) = form.token.filter(|t| !t.is_empty()) else {
        return oidc_error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "Missing parameter: token",
        );
    };
    match identity.provider().introspect(&token).await {
        Ok(Introspection::Inactive) => json_no_store(json!({ "active": false })),
        Ok(Introspection::Access(claims)) => {
            let mut body = serde_json::to_value(&*claims).unwrap_or_else(|_| json!({}));
            if let Value::Object(fields) = &mut body {
                fields.insert("active".to_owned(), Value::Bool(true));
                fields.insert("client_id".to_owned(), Value::String(claims.azp.clone()));
                fields.insert(
                    "username".to_owned(),
                    Value::String(claims.preferred_username.clone()),
                );
                fields.insert("token_type".to_owned(), Value::String("Bearer".to_owned()));
            }
            json_no_store(body)
        }
        Ok(Introspection::Refresh {
            sub,
            sid,
            client_id,
            exp,
        }) => json_no_store(json!({
            "active": true,
            "iss": identity.provider().config().issuer,
            "sub": sub,
            "sid": sid,
            "client_id": client_id,
            "azp": client_id,
            "exp": exp,
            "typ": "Refresh",
            "token_type": "Refresh",
        })),
        Err(err) => grant_error(err.into()),
    }
}

async fn userinfo(State(identity): State<Shared>, headers: HeaderMap) -> Response {
    let unauthorized = |description: &str| {
        let mut response = oidc_error(StatusCode::UNAUTHORIZED, "invalid_token", description);
        response.headers_mut().insert(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"bookstore\", error=\"invalid_token\""),
        );
        response
    };
    let token = match openapi_runtime::auth::bearer_token(&headers) {
        Ok(Some(token)) => token.to_owned(),
        _ => return unauthorized("Token not provided"),
    };
    let claims = match identity.provider().active_access_token(&token).await {
        Ok(claims) => claims,
        Err(Some(TokenRefusal::SessionEnded)) => return unauthorized("Session not active"),
        Err(Some(refusal)) => return unauthorized(&refusal.to_string()),
        Err(None) => {
            return oidc_error(
                StatusCode::SERVICE_UNAVAILABLE,
                "temporarily_unavailable",
                "the service is busy; try again shortly",
            );
        }
    };
    json_no_store(json!({
        "sub": claims.sub,
        "email": claims.email,
        "email_verified": claims.email_verified,
        "preferred_username": claims.preferred_username,
        "given_name": claims.given_name,
        "family_name": claims.family_name,
        "name": claims.name,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discovery_names_the_algorithm_the_keys_sign_with() {
        assert_eq!(
            serde_json::to_value(super::super::keys::SIGNING_ALGORITHM).expect("json"),
            SIGNING_ALG
        );
    }

    #[test]
    fn the_realm_path_comes_from_the_issuer_url() {
        assert_eq!(
            realm_path("http://127.0.0.1:8083/realms/bookstore"),
            "/realms/bookstore"
        );
        assert_eq!(
            realm_path("https://id.example.com/auth/realms/x/"),
            "/auth/realms/x"
        );
        assert_eq!(realm_path("http://host"), "/realms/bookstore");
    }
}
