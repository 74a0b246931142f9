//! List queries: filters, sorting and paging, already validated by the caller. Paging and the
//! sort direction are the kit's ([`Page`], [`app_kit::Paged`], [`SortOrder`]).

use app_kit::{Page, SortOrder, ValueError};

use crate::domain::aggregate::{BookId, WarehouseId};

/// The fields warehouses sort by; each one's name is the API's and the column's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WarehouseSort {
    #[default]
    CreatedAt,
    Id,
    Name,
    Capacity,
}

impl WarehouseSort {
    const ALL: [Self; 4] = [Self::CreatedAt, Self::Id, Self::Name, Self::Capacity];

    pub fn name(self) -> &'static str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Id => "id",
            Self::Name => "name",
            Self::Capacity => "capacity",
        }
    }

    /// # Errors
    /// [`ValueError::Rule`] for a name that is not a sort field.
    pub fn parse(name: &str) -> Result<Self, ValueError> {
        Self::ALL
            .into_iter()
            .find(|s| s.name() == name)
            .ok_or(ValueError::Rule("is not a known sort field"))
    }
}

/// A page of warehouses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WarehouseQuery {
    pub page: Page,
    pub sort: WarehouseSort,
    pub order: SortOrder,
}

/// The fields stock rows sort by; each one's name is the API's and the column's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StockSort {
    #[default]
    CreatedAt,
    Id,
    BookId,
    WarehouseId,
    Quantity,
}

impl StockSort {
    const ALL: [Self; 5] = [
        Self::CreatedAt,
        Self::Id,
        Self::BookId,
        Self::WarehouseId,
        Self::Quantity,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Id => "id",
            Self::BookId => "book_id",
            Self::WarehouseId => "warehouse_id",
            Self::Quantity => "quantity",
        }
    }

    /// # Errors
    /// [`ValueError::Rule`] for a name that is not a sort field.
    pub fn parse(name: &str) -> Result<Self, ValueError> {
        Self::ALL
            .into_iter()
            .find(|s| s.name() == name)
            .ok_or(ValueError::Rule("is not a known sort field"))
    }
}

/// Which stock rows to list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StockFilter {
    pub book_id: Option<BookId>,
    pub warehouse_id: Option<WarehouseId>,
}

/// A filtered page of stock rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StockQuery {
    pub filter: StockFilter,
    pub page: Page,
    pub sort: StockSort,
    pub order: SortOrder,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_fields_parse_from_their_names() {
        for sort in StockSort::ALL {
            assert_eq!(StockSort::parse(sort.name()), Ok(sort));
        }
        for sort in WarehouseSort::ALL {
            assert_eq!(WarehouseSort::parse(sort.name()), Ok(sort));
        }
        assert!(StockSort::parse("password").is_err());
    }
}
