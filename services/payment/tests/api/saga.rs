//! The real saga definitions (`deploy/conductor`, generated from `api/saga`) on the real embedded
//! orchestrator, with payment as `main.rs` starts it (its workers polling over HTTP) and stub
//! workers standing in for order and inventory. The card number crosses only `TokenizeCard`;
//! afterwards neither payment's database nor the orchestrator's holds it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use payment::application::port::pb::bookstore::payment::v1 as pb;
use serde_json::{Value, json};
use service_kit::testing::{Backend, spawn_service};
use service_kit::worker::{Outcome, Worker, WorkerConfig, WorkerRuntime};

use crate::common::{DECLINED, FLAKY, GrpcClient, VISA, user};

const TASKDEFS: &str = include_str!("../../../../deploy/conductor/taskdefs.json");
const WORKFLOW: &str = include_str!("../../../../deploy/conductor/bookstore_order_book_wf.json");
const FAILURE: &str =
    include_str!("../../../../deploy/conductor/bookstore_order_book_failure_wf.json");

const PATIENCE: Duration = Duration::from_secs(40);

/// What the stub order and inventory know of an order, and what they saw.
#[derive(Default)]
struct Orders {
    /// order → (user id, amount, out of stock?)
    placed: HashMap<i64, (String, String, bool)>,
    /// order → the `refunded` its cancel_order received
    cancelled: HashMap<i64, Value>,
}

fn stubs(url: &str, orders: &Arc<Mutex<Orders>>) -> WorkerRuntime {
    let mut config = WorkerConfig::new(url.parse().unwrap());
    config.poll_timeout = Duration::from_millis(200);
    config.error_backoff = Duration::from_millis(50);
    let place = Arc::clone(orders);
    let reserve = Arc::clone(orders);
    let cancel = Arc::clone(orders);
    WorkerRuntime::new(config)
        .unwrap()
        .with(Worker::new("place_order", 4, move |input: Value| {
            let order = input["order_id"].as_i64().unwrap_or(0);
            let placed = place.lock().unwrap().placed.get(&order).cloned();
            async move {
                let Some((user_id, amount, _)) = placed else {
                    return Outcome::FailedTerminal("order_not_pending: unknown".into());
                };
                Outcome::Completed(json!({
                    "order_id": order, "user_id": user_id, "amount": amount,
                    "items": [{"book_id": 1, "quantity": 1}],
                }))
            }
        }))
        .with(Worker::new(
            "change_order_status",
            4,
            |input: Value| async move {
                Outcome::Completed(json!({"order_id": input["order_id"], "status": "paid"}))
            },
        ))
        .with(Worker::new("reserve_inventory", 4, move |input: Value| {
            let order = input["order_id"].as_i64().unwrap_or(0);
            let short = reserve
                .lock()
                .unwrap()
                .placed
                .get(&order)
                .is_some_and(|p| p.2);
            async move {
                if short {
                    Outcome::FailedTerminal(
                        "out_of_stock: only 0 copies of Refactoring left".into(),
                    )
                } else {
                    Outcome::Completed(json!({"order_id": order, "reserved": []}))
                }
            }
        }))
        .with(Worker::new("confirm_order", 4, |input: Value| async move {
            Outcome::Completed(json!({"order_id": input["order_id"], "status": "confirmed"}))
        }))
        .with(Worker::new(
            "release_inventory",
            4,
            |input: Value| async move {
                Outcome::Completed(json!({"order_id": input["order_id"], "released": false}))
            },
        ))
        .with(Worker::new("cancel_order", 4, move |input: Value| {
            let order = input["order_id"].as_i64().unwrap_or(0);
            cancel
                .lock()
                .unwrap()
                .cancelled
                .insert(order, input["refunded"].clone());
            async move { Outcome::Completed(json!({"order_id": order, "status": "cancelled"})) }
        }))
}

async fn post(http: &reqwest::Client, url: String, body: &Value) -> reqwest::Response {
    let response = http.post(url).json(body).send().await.unwrap();
    assert!(response.status().is_success(), "{}", response.status());
    response
}

async fn wait_until<F: Fn() -> Option<T>, T>(what: &str, check: F) -> T {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        if let Some(done) = check() {
            return done;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{what} never happened"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn workflow_status(http: &reqwest::Client, base: &str, id: &str) -> Value {
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let workflow: Value = http
            .get(format!("{base}/workflow/{id}"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let status = workflow["status"].as_str().unwrap_or("").to_owned();
        if status != "RUNNING" && !status.is_empty() {
            return workflow;
        }
        assert!(tokio::time::Instant::now() < deadline, "{workflow:#}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn payment_of(grpc: &GrpcClient, order: i64) -> Option<pb::Payment> {
    let request = pb::ListPaymentsRequest {
        order_id: Some(order),
        ..Default::default()
    };
    let page: pb::ListPaymentsResponse = grpc.call("ListPayments", request).await.unwrap();
    page.payments.into_iter().next()
}

#[tokio::test]
async fn the_saga_pays_declines_retries_and_refunds_through_the_orchestrator() {
    service_kit::telemetry::init_for_tests();
    let dir = tempfile::tempdir().unwrap();
    let orchestrator_db = dir.path().join("orchestrator.db");
    let payment_db = dir.path().join("payment.db");
    let settings = orchestrator::config::Settings {
        http_addr: "127.0.0.1:0".parse().unwrap(),
        database_url: Some(service_kit::Secret::new(format!(
            "sqlite://{}?mode=rwc",
            orchestrator_db.display()
        ))),
        drain_delay_ms: 0,
        sweep_interval_ms: 20,
        ..orchestrator::config::Settings::default()
    };
    let running = orchestrator::app::start(settings.clone()).await.unwrap();
    let base = running.server_url(&settings);
    let http = reqwest::Client::new();
    let taskdefs: Value = serde_json::from_str(TASKDEFS).unwrap();
    post(&http, format!("{base}/metadata/taskdefs"), &taskdefs).await;
    for definition in [FAILURE, WORKFLOW] {
        let definition: Value = serde_json::from_str(definition).unwrap();
        post(&http, format!("{base}/metadata/workflow"), &definition).await;
    }

    let url = base.clone();
    let payment_url = format!("sqlite://{}?mode=rwc", payment_db.display());
    let service = spawn_service(
        payment::app::runtime(),
        Backend::Sqlite,
        &[("DATABASE_URL", payment_url.as_str())],
        move |ctx| {
            payment::app::build_with(ctx, move || {
                WorkerConfig::from_env_with(|name| {
                    (name == "CONDUCTOR_SERVER_URL").then(|| url.clone())
                })
            })
        },
    )
    .await;
    let grpc = GrpcClient::connect(&service).await;
    let orders = Arc::new(Mutex::new(Orders::default()));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let stub_runtime = tokio::spawn(stubs(&base, &orders).run(async move {
        let _ = stopped.await;
    }));

    // order, card, amount, out of stock
    let cases = [
        (101, VISA, "47.99", false),
        (102, DECLINED, "5.00", false),
        (103, FLAKY, "12.30", false),
        (104, VISA, "20.00", true),
    ];
    let mut started = Vec::new();
    for (order, card, amount, short) in cases {
        let customer = user().to_string();
        let token: pb::TokenizeCardResponse = grpc
            .call(
                "TokenizeCard",
                pb::TokenizeCardRequest {
                    card_number: card.to_owned(),
                    user_id: customer.clone(),
                },
            )
            .await
            .unwrap();
        orders
            .lock()
            .unwrap()
            .placed
            .insert(order, (customer, amount.to_owned(), short));
        let request = json!({"name": "bookstore_order_book_wf", "version": 1,
                             "input": {"order_id": order, "card_token": token.card_token}});
        let id = post(&http, format!("{base}/workflow"), &request)
            .await
            .text()
            .await
            .unwrap();
        started.push((order, id));
    }

    let ids: HashMap<i64, String> = started.into_iter().collect();
    let paid = workflow_status(&http, &base, &ids[&101]).await;
    assert_eq!(paid["status"], "COMPLETED", "{paid:#}");
    let p = payment_of(&grpc, 101).await.unwrap();
    assert_eq!(paid["output"]["payment_id"], p.id);
    assert_eq!(p.status, pb::PaymentStatus::Paid as i32);

    let declined = workflow_status(&http, &base, &ids[&102]).await;
    assert_eq!(declined["status"], "FAILED");
    let refunded = wait_until("order 102 cancelled", || {
        orders.lock().unwrap().cancelled.get(&102).cloned()
    })
    .await;
    assert_eq!(refunded, json!(false), "nothing was charged");
    let p = payment_of(&grpc, 102).await.unwrap();
    assert_eq!(p.status, pb::PaymentStatus::Declined as i32);

    let flaky = workflow_status(&http, &base, &ids[&103]).await;
    assert_eq!(flaky["status"], "COMPLETED", "{flaky:#}");
    let attempts = flaky["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["taskType"] == "make_payment")
        .count();
    assert_eq!(attempts, 3, "two transient failures, then the charge");

    let short = workflow_status(&http, &base, &ids[&104]).await;
    assert_eq!(short["status"], "FAILED");
    let refunded = wait_until("order 104 cancelled", || {
        orders.lock().unwrap().cancelled.get(&104).cloned()
    })
    .await;
    assert_eq!(refunded, json!(true), "the charge was refunded");
    let p = payment_of(&grpc, 104).await.unwrap();
    assert_eq!(p.status, pb::PaymentStatus::Refunded as i32);

    let _ = stop.send(());
    stub_runtime.await.unwrap();
    service.shutdown().await.unwrap();
    running.shutdown.trigger();
    running.wait().await.unwrap();
    // The card numbers crossed TokenizeCard only: no database file holds one.
    let mut read = 0;
    for file in std::fs::read_dir(dir.path()).unwrap() {
        let path = file.unwrap().path();
        // A SQLite journal removed at close is gone by now.
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        read += 1;
        let text = String::from_utf8_lossy(&bytes);
        for card in [VISA, DECLINED, FLAKY] {
            assert!(!text.contains(card), "{} holds {card}", path.display());
        }
    }
    assert!(read >= 2, "both databases were read");
}
