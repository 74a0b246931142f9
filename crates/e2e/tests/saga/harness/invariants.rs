//! What must hold over the bookstore's data after every test, whatever the test did.
//!
//! [`check`] collects every violation (an empty list means all hold); [`assert_hold`] panics
//! listing them. Inventory's rules are read from its database (the harness knows where it is);
//! order's and payment's are read through their own APIs, since the saga's outcome is theirs to
//! report ([`order_and_payment`]), after every saga has ended.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use std::str::FromStr as _;

use serde_json::Value;
use sqlx::Row as _;

use super::Bookstore;
use super::orders::{cents, ordered_copies};

/// One stock row.
#[derive(Debug, Clone, Copy)]
pub struct StockRow {
    pub book_id: i64,
    pub warehouse_id: i64,
    pub quantity: i64,
    pub reserved: i64,
}

/// One reservation line.
#[derive(Debug, Clone)]
pub struct ReservationLine {
    pub order_id: i64,
    pub book_id: i64,
    pub warehouse_id: i64,
    pub quantity: i64,
    pub state: String,
}

/// Inventory's stock rows and reservation lines, read from its database.
#[derive(Debug, Clone, Default)]
pub struct InventoryData {
    pub stock: Vec<StockRow>,
    pub reservations: Vec<ReservationLine>,
}

impl InventoryData {
    /// The lines of one order's reservation.
    pub fn reservation_of(&self, order_id: i64) -> Vec<&ReservationLine> {
        self.reservations
            .iter()
            .filter(|l| l.order_id == order_id)
            .collect()
    }

    /// Copies of `book` an order holds (lines in state `reserved`).
    pub fn reserved_for(&self, order_id: i64, book: i64) -> i64 {
        self.reservations
            .iter()
            .filter(|l| l.order_id == order_id && l.book_id == book && l.state == "reserved")
            .map(|l| l.quantity)
            .sum()
    }
}

const STOCK: &str = "SELECT book_id, warehouse_id, quantity, reserved_quantity FROM stock";
const RESERVATIONS: &str =
    "SELECT order_id, book_id, warehouse_id, quantity, state FROM reservation";

/// Both queries on one pool (the row types differ per backend, the code does not).
macro_rules! read_inventory {
    ($pool:expr) => {
        InventoryData {
            stock: sqlx::query(STOCK)
                .fetch_all($pool)
                .await
                .expect("read stock")
                .iter()
                .map(|row| StockRow {
                    book_id: row.get("book_id"),
                    warehouse_id: row.get("warehouse_id"),
                    quantity: row.get("quantity"),
                    reserved: row.get("reserved_quantity"),
                })
                .collect(),
            reservations: sqlx::query(RESERVATIONS)
                .fetch_all($pool)
                .await
                .expect("read reservations")
                .iter()
                .map(|row| ReservationLine {
                    order_id: row.get("order_id"),
                    book_id: row.get("book_id"),
                    warehouse_id: row.get("warehouse_id"),
                    quantity: row.get("quantity"),
                    state: row.get("state"),
                })
                .collect(),
        }
    };
}

/// Read inventory's stock and reservations (a connection of its own to the live database).
pub async fn inventory_data(bookstore: &Bookstore) -> InventoryData {
    let url = bookstore.database_url("inventory");
    if url.starts_with("sqlite:") {
        let options = sqlx::sqlite::SqliteConnectOptions::from_str(&url)
            .expect("a SQLite URL")
            .read_only(true);
        let pool = sqlx::SqlitePool::connect_with(options)
            .await
            .expect("open inventory's SQLite file");
        let data = read_inventory!(&pool);
        pool.close().await;
        data
    } else {
        let pool = sqlx::MySqlPool::connect(&url)
            .await
            .expect("open inventory's MariaDB database");
        let data = read_inventory!(&pool);
        pool.close().await;
        data
    }
}

/// The simulated card gateway's charges that hold money (neither refunded nor voided), as
/// (order id → cents), read from its ledger in payment's database (`sim_gateway_charge`, keyed by
/// order): what the customer's card was really charged, whatever payment's own rows say.
pub async fn held_charges(bookstore: &Bookstore) -> BTreeMap<i64, i64> {
    const HELD: &str = "SELECT idempotency_key, amount_cents FROM sim_gateway_charge \
                        WHERE refunded = 0 AND voided = 0";
    let url = bookstore.database_url("payment");
    let rows: Vec<(i64, i64)> = if url.starts_with("sqlite:") {
        let options = sqlx::sqlite::SqliteConnectOptions::from_str(&url)
            .expect("a SQLite URL")
            .read_only(true);
        let pool = sqlx::SqlitePool::connect_with(options)
            .await
            .expect("open payment's SQLite file");
        let rows = sqlx::query_as(HELD)
            .fetch_all(&pool)
            .await
            .expect("read the gateway's charges");
        pool.close().await;
        rows
    } else {
        let pool = sqlx::MySqlPool::connect(&url)
            .await
            .expect("open payment's MariaDB database");
        let rows = sqlx::query_as(HELD)
            .fetch_all(&pool)
            .await
            .expect("read the gateway's charges");
        pool.close().await;
        rows
    };
    let mut held = BTreeMap::new();
    for (order, cents) in rows {
        *held.entry(order).or_default() += cents;
    }
    held
}

/// Inventory's own rules: `0 ≤ reserved ≤ quantity` on every row; every row's reserved copies
/// are exactly the lines in state `reserved` drawing on it; all lines of one order share one
/// state (a reservation moves as a whole).
pub fn inventory(data: &InventoryData) -> Vec<String> {
    let mut violations = Vec::new();
    let mut held: BTreeMap<(i64, i64), i64> = BTreeMap::new();
    for line in data.reservations.iter().filter(|l| l.state == "reserved") {
        *held.entry((line.book_id, line.warehouse_id)).or_default() += line.quantity;
    }
    for row in &data.stock {
        if row.reserved < 0 || row.reserved > row.quantity {
            violations.push(format!(
                "stock of book {} in warehouse {}: {} reserved of {}",
                row.book_id, row.warehouse_id, row.reserved, row.quantity
            ));
        }
        let lines = held
            .remove(&(row.book_id, row.warehouse_id))
            .unwrap_or_default();
        if lines != row.reserved {
            violations.push(format!(
                "stock of book {} in warehouse {}: {} reserved, but live reservations hold {}",
                row.book_id, row.warehouse_id, row.reserved, lines
            ));
        }
    }
    for ((book, warehouse), copies) in held {
        violations.push(format!(
            "reservations hold {copies} copies of book {book} in warehouse {warehouse}, which has no stock row"
        ));
    }
    let mut states: BTreeMap<i64, &str> = BTreeMap::new();
    for line in &data.reservations {
        match states.get(&line.order_id) {
            Some(state) if *state != line.state => violations.push(format!(
                "order {}'s reservation is partly {state} and partly {}",
                line.order_id, line.state
            )),
            _ => {
                states.insert(line.order_id, &line.state);
            }
        }
    }
    violations
}

/// The cross-service rules of issue 11, over order's and payment's REST APIs (staff token) and
/// inventory's database (`data`), once no saga runs any more (waited for, up to a minute):
/// - no order is left `pending`/`paid` once its workflow has ended;
/// - every confirmed order has exactly one payment, `paid`, of its total, and live reservation
///   lines equal to its items (book by book);
/// - no cancelled order has a charged, unrefunded (`paid`) payment or a live reservation;
/// - no order has more than one payment, and every payment belongs to an order;
/// - at the card gateway ([`held_charges`]): a confirmed order's card holds exactly its total,
///   a cancelled order's nothing, and no charge is held for an order order does not know.
pub async fn order_and_payment(bookstore: &Bookstore, data: &InventoryData) -> Vec<String> {
    if !(bookstore.has("order") && bookstore.has("payment")) {
        return Vec::new();
    }
    let orders = bookstore.wait_settled(Duration::from_secs(60)).await;
    let mut violations = Vec::new();
    let running = bookstore.running_sagas().await;
    if !running.is_empty() {
        violations.push(format!("sagas still running after a minute: {running:?}"));
    }
    let payments = bookstore.all_payments().await;
    let charged = held_charges(bookstore).await;
    violations.extend(cross_service(&orders, &payments, &charged, data));
    violations
}

/// The rules of [`order_and_payment`] over orders and payments as their REST APIs show them and
/// inventory's data (no I/O, so the checker itself is tested on made-up data).
pub fn cross_service(
    orders: &[Value],
    payments: &[Value],
    charged: &BTreeMap<i64, i64>,
    data: &InventoryData,
) -> Vec<String> {
    let mut violations = Vec::new();
    let mut by_order: BTreeMap<i64, Vec<&Value>> = BTreeMap::new();
    for payment in payments {
        by_order
            .entry(payment["order_id"].as_i64().unwrap_or_default())
            .or_default()
            .push(payment);
    }
    let ids: BTreeSet<i64> = orders.iter().filter_map(|o| o["id"].as_i64()).collect();
    for order_id in by_order.keys().filter(|id| !ids.contains(id)) {
        violations.push(format!(
            "payment of order {order_id}, which order does not know"
        ));
    }
    for order_id in charged.keys().filter(|id| !ids.contains(id)) {
        violations.push(format!(
            "the gateway holds a charge for order {order_id}, which order does not know"
        ));
    }
    for order in orders {
        let id = order["id"].as_i64().unwrap_or_default();
        let status = order["status"].as_str().unwrap_or_default();
        let held = charged.get(&id).copied();
        let paid: &[&Value] = by_order.get(&id).map(Vec::as_slice).unwrap_or_default();
        if paid.len() > 1 {
            violations.push(format!("order {id} has {} payments", paid.len()));
        }
        let mut live: BTreeMap<i64, i64> = BTreeMap::new();
        for line in data
            .reservations
            .iter()
            .filter(|l| l.order_id == id && l.state == "reserved")
        {
            *live.entry(line.book_id).or_default() += line.quantity;
        }
        match status {
            "confirmed" => {
                let charged: Vec<&&Value> = paid.iter().filter(|p| p["status"] == "paid").collect();
                if charged.len() != 1 || paid.len() != 1 {
                    violations.push(format!(
                        "confirmed order {id} has {} paid payments of {}: {paid:?}",
                        charged.len(),
                        paid.len()
                    ));
                } else if cents(&charged[0]["amount"]) != cents(&order["total_price"]) {
                    violations.push(format!(
                        "confirmed order {id} totals {} but was charged {}",
                        order["total_price"], charged[0]["amount"]
                    ));
                }
                if held != Some(cents(&order["total_price"])) {
                    violations.push(format!(
                        "confirmed order {id} totals {} but the gateway holds {held:?} cents",
                        order["total_price"]
                    ));
                }
                let ordered = ordered_copies(order);
                if live != ordered {
                    violations.push(format!(
                        "confirmed order {id} ordered {ordered:?} but holds {live:?}"
                    ));
                }
            }
            "cancelled" => {
                if paid.iter().any(|p| p["status"] == "paid") {
                    violations.push(format!(
                        "cancelled order {id} has a charged, unrefunded payment: {paid:?}"
                    ));
                }
                if !live.is_empty() {
                    violations.push(format!(
                        "cancelled order {id} still holds a reservation: {live:?}"
                    ));
                }
                if let Some(cents) = held {
                    violations.push(format!(
                        "cancelled order {id}: the gateway still holds a charge of {cents} cents"
                    ));
                }
            }
            other => violations.push(format!(
                "order {id} is left {other} with no saga running: {order}"
            )),
        }
    }
    violations
}

/// Every violation over all the databases, empty when everything holds.
pub async fn check(bookstore: &Bookstore) -> Vec<String> {
    if bookstore.has("order") {
        // Read inventory once the sagas are over, not while one still moves stock.
        bookstore.wait_settled(Duration::from_secs(60)).await;
    }
    let data = inventory_data(bookstore).await;
    let mut violations = inventory(&data);
    violations.extend(order_and_payment(bookstore, &data).await);
    violations
}

/// Panic listing every violation.
pub async fn assert_hold(bookstore: &Bookstore) {
    let violations = check(bookstore).await;
    assert!(
        violations.is_empty(),
        "invariants broken:\n- {}",
        violations.join("\n- ")
    );
}

/// The reserved lines of a `reserve_inventory` output, as (book, quantity) summed per book.
pub fn reserved_copies(output: &Value) -> BTreeMap<i64, i64> {
    let mut copies = BTreeMap::new();
    for line in output.as_array().map(Vec::as_slice).unwrap_or_default() {
        *copies
            .entry(line["book_id"].as_i64().unwrap_or_default())
            .or_default() += line["quantity"].as_i64().unwrap_or_default();
    }
    copies
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use std::collections::BTreeMap;

    use super::{InventoryData, ReservationLine, StockRow, cross_service, inventory};

    fn line(order_id: i64, book_id: i64, quantity: i64, state: &str) -> ReservationLine {
        ReservationLine {
            order_id,
            book_id,
            warehouse_id: 1,
            quantity,
            state: state.to_owned(),
        }
    }

    fn order(id: i64, status: &str, total: &str, items: &[(i64, i64)]) -> serde_json::Value {
        let items: Vec<_> = items
            .iter()
            .map(|(book, quantity)| json!({ "book_id": book, "quantity": quantity }))
            .collect();
        json!({ "id": id, "status": status, "total_price": total, "items": items })
    }

    fn payment(order_id: i64, status: &str, amount: &str) -> serde_json::Value {
        json!({ "order_id": order_id, "status": status, "amount": amount })
    }

    /// The checker finds what it is there to find, and nothing in a consistent store.
    #[test]
    fn the_checker_sees_every_broken_rule() {
        let data = InventoryData {
            stock: vec![StockRow {
                book_id: 7,
                warehouse_id: 1,
                quantity: 10,
                reserved: 5,
            }],
            reservations: vec![
                line(1, 7, 2, "reserved"),
                line(2, 7, 1, "released"),
                line(3, 7, 1, "reserved"),
                line(5, 7, 2, "reserved"),
            ],
        };
        assert!(inventory(&data).is_empty(), "{:?}", inventory(&data));
        let good = [
            order(1, "confirmed", "20.00", &[(7, 2)]),
            order(2, "cancelled", "10.00", &[(7, 1)]),
        ];
        let good_payments = [payment(1, "paid", "20.00"), payment(2, "refunded", "10.00")];
        let good_charges = BTreeMap::from([(1, 2000)]);
        assert_eq!(
            cross_service(&good, &good_payments, &good_charges, &data),
            Vec::<String>::new()
        );

        let bad = [
            // charged the wrong amount
            order(1, "confirmed", "25.00", &[(7, 2)]),
            // cancelled, still charged and holding a copy
            order(3, "cancelled", "10.00", &[(7, 1)]),
            // confirmed without its reservation, and charged twice
            order(4, "confirmed", "10.00", &[(7, 1)]),
            // left paid
            order(5, "paid", "20.00", &[(7, 2)]),
        ];
        let bad_payments = [
            payment(1, "paid", "20.00"),
            payment(3, "paid", "10.00"),
            payment(4, "paid", "10.00"),
            payment(4, "paid", "10.00"),
            payment(9, "paid", "1.00"),
        ];
        // order 1 charged 20.00 at the gateway (it totals 25.00), order 3 still charged, order 4
        // right, and a charge for an order that does not exist
        let bad_charges = BTreeMap::from([(1, 2000), (3, 1000), (4, 1000), (8, 500)]);
        let found = cross_service(&bad, &bad_payments, &bad_charges, &data);
        for expected in [
            "payment of order 9",
            "order 1 totals",
            "cancelled order 3 has a charged",
            "cancelled order 3 still holds",
            "order 4 has 2 payments",
            "confirmed order 4 has 2 paid payments",
            "confirmed order 4 ordered",
            "order 5 is left paid",
            "confirmed order 1 totals \"25.00\" but the gateway holds Some(2000)",
            "cancelled order 3: the gateway still holds",
            "charge for order 8",
        ] {
            assert!(
                found.iter().any(|v| v.contains(expected)),
                "{expected}: {found:#?}"
            );
        }
        assert_eq!(found.len(), 11, "{found:#?}");
    }
}
