//! Book views to DTOs, for both inbound adapters (the gRPC server sends the DTO through the
//! generated bridge, `port::bridge`): a book is a view of four aggregates and its stock, not one
//! value with accessors. Everything else — bodies, list parameters, the other resources' DTOs —
//! is converted by the generated `port::mapping` (`TryFrom`/`From`, from the spec's `x-rust-*`).

use app_kit::Paged;

use crate::application::port::openapi::model;
use crate::application::port::repo::BookView;
use crate::application::port::stock::StockLevel;

/// A page of books; with `stock`, level i is book i's (without it every book goes out without).
pub(crate) fn book_page(page: Paged<BookView>, stock: Option<Vec<StockLevel>>) -> model::BookPage {
    let mut stock = stock.map(Vec::into_iter);
    let total = page.total_i64();
    let items = page.items.into_iter();
    let items = items.map(|b| book(b, stock.as_mut().and_then(Iterator::next)));
    model::BookPage {
        total,
        items: items.collect(),
    }
}

/// Takes the view by value so its names move into the response instead of being copied; the
/// book's own texts are copied as strings, without going through `Display`.
pub(crate) fn book(view: BookView, stock: Option<StockLevel>) -> model::Book {
    let spec = view.book.spec();
    model::Book {
        id: view.book.id().get(),
        title: spec.title.as_str().to_owned(),
        isbn: spec.isbn.as_str().to_owned(),
        price: spec.price.amount(),
        description: spec.description.as_ref().map(|d| d.as_str().to_owned()),
        category: model::CategorySummary {
            id: view.category.id.get(),
            name: view.category.name,
        },
        publisher: model::PublisherSummary {
            id: view.publisher.id.get(),
            name: view.publisher.name,
        },
        authors: view
            .authors
            .into_iter()
            .map(|a| model::AuthorSummary {
                id: a.id.get(),
                name: a.name,
            })
            .collect(),
        stock: stock.map(|s| model::BookStock {
            quantity: s.quantity,
            reserved_quantity: s.reserved_quantity,
            available_quantity: s.available_quantity,
        }),
        version: view.book.version().get(),
        created_at: view.book.created_at(),
        updated_at: view.book.updated_at(),
    }
}
