//! The generated REST port (`CatalogApi`) implemented over [`Catalog`]: each operation converts
//! its request (by the generated `port::mapping`), calls the use case and converts the result
//! (books by [`convert`], the rest by `port::mapping`). Failures are the use cases'
//! [`AppError`](app_kit::AppError); the generated router answers them as problem+json with a
//! status the operation's spec declares.

pub(crate) mod convert;

use crate::application::port::openapi::port::*;
use crate::application::port::repo::CatalogStore;
use crate::application::port::stock::StockLookup;
use crate::application::usecase::Catalog;

impl<S: CatalogStore, K: StockLookup> CatalogApi for Catalog<S, K> {
    async fn list_books(&self, request: ListBooksRequest) -> Result<ListBooksResponse, ApiError> {
        let query = request.params.try_into()?;
        let (page, stock) = self.list_books_with_stock(&query).await?;
        Ok(ListBooksResponse::Ok(convert::book_page(page, stock)))
    }

    async fn create_book(
        &self,
        request: CreateBookRequest,
    ) -> Result<CreateBookResponse, ApiError> {
        let view = self.create_book((&request.body).try_into()?).await?;
        let location = get_book_location(view.book.id().get());
        Ok(CreateBookResponse::Created {
            body: convert::book(view, None),
            location,
        })
    }

    async fn get_book(&self, request: GetBookRequest) -> Result<GetBookResponse, ApiError> {
        let (view, stock) = self.get_book_with_stock(request.params.id).await?;
        Ok(GetBookResponse::Ok(convert::book(view, stock)))
    }

    async fn replace_book(
        &self,
        request: ReplaceBookRequest,
    ) -> Result<ReplaceBookResponse, ApiError> {
        let (spec, version) = (&request.body).try_into()?;
        let view = self.replace_book(request.params.id, spec, version).await?;
        Ok(ReplaceBookResponse::Ok(convert::book(view, None)))
    }

    async fn delete_book(
        &self,
        request: DeleteBookRequest,
    ) -> Result<DeleteBookResponse, ApiError> {
        self.delete_book(request.params.id).await?;
        Ok(DeleteBookResponse::NoContent)
    }

    async fn list_authors(
        &self,
        request: ListAuthorsRequest,
    ) -> Result<ListAuthorsResponse, ApiError> {
        let page = self.list_authors(&request.params.try_into()?).await?;
        Ok(ListAuthorsResponse::Ok((&page).into()))
    }

    async fn create_author(
        &self,
        request: CreateAuthorRequest,
    ) -> Result<CreateAuthorResponse, ApiError> {
        let author = self.create_author((&request.body).try_into()?).await?;
        let location = get_author_location(author.id().get());
        let body = (&author).into();
        Ok(CreateAuthorResponse::Created { body, location })
    }

    async fn get_author(&self, request: GetAuthorRequest) -> Result<GetAuthorResponse, ApiError> {
        let author = self.get_author(request.params.id).await?;
        Ok(GetAuthorResponse::Ok((&author).into()))
    }

    async fn replace_author(
        &self,
        request: ReplaceAuthorRequest,
    ) -> Result<ReplaceAuthorResponse, ApiError> {
        let (name, version) = (&request.body).try_into()?;
        let author = self
            .replace_author(request.params.id, name, version)
            .await?;
        Ok(ReplaceAuthorResponse::Ok((&author).into()))
    }

    async fn delete_author(
        &self,
        request: DeleteAuthorRequest,
    ) -> Result<DeleteAuthorResponse, ApiError> {
        self.delete_author(request.params.id).await?;
        Ok(DeleteAuthorResponse::NoContent)
    }

    async fn list_publishers(
        &self,
        request: ListPublishersRequest,
    ) -> Result<ListPublishersResponse, ApiError> {
        let page = self.list_publishers(&request.params.try_into()?).await?;
        Ok(ListPublishersResponse::Ok((&page).into()))
    }

    async fn create_publisher(
        &self,
        request: CreatePublisherRequest,
    ) -> Result<CreatePublisherResponse, ApiError> {
        let (name, address) = (&request.body).try_into()?;
        let publisher = self.create_publisher(name, address).await?;
        let location = get_publisher_location(publisher.id().get());
        let body = (&publisher).into();
        Ok(CreatePublisherResponse::Created { body, location })
    }

    async fn get_publisher(
        &self,
        request: GetPublisherRequest,
    ) -> Result<GetPublisherResponse, ApiError> {
        let publisher = self.get_publisher(request.params.id).await?;
        Ok(GetPublisherResponse::Ok((&publisher).into()))
    }

    async fn replace_publisher(
        &self,
        request: ReplacePublisherRequest,
    ) -> Result<ReplacePublisherResponse, ApiError> {
        let (name, address, version) = (&request.body).try_into()?;
        let publisher = self
            .replace_publisher(request.params.id, name, address, version)
            .await?;
        Ok(ReplacePublisherResponse::Ok((&publisher).into()))
    }

    async fn delete_publisher(
        &self,
        request: DeletePublisherRequest,
    ) -> Result<DeletePublisherResponse, ApiError> {
        self.delete_publisher(request.params.id).await?;
        Ok(DeletePublisherResponse::NoContent)
    }

    async fn list_categories(
        &self,
        request: ListCategoriesRequest,
    ) -> Result<ListCategoriesResponse, ApiError> {
        let page = self.list_categories(&request.params.try_into()?).await?;
        Ok(ListCategoriesResponse::Ok((&page).into()))
    }
}
