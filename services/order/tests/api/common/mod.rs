//! Helpers for the black-box tests: the order service started as `main.rs` starts it (the
//! testing kit's `spawn_service`: the real runtime on ephemeral ports, a fresh database, tokens
//! of the kit's test issuer), with a fake catalog and payment over real gRPC and a recording saga
//! port in place of the orchestrator.

pub mod fakes;

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use order::app::SqlOrderService;
use order::application::port::openapi::client::Client;
use order::application::port::{openapi, pb};
use order::infrastructure::adapter::protostub::{CatalogPrices, PaymentVault};
use serde_json::{Value, json};
use service_kit::testing::{Backend, TestIssuer, TestService, backends, spawn_service};
use service_kit::{Runtime, Service};

use fakes::{FakePayment, RecordingSaga};

pub type Service_ = SqlOrderService<CatalogPrices, PaymentVault, RecordingSaga>;

pub const ALICE: &str = "0b0f6c1e-5a8e-4e58-9c43-000000000001";
pub const BOB: &str = "0b0f6c1e-5a8e-4e58-9c43-000000000002";
pub const CARD: &str = "4242424242424242";

pub struct TestApp {
    pub base_url: String,
    pub http: reqwest::Client,
    pub issuer: TestIssuer,
    pub saga: Arc<RecordingSaga>,
    pub payment: Arc<FakePayment>,
    /// The use cases the service runs, for the worker tests.
    pub orders: Arc<Service_>,
    /// Last, so the clients above are gone when its drop shuts the service down.
    service: TestService,
}

pub fn runtime() -> Runtime {
    Runtime::new(Service::Order)
        .migrations(order::app::MIGRATIONS)
        .openapi_json(openapi::OPENAPI_JSON)
        .grpc_reflection(pb::FILE_DESCRIPTOR_SET, pb::SERVICE_NAMES)
        .settings_help(order::app::settings_help().expect("the order service's settings help"))
}

pub async fn spawn_app() -> TestApp {
    spawn_on(Backend::Sqlite).await
}

/// On MariaDB, when it is reachable (CI makes it so).
pub async fn spawn_mysql_app() -> Option<TestApp> {
    if backends().await.contains(&Backend::MySql) {
        Some(spawn_on(Backend::MySql).await)
    } else {
        None
    }
}

async fn spawn_on(backend: Backend) -> TestApp {
    let payment = Arc::new(FakePayment::default());
    let url = fakes::serve_fakes(Arc::clone(&payment)).await;
    spawn_with(backend, url, payment).await
}

/// Catalog and payment at `url`, where nothing listens.
pub async fn spawn_app_without_downstreams() -> TestApp {
    let unused = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let payment = Arc::new(FakePayment::default());
    spawn_with(Backend::Sqlite, format!("http://{unused}"), payment).await
}

async fn spawn_with(backend: Backend, url: String, payment: Arc<FakePayment>) -> TestApp {
    let saga = Arc::new(RecordingSaga::default());
    let slot: Arc<Mutex<Option<Arc<Service_>>>> = Arc::default();
    let (saga2, slot2) = (Arc::clone(&saga), Arc::clone(&slot));
    let service = spawn_service(runtime(), backend, &[], move |ctx| async move {
        let timeout = Duration::from_secs(2);
        let books = CatalogPrices::connect_lazy(&url, timeout)?;
        let cards = PaymentVault::connect_lazy(&url, timeout)?;
        let (routes, orders) = order::app::routes(&ctx, books, cards, saga2);
        order::app::spawn_saga_restarter(&ctx, Arc::clone(&orders), Duration::from_millis(200));
        *slot2.lock().unwrap() = Some(orders);
        Ok(routes)
    })
    .await;
    let orders = slot.lock().unwrap().take().expect("the routes were built");
    TestApp {
        base_url: service.base_url.clone(),
        http: reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .build()
            .unwrap(),
        issuer: service.issuer.clone(),
        saga,
        payment,
        orders,
        service,
    }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// End a test that used [`TestApp::orders`] directly: a connection it used goes back to the
    /// pool on this test's runtime, which must get to run that before the drop waits for the
    /// service (and its pool) to close.
    pub async fn close(self) {
        tokio::time::sleep(Duration::from_millis(100)).await;
        drop(self);
    }

    /// A token for `subject` with `roles`.
    pub fn token(&self, subject: &str, roles: &[&str]) -> String {
        let mut claims = self.issuer.claims(roles, now() + 600, now());
        claims["sub"] = json!(subject);
        self.issuer.sign(&claims)
    }

    pub fn customer(&self, subject: &str) -> String {
        self.token(subject, &["profile", "order", "view"])
    }

    pub fn staff(&self) -> String {
        self.token("0b0f6c1e-5a8e-4e58-9c43-0000000000ff", &["manage"])
    }

    /// The generated client with `token`.
    pub fn client(&self, token: &str) -> Client {
        Client::with_http_client(&self.base_url, self.http.clone()).with_bearer_token(token)
    }

    pub async fn grpc_channel(&self) -> tonic::transport::Channel {
        self.service.grpc_channel().await
    }

    /// POST /orders as `token`, with an optional idempotency key: status and JSON body.
    pub async fn place(
        &self,
        token: &str,
        key: Option<&str>,
        body: &Value,
    ) -> (u16, Value, Option<String>) {
        let mut request = self
            .http
            .post(self.url("/api/v1/orders"))
            .bearer_auth(token)
            .json(body);
        if let Some(key) = key {
            request = request.header("Idempotency-Key", key);
        }
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let location = response
            .headers()
            .get("location")
            .map(|v| v.to_str().unwrap().to_owned());
        let body = response.json().await.unwrap_or(Value::Null);
        (status, body, location)
    }

    pub async fn get(&self, token: &str, path: &str) -> (u16, Value) {
        let response = self
            .http
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    pub async fn post(&self, token: &str, path: &str) -> (u16, Value) {
        let response = self
            .http
            .post(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// Place a valid order for `subject`; answers its id.
    pub async fn place_ok(&self, subject: &str) -> i64 {
        let (status, body, _) = self
            .place(
                &self.customer(subject),
                None,
                &order_body(&[(1, 2), (2, 1)], CARD),
            )
            .await;
        assert_eq!(status, 202, "{body}");
        body["id"].as_i64().unwrap()
    }
}

pub fn order_body(lines: &[(i64, i64)], card: &str) -> Value {
    let items: Vec<Value> = lines
        .iter()
        .map(|(b, q)| json!({"book_id": b, "quantity": q}))
        .collect();
    json!({"items": items, "payment": {"type": "card", "card_number": card}})
}
