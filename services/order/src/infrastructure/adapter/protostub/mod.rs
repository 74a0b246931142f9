//! gRPC clients of other services, behind the application's outbound ports.

mod catalog;
mod payment;

pub use catalog::CatalogPrices;
pub use payment::PaymentVault;
