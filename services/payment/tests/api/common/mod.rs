//! Helpers shared by the test modules: databases on both backends, the use cases over them
//! (to seed payments the way the saga makes them), the service started as `main.rs` starts it
//! over the same database, tokens for customers with UUID subjects, and a tiny gRPC client.

#![allow(dead_code)]

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use payment::app::{AppPayments, payments, routes};
use payment::application::port::saga::{TaskOutcome, run_make_payment};
use payment::domain::{CardNumber, UserId};
use payment::infrastructure::adapter::db::MIGRATIONS;
use rust_decimal::Decimal;
use serde_json::json;
use service_kit::config::Secret;
use service_kit::db::Database;
use service_kit::testing::{Backend, TestDatabase, TestService, spawn_service};

/// The test cards of the simulated gateway, and a plain approved one.
pub const VISA: &str = "4242424242424242";
pub const MASTERCARD: &str = "5555555555554444";
pub const DECLINED: &str = "4000000000000002";
pub const FLAKY: &str = "4000000000000119";
pub const ALL_CARDS: [&str; 4] = [VISA, MASTERCARD, DECLINED, FLAKY];

/// A migrated database; a MySQL one is dropped with the value.
pub struct TestDb {
    pub label: &'static str,
    pub database: Database,
    _kit: Option<TestDatabase>,
    _dir: Option<tempfile::TempDir>,
}

impl TestDb {
    async fn of(backend: Backend) -> Self {
        let kit = TestDatabase::create(backend, &MIGRATIONS).await;
        Self {
            label: kit.label(),
            database: kit.database().clone(),
            _kit: Some(kit),
            _dir: None,
        }
    }

    /// The use cases over this database, with the simulated gateway.
    pub fn payments(&self) -> Arc<AppPayments> {
        payments(self.database.clone())
    }
}

/// SQLite (in memory) and MySQL when reachable (required under CI).
pub async fn backends() -> Vec<TestDb> {
    let mut all = Vec::new();
    for backend in service_kit::testing::backends().await {
        all.push(TestDb::of(backend).await);
    }
    all
}

/// A SQLite file with a pool of several connections, like the embedded default: the setting
/// where concurrent writers really compete.
pub async fn sqlite_file() -> TestDb {
    let dir = tempfile::tempdir().expect("create a temp dir");
    let url = format!("sqlite://{}", dir.path().join("payment.db").display());
    let database = Database::connect(&Secret::new(url))
        .await
        .expect("open SQLite file");
    database.migrate(&MIGRATIONS).await.expect("migrate SQLite");
    TestDb {
        label: "sqlite-file",
        database,
        _kit: None,
        _dir: Some(dir),
    }
}

/// A multi-connection SQLite file, and MySQL when reachable: for races.
pub async fn concurrent_backends() -> Vec<TestDb> {
    let mut all = vec![sqlite_file().await];
    if service_kit::testing::backends()
        .await
        .contains(&Backend::MySql)
    {
        all.push(TestDb::of(Backend::MySql).await);
    }
    all
}

pub fn user() -> UserId {
    UserId::new(uuid::Uuid::new_v4())
}

/// Tokenize `number` for `customer` through the use case, as order's `POST /orders` does over gRPC.
pub async fn tokenize(payments: &AppPayments, number: &str, customer: UserId) -> String {
    let number = CardNumber::parse(number).expect("a valid test number");
    let card = payments
        .tokenize_card(&number, customer)
        .await
        .expect("tokenized");
    card.token.as_str().to_owned()
}

/// The raw input of `make_payment`, as the orchestrator hands it over.
pub fn make_input(order: i64, customer: UserId, amount: &str, token: &str) -> serde_json::Value {
    json!({
        "order_id": order,
        "user_id": customer.to_string(),
        "amount": amount,
        "card_token": token,
    })
}

/// A payment made through the saga task, as the saga makes it; returns the task's outcome.
pub async fn pay(
    payments: &AppPayments,
    order: i64,
    customer: UserId,
    amount: &str,
    number: &str,
) -> TaskOutcome {
    let token = tokenize(payments, number, customer).await;
    run_make_payment(payments, make_input(order, customer, amount, &token)).await
}

/// The payment id of a completed `make_payment`.
pub fn paid_id(outcome: &TaskOutcome) -> i64 {
    match outcome {
        TaskOutcome::Completed(value) => value["payment_id"].as_i64().expect("payment_id"),
        other => panic!("expected a completed make_payment, got {other:?}"),
    }
}

pub fn amount(text: &str) -> Decimal {
    text.parse().expect("a decimal")
}

/// The service as `main.rs` starts it (runtime, middleware, JWKS auth, the generated router,
/// gRPC) on ephemeral ports, over `payments`' database, workers off.
pub struct TestApp {
    pub http: reqwest::Client,
    pub service: TestService,
    pub grpc: GrpcClient,
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        self.service.url(path)
    }

    /// A token of the test issuer for a customer (`profile order view`) whose subject is `user`.
    pub fn customer_token(&self, user: UserId) -> String {
        self.token_for(&user.to_string(), &["profile", "order", "view"])
    }

    /// A staff token (`manage`).
    pub fn staff_token(&self) -> String {
        self.token_for(&uuid::Uuid::new_v4().to_string(), &["manage"])
    }

    pub fn token_for(&self, subject: &str, roles: &[&str]) -> String {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("after 1970")
            .as_secs();
        let issuer = &self.service.issuer;
        let mut claims = issuer.claims(roles, now + 600, now);
        claims["sub"] = json!(subject);
        issuer.sign(&claims)
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> (u16, serde_json::Value) {
        let mut request = self.http.get(self.url(path));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("a response");
        let status = response.status().as_u16();
        let body = response.json().await.unwrap_or(serde_json::Value::Null);
        (status, body)
    }
}

/// The service over `payments`, as `main.rs` wires it, with the workers off.
pub async fn spawn_app(payments: &Arc<AppPayments>) -> TestApp {
    let payments = Arc::clone(payments);
    let service = spawn_service(
        payment::app::runtime(),
        Backend::Sqlite,
        &[("PAYMENT_WORKERS", "false")],
        move |ctx| async move { Ok(routes(&payments, Arc::clone(&ctx.authenticator))) },
    )
    .await;
    let grpc = GrpcClient {
        channel: service.grpc_channel().await,
    };
    TestApp {
        http: reqwest::Client::new(),
        service,
        grpc,
    }
}

/// Calls PaymentService methods by path with the generated message types.
#[derive(Clone)]
pub struct GrpcClient {
    channel: tonic::transport::Channel,
}

impl GrpcClient {
    /// A client of `service`'s gRPC port.
    pub async fn connect(service: &TestService) -> Self {
        Self {
            channel: service.grpc_channel().await,
        }
    }

    pub async fn call<Req, Resp>(
        &self,
        method: &'static str,
        request: Req,
    ) -> Result<Resp, tonic::Status>
    where
        Req: prost::Message + Send + Sync + 'static,
        Resp: prost::Message + Default + Send + Sync + 'static,
    {
        let mut grpc = tonic::client::Grpc::new(self.channel.clone());
        grpc.ready()
            .await
            .map_err(|e| tonic::Status::unavailable(e.to_string()))?;
        let path = format!("/bookstore.payment.v1.PaymentService/{method}");
        let path = tonic::codegen::http::uri::PathAndQuery::try_from(path).expect("path");
        grpc.unary(
            tonic::Request::new(request),
            path,
            tonic_prost::ProstCodec::default(),
        )
        .await
        .map(tonic::Response::into_inner)
    }
}

/// Every text value stored in every table of `database`, to search for card numbers.
pub async fn every_stored_text(database: &Database) -> String {
    let tables = ["payment", "sim_gateway_card", "sim_gateway_charge"];
    let mut all = String::new();
    for table in tables {
        let sql = format!("SELECT * FROM {table}");
        let rendered: Vec<String> = match database {
            Database::Sqlite(pool) => {
                let rows = sqlx::query(&sql).fetch_all(pool).await.expect("read");
                rows.iter().map(render_sqlite).collect()
            }
            Database::MySql(pool) => {
                let rows = sqlx::query(&sql).fetch_all(pool).await.expect("read");
                rows.iter().map(render_mysql).collect()
            }
        };
        all.push_str(&rendered.join("\n"));
        all.push('\n');
    }
    all
}

fn render_sqlite(row: &sqlx::sqlite::SqliteRow) -> String {
    use sqlx::{Column, Row, ValueRef};
    row.columns()
        .iter()
        .map(|c| {
            let raw = row.try_get_raw(c.ordinal()).expect("a column");
            if raw.is_null() {
                return "NULL".to_owned();
            }
            row.try_get::<String, _>(c.ordinal())
                .or_else(|_| row.try_get::<i64, _>(c.ordinal()).map(|v| v.to_string()))
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("|")
}

fn render_mysql(row: &sqlx::mysql::MySqlRow) -> String {
    use sqlx::{Column, Row, ValueRef};
    row.columns()
        .iter()
        .map(|c| {
            let raw = row.try_get_raw(c.ordinal()).expect("a column");
            if raw.is_null() {
                return "NULL".to_owned();
            }
            row.try_get::<String, _>(c.ordinal())
                .or_else(|_| row.try_get::<i64, _>(c.ordinal()).map(|v| v.to_string()))
                .or_else(|_| {
                    row.try_get::<Decimal, _>(c.ordinal())
                        .map(|v| v.to_string())
                })
                .or_else(|_| row.try_get::<i8, _>(c.ordinal()).map(|v| v.to_string()))
                .or_else(|_| {
                    row.try_get::<chrono::DateTime<chrono::Utc>, _>(c.ordinal())
                        .map(|v| v.to_string())
                })
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("|")
}
