use tonic::{Request, Response, Status};

use super::CatalogGrpc;
use super::convert::{order, paging, publisher};
use super::status::{invalid_field, to_status};
use crate::application::port::pb::bookstore::catalog::v1::publisher_service_server::PublisherService;
use crate::application::port::pb::bookstore::catalog::v1::{
    GetPublisherRequest, GetPublisherResponse, ListPublishersRequest, ListPublishersResponse,
    PublisherSortField,
};
use crate::application::port::repo::{CatalogStore, ListQuery, PublisherFilter, PublisherSort};
use crate::application::port::stock::StockLookup;
use crate::application::usecase::filter_text;

#[tonic::async_trait]
impl<S: CatalogStore, K: StockLookup> PublisherService for CatalogGrpc<S, K> {
    async fn list_publishers(
        &self,
        request: Request<ListPublishersRequest>,
    ) -> Result<Response<ListPublishersResponse>, Status> {
        let req = request.into_inner();
        let page = paging(req.limit, req.offset)?;
        let sort = match PublisherSortField::try_from(req.sort) {
            Ok(PublisherSortField::Unspecified | PublisherSortField::CreatedAt) => {
                PublisherSort::CreatedAt
            }
            Ok(PublisherSortField::Id) => PublisherSort::Id,
            Ok(PublisherSortField::Name) => PublisherSort::Name,
            Err(_) => {
                return Err(invalid_field(
                    "sort",
                    format!("unknown sort field {}", req.sort),
                ));
            }
        };
        let filter = PublisherFilter {
            name: filter_text(req.name, "/name").map_err(to_status)?,
        };
        let query = ListQuery {
            filter,
            sort,
            order: order(req.order)?,
            limit: page.limit,
            offset: page.offset,
        };
        let page = self
            .catalog
            .list_publishers(&query)
            .await
            .map_err(to_status)?;
        Ok(Response::new(ListPublishersResponse {
            total: i64::try_from(page.total).unwrap_or(i64::MAX),
            publishers: page.items.iter().map(publisher).collect(),
        }))
    }

    async fn get_publisher(
        &self,
        request: Request<GetPublisherRequest>,
    ) -> Result<Response<GetPublisherResponse>, Status> {
        let found = self
            .catalog
            .get_publisher(request.into_inner().id)
            .await
            .map_err(to_status)?;
        Ok(Response::new(GetPublisherResponse {
            publisher: Some(publisher(&found)),
        }))
    }
}
