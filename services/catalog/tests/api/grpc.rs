//! Every RPC of `bookstore.catalog.v1`, against the running server.

use catalog::application::port::pb::bookstore::catalog::v1::{
    AuthorSortField, BookSortField, GetAuthorRequest, GetAuthorResponse, GetBookRequest,
    GetBookResponse, GetBooksRequest, GetBooksResponse, GetCategoryRequest, GetCategoryResponse,
    GetPublisherRequest, GetPublisherResponse, ListAuthorsRequest, ListAuthorsResponse,
    ListBooksRequest, ListBooksResponse, ListCategoriesRequest, ListCategoriesResponse,
    ListPublishersRequest, ListPublishersResponse,
};
use catalog::application::port::pb::bookstore::common::v1::{Money, SortOrder};
use tonic::Code;

use crate::common::grpc::call;
use crate::common::spawn_app;

#[tokio::test]
async fn book_service_lists_gets_and_batches() {
    let app = spawn_app().await;
    let ch = app.grpc_channel().await;

    let list: ListBooksResponse = call(
        &ch,
        "/bookstore.catalog.v1.BookService/ListBooks",
        ListBooksRequest {
            sort: BookSortField::Price as i32,
            order: SortOrder::Asc as i32,
            limit: 3,
            ..Default::default()
        },
    )
    .await
    .expect("ListBooks");
    assert_eq!(list.total, 6);
    assert_eq!(
        list.books.iter().map(|b| b.id).collect::<Vec<_>>(),
        [1, 2, 4]
    );
    assert_eq!(
        list.books[0].price,
        Some(Money {
            units: 47,
            nanos: 990_000_000
        })
    );

    let filtered: ListBooksResponse = call(
        &ch,
        "/bookstore.catalog.v1.BookService/ListBooks",
        ListBooksRequest {
            title: Some("clean".into()),
            author_id: Some(1),
            ..Default::default()
        },
    )
    .await
    .expect("ListBooks");
    assert_eq!(filtered.total, 2);

    let one: GetBookResponse = call(
        &ch,
        "/bookstore.catalog.v1.BookService/GetBook",
        GetBookRequest { id: 4 },
    )
    .await
    .expect("GetBook");
    let book = one.book.expect("book");
    assert_eq!(book.title, "The Pragmatic Programmer");
    assert_eq!(book.isbn, "9780135957059");
    assert_eq!(
        book.category.map(|c| c.name),
        Some("Coding Practices".to_owned())
    );
    assert_eq!(
        book.publisher.map(|p| p.name),
        Some("Addison-Wesley Professional".to_owned())
    );
    assert_eq!(
        book.authors
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["David Thomas", "Andrew Hunt"]
    );
    assert!(book.created_at.is_some());

    let missing = call::<_, GetBookResponse>(
        &ch,
        "/bookstore.catalog.v1.BookService/GetBook",
        GetBookRequest { id: 99 },
    )
    .await
    .expect_err("unknown id");
    assert_eq!(missing.code(), Code::NotFound);

    let batch: GetBooksResponse = call(
        &ch,
        "/bookstore.catalog.v1.BookService/GetBooks",
        GetBooksRequest {
            ids: vec![6, 99, 1, 6, -4, 0],
        },
    )
    .await
    .expect("GetBooks");
    assert_eq!(batch.books.iter().map(|b| b.id).collect::<Vec<_>>(), [6, 1]);
    assert_eq!(batch.missing_ids, [99, -4, 0]);
    assert_eq!(
        batch.books[0].price,
        Some(Money {
            units: 59,
            nanos: 990_000_000
        })
    );

    let too_many = call::<_, GetBooksResponse>(
        &ch,
        "/bookstore.catalog.v1.BookService/GetBooks",
        GetBooksRequest {
            ids: (1..=101).collect(),
        },
    )
    .await
    .expect_err("too many ids");
    assert_eq!(too_many.code(), Code::InvalidArgument);
}

#[tokio::test]
async fn list_requests_out_of_range_are_invalid_arguments() {
    let app = spawn_app().await;
    let ch = app.grpc_channel().await;
    let bad = [
        ListBooksRequest {
            limit: 101,
            ..Default::default()
        },
        ListBooksRequest {
            limit: -1,
            ..Default::default()
        },
        ListBooksRequest {
            offset: -1,
            ..Default::default()
        },
        ListBooksRequest {
            sort: 42,
            ..Default::default()
        },
        ListBooksRequest {
            order: 7,
            ..Default::default()
        },
        ListBooksRequest {
            title: Some("x".repeat(201)),
            ..Default::default()
        },
        ListBooksRequest {
            category_id: Some(0),
            ..Default::default()
        },
    ];
    for request in bad {
        let status = call::<_, ListBooksResponse>(
            &ch,
            "/bookstore.catalog.v1.BookService/ListBooks",
            request.clone(),
        )
        .await
        .expect_err("refused");
        assert_eq!(status.code(), Code::InvalidArgument, "{request:?}");
    }
    let hostile: ListBooksResponse = call(
        &ch,
        "/bookstore.catalog.v1.BookService/ListBooks",
        ListBooksRequest {
            title: Some("%' OR 1=1 --".into()),
            ..Default::default()
        },
    )
    .await
    .expect("ListBooks");
    assert_eq!(hostile.total, 0);
}

#[tokio::test]
async fn author_service_lists_and_gets() {
    let app = spawn_app().await;
    let ch = app.grpc_channel().await;
    let list: ListAuthorsResponse = call(
        &ch,
        "/bookstore.catalog.v1.AuthorService/ListAuthors",
        ListAuthorsRequest {
            sort: AuthorSortField::Name as i32,
            order: SortOrder::Asc as i32,
            book_id: Some(4),
            ..Default::default()
        },
    )
    .await
    .expect("ListAuthors");
    assert_eq!(
        list.authors
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["Andrew Hunt", "David Thomas"]
    );
    let all: ListAuthorsResponse = call(
        &ch,
        "/bookstore.catalog.v1.AuthorService/ListAuthors",
        ListAuthorsRequest::default(),
    )
    .await
    .expect("ListAuthors");
    assert_eq!(all.total, 6);

    let one: GetAuthorResponse = call(
        &ch,
        "/bookstore.catalog.v1.AuthorService/GetAuthor",
        GetAuthorRequest { id: 2 },
    )
    .await
    .expect("GetAuthor");
    assert_eq!(
        one.author.map(|a| a.name),
        Some("Martin Kleppmann".to_owned())
    );
    let missing = call::<_, GetAuthorResponse>(
        &ch,
        "/bookstore.catalog.v1.AuthorService/GetAuthor",
        GetAuthorRequest { id: 0 },
    )
    .await
    .expect_err("unknown");
    assert_eq!(missing.code(), Code::NotFound);
}

#[tokio::test]
async fn publisher_service_lists_and_gets() {
    let app = spawn_app().await;
    let ch = app.grpc_channel().await;
    let list: ListPublishersResponse = call(
        &ch,
        "/bookstore.catalog.v1.PublisherService/ListPublishers",
        ListPublishersRequest {
            name: Some("PUBLI".into()),
            ..Default::default()
        },
    )
    .await
    .expect("ListPublishers");
    assert_eq!(list.total, 2);
    let one: GetPublisherResponse = call(
        &ch,
        "/bookstore.catalog.v1.PublisherService/GetPublisher",
        GetPublisherRequest { id: 6 },
    )
    .await
    .expect("GetPublisher");
    let pearson = one.publisher.expect("publisher");
    assert_eq!(
        (pearson.name.as_str(), pearson.address.as_str()),
        ("Pearson", "221 River Street, Hoboken, NJ 07030, USA")
    );
    let missing = call::<_, GetPublisherResponse>(
        &ch,
        "/bookstore.catalog.v1.PublisherService/GetPublisher",
        GetPublisherRequest { id: 404 },
    )
    .await
    .expect_err("unknown");
    assert_eq!(missing.code(), Code::NotFound);
}

#[tokio::test]
async fn category_service_lists_and_gets() {
    let app = spawn_app().await;
    let ch = app.grpc_channel().await;
    let list: ListCategoriesResponse = call(
        &ch,
        "/bookstore.catalog.v1.CategoryService/ListCategories",
        ListCategoriesRequest {
            limit: 100,
            order: SortOrder::Asc as i32,
            ..Default::default()
        },
    )
    .await
    .expect("ListCategories");
    assert_eq!(list.total, 23);
    assert_eq!(list.categories.len(), 23);
    let one: GetCategoryResponse = call(
        &ch,
        "/bookstore.catalog.v1.CategoryService/GetCategory",
        GetCategoryRequest { id: 18 },
    )
    .await
    .expect("GetCategory");
    assert_eq!(one.category.map(|c| c.name), Some("Agile".to_owned()));
    let missing = call::<_, GetCategoryResponse>(
        &ch,
        "/bookstore.catalog.v1.CategoryService/GetCategory",
        GetCategoryRequest { id: 24 },
    )
    .await
    .expect_err("unknown");
    assert_eq!(missing.code(), Code::NotFound);
}
