//! Across processes: the identity binary, as `cargo run -p identity` starts it, issues tokens
//! that a real catalog (started in-process by the testing kit, its `AUTH_ISSUER` pointed at the
//! identity process) accepts: a customer is refused a write, the bootstrap staff user makes one.
//! After `identity rotate-keys` and the expiry of the old key, a token the old key signed is
//! refused while one from the new key is accepted.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use catalog::application::port::{openapi, pb};
use serde_json::{Value, json};
use service_kit::testing::{Backend, TestService, spawn_service};
use service_kit::{Runtime, Service};

const STAFF_EMAIL: &str = "staff@example.com";
const STAFF_PASSWORD: &str = "staff password 1";
/// Short, so that a retired key leaves the JWKS within the test.
const ACCESS_TTL_SECS: u64 = 3;

/// The identity process; killed when dropped.
struct Identity {
    child: Child,
    base_url: String,
    issuer: String,
    env: Vec<(String, String)>,
}

impl Drop for Identity {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Identity {
    async fn start(data_dir: &Path) -> Self {
        let port = service_kit::testing::free_port();
        let base_url = format!("http://127.0.0.1:{port}");
        let issuer = format!("{base_url}/realms/bookstore");
        let env: Vec<(String, String)> = [
            ("HTTP_ADDR", format!("127.0.0.1:{port}")),
            ("GRPC_ADDR", "127.0.0.1:0".to_owned()),
            ("DATA_DIR", data_dir.display().to_string()),
            ("AUTH_ISSUER", issuer.clone()),
            ("IDENTITY_BOOTSTRAP_ADMIN_EMAIL", STAFF_EMAIL.to_owned()),
            (
                "IDENTITY_BOOTSTRAP_ADMIN_PASSWORD",
                STAFF_PASSWORD.to_owned(),
            ),
            (
                "IDENTITY_ACCESS_TOKEN_TTL_SECS",
                ACCESS_TTL_SECS.to_string(),
            ),
            ("IDENTITY_KEY_RELOAD_SECS", "1".to_owned()),
            ("IDENTITY_DRAIN_DELAY_MS", "0".to_owned()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        let child = Command::new(env!("CARGO_BIN_EXE_identity"))
            .envs(env.iter().cloned())
            .env_remove("DATABASE_URL")
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the identity binary");
        let identity = Self {
            child,
            base_url,
            issuer,
            env,
        };
        let http = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let ready = http
                .get(format!("{}/readyz", identity.base_url))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success());
            if ready {
                break;
            }
            assert!(Instant::now() < deadline, "identity did not become ready");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        identity
    }

    fn jwks_url(&self) -> String {
        format!("{}/protocol/openid-connect/certs", self.issuer)
    }

    async fn kids(&self) -> Vec<String> {
        let jwks: Value = reqwest::get(self.jwks_url())
            .await
            .expect("jwks")
            .json()
            .await
            .expect("json");
        jwks["keys"]
            .as_array()
            .expect("keys")
            .iter()
            .map(|k| k["kid"].as_str().expect("kid").to_owned())
            .collect()
    }

    async fn post(&self, path: &str, body: Value) -> reqwest::Response {
        reqwest::Client::new()
            .post(format!("{}{path}", self.base_url))
            .json(&body)
            .send()
            .await
            .expect("sent")
    }

    async fn access_token(&self, email: &str, password: &str) -> String {
        let response = self
            .post(
                "/api/v1/users/signin",
                json!({"email": email, "password": password}),
            )
            .await;
        assert_eq!(response.status(), 200);
        let body: Value = response.json().await.expect("json");
        body["access_token"].as_str().expect("token").to_owned()
    }

    fn rotate_keys(&self) {
        let output = Command::new(env!("CARGO_BIN_EXE_identity"))
            .arg("rotate-keys")
            .envs(self.env.iter().cloned())
            .env_remove("DATABASE_URL")
            .output()
            .expect("run identity rotate-keys");
        assert!(
            output.status.success(),
            "rotate-keys failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

fn kid_of(token: &str) -> String {
    let header = jsonwebtoken::decode_header(token).expect("a JWT header");
    header.kid.expect("a kid")
}

/// A catalog that trusts the identity process.
async fn catalog(identity: &Identity) -> TestService {
    let runtime = Runtime::new(Service::Catalog)
        .migrations(catalog::app::MIGRATIONS)
        .openapi_json(openapi::OPENAPI_JSON)
        .grpc_reflection(pb::FILE_DESCRIPTOR_SET, pb::SERVICE_NAMES)
        .settings_help(catalog::app::settings_help().expect("catalog settings help"));
    let jwks = identity.jwks_url();
    spawn_service(
        runtime,
        Backend::Sqlite,
        &[
            ("AUTH_ISSUER", identity.issuer.as_str()),
            ("AUTH_JWKS_URL", jwks.as_str()),
            ("AUTH_AUDIENCE", "bookstore"),
        ],
        catalog::app::build,
    )
    .await
}

async fn create_publisher(catalog: &TestService, token: &str) -> reqwest::StatusCode {
    reqwest::Client::new()
        .post(format!("{}/api/v1/publishers", catalog.base_url))
        .bearer_auth(token)
        .json(&json!({
            "name": format!("Publisher {}", uuid::Uuid::new_v4().simple()),
            "address": "1 Main Street"
        }))
        .send()
        .await
        .expect("sent")
        .status()
}

#[tokio::test]
async fn catalog_accepts_identity_tokens_by_role_and_refuses_a_retired_key() {
    let data = tempfile::tempdir().expect("a temporary directory");
    let identity = Identity::start(data.path()).await;

    let email = format!("reader-{}@example.com", uuid::Uuid::new_v4().simple());
    let signed_up = identity
        .post(
            "/api/v1/users/signup",
            json!({"email": email, "password": "a reader's password",
                   "first_name": "Rea", "last_name": "Der"}),
        )
        .await;
    assert_eq!(signed_up.status(), 201);
    let customer = identity.access_token(&email, "a reader's password").await;
    let staff = identity.access_token(STAFF_EMAIL, STAFF_PASSWORD).await;

    let first = catalog(&identity).await;
    assert_eq!(
        create_publisher(&first, &customer).await,
        403,
        "view is not manage"
    );
    assert_eq!(
        create_publisher(&first, &staff).await,
        201,
        "the bootstrap staff user writes"
    );
    drop(first);

    let old_kid = kid_of(&staff);
    assert_eq!(identity.kids().await, vec![old_kid.clone()]);
    identity.rotate_keys();

    // The running identity picks the new key up (it re-reads keys every second here) and keeps
    // publishing the old one while tokens it signed may still be live.
    let deadline = Instant::now() + Duration::from_secs(10);
    let fresh = loop {
        let token = identity.access_token(STAFF_EMAIL, STAFF_PASSWORD).await;
        if kid_of(&token) != old_kid {
            break token;
        }
        assert!(Instant::now() < deadline, "the new key was never used");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let kids = identity.kids().await;
    assert!(
        kids.contains(&old_kid) && kids.contains(&kid_of(&fresh)),
        "{kids:?}"
    );

    // Once every token of the old key has expired, the old key leaves the JWKS...
    let deadline = Instant::now() + Duration::from_secs(ACCESS_TTL_SECS + 10);
    while identity.kids().await.contains(&old_kid) {
        assert!(
            Instant::now() < deadline,
            "the retired key stayed in the JWKS"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    // ...and a catalog that trusts identity refuses the old key's token (still within the
    // catalog's 30 s clock leeway, so it is the key that decides), accepting the new key's.
    let second = catalog(&identity).await;
    assert_eq!(create_publisher(&second, &staff).await, 401);
    let fresh = identity.access_token(STAFF_EMAIL, STAFF_PASSWORD).await;
    assert_eq!(create_publisher(&second, &fresh).await, 201);
}
