//! The service as `main.rs` starts it, workers on and no orchestrator listening: it starts,
//! serves, and shuts down cleanly while the workers keep polling in vain.

use std::time::Duration;

use service_kit::testing::{Backend, spawn_service};
use service_kit::worker::WorkerConfig;

#[tokio::test]
async fn the_service_serves_while_the_orchestrator_is_down() {
    // A port nothing listens on: bind one, note it, let it go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dead = format!("http://127.0.0.1:{port}/api");
    let service = spawn_service(
        payment::app::runtime(),
        Backend::Sqlite,
        &[("PAYMENT_WORKER_CONCURRENCY", "2")],
        move |ctx| {
            payment::app::build_with(ctx, move || {
                WorkerConfig::from_env_with(|name| {
                    (name == "CONDUCTOR_SERVER_URL").then(|| dead.clone())
                })
            })
        },
    )
    .await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let health = reqwest::get(service.url("/healthz")).await.unwrap();
    assert!(health.status().is_success(), "{}", health.status());
    let spec = reqwest::get(service.url("/openapi.json")).await.unwrap();
    assert!(spec.status().is_success());
    let unauthenticated = reqwest::get(service.url("/api/v1/payments")).await.unwrap();
    assert_eq!(unauthenticated.status().as_u16(), 401);
    service.shutdown().await.unwrap();
}
