use tonic::{Request, Response, Status};

use super::CatalogGrpc;
use super::convert::{book, id_filter, list_query};
use crate::application::port::pb::bookstore::catalog::v1::book_service_server::BookService;
use crate::application::port::pb::bookstore::catalog::v1::{
    BookSortField, GetBookRequest, GetBookResponse, GetBooksRequest, GetBooksResponse,
    ListBooksRequest, ListBooksResponse,
};
use crate::application::port::repo::{BookFilter, BookSort, CatalogStore};
use crate::application::port::stock::StockLookup;
use crate::application::usecase::filter_text;
use crate::domain::aggregate::{AuthorId, CategoryId, PublisherId};

fn sort_field(value: i32) -> Option<BookSort> {
    Some(match BookSortField::try_from(value).ok()? {
        BookSortField::Unspecified | BookSortField::CreatedAt => BookSort::CreatedAt,
        BookSortField::Id => BookSort::Id,
        BookSortField::Title => BookSort::Title,
        BookSortField::Price => BookSort::Price,
    })
}

#[tonic::async_trait]
impl<S: CatalogStore, K: StockLookup> BookService for CatalogGrpc<S, K> {
    async fn list_books(
        &self,
        request: Request<ListBooksRequest>,
    ) -> Result<Response<ListBooksResponse>, Status> {
        let req = request.into_inner();
        let query = list_query(
            req.limit,
            req.offset,
            (req.sort, req.order),
            sort_field,
            |issues| {
                Some(BookFilter {
                    title: issues.take("title", filter_text(req.title, "title"))?,
                    category_id: id_filter(
                        issues,
                        "category_id",
                        req.category_id,
                        CategoryId::new,
                    )?,
                    publisher_id: id_filter(
                        issues,
                        "publisher_id",
                        req.publisher_id,
                        PublisherId::new,
                    )?,
                    author_id: id_filter(issues, "author_id", req.author_id, AuthorId::new)?,
                })
            },
        )?;
        let page = self.catalog.list_books(&query).await?;
        let total = page.total_i64();
        Ok(Response::new(ListBooksResponse {
            total,
            books: page.items.into_iter().map(book).collect(),
        }))
    }

    async fn get_book(
        &self,
        request: Request<GetBookRequest>,
    ) -> Result<Response<GetBookResponse>, Status> {
        let found = self.catalog.get_book(request.into_inner().id).await?;
        Ok(Response::new(GetBookResponse {
            book: Some(book(found)),
        }))
    }

    async fn get_books(
        &self,
        request: Request<GetBooksRequest>,
    ) -> Result<Response<GetBooksResponse>, Status> {
        let batch = self.catalog.get_books(&request.into_inner().ids).await?;
        let books = batch.found.into_iter().map(book).collect();
        Ok(Response::new(GetBooksResponse {
            books,
            missing_ids: batch.missing,
        }))
    }
}
