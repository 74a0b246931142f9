use tonic::{Request, Response, Status};

use super::CatalogGrpc;
use super::convert::{list_query, publisher};
use crate::application::port::pb::bookstore::catalog::v1::publisher_service_server::PublisherService;
use crate::application::port::pb::bookstore::catalog::v1::{
    GetPublisherRequest, GetPublisherResponse, ListPublishersRequest, ListPublishersResponse,
    PublisherSortField,
};
use crate::application::port::repo::{CatalogStore, PublisherFilter, PublisherSort};
use crate::application::port::stock::StockLookup;
use crate::application::usecase::filter_text;

fn sort_field(value: i32) -> Option<PublisherSort> {
    Some(match PublisherSortField::try_from(value).ok()? {
        PublisherSortField::Unspecified | PublisherSortField::CreatedAt => PublisherSort::CreatedAt,
        PublisherSortField::Id => PublisherSort::Id,
        PublisherSortField::Name => PublisherSort::Name,
    })
}

#[tonic::async_trait]
impl<S: CatalogStore, K: StockLookup> PublisherService for CatalogGrpc<S, K> {
    async fn list_publishers(
        &self,
        request: Request<ListPublishersRequest>,
    ) -> Result<Response<ListPublishersResponse>, Status> {
        let req = request.into_inner();
        let query = list_query(
            req.limit,
            req.offset,
            (req.sort, req.order),
            sort_field,
            |issues| {
                let name = issues.take("name", filter_text(req.name, "name"))?;
                Some(PublisherFilter { name })
            },
        )?;
        let page = self.catalog.list_publishers(&query).await?;
        let total = page.total_i64();
        Ok(Response::new(ListPublishersResponse {
            total,
            publishers: page.items.iter().map(publisher).collect(),
        }))
    }

    async fn get_publisher(
        &self,
        request: Request<GetPublisherRequest>,
    ) -> Result<Response<GetPublisherResponse>, Status> {
        let found = self.catalog.get_publisher(request.into_inner().id).await?;
        Ok(Response::new(GetPublisherResponse {
            publisher: Some(publisher(&found)),
        }))
    }
}
