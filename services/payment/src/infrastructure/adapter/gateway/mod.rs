//! The simulated card gateway, the embedded default behind the [`CardGateway`] port. Its vault
//! and its charge ledger live in payment's own database, in tables of their own
//! (`sim_gateway_card`, `sim_gateway_charge`); neither ever holds a card number. What the number
//! makes the simulator do is decided once, when it is tokenized:
//!
//! | number | behaviour |
//! |---|---|
//! | `4000000000000002` | every charge is declined (terminal) |
//! | `4000000000000119` | the first two charges fail transiently (the processor times out), then it is approved |
//! | any other Luhn-valid number | approved |
//!
//! Numbers that are not Luhn-valid never get here: [`CardNumber`] refuses them.
//!
//! Charges are keyed by the order: one row per order in the ledger, whatever the number of
//! requests or their interleaving (the unique key decides a race, and the loser reads the
//! winner's row). A refund that finds no charge writes a void in that row, so a charge arriving
//! after it is refused.

use service_kit::db::{Database, SqlStore, SqlTx};
use service_kit::with_statement_conn;
use sqlx::Row;

use crate::application::port::gateway::{
    Card, CardGateway, CardSummary, Charge, ChargeOutcome, GatewayUnavailable, RefundOutcome,
};
use crate::domain::{CardBrand, CardNumber, CardToken, LastFour, OrderId, UserId};

/// The test number every charge of which is declined.
pub const DECLINED_CARD: &str = "4000000000000002";
/// The test number whose first two charges fail transiently.
pub const FLAKY_CARD: &str = "4000000000000119";
/// How many times a charge of [`FLAKY_CARD`] fails before it is approved.
pub const FLAKY_FAILURES: i64 = 2;

/// Why a declined card is declined.
pub const DECLINE_REASON: &str = "card declined";

/// The simulated gateway over payment's database.
#[derive(Debug, Clone)]
pub struct SimulatedGateway {
    store: SqlStore,
}

fn unavailable(operation: &'static str) -> impl FnOnce(sqlx::Error) -> GatewayUnavailable {
    move |err| GatewayUnavailable::caused_by(operation, err)
}

/// A card of the vault.
struct VaultCard {
    customer: String,
    summary: CardSummary,
    behaviour: String,
}

impl SimulatedGateway {
    pub fn new(database: Database) -> Self {
        Self {
            store: SqlStore::new(database),
        }
    }

    fn statement(&self) -> SqlTx {
        self.store.read()
    }

    async fn card(&self, token: &CardToken) -> Result<Option<VaultCard>, GatewayUnavailable> {
        let sql =
            "SELECT customer, brand, last_four, behaviour FROM sim_gateway_card WHERE token = ?";
        let mut tx = self.statement();
        let fail = unavailable("read a card from the vault");
        let row: Option<(String, String, String, String)> = with_statement_conn!(tx, |e| GatewayUnavailable::caused_by("connect", e), conn => {
            let row = sqlx::query(sql)
                .bind(token.as_str())
                .fetch_optional(&mut *conn)
                .await
                .map_err(fail)?;
            match row {
                Some(row) => Some((
                    row.try_get("customer").map_err(unavailable("read a card"))?,
                    row.try_get("brand").map_err(unavailable("read a card"))?,
                    row.try_get("last_four").map_err(unavailable("read a card"))?,
                    row.try_get("behaviour").map_err(unavailable("read a card"))?,
                )),
                None => None,
            }
        });
        let Some((customer, brand, last_four, behaviour)) = row else {
            return Ok(None);
        };
        let corrupt = |_| GatewayUnavailable::new("the vault holds a malformed card");
        Ok(Some(VaultCard {
            customer,
            summary: CardSummary {
                brand: CardBrand::parse(&brand).map_err(corrupt)?,
                last_four: LastFour::parse(&last_four).map_err(corrupt)?,
            },
            behaviour,
        }))
    }

    /// How the order stands in the ledger, if it is there at all.
    async fn ledger(&self, order: OrderId) -> Result<Option<Ledger>, GatewayUnavailable> {
        let sql = "SELECT refunded, voided FROM sim_gateway_charge WHERE idempotency_key = ?";
        let mut tx = self.statement();
        with_statement_conn!(tx, |e| GatewayUnavailable::caused_by("connect", e), conn => {
            let row = sqlx::query(sql)
                .bind(order.get())
                .fetch_optional(&mut *conn)
                .await
                .map_err(unavailable("read a charge"))?;
            match row {
                Some(row) => {
                    let refunded: i64 = row.try_get("refunded").map_err(unavailable("read a charge"))?;
                    let voided: i64 = row.try_get("voided").map_err(unavailable("read a charge"))?;
                    Ok(Some(if voided != 0 {
                        Ledger::Voided
                    } else {
                        Ledger::Charged { refunded: refunded != 0 }
                    }))
                }
                None => Ok(None),
            }
        })
    }

    /// Void the order, which has no charge; `false` when it has a row (a charge) after all.
    async fn insert_void(&self, order: OrderId) -> Result<bool, GatewayUnavailable> {
        let sql = "INSERT INTO sim_gateway_charge \
                   (idempotency_key, token, amount_cents, refunded, voided, created_at) \
                   VALUES (?, '', 0, 0, 1, ?)";
        let mut tx = self.statement();
        let at = service_kit::db::sql::now();
        let inserted = with_statement_conn!(tx, |e| GatewayUnavailable::caused_by("connect", e), conn => {
            sqlx::query(sql)
                .bind(order.get())
                .bind(at)
                .execute(&mut *conn)
                .await
                .map(drop)
        });
        taken_or(inserted, "void an order")
    }

    async fn mark_refunded(&self, order: OrderId) -> Result<(), GatewayUnavailable> {
        let sql =
            "UPDATE sim_gateway_charge SET refunded = 1 WHERE idempotency_key = ? AND voided = 0";
        let mut tx = self.statement();
        with_statement_conn!(tx, |e| GatewayUnavailable::caused_by("connect", e), conn => {
            sqlx::query(sql)
                .bind(order.get())
                .execute(&mut *conn)
                .await
                .map_err(unavailable("refund a charge"))?;
        });
        Ok(())
    }

    /// Use up one of the card's transient failures; `true` when there was one left.
    async fn fail_transiently(&self, token: &CardToken) -> Result<bool, GatewayUnavailable> {
        let sql = "UPDATE sim_gateway_card SET transient_failures = transient_failures - 1 \
                   WHERE token = ? AND transient_failures > 0";
        let mut tx = self.statement();
        let changed = with_statement_conn!(tx, |e| GatewayUnavailable::caused_by("connect", e), conn => {
            sqlx::query(sql)
                .bind(token.as_str())
                .execute(&mut *conn)
                .await
                .map_err(unavailable("count a transient failure"))?
                .rows_affected()
        });
        Ok(changed > 0)
    }

    /// Record the order's charge; `false` when the order already had one.
    async fn insert_charge(&self, charge: &Charge) -> Result<bool, GatewayUnavailable> {
        let sql = "INSERT INTO sim_gateway_charge (idempotency_key, token, amount_cents, refunded, created_at) \
                   VALUES (?, ?, ?, 0, ?)";
        let mut tx = self.statement();
        let at = service_kit::db::sql::now();
        let inserted = with_statement_conn!(tx, |e| GatewayUnavailable::caused_by("connect", e), conn => {
            sqlx::query(sql)
                .bind(charge.order.get())
                .bind(charge.token.as_str())
                .bind(charge.amount.cents())
                .bind(at)
                .execute(&mut *conn)
                .await
                .map(drop)
        });
        taken_or(inserted, "record a charge")
    }
}

/// How an order stands in the ledger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ledger {
    Charged { refunded: bool },
    Voided,
}

/// `true` for a row inserted, `false` when the order's key was taken.
fn taken_or(
    inserted: Result<(), sqlx::Error>,
    operation: &'static str,
) -> Result<bool, GatewayUnavailable> {
    match inserted {
        Ok(()) => Ok(true),
        Err(err)
            if matches!(
                service_kit::db::WriteFailure::of(&err),
                Some(service_kit::db::WriteFailure::Duplicate)
            ) =>
        {
            Ok(false)
        }
        Err(err) => Err(GatewayUnavailable::caused_by(operation, err)),
    }
}

impl CardGateway for SimulatedGateway {
    async fn tokenize(
        &self,
        number: &CardNumber,
        customer: UserId,
    ) -> Result<Card, GatewayUnavailable> {
        let (behaviour, failures) = match number.digits() {
            DECLINED_CARD => ("decline", 0),
            FLAKY_CARD => ("flaky", FLAKY_FAILURES),
            _ => ("approve", 0),
        };
        let token = format!("tok_{}", uuid::Uuid::new_v4().simple());
        let token = CardToken::parse(&token)
            .map_err(|_| GatewayUnavailable::new("the vault made a malformed token"))?;
        let (brand, last_four) = (number.brand(), number.last_four());
        let sql = "INSERT INTO sim_gateway_card \
                   (token, customer, brand, last_four, behaviour, transient_failures, created_at) \
                   VALUES (?, ?, ?, ?, ?, ?, ?)";
        let mut tx = self.statement();
        let at = service_kit::db::sql::now();
        let customer = customer.to_string();
        with_statement_conn!(tx, |e| GatewayUnavailable::caused_by("connect", e), conn => {
            sqlx::query(sql)
                .bind(token.as_str())
                .bind(customer.as_str())
                .bind(brand.as_str())
                .bind(last_four.as_str())
                .bind(behaviour)
                .bind(failures)
                .bind(at)
                .execute(&mut *conn)
                .await
                .map_err(unavailable("store a card in the vault"))?;
        });
        Ok(Card {
            token,
            brand,
            last_four,
        })
    }

    async fn charge(&self, charge: &Charge) -> Result<ChargeOutcome, GatewayUnavailable> {
        let Some(card) = self.card(&charge.token).await? else {
            return Ok(ChargeOutcome::UnknownCard);
        };
        if card.customer != charge.customer.to_string() {
            return Ok(ChargeOutcome::UnknownCard);
        }
        match self.ledger(charge.order).await? {
            Some(Ledger::Voided) => return Ok(ChargeOutcome::Voided),
            Some(Ledger::Charged { refunded }) => {
                return Ok(ChargeOutcome::Charged {
                    card: card.summary,
                    refunded,
                });
            }
            None => {}
        }
        match card.behaviour.as_str() {
            "decline" => {
                return Ok(ChargeOutcome::Declined {
                    card: card.summary,
                    reason: DECLINE_REASON.to_owned(),
                });
            }
            "flaky" if self.fail_transiently(&charge.token).await? => {
                return Err(GatewayUnavailable::new(
                    "the card processor timed out (simulated)",
                ));
            }
            _ => {}
        }
        if self.insert_charge(charge).await? {
            return Ok(ChargeOutcome::Charged {
                card: card.summary,
                refunded: false,
            });
        }
        // A concurrent request with the same key charged (or voided) first: answer with that.
        Ok(match self.ledger(charge.order).await? {
            Some(Ledger::Charged { refunded }) => ChargeOutcome::Charged {
                card: card.summary,
                refunded,
            },
            Some(Ledger::Voided) | None => ChargeOutcome::Voided,
        })
    }

    async fn refund(&self, order: OrderId) -> Result<RefundOutcome, GatewayUnavailable> {
        let stands = match self.ledger(order).await? {
            None if self.insert_void(order).await? => return Ok(RefundOutcome::NothingCharged),
            // A charge got in between: refund it.
            None => self.ledger(order).await?,
            found => found,
        };
        match stands {
            Some(Ledger::Charged { .. }) => {
                self.mark_refunded(order).await?;
                Ok(RefundOutcome::Refunded)
            }
            Some(Ledger::Voided) | None => Ok(RefundOutcome::NothingCharged),
        }
    }
}
