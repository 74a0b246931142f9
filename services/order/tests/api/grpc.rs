//! `bookstore.order.v1.OrderService` (internal, no token).

use order::application::port::pb::bookstore::order::v1::order_service_client::OrderServiceClient;
use order::application::port::pb::bookstore::order::v1::{
    GetOrderRequest, ListOrdersRequest, OrderStatus,
};

use crate::common::{ALICE, BOB, spawn_app};

#[tokio::test]
async fn orders_are_listed_and_read_over_grpc() {
    let app = spawn_app().await;
    let id = app.place_ok(ALICE).await;
    app.place_ok(BOB).await;
    let mut client = OrderServiceClient::new(app.grpc_channel().await);
    let all = client
        .list_orders(ListOrdersRequest::default())
        .await
        .unwrap()
        .into_inner();
    assert_eq!(all.total, 2);
    let alices = client
        .list_orders(ListOrdersRequest {
            user_id: Some(ALICE.into()),
            status: OrderStatus::Pending.into(),
            ..ListOrdersRequest::default()
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(alices.total, 1);
    assert_eq!(alices.orders[0].id, id);
    let order = client
        .get_order(GetOrderRequest { id })
        .await
        .unwrap()
        .into_inner()
        .order
        .unwrap();
    let total = order.total_price.unwrap();
    assert_eq!((total.units, total.nanos), (125, 980_000_000));
    assert_eq!(order.items.len(), 2);
    let missing = client
        .get_order(GetOrderRequest { id: 999 })
        .await
        .unwrap_err();
    assert_eq!(missing.code(), tonic::Code::NotFound);
    let bad = client
        .list_orders(ListOrdersRequest {
            user_id: Some("nope".into()),
            ..ListOrdersRequest::default()
        })
        .await
        .unwrap_err();
    assert_eq!(bad.code(), tonic::Code::InvalidArgument);
}
