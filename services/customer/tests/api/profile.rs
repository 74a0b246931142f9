//! The profile through identity, the caller's token passed on; deleting erases the wishlist
//! and points too, and a retry finishes a delete that failed half-way.

use std::sync::atomic::Ordering;

use serde_json::json;

use crate::common::{ALICE, spawn_app};

fn path() -> String {
    format!("/api/v1/customers/{ALICE}")
}

#[tokio::test]
async fn a_customer_reads_and_replaces_their_profile_with_their_own_token() {
    let app = spawn_app().await;
    let alice = app.customer(ALICE);
    let read = app.get(&path(), &alice).await;
    assert_eq!(read.status, 200);
    assert_eq!(read.body["email"], "alice@example.com");
    let replaced = app
        .put(
            &path(),
            &alice,
            json!({"first_name": "Alice", "last_name": "Liddell", "phone": "+44 20 7946 0000"}),
        )
        .await;
    assert_eq!(replaced.status, 200, "{}", replaced.body);
    assert_eq!(replaced.body["first_name"], "Alice");
    assert_eq!(replaced.body["phone"], "+44 20 7946 0000");
    let tokens = app.world.identity_tokens.lock().unwrap().clone();
    assert!(!tokens.is_empty());
    for token in tokens {
        assert_eq!(token, Some(format!("Bearer {alice}")));
    }
}

#[tokio::test]
async fn a_token_identity_no_longer_accepts_is_a_401_not_a_500() {
    // The token is valid by its signature and expiry, so customer lets it in; identity alone
    // knows its session was signed out, and refuses it where customer forwards it.
    let app = spawn_app().await;
    let alice = app.customer(ALICE);
    app.world.refuse_tokens.store(true, Ordering::SeqCst);
    let read = app.get(&path(), &alice).await;
    assert_eq!(read.status, 401, "{}", read.body);
    assert_eq!(read.header("www-authenticate"), Some("Bearer"));
    assert_eq!(
        read.body["detail"],
        "the bearer token is no longer accepted; sign in again"
    );
    let replaced = app
        .put(
            &path(),
            &alice,
            json!({"first_name": "Alice", "last_name": "L", "phone": null}),
        )
        .await;
    assert_eq!(replaced.status, 401, "{}", replaced.body);
}

#[tokio::test]
async fn values_identity_refuses_are_a_422_at_their_field() {
    let app = spawn_app().await;
    let answer = app
        .put(
            &path(),
            &app.customer(ALICE),
            json!({"first_name": " ", "last_name": "L", "phone": null}),
        )
        .await;
    assert_eq!(answer.status, 422);
    assert_eq!(answer.pointers(), vec!["/body/first_name"]);
}

#[tokio::test]
async fn deleting_erases_the_wishlist_and_points_and_a_half_way_failure_is_finished_by_a_retry() {
    let app = spawn_app().await;
    let alice = app.customer(ALICE);
    app.post(
        &format!("{}/wishlist/items", path()),
        &alice,
        json!({"book_id": 1}),
    )
    .await;
    app.grant(ALICE, 50).await;

    app.world.fail_next_delete.store(true, Ordering::SeqCst);
    let failed = app.delete(&path(), &alice).await;
    assert_eq!(failed.status, 503);
    assert_eq!(failed.header("retry-after"), Some("1"));
    // The account is still there; what customer kept is already gone.
    assert!(app.world.users.lock().unwrap().contains_key(ALICE));
    let staff = app.staff();
    let wishlist = app.get(&format!("{}/wishlist", path()), &staff).await;
    assert_eq!(wishlist.body["total"], 0);
    assert_eq!(
        app.get(&format!("{}/point", path()), &staff).await.body["balance"],
        0
    );

    let retried = app.delete(&path(), &alice).await;
    assert_eq!(retried.status, 204);
    assert!(!app.world.users.lock().unwrap().contains_key(ALICE));
    // A retry after identity already deleted the account still succeeds.
    assert_eq!(app.delete(&path(), &alice).await.status, 204);
    assert_eq!(app.get(&path(), &staff).await.status, 404);
}

#[tokio::test]
async fn deleting_an_unknown_customer_is_a_404() {
    let app = spawn_app().await;
    let unknown = uuid::Uuid::new_v4();
    let answer = app
        .delete(&format!("/api/v1/customers/{unknown}"), &app.staff())
        .await;
    assert_eq!(answer.status, 404);
}
