//! A dev/test OpenID issuer: serves a JWKS the way Keycloak does and prints signed access tokens,
//! for running services against something until the identity service issues tokens itself.
//!
//! ```text
//! cargo run -p service-kit --example test_issuer -- [--addr 127.0.0.1:0] [--ttl-secs 3600] \
//!     [--role manage]... [--audience bookstore]
//! ```
//!
//! It binds `--addr`, then prints two lines on stdout and keeps serving until killed:
//!
//! ```text
//! http://127.0.0.1:PORT/realms/bookstore     the issuer: give it to services as AUTH_ISSUER
//! eyJ...                                     an RS256 access token with the given realm roles
//! ```
//!
//! The JWKS is at `<issuer>/protocol/openid-connect/certs`, where the services look by default.
//! The signing key is the test-only key under `tests/keys/rsa-a.pem`: nothing but tests and local
//! runs may trust this issuer.

use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, bail};
use axum::Router;
use axum::routing::get;
use jsonwebtoken::jwk::{Jwk, JwkSet};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::json;

/// Test-only key; see `tests/keys/README.md`.
const PRIVATE_KEY: &[u8] = include_bytes!("../tests/keys/rsa-a.pem");
const KID: &str = "test-issuer";
const REALM: &str = "/realms/bookstore";

struct Options {
    addr: String,
    ttl_secs: u64,
    roles: Vec<String>,
    audience: String,
}

fn options() -> anyhow::Result<Options> {
    let mut options = Options {
        addr: "127.0.0.1:0".to_owned(),
        ttl_secs: 3600,
        roles: Vec::new(),
        audience: service_kit::config::DEFAULT_AUDIENCE.to_owned(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let mut value = || args.next().with_context(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--addr" => options.addr = value()?,
            "--ttl-secs" => options.ttl_secs = value()?.parse().context("--ttl-secs")?,
            "--role" => options.roles.push(value()?),
            "--audience" => options.audience = value()?,
            other => bail!(
                "unknown argument {other}; usage: test_issuer [--addr ADDR] [--ttl-secs N] \
                 [--role ROLE]... [--audience NAME]"
            ),
        }
    }
    Ok(options)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let options = options()?;
    let key = EncodingKey::from_rsa_pem(PRIVATE_KEY).context("the test key")?;
    let mut jwk = Jwk::from_encoding_key(&key, Algorithm::RS256).context("the JWK")?;
    jwk.common.key_id = Some(KID.to_owned());
    let keys = JwkSet { keys: vec![jwk] };

    let listener = tokio::net::TcpListener::bind(&options.addr)
        .await
        .with_context(|| format!("binding {}", options.addr))?;
    let issuer = format!("http://{}{REALM}", listener.local_addr()?);

    let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_secs();
    let claims = json!({
        "iss": issuer,
        "sub": "00000000-0000-4000-8000-000000000001",
        "aud": options.audience,
        "azp": "bookstore-web",
        "exp": now + options.ttl_secs,
        "iat": now,
        "jti": uuid::Uuid::new_v4().to_string(),
        "typ": "Bearer",
        "realm_access": { "roles": options.roles },
        "preferred_username": "test-issuer",
    });
    let header = Header {
        kid: Some(KID.to_owned()),
        ..Header::new(Algorithm::RS256)
    };
    let token = jsonwebtoken::encode(&header, &claims, &key).context("signing the token")?;
    println!("{issuer}\n{token}");

    let app = Router::new().route(
        &format!("{REALM}/protocol/openid-connect/certs"),
        get(move || async move { axum::Json(keys.clone()) }),
    );
    axum::serve(listener, app).await.context("serving the JWKS")
}
