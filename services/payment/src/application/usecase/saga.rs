//! The saga's payment tasks, on the generated worker traits.
//!
//! `make_payment` is idempotent by order: a payment already recorded for the order is answered
//! as it stands (`paid`: the same output, no second charge; `declined`: declined again;
//! `refunded`: refused, an order is never charged after its refund). Otherwise the gateway is
//! asked to charge with the order as the idempotency key, so two deliveries racing each other
//! still charge once, and the outcome is recorded; a concurrent delivery that recorded it first
//! wins the order's unique key and its payment is answered.
//!
//! `refund_payment` is idempotent too and does nothing when nothing was charged (the gateway
//! voids the order then, so a `make_payment` still in flight is refused instead of charging a
//! cancelled order). When a refund and a charge of the same order overlap, whichever of them
//! checks second records the refund, so a payment never stays `paid` for a returned charge.
//! Neither task holds a database transaction open while it talks to the gateway.

use app_kit::AppError;
use chrono::{DateTime, SubsecRound, Utc};

use super::Payments;
use crate::application::port::gateway::{CardGateway, Charge, ChargeOutcome, RefundOutcome};
use crate::application::port::repo::{PaymentRepository, RepoError, Transaction, UnitOfWork};
use crate::application::port::saga::model::{
    MakePaymentInput, MakePaymentOutput, PaymentStatus as WirePaymentStatus, RefundPaymentInput,
    RefundPaymentOutput,
};
use crate::application::port::saga::{
    MakePaymentRejection, MakePaymentWorker, RefundPaymentWorker, TaskFailure,
};
use crate::domain::{
    Amount, CardToken, NewOutcome, NewPayment, OrderId, Payment, PaymentStatus, UserId,
};
use service_kit::db::retry_transaction;

type MakeResult = Result<MakePaymentOutput, TaskFailure<MakePaymentRejection>>;

/// Stamps cut to microseconds, as storage keeps them.
fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

/// A failure retrying may cure (a busy or unreachable database or gateway).
fn transient<R>(err: impl Into<AppError>) -> TaskFailure<R> {
    let err = err.into();
    let mut chain = err.to_string();
    let mut source = std::error::Error::source(&err);
    while let Some(cause) = source {
        chain.push_str(": ");
        chain.push_str(&cause.to_string());
        source = cause.source();
    }
    tracing::warn!(error = %chain, "payment task failed; the orchestrator retries it");
    TaskFailure::Transient(chain)
}

fn rejected(reason: MakePaymentRejection, detail: &str) -> TaskFailure<MakePaymentRejection> {
    TaskFailure::Rejected {
        reason,
        detail: detail.to_owned(),
    }
}

/// What a recorded payment answers a (re)delivered `make_payment` with.
fn answer(payment: &Payment) -> MakeResult {
    match payment.status() {
        PaymentStatus::Paid => Ok(MakePaymentOutput {
            payment_id: payment.id().get(),
            status: WirePaymentStatus::Paid,
        }),
        PaymentStatus::Declined => Err(rejected(
            MakePaymentRejection::CardDeclined,
            "card declined",
        )),
        PaymentStatus::Refunded => Err(rejected(
            MakePaymentRejection::PaymentRefunded,
            "the order's payment was refunded; the order is not charged again",
        )),
    }
}

impl<U: UnitOfWork, G: CardGateway> Payments<U, G> {
    async fn payment_of(&self, order: OrderId) -> Result<Option<Payment>, AppError> {
        let mut tx = self.store.read().await?;
        Ok(tx.find_payment_by_order(order, false).await?)
    }

    /// Record the payment, or — when a concurrent delivery recorded the order's payment first —
    /// return that one.
    async fn record(&self, new: &NewPayment) -> Result<Payment, AppError> {
        retry_transaction(|| async {
            let mut tx = self.store.write().await?;
            match tx.insert_payment(new).await {
                Ok(payment) => {
                    tx.commit().await?;
                    Ok(payment)
                }
                Err(RepoError::Duplicate(_)) => {
                    drop(tx);
                    let found = self.payment_of(new.order_id).await?;
                    found.ok_or_else(|| {
                        AppError::unexpected(
                            "the order's payment was reported taken but cannot be read",
                        )
                    })
                }
                Err(err) => Err(err.into()),
            }
        })
        .await
    }

    /// `make_payment` on typed values.
    async fn pay(
        &self,
        order: OrderId,
        user: UserId,
        amount: Amount,
        token: CardToken,
    ) -> MakeResult {
        if let Some(existing) = self.payment_of(order).await.map_err(transient)? {
            return answer(&existing);
        }
        let charge = Charge {
            token,
            customer: user,
            amount,
            order,
        };
        let outcome = self.gateway.charge(&charge).await.map_err(transient)?;
        let (card, outcome) = match outcome {
            ChargeOutcome::UnknownCard => {
                return Err(rejected(
                    MakePaymentRejection::UnknownCard,
                    "the card token is unknown, or was issued for another customer",
                ));
            }
            ChargeOutcome::Charged {
                card,
                refunded: false,
            } => (card, NewOutcome::Paid { at: now() }),
            ChargeOutcome::Charged {
                card,
                refunded: true,
            } => {
                let at = now();
                let outcome = NewOutcome::Refunded {
                    paid_at: at,
                    refunded_at: at,
                };
                (card, outcome)
            }
            ChargeOutcome::Declined { card, reason } => (card, NewOutcome::Declined { reason }),
            ChargeOutcome::Voided => {
                return Err(rejected(
                    MakePaymentRejection::PaymentRefunded,
                    "the order was refunded before it was charged; it is not charged",
                ));
            }
        };
        let new = NewPayment {
            order_id: order,
            user_id: user,
            card_brand: card.brand,
            card_last_four: card.last_four,
            amount,
            outcome,
        };
        let mut payment = self.record(&new).await.map_err(transient)?;
        if payment.status() == PaymentStatus::Paid {
            // A refund that ran while this charge was in flight found no payment to mark: ask
            // the gateway how the charge stands now, and record its refund (one of the two
            // always sees the other).
            let now_stands = self.gateway.charge(&charge).await.map_err(transient)?;
            if let ChargeOutcome::Charged { refunded: true, .. } = now_stands {
                self.mark_refunded(order).await.map_err(transient)?;
                payment = self
                    .payment_of(order)
                    .await
                    .map_err(transient)?
                    .ok_or_else(|| transient(AppError::unexpected("the payment vanished")))?;
            }
        }
        tracing::info!(
            order_id = order.get(),
            payment_id = payment.id().get(),
            status = %payment.status(),
            "make_payment done"
        );
        answer(&payment)
    }

    /// `refund_payment` on typed values: whether a charge stands refunded.
    async fn refund(&self, order: OrderId) -> Result<bool, AppError> {
        let Some(payment) = self.payment_of(order).await? else {
            // No payment recorded: the gateway voids the order, or — when a delivery of
            // make_payment charged and has not recorded it (still running, or died) — refunds
            // that charge. A payment recorded meanwhile is marked refunded here or by that
            // delivery's own check, whichever comes second.
            if self.gateway.refund(order).await? == RefundOutcome::NothingCharged {
                return Ok(false);
            }
            if self.payment_of(order).await?.is_some() {
                self.mark_refunded(order).await?;
            }
            return Ok(true);
        };
        match payment.status() {
            PaymentStatus::Declined => return Ok(false),
            PaymentStatus::Refunded => return Ok(true),
            PaymentStatus::Paid => {}
        }
        if self.gateway.refund(order).await? == RefundOutcome::NothingCharged {
            tracing::warn!(
                order_id = order.get(),
                "the gateway holds no charge for a paid payment; recording it refunded"
            );
        }
        self.mark_refunded(order).await
    }

    /// Record the order's `paid` payment as refunded (the gateway has returned the charge);
    /// whether it stands refunded.
    async fn mark_refunded(&self, order: OrderId) -> Result<bool, AppError> {
        retry_transaction(|| async {
            let mut tx = self.store.write().await?;
            let Some(mut payment) = tx.find_payment_by_order(order, true).await? else {
                return Err(AppError::unexpected("the order's payment vanished"));
            };
            if payment.refund(now()).is_err() {
                // Refunded meanwhile by a concurrent delivery (or declined: nothing to refund).
                return Ok(payment.status() == PaymentStatus::Refunded);
            }
            tx.save_refund(&payment).await?;
            tx.commit().await?;
            Ok(true)
        })
        .await
    }
}

impl<U: UnitOfWork, G: CardGateway> MakePaymentWorker for Payments<U, G> {
    async fn make_payment(&self, input: MakePaymentInput) -> MakeResult {
        let Ok(order) = OrderId::new(input.order_id) else {
            return Err(TaskFailure::Transient(
                "order_id must be a positive id".to_owned(),
            ));
        };
        let Ok(amount) = Amount::new(input.amount) else {
            return Err(rejected(
                MakePaymentRejection::InvalidAmount,
                "the amount must be positive, with at most two decimal places, below 100000000",
            ));
        };
        let Ok(token) = CardToken::parse(&input.card_token) else {
            return Err(rejected(
                MakePaymentRejection::UnknownCard,
                "the card token is not a token this service issued",
            ));
        };
        self.pay(order, UserId::new(input.user_id), amount, token)
            .await
    }
}

impl<U: UnitOfWork, G: CardGateway> RefundPaymentWorker for Payments<U, G> {
    async fn refund_payment(
        &self,
        input: RefundPaymentInput,
    ) -> Result<RefundPaymentOutput, TaskFailure<std::convert::Infallible>> {
        let Ok(order) = OrderId::new(input.order_id) else {
            return Err(TaskFailure::Transient(
                "order_id must be a positive id".to_owned(),
            ));
        };
        tracing::info!(order_id = order.get(), reason = %input.reason, "refund_payment");
        let refunded = self.refund(order).await.map_err(transient)?;
        Ok(RefundPaymentOutput {
            order_id: order.get(),
            refunded,
        })
    }
}
