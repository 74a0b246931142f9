//! A local OpenID issuer for the tests: a JWKS endpoint with a test-only RSA key, and tokens
//! signed with it in the shape Keycloak issues.

use std::time::{SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::routing::get;
use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::json;

pub const ISSUER: &str = "http://127.0.0.1:8083/realms/bookstore";
pub const AUDIENCE: &str = "bookstore";
const KID: &str = "catalog-test";
/// Test-only key (generated for these tests; nothing outside them trusts it).
const PRIVATE_KEY: &[u8] = include_bytes!("../keys/test-rsa.pem");

pub struct Issuer {
    pub jwks_url: String,
    key: EncodingKey,
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

impl Issuer {
    pub async fn start() -> Self {
        let key = EncodingKey::from_rsa_pem(PRIVATE_KEY).expect("test key");
        let mut jwk = Jwk::from_encoding_key(&key, Algorithm::RS256).expect("JWK");
        jwk.common.key_id = Some(KID.to_owned());
        let set = JwkSet { keys: vec![jwk] };
        let app = Router::new().route(
            "/certs",
            get(move || async move { axum::Json(set.clone()) }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let jwks_url = format!("http://{}/certs", listener.local_addr().expect("address"));
        tokio::spawn(async move { axum::serve(listener, app).await });
        Self { jwks_url, key }
    }

    /// A valid access token carrying these realm roles.
    pub fn token(&self, roles: &[&str]) -> String {
        self.sign(&json!({
            "iss": ISSUER,
            "sub": "user-42",
            "aud": AUDIENCE,
            "azp": "web",
            "exp": now() + 600,
            "iat": now(),
            "realm_access": { "roles": roles },
            "email": "staff@example.com",
            "preferred_username": "staff",
        }))
    }

    /// A token that expired an hour ago.
    pub fn expired_token(&self) -> String {
        self.sign(&json!({
            "iss": ISSUER, "sub": "user-42", "aud": AUDIENCE,
            "exp": now() - 3600, "iat": now() - 7200,
            "realm_access": { "roles": ["manage"] },
        }))
    }

    fn sign(&self, claims: &serde_json::Value) -> String {
        let header = Header {
            kid: Some(KID.to_owned()),
            ..Header::new(Algorithm::RS256)
        };
        jsonwebtoken::encode(&header, claims, &self.key).expect("sign")
    }
}
