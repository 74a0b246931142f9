//! A local OpenID issuer: a test-only RSA key, its JWKS served on a loopback port where a
//! Keycloak realm publishes it, and tokens signed with it in the shape Keycloak issues.

use std::time::{SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::routing::get;
use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::json;

use crate::config::{BUILT_IN_REALM, DEFAULT_AUDIENCE, jwks_url_for_issuer};

const KID: &str = "test-issuer";
/// Test-only key (generated for the tests; nothing outside them trusts it).
const PRIVATE_KEY: &[u8] = include_bytes!("test-issuer.pem");

/// The issuer. Its JWKS endpoint is a task on the runtime that started it and ends with it.
#[derive(Clone)]
pub struct TestIssuer {
    issuer: String,
    jwks_url: String,
    key: EncodingKey,
}

impl std::fmt::Debug for TestIssuer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestIssuer")
            .field("issuer", &self.issuer)
            .finish_non_exhaustive()
    }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs())
}

impl TestIssuer {
    /// Bind a loopback port and serve the JWKS at `<issuer>/protocol/openid-connect/certs`,
    /// the issuer being `http://127.0.0.1:<port>/realms/bookstore`.
    ///
    /// # Panics
    /// No loopback port can be bound (a test environment fault).
    pub async fn start() -> Self {
        let key = EncodingKey::from_rsa_pem(PRIVATE_KEY).expect("the test issuer's key parses");
        let mut jwk = Jwk::from_encoding_key(&key, Algorithm::RS256).expect("a JWK of the key");
        jwk.common.key_id = Some(KID.to_owned());
        let set = JwkSet { keys: vec![jwk] };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind a loopback port for the test issuer");
        let addr = listener.local_addr().expect("the test issuer's address");
        let issuer = format!("http://{addr}{BUILT_IN_REALM}");
        let jwks_url = jwks_url_for_issuer(&issuer);
        let path = jwks_url
            .trim_start_matches(&format!("http://{addr}"))
            .to_owned();
        let app = Router::new().route(&path, get(move || async move { axum::Json(set.clone()) }));
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self {
            issuer,
            jwks_url,
            key,
        }
    }

    /// The `iss` of its tokens (`AUTH_ISSUER`).
    pub fn issuer(&self) -> &str {
        &self.issuer
    }

    /// Where its keys are published (`AUTH_JWKS_URL`, also derivable from the issuer).
    pub fn jwks_url(&self) -> &str {
        &self.jwks_url
    }

    /// The `aud` of its tokens (`AUTH_AUDIENCE`).
    pub fn audience(&self) -> &str {
        DEFAULT_AUDIENCE
    }

    /// A valid access token carrying these realm roles, shaped like Keycloak's.
    pub fn token(&self, roles: &[&str]) -> String {
        self.sign(&self.claims(roles, now() + 600, now()))
    }

    /// A token whose signature and claims are fine but which expired an hour ago.
    pub fn expired_token(&self) -> String {
        self.sign(&self.claims(&["manage"], now() - 3600, now() - 7200))
    }

    /// The claims of an access token: what Keycloak puts in one for user `user-42`.
    pub fn claims(&self, roles: &[&str], exp: u64, iat: u64) -> serde_json::Value {
        json!({
            "iss": self.issuer,
            "sub": "user-42",
            "aud": DEFAULT_AUDIENCE,
            "azp": "web",
            "typ": "Bearer",
            "exp": exp,
            "iat": iat,
            "jti": uuid::Uuid::new_v4().to_string(),
            "realm_access": { "roles": roles },
            "email": "staff@example.com",
            "preferred_username": "staff",
        })
    }

    /// Any claims, signed with the issuer's key (RS256, its `kid`).
    ///
    /// # Panics
    /// The claims cannot be encoded (they are JSON already, so never in practice).
    pub fn sign(&self, claims: &serde_json::Value) -> String {
        let header = Header {
            kid: Some(KID.to_owned()),
            ..Header::new(Algorithm::RS256)
        };
        jsonwebtoken::encode(&header, claims, &self.key).expect("sign a test token")
    }
}
