//! The built-in issuer's storage contract, on SQLite and on MariaDB/MySQL (a fresh, migrated
//! database per backend; under `CI` the MySQL half cannot be skipped).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use app_kit::{FieldIssues, Page, SortOrder};
use chrono::{Duration, Utc};
use identity::application::port::provider::{UserQuery, UserSort};
use identity::domain::{Email, Name, Person, Role, User, UserId};
use identity::infrastructure::adapter::builtin::store::{
    AddKey, IssuerStore, KeyRow, KeyType, Presented, StoreError,
};
use service_kit::testing::{TestDatabase, backends};

fn user(email: &str, first: &str) -> User {
    let now = service_kit::db::sql::now();
    User {
        id: UserId::new_random(),
        person: Person {
            email: Email::parse(email).unwrap(),
            first_name: Name::parse(first).unwrap(),
            last_name: Name::parse("Doe").unwrap(),
            phone: None,
        },
        roles: Role::CUSTOMER.iter().copied().collect::<BTreeSet<_>>(),
        created_at: now,
        updated_at: now,
    }
}

fn query(email: Option<&str>, name: Option<&str>) -> UserQuery {
    UserQuery {
        email: email.map(str::to_owned),
        name: name.map(str::to_owned),
        phone: None,
        sort: UserSort::Email,
        order: SortOrder::Asc,
        page: Page::parse(Some(100), 0, &mut FieldIssues::default()).unwrap(),
    }
}

#[tokio::test]
async fn users_are_unique_by_email_and_filtered_literally() {
    for backend in backends().await {
        let db = TestDatabase::create(backend, &identity::app::MIGRATIONS).await;
        let store = IssuerStore::new(db.database().clone());
        let ann = user("ann_100%@example.com", "Ann");
        let bob = user("bob@example.com", "Bob");
        store.insert_user(&ann, "hash-a").await.unwrap();
        store.insert_user(&bob, "hash-b").await.unwrap();
        let clash = store
            .insert_user(&user("bob@example.com", "Other"), "h")
            .await;
        assert!(
            matches!(clash, Err(StoreError::DuplicateEmail)),
            "{}",
            db.label()
        );

        let (found, hash) = store.credentials(&ann.person.email).await.unwrap().unwrap();
        assert_eq!((found, hash.as_str()), (ann.clone(), "hash-a"));
        let all = store.users(&query(None, None)).await.unwrap();
        assert_eq!(all.total, 2);
        // `_` and `%` are matched as themselves, not as wildcards.
        assert_eq!(
            store
                .users(&query(Some("_100%"), None))
                .await
                .unwrap()
                .total,
            1
        );
        assert_eq!(
            store.users(&query(Some("b_b"), None)).await.unwrap().total,
            0
        );
        assert_eq!(
            store.users(&query(None, Some("BO"))).await.unwrap().items,
            vec![bob.clone()]
        );
        assert!(store.any_with_role(Role::Profile).await.unwrap());
        assert!(!store.any_with_role(Role::Manage).await.unwrap());

        assert!(store.delete_user(bob.id).await.unwrap());
        assert!(!store.delete_user(bob.id).await.unwrap());
        assert!(store.user(bob.id).await.unwrap().is_none());
    }
}

#[tokio::test]
async fn a_refresh_token_rotates_once_and_its_reuse_ends_the_session() {
    for backend in backends().await {
        let db = TestDatabase::create(backend, &identity::app::MIGRATIONS).await;
        let store = IssuerStore::new(db.database().clone());
        let ann = user("ann@example.com", "Ann");
        store.insert_user(&ann, "h").await.unwrap();
        let now = service_kit::db::sql::now();
        let later = now + Duration::minutes(30);
        store
            .create_session("s1", ann.id, "web", "t1", now, later)
            .await
            .unwrap();
        assert!(store.session_open("s1", now).await.unwrap());
        let rotated = store
            .rotate_refresh_token("t1", "t2", now, later)
            .await
            .unwrap();
        assert!(
            matches!(rotated, Presented::Rotated { ref session_id, user_id } if session_id == "s1" && user_id == ann.id)
        );
        assert!(matches!(
            store
                .rotate_refresh_token("nope", "t3", now, later)
                .await
                .unwrap(),
            Presented::Invalid
        ));
        assert!(store.live_refresh_token("t2", now).await.unwrap().is_some());
        assert!(matches!(
            store
                .rotate_refresh_token("t1", "t3", now, later)
                .await
                .unwrap(),
            Presented::Reused
        ));
        assert!(
            !store.session_open("s1", now).await.unwrap(),
            "{}",
            db.label()
        );
        assert!(matches!(
            store
                .rotate_refresh_token("t2", "t4", now, later)
                .await
                .unwrap(),
            Presented::Invalid
        ));
        assert!(store.live_refresh_token("t2", now).await.unwrap().is_none());

        // Past their expiry, the session and both tokens are purged; nothing live is.
        store
            .create_session("s2", ann.id, "web", "t9", now, later + Duration::hours(1))
            .await
            .unwrap();
        assert_eq!(
            store
                .purge_expired(later + Duration::seconds(1))
                .await
                .unwrap(),
            3
        );
        assert!(
            store.live_refresh_token("t9", now).await.unwrap().is_some(),
            "{}",
            db.label()
        );
    }
}

/// Exchanges arriving together (on SQLite, written in one group commit): each session's token
/// rotates once, and of two presentations of one token at the same moment exactly one rotates
/// while the other counts as reuse and ends that session.
#[tokio::test]
async fn concurrent_exchanges_each_rotate_once_and_a_doubled_token_ends_its_session() {
    for backend in backends().await {
        let db = TestDatabase::create(backend, &identity::app::MIGRATIONS).await;
        concurrent_exchanges(db.database().clone(), db.label()).await;
    }
}

/// The same on a SQLite file, where the group commits run on a rusqlite connection of their
/// own beside the pool (an in-memory database has only the pool's).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_exchanges_on_a_sqlite_file_each_rotate_once() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("identity.db").display()
    );
    let database = service_kit::Database::connect(&service_kit::Secret::new(url))
        .await
        .expect("opened");
    database
        .migrate(&identity::app::MIGRATIONS)
        .await
        .expect("migrated");
    concurrent_exchanges(database, "SQLite file").await;
}

async fn concurrent_exchanges(database: service_kit::Database, label: &str) {
    let store = IssuerStore::new(database);
    let ann = user("ann@example.com", "Ann");
    store.insert_user(&ann, "h").await.unwrap();
    let now = service_kit::db::sql::now();
    let later = now + Duration::minutes(30);
    for i in 0..20 {
        store
            .create_session(
                &format!("s{i}"),
                ann.id,
                "web",
                &format!("t{i}"),
                now,
                later,
            )
            .await
            .unwrap();
    }
    let exchanges = (0..20).map(|i| {
        let store = store.clone();
        tokio::spawn(async move {
            store
                .rotate_refresh_token(&format!("t{i}"), &format!("n{i}"), now, later)
                .await
        })
    });
    let doubled = (0..2).map(|copy| {
        let store = store.clone();
        tokio::spawn(async move {
            store
                .rotate_refresh_token("t0", &format!("d{copy}"), now, later)
                .await
        })
    });
    let mut outcomes = Vec::new();
    for task in exchanges.chain(doubled).collect::<Vec<_>>() {
        outcomes.push(task.await.unwrap().unwrap());
    }
    let rotated = |o: &Presented| matches!(o, Presented::Rotated { .. });
    for (i, outcome) in outcomes.iter().enumerate().skip(1).take(19) {
        assert!(rotated(outcome), "s{i} ({label})");
        assert!(store.session_open(&format!("s{i}"), now).await.unwrap());
    }
    let t0: Vec<_> = [0, 20, 21].iter().map(|&i| rotated(&outcomes[i])).collect();
    assert_eq!(
        t0.iter().filter(|&&r| r).count(),
        1,
        "t0 rotates exactly once ({label})"
    );
    assert!(
        !store.session_open("s0", now).await.unwrap(),
        "its reuse ends the session ({label})"
    );
    // A rotated token's successor is live and can itself be exchanged; the used one cannot.
    assert!(store.live_refresh_token("n5", now).await.unwrap().is_some());
    assert!(store.live_refresh_token("t5", now).await.unwrap().is_none());
    assert!(matches!(
        store
            .rotate_refresh_token("n5", "m5", now, later)
            .await
            .unwrap(),
        Presented::Rotated { .. }
    ));
}

#[tokio::test]
async fn a_retired_key_is_kept_until_its_tokens_expire() {
    for backend in backends().await {
        let db = TestDatabase::create(backend, &identity::app::MIGRATIONS).await;
        let store = IssuerStore::new(db.database().clone());
        let now = Utc::now();
        let key = |kid: &str, at| KeyRow {
            kid: kid.to_owned(),
            key_type: KeyType::Ed25519,
            private_key: vec![1, 2, 3],
            created_at: at,
            retired_at: None,
        };
        assert!(
            store
                .add_key(&key("k1", now), AddKey::First, now)
                .await
                .unwrap()
        );
        assert!(
            !store
                .add_key(&key("k0", now), AddKey::First, now)
                .await
                .unwrap(),
            "a first key is stored once"
        );
        assert!(
            !store
                .add_key(&key("k0", now), AddKey::ReplacingType(KeyType::Rsa), now)
                .await
                .unwrap(),
            "an upgrade replaces keys of the old type only"
        );
        let rotated_at = now + Duration::seconds(1);
        let until = rotated_at + Duration::seconds(300);
        assert!(
            store
                .add_key(&key("k2", rotated_at), AddKey::Rotate, until)
                .await
                .unwrap()
        );
        let kids = |rows: Vec<KeyRow>| rows.into_iter().map(|k| k.kid).collect::<Vec<_>>();
        assert_eq!(kids(store.keys(rotated_at).await.unwrap()), ["k2", "k1"]);
        assert_eq!(
            kids(store.keys(until + Duration::seconds(1)).await.unwrap()),
            ["k2"],
            "{}",
            db.label()
        );
    }
}

/// A database of a version that signed RS256 (its key row has the column's default type, RSA):
/// the first start of this one signs with a new Ed25519 key, and the RSA key's tokens keep
/// verifying until they could have expired.
#[tokio::test]
async fn an_rs256_key_from_an_earlier_version_verifies_its_tokens_until_they_expire() {
    use identity::application::port::provider::{ClientId, IdentityProvider};
    use identity::domain::{NewAccount, Password};
    use identity::infrastructure::adapter::builtin::{BuiltinProvider, IssuerConfig};
    use jsonwebtoken::{Algorithm, EncodingKey, Header};
    use rsa::pkcs1::EncodeRsaPrivateKey;

    for backend in backends().await {
        let db = TestDatabase::create(backend, &identity::app::MIGRATIONS).await;
        let store = IssuerStore::new(db.database().clone());
        let rsa = rsa::RsaPrivateKey::new(&mut rand_core::OsRng, 2048).unwrap();
        let der = rsa.to_pkcs1_der().unwrap().as_bytes().to_vec();
        let now = Utc::now();
        // Stored as the earlier version stored it: no key_type, so the column's default.
        match db.database() {
            service_kit::Database::Sqlite(pool) => {
                sqlx::query("INSERT INTO signing_key (kid, private_key, created_at) VALUES ('old-rsa', ?, ?)")
                    .bind(&der).bind(now).execute(pool).await.unwrap();
            }
            service_kit::Database::MySql(pool) => {
                sqlx::query("INSERT INTO signing_key (kid, private_key, created_at) VALUES ('old-rsa', ?, ?)")
                    .bind(&der).bind(now).execute(pool).await.unwrap();
            }
        }
        let config = IssuerConfig {
            issuer: "http://127.0.0.1:8083/realms/bookstore".to_owned(),
            audience: "bookstore".to_owned(),
            access_ttl: std::time::Duration::from_secs(300),
            refresh_ttl: std::time::Duration::from_secs(1800),
        };
        let old_token = {
            let claims = serde_json::json!({
                "iss": config.issuer, "sub": UserId::new_random().to_string(), "aud": "bookstore",
                "azp": "bookstore", "exp": now.timestamp() + 300, "iat": now.timestamp(),
                "jti": "j", "typ": "Bearer", "sid": "s", "scope": "profile email",
                "realm_access": {"roles": ["profile"]}, "email": "old@example.com",
                "email_verified": false, "preferred_username": "old@example.com",
                "given_name": "Old", "family_name": "Token", "name": "Old Token",
            });
            let header = Header {
                kid: Some("old-rsa".to_owned()),
                ..Header::new(Algorithm::RS256)
            };
            jsonwebtoken::encode(&header, &claims, &EncodingKey::from_rsa_der(&der)).unwrap()
        };

        let provider = BuiltinProvider::open(
            db.database().clone(),
            config.clone(),
            std::time::Duration::from_secs(10),
        )
        .await
        .unwrap();
        let current = provider.keys().current().await.unwrap();
        assert_eq!(current.algorithm, Algorithm::EdDSA, "{}", db.label());
        let jwks = serde_json::to_value(provider.keys().jwks().await).unwrap();
        let types: Vec<_> = jwks["keys"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| k["kty"].as_str().unwrap().to_owned())
            .collect();
        assert_eq!(types, ["OKP", "RSA"], "{}", db.label());
        let claims = provider.verify_access_token(&old_token).await.unwrap();
        assert_eq!(claims.email, "old@example.com");

        // New tokens are EdDSA, signed by the new key, and verify.
        let email = Email::parse("new@example.com").unwrap();
        let account = NewAccount {
            person: Person {
                email: email.clone(),
                first_name: Name::parse("New").unwrap(),
                last_name: Name::parse("Token").unwrap(),
                phone: None,
            },
            password: Password::new("correct horse battery", &email).unwrap(),
        };
        provider
            .create_user(&account, Role::CUSTOMER)
            .await
            .unwrap();
        let tokens = provider
            .password_grant(&ClientId::bookstore(), &email, "correct horse battery")
            .await
            .unwrap();
        let header = jsonwebtoken::decode_header(&tokens.access_token).unwrap();
        assert_eq!(header.alg, Algorithm::EdDSA);
        assert_eq!(header.kid.as_deref(), Some(current.kid.as_str()));
        assert!(
            provider
                .verify_access_token(&tokens.access_token)
                .await
                .is_ok()
        );

        // An RS256 token under the Ed25519 key's kid (or any other mix) is refused.
        let mixed = {
            let header = Header {
                kid: Some(current.kid.clone()),
                ..Header::new(Algorithm::RS256)
            };
            let claims = jsonwebtoken::dangerous::insecure_decode::<serde_json::Value>(&old_token)
                .unwrap()
                .claims;
            jsonwebtoken::encode(&header, &claims, &EncodingKey::from_rsa_der(&der)).unwrap()
        };
        assert!(provider.verify_access_token(&mixed).await.is_err());

        // A second start keeps the Ed25519 key; the RSA key goes once its tokens have expired.
        let again = BuiltinProvider::open(
            db.database().clone(),
            config,
            std::time::Duration::from_secs(10),
        )
        .await
        .unwrap();
        assert_eq!(again.keys().current().await.unwrap().kid, current.kid);
        let later: Vec<_> = store
            .keys(now + Duration::seconds(360))
            .await
            .unwrap()
            .into_iter()
            .map(|k| (k.kid, k.key_type))
            .collect();
        assert_eq!(
            later,
            [(current.kid.clone(), KeyType::Ed25519)],
            "{}",
            db.label()
        );
    }
}
