use tonic::{Request, Response, Status};

use super::CatalogGrpc;
use super::convert::{category, order, paging};
use super::status::{invalid_field, to_status};
use crate::application::port::pb::bookstore::catalog::v1::category_service_server::CategoryService;
use crate::application::port::pb::bookstore::catalog::v1::{
    CategorySortField, GetCategoryRequest, GetCategoryResponse, ListCategoriesRequest,
    ListCategoriesResponse,
};
use crate::application::port::repo::{CatalogStore, CategorySort, ListQuery};
use crate::application::port::stock::StockLookup;

#[tonic::async_trait]
impl<S: CatalogStore, K: StockLookup> CategoryService for CatalogGrpc<S, K> {
    async fn list_categories(
        &self,
        request: Request<ListCategoriesRequest>,
    ) -> Result<Response<ListCategoriesResponse>, Status> {
        let req = request.into_inner();
        let page = paging(req.limit, req.offset)?;
        let sort = match CategorySortField::try_from(req.sort) {
            Ok(CategorySortField::Unspecified | CategorySortField::Id) => CategorySort::Id,
            Ok(CategorySortField::Name) => CategorySort::Name,
            Err(_) => {
                return Err(invalid_field(
                    "sort",
                    format!("unknown sort field {}", req.sort),
                ));
            }
        };
        let query = ListQuery {
            filter: (),
            sort,
            order: order(req.order)?,
            limit: page.limit,
            offset: page.offset,
        };
        let page = self
            .catalog
            .list_categories(&query)
            .await
            .map_err(to_status)?;
        Ok(Response::new(ListCategoriesResponse {
            total: i64::try_from(page.total).unwrap_or(i64::MAX),
            categories: page.items.iter().map(category).collect(),
        }))
    }

    async fn get_category(
        &self,
        request: Request<GetCategoryRequest>,
    ) -> Result<Response<GetCategoryResponse>, Status> {
        let found = self
            .catalog
            .get_category(request.into_inner().id)
            .await
            .map_err(to_status)?;
        Ok(Response::new(GetCategoryResponse {
            category: Some(category(&found)),
        }))
    }
}
