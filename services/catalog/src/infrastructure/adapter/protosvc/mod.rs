//! gRPC servers of `bookstore.catalog.v1`, on the REST adapter's shapes: the generated bridge
//! (`port::bridge`) decodes a list request into the REST operation's parameters, the REST
//! conversions (the generated `port::mapping`; `usecase::rest::convert` for books) turn them
//! into the use case's query and its result into DTOs, and the bridge encodes those as
//! messages. Nothing here converts to or from the domain; failures are `Status::from(AppError)`,
//! the application kit's one mapping.

use std::sync::Arc;

use tonic::{Request, Response, Status};

use crate::application::port::openapi::model;
use crate::application::port::pb::bookstore::catalog::v1 as pb;
use crate::application::port::repo::CatalogStore;
use crate::application::port::stock::StockLookup;
use crate::application::usecase::Catalog;
use crate::application::usecase::rest::convert;
use pb::author_service_server::{AuthorService, AuthorServiceServer};
use pb::book_service_server::{BookService, BookServiceServer};
use pb::category_service_server::{CategoryService, CategoryServiceServer};
use pb::publisher_service_server::{PublisherService, PublisherServiceServer};

type Reply<T> = Result<Response<T>, Status>;

/// The gRPC face of the catalog: four services over one [`Catalog`].
pub struct CatalogGrpc<S, K>(Arc<Catalog<S, K>>);

impl<S: CatalogStore, K: StockLookup> CatalogGrpc<S, K> {
    pub fn new(catalog: Arc<Catalog<S, K>>) -> Self {
        Self(catalog)
    }

    /// All four services, ready to be served.
    pub fn routes(self) -> tonic::service::Routes {
        let grpc = Arc::new(self);
        tonic::service::Routes::new(BookServiceServer::from_arc(Arc::clone(&grpc)))
            .add_service(AuthorServiceServer::from_arc(Arc::clone(&grpc)))
            .add_service(PublisherServiceServer::from_arc(Arc::clone(&grpc)))
            .add_service(CategoryServiceServer::from_arc(grpc))
    }
}

#[tonic::async_trait]
impl<S: CatalogStore, K: StockLookup> BookService for CatalogGrpc<S, K> {
    async fn list_books(
        &self,
        request: Request<pb::ListBooksRequest>,
    ) -> Reply<pb::ListBooksResponse> {
        let page = self.0.list_books(&request.into_inner().try_into()?).await?;
        Ok(Response::new(convert::book_page(page, None).into()))
    }

    async fn get_book(&self, request: Request<pb::GetBookRequest>) -> Reply<pb::GetBookResponse> {
        let found = self.0.get_book(request.into_inner().id).await?;
        let book = Some(convert::book(found, None).into());
        Ok(Response::new(pb::GetBookResponse { book }))
    }

    async fn get_books(
        &self,
        request: Request<pb::GetBooksRequest>,
    ) -> Reply<pb::GetBooksResponse> {
        let batch = self.0.get_books(&request.into_inner().ids).await?;
        let found = batch.found.into_iter();
        let books = found.map(|b| convert::book(b, None).into()).collect();
        let missing_ids = batch.missing;
        Ok(Response::new(pb::GetBooksResponse { books, missing_ids }))
    }
}

#[tonic::async_trait]
impl<S: CatalogStore, K: StockLookup> AuthorService for CatalogGrpc<S, K> {
    async fn list_authors(
        &self,
        request: Request<pb::ListAuthorsRequest>,
    ) -> Reply<pb::ListAuthorsResponse> {
        let query = request.into_inner().try_into()?;
        let page = self.0.list_authors(&query).await?;
        Ok(Response::new(model::AuthorPage::from(&page).into()))
    }

    async fn get_author(
        &self,
        request: Request<pb::GetAuthorRequest>,
    ) -> Reply<pb::GetAuthorResponse> {
        let found = self.0.get_author(request.into_inner().id).await?;
        let author = Some((&found).into());
        Ok(Response::new(pb::GetAuthorResponse { author }))
    }
}

#[tonic::async_trait]
impl<S: CatalogStore, K: StockLookup> PublisherService for CatalogGrpc<S, K> {
    async fn list_publishers(
        &self,
        request: Request<pb::ListPublishersRequest>,
    ) -> Reply<pb::ListPublishersResponse> {
        let query = request.into_inner().try_into()?;
        let page = self.0.list_publishers(&query).await?;
        Ok(Response::new(model::PublisherPage::from(&page).into()))
    }

    async fn get_publisher(
        &self,
        request: Request<pb::GetPublisherRequest>,
    ) -> Reply<pb::GetPublisherResponse> {
        let found = self.0.get_publisher(request.into_inner().id).await?;
        let publisher = Some((&found).into());
        Ok(Response::new(pb::GetPublisherResponse { publisher }))
    }
}

#[tonic::async_trait]
impl<S: CatalogStore, K: StockLookup> CategoryService for CatalogGrpc<S, K> {
    async fn list_categories(
        &self,
        request: Request<pb::ListCategoriesRequest>,
    ) -> Reply<pb::ListCategoriesResponse> {
        let query = request.into_inner().try_into()?;
        let page = self.0.list_categories(&query).await?;
        Ok(Response::new(model::CategoryPage::from(&page).into()))
    }

    async fn get_category(
        &self,
        request: Request<pb::GetCategoryRequest>,
    ) -> Reply<pb::GetCategoryResponse> {
        let found = self.0.get_category(request.into_inner().id).await?;
        let category = Some((&found).into());
        Ok(Response::new(pb::GetCategoryResponse { category }))
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;

    use crate::application::port::bridge::decimal_money;
    use crate::application::port::pb::bookstore::common::v1::Money as PbMoney;

    #[test]
    fn money_splits_into_units_and_nanos_with_one_sign() {
        let m = |cents| decimal_money(Decimal::new(cents, 2));
        assert_eq!(
            m(4799),
            PbMoney {
                units: 47,
                nanos: 990_000_000
            }
        );
        assert_eq!(
            m(-150),
            PbMoney {
                units: -1,
                nanos: -500_000_000
            }
        );
        assert_eq!(
            m(5),
            PbMoney {
                units: 0,
                nanos: 50_000_000
            }
        );
    }
}
