//! Aggregates and the values they are built from. Fields are private; constructors validate.

mod ids;
mod quantity;
mod reservation;
mod stock;
mod text;
mod warehouse;

pub use ids::{BookId, OrderId, StockId, WarehouseId};
pub use quantity::{Capacity, Quantity};
pub use reservation::{
    Reservation, ReservationItem, ReservationLine, ReservationRequest, ReservationState,
};
pub use stock::{NewStock, Stock, StockRecord};
pub use text::{Address, WarehouseName};
pub use warehouse::{NewWarehouse, Warehouse, WarehouseRecord};
