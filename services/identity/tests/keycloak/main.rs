//! Identity's Keycloak adapter against an HTTP double of Keycloak on a real socket (no Keycloak
//! server can run here; `double.rs` answers as Keycloak 26 documents). Adapter-level tests call
//! the `IdentityProvider` port directly; the black-box test starts identity with `idp=keycloak`
//! pointed at the double and goes through identity's REST API.

// Test code throughout: helpers outside `#[test]` functions may panic on failure too.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod double;

use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use app_kit::{FieldIssues, Page, SortOrder};
use double::{CLIENT_ID, CLIENT_SECRET, REALM};
use identity::application::port::idp::client::Client;
use identity::application::port::provider::{
    ClientId, IdentityProvider, ProviderError, UserChanges, UserQuery, UserSort,
};
use identity::application::port::{openapi, pb};
use identity::domain::{Email, Name, NewAccount, Password, Person, Phone, Role, UserId};
use identity::infrastructure::adapter::keycloak::{KeycloakConfig, KeycloakProvider};
use serde_json::{Value, json};
use service_kit::testing::{Backend, TestIssuer, spawn_service};
use service_kit::{Runtime, Service};

const PASSWORD: &str = "correct horse battery";

fn config(base: &str, secret: &str) -> KeycloakConfig {
    KeycloakConfig {
        url: base.to_owned(),
        realm: REALM.to_owned(),
        client_id: CLIENT_ID.to_owned(),
        client_secret: secret.to_owned(),
    }
}

async fn adapter() -> (Arc<double::Keycloak>, KeycloakProvider<Client>) {
    let (kc, base) = double::serve(None).await;
    let provider = KeycloakProvider::connect(&config(&base, CLIENT_SECRET), reqwest::Client::new());
    (kc, provider)
}

fn account(email: &str) -> NewAccount {
    let email = Email::parse(email).unwrap();
    NewAccount {
        password: Password::new(PASSWORD, &email).unwrap(),
        person: Person {
            email,
            first_name: Name::parse("Jane").unwrap(),
            last_name: Name::parse("Doe").unwrap(),
            phone: Some(Phone::parse("+45 1234 5678").unwrap()),
        },
    }
}

fn query(sort: UserSort, order: SortOrder) -> UserQuery {
    let mut issues = FieldIssues::default();
    UserQuery {
        email: None,
        name: None,
        phone: None,
        sort,
        order,
        page: Page::parse(Some(10), 0, &mut issues).unwrap(),
    }
}

#[tokio::test]
async fn sign_up_creates_the_user_sets_the_password_and_maps_the_realm_roles() {
    let (kc, provider) = adapter().await;
    let created = provider
        .create_user(&account("jane@example.com"), Role::CUSTOMER)
        .await
        .unwrap();
    assert_eq!(
        created.roles,
        BTreeSet::from([Role::Profile, Role::Order, Role::View])
    );
    {
        let users = kc.users.lock().unwrap();
        let stored = &users[0];
        assert_eq!(
            stored.id,
            created.id.to_string(),
            "the id is Location's last segment"
        );
        assert_eq!(stored.password.as_deref(), Some(PASSWORD));
        assert_eq!(stored.roles, ["profile", "order", "view"]);
        assert_eq!(stored.rep.username.as_deref(), Some("jane@example.com"));
        assert_eq!(stored.rep.enabled, Some(true));
    }
    let read = provider.user(created.id).await.unwrap().expect("the user");
    assert_eq!(read.person, created.person);
    assert_eq!(
        read.roles, created.roles,
        "Keycloak's default role is not ours"
    );
    assert_eq!(
        read.person.phone.as_ref().map(Phone::as_str),
        Some("+45 1234 5678")
    );
}

#[tokio::test]
async fn a_duplicate_email_is_the_ports_duplicate_error_and_nothing_is_deleted() {
    let (kc, provider) = adapter().await;
    provider
        .create_user(&account("dup@example.com"), Role::CUSTOMER)
        .await
        .unwrap();
    let again = provider
        .create_user(&account("dup@example.com"), Role::CUSTOMER)
        .await;
    assert!(
        matches!(again, Err(ProviderError::DuplicateEmail)),
        "{again:?}"
    );
    assert_eq!(kc.users.lock().unwrap().len(), 1);
    assert!(kc.deleted.lock().unwrap().is_empty());
}

#[tokio::test]
async fn a_failing_role_mapping_deletes_the_half_made_user() {
    let (kc, provider) = adapter().await;
    kc.fail_role_mapping.store(true, Ordering::SeqCst);
    let failed = provider
        .create_user(&account("half@example.com"), Role::CUSTOMER)
        .await;
    assert!(
        matches!(failed, Err(ProviderError::Unexpected(_))),
        "{failed:?}"
    );
    assert!(
        kc.users.lock().unwrap().is_empty(),
        "no half-made user stays"
    );
    assert_eq!(kc.deleted.lock().unwrap().len(), 1);
    // The address is free again once Keycloak maps roles.
    kc.fail_role_mapping.store(false, Ordering::SeqCst);
    provider
        .create_user(&account("half@example.com"), Role::CUSTOMER)
        .await
        .unwrap();
}

#[tokio::test]
async fn the_admin_token_is_cached_and_renewed_once_after_a_401() {
    let (kc, provider) = adapter().await;
    let created = provider
        .create_user(&account("cache@example.com"), Role::CUSTOMER)
        .await
        .unwrap();
    provider.user(created.id).await.unwrap().expect("found");
    assert_eq!(
        kc.admin_grants.load(Ordering::SeqCst),
        1,
        "one client_credentials grant for many admin calls"
    );
    assert_eq!(kc.admin_rejections.load(Ordering::SeqCst), 0);

    kc.expire_admin_token();
    let read = provider.user(created.id).await.unwrap().expect("found");
    assert_eq!(read.id, created.id);
    assert_eq!(kc.admin_rejections.load(Ordering::SeqCst), 1, "one 401");
    assert_eq!(
        kc.admin_grants.load(Ordering::SeqCst),
        2,
        "then one renewal"
    );
}

#[tokio::test]
async fn a_wrong_client_secret_makes_keycloak_unavailable_not_a_crash() {
    let (kc, base) = double::serve(None).await;
    let provider = KeycloakProvider::connect(&config(&base, "wrong"), reqwest::Client::new());
    let result = provider
        .create_user(&account("nope@example.com"), Role::CUSTOMER)
        .await;
    assert!(
        matches!(result, Err(ProviderError::Unavailable(_))),
        "{result:?}"
    );
    assert!(kc.users.lock().unwrap().is_empty());
}

#[tokio::test]
async fn sign_in_exchange_and_sign_out_are_the_oidc_endpoints() {
    let (_kc, provider) = adapter().await;
    let account = account("session@example.com");
    provider
        .create_user(&account, Role::CUSTOMER)
        .await
        .unwrap();
    let client = ClientId::bookstore();
    let email = &account.person.email;

    let wrong = provider
        .password_grant(&client, email, "wrong password")
        .await;
    assert!(
        matches!(wrong, Err(ProviderError::InvalidCredentials)),
        "{wrong:?}"
    );
    let unknown = provider
        .password_grant(&client, &Email::parse("who@example.com").unwrap(), PASSWORD)
        .await;
    assert!(
        matches!(unknown, Err(ProviderError::InvalidCredentials)),
        "{unknown:?}"
    );

    let tokens = provider
        .password_grant(&client, email, PASSWORD)
        .await
        .unwrap();
    assert_eq!(tokens.expires_in, 300);
    assert_eq!(tokens.refresh_expires_in, 1800);
    let rotated = provider
        .refresh_grant(&client, &tokens.refresh_token)
        .await
        .unwrap();
    assert_ne!(rotated.refresh_token, tokens.refresh_token);
    let reused = provider.refresh_grant(&client, &tokens.refresh_token).await;
    assert!(
        matches!(reused, Err(ProviderError::InvalidGrant(_))),
        "{reused:?}"
    );

    provider.revoke(&rotated.refresh_token).await.unwrap();
    let after = provider
        .refresh_grant(&client, &rotated.refresh_token)
        .await;
    assert!(
        matches!(after, Err(ProviderError::InvalidGrant(_))),
        "{after:?}"
    );
    // Keycloak's invalid_grant for an ended session: over either way.
    provider.revoke(&rotated.refresh_token).await.unwrap();
}

#[tokio::test]
async fn users_are_read_listed_updated_and_deleted_through_the_admin_api() {
    let (_kc, provider) = adapter().await;
    let b = provider
        .create_user(&account("b@example.com"), Role::CUSTOMER)
        .await
        .unwrap();
    let a = provider
        .create_user(&account("a@example.com"), Role::STAFF)
        .await
        .unwrap();
    assert!(provider.any_with_role(Role::Manage).await.unwrap());

    let listed = provider
        .users(&query(UserSort::Email, SortOrder::Asc))
        .await
        .unwrap();
    assert_eq!(listed.total, 2);
    let emails: Vec<&str> = listed
        .items
        .iter()
        .map(|u| u.person.email.as_str())
        .collect();
    assert_eq!(emails, ["a@example.com", "b@example.com"]);
    assert_eq!(listed.items[0].roles, BTreeSet::from([Role::Manage]));
    let desc = provider
        .users(&query(UserSort::Email, SortOrder::Desc))
        .await
        .unwrap();
    assert_eq!(desc.items[0].id, b.id);
    let mut only_b = query(UserSort::Email, SortOrder::Asc);
    only_b.email = Some("B@".to_owned());
    let filtered = provider.users(&only_b).await.unwrap();
    assert_eq!(filtered.total, 1);
    assert_eq!(filtered.items[0].id, b.id);

    let changes = UserChanges {
        first_name: Some(Name::parse("Janet").unwrap()),
        phone: Some(None),
        ..UserChanges::default()
    };
    let updated = provider.update_user(b.id, &changes).await.unwrap();
    assert_eq!(updated.person.first_name.as_str(), "Janet");
    assert_eq!(updated.person.phone, None);
    assert_eq!(updated.roles, b.roles, "roles survive an update");
    assert!(updated.updated_at >= updated.created_at);

    let taken = UserChanges {
        email: Some(Email::parse("a@example.com").unwrap()),
        ..UserChanges::default()
    };
    let clash = provider.update_user(b.id, &taken).await;
    assert!(
        matches!(clash, Err(ProviderError::DuplicateEmail)),
        "{clash:?}"
    );

    provider.delete_user(a.id).await.unwrap();
    assert!(provider.user(a.id).await.unwrap().is_none());
    let again = provider.delete_user(a.id).await;
    assert!(
        matches!(again, Err(ProviderError::NotFound(_))),
        "{again:?}"
    );
    let missing = provider.update_user(UserId::new_random(), &changes).await;
    assert!(
        matches!(missing, Err(ProviderError::NotFound(_))),
        "{missing:?}"
    );
    assert!(!provider.any_with_role(Role::Manage).await.unwrap());
}

fn runtime() -> Runtime {
    Runtime::new(Service::Identity)
        .migrations(identity::app::MIGRATIONS)
        .openapi_json(openapi::OPENAPI_JSON)
        .grpc_reflection(pb::FILE_DESCRIPTOR_SET, pb::SERVICE_NAMES)
        .settings_help(identity::app::settings_help().expect("identity's settings help"))
}

/// The realm as identity sees it in Keycloak mode: `AUTH_ISSUER` is the double's realm, and its
/// access tokens verify against the signer's JWKS.
async fn identity_on_keycloak() -> (Arc<double::Keycloak>, service_kit::testing::TestService) {
    let signer = Arc::new(TestIssuer::start().await);
    let (kc, base) = double::serve(Some(Arc::clone(&signer))).await;
    let issuer = kc.issuer_url();
    let settings = [
        ("IDENTITY_IDP", "keycloak"),
        ("IDENTITY_KEYCLOAK_URL", base.as_str()),
        ("IDENTITY_KEYCLOAK_REALM", REALM),
        ("IDENTITY_KEYCLOAK_CLIENT_ID", CLIENT_ID),
        ("IDENTITY_KEYCLOAK_CLIENT_SECRET", CLIENT_SECRET),
        ("IDENTITY_BOOTSTRAP_ADMIN_EMAIL", "staff@example.com"),
        ("IDENTITY_BOOTSTRAP_ADMIN_PASSWORD", "staff password 1"),
        ("AUTH_ISSUER", issuer.as_str()),
        ("AUTH_JWKS_URL", signer.jwks_url()),
        ("AUTH_AUDIENCE", signer.audience()),
    ];
    let service = spawn_service(runtime(), Backend::Sqlite, &settings, identity::app::build).await;
    (kc, service)
}

async fn post(http: &reqwest::Client, url: String, body: &Value) -> reqwest::Response {
    http.post(url).json(body).send().await.unwrap()
}

fn refresh_cookie(response: &reqwest::Response) -> Option<String> {
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix("refresh_token="))
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
}

#[tokio::test]
async fn identity_with_idp_keycloak_signs_up_in_exchanges_and_out_through_its_rest_api() {
    let (kc, service) = identity_on_keycloak().await;
    assert_eq!(
        kc.roles_of_email("staff@example.com"),
        Some(vec!["manage".to_owned()]),
        "the bootstrap staff user is created in Keycloak"
    );
    let http = reqwest::Client::new();
    let signup = json!({"email": "jane@example.com", "password": PASSWORD,
                        "first_name": "Jane", "last_name": "Doe"});
    let created = post(&http, service.url("/api/v1/users/signup"), &signup).await;
    assert_eq!(created.status(), 201);
    let user: Value = created.json().await.unwrap();
    assert_eq!(
        kc.roles_of_email("jane@example.com"),
        Some(vec![
            "profile".to_owned(),
            "order".to_owned(),
            "view".to_owned()
        ])
    );
    let duplicate = post(&http, service.url("/api/v1/users/signup"), &signup).await;
    assert_eq!(duplicate.status(), 409);

    let wrong = post(
        &http,
        service.url("/api/v1/users/signin"),
        &json!({"email": "jane@example.com", "password": "not the password"}),
    )
    .await;
    assert_eq!(wrong.status(), 401);
    let unknown = post(
        &http,
        service.url("/api/v1/users/signin"),
        &json!({"email": "nobody@example.com", "password": "not the password"}),
    )
    .await;
    assert_eq!(unknown.status(), 401);
    assert_eq!(
        wrong.json::<Value>().await.unwrap(),
        unknown.json::<Value>().await.unwrap(),
        "an unknown email and a wrong password look alike"
    );

    let signed_in = post(
        &http,
        service.url("/api/v1/users/signin"),
        &json!({"email": "jane@example.com", "password": PASSWORD}),
    )
    .await;
    assert_eq!(signed_in.status(), 200);
    let refresh = refresh_cookie(&signed_in).expect("the refresh cookie");
    let tokens: Value = signed_in.json().await.unwrap();
    let access = tokens["access_token"].as_str().unwrap();
    // Keycloak's token, accepted by identity through the realm's JWKS.
    let me = http
        .get(service.url("/api/v1/users/me"))
        .bearer_auth(access)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status(), 200);
    assert_eq!(me.json::<Value>().await.unwrap(), user);

    let exchanged = post(
        &http,
        service.url("/api/v1/users/tokens/exchange"),
        &json!({"refresh_token": refresh}),
    )
    .await;
    assert_eq!(exchanged.status(), 200);
    let rotated = refresh_cookie(&exchanged).expect("a new refresh token");
    assert_ne!(rotated, refresh);

    let out = post(
        &http,
        service.url("/api/v1/users/signout"),
        &json!({"refresh_token": rotated}),
    )
    .await;
    assert_eq!(out.status(), 204);
    let refused = post(
        &http,
        service.url("/api/v1/users/tokens/exchange"),
        &json!({"refresh_token": rotated}),
    )
    .await;
    assert_eq!(
        refused.status(),
        401,
        "a signed-out session's token is refused"
    );

    // Identity's own OIDC endpoints are not served: the tokens are Keycloak's.
    let discovery = http
        .get(service.url("/realms/bookstore/.well-known/openid-configuration"))
        .send()
        .await
        .unwrap();
    assert_eq!(discovery.status(), 404);
}
