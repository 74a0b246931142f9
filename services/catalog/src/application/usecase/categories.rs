//! Category reads (categories are fixed reference data).

use tracing::instrument;

use super::error::storage;
use super::{AppError, Catalog};
use crate::application::port::repo::{
    CatalogStore, CategoryRepository, CategorySort, ListQuery, Paged,
};
use crate::application::port::stock::StockLookup;
use crate::domain::aggregate::{Category, CategoryId};

impl<S: CatalogStore, K: StockLookup> Catalog<S, K> {
    #[instrument(skip_all)]
    pub async fn list_categories(
        &self,
        query: &ListQuery<(), CategorySort>,
    ) -> Result<Paged<Category>, AppError> {
        CategoryRepository::list(&mut self.store.read(), query)
            .await
            .map_err(storage("category", 0))
    }

    #[instrument(skip_all, fields(category_id = id))]
    pub async fn get_category(&self, id: i64) -> Result<Category, AppError> {
        let category_id = CategoryId::new(id).map_err(|_| AppError::not_found("category", id))?;
        CategoryRepository::get(&mut self.store.read(), category_id)
            .await
            .map_err(storage("category", id))?
            .ok_or_else(|| AppError::not_found("category", id))
    }
}
