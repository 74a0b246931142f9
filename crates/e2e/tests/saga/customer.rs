//! The customer façade on the real processes (issue 12): a customer signed up at identity keeps
//! a wishlist with the catalog's titles, sees the order they placed at order and its payment
//! through customer, staff grant points, and a downstream that dies is a 503 with `Retry-After`
//! that `/readyz` names.

use std::time::Duration;

use serde_json::{Value, json};

use crate::harness::orders::CARD_OK;
use crate::harness::{Bookstore, Db};

const WAIT: Duration = Duration::from_secs(60);

/// The customer's id: their token's subject, as identity reports it.
async fn me(b: &Bookstore, token: &str) -> String {
    let me = b
        .expect(
            b.http
                .get(b.url("identity", "/api/v1/users/me"))
                .bearer_auth(token),
            200,
        )
        .await;
    me["id"].as_str().expect("an id").to_owned()
}

async fn get(b: &Bookstore, token: &str, path: &str, status: u16) -> Value {
    b.expect(
        b.http.get(b.url("customer", path)).bearer_auth(token),
        status,
    )
    .await
}

async fn scenario(db: Db) {
    let Some(mut b) = Bookstore::start(db).await else {
        return;
    };
    let token = b.customer_token().await;
    let id = me(&b, &token).await;
    let book = b.seed_book("The Customer's Book", "12.50").await;
    let warehouse = b.seed_warehouse(100).await;
    b.seed_stock(book, warehouse, 10).await;

    // The profile comes from identity, asked with the customer's own token.
    let profile = get(&b, &token, &format!("/api/v1/customers/{id}"), 200).await;
    assert_eq!(profile["first_name"], "Casey");

    // The wishlist, with the catalog's title; another customer cannot even see it exists.
    let added = b
        .expect(
            b.http
                .post(b.url(
                    "customer",
                    &format!("/api/v1/customers/{id}/wishlist/items"),
                ))
                .bearer_auth(&token)
                .json(&json!({ "book_id": book })),
            201,
        )
        .await;
    assert_eq!(added["title"], "The Customer's Book");
    let wishlist = get(&b, &token, &format!("/api/v1/customers/{id}/wishlist"), 200).await;
    assert_eq!(wishlist["items"][0]["title"], "The Customer's Book");
    let other = b.customer_token().await;
    get(&b, &other, &format!("/api/v1/customers/{id}/wishlist"), 404).await;

    // An order placed at order, carried by the saga, seen through customer with its payment.
    let order = b.place_order(&token, &[(book, 2)], CARD_OK).await;
    let order_id = order["id"].as_i64().expect("an order id");
    b.wait_order(order_id, Some("confirmed"), WAIT).await;
    let orders = get(&b, &token, &format!("/api/v1/customers/{id}/orders"), 200).await;
    assert_eq!(orders["total"], 1);
    assert_eq!(orders["items"][0]["id"], order_id);
    assert_eq!(
        orders["items"][0]["items"][0]["title"],
        "The Customer's Book"
    );
    assert_eq!(orders["items"][0]["total_price"], "25.00");
    get(
        &b,
        &token,
        &format!("/api/v1/customers/{id}/orders/{order_id}"),
        200,
    )
    .await;
    let payments = get(
        &b,
        &token,
        &format!("/api/v1/customers/{id}/payments?order_id={order_id}"),
        200,
    )
    .await;
    assert_eq!(payments["total"], 1);
    assert_eq!(payments["items"][0]["status"], "paid");
    let other_id = me(&b, &other).await;
    get(
        &b,
        &other,
        &format!("/api/v1/customers/{other_id}/orders"),
        200,
    )
    .await;
    get(
        &b,
        &other,
        &format!("/api/v1/customers/{other_id}/orders/{order_id}"),
        404,
    )
    .await;

    // Staff grant points; the customer reads the balance and the ledger.
    let staff = b.staff_token().await;
    let granted = b
        .expect(
            b.http
                .post(b.url(
                    "customer",
                    &format!("/api/v1/customers/{id}/point/transactions"),
                ))
                .bearer_auth(&staff)
                .json(&json!({ "delta": 250, "reason": "first order" })),
            201,
        )
        .await;
    assert_eq!(granted["balance_after"], 250);
    let point = get(&b, &token, &format!("/api/v1/customers/{id}/point"), 200).await;
    assert_eq!(point["balance"], 250);

    // The catalog dies: adding a book is a prompt 503 with Retry-After, /readyz names catalog.
    b.kill9("catalog");
    let response = b
        .http
        .post(b.url(
            "customer",
            &format!("/api/v1/customers/{id}/wishlist/items"),
        ))
        .bearer_auth(&token)
        .json(&json!({ "book_id": book }))
        .send()
        .await
        .expect("customer answers");
    assert_eq!(response.status().as_u16(), 503);
    assert_eq!(
        response
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok()),
        Some("1")
    );
    let ready = b
        .http
        .get(b.url("customer", "/readyz"))
        .send()
        .await
        .expect("customer answers /readyz");
    assert_eq!(ready.status().as_u16(), 503);
    let report: Value = ready.json().await.expect("a readiness report");
    let failing: Vec<&str> = report["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .filter(|c| c["ok"] == false)
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert_eq!(failing, vec!["catalog"], "{report}");
    b.restart("catalog").await;
    b.wait_ready("customer").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn customer_facade_on_sqlite() {
    scenario(Db::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn customer_facade_on_mariadb() {
    scenario(Db::MariaDb).await;
}
