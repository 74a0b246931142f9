//! With the real embedded orchestrator (in-process, port 0): order registers the generated
//! definitions, starts the saga, and its in-process workers run their tasks; payment's and
//! inventory's tasks are run here by stand-in workers on the kit's worker runtime. A success
//! ends `confirmed`, an out-of-stock ends `cancelled` with a readable reason after the
//! compensations, and a cancel through the API runs the failure workflow.

use std::sync::Arc;
use std::time::{Duration, Instant};

use order::app::SqlOrderService;
use order::infrastructure::adapter::conductor::ConductorSaga;
use order::infrastructure::adapter::protostub::{CatalogPrices, PaymentVault};
use serde_json::{Value, json};
use service_kit::Secret;
use service_kit::testing::{Backend, spawn_service};
use service_kit::worker::{Outcome, Worker, WorkerConfig, WorkerRuntime};

use crate::common::fakes::{FakePayment, serve_fakes};
use crate::common::{ALICE, CARD, order_body};

fn worker_config(url: &str) -> WorkerConfig {
    let mut config = WorkerConfig::new(url.parse().unwrap());
    config.poll_timeout = Duration::from_millis(200);
    config.error_backoff = Duration::from_millis(100);
    config
}

/// Payment and inventory as the saga needs them: book 3 is never in stock.
fn stand_ins(url: &str) -> WorkerRuntime {
    WorkerRuntime::new(worker_config(url))
        .unwrap()
        .with(Worker::new("make_payment", 4, |input: Value| async move {
            // 90.00 (three copies of book 2): the gateway stays busy, so the saga waits in
            // make_payment's retries long enough to be cancelled.
            if input["amount"] == "90.00" {
                Outcome::Failed("the gateway is busy".into())
            } else {
                Outcome::Completed(json!({"payment_id": 1, "status": "paid"}))
            }
        }))
        .with(Worker::new(
            "reserve_inventory",
            4,
            |input: Value| async move {
                let items = input["items"].as_array().cloned().unwrap_or_default();
                if items.iter().any(|i| i["book_id"] == 3) {
                    Outcome::FailedTerminal("out_of_stock: book 3: 0 of 1 available".into())
                } else {
                    Outcome::Completed(json!({"order_id": input["order_id"], "reserved": []}))
                }
            },
        ))
        .with(Worker::new("release_inventory", 4, |_| async {
            Outcome::Completed(json!({"released": false}))
        }))
        .with(Worker::new("refund_payment", 4, |_| async {
            Outcome::Completed(json!({"refunded": true}))
        }))
}

async fn wait_for(http: &reqwest::Client, url: &str, token: &str, status: &str) -> Value {
    wait_until(http, url, token, |order| order["status"] == status).await
}

async fn wait_until(
    http: &reqwest::Client,
    url: &str,
    token: &str,
    done: impl Fn(&Value) -> bool,
) -> Value {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let order: Value = http
            .get(url)
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        if done(&order) {
            return order;
        }
        assert!(Instant::now() < deadline, "never got there: {order}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn the_saga_runs_to_confirmed_and_compensates_to_cancelled() {
    service_kit::telemetry::init_for_tests();
    let dir = tempfile::tempdir().unwrap();
    let settings = orchestrator::config::Settings {
        http_addr: "127.0.0.1:0".parse().unwrap(),
        database_url: Some(Secret::new(format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("o.db").display()
        ))),
        drain_delay_ms: 0,
        sweep_interval_ms: 20,
        ..orchestrator::config::Settings::default()
    };
    let running = orchestrator::app::start(settings.clone()).await.unwrap();
    let conductor_url = running.server_url(&settings);

    let payment = Arc::new(FakePayment::default());
    let fakes = serve_fakes(payment).await;
    let url = conductor_url.clone();
    let service = spawn_service(
        crate::common::runtime(),
        Backend::Sqlite,
        &[],
        move |ctx| async move {
            let timeout = Duration::from_secs(5);
            let saga = ConductorSaga::new(&url, timeout)?;
            saga.register_definitions().await?;
            let books = CatalogPrices::connect_lazy(&fakes, timeout)?;
            let cards = PaymentVault::connect_lazy(&fakes, timeout)?;
            let (routes, orders): (_, Arc<SqlOrderService<_, _, _>>) =
                order::app::routes(&ctx, books, cards, Arc::new(saga));
            order::app::spawn_workers(&ctx, &orders, worker_config(&url), 4)?;
            Ok(routes)
        },
    )
    .await;

    let http = reqwest::Client::new();
    for name in ["bookstore_order_book_wf", "bookstore_order_book_failure_wf"] {
        let found = http
            .get(format!("{conductor_url}/metadata/workflow/{name}"))
            .send()
            .await
            .unwrap();
        assert_eq!(found.status().as_u16(), 200, "{name} is registered");
    }
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let workers = tokio::spawn(stand_ins(&conductor_url).run(async move {
        let _ = stopped.await;
    }));

    let mut claims = service.issuer.claims(&["order", "view"], u64::MAX / 2, 0);
    claims["sub"] = json!(ALICE);
    let token = service.issuer.sign(&claims);
    let place = |lines: &'static [(i64, i64)]| {
        let (http, token, base) = (http.clone(), token.clone(), service.base_url.clone());
        async move {
            let response = http
                .post(format!("{base}/api/v1/orders"))
                .bearer_auth(&token)
                .json(&order_body(lines, CARD))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status().as_u16(), 202);
            format!("{base}{}", response.headers()["location"].to_str().unwrap())
        }
    };

    let confirmed = wait_for(&http, &place(&[(1, 1), (2, 2)]).await, &token, "confirmed").await;
    assert_eq!(
        confirmed["steps_done"],
        json!([
            "place_order",
            "make_payment",
            "change_order_status",
            "reserve_inventory",
            "confirm_order"
        ])
    );

    let cancelled = wait_for(&http, &place(&[(1, 1), (3, 1)]).await, &token, "cancelled").await;
    assert_eq!(
        cancelled["failure_reason"],
        "Domain-Driven Design is out of stock"
    );
    assert_eq!(
        cancelled["steps_done"],
        json!([
            "place_order",
            "make_payment",
            "change_order_status",
            "refund_payment",
            "cancel_order"
        ])
    );

    // Cancelled by the customer while the saga runs: the failure workflow compensates.
    let waiting = place(&[(2, 3)]).await;
    wait_until(&http, &waiting, &token, |order| {
        order["steps_done"] == json!(["place_order"])
    })
    .await;
    let cancel = http
        .post(format!("{waiting}/cancel"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(cancel.status().as_u16(), 202);
    let cancelled = wait_for(&http, &waiting, &token, "cancelled").await;
    assert_eq!(cancelled["failure_reason"], "cancelled by the customer");
    assert_eq!(
        cancelled["steps_done"],
        json!(["place_order", "refund_payment", "cancel_order"])
    );
    let again = http
        .post(format!("{waiting}/cancel"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status().as_u16(), 409);

    let _ = stop.send(());
    workers.await.unwrap();
    drop(service);
    running.shutdown.trigger();
}
