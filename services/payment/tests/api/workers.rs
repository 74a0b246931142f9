//! The saga tasks called as the worker runtime calls them (`run_make_payment`,
//! `run_refund_payment` on a task's raw input): idempotency, races, declines, transient
//! failures, refunds — and no card number anywhere in the database afterwards.

use payment::application::port::saga::{TaskOutcome, run_make_payment, run_refund_payment};
use serde_json::json;

use crate::common::{
    ALL_CARDS, DECLINED, FLAKY, MASTERCARD, TestDb, VISA, backends, concurrent_backends,
    every_stored_text, make_input, paid_id, pay, tokenize, user,
};

/// How many charges the simulated gateway holds for `order` (a void is none).
async fn charges(db: &TestDb, order: i64) -> i64 {
    let sql = "SELECT COUNT(*) FROM sim_gateway_charge WHERE idempotency_key = ? AND voided = 0";
    match &db.database {
        service_kit::db::Database::Sqlite(pool) => sqlx::query_scalar(sql)
            .bind(order)
            .fetch_one(pool)
            .await
            .unwrap(),
        service_kit::db::Database::MySql(pool) => sqlx::query_scalar(sql)
            .bind(order)
            .fetch_one(pool)
            .await
            .unwrap(),
    }
}

fn refund_input(order: i64) -> serde_json::Value {
    json!({"order_id": order, "reason": "reserve_inventory failed: out_of_stock"})
}

#[tokio::test]
async fn the_same_make_payment_twice_charges_once() {
    for db in backends().await {
        let payments = db.payments();
        let customer = user();
        let token = tokenize(&payments, VISA, customer).await;
        let input = make_input(11, customer, "47.99", &token);
        let first = run_make_payment(&*payments, input.clone()).await;
        let second = run_make_payment(&*payments, input).await;
        assert_eq!(first, second, "{}", db.label);
        let TaskOutcome::Completed(output) = &first else {
            panic!("{}: {first:?}", db.label);
        };
        assert_eq!(output["status"], "paid");
        assert_eq!(charges(&db, 11).await, 1, "{}", db.label);
        let payment = payments
            .get_payment(
                payment::application::usecase::Viewer::Staff,
                payment::domain::PaymentId::new(paid_id(&first)).unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(payment.amount().get().to_string(), "47.99");
        assert_eq!(payment.card_brand().as_str(), "visa");
        assert_eq!(payment.card_last_four().as_str(), "4242");
        assert!(payment.paid_at().is_some());
    }
}

#[tokio::test]
async fn concurrent_deliveries_of_make_payment_charge_once() {
    for db in concurrent_backends().await {
        let payments = db.payments();
        let customer = user();
        let token = tokenize(&payments, MASTERCARD, customer).await;
        let input = make_input(21, customer, "10.00", &token);
        let runs = (0..8).map(|_| {
            let payments = payments.clone();
            let input = input.clone();
            tokio::spawn(async move { run_make_payment(&*payments, input).await })
        });
        let outcomes: Vec<TaskOutcome> = futures::future::join_all(runs)
            .await
            .into_iter()
            .map(Result::unwrap)
            .collect();
        let ids: Vec<i64> = outcomes.iter().map(paid_id).collect();
        assert!(
            ids.windows(2).all(|w| w[0] == w[1]),
            "{}: {ids:?}",
            db.label
        );
        assert_eq!(charges(&db, 21).await, 1, "{}", db.label);
    }
}

#[tokio::test]
async fn a_declined_card_stores_a_declined_payment_and_is_declined_again() {
    for db in backends().await {
        let payments = db.payments();
        let customer = user();
        let token = tokenize(&payments, DECLINED, customer).await;
        let input = make_input(31, customer, "5.00", &token);
        let declined = TaskOutcome::FailedTerminal("card_declined: card declined".to_owned());
        assert_eq!(run_make_payment(&*payments, input.clone()).await, declined);
        assert_eq!(run_make_payment(&*payments, input).await, declined);
        assert_eq!(charges(&db, 31).await, 0, "{}: nothing charged", db.label);
        let refund = run_refund_payment(&*payments, refund_input(31)).await;
        assert_eq!(
            refund,
            TaskOutcome::Completed(json!({"order_id": 31, "refunded": false}))
        );
    }
}

#[tokio::test]
async fn a_flaky_card_fails_transiently_twice_then_is_charged() {
    for db in backends().await {
        let payments = db.payments();
        let customer = user();
        let token = tokenize(&payments, FLAKY, customer).await;
        let input = make_input(41, customer, "12.30", &token);
        for attempt in 1..=2 {
            let outcome = run_make_payment(&*payments, input.clone()).await;
            assert!(
                matches!(&outcome, TaskOutcome::Failed(reason) if reason.contains("timed out")),
                "{}: attempt {attempt}: {outcome:?}",
                db.label
            );
        }
        let third = run_make_payment(&*payments, input).await;
        paid_id(&third);
        assert_eq!(charges(&db, 41).await, 1);
    }
}

#[tokio::test]
async fn refunds_are_idempotent_and_never_followed_by_a_charge() {
    for db in backends().await {
        let payments = db.payments();
        let customer = user();
        let nothing = run_refund_payment(&*payments, refund_input(51)).await;
        assert_eq!(
            nothing,
            TaskOutcome::Completed(json!({"order_id": 51, "refunded": false})),
            "{}: refund when nothing was charged",
            db.label
        );
        let paid = pay(&payments, 52, customer, "20.00", VISA).await;
        paid_id(&paid);
        let refunded = TaskOutcome::Completed(json!({"order_id": 52, "refunded": true}));
        assert_eq!(
            run_refund_payment(&*payments, refund_input(52)).await,
            refunded
        );
        assert_eq!(
            run_refund_payment(&*payments, refund_input(52)).await,
            refunded
        );
        let token = tokenize(&payments, VISA, customer).await;
        let again = run_make_payment(&*payments, make_input(52, customer, "20.00", &token)).await;
        assert!(
            matches!(&again, TaskOutcome::FailedTerminal(r) if r.starts_with("payment_refunded")),
            "{}: {again:?}",
            db.label
        );
        assert_eq!(charges(&db, 52).await, 1);
        let stored = payments
            .get_payment(
                payment::application::usecase::Viewer::Staff,
                payment::domain::PaymentId::new(paid_id(&paid)).unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(stored.status().as_str(), "refunded");
        assert!(stored.refunded_at().is_some());
    }
}

#[tokio::test]
async fn unknown_or_foreign_tokens_and_bad_input_are_terminal() {
    for db in backends().await {
        let payments = db.payments();
        let (owner, thief) = (user(), user());
        let token = tokenize(&payments, VISA, owner).await;
        let foreign = run_make_payment(&*payments, make_input(61, thief, "1.00", &token)).await;
        assert!(
            matches!(&foreign, TaskOutcome::FailedTerminal(r) if r.starts_with("unknown_card")),
            "{foreign:?}"
        );
        let unknown = make_input(62, owner, "1.00", "tok_00000000000000000000000000000000");
        let unknown = run_make_payment(&*payments, unknown).await;
        assert!(
            matches!(&unknown, TaskOutcome::FailedTerminal(r) if r.starts_with("unknown_card")),
            "{unknown:?}"
        );
        let not_a_token = run_make_payment(&*payments, make_input(63, owner, "1.00", VISA)).await;
        assert!(
            matches!(&not_a_token, TaskOutcome::FailedTerminal(r) if r.starts_with("invalid_input")),
            "{not_a_token:?}"
        );
        let zero = run_make_payment(&*payments, make_input(64, owner, "0.00", &token)).await;
        assert!(
            matches!(&zero, TaskOutcome::FailedTerminal(r) if r.starts_with("invalid_amount")),
            "{zero:?}"
        );
        assert_eq!(charges(&db, 61).await + charges(&db, 64).await, 0);
    }
}

#[tokio::test]
async fn the_database_never_holds_a_card_number() {
    for db in backends().await {
        let payments = db.payments();
        let customer = user();
        for (order, card) in (71..).zip(ALL_CARDS) {
            let _ = pay(&payments, order, customer, "9.99", card).await;
        }
        let _ = run_refund_payment(&*payments, refund_input(71)).await;
        let stored = every_stored_text(&db.database).await;
        assert!(
            stored.contains("4242"),
            "{}: the dump reads the rows",
            db.label
        );
        for card in ALL_CARDS {
            assert!(!stored.contains(card), "{}: {card} is stored", db.label);
        }
    }
}

/// How many charges of `order` the gateway holds and has not refunded.
async fn unrefunded(db: &TestDb, order: i64) -> i64 {
    let sql = "SELECT COUNT(*) FROM sim_gateway_charge \
               WHERE idempotency_key = ? AND voided = 0 AND refunded = 0";
    match &db.database {
        service_kit::db::Database::Sqlite(pool) => sqlx::query_scalar(sql)
            .bind(order)
            .fetch_one(pool)
            .await
            .unwrap(),
        service_kit::db::Database::MySql(pool) => sqlx::query_scalar(sql)
            .bind(order)
            .fetch_one(pool)
            .await
            .unwrap(),
    }
}

async fn status_of(payments: &payment::app::AppPayments, order: i64) -> Option<String> {
    let query = payment::application::port::repo::PaymentQuery {
        filter: payment::application::port::repo::PaymentFilter {
            order_id: Some(payment::domain::OrderId::new(order).unwrap()),
            ..Default::default()
        },
        ..Default::default()
    };
    let page = payments
        .list_payments(payment::application::usecase::Viewer::Staff, query)
        .await
        .unwrap()
        .unwrap();
    page.items.first().map(|p| p.status().as_str().to_owned())
}

#[tokio::test]
async fn a_refund_before_the_charge_voids_the_order() {
    for db in backends().await {
        let payments = db.payments();
        let customer = user();
        let token = tokenize(&payments, VISA, customer).await;
        let nothing = run_refund_payment(&*payments, refund_input(81)).await;
        assert_eq!(
            nothing,
            TaskOutcome::Completed(json!({"order_id": 81, "refunded": false}))
        );
        let late = run_make_payment(&*payments, make_input(81, customer, "8.00", &token)).await;
        assert!(
            matches!(&late, TaskOutcome::FailedTerminal(r) if r.starts_with("payment_refunded")),
            "{}: {late:?}",
            db.label
        );
        assert_eq!(charges(&db, 81).await, 0, "{}: never charged", db.label);
        assert_eq!(status_of(&payments, 81).await, None);
    }
}

#[tokio::test]
async fn a_charge_left_unrecorded_is_refunded_and_recorded_as_refunded() {
    use payment::application::port::gateway::{CardGateway, Charge};
    use payment::infrastructure::adapter::gateway::SimulatedGateway;
    for db in backends().await {
        let payments = db.payments();
        let customer = user();
        let token = tokenize(&payments, VISA, customer).await;
        // A delivery of make_payment that charged and died before recording the payment.
        let gateway = SimulatedGateway::new(db.database.clone());
        let charge = Charge {
            token: payment::domain::CardToken::parse(&token).unwrap(),
            customer,
            amount: payment::domain::Amount::from_cents(900).unwrap(),
            order: payment::domain::OrderId::new(82).unwrap(),
        };
        gateway.charge(&charge).await.unwrap();
        assert_eq!(unrefunded(&db, 82).await, 1);
        let refund = run_refund_payment(&*payments, refund_input(82)).await;
        assert_eq!(
            refund,
            TaskOutcome::Completed(json!({"order_id": 82, "refunded": true}))
        );
        assert_eq!(unrefunded(&db, 82).await, 0, "{}", db.label);
        let redelivered =
            run_make_payment(&*payments, make_input(82, customer, "9.00", &token)).await;
        assert!(
            matches!(&redelivered, TaskOutcome::FailedTerminal(r) if r.starts_with("payment_refunded")),
            "{redelivered:?}"
        );
        assert_eq!(status_of(&payments, 82).await.as_deref(), Some("refunded"));
        assert_eq!(charges(&db, 82).await, 1);
    }
}

#[tokio::test]
async fn a_refund_racing_the_charge_never_leaves_a_charge_standing() {
    for db in concurrent_backends().await {
        let payments = db.payments();
        let customer = user();
        let token = tokenize(&payments, MASTERCARD, customer).await;
        for order in 200..230 {
            let pay = {
                let payments = payments.clone();
                let input = make_input(order, customer, "3.50", &token);
                tokio::spawn(async move { run_make_payment(&*payments, input).await })
            };
            let refund = {
                let payments = payments.clone();
                tokio::spawn(
                    async move { run_refund_payment(&*payments, refund_input(order)).await },
                )
            };
            let (paid, refunded) = (pay.await.unwrap(), refund.await.unwrap());
            assert!(
                !matches!(paid, TaskOutcome::Failed(_)),
                "{}: order {order}: {paid:?}",
                db.label
            );
            assert!(
                matches!(refunded, TaskOutcome::Completed(_)),
                "{refunded:?}"
            );
            assert_eq!(
                unrefunded(&db, order).await,
                0,
                "{}: order {order}",
                db.label
            );
            let status = status_of(&payments, order).await;
            assert_ne!(
                status.as_deref(),
                Some("paid"),
                "{}: order {order}",
                db.label
            );
        }
    }
}
