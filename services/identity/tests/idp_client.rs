//! The generated Keycloak client (`application::port::idp`) against an HTTP double of Keycloak on
//! a real socket (port 0), answering as Keycloak 26 documents: a create is 201 with `Location`
//! and no body, a duplicate is 409 with an `ErrorRepresentation`, wrong credentials are 400
//! `invalid_grant`, and an expired admin token is 401 until a fresh one is fetched with the
//! `client_credentials` grant. Only the generated client is used to call it.

// Test code throughout: helpers outside `#[test]` functions may panic on failure too (clippy.toml's
// allow-unwrap/expect-in-tests covers only `#[test]` functions and `#[cfg(test)]` modules).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use identity::application::port::idp::client::Client;
use identity::application::port::idp::model::{
    AccessTokenResponse, GrantType, LogoutRequest, OAuthError, RoleRepresentation, TokenRequest,
    UserRepresentation,
};
use identity::application::port::idp::port::*;
use identity::infrastructure::adapter::keycloak::{AdminToken, KeycloakConfig};
use serde_json::json;

const REALM: &str = "bookstore";

/// What the double remembers.
#[derive(Default)]
struct Keycloak {
    /// The admin access token currently accepted (`None` until one is issued).
    admin_token: Mutex<Option<String>>,
    issued: AtomicUsize,
    users: Mutex<Vec<(String, UserRepresentation, Vec<String>)>>,
    refresh_tokens: Mutex<Vec<String>>,
    /// Whether a request to the token endpoint carried an `Authorization` header.
    token_endpoint_saw_authorization: Mutex<bool>,
}

impl Keycloak {
    /// The admin token expires: the next admin call is refused with 401.
    fn expire_admin_token(&self) {
        *self.admin_token.lock().unwrap() = None;
    }
}

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    (
        status,
        Json(json!({"error": error, "error_description": description})),
    )
        .into_response()
}

/// Keycloak's answer to a missing or stale admin token.
fn unauthorized() -> Response {
    (
        StatusCode::UNAUTHORIZED,
        [(header::WWW_AUTHENTICATE, "Bearer realm=\"master\"")],
        Json(json!({"error": "HTTP 401 Unauthorized"})),
    )
        .into_response()
}

fn admin(kc: &Keycloak, headers: &HeaderMap) -> bool {
    let sent = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let current = kc.admin_token.lock().unwrap();
    sent.is_some() && sent == current.as_deref()
}

async fn token(
    State(kc): State<Arc<Keycloak>>,
    Path(realm): Path<String>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    if headers.contains_key(header::AUTHORIZATION) {
        *kc.token_endpoint_saw_authorization.lock().unwrap() = true;
    }
    if realm != REALM {
        return (
            StatusCode::NOT_FOUND,
            Json(json!({"error": "Realm does not exist"})),
        )
            .into_response();
    }
    let field = |name: &str| form.get(name).map(String::as_str);
    if field("client_id") != Some("identity") || field("client_secret") != Some("s3cret") {
        return oauth_error(
            StatusCode::UNAUTHORIZED,
            "unauthorized_client",
            "Invalid client or Invalid client credentials",
        );
    }
    let n = kc.issued.fetch_add(1, Ordering::SeqCst) + 1;
    match field("grant_type") {
        Some("client_credentials") => {
            let token = format!("admin-{n}");
            *kc.admin_token.lock().unwrap() = Some(token.clone());
            Json(json!({
                "access_token": token, "expires_in": 60, "refresh_expires_in": 0,
                "token_type": "Bearer", "not-before-policy": 0, "scope": "profile email"
            }))
            .into_response()
        }
        Some("password") => {
            let known = kc.users.lock().unwrap().iter().any(|(_, user, _)| {
                user.username.as_deref() == field("username")
                    && user
                        .credentials
                        .iter()
                        .flatten()
                        .any(|c| c.value.as_deref() == field("password"))
            });
            if !known {
                return oauth_error(
                    StatusCode::BAD_REQUEST,
                    "invalid_grant",
                    "Invalid user credentials",
                );
            }
            let refresh = format!("refresh-{n}");
            kc.refresh_tokens.lock().unwrap().push(refresh.clone());
            Json(json!({
                "access_token": format!("user-{n}"), "expires_in": 300,
                "refresh_expires_in": 1800, "refresh_token": refresh, "token_type": "Bearer",
                "not-before-policy": 0, "session_state": "s-1", "scope": "openid profile email"
            }))
            .into_response()
        }
        _ => oauth_error(
            StatusCode::BAD_REQUEST,
            "unsupported_grant_type",
            "Unsupported grant_type",
        ),
    }
}

async fn logout(
    State(kc): State<Arc<Keycloak>>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let mut tokens = kc.refresh_tokens.lock().unwrap();
    match form.get("refresh_token") {
        Some(token) if tokens.contains(token) => {
            tokens.retain(|t| t != token);
            StatusCode::NO_CONTENT.into_response()
        }
        _ => oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "Invalid refresh token",
        ),
    }
}

async fn create_user(
    State(kc): State<Arc<Keycloak>>,
    headers: HeaderMap,
    Json(user): Json<UserRepresentation>,
) -> Response {
    if !admin(&kc, &headers) {
        return unauthorized();
    }
    let mut users = kc.users.lock().unwrap();
    if users.iter().any(|(_, u, _)| u.username == user.username) {
        return (
            StatusCode::CONFLICT,
            Json(json!({"errorMessage": "User exists with same username"})),
        )
            .into_response();
    }
    let id = format!("0b9c{:04}-5d7e-4f00-8a11-2c3d4e5f6a7b", users.len() + 1);
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("localhost");
    let location = format!("http://{host}/admin/realms/{REALM}/users/{id}");
    users.push((id, user, Vec::new()));
    (StatusCode::CREATED, [(header::LOCATION, location)]).into_response()
}

async fn search_users(
    State(kc): State<Arc<Keycloak>>,
    headers: HeaderMap,
    axum::extract::Query(query): axum::extract::Query<HashMap<String, String>>,
) -> Response {
    if !admin(&kc, &headers) {
        return unauthorized();
    }
    let exact = query.get("exact").map(String::as_str) == Some("true");
    let found: Vec<UserRepresentation> = kc
        .users
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, user, _)| match query.get("email") {
            None => true,
            Some(wanted) => user.email.as_deref().is_some_and(|email| {
                if exact {
                    email == wanted
                } else {
                    email.contains(wanted.as_str())
                }
            }),
        })
        .map(|(id, user, _)| UserRepresentation {
            id: Some(id.clone()),
            credentials: None,
            created_timestamp: Some(1_764_000_000_000),
            ..user.clone()
        })
        .collect();
    Json(found).into_response()
}

async fn realm_role(
    State(kc): State<Arc<Keycloak>>,
    headers: HeaderMap,
    Path((_, name)): Path<(String, String)>,
) -> Response {
    if !admin(&kc, &headers) {
        return unauthorized();
    }
    if !["profile", "order", "view", "manage"].contains(&name.as_str()) {
        return (
            StatusCode::NOT_FOUND,
            Json(json!({"error": "Could not find role"})),
        )
            .into_response();
    }
    Json(json!({
        "id": format!("role-{name}"), "name": name, "composite": false,
        "clientRole": false, "containerId": "realm-id-1"
    }))
    .into_response()
}

async fn add_realm_roles(
    State(kc): State<Arc<Keycloak>>,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    Json(roles): Json<Vec<RoleRepresentation>>,
) -> Response {
    if !admin(&kc, &headers) {
        return unauthorized();
    }
    let mut users = kc.users.lock().unwrap();
    let Some((_, _, granted)) = users.iter_mut().find(|(uid, _, _)| *uid == id) else {
        return (
            StatusCode::NOT_FOUND,
            Json(json!({"error": "User not found"})),
        )
            .into_response();
    };
    granted.extend(roles.into_iter().filter_map(|r| r.name));
    StatusCode::NO_CONTENT.into_response()
}

async fn list_realm_roles(
    State(kc): State<Arc<Keycloak>>,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    if !admin(&kc, &headers) {
        return unauthorized();
    }
    let users = kc.users.lock().unwrap();
    let Some((_, _, granted)) = users.iter().find(|(uid, _, _)| *uid == id) else {
        return (
            StatusCode::NOT_FOUND,
            Json(json!({"error": "User not found"})),
        )
            .into_response();
    };
    let roles: Vec<_> = granted
        .iter()
        .map(|name| json!({"id": format!("role-{name}"), "name": name}))
        .collect();
    Json(roles).into_response()
}

async fn serve() -> (Arc<Keycloak>, String) {
    let kc = Arc::new(Keycloak::default());
    let router = Router::new()
        .route("/realms/{realm}/protocol/openid-connect/token", post(token))
        .route(
            "/realms/{realm}/protocol/openid-connect/logout",
            post(logout),
        )
        .route(
            "/admin/realms/{realm}/users",
            post(create_user).get(search_users),
        )
        .route("/admin/realms/{realm}/roles/{role}", get(realm_role))
        .route(
            "/admin/realms/{realm}/users/{id}/role-mappings/realm",
            post(add_realm_roles).get(list_realm_roles),
        )
        .with_state(Arc::clone(&kc));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (kc, format!("http://{address}"))
}

/// The admin token as identity's Keycloak adapter gets it: its `AdminToken` (a
/// `client_credentials` grant through the generated client, renewed once after a 401).
fn admin_token(base: &str) -> Arc<AdminToken<Client>> {
    Arc::new(AdminToken::new(
        Client::new(base),
        &KeycloakConfig {
            url: base.to_owned(),
            realm: REALM.to_owned(),
            client_id: "identity".to_owned(),
            client_secret: "s3cret".to_owned(),
        },
    ))
}

fn new_user(email: &str, password: &str) -> UserRepresentation {
    UserRepresentation {
        username: Some(email.to_owned()),
        email: Some(email.to_owned()),
        first_name: Some("Ada".to_owned()),
        last_name: Some("Lovelace".to_owned()),
        enabled: Some(true),
        credentials: Some(vec![
            identity::application::port::idp::model::CredentialRepresentation {
                type_: Some("password".to_owned()),
                value: Some(password.to_owned()),
                temporary: Some(false),
            },
        ]),
        ..Default::default()
    }
}

#[tokio::test]
async fn sign_up_creates_the_user_grants_roles_and_signs_in() {
    let (kc, base) = serve().await;
    let admin = Client::new(&base).with_token_provider(admin_token(&base));
    let realm = CreateUserParams {
        realm: REALM.to_owned(),
    };

    let created = admin
        .create_user(&realm, &new_user("ada@example.com", "correct horse"))
        .await
        .unwrap();
    let CreateUserResponse::Created { location } = created else {
        panic!("{created:?}")
    };
    let id = location.rsplit('/').next().unwrap().to_owned();
    assert!(location.starts_with(&format!("{base}/admin/realms/bookstore/users/")));

    let duplicate = admin
        .create_user(&realm, &new_user("ada@example.com", "other"))
        .await
        .unwrap();
    let CreateUserResponse::Conflict(error) = duplicate else {
        panic!("{duplicate:?}")
    };
    assert_eq!(
        error.error_message.as_deref(),
        Some("User exists with same username")
    );

    let found = admin
        .search_users(&SearchUsersParams {
            realm: REALM.to_owned(),
            email: Some("ada@example.com".to_owned()),
            username: None,
            first_name: None,
            last_name: None,
            search: None,
            q: None,
            enabled: None,
            email_verified: None,
            exact: Some(true),
            first: Some(0),
            max: Some(2),
            brief_representation: None,
        })
        .await
        .unwrap();
    let SearchUsersResponse::Ok(users) = found else {
        panic!("{found:?}")
    };
    assert_eq!(users.len(), 1);
    assert_eq!(users[0].id.as_deref(), Some(id.as_str()));
    assert_eq!(users[0].created_timestamp, Some(1_764_000_000_000));

    let mut roles = Vec::new();
    for name in ["profile", "order", "view"] {
        let role = admin
            .get_realm_role(&GetRealmRoleParams {
                realm: REALM.to_owned(),
                role_name: name.to_owned(),
            })
            .await
            .unwrap();
        let GetRealmRoleResponse::Ok(role) = role else {
            panic!("{role:?}")
        };
        roles.push(role);
    }
    let unknown = admin
        .get_realm_role(&GetRealmRoleParams {
            realm: REALM.to_owned(),
            role_name: "root".to_owned(),
        })
        .await
        .unwrap();
    assert!(
        matches!(unknown, GetRealmRoleResponse::NotFound(ref e) if e.error == "Could not find role"),
        "{unknown:?}"
    );
    let user = AddUserRealmRolesParams {
        realm: REALM.to_owned(),
        user_id: id.clone(),
    };
    assert_eq!(
        admin.add_user_realm_roles(&user, &roles).await.unwrap(),
        AddUserRealmRolesResponse::NoContent
    );
    let granted = admin
        .get_user_realm_roles(&GetUserRealmRolesParams {
            realm: REALM.to_owned(),
            user_id: id,
        })
        .await
        .unwrap();
    let GetUserRealmRolesResponse::Ok(granted) = granted else {
        panic!("{granted:?}")
    };
    let names: Vec<_> = granted.iter().filter_map(|r| r.name.as_deref()).collect();
    assert_eq!(names, ["profile", "order", "view"]);

    // Sign in (password grant), a wrong password, and sign out with the refresh token.
    let oidc = Client::new(&base);
    let token_params = RequestTokenParams {
        realm: REALM.to_owned(),
    };
    let sign_in = |password: &str| TokenRequest {
        grant_type: GrantType::Password,
        client_id: "identity".to_owned(),
        client_secret: Some("s3cret".to_owned()),
        username: Some("ada@example.com".to_owned()),
        password: Some(password.to_owned()),
        refresh_token: None,
        scope: Some("openid".to_owned()),
    };
    let tokens = oidc
        .request_token(&token_params, &sign_in("correct horse"))
        .await
        .unwrap();
    let RequestTokenResponse::Ok(AccessTokenResponse {
        refresh_token: Some(refresh_token),
        refresh_expires_in: Some(1800),
        not_before_policy: Some(0),
        ..
    }) = tokens
    else {
        panic!("{tokens:?}")
    };
    let wrong = oidc
        .request_token(&token_params, &sign_in("wrong"))
        .await
        .unwrap();
    assert_eq!(
        wrong,
        RequestTokenResponse::BadRequest(OAuthError {
            error: "invalid_grant".to_owned(),
            error_description: Some("Invalid user credentials".to_owned()),
        })
    );
    let logout_params = LogoutParams {
        realm: REALM.to_owned(),
    };
    let logout = LogoutRequest {
        client_id: "identity".to_owned(),
        client_secret: Some("s3cret".to_owned()),
        refresh_token,
    };
    assert_eq!(
        oidc.logout(&logout_params, &logout).await.unwrap(),
        LogoutResponse::NoContent
    );
    assert!(matches!(
        oidc.logout(&logout_params, &logout).await.unwrap(),
        LogoutResponse::BadRequest(OAuthError { ref error, .. }) if error == "invalid_grant"
    ));
    // The token endpoint is public in the spec: the admin token is never sent to it.
    assert!(!*kc.token_endpoint_saw_authorization.lock().unwrap());
}

#[tokio::test]
async fn an_expired_admin_token_is_renewed_once_and_the_call_retried() {
    let (kc, base) = serve().await;
    let admin = Client::new(&base).with_token_provider(admin_token(&base));
    let realm = CreateUserParams {
        realm: REALM.to_owned(),
    };
    let first = admin
        .create_user(&realm, &new_user("ada@example.com", "pw-one-two"))
        .await
        .unwrap();
    assert!(
        matches!(first, CreateUserResponse::Created { .. }),
        "{first:?}"
    );
    assert_eq!(kc.issued.load(Ordering::SeqCst), 1);

    kc.expire_admin_token();
    let second = admin
        .create_user(&realm, &new_user("grace@example.com", "pw-three-four"))
        .await
        .unwrap();
    assert!(
        matches!(second, CreateUserResponse::Created { .. }),
        "{second:?}"
    );
    // One new token for the refused call, none for the next.
    assert_eq!(kc.issued.load(Ordering::SeqCst), 2);
    let third = admin
        .create_user(&realm, &new_user("linus@example.com", "pw-five-six"))
        .await
        .unwrap();
    assert!(
        matches!(third, CreateUserResponse::Created { .. }),
        "{third:?}"
    );
    assert_eq!(kc.issued.load(Ordering::SeqCst), 2);

    // A fixed token that Keycloak refuses is answered as Keycloak's typed 401.
    let stale = Client::new(&base).with_bearer_token("admin-1");
    let refused = stale
        .create_user(&realm, &new_user("joan@example.com", "pw"))
        .await
        .unwrap();
    let CreateUserResponse::Unauthorized {
        body,
        www_authenticate,
    } = refused
    else {
        panic!("{refused:?}")
    };
    assert_eq!(body.error, "HTTP 401 Unauthorized");
    assert_eq!(www_authenticate.as_deref(), Some("Bearer realm=\"master\""));
}

#[tokio::test]
async fn a_client_that_keycloak_does_not_know_gets_no_token() {
    let (_, base) = serve().await;
    let oidc = Client::new(&base);
    // Through the outbound port, as identity's use cases call it.
    async fn sign_in<P: IdpApi>(port: &P) -> RequestTokenResponse {
        port.request_token(
            &RequestTokenParams {
                realm: REALM.to_owned(),
            },
            &TokenRequest {
                grant_type: GrantType::ClientCredentials,
                client_id: "identity".to_owned(),
                client_secret: Some("wrong".to_owned()),
                username: None,
                password: None,
                refresh_token: None,
                scope: None,
            },
        )
        .await
        .unwrap()
    }
    assert!(matches!(
        sign_in(&oidc).await,
        RequestTokenResponse::Unauthorized(OAuthError { ref error, .. }) if error == "unauthorized_client"
    ));
    let admin = Client::new(&base).with_token_provider(admin_token(&format!("{base}/nowhere")));
    let err = admin
        .create_user(
            &CreateUserParams {
                realm: REALM.to_owned(),
            },
            &new_user("ada@example.com", "pw"),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(err, openapi_runtime::client::ClientError::Token(_)),
        "{err:?}"
    );
}
