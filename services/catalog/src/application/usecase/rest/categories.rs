use super::convert;
use super::problem::fail;
use crate::application::port::openapi::model;
use crate::application::port::openapi::port::{
    ApiError, ListCategoriesRequest, ListCategoriesResponse,
};
use crate::application::port::repo::{CatalogStore, CategorySort, ListQuery};
use crate::application::port::stock::StockLookup;
use crate::application::usecase::Catalog;

pub(super) async fn list<S: CatalogStore, K: StockLookup>(
    catalog: &Catalog<S, K>,
    request: ListCategoriesRequest,
) -> Result<ListCategoriesResponse, ApiError> {
    let p = request.params;
    let sort = match p.sort {
        model::CategorySort::Id => CategorySort::Id,
        model::CategorySort::Name => CategorySort::Name,
    };
    let order = convert::order(p.order == model::SortOrder::Asc);
    let result = match convert::paging(p.limit, p.offset) {
        Ok(page) => {
            catalog
                .list_categories(&ListQuery {
                    filter: (),
                    sort,
                    order,
                    limit: page.limit,
                    offset: page.offset,
                })
                .await
        }
        Err(err) => Err(err),
    };
    match result {
        Ok(page) => Ok(ListCategoriesResponse::Ok(model::CategoryPage {
            total: convert::total(page.total),
            items: page.items.iter().map(convert::category).collect(),
        })),
        Err(err) => fail!(err, ListCategoriesResponse { 422 => UnprocessableEntity }),
    }
}
