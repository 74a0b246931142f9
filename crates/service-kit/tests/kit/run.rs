//! The entry point a service's `main.rs` calls, end to end.

use std::time::Duration;

use axum::Router;
use axum::routing::get;
use service_kit::config::{Command, ConfigSources};
use service_kit::{Routes, Runtime, Service};
use tonic_health::pb::HealthCheckRequest;
use tonic_health::pb::health_client::HealthClient;

use crate::common::{init_tracing, migrations};

fn sources(data_dir: &std::path::Path) -> ConfigSources {
    let env = [
        ("HTTP_ADDR", "127.0.0.1:0".to_owned()),
        ("GRPC_ADDR", "127.0.0.1:0".to_owned()),
        ("DATA_DIR", data_dir.display().to_string()),
        ("ORDER_DRAIN_DELAY_MS", "200".to_owned()),
        ("ORDER_PAYMENT_GRPC_URL", "http://127.0.0.1:9086".to_owned()),
    ];
    ConfigSources {
        env: env.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
        ..Default::default()
    }
}

#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct OrderSettings {
    payment_grpc_url: String,
}

#[tokio::test]
async fn run_migrates_serves_http_and_grpc_and_stops_cleanly() {
    init_tracing();
    let dir = tempfile::tempdir().unwrap();
    let (ready_tx, ready_rx) = tokio::sync::oneshot::channel();
    let runtime = Runtime::new(Service::Order)
        .migrations(migrations())
        .openapi_json(r#"{"openapi":"3.1.0"}"#)
        .run_with(Command::Serve, sources(dir.path()), |ctx| async move {
            let settings: OrderSettings = ctx.settings()?;
            assert_eq!(settings.payment_grpc_url, "http://127.0.0.1:9086");
            let _ = ready_tx.send((ctx.http_addr, ctx.grpc_addr, ctx.shutdown.clone()));
            let api = Router::new().route("/orders", get(|| async { "[]" }));
            Ok(Routes {
                http: api,
                grpc: tonic::service::Routes::default(),
            })
        });
    let server = tokio::spawn(runtime);
    let (http_addr, grpc_addr, shutdown) = ready_rx.await.expect("the service is built");

    let client = reqwest::Client::new();
    assert_eq!(
        client
            .get(format!("http://{http_addr}/orders"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
        "[]"
    );
    assert_eq!(
        client
            .get(format!("http://{http_addr}/readyz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(
        client
            .get(format!("http://{http_addr}/openapi.json"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let channel =
        service_kit::grpc::channel(&format!("http://{grpc_addr}"), Default::default()).unwrap();
    let health = HealthClient::new(channel)
        .check(HealthCheckRequest {
            service: String::new(),
        })
        .await
        .unwrap();
    assert_eq!(health.into_inner().status, 1, "SERVING");
    assert!(
        dir.path().join("order.db").is_file(),
        "the SQLite file is created and migrated on start"
    );

    shutdown.trigger();
    assert_eq!(
        client
            .get(format!("http://{http_addr}/readyz"))
            .send()
            .await
            .unwrap()
            .status(),
        503
    );
    tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .expect("the runtime returns after shutdown")
        .unwrap()
        .expect("a clean exit");
}

#[tokio::test]
async fn the_migrate_command_applies_migrations_and_exits() {
    init_tracing();
    let dir = tempfile::tempdir().unwrap();
    Runtime::new(Service::Identity)
        .migrations(migrations())
        .run_with(Command::Migrate, sources(dir.path()), |_| async {
            panic!("migrate must not build or serve the service")
        })
        .await
        .unwrap();
    let pool = sqlx::SqlitePool::connect(&format!(
        "sqlite://{}",
        dir.path().join("identity.db").display()
    ))
    .await
    .unwrap();
    let tables: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'books'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(tables, 1);
}

#[tokio::test]
async fn invalid_configuration_stops_the_start_with_the_key_named() {
    init_tracing();
    let dir = tempfile::tempdir().unwrap();
    let mut sources = sources(dir.path());
    sources
        .env
        .push(("GRPC_ADDR".to_owned(), "nowhere".to_owned()));
    let err = Runtime::new(Service::Payment)
        .run_with(Command::Serve, sources, |_| async { panic!("never built") })
        .await
        .unwrap_err();
    assert!(err.to_string().contains("`grpc_addr`"), "{err:#}");
}

/// A gRPC client that stops answering (its runtime no longer runs, so the server's GOAWAY and
/// PING go unacknowledged) cannot hold the shutdown open: once the servers stop accepting, the
/// drain lasts at most the request timeout (here 1 s) and a margin, then open connections close.
#[tokio::test]
async fn a_client_that_never_lets_go_cannot_hold_the_shutdown_open() {
    init_tracing();
    let dir = tempfile::tempdir().unwrap();
    let mut sources = sources(dir.path());
    sources
        .env
        .push(("ORDER_REQUEST_TIMEOUT_SECS".to_owned(), "1".to_owned()));
    let (ready_tx, ready_rx) = tokio::sync::oneshot::channel();
    let runtime = Runtime::new(Service::Order)
        .migrations(migrations())
        .run_with(Command::Serve, sources, |ctx| async move {
            let _ = ready_tx.send((ctx.grpc_addr, ctx.shutdown.clone()));
            Ok(Routes {
                http: Router::new(),
                grpc: tonic::service::Routes::default(),
            })
        });
    let server = tokio::spawn(runtime);
    let (grpc_addr, shutdown) = ready_rx.await.expect("the service is built");

    let (connected_tx, connected_rx) = tokio::sync::oneshot::channel();
    std::thread::spawn(move || {
        let client_runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let client = client_runtime.block_on(async {
            let channel =
                service_kit::grpc::channel(&format!("http://{grpc_addr}"), Default::default())
                    .unwrap();
            let mut client = HealthClient::new(channel);
            client.check(HealthCheckRequest::default()).await.unwrap();
            client
        });
        let _ = connected_tx.send(());
        // The connection stays open and is never polled again.
        std::thread::sleep(Duration::from_secs(120));
        drop(client);
    });
    connected_rx.await.expect("the client connected");

    shutdown.trigger();
    let stopped = tokio::time::timeout(Duration::from_secs(20), server).await;
    let outcome = stopped.expect("the shutdown waited for a client that never let go");
    outcome.expect("the runtime task").expect("a clean stop");
}
