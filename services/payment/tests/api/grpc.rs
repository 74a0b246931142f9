//! The internal gRPC API: TokenizeCard (the one call carrying a card number), GetPayment and
//! ListPayments.

use payment::application::port::pb::bookstore::payment::v1 as pb;
use tonic::Code;
use tonic_types::StatusExt;

use crate::common::{
    DECLINED, MASTERCARD, VISA, backends, every_stored_text, paid_id, pay, spawn_app, user,
};

fn violations(status: &tonic::Status) -> Vec<String> {
    status
        .get_details_bad_request()
        .map(|b| b.field_violations.into_iter().map(|v| v.field).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn tokenize_card_returns_a_token_and_refuses_bad_numbers() {
    for db in backends().await {
        let payments = db.payments();
        let app = spawn_app(&payments).await;
        let customer = user().to_string();
        let card = |number: &str| pb::TokenizeCardRequest {
            card_number: number.to_owned(),
            user_id: customer.clone(),
        };
        let token: pb::TokenizeCardResponse = app
            .grpc
            .call("TokenizeCard", card(MASTERCARD))
            .await
            .unwrap();
        assert!(token.card_token.starts_with("tok_"), "{}", token.card_token);
        assert!((20..=68).contains(&token.card_token.len()));
        assert_eq!(token.card_brand, "mastercard");
        assert_eq!(token.card_last_four, "4444");
        let again: pb::TokenizeCardResponse = app
            .grpc
            .call("TokenizeCard", card(MASTERCARD))
            .await
            .unwrap();
        assert_ne!(again.card_token, token.card_token, "tokens are random");

        for bad in [
            "4242424242424241",
            "42424242",
            "42424242424242424242",
            "4242-4242-4242-4242",
            "",
            "abcd",
        ] {
            let refused = app
                .grpc
                .call::<_, pb::TokenizeCardResponse>("TokenizeCard", card(bad))
                .await
                .unwrap_err();
            assert_eq!(refused.code(), Code::InvalidArgument, "{bad}");
            assert_eq!(violations(&refused), ["card_number"], "{bad}");
            assert!(
                bad.is_empty() || !format!("{refused:?}").contains(bad),
                "the number is echoed"
            );
        }
        let no_user = pb::TokenizeCardRequest {
            card_number: VISA.to_owned(),
            user_id: "someone".to_owned(),
        };
        let refused = app
            .grpc
            .call::<_, pb::TokenizeCardResponse>("TokenizeCard", no_user)
            .await
            .unwrap_err();
        assert_eq!(violations(&refused), ["user_id"]);
        let stored = every_stored_text(&db.database).await;
        assert!(
            !stored.contains(MASTERCARD),
            "{}: the number is not stored",
            db.label
        );
        app.service.shutdown().await.unwrap();
    }
}

#[tokio::test]
async fn get_and_list_payments() {
    for db in backends().await {
        let payments = db.payments();
        let customer = user();
        let id = paid_id(&pay(&payments, 5, customer, "47.99", VISA).await);
        let _ = pay(&payments, 6, customer, "1.00", DECLINED).await;
        let _ = pay(&payments, 7, user(), "2.00", VISA).await;
        let app = spawn_app(&payments).await;
        let got: pb::GetPaymentResponse = app
            .grpc
            .call("GetPayment", pb::GetPaymentRequest { id })
            .await
            .unwrap();
        let p = got.payment.unwrap();
        assert_eq!(
            (p.order_id, p.user_id.as_str()),
            (5, customer.to_string().as_str())
        );
        let amount = p.amount.unwrap();
        assert_eq!((amount.units, amount.nanos), (47, 990_000_000));
        assert_eq!(p.status, pb::PaymentStatus::Paid as i32);
        assert_eq!(p.card_last_four, "4242");
        assert!(p.paid_at.is_some() && p.refunded_at.is_none());

        let missing = app
            .grpc
            .call::<_, pb::GetPaymentResponse>("GetPayment", pb::GetPaymentRequest { id: 999_999 })
            .await
            .unwrap_err();
        assert_eq!(missing.code(), Code::NotFound);
        let zero = app
            .grpc
            .call::<_, pb::GetPaymentResponse>("GetPayment", pb::GetPaymentRequest { id: 0 })
            .await
            .unwrap_err();
        assert_eq!(zero.code(), Code::InvalidArgument);

        let list = |user_id: Option<String>, status: pb::PaymentStatus| pb::ListPaymentsRequest {
            user_id,
            status: status as i32,
            ..Default::default()
        };
        let mine: pb::ListPaymentsResponse = app
            .grpc
            .call(
                "ListPayments",
                list(Some(customer.to_string()), pb::PaymentStatus::Unspecified),
            )
            .await
            .unwrap();
        assert_eq!(mine.total, 2, "{}", db.label);
        let paid: pb::ListPaymentsResponse = app
            .grpc
            .call(
                "ListPayments",
                list(Some(customer.to_string()), pb::PaymentStatus::Paid),
            )
            .await
            .unwrap();
        assert_eq!(paid.total, 1);
        let all: pb::ListPaymentsResponse = app
            .grpc
            .call("ListPayments", list(None, pb::PaymentStatus::Unspecified))
            .await
            .unwrap();
        assert_eq!(all.total, 3);
        let bad = pb::ListPaymentsRequest {
            limit: 1000,
            status: 42,
            user_id: Some("x".to_owned()),
            ..Default::default()
        };
        let refused = app
            .grpc
            .call::<_, pb::ListPaymentsResponse>("ListPayments", bad)
            .await
            .unwrap_err();
        assert_eq!(refused.code(), Code::InvalidArgument);
        let mut fields = violations(&refused);
        fields.sort();
        assert_eq!(fields, ["limit", "status", "user_id"]);
        app.service.shutdown().await.unwrap();
    }
}

#[tokio::test]
async fn tokenize_card_is_unavailable_while_the_vault_is() {
    let db = backends().await.remove(0);
    let payments = db.payments();
    let app = spawn_app(&payments).await;
    // The simulated vault lives in payment's database: without it, the gateway is unreachable.
    db.database.close().await;
    let refused = app
        .grpc
        .call::<_, pb::TokenizeCardResponse>(
            "TokenizeCard",
            pb::TokenizeCardRequest {
                card_number: VISA.to_owned(),
                user_id: user().to_string(),
            },
        )
        .await
        .unwrap_err();
    assert_eq!(refused.code(), Code::Unavailable, "{refused:?}");
    assert!(!format!("{refused:?}").contains(VISA));
    app.service.shutdown().await.unwrap();
}
