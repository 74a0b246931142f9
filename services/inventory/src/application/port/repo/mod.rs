//! The storage port: repository traits speaking domain types, and the unit of work that scopes
//! them to one transaction. Use cases open the transaction, so a change spanning rows (a
//! reservation over several warehouses, a stock row checked against its warehouse's capacity)
//! commits or rolls back as one.

mod error;
mod query;
mod reservation;
mod stock;
mod unit_of_work;
mod warehouse;

pub use app_kit::{Page, Paged, SortOrder};
pub use error::RepoError;
pub use query::{StockFilter, StockQuery, StockSort, WarehouseQuery, WarehouseSort};
pub use reservation::ReservationRepository;
pub use stock::{Availability, StockRepository};
pub use unit_of_work::{Transaction, UnitOfWork};
pub use warehouse::WarehouseRepository;
