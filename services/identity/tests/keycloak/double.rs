//! An HTTP double of a Keycloak 26 realm on a real socket (port 0), answering as Keycloak
//! documents: create is 201 + `Location` with no body and 409 on a duplicate username or email,
//! wrong credentials and used refresh tokens are 400 `invalid_grant`, an admin call with a
//! missing or expired admin token is 401 until a fresh `client_credentials` token is used, and
//! refresh tokens rotate. Access tokens are RS256 JWTs signed by a [`TestIssuer`] key with the
//! realm as `iss`, so identity can verify them through the JWKS as it would Keycloak's.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Form, Json, Router};
use identity::application::port::idp::model::{
    CredentialRepresentation, RoleRepresentation, UserRepresentation,
};
use serde_json::json;
use service_kit::testing::TestIssuer;

pub const REALM: &str = "bookstore";
pub const CLIENT_ID: &str = "identity";
pub const CLIENT_SECRET: &str = "kc-client-s3cret";
const ROLES: [&str; 4] = ["profile", "order", "view", "manage"];

pub struct StoredUser {
    pub id: String,
    pub rep: UserRepresentation,
    pub password: Option<String>,
    pub roles: Vec<String>,
}

/// What the double remembers; tests read it and inject failures.
#[derive(Default)]
pub struct Keycloak {
    /// The admin token accepted now (`None`: every admin call is 401).
    admin_token: Mutex<Option<String>>,
    issued: AtomicUsize,
    /// How many `client_credentials` grants were made.
    pub admin_grants: AtomicUsize,
    /// How many admin calls were refused with 401.
    pub admin_rejections: AtomicUsize,
    pub users: Mutex<Vec<StoredUser>>,
    /// Valid refresh tokens, with the user id they belong to.
    refresh_tokens: Mutex<HashMap<String, String>>,
    /// The role-mapping endpoint answers 404 (as for a role deleted meanwhile).
    pub fail_role_mapping: AtomicBool,
    /// Ids of deleted users.
    pub deleted: Mutex<Vec<String>>,
    issuer: Mutex<Option<Arc<TestIssuer>>>,
    base_url: Mutex<String>,
}

impl Keycloak {
    /// The admin token expires: the next admin call is refused with 401.
    pub fn expire_admin_token(&self) {
        *self.admin_token.lock().unwrap() = None;
    }

    pub fn issuer_url(&self) -> String {
        format!("{}/realms/{REALM}", self.base_url.lock().unwrap())
    }

    pub fn roles_of_email(&self, email: &str) -> Option<Vec<String>> {
        self.users
            .lock()
            .unwrap()
            .iter()
            .find(|u| u.rep.email.as_deref() == Some(email))
            .map(|u| u.roles.clone())
    }
}

fn oauth_error(status: StatusCode, error: &str, description: &str) -> Response {
    (
        status,
        Json(json!({"error": error, "error_description": description})),
    )
        .into_response()
}

fn not_found(what: &str) -> Response {
    (StatusCode::NOT_FOUND, Json(json!({"error": what}))).into_response()
}

/// `None` when the admin token is right; the 401 Keycloak answers otherwise.
fn refuse_admin(kc: &Keycloak, headers: &HeaderMap) -> Option<Response> {
    let sent = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let current = kc.admin_token.lock().unwrap();
    if sent.is_some() && sent == current.as_deref() {
        return None;
    }
    kc.admin_rejections.fetch_add(1, Ordering::SeqCst);
    Some(
        (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer realm=\"master\"")],
            Json(json!({"error": "HTTP 401 Unauthorized"})),
        )
            .into_response(),
    )
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn session_tokens(kc: &Keycloak, user_id: &str, n: usize) -> Response {
    let (email, roles) = {
        let users = kc.users.lock().unwrap();
        let user = users.iter().find(|u| u.id == user_id).unwrap();
        (user.rep.email.clone(), user.roles.clone())
    };
    let issuer = kc.issuer.lock().unwrap().clone();
    let access = match issuer {
        Some(signer) => {
            let mut claims = signer.claims(
                &roles.iter().map(String::as_str).collect::<Vec<_>>(),
                now() + 300,
                now(),
            );
            claims["iss"] = json!(kc.issuer_url());
            claims["sub"] = json!(user_id);
            claims["email"] = json!(email);
            claims["preferred_username"] = json!(email);
            signer.sign(&claims)
        }
        None => format!("user-{n}"),
    };
    let refresh = format!("refresh-{n}");
    kc.refresh_tokens
        .lock()
        .unwrap()
        .insert(refresh.clone(), user_id.to_owned());
    Json(json!({
        "access_token": access, "expires_in": 300, "refresh_expires_in": 1800,
        "refresh_token": refresh, "token_type": "Bearer", "not-before-policy": 0,
        "session_state": format!("session-{user_id}"), "scope": "openid profile email"
    }))
    .into_response()
}

async fn token(
    State(kc): State<Arc<Keycloak>>,
    Path(realm): Path<String>,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    if realm != REALM {
        return not_found("Realm does not exist");
    }
    let field = |name: &str| form.get(name).map(String::as_str);
    if field("client_id") != Some(CLIENT_ID) || field("client_secret") != Some(CLIENT_SECRET) {
        return oauth_error(
            StatusCode::UNAUTHORIZED,
            "unauthorized_client",
            "Invalid client or Invalid client credentials",
        );
    }
    let n = kc.issued.fetch_add(1, Ordering::SeqCst) + 1;
    match field("grant_type") {
        Some("client_credentials") => {
            kc.admin_grants.fetch_add(1, Ordering::SeqCst);
            let token = format!("admin-{n}");
            *kc.admin_token.lock().unwrap() = Some(token.clone());
            Json(json!({
                "access_token": token, "expires_in": 60, "refresh_expires_in": 0,
                "token_type": "Bearer", "not-before-policy": 0, "scope": "profile email"
            }))
            .into_response()
        }
        Some("password") => {
            let id = kc
                .users
                .lock()
                .unwrap()
                .iter()
                .find(|u| {
                    u.rep.username.as_deref() == field("username")
                        && u.password.is_some()
                        && u.password.as_deref() == field("password")
                })
                .map(|u| u.id.clone());
            match id {
                Some(id) => session_tokens(&kc, &id, n),
                None => oauth_error(
                    StatusCode::BAD_REQUEST,
                    "invalid_grant",
                    "Invalid user credentials",
                ),
            }
        }
        Some("refresh_token") => {
            let owner =
                field("refresh_token").and_then(|t| kc.refresh_tokens.lock().unwrap().remove(t));
            match owner {
                Some(id) => session_tokens(&kc, &id, n),
                None => oauth_error(
                    StatusCode::BAD_REQUEST,
                    "invalid_grant",
                    "Invalid refresh token",
                ),
            }
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
    if form.get("client_id").map(String::as_str) != Some(CLIENT_ID)
        || form.get("client_secret").map(String::as_str) != Some(CLIENT_SECRET)
    {
        return oauth_error(
            StatusCode::UNAUTHORIZED,
            "unauthorized_client",
            "Invalid client or Invalid client credentials",
        );
    }
    let removed = form
        .get("refresh_token")
        .and_then(|t| kc.refresh_tokens.lock().unwrap().remove(t));
    match removed {
        Some(id) => {
            // Logout ends the whole session: every refresh token of it.
            kc.refresh_tokens
                .lock()
                .unwrap()
                .retain(|_, owner| *owner != id);
            StatusCode::NO_CONTENT.into_response()
        }
        None => oauth_error(
            StatusCode::BAD_REQUEST,
            "invalid_grant",
            "Invalid refresh token",
        ),
    }
}

fn conflict(message: &str) -> Response {
    (StatusCode::CONFLICT, Json(json!({"errorMessage": message}))).into_response()
}

async fn create_user(
    State(kc): State<Arc<Keycloak>>,
    headers: HeaderMap,
    Json(user): Json<UserRepresentation>,
) -> Response {
    if let Some(refused) = refuse_admin(&kc, &headers) {
        return refused;
    }
    let mut users = kc.users.lock().unwrap();
    if users.iter().any(|u| u.rep.username == user.username) {
        return conflict("User exists with same username");
    }
    if users.iter().any(|u| u.rep.email == user.email) {
        return conflict("User exists with same email");
    }
    let id = uuid::Uuid::new_v4().to_string();
    let location = format!(
        "{}/admin/realms/{REALM}/users/{id}",
        kc.base_url.lock().unwrap()
    );
    let millis = i64::try_from(now()).unwrap() * 1000;
    users.push(StoredUser {
        id: id.clone(),
        rep: UserRepresentation {
            id: Some(id),
            created_timestamp: Some(millis),
            ..user
        },
        password: None,
        roles: Vec::new(),
    });
    (StatusCode::CREATED, [(header::LOCATION, location)]).into_response()
}

async fn search_users(
    State(kc): State<Arc<Keycloak>>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if let Some(refused) = refuse_admin(&kc, &headers) {
        return refused;
    }
    let first: usize = query.get("first").map_or(0, |v| v.parse().unwrap());
    let max: usize = query.get("max").map_or(100, |v| v.parse().unwrap());
    let found: Vec<UserRepresentation> = kc
        .users
        .lock()
        .unwrap()
        .iter()
        .filter(|u| match query.get("email") {
            None => true,
            Some(wanted) => u
                .rep
                .email
                .as_deref()
                .is_some_and(|email| email.contains(wanted.as_str())),
        })
        .skip(first)
        .take(max)
        .map(|u| u.rep.clone())
        .collect();
    Json(found).into_response()
}

async fn get_user(
    State(kc): State<Arc<Keycloak>>,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    if let Some(refused) = refuse_admin(&kc, &headers) {
        return refused;
    }
    match kc.users.lock().unwrap().iter().find(|u| u.id == id) {
        Some(user) => Json(user.rep.clone()).into_response(),
        None => not_found("User not found"),
    }
}

async fn update_user(
    State(kc): State<Arc<Keycloak>>,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    Json(changed): Json<UserRepresentation>,
) -> Response {
    if let Some(refused) = refuse_admin(&kc, &headers) {
        return refused;
    }
    let mut users = kc.users.lock().unwrap();
    if users
        .iter()
        .any(|u| u.id != id && changed.email.is_some() && u.rep.email == changed.email)
    {
        return conflict("User exists with same email");
    }
    let Some(user) = users.iter_mut().find(|u| u.id == id) else {
        return not_found("User not found");
    };
    user.rep = UserRepresentation {
        id: user.rep.id.clone(),
        created_timestamp: user.rep.created_timestamp,
        ..changed
    };
    StatusCode::NO_CONTENT.into_response()
}

async fn delete_user(
    State(kc): State<Arc<Keycloak>>,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    if let Some(refused) = refuse_admin(&kc, &headers) {
        return refused;
    }
    let mut users = kc.users.lock().unwrap();
    let before = users.len();
    users.retain(|u| u.id != id);
    if users.len() == before {
        return not_found("User not found");
    }
    kc.deleted.lock().unwrap().push(id);
    StatusCode::NO_CONTENT.into_response()
}

async fn reset_password(
    State(kc): State<Arc<Keycloak>>,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
    Json(credential): Json<CredentialRepresentation>,
) -> Response {
    if let Some(refused) = refuse_admin(&kc, &headers) {
        return refused;
    }
    if credential.type_.as_deref() != Some("password") {
        return (
            StatusCode::BAD_REQUEST,
            Json(json!({"errorMessage": "Invalid credential type"})),
        )
            .into_response();
    }
    let mut users = kc.users.lock().unwrap();
    let Some(user) = users.iter_mut().find(|u| u.id == id) else {
        return not_found("User not found");
    };
    user.password = credential.value;
    StatusCode::NO_CONTENT.into_response()
}

async fn realm_role(
    State(kc): State<Arc<Keycloak>>,
    headers: HeaderMap,
    Path((_, name)): Path<(String, String)>,
) -> Response {
    if let Some(refused) = refuse_admin(&kc, &headers) {
        return refused;
    }
    if !ROLES.contains(&name.as_str()) {
        return not_found("Could not find role");
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
    if let Some(refused) = refuse_admin(&kc, &headers) {
        return refused;
    }
    if kc.fail_role_mapping.load(Ordering::SeqCst) {
        return not_found("Could not find role");
    }
    let mut users = kc.users.lock().unwrap();
    let Some(user) = users.iter_mut().find(|u| u.id == id) else {
        return not_found("User not found");
    };
    for role in roles.into_iter().filter_map(|r| r.name) {
        if !user.roles.contains(&role) {
            user.roles.push(role);
        }
    }
    StatusCode::NO_CONTENT.into_response()
}

async fn list_realm_roles(
    State(kc): State<Arc<Keycloak>>,
    headers: HeaderMap,
    Path((_, id)): Path<(String, String)>,
) -> Response {
    if let Some(refused) = refuse_admin(&kc, &headers) {
        return refused;
    }
    let users = kc.users.lock().unwrap();
    let Some(user) = users.iter().find(|u| u.id == id) else {
        return not_found("User not found");
    };
    // Keycloak maps its default composite role to every user.
    let mut roles = vec![json!({"id": "role-default", "name": "default-roles-bookstore"})];
    roles.extend(
        user.roles
            .iter()
            .map(|name| json!({"id": format!("role-{name}"), "name": name})),
    );
    Json(roles).into_response()
}

/// Starts the double; with `signer`, access tokens are JWTs signed by its key.
pub async fn serve(signer: Option<Arc<TestIssuer>>) -> (Arc<Keycloak>, String) {
    let kc = Arc::new(Keycloak::default());
    *kc.issuer.lock().unwrap() = signer;
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
        .route(
            "/admin/realms/{realm}/users/{id}",
            get(get_user).put(update_user).delete(delete_user),
        )
        .route(
            "/admin/realms/{realm}/users/{id}/reset-password",
            put(reset_password),
        )
        .route("/admin/realms/{realm}/roles/{role}", get(realm_role))
        .route(
            "/admin/realms/{realm}/users/{id}/role-mappings/realm",
            post(add_realm_roles).get(list_realm_roles),
        )
        .with_state(Arc::clone(&kc));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let base = format!("http://{address}");
    *kc.base_url.lock().unwrap() = base.clone();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    (kc, base)
}
