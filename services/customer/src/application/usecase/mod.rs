//! Use cases: the customer's profile (identity), wishlist and points (this service's store),
//! orders and payments (order and payment). Each checks who may act first: a customer on their
//! own id, staff on anyone's, and another customer's id fails exactly as an unknown one.

mod error;
mod history;
mod points;
mod profile;
mod rest;
mod wishlist;

use app_kit::AppError;
use service_kit::db::{RetryPolicy, retry_contended};

use crate::application::port::downstream::Downstreams;
use crate::application::port::repo::{RepoError, UnitOfWork};
use crate::domain::{Caller, CustomerId};
use error::downstream;

pub use points::Recorded;
pub use profile::ProfileChange;
pub use wishlist::{ListedBook, WishlistPage};

/// Customer's operations over a store and the downstream services.
#[derive(Debug)]
pub struct Customers<S, D> {
    store: S,
    downstream: D,
}

impl<S: UnitOfWork, D: Downstreams> Customers<S, D> {
    pub fn new(store: S, downstream: D) -> Self {
        Self { store, downstream }
    }

    /// Let `caller` act on customer `id`, or fail as for an unknown customer. A customer acting
    /// on themself needs no look-up (their valid token says they exist); staff acting on
    /// someone else learn from identity whether that someone exists.
    ///
    /// # Errors
    /// [`AppError::NotFound`] for another customer's id or an unknown one; [`AppError::Busy`]
    /// when identity cannot answer.
    async fn admit(&self, caller: &Caller, id: CustomerId) -> Result<(), AppError> {
        if caller.is(id) {
            return Ok(());
        }
        if !caller.may_act_on(id) {
            return Err(AppError::not_found("customer", id));
        }
        self.downstream
            .get_user(id)
            .await
            .map(|_| ())
            .map_err(downstream("customer", id))
    }
}

/// Run `attempt`, one whole write transaction, again while it loses races for locks; a write
/// still contended after that is [`AppError::Busy`].
async fn retried<T, F, Fut>(attempt: F) -> Result<T, AppError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, AppError>>,
{
    retry_contended(
        RetryPolicy::TRANSACTION,
        |err| matches!(err, AppError::Busy(_)),
        attempt,
    )
    .await
}

async fn begin_write<S: UnitOfWork>(store: &S) -> Result<S::Tx, AppError> {
    store.write().await.map_err(AppError::from)
}

fn storage(err: RepoError) -> AppError {
    AppError::from(err)
}
