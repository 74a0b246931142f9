use std::str::FromStr;

use catalog::application::port::openapi::model::{
    self, BookCreate, BookReplace, BookSort, SortOrder,
};
use catalog::application::port::openapi::port::{
    CreateBookResponse, DeleteBookParams, DeleteBookResponse, GetBookParams, GetBookResponse,
    ListBooksParams, ListBooksResponse, ReplaceBookParams, ReplaceBookResponse,
};
use rust_decimal::Decimal;

use crate::common::{Db, FakeStock, STOCK, TestApp, spawn_app, spawn_app_with};

fn price(text: &str) -> Decimal {
    Decimal::from_str(text).expect("decimal")
}

pub fn new_book(isbn: &str) -> BookCreate {
    BookCreate {
        title: "Domain-Driven Design".to_owned(),
        isbn: isbn.to_owned(),
        price: price("61.50"),
        description: Some("Tackling complexity in the heart of software.".to_owned()),
        category_id: 19,
        publisher_id: 4,
        author_ids: vec![5, 1],
    }
}

pub const NEW_ISBN: &str = "9780321125217";

async fn list(app: &TestApp, params: ListBooksParams) -> model::BookPage {
    match app.anonymous.list_books(&params).await.expect("list") {
        ListBooksResponse::Ok(page) => page,
        other => panic!("{other:?}"),
    }
}

async fn get(app: &TestApp, id: i64) -> GetBookResponse {
    app.anonymous
        .get_book(&GetBookParams { id })
        .await
        .expect("get")
}

async fn create(app: &TestApp, body: &BookCreate) -> model::Book {
    match app.staff.create_book(body).await.expect("create") {
        CreateBookResponse::Created { body, .. } => body,
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn the_six_seed_books_are_listed_newest_first() {
    let app = spawn_app().await;
    let page = list(&app, ListBooksParams::default()).await;
    assert_eq!(page.total, 6);
    let titles: Vec<&str> = page.items.iter().map(|b| b.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Kubernetes in Action",
            "Refactoring",
            "The Pragmatic Programmer",
            "Designing Data-Intensive Applications",
            "Clean Architecture",
            "Clean Code"
        ]
    );
    let pragmatic = &page.items[2];
    assert_eq!(pragmatic.price, price("54.99"));
    assert_eq!(pragmatic.publisher.name, "Addison-Wesley Professional");
    assert_eq!(
        pragmatic
            .authors
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["David Thomas", "Andrew Hunt"]
    );
    assert!(
        page.items.iter().all(|b| b.stock.as_ref().map(|s| (
            s.quantity,
            s.reserved_quantity,
            s.available_quantity
        )) == Some((
            STOCK.quantity,
            STOCK.reserved_quantity,
            STOCK.available_quantity
        ))),
        "every listed book carries its stock"
    );
}

#[tokio::test]
async fn the_seed_books_are_served_from_mysql_too() {
    let Some(app) = spawn_app_with(FakeStock(Some(STOCK)), Db::MySql).await else {
        return;
    };
    let page = list(&app, ListBooksParams::default()).await;
    assert_eq!(page.total, 6);
    let created = create(&app, &new_book(NEW_ISBN)).await;
    assert_eq!(
        created.authors.iter().map(|a| a.id).collect::<Vec<_>>(),
        [5, 1]
    );
    assert_eq!(list(&app, ListBooksParams::default()).await.total, 7);
}

#[tokio::test]
async fn books_are_filtered_and_totals_count_every_match() {
    let app = spawn_app().await;
    let by_title = list(
        &app,
        ListBooksParams {
            title: Some("CLEAN".into()),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(by_title.total, 2);
    let by_author = list(
        &app,
        ListBooksParams {
            author_id: Some(1),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(by_author.total, 2);
    let by_publisher = list(
        &app,
        ListBooksParams {
            publisher_id: Some(4),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(by_publisher.total, 2);
    let by_category = list(
        &app,
        ListBooksParams {
            category_id: Some(20),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(
        by_category.items.iter().map(|b| b.id).collect::<Vec<_>>(),
        [3]
    );
    let none = list(
        &app,
        ListBooksParams {
            category_id: Some(1),
            ..Default::default()
        },
    )
    .await;
    assert_eq!((none.total, none.items.len()), (0, 0));

    let page = list(
        &app,
        ListBooksParams {
            limit: 2,
            offset: 2,
            sort: BookSort::Price,
            order: SortOrder::Asc,
            ..Default::default()
        },
    )
    .await;
    assert_eq!(page.total, 6);
    assert_eq!(
        page.items
            .iter()
            .map(|b| b.price.to_string())
            .collect::<Vec<_>>(),
        ["54.99", "59.99"]
    );
    let beyond = list(
        &app,
        ListBooksParams {
            offset: 50,
            ..Default::default()
        },
    )
    .await;
    assert_eq!((beyond.total, beyond.items.len()), (6, 0));
}

#[tokio::test]
async fn a_created_book_answers_201_with_its_location_and_keeps_its_authors() {
    let app = spawn_app().await;
    let (body, location) = match app
        .staff
        .create_book(&new_book(NEW_ISBN))
        .await
        .expect("create")
    {
        CreateBookResponse::Created { body, location } => (body, location),
        other => panic!("{other:?}"),
    };
    assert_eq!(location, format!("/api/v1/books/{}", body.id));
    assert_eq!(body.version, 0);
    assert_eq!(body.price.to_string(), "61.50");
    assert_eq!(body.category.name, "Software Architecture");
    assert_eq!(
        body.authors
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["Martin Fowler", "Robert C. Martin"]
    );

    let fetched: serde_json::Value = app
        .http
        .get(app.url(&location))
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    assert_eq!(fetched["authors"][0]["id"], 5);
    assert_eq!(fetched["authors"][1]["id"], 1);
    assert_eq!(fetched["price"], "61.50");
    let by_author = list(
        &app,
        ListBooksParams {
            author_id: Some(5),
            ..Default::default()
        },
    )
    .await;
    assert_eq!(by_author.total, 2);
}

#[tokio::test]
async fn an_isbn_10_is_stored_as_isbn_13_and_counts_as_a_duplicate() {
    let app = spawn_app().await;
    let created = create(&app, &new_book("0321125215")).await;
    assert_eq!(created.isbn, NEW_ISBN);
    match app
        .staff
        .create_book(&new_book(NEW_ISBN))
        .await
        .expect("create")
    {
        CreateBookResponse::Conflict(problem) => assert_eq!(problem.status, 409),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_duplicate_isbn_is_a_409_and_nothing_is_written() {
    let app = spawn_app().await;
    match app
        .staff
        .create_book(&new_book("9780132350884"))
        .await
        .expect("create")
    {
        CreateBookResponse::Conflict(problem) => {
            assert_eq!(problem.title, "Conflict");
            assert!(problem.detail.unwrap_or_default().contains("ISBN"));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(app.book_total().await, 6);
}

#[tokio::test]
async fn unknown_category_publisher_and_authors_are_422_at_their_fields() {
    let app = spawn_app().await;
    let body = BookCreate {
        category_id: 99,
        publisher_id: 77,
        author_ids: vec![1, 555, 666],
        ..new_book(NEW_ISBN)
    };
    match app.staff.create_book(&body).await.expect("create") {
        CreateBookResponse::UnprocessableEntity(problem) => {
            let pointers: Vec<&str> = problem.errors.iter().map(|e| e.pointer.as_str()).collect();
            assert_eq!(
                pointers,
                [
                    "/body/category_id",
                    "/body/publisher_id",
                    "/body/author_ids/1",
                    "/body/author_ids/2"
                ]
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(app.book_total().await, 6);
}

#[tokio::test]
async fn business_rules_are_422_with_a_pointer_per_field() {
    let app = spawn_app().await;
    // A blank title and a zero price break rules the spec states (its patterns), so the router
    // refuses them; the ISBN's check digit is the service's own rule.
    let body = BookCreate {
        price: price("0.00"),
        title: "\u{3000} \t".to_owned(),
        ..new_book(NEW_ISBN)
    };
    match app.staff.create_book(&body).await.expect("create") {
        CreateBookResponse::UnprocessableEntity(problem) => {
            let mut pointers: Vec<&str> =
                problem.errors.iter().map(|e| e.pointer.as_str()).collect();
            pointers.sort_unstable();
            assert_eq!(pointers, ["/body/price", "/body/title"], "{problem:?}");
        }
        other => panic!("{other:?}"),
    }
    let body = BookCreate {
        isbn: "9780132350885".to_owned(),
        ..new_book(NEW_ISBN)
    };
    match app.staff.create_book(&body).await.expect("create") {
        CreateBookResponse::UnprocessableEntity(problem) => {
            // A business rule points into the body like a schema rule does.
            let pointers: Vec<&str> = problem.errors.iter().map(|e| e.pointer.as_str()).collect();
            assert_eq!(pointers, ["/body/isbn"]);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(app.book_total().await, 6);
}

#[tokio::test]
async fn a_replace_needs_the_current_version() {
    let app = spawn_app().await;
    let replace = |version| BookReplace {
        title: "Clean Code, Revised".to_owned(),
        isbn: "9780132350884".to_owned(),
        price: price("39.99"),
        description: None,
        category_id: 21,
        publisher_id: 6,
        author_ids: vec![1, 5],
        version,
    };
    let stored = match app
        .staff
        .replace_book(&ReplaceBookParams { id: 1 }, &replace(0))
        .await
        .expect("replace")
    {
        ReplaceBookResponse::Ok(book) => book,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        (
            stored.version,
            stored.title.as_str(),
            stored.description.as_deref()
        ),
        (1, "Clean Code, Revised", None)
    );
    assert_eq!(stored.authors.len(), 2);
    assert!(stored.updated_at > stored.created_at);

    match app
        .staff
        .replace_book(&ReplaceBookParams { id: 1 }, &replace(0))
        .await
        .expect("replace")
    {
        ReplaceBookResponse::Conflict(problem) => {
            assert!(problem.detail.unwrap_or_default().contains("stale"))
        }
        other => panic!("{other:?}"),
    }
    match app
        .staff
        .replace_book(&ReplaceBookParams { id: 9999 }, &replace(0))
        .await
        .expect("replace")
    {
        ReplaceBookResponse::NotFound(problem) => assert_eq!(problem.status, 404),
        other => panic!("{other:?}"),
    }
    let clash = BookReplace {
        isbn: "9781449373320".to_owned(),
        ..replace(1)
    };
    match app
        .staff
        .replace_book(&ReplaceBookParams { id: 1 }, &clash)
        .await
        .expect("replace")
    {
        ReplaceBookResponse::Conflict(problem) => {
            assert!(problem.detail.unwrap_or_default().contains("ISBN"))
        }
        other => panic!("{other:?}"),
    }
    match get(&app, 1).await {
        GetBookResponse::Ok(book) => assert_eq!(
            (book.version, book.price.to_string()),
            (1, "39.99".to_owned())
        ),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_deleted_book_is_gone() {
    let app = spawn_app().await;
    assert!(matches!(
        app.staff
            .delete_book(&DeleteBookParams { id: 3 })
            .await
            .expect("delete"),
        DeleteBookResponse::NoContent
    ));
    assert!(matches!(get(&app, 3).await, GetBookResponse::NotFound(_)));
    assert!(matches!(
        app.staff
            .delete_book(&DeleteBookParams { id: 3 })
            .await
            .expect("delete"),
        DeleteBookResponse::NotFound(_)
    ));
    assert_eq!(app.book_total().await, 5);
}

#[tokio::test]
async fn an_unknown_book_is_a_404_problem() {
    let app = spawn_app().await;
    let response = app
        .http
        .get(app.url("/api/v1/books/424242"))
        .send()
        .await
        .expect("get");
    assert_eq!(response.status(), 404);
    assert_eq!(
        response.headers()["content-type"],
        "application/problem+json"
    );
    let problem: serde_json::Value = response.json().await.expect("json");
    assert_eq!(problem["status"], 404);
    assert_eq!(problem["title"], "Not Found");
    assert_eq!(problem["type"], "about:blank");
    assert!(
        problem["detail"]
            .as_str()
            .unwrap_or_default()
            .contains("424242")
    );
}

#[tokio::test]
async fn of_two_racing_replaces_on_one_version_exactly_one_wins() {
    let app = spawn_app().await;
    let replace = |title: &str| BookReplace {
        title: title.to_owned(),
        isbn: "9780134494326".to_owned(),
        price: price("49.99"),
        description: None,
        category_id: 19,
        publisher_id: 6,
        author_ids: vec![1],
        version: 0,
    };
    let params = ReplaceBookParams { id: 2 };
    let (one, two) = (replace("First"), replace("Second"));
    let (first, second) = tokio::join!(
        app.staff.replace_book(&params, &one),
        app.staff.replace_book(&params, &two)
    );
    let outcomes = [first.expect("first"), second.expect("second")];
    let won = outcomes
        .iter()
        .filter(|o| matches!(o, ReplaceBookResponse::Ok(_)))
        .count();
    let lost = outcomes
        .iter()
        .filter(|o| matches!(o, ReplaceBookResponse::Conflict(_)))
        .count();
    assert_eq!((won, lost), (1, 1), "{outcomes:?}");
    match get(&app, 2).await {
        GetBookResponse::Ok(book) => assert_eq!(book.version, 1),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn the_bundled_spec_is_served() {
    let app = spawn_app().await;
    let spec: serde_json::Value = app
        .http
        .get(app.url("/openapi.json"))
        .send()
        .await
        .expect("get")
        .json()
        .await
        .expect("json");
    assert_eq!(
        spec["paths"]["/api/v1/books"]["get"]["operationId"],
        "listBooks"
    );
}
