//! [`CategoryRepository`] in SQL (categories are fixed reference data: reads only).

use service_kit::with_statement_conn;

use super::SqlCatalogTx;
use super::error::failed;
use super::rows::{self, CATEGORY_COLUMNS};
use super::statement::{Conditions, page_args, simple_page};
use crate::application::port::repo::{
    CategoryRepository, CategorySort, ListQuery, Paged, RepoResult,
};
use crate::domain::aggregate::{Category, CategoryId};

impl CategoryRepository for SqlCatalogTx {
    #[tracing::instrument(level = "debug", skip_all)]
    async fn get(&mut self, id: CategoryId) -> RepoResult<Option<Category>> {
        const OP: &str = "read a category";
        let sql = format!("SELECT {CATEGORY_COLUMNS} FROM category WHERE id = ?");
        let tx = &mut self.0;
        with_statement_conn!(tx, |e| failed(OP, e), conn => {
            let row = sqlx::query(&sql).bind(id.get()).fetch_optional(&mut *conn).await.map_err(|e| failed(OP, e))?;
            row.as_ref().map(|row| rows::category(row)).transpose()
        })
    }

    #[tracing::instrument(level = "debug", skip_all)]
    async fn list(&mut self, query: &ListQuery<(), CategorySort>) -> RepoResult<Paged<Category>> {
        let column = match query.sort {
            CategorySort::Id => "id",
            CategorySort::Name => "name",
        };
        let dir = query.order.sql();
        let order_by = format!("{column} {dir}, id {dir}");
        let tx = &mut self.0;
        let shape = (CATEGORY_COLUMNS, "category");
        let none = Conditions::default();
        simple_page(
            tx,
            "list categories",
            shape,
            &none,
            &order_by,
            page_args(query),
            rows::category,
        )
        .await
    }
}
