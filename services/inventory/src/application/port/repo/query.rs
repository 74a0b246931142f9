//! List queries: filters, sorting and paging, already validated by the caller.

/// Sort direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    Asc,
    #[default]
    Desc,
}

/// One page: `limit` 1–100 and an offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    pub limit: u32,
    pub offset: u64,
}

impl Default for PageRequest {
    fn default() -> Self {
        Self {
            limit: 10,
            offset: 0,
        }
    }
}

/// One page of results and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page<T> {
    pub total: u64,
    pub items: Vec<T>,
}

/// The fields warehouses sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WarehouseSort {
    #[default]
    CreatedAt,
    Id,
    Name,
    Capacity,
}

/// A page of warehouses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WarehouseQuery {
    pub page: PageRequest,
    pub sort: WarehouseSort,
    pub order: SortOrder,
}

/// The fields stock rows sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StockSort {
    #[default]
    CreatedAt,
    Id,
    BookId,
    WarehouseId,
    Quantity,
}

/// Which stock rows to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StockFilter {
    pub book_id: Option<crate::domain::aggregate::BookId>,
    pub warehouse_id: Option<crate::domain::aggregate::WarehouseId>,
}

/// A filtered page of stock rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StockQuery {
    pub filter: StockFilter,
    pub page: PageRequest,
    pub sort: StockSort,
    pub order: SortOrder,
}
