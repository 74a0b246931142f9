//! The realm's OpenID Connect endpoints answer as Keycloak's do.

use serde_json::Value;
use service_kit::testing::Backend;

use crate::common::{PASSWORD, STAFF_EMAIL, STAFF_PASSWORD, TestApp, spawn, unique_email};

async fn oidc_error(response: reqwest::Response, status: u16, error: &str) -> Value {
    assert_eq!(response.status(), status);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .expect("text")
            .starts_with("application/json")
    );
    let body: Value = response.json().await.expect("json");
    assert_eq!(body["error"], error, "{body}");
    assert!(body["error_description"].is_string(), "{body}");
    body
}

async fn password_grant(app: &TestApp, email: &str, password: &str) -> reqwest::Response {
    app.form(
        &app.oidc("token"),
        &[
            ("grant_type", "password"),
            ("client_id", "web"),
            ("username", email),
            ("password", password),
        ],
    )
    .await
}

#[tokio::test]
async fn discovery_names_every_endpoint_under_the_issuer() {
    let app = spawn(Backend::Sqlite).await;
    let discovery: Value = app
        .http
        .get(app.url("/realms/bookstore/.well-known/openid-configuration"))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    let issuer = app.issuer.clone();
    assert_eq!(discovery["issuer"], issuer);
    let oidc = format!("{issuer}/protocol/openid-connect");
    assert_eq!(discovery["jwks_uri"], format!("{oidc}/certs"));
    assert_eq!(discovery["token_endpoint"], format!("{oidc}/token"));
    assert_eq!(discovery["userinfo_endpoint"], format!("{oidc}/userinfo"));
    assert_eq!(discovery["end_session_endpoint"], format!("{oidc}/logout"));
    assert_eq!(
        discovery["introspection_endpoint"],
        format!("{oidc}/token/introspect")
    );
    assert_eq!(
        discovery["id_token_signing_alg_values_supported"],
        serde_json::json!(["EdDSA"])
    );
}

#[tokio::test]
async fn the_jwks_serves_public_ed25519_keys_only() {
    let app = spawn(Backend::Sqlite).await;
    let jwks: Value = app
        .http
        .get(app.oidc("certs"))
        .send()
        .await
        .expect("sent")
        .json()
        .await
        .expect("json");
    let keys = jwks["keys"].as_array().expect("keys");
    assert_eq!(keys.len(), 1);
    let key = &keys[0];
    assert_eq!(key["kty"], "OKP");
    assert_eq!(key["crv"], "Ed25519");
    assert_eq!(key["alg"], "EdDSA");
    assert_eq!(key["use"], "sig");
    assert!(key["kid"].is_string() && key["x"].is_string());
    for private in ["d", "p", "q", "dp", "dq", "qi"] {
        assert!(key.get(private).is_none(), "private part {private} served");
    }
}

#[tokio::test]
async fn password_and_refresh_grants_answer_as_keycloak() {
    let app = spawn(Backend::Sqlite).await;
    let granted = password_grant(&app, STAFF_EMAIL, STAFF_PASSWORD).await;
    assert_eq!(granted.status(), 200);
    assert_eq!(granted.headers()["cache-control"], "no-store");
    let tokens: Value = granted.json().await.expect("json");
    for field in ["access_token", "refresh_token", "session_state", "scope"] {
        assert!(tokens[field].is_string(), "{field} in {tokens}");
    }
    assert_eq!(tokens["token_type"], "Bearer");
    assert_eq!(tokens["expires_in"], 300);
    assert_eq!(tokens["refresh_expires_in"], 1800);
    let access = tokens["access_token"].as_str().expect("token");
    assert_eq!(
        crate::common::claims(access)["azp"],
        "web",
        "the client is the azp"
    );

    let refreshed = app
        .form(
            &app.oidc("token"),
            &[
                ("grant_type", "refresh_token"),
                ("client_id", "web"),
                (
                    "refresh_token",
                    tokens["refresh_token"].as_str().expect("rt"),
                ),
            ],
        )
        .await;
    assert_eq!(refreshed.status(), 200);
    let again: Value = refreshed.json().await.expect("json");
    assert_ne!(again["refresh_token"], tokens["refresh_token"]);
    assert_eq!(again["session_state"], tokens["session_state"]);

    // The used one is now refused with invalid_grant, as Keycloak refuses a stale token.
    let reused = app
        .form(
            &app.oidc("token"),
            &[
                ("grant_type", "refresh_token"),
                (
                    "refresh_token",
                    tokens["refresh_token"].as_str().expect("rt"),
                ),
            ],
        )
        .await;
    oidc_error(reused, 400, "invalid_grant").await;
}

#[tokio::test]
async fn bad_credentials_unknown_grants_and_missing_parameters_are_oauth_errors() {
    let app = spawn(Backend::Sqlite).await;
    let wrong = password_grant(&app, STAFF_EMAIL, "wrong password").await;
    let wrong = oidc_error(wrong, 401, "invalid_grant").await;
    let unknown = password_grant(&app, &unique_email("nobody"), "wrong password").await;
    assert_eq!(oidc_error(unknown, 401, "invalid_grant").await, wrong);

    let grant = app
        .form(&app.oidc("token"), &[("grant_type", "authorization_code")])
        .await;
    oidc_error(grant, 400, "unsupported_grant_type").await;
    let missing = app.form(&app.oidc("token"), &[("username", "x")]).await;
    oidc_error(missing, 400, "invalid_request").await;
    let no_token = app
        .form(&app.oidc("token"), &[("grant_type", "refresh_token")])
        .await;
    oidc_error(no_token, 400, "invalid_request").await;
    let bogus = app
        .form(
            &app.oidc("token"),
            &[("grant_type", "refresh_token"), ("refresh_token", "forged")],
        )
        .await;
    oidc_error(bogus, 400, "invalid_grant").await;
    let client = app
        .form(
            &app.oidc("token"),
            &[
                ("grant_type", "password"),
                ("client_id", "no spaces allowed"),
            ],
        )
        .await;
    oidc_error(client, 401, "invalid_client").await;
}

#[tokio::test]
async fn introspection_reports_revoked_and_unknown_tokens_inactive() {
    let app = spawn(Backend::Sqlite).await;
    let email = unique_email("intro");
    assert_eq!(app.sign_up(&email, PASSWORD).await.status(), 201);
    let tokens: Value = password_grant(&app, &email, PASSWORD)
        .await
        .json()
        .await
        .expect("json");
    let access = tokens["access_token"].as_str().expect("at");
    let refresh = tokens["refresh_token"].as_str().expect("rt");
    let introspect = |token: String| {
        let app = &app;
        async move {
            let response = app
                .form(&app.oidc("token/introspect"), &[("token", &token)])
                .await;
            assert_eq!(response.status(), 200);
            response.json::<Value>().await.expect("json")
        }
    };
    let active = introspect(access.to_owned()).await;
    assert_eq!(active["active"], true);
    assert_eq!(active["email"], email);
    assert_eq!(active["client_id"], "web");
    let active_refresh = introspect(refresh.to_owned()).await;
    assert_eq!(active_refresh["active"], true);
    assert_eq!(active_refresh["typ"], "Refresh");

    let userinfo = app
        .http
        .get(app.oidc("userinfo"))
        .bearer_auth(access)
        .send()
        .await
        .expect("sent");
    assert_eq!(userinfo.status(), 200);
    assert_eq!(
        userinfo.json::<Value>().await.expect("json")["email"],
        email
    );

    let logout = app
        .form(
            &app.oidc("logout"),
            &[("client_id", "web"), ("refresh_token", refresh)],
        )
        .await;
    assert_eq!(logout.status(), 204);
    assert_eq!(
        introspect(access.to_owned()).await,
        serde_json::json!({"active": false})
    );
    assert_eq!(introspect(refresh.to_owned()).await["active"], false);
    assert_eq!(introspect("not a token".to_owned()).await["active"], false);
    let after = app
        .http
        .get(app.oidc("userinfo"))
        .bearer_auth(access)
        .send()
        .await
        .expect("sent");
    oidc_error(after, 401, "invalid_token").await;
}

#[tokio::test]
async fn oidc_endpoints_take_forms_only() {
    let app = spawn(Backend::Sqlite).await;
    let json = app
        .http
        .post(app.oidc("token"))
        .json(&serde_json::json!({"grant_type": "password"}))
        .send()
        .await
        .expect("sent");
    oidc_error(json, 400, "invalid_request").await;
    let repeated = app
        .http
        .post(app.oidc("token"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("grant_type=password&grant_type=refresh_token")
        .send()
        .await
        .expect("sent");
    oidc_error(repeated, 400, "invalid_request").await;
    let no_token = app.form(&app.oidc("token/introspect"), &[]).await;
    oidc_error(no_token, 400, "invalid_request").await;
    let userinfo = app
        .http
        .get(app.oidc("userinfo"))
        .send()
        .await
        .expect("sent");
    oidc_error(userinfo, 401, "invalid_token").await;
}
