//! The built-in issuer's storage contract, on SQLite and on MariaDB/MySQL (a fresh, migrated
//! database per backend; under `CI` the MySQL half cannot be skipped).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use app_kit::{FieldIssues, Page, SortOrder};
use chrono::{Duration, Utc};
use identity::application::port::provider::{UserQuery, UserSort};
use identity::domain::{Email, Name, Person, Role, User, UserId};
use identity::infrastructure::adapter::builtin::store::{
    IssuerStore, KeyRow, Presented, StoreError,
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

#[tokio::test]
async fn a_retired_key_is_kept_until_its_tokens_expire() {
    for backend in backends().await {
        let db = TestDatabase::create(backend, &identity::app::MIGRATIONS).await;
        let store = IssuerStore::new(db.database().clone());
        let now = Utc::now();
        let key = |kid: &str, at| KeyRow {
            kid: kid.to_owned(),
            private_key: vec![1, 2, 3],
            created_at: at,
            retired_at: None,
        };
        assert!(store.add_key(&key("k1", now), false, now).await.unwrap());
        assert!(
            !store.add_key(&key("k0", now), false, now).await.unwrap(),
            "a first key is stored once"
        );
        let rotated_at = now + Duration::seconds(1);
        let until = rotated_at + Duration::seconds(300);
        assert!(
            store
                .add_key(&key("k2", rotated_at), true, until)
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
