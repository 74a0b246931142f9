//! The generated saga port (`application::port::saga`, from api/saga/bookstore_order_book_wf.yaml):
//! `run_<task>` decodes and validates a task's raw input, calls the worker, and maps its answer
//! to what the worker runtime reports; the typed start request has Conductor's shape.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use order::application::port::saga::{
    self, PlaceOrderRejection, PlaceOrderWorker, StartWorkflowRequest, TaskFailure, TaskOutcome,
    model,
};
use serde_json::json;

/// Answers by order id: 1 completes, 2 is not pending any more, 3 fails transiently.
struct Fake;

impl PlaceOrderWorker for Fake {
    async fn place_order(
        &self,
        input: model::PlaceOrderInput,
    ) -> Result<model::PlaceOrderOutput, TaskFailure<PlaceOrderRejection>> {
        match input.order_id {
            1 => Ok(model::PlaceOrderOutput {
                order_id: 1,
                user_id: "5f0c6b7e-2f8a-4d3c-9a51-0c2b8e6f1d42".parse().unwrap(),
                amount: "47.99".parse().unwrap(),
                items: vec![model::OrderItemCreate {
                    book_id: 42,
                    quantity: 2,
                }],
            }),
            2 => Err(TaskFailure::Rejected {
                reason: PlaceOrderRejection::OrderNotPending,
                detail: "order 2 is cancelled".into(),
            }),
            _ => Err(TaskFailure::Transient("database unavailable".into())),
        }
    }
}

#[tokio::test]
async fn a_completed_task_reports_its_typed_output_as_json() {
    let outcome = saga::run_place_order(&Fake, json!({"order_id": 1, "traceparent": null})).await;
    assert_eq!(
        outcome,
        TaskOutcome::Completed(json!({
            "order_id": 1,
            "user_id": "5f0c6b7e-2f8a-4d3c-9a51-0c2b8e6f1d42",
            "amount": "47.99",
            "items": [{"book_id": 42, "quantity": 2}],
        }))
    );
}

#[tokio::test]
async fn a_rejection_is_terminal_with_its_reason_code_and_a_transient_failure_is_retried() {
    assert_eq!(
        saga::run_place_order(&Fake, json!({"order_id": 2})).await,
        TaskOutcome::FailedTerminal("order_not_pending: order 2 is cancelled".into())
    );
    assert_eq!(
        saga::run_place_order(&Fake, json!({"order_id": 3})).await,
        TaskOutcome::Failed("database unavailable".into())
    );
}

#[tokio::test]
async fn an_input_that_does_not_decode_or_validate_fails_terminally() {
    for input in [
        json!({}),
        json!({"order_id": "one"}),
        json!({"order_id": 0}),
    ] {
        match saga::run_place_order(&Fake, input.clone()).await {
            TaskOutcome::FailedTerminal(reason) => {
                assert!(reason.starts_with("invalid_input: "), "{input}: {reason}")
            }
            other => panic!("{input}: {other:?}"),
        }
    }
}

#[test]
fn the_start_request_is_conductors_with_the_typed_input() {
    let input = model::OrderBookWfInput {
        order_id: 1001,
        card_token: "tok_abcdefghijklmnop".into(),
        traceparent: None,
    };
    let request = StartWorkflowRequest::new(input)
        .correlation_id("order-1001")
        .idempotency_key("order-1001");
    assert_eq!(
        serde_json::to_value(&request).unwrap(),
        json!({
            "name": "bookstore_order_book_wf",
            "version": 1,
            "input": {"order_id": 1001, "card_token": "tok_abcdefghijklmnop"},
            "correlationId": "order-1001",
            "idempotencyKey": "order-1001",
            "idempotencyStrategy": "RETURN_EXISTING",
        })
    );
    assert_eq!(saga::WORKFLOW_NAME, "bookstore_order_book_wf");
    assert_eq!(
        saga::TASK_TYPES,
        [
            "place_order",
            "change_order_status",
            "confirm_order",
            "cancel_order"
        ]
    );
}

#[test]
fn a_card_number_is_not_a_card_token() {
    use openapi_runtime::Validate;
    let input = model::OrderBookWfInput {
        order_id: 1001,
        card_token: "4111111111111111".into(),
        traceparent: None,
    };
    assert!(input.validate().is_err());
}
