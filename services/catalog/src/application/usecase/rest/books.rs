use super::convert::{self, BookFields, Fields};
use super::problem::fail;
use crate::application::port::openapi::model;
use crate::application::port::openapi::port::{
    ApiError, CreateBookRequest, CreateBookResponse, DeleteBookRequest, DeleteBookResponse,
    GetBookRequest, GetBookResponse, ListBooksRequest, ListBooksResponse, ReplaceBookRequest,
    ReplaceBookResponse,
};
use crate::application::port::repo::{BookFilter, BookSort, CatalogStore, ListQuery};
use crate::application::port::stock::StockLookup;
use crate::application::usecase::{Catalog, CatalogError, filter_text};
use crate::domain::aggregate::{AuthorId, CategoryId, PublisherId};

fn query(request: ListBooksRequest) -> Result<ListQuery<BookFilter, BookSort>, CatalogError> {
    let p = request.params;
    let page = convert::paging(p.limit, p.offset)?;
    let filter = BookFilter {
        title: filter_text(p.title, "/query/title")?,
        category_id: convert::id_filter(p.category_id, "category_id", CategoryId::new)?,
        publisher_id: convert::id_filter(p.publisher_id, "publisher_id", PublisherId::new)?,
        author_id: convert::id_filter(p.author_id, "author_id", AuthorId::new)?,
    };
    let sort = match p.sort {
        model::BookSort::CreatedAt => BookSort::CreatedAt,
        model::BookSort::Id => BookSort::Id,
        model::BookSort::Title => BookSort::Title,
        model::BookSort::Price => BookSort::Price,
    };
    Ok(convert::list_query(page, filter, sort, p.order))
}

pub(super) async fn list<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: ListBooksRequest,
) -> Result<ListBooksResponse, ApiError> {
    let result = match query(request) {
        Ok(query) => catalog.list_books_with_stock(&query).await,
        Err(err) => Err(err),
    };
    match result {
        Ok((page, stock)) => {
            // Without stock every book goes out without it; with it, level i is book i's.
            let mut stock = stock.map(Vec::into_iter);
            let items = page
                .items
                .into_iter()
                .map(|b| convert::book(b, stock.as_mut().and_then(Iterator::next)))
                .collect();
            Ok(ListBooksResponse::Ok(model::BookPage {
                total: convert::total(page.total),
                items,
            }))
        }
        Err(err) => fail!(err, ListBooksResponse { 422 => UnprocessableEntity }),
    }
}

pub(super) async fn create<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: CreateBookRequest,
) -> Result<CreateBookResponse, ApiError> {
    let b = &request.body;
    let mut fields = Fields::default();
    let spec = convert::book_spec(
        &mut fields,
        &BookFields {
            title: &b.title,
            isbn: &b.isbn,
            price: b.price,
            description: b.description.as_deref(),
            category_id: b.category_id,
            publisher_id: b.publisher_id,
            author_ids: &b.author_ids,
        },
    );
    let result = match fields.finish(spec) {
        Ok(spec) => catalog.create_book(spec).await,
        Err(err) => Err(err),
    };
    match result {
        Ok(view) => {
            let location = format!("/api/v1/books/{}", view.book.id());
            Ok(CreateBookResponse::Created {
                body: convert::book(view, None),
                location,
            })
        }
        Err(err) => fail!(err, CreateBookResponse { 409 => Conflict, 422 => UnprocessableEntity }),
    }
}

pub(super) async fn get<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: GetBookRequest,
) -> Result<GetBookResponse, ApiError> {
    match catalog.get_book_with_stock(request.params.id).await {
        Ok((view, stock)) => Ok(GetBookResponse::Ok(convert::book(view, stock))),
        Err(err) => fail!(err, GetBookResponse { 404 => NotFound, 422 => UnprocessableEntity }),
    }
}

pub(super) async fn replace<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: ReplaceBookRequest,
) -> Result<ReplaceBookResponse, ApiError> {
    let b = &request.body;
    let mut fields = Fields::default();
    let spec = convert::book_spec(
        &mut fields,
        &BookFields {
            title: &b.title,
            isbn: &b.isbn,
            price: b.price,
            description: b.description.as_deref(),
            category_id: b.category_id,
            publisher_id: b.publisher_id,
            author_ids: &b.author_ids,
        },
    );
    let version = convert::version(&mut fields, b.version);
    let parsed = fields.finish(spec.zip(version));
    let result = match parsed {
        Ok((spec, version)) => catalog.replace_book(request.params.id, spec, version).await,
        Err(err) => Err(err),
    };
    match result {
        Ok(view) => Ok(ReplaceBookResponse::Ok(convert::book(view, None))),
        Err(err) => {
            fail!(err, ReplaceBookResponse { 404 => NotFound, 409 => Conflict, 422 => UnprocessableEntity })
        }
    }
}

pub(super) async fn delete<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: DeleteBookRequest,
) -> Result<DeleteBookResponse, ApiError> {
    match catalog.delete_book(request.params.id).await {
        Ok(()) => Ok(DeleteBookResponse::NoContent),
        Err(err) => fail!(err, DeleteBookResponse { 404 => NotFound, 422 => UnprocessableEntity }),
    }
}
