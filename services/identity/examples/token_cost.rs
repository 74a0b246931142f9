//! What one access token costs to sign and to verify, per algorithm the issuer could use, with
//! the crates the services use (jsonwebtoken's RustCrypto backend): the measurement behind the
//! choice of EdDSA (`bench/README.md`, "bench/identity.sh"). And what one password hash costs
//! with identity's hasher (argon2id m = 19 MiB, t = 2, p = 1), the ceiling of sign-ins per CPU.
//!
//! `cargo run --release -q -p identity --example token_cost [ROUNDS]`

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

use ed25519_dalek::pkcs8::EncodePrivateKey;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::pkcs8::EncodePublicKey;

fn claims() -> serde_json::Value {
    // The size and shape of an access token of the built-in issuer.
    serde_json::json!({
        "iss": "http://127.0.0.1:8083/realms/bookstore", "sub": "0b6f3a2e-7d1c-4f7e-9a55-2c1d8e4b9f10",
        "aud": "bookstore", "azp": "bookstore", "exp": 4_000_000_000_i64, "iat": 1_700_000_000,
        "jti": "5d7f1c2a-3b4e-4f60-8a9b-0c1d2e3f4a5b", "typ": "Bearer",
        "sid": "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a", "scope": "profile email",
        "realm_access": {"roles": ["order", "profile", "view"]}, "email": "jane@example.com",
        "email_verified": false, "preferred_username": "jane@example.com",
        "given_name": "Jane", "family_name": "Doe", "name": "Jane Doe",
    })
}

fn measure(alg: Algorithm, encoding: &EncodingKey, decoding: &DecodingKey, rounds: u32) {
    let header = Header::new(alg);
    let claims = claims();
    let started = Instant::now();
    let mut token = String::new();
    for _ in 0..rounds {
        token = jsonwebtoken::encode(&header, &claims, encoding).unwrap();
    }
    let sign = started.elapsed() / rounds;
    let mut validation = Validation::new(alg);
    validation.validate_aud = false;
    let started = Instant::now();
    for _ in 0..rounds {
        jsonwebtoken::decode::<serde_json::Value>(&token, decoding, &validation).unwrap();
    }
    let verify = started.elapsed() / rounds;
    println!(
        "{alg:?}: sign {:.1} us, verify {:.1} us (token {} bytes)",
        sign.as_secs_f64() * 1e6,
        verify.as_secs_f64() * 1e6,
        token.len()
    );
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let rounds: u32 = std::env::args()
        .nth(1)
        .map_or(200, |n| n.parse().expect("ROUNDS"));

    let hasher = identity::infrastructure::adapter::builtin::password::Hasher::new().unwrap();
    let hash = hasher.hash("correct horse battery").await.unwrap();
    let hashes = rounds.div_ceil(10);
    let started = Instant::now();
    for _ in 0..hashes {
        assert!(
            hasher
                .verify("correct horse battery", Some(&hash))
                .await
                .unwrap()
        );
    }
    println!(
        "argon2id m=19456 KiB t=2 p=1: {:.1} ms per verification ({hashes} in a row)",
        (started.elapsed() / hashes).as_secs_f64() * 1e3
    );

    let ed = ed25519_dalek::SigningKey::generate(&mut rand_core::OsRng);
    let ed_der = ed.to_pkcs8_der().unwrap();
    measure(
        Algorithm::EdDSA,
        &EncodingKey::from_ed_der(ed_der.as_bytes()),
        &DecodingKey::from_ed_der(ed.verifying_key().as_bytes()),
        rounds,
    );

    let rsa = rsa::RsaPrivateKey::new(&mut rand_core::OsRng, 2048).unwrap();
    let rsa_der = rsa.to_pkcs1_der().unwrap();
    let public_pem = rsa
        .to_public_key()
        .to_public_key_pem(rsa::pkcs8::LineEnding::LF)
        .unwrap();
    measure(
        Algorithm::RS256,
        &EncodingKey::from_rsa_der(rsa_der.as_bytes()),
        &DecodingKey::from_rsa_pem(public_pem.as_bytes()).unwrap(),
        rounds.div_ceil(10),
    );
}
