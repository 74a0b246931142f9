//! The generated REST port (`CatalogApi`) implemented over [`Catalog`]: DTOs in, domain values
//! to the use cases, DTOs and the declared response variants out. Errors the spec declares for
//! an operation become that operation's variant; anything else a client caused is still sent as
//! problem+json through `ApiError::Problem`, and only storage failures are 500s.

mod authors;
mod books;
mod categories;
mod convert;
mod problem;
mod publishers;

use crate::application::port::openapi::port::{
    ApiError, CatalogApi, CreateAuthorRequest, CreateAuthorResponse, CreateBookRequest,
    CreateBookResponse, CreatePublisherRequest, CreatePublisherResponse, DeleteAuthorRequest,
    DeleteAuthorResponse, DeleteBookRequest, DeleteBookResponse, DeletePublisherRequest,
    DeletePublisherResponse, GetAuthorRequest, GetAuthorResponse, GetBookRequest, GetBookResponse,
    GetPublisherRequest, GetPublisherResponse, ListAuthorsRequest, ListAuthorsResponse,
    ListBooksRequest, ListBooksResponse, ListCategoriesRequest, ListCategoriesResponse,
    ListPublishersRequest, ListPublishersResponse, ReplaceAuthorRequest, ReplaceAuthorResponse,
    ReplaceBookRequest, ReplaceBookResponse, ReplacePublisherRequest, ReplacePublisherResponse,
};
use crate::application::port::repo::CatalogStore;
use crate::application::port::stock::StockLookup;
use crate::application::usecase::Catalog;

impl<S: CatalogStore, K: StockLookup> CatalogApi for Catalog<S, K> {
    async fn list_books(&self, request: ListBooksRequest) -> Result<ListBooksResponse, ApiError> {
        books::list(self, request).await
    }

    async fn create_book(
        &self,
        request: CreateBookRequest,
    ) -> Result<CreateBookResponse, ApiError> {
        books::create(self, request).await
    }

    async fn get_book(&self, request: GetBookRequest) -> Result<GetBookResponse, ApiError> {
        books::get(self, request).await
    }

    async fn replace_book(
        &self,
        request: ReplaceBookRequest,
    ) -> Result<ReplaceBookResponse, ApiError> {
        books::replace(self, request).await
    }

    async fn delete_book(
        &self,
        request: DeleteBookRequest,
    ) -> Result<DeleteBookResponse, ApiError> {
        books::delete(self, request).await
    }

    async fn list_authors(
        &self,
        request: ListAuthorsRequest,
    ) -> Result<ListAuthorsResponse, ApiError> {
        authors::list(self, request).await
    }

    async fn create_author(
        &self,
        request: CreateAuthorRequest,
    ) -> Result<CreateAuthorResponse, ApiError> {
        authors::create(self, request).await
    }

    async fn get_author(&self, request: GetAuthorRequest) -> Result<GetAuthorResponse, ApiError> {
        authors::get(self, request).await
    }

    async fn replace_author(
        &self,
        request: ReplaceAuthorRequest,
    ) -> Result<ReplaceAuthorResponse, ApiError> {
        authors::replace(self, request).await
    }

    async fn delete_author(
        &self,
        request: DeleteAuthorRequest,
    ) -> Result<DeleteAuthorResponse, ApiError> {
        authors::delete(self, request).await
    }

    async fn list_publishers(
        &self,
        request: ListPublishersRequest,
    ) -> Result<ListPublishersResponse, ApiError> {
        publishers::list(self, request).await
    }

    async fn create_publisher(
        &self,
        request: CreatePublisherRequest,
    ) -> Result<CreatePublisherResponse, ApiError> {
        publishers::create(self, request).await
    }

    async fn get_publisher(
        &self,
        request: GetPublisherRequest,
    ) -> Result<GetPublisherResponse, ApiError> {
        publishers::get(self, request).await
    }

    async fn replace_publisher(
        &self,
        request: ReplacePublisherRequest,
    ) -> Result<ReplacePublisherResponse, ApiError> {
        publishers::replace(self, request).await
    }

    async fn delete_publisher(
        &self,
        request: DeletePublisherRequest,
    ) -> Result<DeletePublisherResponse, ApiError> {
        publishers::delete(self, request).await
    }

    async fn list_categories(
        &self,
        request: ListCategoriesRequest,
    ) -> Result<ListCategoriesResponse, ApiError> {
        categories::list(self, request).await
    }
}
