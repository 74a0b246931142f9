//! The four services customer calls, as a test wants them: identity, catalog, order and payment
//! served over real gRPC (tonic, port 0, with gRPC health), each recording what it was asked.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use customer::application::port::pb::bookstore::catalog::v1::book_service_server::{
    BookService, BookServiceServer,
};
use customer::application::port::pb::bookstore::catalog::v1::{
    Book, GetBookRequest, GetBookResponse, GetBooksRequest, GetBooksResponse, ListBooksRequest,
    ListBooksResponse,
};
use customer::application::port::pb::bookstore::common::v1::Money;
use customer::application::port::pb::bookstore::identity::v1::user_service_server::{
    UserService, UserServiceServer,
};
use customer::application::port::pb::bookstore::identity::v1::{
    DeleteUserRequest, DeleteUserResponse, GetUserRequest, GetUserResponse, ListUsersRequest,
    ListUsersResponse, UpdateUserRequest, UpdateUserResponse, User,
};
use customer::application::port::pb::bookstore::order::v1::order_service_server::{
    OrderService, OrderServiceServer,
};
use customer::application::port::pb::bookstore::order::v1::{
    GetOrderRequest, GetOrderResponse, ListOrdersRequest, ListOrdersResponse, Order, OrderItem,
};
use customer::application::port::pb::bookstore::payment::v1::payment_service_server::{
    PaymentService, PaymentServiceServer,
};
use customer::application::port::pb::bookstore::payment::v1::{
    GetPaymentRequest, GetPaymentResponse, ListPaymentsRequest, ListPaymentsResponse, Payment,
    TokenizeCardRequest, TokenizeCardResponse,
};
use tonic::{Request, Response, Status};
use tonic_types::{ErrorDetails, StatusExt};

/// Everything the fakes hold and saw, shared with the test.
#[derive(Default)]
pub struct World {
    pub users: Mutex<BTreeMap<String, User>>,
    /// The `authorization` metadata of every identity call.
    pub identity_tokens: Mutex<Vec<Option<String>>>,
    /// Refuse every token with UNAUTHENTICATED, as identity does once its session is signed out.
    pub refuse_tokens: AtomicBool,
    /// Answer the next `DeleteUser` with UNAVAILABLE (after which it works again).
    pub fail_next_delete: AtomicBool,
    pub books: Mutex<BTreeMap<i64, String>>,
    pub get_books_calls: AtomicUsize,
    pub orders: Mutex<Vec<Order>>,
    pub payments: Mutex<Vec<Payment>>,
    /// The `user_id` filter of every ListOrders / ListPayments call.
    pub list_filters: Mutex<Vec<Option<String>>>,
}

impl World {
    pub fn add_user(&self, id: &str, email: &str) {
        self.users.lock().unwrap().insert(
            id.to_owned(),
            User {
                id: id.to_owned(),
                email: email.to_owned(),
                first_name: "Jane".into(),
                last_name: "Doe".into(),
                phone: None,
                created_at: Some(prost_types::Timestamp::default()),
                updated_at: Some(prost_types::Timestamp::default()),
            },
        );
    }

    pub fn add_order(&self, id: i64, user: &str, book_id: i64) {
        self.orders.lock().unwrap().push(Order {
            id,
            user_id: user.to_owned(),
            items: vec![OrderItem {
                book_id,
                unit_price: Some(Money {
                    units: 47,
                    nanos: 990_000_000,
                }),
                quantity: 1,
                // As order stores it when the order is placed; the catalog may since have
                // renamed or deleted the book.
                title: format!("Book {book_id} as ordered"),
            }],
            total_price: Some(Money {
                units: 47,
                nanos: 990_000_000,
            }),
            status: 3,
            completed_steps: vec!["place_order".into(), "make_payment".into()],
            ..Order::default()
        });
    }

    pub fn add_payment(&self, id: i64, order_id: i64, user: &str) {
        self.payments.lock().unwrap().push(Payment {
            id,
            order_id,
            user_id: user.to_owned(),
            r#type: 1,
            card_brand: "visa".into(),
            card_last_four: "4242".into(),
            amount: Some(Money {
                units: 47,
                nanos: 990_000_000,
            }),
            status: 1,
            ..Payment::default()
        });
    }
}

fn authorization<T>(request: &Request<T>) -> Option<String> {
    request
        .metadata()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

pub struct Identity(pub Arc<World>);

impl Identity {
    /// Identity refuses anonymous calls, as the real one does.
    fn seen<T>(&self, request: &Request<T>) -> Result<(), Status> {
        let token = authorization(request);
        self.0.identity_tokens.lock().unwrap().push(token.clone());
        if self.0.refuse_tokens.load(Ordering::SeqCst) {
            return Err(Status::unauthenticated("the session has ended"));
        }
        token
            .map(|_| ())
            .ok_or_else(|| Status::unauthenticated("this call requires a bearer token"))
    }
}

#[tonic::async_trait]
impl UserService for Identity {
    async fn list_users(
        &self,
        request: Request<ListUsersRequest>,
    ) -> Result<Response<ListUsersResponse>, Status> {
        self.seen(&request)?;
        let filter = request.into_inner().email.unwrap_or_default();
        let users: Vec<User> = self
            .0
            .users
            .lock()
            .unwrap()
            .values()
            .filter(|u| u.email.contains(&filter))
            .cloned()
            .collect();
        Ok(Response::new(ListUsersResponse {
            total: i64::try_from(users.len()).unwrap(),
            users,
        }))
    }

    async fn get_user(
        &self,
        request: Request<GetUserRequest>,
    ) -> Result<Response<GetUserResponse>, Status> {
        self.seen(&request)?;
        let id = request.into_inner().id;
        let user = self.0.users.lock().unwrap().get(&id).cloned();
        user.map(|user| Response::new(GetUserResponse { user: Some(user) }))
            .ok_or_else(|| Status::not_found("no such user"))
    }

    async fn update_user(
        &self,
        request: Request<UpdateUserRequest>,
    ) -> Result<Response<UpdateUserResponse>, Status> {
        self.seen(&request)?;
        let sent = request.into_inner().user.unwrap_or_default();
        if sent.first_name.trim().is_empty() {
            return Err(Status::with_error_details(
                tonic::Code::InvalidArgument,
                "the request is not valid",
                ErrorDetails::with_bad_request_violation("user.first_name", "must not be blank"),
            ));
        }
        let mut users = self.0.users.lock().unwrap();
        let user = users
            .get_mut(&sent.id)
            .ok_or_else(|| Status::not_found("no such user"))?;
        user.first_name = sent.first_name;
        user.last_name = sent.last_name;
        user.phone = sent.phone;
        Ok(Response::new(UpdateUserResponse {
            user: Some(user.clone()),
        }))
    }

    async fn delete_user(
        &self,
        request: Request<DeleteUserRequest>,
    ) -> Result<Response<DeleteUserResponse>, Status> {
        self.seen(&request)?;
        if self.0.fail_next_delete.swap(false, Ordering::SeqCst) {
            return Err(Status::unavailable("the identity provider is down"));
        }
        let id = request.into_inner().id;
        match self.0.users.lock().unwrap().remove(&id) {
            Some(_) => Ok(Response::new(DeleteUserResponse {})),
            None => Err(Status::not_found("no such user")),
        }
    }
}

pub struct Catalog(pub Arc<World>);

#[tonic::async_trait]
impl BookService for Catalog {
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
        self.0.get_books_calls.fetch_add(1, Ordering::SeqCst);
        let ids = request.into_inner().ids;
        if ids.len() > 100 {
            return Err(Status::invalid_argument("at most 100 ids"));
        }
        let books = self.0.books.lock().unwrap();
        let mut response = GetBooksResponse::default();
        for id in ids {
            match books.get(&id) {
                Some(title) => response.books.push(Book {
                    id,
                    title: title.clone(),
                    ..Book::default()
                }),
                None => response.missing_ids.push(id),
            }
        }
        Ok(Response::new(response))
    }
}

pub struct Orders(pub Arc<World>);

#[tonic::async_trait]
impl OrderService for Orders {
    async fn list_orders(
        &self,
        request: Request<ListOrdersRequest>,
    ) -> Result<Response<ListOrdersResponse>, Status> {
        let request = request.into_inner();
        self.0
            .list_filters
            .lock()
            .unwrap()
            .push(request.user_id.clone());
        let orders: Vec<Order> = self
            .0
            .orders
            .lock()
            .unwrap()
            .iter()
            .filter(|o| request.user_id.as_ref().is_none_or(|u| *u == o.user_id))
            .filter(|o| request.status == 0 || request.status == o.status)
            .cloned()
            .collect();
        Ok(Response::new(ListOrdersResponse {
            total: i64::try_from(orders.len()).unwrap(),
            orders,
        }))
    }

    async fn get_order(
        &self,
        request: Request<GetOrderRequest>,
    ) -> Result<Response<GetOrderResponse>, Status> {
        let id = request.into_inner().id;
        let order = self
            .0
            .orders
            .lock()
            .unwrap()
            .iter()
            .find(|o| o.id == id)
            .cloned();
        order
            .map(|order| Response::new(GetOrderResponse { order: Some(order) }))
            .ok_or_else(|| Status::not_found("no such order"))
    }
}

pub struct Payments(pub Arc<World>);

#[tonic::async_trait]
impl PaymentService for Payments {
    async fn tokenize_card(
        &self,
        _: Request<TokenizeCardRequest>,
    ) -> Result<Response<TokenizeCardResponse>, Status> {
        Err(Status::unimplemented("not in this fake"))
    }

    async fn list_payments(
        &self,
        request: Request<ListPaymentsRequest>,
    ) -> Result<Response<ListPaymentsResponse>, Status> {
        let request = request.into_inner();
        self.0
            .list_filters
            .lock()
            .unwrap()
            .push(request.user_id.clone());
        let payments: Vec<Payment> = self
            .0
            .payments
            .lock()
            .unwrap()
            .iter()
            .filter(|p| request.user_id.as_ref().is_none_or(|u| *u == p.user_id))
            .filter(|p| request.order_id.is_none_or(|o| o == p.order_id))
            .cloned()
            .collect();
        Ok(Response::new(ListPaymentsResponse {
            total: i64::try_from(payments.len()).unwrap(),
            payments,
        }))
    }

    async fn get_payment(
        &self,
        request: Request<GetPaymentRequest>,
    ) -> Result<Response<GetPaymentResponse>, Status> {
        let id = request.into_inner().id;
        let payment = self
            .0
            .payments
            .lock()
            .unwrap()
            .iter()
            .find(|p| p.id == id)
            .cloned();
        payment
            .map(|payment| {
                Response::new(GetPaymentResponse {
                    payment: Some(payment),
                })
            })
            .ok_or_else(|| Status::not_found("no such payment"))
    }
}

/// Serve all four fakes, with gRPC health, on one ephemeral port; answers its URL.
pub async fn serve(world: Arc<World>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let incoming = tokio_stream::wrappers::TcpListenerStream::new(listener);
    let (_reporter, health) = tonic_health::server::health_reporter();
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(health)
            .add_service(UserServiceServer::new(Identity(Arc::clone(&world))))
            .add_service(BookServiceServer::new(Catalog(Arc::clone(&world))))
            .add_service(OrderServiceServer::new(Orders(Arc::clone(&world))))
            .add_service(PaymentServiceServer::new(Payments(world)))
            .serve_with_incoming(incoming),
    );
    format!("http://{addr}")
}
