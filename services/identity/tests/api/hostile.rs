//! Hostile input: 4xx with problem+json (OIDC: `{error, error_description}`), never a 500,
//! nothing half-written.

use serde_json::{Value, json};
use service_kit::testing::{Backend, backends};

use crate::common::{PASSWORD, spawn, unique_email};

async fn is_problem(response: reqwest::Response, status: u16) -> Value {
    assert_eq!(response.status(), status);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    response.json().await.expect("json")
}

fn jwt(header: &Value, claims: &Value) -> String {
    use base64::Engine;
    let encode = |v: &Value| {
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(serde_json::to_vec(v).expect("json"))
    };
    format!("{}.{}.", encode(header), encode(claims))
}

#[tokio::test]
async fn malformed_and_oversized_bodies_are_client_errors() {
    let app = spawn(Backend::Sqlite).await;
    let malformed = app
        .http
        .post(app.url("/api/v1/users/signup"))
        .header("content-type", "application/json")
        .body("{\"email\": ")
        .send()
        .await
        .expect("sent");
    is_problem(malformed, 400).await;
    let form = app
        .http
        .post(app.url("/api/v1/users/signin"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("email=a%40b.c&password=whatever1")
        .send()
        .await
        .expect("sent");
    is_problem(form, 415).await;
    let huge = app
        .sign_up(&format!("{}@example.com", "a".repeat(10_000)), PASSWORD)
        .await;
    is_problem(huge, 422).await;
    let long_name = app
        .post_json(
            "/api/v1/users/signup",
            &json!({"email": unique_email("long"), "password": PASSWORD,
                    "first_name": "x".repeat(100_000), "last_name": "Doe"}),
        )
        .await;
    is_problem(long_name, 422).await;
    let long_password = app.sign_in(&unique_email("pw"), &"p".repeat(200_000)).await;
    assert!(long_password.status().is_client_error());
    let extra = app
        .post_json(
            "/api/v1/users/signup",
            &json!({"email": unique_email("extra"), "password": PASSWORD,
                    "first_name": "A", "last_name": "B", "roles": ["manage"]}),
        )
        .await;
    is_problem(extra, 422).await;
}

#[tokio::test]
async fn sql_metacharacters_in_an_email_are_just_text() {
    for backend in backends().await {
        let app = spawn(backend).await;
        let email = "o'brien\";--%_@example.com";
        let created = app.sign_up(email, PASSWORD).await;
        assert_eq!(created.status(), 201);
        assert_eq!(app.sign_in(email, PASSWORD).await.status(), 200);
        // A pattern that would match everyone, were it not escaped, matches nobody.
        for pattern in ["%@example.com", "%", "x' OR '1'='1@example.com"] {
            let refused = app.sign_in(pattern, PASSWORD).await;
            assert!(
                matches!(refused.status().as_u16(), 401 | 422),
                "{pattern}: {}",
                refused.status()
            );
        }
        // The duplicate is still caught with the metacharacters in it.
        assert_eq!(app.sign_up(email, PASSWORD).await.status(), 409);
    }
}

#[tokio::test]
async fn unsigned_foreign_and_tampered_tokens_are_refused() {
    let app = spawn(Backend::Sqlite).await;
    let (access, _, _) = app.customer().await;
    let claims = crate::common::claims(&access);
    let none = jwt(&json!({"alg": "none", "typ": "JWT"}), &claims);
    let hs256 = jwt(&json!({"alg": "HS256", "typ": "JWT", "kid": "x"}), &claims);
    let foreign = app.service.issuer.sign(&claims);
    let mut parts: Vec<&str> = access.split('.').collect();
    let mut escalated = claims.clone();
    escalated["realm_access"]["roles"] = json!(["manage"]);
    let forged_payload = {
        use base64::Engine;
        base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(serde_json::to_vec(&escalated).expect("json"))
    };
    parts[1] = &forged_payload;
    let tampered = parts.join(".");
    for token in [none, hs256, foreign, tampered, "garbage".to_owned()] {
        let response = app.me(&token).await;
        let problem = is_problem(response, 401).await;
        assert!(
            !problem.to_string().contains(&token),
            "the token is never echoed"
        );
        let introspected = app
            .form(&app.oidc("token/introspect"), &[("token", &token)])
            .await;
        assert_eq!(
            introspected.json::<Value>().await.expect("json"),
            json!({"active": false})
        );
    }
}
