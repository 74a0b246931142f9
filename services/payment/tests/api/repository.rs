//! The repository contract, on SQLite and on MariaDB: what a use case may rely on.

use chrono::{SubsecRound, Utc};
use payment::application::port::repo::{
    Page, PaymentFilter, PaymentQuery, PaymentRepository, PaymentSort, RepoError, SortOrder,
    Transaction, UnitOfWork,
};
use payment::domain::{
    Amount, CardBrand, LastFour, NewOutcome, NewPayment, OrderId, PaymentStatus, UserId,
};
use payment::infrastructure::adapter::db::SqlPayments;

use crate::common::{amount, backends, user};

fn new_payment(order: i64, customer: UserId, cents: i64, outcome: NewOutcome) -> NewPayment {
    NewPayment {
        order_id: OrderId::new(order).unwrap(),
        user_id: customer,
        card_brand: CardBrand::Visa,
        card_last_four: LastFour::parse("4242").unwrap(),
        amount: Amount::from_cents(cents).unwrap(),
        outcome,
    }
}

fn paid() -> NewOutcome {
    NewOutcome::Paid {
        at: Utc::now().trunc_subsecs(6),
    }
}

#[tokio::test]
async fn payments_round_trip_and_one_per_order() {
    for db in backends().await {
        let store = SqlPayments::new(db.database.clone());
        let customer = user();
        let mut tx = store.write().await.unwrap();
        let big = tx
            .insert_payment(&new_payment(1, customer, 9_999_999_999, paid()))
            .await
            .unwrap();
        let small = tx
            .insert_payment(&new_payment(2, customer, 1, paid()))
            .await
            .unwrap();
        let declined = NewOutcome::Declined {
            reason: "card declined".to_owned(),
        };
        let refused = tx
            .insert_payment(&new_payment(3, user(), 500, declined))
            .await
            .unwrap();
        tx.commit().await.unwrap();

        let mut tx = store.read().await.unwrap();
        let found = tx.find_payment(big.id()).await.unwrap().unwrap();
        assert_eq!(found, big, "{}: what is read is what was written", db.label);
        assert_eq!(found.amount().get(), amount("99999999.99"));
        let by_order = tx
            .find_payment_by_order(OrderId::new(2).unwrap(), false)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(by_order, small);
        assert_eq!(small.amount().get(), amount("0.01"));
        let stored = tx.find_payment(refused.id()).await.unwrap().unwrap();
        assert_eq!(stored.status(), PaymentStatus::Declined);
        assert_eq!(stored.failure_reason(), Some("card declined"));
        assert_eq!(stored.paid_at(), None);
        assert!(
            tx.find_payment_by_order(OrderId::new(99).unwrap(), false)
                .await
                .unwrap()
                .is_none()
        );
        drop(tx);

        let mut tx = store.write().await.unwrap();
        let second = tx
            .insert_payment(&new_payment(1, user(), 100, paid()))
            .await
            .unwrap_err();
        assert!(
            matches!(second, RepoError::Duplicate(_)),
            "{}: {second:?}",
            db.label
        );
    }
}

#[tokio::test]
async fn a_refund_is_saved_once_against_the_version_read() {
    for db in backends().await {
        let store = SqlPayments::new(db.database.clone());
        let mut tx = store.write().await.unwrap();
        let mut payment = tx
            .insert_payment(&new_payment(5, user(), 1250, paid()))
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let stale = payment.clone();
        payment.refund(Utc::now().trunc_subsecs(6)).unwrap();
        let mut tx = store.write().await.unwrap();
        let locked = tx
            .find_payment_by_order(OrderId::new(5).unwrap(), true)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(locked, stale);
        let saved = tx.save_refund(&payment).await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(saved.status(), PaymentStatus::Refunded);
        assert_eq!(saved.refunded_at(), payment.refunded_at());
        assert_eq!(saved.version(), stale.version().next());
        // The same refund against the version it was read at is stale now.
        let mut tx = store.write().await.unwrap();
        let again = tx.save_refund(&payment).await.unwrap_err();
        assert!(matches!(again, RepoError::Stale), "{}: {again:?}", db.label);
    }
}

#[tokio::test]
async fn lists_filter_sort_page_and_count() {
    for db in backends().await {
        let store = SqlPayments::new(db.database.clone());
        let (alice, bob) = (user(), user());
        let mut tx = store.write().await.unwrap();
        for (order, who, cents) in [(1, alice, 300), (2, alice, 100), (3, bob, 200)] {
            tx.insert_payment(&new_payment(order, who, cents, paid()))
                .await
                .unwrap();
        }
        let declined = NewOutcome::Declined {
            reason: "card declined".to_owned(),
        };
        tx.insert_payment(&new_payment(4, alice, 50, declined))
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let list = |filter: PaymentFilter, limit: i64, offset: i64| {
            let store = store.clone();
            async move {
                let mut issues = app_kit::FieldIssues::default();
                let page = Page::parse(Some(limit), offset, &mut issues).unwrap();
                let query = PaymentQuery {
                    filter,
                    page,
                    sort: PaymentSort::Amount,
                    order: SortOrder::Asc,
                };
                let mut tx = store.read().await.unwrap();
                tx.list_payments(&query).await.unwrap()
            }
        };
        let all = list(PaymentFilter::default(), 10, 0).await;
        assert_eq!(all.total, 4, "{}", db.label);
        let cents: Vec<i64> = all.items.iter().map(|p| p.amount().cents()).collect();
        assert_eq!(cents, [50, 100, 200, 300]);
        let alices = PaymentFilter {
            user_id: Some(alice),
            ..PaymentFilter::default()
        };
        let page = list(alices, 1, 1).await;
        assert_eq!((page.total, page.items.len()), (3, 1));
        assert_eq!(page.items[0].amount().cents(), 100);
        let paid_alice = PaymentFilter {
            user_id: Some(alice),
            status: Some(PaymentStatus::Paid),
            order_id: None,
        };
        assert_eq!(list(paid_alice, 10, 0).await.total, 2);
        let order_3 = PaymentFilter {
            order_id: Some(OrderId::new(3).unwrap()),
            ..PaymentFilter::default()
        };
        let only = list(order_3, 10, 0).await;
        assert_eq!(only.items[0].user_id(), bob);
        let past_the_end = list(PaymentFilter::default(), 10, 40).await;
        assert_eq!((past_the_end.total, past_the_end.items.len()), (4, 0));
    }
}
