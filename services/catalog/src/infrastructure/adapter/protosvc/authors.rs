use tonic::{Request, Response, Status};

use super::CatalogGrpc;
use super::convert::{author, order, paging};
use super::status::{invalid_field, to_status};
use crate::application::port::pb::bookstore::catalog::v1::author_service_server::AuthorService;
use crate::application::port::pb::bookstore::catalog::v1::{
    AuthorSortField, GetAuthorRequest, GetAuthorResponse, ListAuthorsRequest, ListAuthorsResponse,
};
use crate::application::port::repo::{AuthorFilter, AuthorSort, CatalogStore, ListQuery};
use crate::application::port::stock::StockLookup;
use crate::application::usecase::filter_text;
use crate::domain::aggregate::BookId;

#[tonic::async_trait]
impl<S: CatalogStore, K: StockLookup> AuthorService for CatalogGrpc<S, K> {
    async fn list_authors(
        &self,
        request: Request<ListAuthorsRequest>,
    ) -> Result<Response<ListAuthorsResponse>, Status> {
        let req = request.into_inner();
        let page = paging(req.limit, req.offset)?;
        let sort = match AuthorSortField::try_from(req.sort) {
            Ok(AuthorSortField::Unspecified | AuthorSortField::CreatedAt) => AuthorSort::CreatedAt,
            Ok(AuthorSortField::Id) => AuthorSort::Id,
            Ok(AuthorSortField::Name) => AuthorSort::Name,
            Err(_) => {
                return Err(invalid_field(
                    "sort",
                    format!("unknown sort field {}", req.sort),
                ));
            }
        };
        let book_id = req
            .book_id
            .map(|id| BookId::new(id).map_err(|e| invalid_field("book_id", e.to_string())))
            .transpose()?;
        let filter = AuthorFilter {
            name: filter_text(req.name, "/name").map_err(to_status)?,
            book_id,
        };
        let query = ListQuery {
            filter,
            sort,
            order: order(req.order)?,
            limit: page.limit,
            offset: page.offset,
        };
        let page = self.catalog.list_authors(&query).await.map_err(to_status)?;
        Ok(Response::new(ListAuthorsResponse {
            total: i64::try_from(page.total).unwrap_or(i64::MAX),
            authors: page.items.iter().map(author).collect(),
        }))
    }

    async fn get_author(
        &self,
        request: Request<GetAuthorRequest>,
    ) -> Result<Response<GetAuthorResponse>, Status> {
        let found = self
            .catalog
            .get_author(request.into_inner().id)
            .await
            .map_err(to_status)?;
        Ok(Response::new(GetAuthorResponse {
            author: Some(author(&found)),
        }))
    }
}
