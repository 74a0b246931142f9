//! Reads are public; writes need a token with the `manage` role.

use catalog::application::port::openapi::client::Client;
use catalog::application::port::openapi::model::AuthorCreate;
use catalog::application::port::openapi::port::{
    CreateAuthorResponse, CreateBookResponse, DeleteBookParams, DeleteBookResponse,
    ListBooksParams, ListBooksResponse,
};

use crate::books::{NEW_ISBN, new_book};
use crate::common::spawn_app;

#[tokio::test]
async fn a_write_without_a_token_is_401_with_www_authenticate() {
    let app = spawn_app().await;
    match app
        .anonymous
        .create_book(&new_book(NEW_ISBN))
        .await
        .expect("create")
    {
        CreateBookResponse::Unauthorized {
            body,
            www_authenticate,
        } => {
            assert_eq!(body.status, 401);
            assert!(www_authenticate.starts_with("Bearer"), "{www_authenticate}");
        }
        other => panic!("{other:?}"),
    }
    let response = app
        .http
        .delete(app.url("/api/v1/books/1"))
        .send()
        .await
        .expect("delete");
    assert_eq!(response.status(), 401);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    assert_eq!(app.book_total().await, 6);
}

#[tokio::test]
async fn a_customer_token_on_a_write_is_403() {
    let app = spawn_app().await;
    assert!(matches!(
        app.customer
            .create_book(&new_book(NEW_ISBN))
            .await
            .expect("create"),
        CreateBookResponse::Forbidden(_)
    ));
    assert!(matches!(
        app.customer
            .delete_book(&DeleteBookParams { id: 1 })
            .await
            .expect("delete"),
        DeleteBookResponse::Forbidden(_)
    ));
    assert!(matches!(
        app.customer
            .create_author(&AuthorCreate {
                name: "Someone".into()
            })
            .await
            .expect("create"),
        CreateAuthorResponse::Forbidden(_)
    ));
    assert_eq!(app.book_total().await, 6);
}

#[tokio::test]
async fn forged_and_expired_tokens_are_401() {
    let app = spawn_app().await;
    let forged = format!("{}x", app.issuer.token(&["manage"]));
    for token in [forged, app.issuer.expired_token(), "not-a-jwt".to_owned()] {
        let client =
            Client::with_http_client(&app.base_url, app.http.clone()).with_bearer_token(token);
        assert!(matches!(
            client
                .delete_book(&DeleteBookParams { id: 1 })
                .await
                .expect("delete"),
            DeleteBookResponse::Unauthorized { .. }
        ));
    }
    assert_eq!(app.book_total().await, 6);
}

#[tokio::test]
async fn reads_need_no_token() {
    let app = spawn_app().await;
    assert!(matches!(
        app.anonymous
            .list_books(&ListBooksParams::default())
            .await
            .expect("list"),
        ListBooksResponse::Ok(_)
    ));
    assert!(matches!(
        app.customer
            .list_books(&ListBooksParams::default())
            .await
            .expect("list"),
        ListBooksResponse::Ok(_)
    ));
}
