use tonic::{Request, Response, Status};

use super::CatalogGrpc;
use super::convert::{category, list_query};
use crate::application::port::pb::bookstore::catalog::v1::category_service_server::CategoryService;
use crate::application::port::pb::bookstore::catalog::v1::{
    CategorySortField, GetCategoryRequest, GetCategoryResponse, ListCategoriesRequest,
    ListCategoriesResponse,
};
use crate::application::port::repo::{CatalogStore, CategorySort};
use crate::application::port::stock::StockLookup;

fn sort_field(value: i32) -> Option<CategorySort> {
    Some(match CategorySortField::try_from(value).ok()? {
        CategorySortField::Unspecified | CategorySortField::Id => CategorySort::Id,
        CategorySortField::Name => CategorySort::Name,
    })
}

#[tonic::async_trait]
impl<S: CatalogStore, K: StockLookup> CategoryService for CatalogGrpc<S, K> {
    async fn list_categories(
        &self,
        request: Request<ListCategoriesRequest>,
    ) -> Result<Response<ListCategoriesResponse>, Status> {
        let req = request.into_inner();
        let query = list_query(
            req.limit,
            req.offset,
            (req.sort, req.order),
            sort_field,
            |_| Some(()),
        )?;
        let page = self.catalog.list_categories(&query).await?;
        let total = page.total_i64();
        Ok(Response::new(ListCategoriesResponse {
            total,
            categories: page.items.iter().map(category).collect(),
        }))
    }

    async fn get_category(
        &self,
        request: Request<GetCategoryRequest>,
    ) -> Result<Response<GetCategoryResponse>, Status> {
        let found = self.catalog.get_category(request.into_inner().id).await?;
        Ok(Response::new(GetCategoryResponse {
            category: Some(category(&found)),
        }))
    }
}
