use super::convert::{self, Fields};
use super::problem::fail;
use crate::application::port::openapi::model;
use crate::application::port::openapi::port::{
    ApiError, CreateAuthorRequest, CreateAuthorResponse, DeleteAuthorRequest, DeleteAuthorResponse,
    GetAuthorRequest, GetAuthorResponse, ListAuthorsRequest, ListAuthorsResponse,
    ReplaceAuthorRequest, ReplaceAuthorResponse,
};
use crate::application::port::repo::{AuthorFilter, AuthorSort, CatalogStore, ListQuery};
use crate::application::port::stock::StockLookup;
use crate::application::usecase::{Catalog, CatalogError, filter_text};
use crate::domain::aggregate::BookId;

fn query(request: ListAuthorsRequest) -> Result<ListQuery<AuthorFilter, AuthorSort>, CatalogError> {
    let p = request.params;
    let page = convert::paging(p.limit, p.offset)?;
    let filter = AuthorFilter {
        name: filter_text(p.name, "/query/name")?,
        book_id: convert::id_filter(p.book_id, "book_id", BookId::new)?,
    };
    let sort = match p.sort {
        model::AuthorSort::CreatedAt => AuthorSort::CreatedAt,
        model::AuthorSort::Id => AuthorSort::Id,
        model::AuthorSort::Name => AuthorSort::Name,
    };
    Ok(convert::list_query(page, filter, sort, p.order))
}

pub(super) async fn list<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: ListAuthorsRequest,
) -> Result<ListAuthorsResponse, ApiError> {
    let result = match query(request) {
        Ok(query) => catalog.list_authors(&query).await,
        Err(err) => Err(err),
    };
    match result {
        Ok(page) => Ok(ListAuthorsResponse::Ok(model::AuthorPage {
            total: convert::total(page.total),
            items: page.items.iter().map(convert::author).collect(),
        })),
        Err(err) => fail!(err, ListAuthorsResponse { 422 => UnprocessableEntity }),
    }
}

pub(super) async fn create<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: CreateAuthorRequest,
) -> Result<CreateAuthorResponse, ApiError> {
    let mut fields = Fields::default();
    let name = convert::person_name(&mut fields, &request.body.name);
    let result = match fields.finish(name) {
        Ok(name) => catalog.create_author(name).await,
        Err(err) => Err(err),
    };
    match result {
        Ok(author) => Ok(CreateAuthorResponse::Created {
            location: format!("/api/v1/authors/{}", author.id()),
            body: convert::author(&author),
        }),
        Err(err) => fail!(err, CreateAuthorResponse { 422 => UnprocessableEntity }),
    }
}

pub(super) async fn get<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: GetAuthorRequest,
) -> Result<GetAuthorResponse, ApiError> {
    match catalog.get_author(request.params.id).await {
        Ok(author) => Ok(GetAuthorResponse::Ok(convert::author(&author))),
        Err(err) => fail!(err, GetAuthorResponse { 404 => NotFound, 422 => UnprocessableEntity }),
    }
}

pub(super) async fn replace<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: ReplaceAuthorRequest,
) -> Result<ReplaceAuthorResponse, ApiError> {
    let mut fields = Fields::default();
    let name = convert::person_name(&mut fields, &request.body.name);
    let version = convert::version(&mut fields, request.body.version);
    let result = match fields.finish(name.zip(version)) {
        Ok((name, version)) => {
            catalog
                .replace_author(request.params.id, name, version)
                .await
        }
        Err(err) => Err(err),
    };
    match result {
        Ok(author) => Ok(ReplaceAuthorResponse::Ok(convert::author(&author))),
        Err(err) => {
            fail!(err, ReplaceAuthorResponse { 404 => NotFound, 409 => Conflict, 422 => UnprocessableEntity })
        }
    }
}

pub(super) async fn delete<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: DeleteAuthorRequest,
) -> Result<DeleteAuthorResponse, ApiError> {
    match catalog.delete_author(request.params.id).await {
        Ok(()) => Ok(DeleteAuthorResponse::NoContent),
        Err(err) => {
            fail!(err, DeleteAuthorResponse { 404 => NotFound, 409 => Conflict, 422 => UnprocessableEntity })
        }
    }
}
