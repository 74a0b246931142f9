// Generated from api/saga/bookstore_order_book_wf.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 64b5784290bca59b-6d8b6195c1693962
//! Data transfer objects of the `bookstore_order_book_wf` saga's tasks run by inventory: every schema of the spec as a serde type, with the
//! spec's constraints checked by `openapi_runtime::Validate`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

/// The order the saga runs for.
pub type OrderId = i64;

/// ReserveInventoryInput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReserveInventoryInput {
    /// The order the saga runs for.
    pub order_id: i64,
    pub items: Vec<OrderItemCreate>,
}

impl openapi_runtime::Validate for ReserveInventoryInput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.items;
            let ptr = format!("{pointer}/items");
            violations.check_items(&ptr, value, Some(1), None, false);
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
            }
        }
    }
}

/// ReserveInventoryOutput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReserveInventoryOutput {
    /// The order the saga runs for.
    pub order_id: i64,
    /// Where each book's copies are held; one book may span several warehouses.
    pub reserved: Vec<ReservedStock>,
}

impl openapi_runtime::Validate for ReserveInventoryOutput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.reserved;
            let ptr = format!("{pointer}/reserved");
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
            }
        }
    }
}

/// Copies of one book held in one warehouse for the order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReservedStock {
    pub book_id: i64,
    pub warehouse_id: i64,
    pub quantity: i32,
}

impl openapi_runtime::Validate for ReservedStock {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.book_id;
            let ptr = format!("{pointer}/book_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.warehouse_id;
            let ptr = format!("{pointer}/warehouse_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.quantity;
            let ptr = format!("{pointer}/quantity");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// ReleaseInventoryInput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReleaseInventoryInput {
    /// The order the saga runs for.
    pub order_id: i64,
}

impl openapi_runtime::Validate for ReleaseInventoryInput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// ReleaseInventoryOutput
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReleaseInventoryOutput {
    /// The order the saga runs for.
    pub order_id: i64,
    /// Whether a reservation was released (false when there was none).
    pub released: bool,
}

impl openapi_runtime::Validate for ReleaseInventoryOutput {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.order_id;
            let ptr = format!("{pointer}/order_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// One line of a new order.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderItemCreate {
    /// The catalog book.
    pub book_id: i64,
    /// Copies ordered.
    pub quantity: i32,
}

impl openapi_runtime::Validate for OrderItemCreate {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.book_id;
            let ptr = format!("{pointer}/book_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.quantity;
            let ptr = format!("{pointer}/quantity");
            violations.check_minimum(&ptr, *value, 1, false);
            violations.check_maximum(&ptr, *value, 100, false);
        }
    }
}
