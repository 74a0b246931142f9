//! Category reads (categories are fixed reference data).

use tracing::instrument;

use super::error::storage;
use super::{Catalog, CatalogError};
use crate::application::port::repo::{
    CatalogStore, CategoryRepository, CategorySort, ListQuery, Page,
};
use crate::application::port::stock::StockLookup;
use crate::domain::aggregate::{Category, CategoryId};

impl<S: CatalogStore, K: StockLookup> Catalog<S, K> {
    #[instrument(skip_all)]
    pub async fn list_categories(
        &self,
        query: &ListQuery<(), CategorySort>,
    ) -> Result<Page<Category>, CatalogError> {
        CategoryRepository::list(&self.store, query)
            .await
            .map_err(storage("category", 0))
    }

    #[instrument(skip_all, fields(category_id = id))]
    pub async fn get_category(&self, id: i64) -> Result<Category, CatalogError> {
        let category_id =
            CategoryId::new(id).map_err(|_| CatalogError::not_found("category", id))?;
        CategoryRepository::get(&self.store, category_id)
            .await
            .map_err(storage("category", id))?
            .ok_or_else(|| CatalogError::not_found("category", id))
    }
}
