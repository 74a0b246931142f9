//! A stand-in for the inventory service speaking real gRPC, so the catalog's inventory client
//! is exercised over the wire. Only `StockService/GetAvailability` is served.

use std::collections::HashMap;
use std::future::{Ready, ready};
use std::net::SocketAddr;
use std::time::Duration;

use axum::routing::post;
use catalog::application::port::pb::bookstore::inventory::v1::{
    BookAvailability, GetAvailabilityRequest, GetAvailabilityResponse,
};
use tokio_stream::wrappers::TcpListenerStream;

/// How the fake answers.
#[derive(Debug, Clone)]
pub enum Behaviour {
    /// `(quantity, reserved)` per book id; other books have no stock rows.
    Stock(HashMap<i64, (i32, i32)>),
    /// Answers only after this long.
    Slow(Duration),
}

#[derive(Clone)]
struct Availability(HashMap<i64, (i32, i32)>);

impl tonic::server::UnaryService<GetAvailabilityRequest> for Availability {
    type Response = GetAvailabilityResponse;
    type Future = Ready<Result<tonic::Response<GetAvailabilityResponse>, tonic::Status>>;

    fn call(&mut self, request: tonic::Request<GetAvailabilityRequest>) -> Self::Future {
        let availabilities = request
            .into_inner()
            .book_ids
            .into_iter()
            .map(|book_id| {
                let (quantity, reserved_quantity) = self.0.get(&book_id).copied().unwrap_or((0, 0));
                BookAvailability {
                    book_id,
                    quantity,
                    reserved_quantity,
                    available_quantity: quantity - reserved_quantity,
                }
            })
            .collect();
        ready(Ok(tonic::Response::new(GetAvailabilityResponse {
            availabilities,
        })))
    }
}

/// Serve the fake on an ephemeral port; returns its `http://` URL.
pub async fn start(behaviour: Behaviour) -> String {
    let handler = move |request: axum::extract::Request| {
        let behaviour = behaviour.clone();
        async move {
            let stock = match behaviour {
                Behaviour::Stock(stock) => stock,
                Behaviour::Slow(delay) => {
                    tokio::time::sleep(delay).await;
                    HashMap::new()
                }
            };
            let codec =
                tonic_prost::ProstCodec::<GetAvailabilityResponse, GetAvailabilityRequest>::default(
                );
            let mut grpc = tonic::server::Grpc::new(codec);
            grpc.unary(Availability(stock), request)
                .await
                .map(axum::body::Body::new)
        }
    };
    let router = axum::Router::new().route(
        "/bookstore.inventory.v1.StockService/GetAvailability",
        post(handler),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr: SocketAddr = listener.local_addr().expect("address");
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_routes(tonic::service::Routes::from(router))
            .serve_with_incoming(TcpListenerStream::new(listener)),
    );
    format!("http://{addr}")
}
