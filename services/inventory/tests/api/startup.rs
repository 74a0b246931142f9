//! The service as `main.rs` starts it: the kit's runtime with this service's migrations, routes
//! and documents, on an in-memory database, with no other setup; and its graceful shutdown.

use inventory::application::port::pb::bookstore::inventory::v1 as pb;
use service_kit::testing::{Backend, spawn_service};

use crate::common::{GrpcClient, NO_WORKERS};

#[tokio::test]
async fn the_service_starts_with_no_setup_and_serves_rest_grpc_and_docs() {
    let service = spawn_service(
        inventory::app::runtime(),
        Backend::Sqlite,
        &[NO_WORKERS],
        inventory::app::build,
    )
    .await;

    let client = reqwest::Client::new();
    let ready = client.get(service.url("/readyz")).send().await.unwrap();
    assert_eq!(ready.status(), 200, "ready as soon as it is built");
    let spec = client
        .get(service.url("/openapi.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(spec.status(), 200);
    let unauthenticated = client
        .get(service.url("/api/v1/warehouses"))
        .send()
        .await
        .unwrap();
    assert_eq!(unauthenticated.status(), 401);
    assert_eq!(unauthenticated.headers()["www-authenticate"], "Bearer");
    let staff = client
        .get(service.url("/api/v1/warehouses"))
        .bearer_auth(service.issuer.token(&["manage"]))
        .send()
        .await
        .unwrap();
    assert_eq!(staff.status(), 200, "a token of the configured issuer");

    let grpc = GrpcClient::connect(service.grpc_addr).await;
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

    let base = service.base_url.clone();
    service
        .shutdown()
        .await
        .expect("a graceful shutdown, awaited");
    assert!(
        client.get(format!("{base}/readyz")).send().await.is_err(),
        "nothing listens once it has stopped"
    );
}
