//! Sign-up to sign-out through the REST API, on every database the kit offers.

use serde_json::{Value, json};
use service_kit::testing::backends;

use crate::common::{PASSWORD, TestApp, claims, refresh_cookie, spawn, unique_email};

async fn problem(response: reqwest::Response) -> Value {
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json",
        "a problem body"
    );
    response.json().await.expect("problem json")
}

async fn the_whole_journey(app: &TestApp) {
    let email = unique_email("journey");
    let created = app.sign_up(&email, PASSWORD).await;
    assert_eq!(created.status(), 201);
    let location = created.headers()["location"]
        .to_str()
        .expect("text")
        .to_owned();
    let user: Value = created.json().await.expect("json");
    assert_eq!(
        location,
        format!("/api/v1/customers/{}", user["id"].as_str().expect("id"))
    );
    assert_eq!(user["roles"], json!(["profile", "order", "view"]));
    assert_eq!(user["email"], email);

    let signed_in = app.sign_in(&email, PASSWORD).await;
    assert_eq!(signed_in.status(), 200);
    let cookie = signed_in.headers()["set-cookie"]
        .to_str()
        .expect("text")
        .to_owned();
    for part in [
        "HttpOnly",
        "Secure",
        "SameSite=Strict",
        "Path=/api/v1/users",
        "Max-Age=1800",
    ] {
        assert!(cookie.contains(part), "{part} missing from {cookie}");
    }
    let refresh = refresh_cookie(&signed_in).expect("refresh token cookie");
    let body: Value = signed_in.json().await.expect("json");
    assert_eq!(body["token_type"], "Bearer");
    assert_eq!(body["expires_in"], 300);
    assert_eq!(body["refresh_expires_in"], 1800);
    let access = body["access_token"].as_str().expect("token").to_owned();
    assert!(
        !cookie.contains(&access),
        "the access token never goes in a cookie"
    );

    let token = claims(&access);
    assert_eq!(token["iss"], app.issuer);
    assert_eq!(token["sub"], user["id"]);
    assert_eq!(token["aud"], "bookstore");
    assert_eq!(token["azp"], "bookstore");
    assert_eq!(token["typ"], "Bearer");
    assert_eq!(token["email"], email);
    assert_eq!(token["preferred_username"], email);
    assert_eq!(token["given_name"], "Jane");
    assert_eq!(token["family_name"], "Doe");
    assert_eq!(
        token["realm_access"]["roles"],
        json!(["profile", "order", "view"])
    );
    assert_eq!(
        token["exp"].as_i64().expect("exp") - token["iat"].as_i64().expect("iat"),
        300
    );
    assert!(token["jti"].is_string());

    let me = app.me(&access).await;
    assert_eq!(me.status(), 200);
    assert_eq!(me.json::<Value>().await.expect("json"), user);

    // Exchange through the cookie, as a browser would send it back.
    let exchanged = app
        .http
        .post(app.url("/api/v1/users/tokens/exchange"))
        .header("cookie", format!("refresh_token={refresh}"))
        .send()
        .await
        .expect("sent");
    assert_eq!(exchanged.status(), 200);
    let rotated = refresh_cookie(&exchanged).expect("a new refresh token");
    assert_ne!(rotated, refresh, "rotated on every use");
    let fresh: Value = exchanged.json().await.expect("json");
    assert_eq!(
        app.me(fresh["access_token"].as_str().expect("token"))
            .await
            .status(),
        200
    );

    let signed_out = app
        .post_json("/api/v1/users/signout", &json!({"refresh_token": rotated}))
        .await;
    assert_eq!(signed_out.status(), 204);
    assert!(
        signed_out.headers()["set-cookie"]
            .to_str()
            .expect("text")
            .contains("Max-Age=0"),
        "the cookie is expired"
    );
    let refused = app.exchange(&rotated).await;
    assert_eq!(
        refused.status(),
        401,
        "a signed-out session's token is refused"
    );
    assert!(refused.headers().contains_key("www-authenticate"));
    problem(refused).await;
}

#[tokio::test]
async fn sign_up_sign_in_me_exchange_sign_out_on_every_database() {
    for backend in backends().await {
        let app = spawn(backend).await;
        the_whole_journey(&app).await;
    }
}

#[tokio::test]
async fn a_duplicate_email_is_a_conflict_whatever_its_case() {
    let app = spawn(service_kit::testing::Backend::Sqlite).await;
    let email = unique_email("dup");
    assert_eq!(app.sign_up(&email, PASSWORD).await.status(), 201);
    let again = app.sign_up(&email.to_uppercase(), PASSWORD).await;
    assert_eq!(again.status(), 409);
    problem(again).await;
}

#[tokio::test]
async fn the_password_policy_is_enforced() {
    let app = spawn(service_kit::testing::Backend::Sqlite).await;
    let short = app.sign_up(&unique_email("short"), "seven77").await;
    assert_eq!(short.status(), 422);
    let email = unique_email("same");
    let same = app.sign_up(&email, &email).await;
    assert_eq!(same.status(), 422);
    let body = problem(same).await;
    assert_eq!(body["errors"][0]["pointer"], "/body/password");
    // Nothing half-written: the address is still free.
    assert_eq!(app.sign_up(&email, PASSWORD).await.status(), 201);
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    let app = spawn(service_kit::testing::Backend::Sqlite).await;
    let email = unique_email("known");
    assert_eq!(app.sign_up(&email, PASSWORD).await.status(), 201);
    let wrong = app.sign_in(&email, "not the password").await;
    let unknown = app
        .sign_in(&unique_email("nobody"), "not the password")
        .await;
    assert_eq!(wrong.status(), 401);
    assert_eq!(unknown.status(), 401);
    assert_eq!(
        wrong.headers()["www-authenticate"],
        unknown.headers()["www-authenticate"]
    );
    assert_eq!(problem(wrong).await, problem(unknown).await);
}

#[tokio::test]
async fn five_failures_lock_an_address_even_for_the_right_password() {
    let app = spawn(service_kit::testing::Backend::Sqlite).await;
    let email = unique_email("brute");
    assert_eq!(app.sign_up(&email, PASSWORD).await.status(), 201);
    for _ in 0..5 {
        assert_eq!(app.sign_in(&email, "guess guess").await.status(), 401);
    }
    let locked = app.sign_in(&email, PASSWORD).await;
    assert_eq!(locked.status(), 429);
    let wait: u64 = locked.headers()["retry-after"]
        .to_str()
        .expect("text")
        .parse()
        .expect("seconds");
    assert!((1..=30).contains(&wait), "{wait}");
    problem(locked).await;

    // An unknown address locks the same way: nothing tells them apart.
    let nobody = unique_email("nobody");
    for _ in 0..5 {
        assert_eq!(app.sign_in(&nobody, "guess guess").await.status(), 401);
    }
    assert_eq!(app.sign_in(&nobody, "guess guess").await.status(), 429);

    // Other addresses are not affected.
    let other = unique_email("other");
    assert_eq!(app.sign_up(&other, PASSWORD).await.status(), 201);
    assert_eq!(app.sign_in(&other, PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn a_success_resets_the_failure_count() {
    let app = spawn(service_kit::testing::Backend::Sqlite).await;
    let email = unique_email("reset");
    assert_eq!(app.sign_up(&email, PASSWORD).await.status(), 201);
    for _ in 0..4 {
        assert_eq!(app.sign_in(&email, "guess guess").await.status(), 401);
    }
    assert_eq!(app.sign_in(&email, PASSWORD).await.status(), 200);
    for _ in 0..4 {
        assert_eq!(app.sign_in(&email, "guess guess").await.status(), 401);
    }
    assert_eq!(app.sign_in(&email, PASSWORD).await.status(), 200);
}

#[tokio::test]
async fn a_reused_refresh_token_ends_the_whole_session() {
    for backend in backends().await {
        let app = spawn(backend).await;
        let (_, first, _) = app.customer().await;
        let exchanged = app.exchange(&first).await;
        assert_eq!(exchanged.status(), 200);
        let second = refresh_cookie(&exchanged).expect("rotated");
        // The thief replays the first token: refused, and the session ends with it...
        assert_eq!(app.exchange(&first).await.status(), 401);
        // ...so the legitimate holder's current token is refused too.
        assert_eq!(app.exchange(&second).await.status(), 401);
    }
}

#[tokio::test]
async fn sign_out_needs_a_refresh_token_and_succeeds_for_an_ended_session() {
    let app = spawn(service_kit::testing::Backend::Sqlite).await;
    let none = app
        .http
        .post(app.url("/api/v1/users/signout"))
        .send()
        .await
        .expect("sent");
    assert_eq!(none.status(), 400);
    problem(none).await;
    let (_, refresh, _) = app.customer().await;
    for _ in 0..2 {
        let out = app
            .post_json("/api/v1/users/signout", &json!({"refresh_token": refresh}))
            .await;
        assert_eq!(out.status(), 204);
    }
}

#[tokio::test]
async fn me_needs_a_token_of_this_issuer() {
    let app = spawn(service_kit::testing::Backend::Sqlite).await;
    let anonymous = app
        .http
        .get(app.url("/api/v1/users/me"))
        .send()
        .await
        .expect("sent");
    assert_eq!(anonymous.status(), 401);
    // Signed by another key (the kit's test issuer, same `iss`): refused.
    let foreign = app.service.issuer.token(&["profile"]);
    assert_eq!(app.me(&foreign).await.status(), 401);
}

#[tokio::test]
async fn the_bootstrap_staff_user_has_the_manage_role() {
    let app = spawn(service_kit::testing::Backend::Sqlite).await;
    let (staff, _) = app.staff().await;
    let me = app.me(&staff).await;
    assert_eq!(me.status(), 200);
    let body: Value = me.json().await.expect("json");
    assert_eq!(body["roles"], json!(["manage"]));
}
