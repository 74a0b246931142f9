//! The ceiling for `bench/services.sh`: the same web stack as the services (axum on tokio's
//! multi-threaded runtime) answering `GET /api/v1/books/{id}` with a fixed book-shaped JSON body,
//! and nothing else — no database, no middleware, no inventory call. Whatever a service loses
//! against this is the cost of its own work.

use axum::extract::Path;
use axum::routing::get;
use axum::{Json, Router};
use serde::Serialize;

/// Shaped like the catalog's `Book` (same fields, similar size), so that JSON encoding and body
/// size are comparable; the values are fixed.
#[derive(Debug, Serialize)]
pub struct Book {
    pub id: u64,
    pub title: &'static str,
    pub isbn: &'static str,
    pub price: Money,
    pub category: Summary,
    pub publisher: Summary,
    pub authors: [Summary; 1],
    pub stock: Stock,
    pub version: u32,
    pub created_at: &'static str,
    pub updated_at: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Money {
    pub amount: &'static str,
    pub currency: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Summary {
    pub id: u64,
    pub name: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Stock {
    pub available: u32,
}

/// The one route. The id is echoed so the handler does the same path parsing as the catalog's.
pub fn app() -> Router {
    Router::new().route("/api/v1/books/{id}", get(book))
}

async fn book(Path(id): Path<u64>) -> Json<Book> {
    Json(Book {
        id,
        title: "Clean Code",
        isbn: "9780132350884",
        price: Money {
            amount: "37.99",
            currency: "EUR",
        },
        category: Summary {
            id: 1,
            name: "Software Engineering",
        },
        publisher: Summary {
            id: 1,
            name: "Prentice Hall",
        },
        authors: [Summary {
            id: 1,
            name: "Robert C. Martin",
        }],
        stock: Stock { available: 12 },
        version: 1,
        created_at: "2026-01-01T00:00:00Z",
        updated_at: "2026-01-01T00:00:00Z",
    })
}

#[cfg(test)]
mod tests {
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use http_body_util::BodyExt;
    use tower::ServiceExt;

    use super::app;

    #[tokio::test]
    async fn a_book_is_served_as_json_with_the_requested_id() {
        let response = app()
            .oneshot(Request::get("/api/v1/books/7").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(
            response.headers()["content-type"],
            "application/json",
            "same content type as the catalog's"
        );
        let body = response.into_body().collect().await.unwrap().to_bytes();
        let book: serde_json::Value = serde_json::from_slice(&body).unwrap();
        assert_eq!(book["id"], 7);
        assert_eq!(book["price"]["currency"], "EUR");
        assert_eq!(book["authors"][0]["name"], "Robert C. Martin");
    }

    #[tokio::test]
    async fn an_id_that_is_not_a_number_is_refused() {
        let response = app()
            .oneshot(Request::get("/api/v1/books/x").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    }

    #[tokio::test]
    async fn no_other_route_exists() {
        let response = app()
            .oneshot(Request::get("/api/v1/books").body(Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND);
    }
}
