//! Hostile input: every case is a 4xx problem, never a 500.

use crate::common::{VISA, backends, pay, spawn_app, user};

#[tokio::test]
async fn hostile_requests_are_refused_with_4xx() {
    for db in backends().await {
        let payments = db.payments();
        let customer = user();
        let _ = pay(&payments, 1, customer, "3.00", VISA).await;
        let app = spawn_app(&payments).await;
        let staff = app.staff_token();
        let mine = app.customer_token(customer);
        let huge = format!("/api/v1/payments?status={}", "x".repeat(20_000));
        let cases: Vec<(&str, &str)> = vec![
            ("/api/v1/payments/abc", &staff),
            ("/api/v1/payments/0", &staff),
            ("/api/v1/payments/-1", &staff),
            ("/api/v1/payments/99999999999999999999999", &staff),
            ("/api/v1/payments/1%27%20OR%20%271%27=%271", &staff),
            ("/api/v1/payments?limit=1000", &staff),
            ("/api/v1/payments?limit=0", &staff),
            ("/api/v1/payments?offset=-1", &staff),
            (
                "/api/v1/payments?sort=amount;DROP%20TABLE%20payment",
                &staff,
            ),
            ("/api/v1/payments?sort=password", &staff),
            ("/api/v1/payments?order=sideways", &staff),
            ("/api/v1/payments?status=stolen", &staff),
            ("/api/v1/payments?order_id=0", &staff),
            ("/api/v1/payments?order_id=1%20OR%201=1", &staff),
            ("/api/v1/payments?user_id=not-a-uuid", &staff),
            ("/api/v1/payments?user_id=%27%20OR%20%271%27=%271", &mine),
            (&huge, &staff),
            ("/api/v1/payments/2", &mine),
            ("/api/v1/payments", "' OR 1=1 --"),
            ("/api/v1/payments", "eyJhbGciOiJub25lIn0.e30."),
        ];
        for (path, token) in cases {
            let (status, body) = app.get(path, Some(token)).await;
            assert!(
                (400..500).contains(&status),
                "{}: GET {} answered {status}: {body}",
                db.label,
                path.chars().take(80).collect::<String>()
            );
        }
        let response = app
            .http
            .delete(app.url("/api/v1/payments/1"))
            .bearer_auth(&staff)
            .send()
            .await
            .unwrap();
        assert!(response.status().is_client_error());
        let response = app
            .http
            .post(app.url("/api/v1/payments"))
            .bearer_auth(&staff)
            .json(&serde_json::json!({"order_id": 1, "amount": "1.00"}))
            .send()
            .await
            .unwrap();
        assert!(
            response.status().is_client_error(),
            "payments are made only by the saga"
        );
        let (_, all) = app.get("/api/v1/payments", Some(&staff)).await;
        assert_eq!(all["total"], 1, "{}: nothing written", db.label);
        app.service.shutdown().await.unwrap();
    }
}
