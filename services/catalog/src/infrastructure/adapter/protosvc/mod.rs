//! gRPC servers of `bookstore.catalog.v1`: thin adapters that decode a request, call the use case
//! and encode the answer (failures are `Status::from(AppError)`, the application kit's one
//! mapping). The four services share one value, [`CatalogGrpc`].

mod authors;
mod books;
mod categories;
mod convert;
mod publishers;

use std::sync::Arc;

use crate::application::port::pb::bookstore::catalog::v1::author_service_server::AuthorServiceServer;
use crate::application::port::pb::bookstore::catalog::v1::book_service_server::BookServiceServer;
use crate::application::port::pb::bookstore::catalog::v1::category_service_server::CategoryServiceServer;
use crate::application::port::pb::bookstore::catalog::v1::publisher_service_server::PublisherServiceServer;
use crate::application::port::repo::CatalogStore;
use crate::application::port::stock::StockLookup;
use crate::application::usecase::Catalog;

/// The gRPC face of the catalog.
pub struct CatalogGrpc<S, K> {
    catalog: Arc<Catalog<S, K>>,
}

impl<S, K> Clone for CatalogGrpc<S, K> {
    fn clone(&self) -> Self {
        Self {
            catalog: Arc::clone(&self.catalog),
        }
    }
}

impl<S: CatalogStore, K: StockLookup> CatalogGrpc<S, K> {
    pub fn new(catalog: Arc<Catalog<S, K>>) -> Self {
        Self { catalog }
    }

    /// All four services, ready to be served.
    pub fn routes(&self) -> tonic::service::Routes {
        tonic::service::Routes::new(BookServiceServer::new(self.clone()))
            .add_service(AuthorServiceServer::new(self.clone()))
            .add_service(PublisherServiceServer::new(self.clone()))
            .add_service(CategoryServiceServer::new(self.clone()))
    }
}
