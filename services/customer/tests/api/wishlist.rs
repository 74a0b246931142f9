//! The wishlist: a set of catalog books with titles, at most 200.

use std::sync::atomic::Ordering;

use serde_json::json;

use crate::common::{ALICE, spawn_app};

fn path(tail: &str) -> String {
    format!("/api/v1/customers/{ALICE}/wishlist{tail}")
}

#[tokio::test]
async fn adding_a_book_twice_keeps_one_and_is_not_an_error() {
    let app = spawn_app().await;
    let alice = app.customer(ALICE);
    let first = app
        .post(&path("/items"), &alice, json!({"book_id": 2}))
        .await;
    assert_eq!(first.status, 201, "{}", first.body);
    assert_eq!(first.header("location"), Some(path("").as_str()));
    assert_eq!(first.body["title"], "Clean Code");
    assert_eq!(first.body["available"], true);
    let again = app
        .post(&path("/items"), &alice, json!({"book_id": 2}))
        .await;
    assert_eq!(again.status, 200);
    assert_eq!(again.body["created_at"], first.body["created_at"]);
    let list = app.get(&path(""), &alice).await;
    assert_eq!(list.status, 200);
    assert_eq!(list.body["total"], 1);
    assert_eq!(list.body["items"][0]["book_id"], 2);
    assert_eq!(list.body["items"][0]["title"], "Clean Code");
}

#[tokio::test]
async fn an_unknown_book_is_a_422_at_its_field_and_nothing_is_stored() {
    let app = spawn_app().await;
    let alice = app.customer(ALICE);
    let answer = app
        .post(&path("/items"), &alice, json!({"book_id": 99}))
        .await;
    assert_eq!(answer.status, 422);
    assert_eq!(answer.pointers(), vec!["/body/book_id"]);
    let answer = app
        .put(&path(""), &alice, json!({"book_ids": [1, 98, 2, 99]}))
        .await;
    assert_eq!(answer.status, 422);
    assert_eq!(
        answer.pointers(),
        vec!["/body/book_ids/1", "/body/book_ids/3"]
    );
    let detail = answer.body["errors"].to_string();
    assert!(detail.contains("98") && detail.contains("99"), "{detail}");
    assert_eq!(app.get(&path(""), &alice).await.body["total"], 0);
}

#[tokio::test]
async fn replacing_sets_exactly_the_books_given_and_keeps_when_those_staying_were_added() {
    let app = spawn_app().await;
    let alice = app.customer(ALICE);
    let kept = app
        .post(&path("/items"), &alice, json!({"book_id": 1}))
        .await;
    app.post(&path("/items"), &alice, json!({"book_id": 2}))
        .await;
    let answer = app
        .put(&path(""), &alice, json!({"book_ids": [3, 1]}))
        .await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    assert_eq!(answer.body["total"], 2);
    let items = answer.body["items"].as_array().unwrap();
    let ids: Vec<i64> = items
        .iter()
        .map(|i| i["book_id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![3, 1]);
    assert_eq!(items[1]["created_at"], kept.body["created_at"]);
    let cleared = app.put(&path(""), &alice, json!({"book_ids": []})).await;
    assert_eq!(cleared.body["total"], 0);
}

#[tokio::test]
async fn a_book_deleted_from_the_catalog_shows_as_unavailable() {
    let app = spawn_app().await;
    let alice = app.customer(ALICE);
    app.put(&path(""), &alice, json!({"book_ids": [1, 2]}))
        .await;
    app.world.books.lock().unwrap().remove(&1);
    let list = app.get(&path("?sort=book_id&order=asc"), &alice).await;
    assert_eq!(list.status, 200, "{}", list.body);
    assert_eq!(list.body["items"][0]["book_id"], 1);
    assert_eq!(list.body["items"][0]["available"], false);
    assert!(list.body["items"][0].get("title").is_none());
    assert_eq!(list.body["items"][1]["available"], true);
}

#[tokio::test]
async fn titles_come_in_one_catalog_call_per_page() {
    let app = spawn_app().await;
    let alice = app.customer(ALICE);
    let ids: Vec<i64> = (1..=150).collect();
    for id in &ids {
        app.world
            .books
            .lock()
            .unwrap()
            .insert(*id, format!("Book {id}"));
    }
    let answer = app.put(&path(""), &alice, json!({"book_ids": ids})).await;
    assert_eq!(answer.status, 200, "{}", answer.body);
    let before = app.world.get_books_calls.load(Ordering::SeqCst);
    let page = app.get(&path("?limit=100&offset=0"), &alice).await;
    assert_eq!(page.body["total"], 150);
    assert_eq!(page.body["items"].as_array().unwrap().len(), 100);
    assert_eq!(app.world.get_books_calls.load(Ordering::SeqCst), before + 1);
}

#[tokio::test]
async fn a_full_wishlist_refuses_another_book_with_a_409_that_says_why() {
    let app = spawn_app().await;
    let alice = app.customer(ALICE);
    for id in 1..=201 {
        app.world
            .books
            .lock()
            .unwrap()
            .insert(id, format!("Book {id}"));
    }
    let ids: Vec<i64> = (1..=200).collect();
    assert_eq!(
        app.put(&path(""), &alice, json!({"book_ids": ids}))
            .await
            .status,
        200
    );
    let answer = app
        .post(&path("/items"), &alice, json!({"book_id": 201}))
        .await;
    assert_eq!(answer.status, 409);
    assert!(answer.body["detail"].as_str().unwrap().contains("200"));
    let too_many: Vec<i64> = (1..=201).collect();
    let answer = app
        .put(&path(""), &alice, json!({"book_ids": too_many}))
        .await;
    assert_eq!(answer.status, 422);
}

#[tokio::test]
async fn removing_a_book_not_on_the_wishlist_is_a_404() {
    let app = spawn_app().await;
    let alice = app.customer(ALICE);
    app.post(&path("/items"), &alice, json!({"book_id": 3}))
        .await;
    assert_eq!(app.delete(&path("/items/3"), &alice).await.status, 204);
    assert_eq!(app.delete(&path("/items/3"), &alice).await.status, 404);
}
