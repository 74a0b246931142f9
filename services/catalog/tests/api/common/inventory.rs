//! A stand-in for the inventory service speaking real gRPC, so the catalog's inventory client
//! is exercised over the wire. Only `StockService/GetAvailability` is served, and every call's
//! book ids are recorded so tests can count round trips.

use std::collections::HashMap;
use std::future::{Ready, ready};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::routing::post;
use catalog::application::port::pb::bookstore::inventory::v1::{
    BookAvailability, GetAvailabilityRequest, GetAvailabilityResponse,
};
use tokio::sync::Semaphore;
use tokio_stream::wrappers::TcpListenerStream;

/// How the fake answers.
#[derive(Debug, Clone)]
pub enum Behaviour {
    /// `(quantity, reserved)` per book id; other books have no stock rows.
    Stock(HashMap<i64, (i32, i32)>),
    /// Answers only after this long.
    Slow(Duration),
    /// Like `Stock`, but each call first takes a permit of the semaphore (the test's gate).
    Gated(Arc<Semaphore>, HashMap<i64, (i32, i32)>),
}

#[derive(Clone)]
struct Availability {
    stock: HashMap<i64, (i32, i32)>,
    calls: Calls,
}

impl tonic::server::UnaryService<GetAvailabilityRequest> for Availability {
    type Response = GetAvailabilityResponse;
    type Future = Ready<Result<tonic::Response<GetAvailabilityResponse>, tonic::Status>>;

    fn call(&mut self, request: tonic::Request<GetAvailabilityRequest>) -> Self::Future {
        let book_ids = request.into_inner().book_ids;
        self.calls.record(book_ids.clone());
        let availabilities = book_ids
            .into_iter()
            .map(|book_id| {
                let (quantity, reserved_quantity) =
                    self.stock.get(&book_id).copied().unwrap_or((0, 0));
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

/// The book ids of every `GetAvailability` call the fake received, in arrival order.
#[derive(Debug, Clone, Default)]
pub struct Calls {
    answered: Arc<Mutex<Vec<Vec<i64>>>>,
    /// Calls that reached a gated fake, answered or still held at its gate.
    arrived: Arc<AtomicUsize>,
}

impl Calls {
    pub fn book_ids(&self) -> Vec<Vec<i64>> {
        self.answered.lock().expect("calls lock").clone()
    }

    pub fn arrivals(&self) -> usize {
        self.arrived.load(Ordering::SeqCst)
    }

    fn arrived(&self) {
        self.arrived.fetch_add(1, Ordering::SeqCst);
    }

    fn record(&self, book_ids: Vec<i64>) {
        self.answered.lock().expect("calls lock").push(book_ids);
    }
}

/// Serve the fake on an ephemeral port; returns its `http://` URL.
pub async fn start(behaviour: Behaviour) -> String {
    start_recording(behaviour).await.0
}

/// Serve the fake on an ephemeral port; returns its `http://` URL and the calls it receives.
pub async fn start_recording(behaviour: Behaviour) -> (String, Calls) {
    let calls = Calls::default();
    let recorded = calls.clone();
    let handler = move |request: axum::extract::Request| {
        let behaviour = behaviour.clone();
        let calls = recorded.clone();
        async move {
            let stock = match behaviour {
                Behaviour::Stock(stock) => stock,
                Behaviour::Gated(gate, stock) => {
                    // Recorded on arrival: a test sees the call before letting it finish.
                    calls.arrived();
                    gate.acquire().await.expect("the gate stays open").forget();
                    stock
                }
                Behaviour::Slow(delay) => {
                    tokio::time::sleep(delay).await;
                    HashMap::new()
                }
            };
            let codec =
                tonic_prost::ProstCodec::<GetAvailabilityResponse, GetAvailabilityRequest>::default(
                );
            let mut grpc = tonic::server::Grpc::new(codec);
            grpc.unary(Availability { stock, calls }, request)
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
    (format!("http://{addr}"), calls)
}
