//! The smallest service built on the runtime: what a service's `main.rs` looks like.
//!
//! `cargo run -p service-kit --example minimal_service -- --help` lists every setting;
//! without arguments it serves HTTP on 127.0.0.1:8081 and gRPC on 127.0.0.1:9081 with a SQLite
//! file under `./data`, until Ctrl-C or SIGTERM.

use std::time::Duration;

use axum::Router;
use axum::routing::get;
use service_kit::{Routes, Runtime, Service};

const SPEC: &str = r#"{"openapi":"3.1.0","info":{"title":"minimal","version":"1"},"paths":{}}"#;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    Runtime::new(Service::Catalog)
        .openapi_json(SPEC)
        .run(|_ctx| async move {
            let api = Router::new()
                .route("/hello", get(|| async { "hello" }))
                .route(
                    "/slow",
                    get(|| async {
                        // Said, so a test sends SIGTERM once it is surely in flight; and long
                        // enough for that signal to arrive before it ends.
                        tracing::info!("slow request started");
                        tokio::time::sleep(Duration::from_millis(1500)).await;
                        "done"
                    }),
                );
            Ok(Routes {
                http: api,
                grpc: tonic::service::Routes::default(),
            })
        })
        .await
}
