use tonic::{Request, Response, Status};

use super::CatalogGrpc;
use super::convert::{book, order, paging};
use super::status::{invalid_field, to_status};
use crate::application::port::pb::bookstore::catalog::v1::book_service_server::BookService;
use crate::application::port::pb::bookstore::catalog::v1::{
    BookSortField, GetBookRequest, GetBookResponse, GetBooksRequest, GetBooksResponse,
    ListBooksRequest, ListBooksResponse,
};
use crate::application::port::repo::{BookFilter, BookSort, CatalogStore, ListQuery};
use crate::application::port::stock::StockLookup;
use crate::application::usecase::{CatalogError, filter_text};
use crate::domain::aggregate::{AuthorId, CategoryId, PublisherId};

/// An id filter: a non-positive id can match nothing, which is what a filter on it should do.
fn id_filter<T>(
    value: Option<i64>,
    field: &str,
    parse: fn(i64) -> Result<T, crate::domain::aggregate::ValueError>,
) -> Result<Option<T>, Status> {
    value
        .map(|v| parse(v).map_err(|e| invalid_field(field, e.to_string())))
        .transpose()
}

#[tonic::async_trait]
impl<S: CatalogStore, K: StockLookup> BookService for CatalogGrpc<S, K> {
    async fn list_books(
        &self,
        request: Request<ListBooksRequest>,
    ) -> Result<Response<ListBooksResponse>, Status> {
        let req = request.into_inner();
        let page = paging(req.limit, req.offset)?;
        let sort = match BookSortField::try_from(req.sort) {
            Ok(BookSortField::Unspecified | BookSortField::CreatedAt) => BookSort::CreatedAt,
            Ok(BookSortField::Id) => BookSort::Id,
            Ok(BookSortField::Title) => BookSort::Title,
            Ok(BookSortField::Price) => BookSort::Price,
            Err(_) => {
                return Err(invalid_field(
                    "sort",
                    format!("unknown sort field {}", req.sort),
                ));
            }
        };
        let filter = BookFilter {
            title: filter_text(req.title, "/title").map_err(to_status)?,
            category_id: id_filter(req.category_id, "category_id", CategoryId::new)?,
            publisher_id: id_filter(req.publisher_id, "publisher_id", PublisherId::new)?,
            author_id: id_filter(req.author_id, "author_id", AuthorId::new)?,
        };
        let query = ListQuery {
            filter,
            sort,
            order: order(req.order)?,
            limit: page.limit,
            offset: page.offset,
        };
        let page = self.catalog.list_books(&query).await.map_err(to_status)?;
        Ok(Response::new(ListBooksResponse {
            total: i64::try_from(page.total).unwrap_or(i64::MAX),
            books: page.items.into_iter().map(book).collect(),
        }))
    }

    async fn get_book(
        &self,
        request: Request<GetBookRequest>,
    ) -> Result<Response<GetBookResponse>, Status> {
        let found = self
            .catalog
            .get_book(request.into_inner().id)
            .await
            .map_err(to_status)?;
        Ok(Response::new(GetBookResponse {
            book: Some(book(found)),
        }))
    }

    async fn get_books(
        &self,
        request: Request<GetBooksRequest>,
    ) -> Result<Response<GetBooksResponse>, Status> {
        let batch = self
            .catalog
            .get_books(&request.into_inner().ids)
            .await
            .map_err(|err| match err {
                CatalogError::Invalid(_) => {
                    invalid_field("ids", "must list at most 100 distinct ids")
                }
                other => to_status(other),
            })?;
        Ok(Response::new(GetBooksResponse {
            books: batch.found.into_iter().map(book).collect(),
            missing_ids: batch.missing,
        }))
    }
}
