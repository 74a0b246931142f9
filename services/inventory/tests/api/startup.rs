//! The service as `main.rs` starts it: the kit's runtime with this service's migrations, routes
//! and documents, on an in-memory database, with no other setup.

use std::time::Duration;

use inventory::application::port::pb::bookstore::inventory::v1 as pb;
use service_kit::config::{Command, ConfigSources, Overrides};

use crate::common::GrpcClient;

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a port");
    listener.local_addr().expect("local address").port()
}

#[tokio::test]
async fn the_service_starts_with_no_setup_and_serves_rest_grpc_and_docs() {
    let (http, grpc) = (free_port(), free_port());
    let sources = ConfigSources {
        overrides: Overrides {
            http_addr: Some(format!("127.0.0.1:{http}")),
            grpc_addr: Some(format!("127.0.0.1:{grpc}")),
            database_url: Some("sqlite::memory:".to_owned()),
            ..Overrides::default()
        },
        ..ConfigSources::default()
    };
    let server = tokio::spawn(inventory::app::runtime().run_with(
        Command::Serve,
        sources,
        inventory::app::build,
    ));

    let base = format!("http://127.0.0.1:{http}");
    let client = reqwest::Client::new();
    let mut ready = false;
    for _ in 0..100 {
        if let Ok(response) = client.get(format!("{base}/readyz")).send().await
            && response.status() == 200
        {
            ready = true;
            break;
        }
        assert!(
            !server.is_finished(),
            "the server stopped during startup: {:?}",
            server.await
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(ready, "the service never became ready");

    let spec = client
        .get(format!("{base}/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(spec.status(), 200);
    let unauthenticated = client
        .get(format!("{base}/api/v1/warehouses"))
        .send()
        .await
        .unwrap();
    assert_eq!(unauthenticated.status(), 401);
    assert_eq!(unauthenticated.headers()["www-authenticate"], "Bearer");

    let grpc = GrpcClient::connect(([127, 0, 0, 1], grpc).into()).await;
    let seed: pb::GetAvailabilityResponse = grpc
        .call(
            "GetAvailability",
            pb::GetAvailabilityRequest {
                book_ids: (1..=6).collect(),
            },
        )
        .await
        .unwrap();
    assert_eq!(seed.availabilities.len(), 6);
    assert!(
        seed.availabilities.iter().all(|a| a.available_quantity > 0),
        "the seed stocks books 1-6"
    );
    server.abort();
}
