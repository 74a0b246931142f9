//! Helpers for the black-box tests: the customer service started as `main.rs` starts it (the
//! kit's `spawn_service` running customer's own `build`: the real runtime on ephemeral ports, a
//! fresh database, tokens of the kit's test issuer), its four downstreams faked over real gRPC.

pub mod fakes;

use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use reqwest::Method;
use serde_json::{Value, json};
use service_kit::testing::{Backend, TestService, spawn_service};
use service_kit::{Runtime, Service};

pub use fakes::World;

pub const ALICE: &str = "0b0f6c1e-5a8e-4e58-9c43-00000000000a";
pub const BOB: &str = "0b0f6c1e-5a8e-4e58-9c43-00000000000b";
pub const STAFF: &str = "0b0f6c1e-5a8e-4e58-9c43-0000000000ff";

pub fn runtime() -> Runtime {
    Runtime::new(Service::Customer)
        .migrations(customer::app::MIGRATIONS)
        .openapi_json(customer::application::port::openapi::OPENAPI_JSON)
        .settings_help(customer::app::settings_help().expect("customer's settings help"))
}

pub struct TestApp {
    pub http: reqwest::Client,
    pub world: Arc<World>,
    /// Last, so the client above is gone when its drop shuts the service down.
    pub service: TestService,
}

/// A URL where nothing listens.
pub fn nowhere() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    format!("http://{}", listener.local_addr().unwrap())
}

/// Customer over fakes of all four downstreams, with Alice and Bob signed up and books 1-3
/// in the catalog.
pub async fn spawn_app() -> TestApp {
    spawn_with(|_| None).await
}

/// As [`spawn_app`], with the downstream `down` ("identity", "catalog", "order" or "payment")
/// pointed where nothing listens.
pub async fn spawn_app_without(down: &'static str) -> TestApp {
    spawn_with(move |name| (name == down).then(nowhere)).await
}

async fn spawn_with(elsewhere: impl Fn(&str) -> Option<String>) -> TestApp {
    let world = Arc::new(World::default());
    world.add_user(ALICE, "alice@example.com");
    world.add_user(BOB, "bob@example.com");
    for (id, title) in [
        (1, "Refactoring"),
        (2, "Clean Code"),
        (3, "Kubernetes in Action"),
    ] {
        world.books.lock().unwrap().insert(id, title.to_owned());
    }
    let url = fakes::serve(Arc::clone(&world)).await;
    let at = |name: &str| elsewhere(name).unwrap_or_else(|| url.clone());
    let settings = [
        ("CUSTOMER_IDENTITY_GRPC_URL", at("identity")),
        ("CUSTOMER_CATALOG_GRPC_URL", at("catalog")),
        ("CUSTOMER_ORDER_GRPC_URL", at("order")),
        ("CUSTOMER_PAYMENT_GRPC_URL", at("payment")),
        ("CUSTOMER_CALL_TIMEOUT_MS", "1000".to_owned()),
    ];
    let settings: Vec<(&str, &str)> = settings.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let service = spawn_service(runtime(), Backend::Sqlite, &settings, customer::app::build).await;
    TestApp {
        http: reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()
            .unwrap(),
        world,
        service,
    }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// An answer: status, headers, JSON body (`Null` when there is none).
pub struct Answer {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Value,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The problem+json pointers of a 422.
    pub fn pointers(&self) -> Vec<String> {
        self.body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .filter_map(|e| e["pointer"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl TestApp {
    pub fn token(&self, subject: &str, roles: &[&str]) -> String {
        let issuer = &self.service.issuer;
        let mut claims = issuer.claims(roles, now() + 600, now());
        claims["sub"] = json!(subject);
        issuer.sign(&claims)
    }

    /// A customer's token (`profile order view`).
    pub fn customer(&self, subject: &str) -> String {
        self.token(subject, &["profile", "order", "view"])
    }

    /// A staff token (`manage`).
    pub fn staff(&self) -> String {
        self.token(STAFF, &["manage"])
    }

    pub async fn call(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
    ) -> Answer {
        self.send(method, path, token, body, &[]).await
    }

    pub async fn send(
        &self,
        method: Method,
        path: &str,
        token: Option<&str>,
        body: Option<Value>,
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut request = self.http.request(method, self.service.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(&body);
        }
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.expect("a response");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let text = response.text().await.unwrap_or_default();
        if status >= 400 {
            let content_type = headers
                .get("content-type")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            assert!(
                content_type.starts_with("application/problem+json"),
                "{status} answered as {content_type}: {text}"
            );
        }
        Answer {
            status,
            headers,
            body: serde_json::from_str(&text).unwrap_or(Value::Null),
        }
    }

    pub async fn get(&self, path: &str, token: &str) -> Answer {
        self.call(Method::GET, path, Some(token), None).await
    }

    pub async fn post(&self, path: &str, token: &str, body: Value) -> Answer {
        self.call(Method::POST, path, Some(token), Some(body)).await
    }

    pub async fn put(&self, path: &str, token: &str, body: Value) -> Answer {
        self.call(Method::PUT, path, Some(token), Some(body)).await
    }

    pub async fn delete(&self, path: &str, token: &str) -> Answer {
        self.call(Method::DELETE, path, Some(token), None).await
    }

    /// Grant `delta` points to `customer` as staff.
    pub async fn grant(&self, customer: &str, delta: i64) -> Answer {
        let path = format!("/api/v1/customers/{customer}/point/transactions");
        self.post(
            &path,
            &self.staff(),
            json!({"delta": delta, "reason": "test"}),
        )
        .await
    }
}
