//! The generated gRPC port (`BookRpc`, `AuthorRpc`, `PublisherRpc`, `CategoryRpc` of
//! `bookstore.catalog.v1`) implemented over [`Catalog`], on the REST adapter's shapes: the
//! generated bridge (`port::bridge`) decodes a list request into the REST operation's parameters,
//! the REST conversions (the generated `port::mapping`; [`convert`] for books) turn them into the
//! use case's query and its result into DTOs, and the bridge encodes those as messages. Nothing
//! here converts to or from the domain; the generated adapter (`port::pb::server`) answers a
//! failure with `Status::from(AppError)`, the application kit's one mapping.

use super::rest::convert;
use crate::application::port::openapi::model;
use crate::application::port::pb::bookstore::catalog::v1 as pb;
use crate::application::port::pb::port::{AuthorRpc, BookRpc, CategoryRpc, PublisherRpc, Reply};
use crate::application::port::repo::CatalogStore;
use crate::application::port::stock::StockLookup;
use crate::application::usecase::Catalog;

impl<S: CatalogStore, K: StockLookup> BookRpc for Catalog<S, K> {
    async fn list_books(&self, request: pb::ListBooksRequest) -> Reply<pb::ListBooksResponse> {
        let page = self.list_books(&request.try_into()?).await?;
        Ok(convert::book_page(page, None).into())
    }

    async fn get_book(&self, request: pb::GetBookRequest) -> Reply<pb::GetBookResponse> {
        let book = Some(convert::book(self.get_book(request.id).await?, None).into());
        Ok(pb::GetBookResponse { book })
    }

    async fn get_books(&self, request: pb::GetBooksRequest) -> Reply<pb::GetBooksResponse> {
        let batch = self.get_books(&request.ids).await?;
        let found = batch.found.into_iter();
        let books = found.map(|b| convert::book(b, None).into()).collect();
        let missing_ids = batch.missing;
        Ok(pb::GetBooksResponse { books, missing_ids })
    }
}

impl<S: CatalogStore, K: StockLookup> AuthorRpc for Catalog<S, K> {
    async fn list_authors(
        &self,
        request: pb::ListAuthorsRequest,
    ) -> Reply<pb::ListAuthorsResponse> {
        let page = self.list_authors(&request.try_into()?).await?;
        Ok(model::AuthorPage::from(&page).into())
    }

    async fn get_author(&self, request: pb::GetAuthorRequest) -> Reply<pb::GetAuthorResponse> {
        let author = Some((&self.get_author(request.id).await?).into());
        Ok(pb::GetAuthorResponse { author })
    }
}

impl<S: CatalogStore, K: StockLookup> PublisherRpc for Catalog<S, K> {
    async fn list_publishers(
        &self,
        request: pb::ListPublishersRequest,
    ) -> Reply<pb::ListPublishersResponse> {
        let page = self.list_publishers(&request.try_into()?).await?;
        Ok(model::PublisherPage::from(&page).into())
    }

    async fn get_publisher(
        &self,
        request: pb::GetPublisherRequest,
    ) -> Reply<pb::GetPublisherResponse> {
        let publisher = Some((&self.get_publisher(request.id).await?).into());
        Ok(pb::GetPublisherResponse { publisher })
    }
}

impl<S: CatalogStore, K: StockLookup> CategoryRpc for Catalog<S, K> {
    async fn list_categories(
        &self,
        request: pb::ListCategoriesRequest,
    ) -> Reply<pb::ListCategoriesResponse> {
        let page = self.list_categories(&request.try_into()?).await?;
        Ok(model::CategoryPage::from(&page).into())
    }

    async fn get_category(
        &self,
        request: pb::GetCategoryRequest,
    ) -> Reply<pb::GetCategoryResponse> {
        let category = Some((&self.get_category(request.id).await?).into());
        Ok(pb::GetCategoryResponse { category })
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
