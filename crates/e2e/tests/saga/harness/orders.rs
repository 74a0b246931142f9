//! The order saga through order's and payment's public APIs: place, watch and cancel orders, read
//! payments, and wait until the orchestrator runs no saga any more.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::Bookstore;
use super::api::answer;

/// The saga and its failure workflow, as order registers them.
pub const SAGA: &str = "bookstore_order_book_wf";
pub const FAILURE_WF: &str = "bookstore_order_book_failure_wf";

/// The payment service's test cards.
pub const CARD_OK: &str = "4242424242424242";
pub const CARD_DECLINED: &str = "4000000000000002";
pub const CARD_FLAKY: &str = "4000000000000119";
/// Every test card a run may use (none may appear in a log or database file).
pub const TEST_CARDS: &[&str] = &[CARD_OK, CARD_DECLINED, CARD_FLAKY];

/// The forward steps of the saga, in order.
pub const FORWARD_STEPS: &[&str] = &[
    "place_order",
    "make_payment",
    "change_order_status",
    "reserve_inventory",
    "confirm_order",
];

/// Statuses an order ends in.
pub const FINAL: &[&str] = &["confirmed", "cancelled"];

/// A money string (`"12.50"`) in cents.
///
/// # Panics
/// Not a money string.
pub fn cents(money: &Value) -> i64 {
    let text = money.as_str().unwrap_or_else(|| panic!("money: {money}"));
    let (units, fraction) = text
        .split_once('.')
        .unwrap_or_else(|| panic!("money: {text}"));
    let units: i64 = units.parse().expect("money units");
    let fraction: i64 = fraction.parse().expect("money cents");
    units * 100 + if units < 0 { -fraction } else { fraction }
}

/// `(book, quantity)` lines as the order API takes them.
pub fn items(lines: &[(i64, i64)]) -> Value {
    Value::Array(
        lines
            .iter()
            .map(|(book, quantity)| json!({ "book_id": book, "quantity": quantity }))
            .collect(),
    )
}

impl Bookstore {
    /// Place an order as `token` (202 expected) with a fresh `Idempotency-Key`: the order as
    /// order answers it. A 503 (order could not reach catalog or payment in time: a burst of
    /// 100 orders on a loaded machine) is retried with the same key, as the spec tells clients
    /// to; any other answer is final.
    pub async fn place_order(&self, token: &str, lines: &[(i64, i64)], card: &str) -> Value {
        let key = uuid::Uuid::new_v4().to_string();
        let body = json!({
            "items": items(lines),
            "payment": { "type": "card", "card_number": card },
        });
        let place = || {
            self.http
                .post(self.url("order", "/api/v1/orders"))
                .bearer_auth(token)
                .header("Idempotency-Key", &key)
                .json(&body)
        };
        let mut attempt = 1;
        loop {
            let response = place().send().await.expect("order answers");
            if response.status() != reqwest::StatusCode::SERVICE_UNAVAILABLE || attempt == 5 {
                return answer(response, 202).await;
            }
            tokio::time::sleep(Duration::from_millis(250 * attempt)).await;
            attempt += 1;
        }
    }

    /// An order as staff see it.
    pub async fn order(&self, id: i64) -> Value {
        let staff = self.staff_token().await;
        self.expect(
            self.http
                .get(self.url("order", &format!("/api/v1/orders/{id}")))
                .bearer_auth(&staff),
            200,
        )
        .await
    }

    /// Wait until order `id` has `status` (or, with `None`, any final status) and return it.
    ///
    /// # Panics
    /// Not reached within `timeout`.
    pub async fn wait_order(&self, id: i64, status: Option<&str>, timeout: Duration) -> Value {
        let deadline = Instant::now() + timeout;
        loop {
            let order = self.order(id).await;
            let now = order["status"].as_str().unwrap_or_default();
            if status.map_or(FINAL.contains(&now), |s| s == now) {
                return order;
            }
            assert!(
                Instant::now() < deadline,
                "order {id} is not {} after {timeout:?}: {order:#}\n{}",
                status.unwrap_or("confirmed or cancelled"),
                self.process_warnings()
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Every order (staff, all pages).
    pub async fn all_orders(&self) -> Vec<Value> {
        self.pages("order", "/api/v1/orders").await
    }

    /// Every payment (staff, all pages).
    pub async fn all_payments(&self) -> Vec<Value> {
        self.pages("payment", "/api/v1/payments").await
    }

    async fn pages(&self, service: &str, path: &str) -> Vec<Value> {
        let staff = self.staff_token().await;
        let mut all = Vec::new();
        loop {
            let page = self
                .expect(
                    self.http
                        .get(self.url(
                            service,
                            &format!("{path}?limit=100&offset={}&sort=id&order=asc", all.len()),
                        ))
                        .bearer_auth(&staff),
                    200,
                )
                .await;
            let items = page["items"].as_array().cloned().unwrap_or_default();
            let total = page["total"].as_u64().unwrap_or_default() as usize;
            let empty = items.is_empty();
            all.extend(items);
            if empty || all.len() >= total {
                return all;
            }
        }
    }

    /// The payments of one order (there should be at most one).
    pub async fn payments_of(&self, order_id: i64) -> Vec<Value> {
        let staff = self.staff_token().await;
        self.expect(
            self.http
                .get(self.url(
                    "payment",
                    &format!("/api/v1/payments?order_id={order_id}&limit=100"),
                ))
                .bearer_auth(&staff),
            200,
        )
        .await["items"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Cancel an order as `token`: the status answered and the body.
    pub async fn cancel_order(&self, token: &str, id: i64) -> (u16, Value) {
        let response = self
            .http
            .post(self.url("order", &format!("/api/v1/orders/{id}/cancel")))
            .bearer_auth(token)
            .send()
            .await
            .expect("order answers");
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(Value::Null))
    }

    /// The workflows (with their tasks) of definition `name` run for order `id`, closed ones too.
    pub async fn sagas_of(&self, name: &str, id: i64) -> Vec<Value> {
        self.expect(
            self.http.get(self.url(
                "orchestrator",
                &format!(
                    "/api/workflow/{name}/correlated/order-{id}?includeClosed=true&includeTasks=true"
                ),
            )),
            200,
        )
        .await
        .as_array()
        .cloned()
        .unwrap_or_default()
    }

    /// The ids of the running workflows of both saga definitions.
    pub async fn running_sagas(&self) -> Vec<String> {
        let mut ids = Vec::new();
        for name in [SAGA, FAILURE_WF] {
            let running = self
                .http
                .get(self.url("orchestrator", &format!("/api/workflow/running/{name}")))
                .send()
                .await
                .expect("the orchestrator answers");
            if running.status().is_success() {
                let list: Vec<String> = running.json().await.unwrap_or_default();
                ids.extend(list);
            }
        }
        ids
    }

    /// Wait until no saga runs and no order is `pending`/`paid` (a saga not started yet is
    /// started by order within seconds), or `timeout` passes: the orders then.
    pub async fn wait_settled(&self, timeout: Duration) -> Vec<Value> {
        let deadline = Instant::now() + timeout;
        loop {
            let running = self.running_sagas().await;
            let orders = self.all_orders().await;
            let open = orders
                .iter()
                .any(|o| !FINAL.contains(&o["status"].as_str().unwrap_or_default()));
            if (running.is_empty() && !open) || Instant::now() > deadline {
                return orders;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
}

/// `(book → copies)` of an order's items.
pub fn ordered_copies(order: &Value) -> BTreeMap<i64, i64> {
    let mut copies = BTreeMap::new();
    for item in order["items"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        *copies
            .entry(item["book_id"].as_i64().unwrap_or_default())
            .or_default() += item["quantity"].as_i64().unwrap_or_default();
    }
    copies
}
