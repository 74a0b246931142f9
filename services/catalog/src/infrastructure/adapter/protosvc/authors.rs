use tonic::{Request, Response, Status};

use super::CatalogGrpc;
use super::convert::{author, id_filter, list_query};
use crate::application::port::pb::bookstore::catalog::v1::author_service_server::AuthorService;
use crate::application::port::pb::bookstore::catalog::v1::{
    AuthorSortField, GetAuthorRequest, GetAuthorResponse, ListAuthorsRequest, ListAuthorsResponse,
};
use crate::application::port::repo::{AuthorFilter, AuthorSort, CatalogStore};
use crate::application::port::stock::StockLookup;
use crate::application::usecase::filter_text;
use crate::domain::aggregate::BookId;

fn sort_field(value: i32) -> Option<AuthorSort> {
    Some(match AuthorSortField::try_from(value).ok()? {
        AuthorSortField::Unspecified | AuthorSortField::CreatedAt => AuthorSort::CreatedAt,
        AuthorSortField::Id => AuthorSort::Id,
        AuthorSortField::Name => AuthorSort::Name,
    })
}

#[tonic::async_trait]
impl<S: CatalogStore, K: StockLookup> AuthorService for CatalogGrpc<S, K> {
    async fn list_authors(
        &self,
        request: Request<ListAuthorsRequest>,
    ) -> Result<Response<ListAuthorsResponse>, Status> {
        let req = request.into_inner();
        let query = list_query(
            req.limit,
            req.offset,
            (req.sort, req.order),
            sort_field,
            |issues| {
                Some(AuthorFilter {
                    name: issues.take("name", filter_text(req.name, "name"))?,
                    book_id: id_filter(issues, "book_id", req.book_id, BookId::new)?,
                })
            },
        )?;
        let page = self.catalog.list_authors(&query).await?;
        let total = page.total_i64();
        Ok(Response::new(ListAuthorsResponse {
            total,
            authors: page.items.iter().map(author).collect(),
        }))
    }

    async fn get_author(
        &self,
        request: Request<GetAuthorRequest>,
    ) -> Result<Response<GetAuthorResponse>, Status> {
        let found = self.catalog.get_author(request.into_inner().id).await?;
        Ok(Response::new(GetAuthorResponse {
            author: Some(author(&found)),
        }))
    }
}
