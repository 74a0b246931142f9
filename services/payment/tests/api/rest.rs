//! The REST API, black-box: the service as `main.rs` starts it, payments made by the saga task.

use crate::common::{DECLINED, MASTERCARD, VISA, backends, paid_id, pay, spawn_app, user};

#[tokio::test]
async fn customers_see_their_own_payments_and_staff_see_all() {
    for db in backends().await {
        let payments = db.payments();
        let (alice, bob) = (user(), user());
        let a1 = paid_id(&pay(&payments, 1, alice, "47.99", VISA).await);
        let _declined = pay(&payments, 2, alice, "5.00", DECLINED).await;
        let b1 = paid_id(&pay(&payments, 3, bob, "12.00", MASTERCARD).await);
        let app = spawn_app(&payments).await;
        let (alice_token, bob_token) = (app.customer_token(alice), app.customer_token(bob));
        let staff = app.staff_token();

        let (status, page) = app.get("/api/v1/payments", Some(&alice_token)).await;
        assert_eq!(status, 200, "{}: {page}", db.label);
        assert_eq!(page["total"], 2);
        let items = page["items"].as_array().unwrap();
        assert!(items.iter().all(|p| p["user_id"] == alice.to_string()));

        let (status, one) = app
            .get(&format!("/api/v1/payments/{a1}"), Some(&alice_token))
            .await;
        assert_eq!(status, 200);
        assert_eq!(one["amount"], "47.99");
        assert_eq!(one["card_brand"], "visa");
        assert_eq!(one["card_last4"], "4242");
        assert_eq!(one["status"], "paid");
        assert_eq!(one["type"], "card");
        assert!(one["paid_at"].is_string());
        assert!(one.get("refunded_at").is_none());

        let (status, problem) = app
            .get(&format!("/api/v1/payments/{b1}"), Some(&alice_token))
            .await;
        assert_eq!(status, 404, "another customer's payment: {problem}");
        let (status, _) = app.get("/api/v1/payments/999999", Some(&alice_token)).await;
        assert_eq!(status, 404);
        let (status, _) = app
            .get(&format!("/api/v1/payments/{b1}"), Some(&bob_token))
            .await;
        assert_eq!(status, 200);
        let (status, _) = app
            .get(&format!("/api/v1/payments/{a1}"), Some(&staff))
            .await;
        assert_eq!(status, 200);

        let (status, all) = app.get("/api/v1/payments", Some(&staff)).await;
        assert_eq!((status, all["total"].as_i64()), (200, Some(3)));
        let (_, bobs) = app
            .get(&format!("/api/v1/payments?user_id={bob}"), Some(&staff))
            .await;
        assert_eq!(bobs["total"], 1);
        assert_eq!(bobs["items"][0]["id"], b1);

        let path = format!("/api/v1/payments?user_id={bob}");
        let (status, problem) = app.get(&path, Some(&alice_token)).await;
        assert_eq!(status, 403, "{problem}");
        let path = format!("/api/v1/payments?user_id={alice}");
        let (status, own) = app.get(&path, Some(&alice_token)).await;
        assert_eq!((status, own["total"].as_i64()), (200, Some(2)));
        app.service.shutdown().await.unwrap();
    }
}

#[tokio::test]
async fn filters_sorting_and_paging() {
    for db in backends().await {
        let payments = db.payments();
        let customer = user();
        for (order, amount) in [(10, "30.00"), (11, "10.00"), (12, "20.00")] {
            paid_id(&pay(&payments, order, customer, amount, VISA).await);
        }
        let _ = pay(&payments, 13, customer, "1.00", DECLINED).await;
        let app = spawn_app(&payments).await;
        let staff = app.staff_token();
        let (_, page) = app.get("/api/v1/payments?order_id=11", Some(&staff)).await;
        assert_eq!(page["total"], 1);
        assert_eq!(page["items"][0]["amount"], "10.00");
        let (_, declined) = app
            .get("/api/v1/payments?status=declined", Some(&staff))
            .await;
        assert_eq!(declined["total"], 1);
        assert_eq!(declined["items"][0]["failure_reason"], "card declined");
        assert!(declined["items"][0].get("paid_at").is_none());
        let path = "/api/v1/payments?status=paid&sort=amount&order=asc&limit=2";
        let (_, sorted) = app.get(path, Some(&staff)).await;
        assert_eq!(sorted["total"], 3, "{}", db.label);
        let amounts: Vec<&str> = sorted["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["amount"].as_str().unwrap())
            .collect();
        assert_eq!(amounts, ["10.00", "20.00"]);
        let (_, past) = app.get("/api/v1/payments?offset=50", Some(&staff)).await;
        assert_eq!(past["total"], 4);
        assert_eq!(past["items"].as_array().unwrap().len(), 0);
        app.service.shutdown().await.unwrap();
    }
}

#[tokio::test]
async fn tokens_and_roles_are_checked() {
    let db = backends().await.remove(0);
    let payments = db.payments();
    let app = spawn_app(&payments).await;
    let (status, _) = app.get("/api/v1/payments", None).await;
    assert_eq!(status, 401);
    let (status, _) = app.get("/api/v1/payments/1", Some("not-a-token")).await;
    assert_eq!(status, 401);
    let expired = app.service.issuer.expired_token();
    let (status, _) = app.get("/api/v1/payments", Some(&expired)).await;
    assert_eq!(status, 401);
    let profile_only = app.token_for(&user().to_string(), &["profile"]);
    let (status, _) = app.get("/api/v1/payments", Some(&profile_only)).await;
    assert_eq!(status, 403);
    let (status, _) = app.get("/api/v1/payments/1", Some(&profile_only)).await;
    assert_eq!(status, 403);
    // A customer whose subject is no user id owns nothing.
    let odd = app.token_for("user-42", &["view"]);
    let (status, page) = app.get("/api/v1/payments", Some(&odd)).await;
    assert_eq!((status, page["total"].as_i64()), (200, Some(0)));
    app.service.shutdown().await.unwrap();
}
