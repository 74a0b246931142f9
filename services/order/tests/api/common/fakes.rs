//! The services order calls, as a test wants them: a catalog and a payment service served over
//! real gRPC (tonic, port 0), and a saga port that records what it was asked.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use order::application::port::pb::bookstore::catalog::v1::book_service_server::{
    BookService, BookServiceServer,
};
use order::application::port::pb::bookstore::catalog::v1::{
    Book, GetBookRequest, GetBookResponse, GetBooksRequest, GetBooksResponse, ListBooksRequest,
    ListBooksResponse,
};
use order::application::port::pb::bookstore::common::v1::Money;
use order::application::port::pb::bookstore::payment::v1::payment_service_server::{
    PaymentService, PaymentServiceServer,
};
use order::application::port::pb::bookstore::payment::v1::{
    GetPaymentRequest, GetPaymentResponse, ListPaymentsRequest, ListPaymentsResponse,
    TokenizeCardRequest, TokenizeCardResponse,
};
use order::application::port::workflow::{Saga, SagaError, SagaStart};
use tonic::{Request, Response, Status};
use tonic_types::{ErrorDetails, StatusExt};

/// The catalog's books: id, title, price in cents.
pub const BOOKS: &[(i64, &str, i64)] = &[
    (1, "Refactoring", 4799),
    (2, "Clean Code", 3000),
    (3, "Domain-Driven Design", 5550),
];

pub struct FakeCatalog;

#[tonic::async_trait]
impl BookService for FakeCatalog {
    async fn list_books(
        &self,
        _: Request<ListBooksRequest>,
    ) -> Result<Response<ListBooksResponse>, Status> {
        Err(Status::unimplemented("not in this fake"))
    }

    async fn get_book(
        &self,
        _: Request<GetBookRequest>,
    ) -> Result<Response<GetBookResponse>, Status> {
        Err(Status::unimplemented("not in this fake"))
    }

    async fn get_books(
        &self,
        request: Request<GetBooksRequest>,
    ) -> Result<Response<GetBooksResponse>, Status> {
        let mut response = GetBooksResponse::default();
        for id in request.into_inner().ids {
            match BOOKS.iter().find(|(b, _, _)| *b == id) {
                Some((id, title, cents)) => response.books.push(Book {
                    id: *id,
                    title: (*title).to_owned(),
                    price: Some(Money {
                        units: cents / 100,
                        nanos: i32::try_from((cents % 100) * 10_000_000).unwrap(),
                    }),
                    ..Book::default()
                }),
                None => response.missing_ids.push(id),
            }
        }
        Ok(Response::new(response))
    }
}

fn luhn(number: &str) -> bool {
    let digits: Option<Vec<u32>> = number.chars().rev().map(|c| c.to_digit(10)).collect();
    let Some(digits) = digits else { return false };
    let sum: u32 = digits
        .iter()
        .enumerate()
        .map(|(i, d)| {
            if i % 2 == 1 {
                if d * 2 > 9 { d * 2 - 9 } else { d * 2 }
            } else {
                *d
            }
        })
        .sum();
    (12..=19).contains(&digits.len()) && sum.is_multiple_of(10)
}

/// Tokenises Luhn-valid numbers; refuses others with a `card_number` field violation. Counts
/// the calls, so a test can tell a refused card was never stored and a replay never asked.
#[derive(Default)]
pub struct FakePayment {
    pub calls: AtomicUsize,
}

/// The fake as served (the counter stays with the test).
pub struct PaymentHandle(pub std::sync::Arc<FakePayment>);

#[tonic::async_trait]
impl PaymentService for PaymentHandle {
    async fn tokenize_card(
        &self,
        request: Request<TokenizeCardRequest>,
    ) -> Result<Response<TokenizeCardResponse>, Status> {
        self.0.calls.fetch_add(1, Ordering::SeqCst);
        let number = request.into_inner().card_number;
        if !luhn(&number) {
            return Err(Status::with_error_details(
                tonic::Code::InvalidArgument,
                "the card number is not valid",
                ErrorDetails::with_bad_request_violation("card_number", "fails the Luhn check"),
            ));
        }
        Ok(Response::new(TokenizeCardResponse {
            card_token: format!("tok_{}", "a".repeat(12) + &number[number.len() - 4..]),
            card_brand: "visa".into(),
            card_last_four: number[number.len() - 4..].to_owned(),
        }))
    }

    async fn list_payments(
        &self,
        _: Request<ListPaymentsRequest>,
    ) -> Result<Response<ListPaymentsResponse>, Status> {
        Err(Status::unimplemented("not in this fake"))
    }

    async fn get_payment(
        &self,
        _: Request<GetPaymentRequest>,
    ) -> Result<Response<GetPaymentResponse>, Status> {
        Err(Status::unimplemented("not in this fake"))
    }
}

/// Serve the fake catalog and `payment` on one ephemeral port; answers its URL.
pub async fn serve_fakes(payment: std::sync::Arc<FakePayment>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let incoming = tokio_stream::wrappers::TcpListenerStream::new(listener);
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(BookServiceServer::new(FakeCatalog))
            .add_service(PaymentServiceServer::new(PaymentHandle(payment)))
            .serve_with_incoming(incoming),
    );
    format!("http://{addr}")
}

/// A saga port that records starts and terminations.
#[derive(Default)]
pub struct RecordingSaga {
    pub started: Mutex<Vec<i64>>,
    pub terminated: Mutex<Vec<(String, String)>>,
    /// Refuse starts (the orchestrator is down).
    pub down: AtomicBool,
    /// Answer terminations as if the workflow had already ended.
    pub ended: AtomicBool,
}

impl Saga for RecordingSaga {
    async fn start(&self, start: SagaStart) -> Result<String, SagaError> {
        if self.down.load(Ordering::SeqCst) {
            return Err(SagaError::Unavailable("down".into()));
        }
        assert!(start.card_token.starts_with("tok_"), "only a token travels");
        let mut started = self.started.lock().unwrap();
        if !started.contains(&start.order_id) {
            started.push(start.order_id);
        }
        Ok(format!("wf-{}", start.order_id))
    }

    async fn terminate(&self, workflow_id: &str, reason: &str) -> Result<(), SagaError> {
        if self.ended.load(Ordering::SeqCst) {
            return Err(SagaError::NotRunning(workflow_id.to_owned()));
        }
        self.terminated
            .lock()
            .unwrap()
            .push((workflow_id.to_owned(), reason.to_owned()));
        Ok(())
    }
}
