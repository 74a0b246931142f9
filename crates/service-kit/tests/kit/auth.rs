//! The JWKS authenticator against a JWKS endpoint served by the test, with test-only keys.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::routing::get;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use openapi_runtime::{AuthError, Authenticator};
use serde_json::json;
use service_kit::{JwksAuthenticator, JwksConfig};

const ISSUER: &str = "http://127.0.0.1:8083/realms/bookstore";
const AUDIENCE: &str = "catalog";
const RSA_A: &[u8] = include_bytes!("../keys/rsa-a.pem");
const RSA_A_PUBLIC: &[u8] = include_bytes!("../keys/rsa-a.pub.pem");
const RSA_B: &[u8] = include_bytes!("../keys/rsa-b.pem");
const EC_A: &[u8] = include_bytes!("../keys/ec-a.pem");
const ED_A: &[u8] = include_bytes!("../keys/ed-a.pem");
const ED_A_PUBLIC: &[u8] = include_bytes!("../keys/ed-a.pub.pem");

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

fn jwk(pem: &[u8], alg: Algorithm, kid: &str) -> Jwk {
    if alg == Algorithm::EdDSA {
        return ed_jwk(kid);
    }
    let key = match alg {
        Algorithm::ES256 => EncodingKey::from_ec_pem(pem).unwrap(),
        _ => EncodingKey::from_rsa_pem(pem).unwrap(),
    };
    let mut jwk = Jwk::from_encoding_key(&key, alg).unwrap();
    jwk.common.key_id = Some(kid.to_owned());
    jwk
}

/// ED_A's public key as an OKP JWK, as identity's JWKS serves one (jsonwebtoken cannot make a
/// JWK of an Ed25519 key).
fn ed_jwk(kid: &str) -> Jwk {
    let public = jsonwebtoken::DecodingKey::from_ed_pem(ED_A_PUBLIC).unwrap();
    serde_json::from_value(json!({
        "kty": "OKP", "crv": "Ed25519", "alg": "EdDSA", "use": "sig", "kid": kid,
        "x": URL_SAFE_NO_PAD.encode(public.as_bytes()),
    }))
    .unwrap()
}

fn sign(pem: &[u8], alg: Algorithm, kid: &str, claims: &serde_json::Value) -> String {
    let key = match alg {
        Algorithm::ES256 => EncodingKey::from_ec_pem(pem).unwrap(),
        Algorithm::EdDSA => EncodingKey::from_ed_pem(pem).unwrap(),
        Algorithm::HS256 => EncodingKey::from_secret(pem),
        _ => EncodingKey::from_rsa_pem(pem).unwrap(),
    };
    let header = Header {
        kid: Some(kid.to_owned()),
        ..Header::new(alg)
    };
    jsonwebtoken::encode(&header, claims, &key).unwrap()
}

fn claims() -> serde_json::Value {
    json!({
        "iss": ISSUER,
        "sub": "user-1",
        "aud": ["account", AUDIENCE],
        "azp": "web",
        "exp": now() + 300,
        "iat": now(),
        "realm_access": { "roles": ["customer", "offline_access"] },
        "email": "ada@example.com",
        "preferred_username": "ada",
    })
}

fn with(mut claims: serde_json::Value, key: &str, value: serde_json::Value) -> serde_json::Value {
    claims[key] = value;
    claims
}

/// A JWKS endpoint whose key set the test can change, counting fetches.
struct Issuer {
    keys: Arc<RwLock<Vec<Jwk>>>,
    fetches: Arc<AtomicUsize>,
    url: String,
}

impl Issuer {
    async fn start(keys: Vec<Jwk>) -> Self {
        let keys = Arc::new(RwLock::new(keys));
        let fetches = Arc::new(AtomicUsize::new(0));
        let app = Router::new().route(
            "/certs",
            get({
                let (keys, fetches) = (keys.clone(), fetches.clone());
                move || {
                    fetches.fetch_add(1, Ordering::SeqCst);
                    let set = JwkSet { keys: keys.read().unwrap().clone() };
                    // An encryption key as Keycloak publishes one must not break parsing.
                    let mut body = serde_json::to_value(set).unwrap();
                    body["keys"].as_array_mut().unwrap().push(json!({
                        "kid": "enc", "kty": "RSA", "alg": "RSA-OAEP", "use": "enc", "n": "AQAB", "e": "AQAB"
                    }));
                    async move { axum::Json(body) }
                }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/certs", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self { keys, fetches, url }
    }

    fn authenticator(&self, min_refresh_interval: Duration) -> JwksAuthenticator {
        let config = JwksConfig {
            min_refresh_interval,
            ..JwksConfig::new(ISSUER, &self.url, AUDIENCE)
        };
        JwksAuthenticator::new(config).unwrap()
    }

    fn fetches(&self) -> usize {
        self.fetches.load(Ordering::SeqCst)
    }
}

async fn standard() -> (Issuer, JwksAuthenticator) {
    let issuer = Issuer::start(vec![
        jwk(RSA_A, Algorithm::RS256, "rsa-a"),
        jwk(EC_A, Algorithm::ES256, "ec-a"),
        jwk(ED_A, Algorithm::EdDSA, "ed-a"),
    ])
    .await;
    let auth = issuer.authenticator(Duration::from_secs(60));
    (issuer, auth)
}

fn assert_invalid(result: Result<openapi_runtime::Principal, AuthError>, why: &str) {
    match result {
        Err(AuthError::InvalidToken(reason)) => {
            assert!(
                !reason.contains("eyJ"),
                "the reason never echoes the token: {reason}"
            );
        }
        other => panic!("{why}: expected InvalidToken, got {other:?}"),
    }
}

#[tokio::test]
async fn a_valid_rs256_token_yields_the_principal_with_realm_roles() {
    let (_issuer, auth) = standard().await;
    let principal = auth
        .authenticate(&sign(RSA_A, Algorithm::RS256, "rsa-a", &claims()))
        .await
        .unwrap();
    assert_eq!(principal.subject, "user-1");
    assert!(principal.has_role("customer") && principal.has_role("offline_access"));
    assert_eq!(principal.email.as_deref(), Some("ada@example.com"));
    assert_eq!(principal.username.as_deref(), Some("ada"));
}

#[tokio::test]
async fn a_valid_es256_token_is_accepted() {
    let (_issuer, auth) = standard().await;
    let principal = auth
        .authenticate(&sign(EC_A, Algorithm::ES256, "ec-a", &claims()))
        .await
        .unwrap();
    assert_eq!(principal.subject, "user-1");
}

#[tokio::test]
async fn a_valid_eddsa_token_is_accepted_and_a_tampered_one_refused() {
    let (_issuer, auth) = standard().await;
    let token = sign(ED_A, Algorithm::EdDSA, "ed-a", &claims());
    let principal = auth.authenticate(&token).await.unwrap();
    assert_eq!(principal.subject, "user-1");
    assert!(principal.has_role("customer"));

    let forged = with(claims(), "realm_access", json!({ "roles": ["manage"] }));
    let (head, rest) = token.split_once('.').unwrap();
    let (_, signature) = rest.split_once('.').unwrap();
    let swapped = format!(
        "{head}.{}.{signature}",
        URL_SAFE_NO_PAD.encode(forged.to_string())
    );
    assert_invalid(
        auth.authenticate(&swapped).await,
        "EdDSA payload swapped under the old signature",
    );
}

#[tokio::test]
async fn an_expired_token_is_refused_beyond_the_leeway_only() {
    let (_issuer, auth) = standard().await;
    let expired = sign(
        RSA_A,
        Algorithm::RS256,
        "rsa-a",
        &with(claims(), "exp", json!(now() - 120)),
    );
    assert_eq!(
        auth.authenticate(&expired).await.unwrap_err(),
        AuthError::Expired
    );
    let just = sign(
        RSA_A,
        Algorithm::RS256,
        "rsa-a",
        &with(claims(), "exp", json!(now() - 5)),
    );
    assert!(
        auth.authenticate(&just).await.is_ok(),
        "a few seconds of clock skew are tolerated"
    );
}

#[tokio::test]
async fn a_token_not_yet_valid_is_refused() {
    let (_issuer, auth) = standard().await;
    let early = sign(
        RSA_A,
        Algorithm::RS256,
        "rsa-a",
        &with(claims(), "nbf", json!(now() + 600)),
    );
    assert_invalid(auth.authenticate(&early).await, "nbf in the future");
}

#[tokio::test]
async fn a_token_from_another_issuer_is_refused() {
    let (_issuer, auth) = standard().await;
    let token = sign(
        RSA_A,
        Algorithm::RS256,
        "rsa-a",
        &with(claims(), "iss", json!("http://evil/realms/bookstore")),
    );
    assert_invalid(auth.authenticate(&token).await, "wrong iss");
}

#[tokio::test]
async fn a_token_for_another_audience_is_refused_but_azp_counts() {
    let (_issuer, auth) = standard().await;
    let other = with(with(claims(), "aud", json!("order")), "azp", json!("web"));
    assert_invalid(
        auth.authenticate(&sign(RSA_A, Algorithm::RS256, "rsa-a", &other))
            .await,
        "wrong aud",
    );
    let mut by_azp = with(claims(), "azp", json!(AUDIENCE));
    by_azp.as_object_mut().unwrap().remove("aud");
    assert!(
        auth.authenticate(&sign(RSA_A, Algorithm::RS256, "rsa-a", &by_azp))
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn an_unsigned_alg_none_token_is_refused() {
    let (_issuer, auth) = standard().await;
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT","kid":"rsa-a"}"#);
    let payload = URL_SAFE_NO_PAD.encode(claims().to_string());
    assert_invalid(
        auth.authenticate(&format!("{header}.{payload}.")).await,
        "alg none",
    );
}

#[tokio::test]
async fn hs256_signed_with_the_public_key_is_refused() {
    let (_issuer, auth) = standard().await;
    let token = sign(RSA_A_PUBLIC, Algorithm::HS256, "rsa-a", &claims());
    assert_invalid(
        auth.authenticate(&token).await,
        "HS256 with the public key as secret",
    );
    let public = jsonwebtoken::DecodingKey::from_ed_pem(ED_A_PUBLIC).unwrap();
    let token = sign(public.as_bytes(), Algorithm::HS256, "ed-a", &claims());
    assert_invalid(
        auth.authenticate(&token).await,
        "HS256 with the Ed25519 public key as secret",
    );
}

#[tokio::test]
async fn a_tampered_token_is_refused() {
    let (_issuer, auth) = standard().await;
    let token = sign(RSA_A, Algorithm::RS256, "rsa-a", &claims());
    let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
    let forged = with(claims(), "realm_access", json!({ "roles": ["admin"] }));
    parts[1] = URL_SAFE_NO_PAD.encode(forged.to_string());
    assert_invalid(
        auth.authenticate(&parts.join(".")).await,
        "payload swapped under the old signature",
    );

    let mut signature = URL_SAFE_NO_PAD
        .decode(token.rsplit('.').next().unwrap())
        .unwrap();
    signature[10] ^= 0x01;
    let (head, _) = token.rsplit_once('.').unwrap();
    assert_invalid(
        auth.authenticate(&format!("{head}.{}", URL_SAFE_NO_PAD.encode(signature)))
            .await,
        "one flipped signature bit",
    );
}

#[tokio::test]
async fn a_token_signed_by_an_unpublished_key_is_refused() {
    let (_issuer, auth) = standard().await;
    // Right kid, wrong key: an attacker cannot pass off their key under a known kid.
    assert_invalid(
        auth.authenticate(&sign(RSA_B, Algorithm::RS256, "rsa-a", &claims()))
            .await,
        "wrong key",
    );
    // An RSA kid named in an ES256 token.
    assert_invalid(
        auth.authenticate(&sign(EC_A, Algorithm::ES256, "rsa-a", &claims()))
            .await,
        "alg/key mismatch",
    );
    // An Ed25519 kid named in an RS256 token, an RSA kid in an EdDSA one.
    assert_invalid(
        auth.authenticate(&sign(RSA_A, Algorithm::RS256, "ed-a", &claims()))
            .await,
        "RS256 under an Ed25519 key",
    );
    assert_invalid(
        auth.authenticate(&sign(ED_A, Algorithm::EdDSA, "rsa-a", &claims()))
            .await,
        "EdDSA under an RSA key",
    );
}

#[tokio::test]
async fn an_unknown_kid_triggers_a_refresh_that_picks_up_a_rotated_key() {
    let issuer = Issuer::start(vec![jwk(RSA_A, Algorithm::RS256, "rsa-a")]).await;
    let interval = Duration::from_millis(1500);
    let auth = issuer.authenticator(interval);
    assert!(
        auth.authenticate(&sign(RSA_A, Algorithm::RS256, "rsa-a", &claims()))
            .await
            .is_ok()
    );
    assert_eq!(issuer.fetches(), 1);

    let rotated = sign(RSA_B, Algorithm::RS256, "rsa-b", &claims());
    assert_invalid(auth.authenticate(&rotated).await, "not yet published");
    let after_first_miss = issuer.fetches();
    assert!(after_first_miss <= 2);
    // Repeated unknown kids within the interval do not hammer the issuer.
    for _ in 0..5 {
        assert_invalid(
            auth.authenticate(&sign(RSA_B, Algorithm::RS256, "forged", &claims()))
                .await,
            "unknown kid",
        );
    }
    assert_eq!(
        issuer.fetches(),
        after_first_miss,
        "refreshes are rate-limited"
    );

    issuer
        .keys
        .write()
        .unwrap()
        .push(jwk(RSA_B, Algorithm::RS256, "rsa-b"));
    tokio::time::sleep(interval + Duration::from_millis(100)).await;
    let principal = auth
        .authenticate(&rotated)
        .await
        .expect("the rotated key is fetched");
    assert_eq!(principal.subject, "user-1");
    assert_eq!(issuer.fetches(), after_first_miss + 1);
    // Known keys are served from the cache.
    assert!(
        auth.authenticate(&sign(RSA_A, Algorithm::RS256, "rsa-a", &claims()))
            .await
            .is_ok()
    );
    assert_eq!(issuer.fetches(), after_first_miss + 1);
}

#[tokio::test]
async fn an_unreachable_jwks_endpoint_makes_the_authenticator_unavailable() {
    let addr = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .unwrap()
        .local_addr()
        .unwrap();
    let config = JwksConfig::new(ISSUER, format!("http://{addr}/certs"), AUDIENCE);
    let auth = JwksAuthenticator::new(config).unwrap();
    let result = auth
        .authenticate(&sign(RSA_A, Algorithm::RS256, "rsa-a", &claims()))
        .await;
    assert_eq!(result.unwrap_err(), AuthError::Unavailable);
}

#[tokio::test]
async fn generated_routers_get_401_for_a_bad_token_and_403_for_a_missing_role() {
    use openapi_runtime::auth::{Security, SecurityRequirement, authorize};
    const MANAGE: Security = &[&[SecurityRequirement {
        scheme: "oidc",
        roles: &["manage"],
    }]];
    let (_issuer, auth) = standard().await;
    let headers = |token: &str| {
        let mut headers = http::HeaderMap::new();
        headers.insert(
            http::header::AUTHORIZATION,
            format!("Bearer {token}").parse().unwrap(),
        );
        headers
    };
    let customer = sign(RSA_A, Algorithm::RS256, "rsa-a", &claims());
    assert_eq!(
        authorize(&auth, &headers(&customer), MANAGE)
            .await
            .unwrap_err()
            .status,
        403
    );
    let expired = sign(
        RSA_A,
        Algorithm::RS256,
        "rsa-a",
        &with(claims(), "exp", json!(now() - 600)),
    );
    assert_eq!(
        authorize(&auth, &headers(&expired), MANAGE)
            .await
            .unwrap_err()
            .status,
        401
    );
    let staff = with(claims(), "realm_access", json!({ "roles": ["manage"] }));
    let staff = sign(RSA_A, Algorithm::RS256, "rsa-a", &staff);
    assert_eq!(
        authorize(&auth, &headers(&staff), MANAGE)
            .await
            .unwrap()
            .unwrap()
            .subject,
        "user-1"
    );
}
