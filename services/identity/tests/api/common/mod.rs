//! Helpers: identity started as `main.rs` starts it (the testing kit's `spawn_service`), with a
//! bootstrap staff user, and requests the tests repeat.

use identity::application::port::{openapi, pb};
use reqwest::Response;
use serde_json::{Value, json};
use service_kit::testing::{Backend, TestService, spawn_service};
use service_kit::{Runtime, Service};

pub const STAFF_EMAIL: &str = "staff@example.com";
pub const STAFF_PASSWORD: &str = "staff password 1";
pub const PASSWORD: &str = "correct horse battery";

pub struct TestApp {
    pub base_url: String,
    pub http: reqwest::Client,
    /// The issuer URL identity puts in `iss`.
    pub issuer: String,
    /// Last: its drop shuts identity down.
    pub service: TestService,
}

fn runtime() -> Runtime {
    Runtime::new(Service::Identity)
        .migrations(identity::app::MIGRATIONS)
        .openapi_json(openapi::OPENAPI_JSON)
        .grpc_reflection(pb::FILE_DESCRIPTOR_SET, pb::SERVICE_NAMES)
        .settings_help(identity::app::settings_help().expect("identity's settings help"))
}

pub async fn spawn(backend: Backend) -> TestApp {
    spawn_with(backend, &[]).await
}

pub async fn spawn_with(backend: Backend, settings: &[(&str, &str)]) -> TestApp {
    let mut all = vec![
        ("IDENTITY_BOOTSTRAP_ADMIN_EMAIL", STAFF_EMAIL),
        ("IDENTITY_BOOTSTRAP_ADMIN_PASSWORD", STAFF_PASSWORD),
    ];
    all.extend_from_slice(settings);
    let service = spawn_service(runtime(), backend, &all, identity::app::build).await;
    TestApp {
        base_url: service.base_url.clone(),
        http: reqwest::Client::new(),
        issuer: service.issuer.issuer().to_owned(),
        service,
    }
}

/// A fresh address per call, so tests never collide.
pub fn unique_email(tag: &str) -> String {
    format!("{tag}-{}@example.com", uuid::Uuid::new_v4().simple())
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    pub fn oidc(&self, endpoint: &str) -> String {
        self.url(&format!(
            "/realms/bookstore/protocol/openid-connect/{endpoint}"
        ))
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> Response {
        self.http
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .expect("request sent")
    }

    pub async fn sign_up(&self, email: &str, password: &str) -> Response {
        self.post_json(
            "/api/v1/users/signup",
            &json!({"email": email, "password": password, "first_name": "Jane", "last_name": "Doe"}),
        )
        .await
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> Response {
        self.post_json(
            "/api/v1/users/signin",
            &json!({"email": email, "password": password}),
        )
        .await
    }

    /// A new customer, signed in: (access token, refresh token, user id).
    pub async fn customer(&self) -> (String, String, String) {
        let email = unique_email("customer");
        let created = self.sign_up(&email, PASSWORD).await;
        assert_eq!(created.status(), 201);
        let id = created.json::<Value>().await.expect("json")["id"]
            .as_str()
            .expect("id")
            .to_owned();
        let (access, refresh) = self.tokens(&email, PASSWORD).await;
        (access, refresh, id)
    }

    /// The bootstrap staff user's tokens.
    pub async fn staff(&self) -> (String, String) {
        self.tokens(STAFF_EMAIL, STAFF_PASSWORD).await
    }

    pub async fn tokens(&self, email: &str, password: &str) -> (String, String) {
        let response = self.sign_in(email, password).await;
        assert_eq!(response.status(), 200);
        let refresh = refresh_cookie(&response).expect("refresh cookie");
        let body: Value = response.json().await.expect("json");
        (
            body["access_token"].as_str().expect("token").to_owned(),
            refresh,
        )
    }

    pub async fn me(&self, access: &str) -> Response {
        self.http
            .get(self.url("/api/v1/users/me"))
            .bearer_auth(access)
            .send()
            .await
            .expect("request sent")
    }

    pub async fn exchange(&self, refresh: &str) -> Response {
        self.post_json(
            "/api/v1/users/tokens/exchange",
            &json!({"refresh_token": refresh}),
        )
        .await
    }

    pub async fn form(&self, url: &str, form: &[(&str, &str)]) -> Response {
        let body = serde_urlencoded::to_string(form).expect("a form");
        self.http
            .post(url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .expect("request sent")
    }
}

/// The `refresh_token` value of a `Set-Cookie` header.
pub fn refresh_cookie(response: &Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix("refresh_token="))
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
}

/// The claims of a JWT, unverified (the tests look at what identity put in).
pub fn claims(token: &str) -> Value {
    use base64::Engine;
    let payload = token.split('.').nth(1).expect("a JWT");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .expect("base64url");
    serde_json::from_slice(&bytes).expect("JSON claims")
}
