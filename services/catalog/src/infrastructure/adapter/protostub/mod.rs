//! gRPC clients of other services, behind the application's outbound ports.

mod inventory;

pub use inventory::InventoryStock;
