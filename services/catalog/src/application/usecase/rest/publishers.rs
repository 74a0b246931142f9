use super::convert::{self, Fields};
use super::problem::fail;
use crate::application::port::openapi::model;
use crate::application::port::openapi::port::{
    ApiError, CreatePublisherRequest, CreatePublisherResponse, DeletePublisherRequest,
    DeletePublisherResponse, GetPublisherRequest, GetPublisherResponse, ListPublishersRequest,
    ListPublishersResponse, ReplacePublisherRequest, ReplacePublisherResponse,
};
use crate::application::port::repo::{CatalogStore, ListQuery, PublisherFilter, PublisherSort};
use crate::application::port::stock::StockLookup;
use crate::application::usecase::{Catalog, CatalogError, filter_text};

fn query(
    request: ListPublishersRequest,
) -> Result<ListQuery<PublisherFilter, PublisherSort>, CatalogError> {
    let p = request.params;
    let page = convert::paging(p.limit, p.offset)?;
    let filter = PublisherFilter {
        name: filter_text(p.name, "/query/name")?,
    };
    let sort = match p.sort {
        model::PublisherSort::CreatedAt => PublisherSort::CreatedAt,
        model::PublisherSort::Id => PublisherSort::Id,
        model::PublisherSort::Name => PublisherSort::Name,
    };
    Ok(convert::list_query(page, filter, sort, p.order))
}

pub(super) async fn list<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: ListPublishersRequest,
) -> Result<ListPublishersResponse, ApiError> {
    let result = match query(request) {
        Ok(query) => catalog.list_publishers(&query).await,
        Err(err) => Err(err),
    };
    match result {
        Ok(page) => Ok(ListPublishersResponse::Ok(model::PublisherPage {
            total: convert::total(page.total),
            items: page.items.iter().map(convert::publisher).collect(),
        })),
        Err(err) => fail!(err, ListPublishersResponse { 422 => UnprocessableEntity }),
    }
}

pub(super) async fn create<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: CreatePublisherRequest,
) -> Result<CreatePublisherResponse, ApiError> {
    let mut fields = Fields::default();
    let parts = convert::publisher_parts(&mut fields, &request.body.name, &request.body.address);
    let result = match fields.finish(parts) {
        Ok((name, address)) => catalog.create_publisher(name, address).await,
        Err(err) => Err(err),
    };
    match result {
        Ok(publisher) => Ok(CreatePublisherResponse::Created {
            location: format!("/api/v1/publishers/{}", publisher.id()),
            body: convert::publisher(&publisher),
        }),
        Err(err) => {
            fail!(err, CreatePublisherResponse { 409 => Conflict, 422 => UnprocessableEntity })
        }
    }
}

pub(super) async fn get<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: GetPublisherRequest,
) -> Result<GetPublisherResponse, ApiError> {
    match catalog.get_publisher(request.params.id).await {
        Ok(publisher) => Ok(GetPublisherResponse::Ok(convert::publisher(&publisher))),
        Err(err) => {
            fail!(err, GetPublisherResponse { 404 => NotFound, 422 => UnprocessableEntity })
        }
    }
}

pub(super) async fn replace<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: ReplacePublisherRequest,
) -> Result<ReplacePublisherResponse, ApiError> {
    let mut fields = Fields::default();
    let parts = convert::publisher_parts(&mut fields, &request.body.name, &request.body.address);
    let version = convert::version(&mut fields, request.body.version);
    let result = match fields.finish(parts.zip(version)) {
        Ok(((name, address), version)) => {
            catalog
                .replace_publisher(request.params.id, name, address, version)
                .await
        }
        Err(err) => Err(err),
    };
    match result {
        Ok(publisher) => Ok(ReplacePublisherResponse::Ok(convert::publisher(&publisher))),
        Err(err) => {
            fail!(err, ReplacePublisherResponse { 404 => NotFound, 409 => Conflict, 422 => UnprocessableEntity })
        }
    }
}

pub(super) async fn delete<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: DeletePublisherRequest,
) -> Result<DeletePublisherResponse, ApiError> {
    match catalog.delete_publisher(request.params.id).await {
        Ok(()) => Ok(DeletePublisherResponse::NoContent),
        Err(err) => {
            fail!(err, DeletePublisherResponse { 404 => NotFound, 409 => Conflict, 422 => UnprocessableEntity })
        }
    }
}
