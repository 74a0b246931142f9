//! The generator's output for each fixture spec in `generator/tests/fixtures/codegen/`, one
//! module per fixture. Everything below these modules is generated (the snapshot test in
//! `generator/tests/codegen_snapshots.rs` keeps it in sync); `tests/` checks its behaviour.

pub mod shapes;
pub mod shop;
pub mod vendor;
pub mod vendor_client;
pub mod wild;
