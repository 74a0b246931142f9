//! The profile, kept by identity: customer passes the caller's token on, so identity checks
//! the caller again; deleting also erases what customer keeps, retry-safe.

use app_kit::AppError;
use prost_types::FieldMask;

use super::{Customers, begin_write, downstream, retried, storage};
use crate::application::port::downstream::Downstreams;
use crate::application::port::pb::bookstore::identity::v1 as identity;
use crate::application::port::repo::{CustomerDataRepository, Transaction, UnitOfWork};
use crate::domain::{Caller, CustomerId};

/// A customer's new names and phone number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileChange {
    pub first_name: String,
    pub last_name: String,
    pub phone: Option<String>,
}

impl<S: UnitOfWork, D: Downstreams> Customers<S, D> {
    /// # Errors
    /// [`AppError::Busy`] when identity cannot answer.
    pub async fn list_customers(
        &self,
        query: identity::ListUsersRequest,
    ) -> Result<identity::ListUsersResponse, AppError> {
        self.downstream
            .list_users(query)
            .await
            .map_err(downstream("customer", "-"))
    }

    /// # Errors
    /// [`AppError::NotFound`] for an unknown or another customer's id.
    pub async fn get_customer(
        &self,
        caller: &Caller,
        id: CustomerId,
    ) -> Result<identity::User, AppError> {
        if !caller.may_act_on(id) {
            return Err(AppError::not_found("customer", id));
        }
        self.downstream
            .get_user(id)
            .await
            .map_err(downstream("customer", id))
    }

    /// # Errors
    /// As [`Self::get_customer`], and [`AppError::Invalid`] for values identity refuses.
    pub async fn replace_customer(
        &self,
        caller: &Caller,
        id: CustomerId,
        change: ProfileChange,
    ) -> Result<identity::User, AppError> {
        if !caller.may_act_on(id) {
            return Err(AppError::not_found("customer", id));
        }
        let request = identity::UpdateUserRequest {
            user: Some(identity::User {
                id: id.to_string(),
                first_name: change.first_name,
                last_name: change.last_name,
                phone: change.phone,
                ..identity::User::default()
            }),
            update_mask: Some(FieldMask {
                paths: vec!["first_name".into(), "last_name".into(), "phone".into()],
            }),
        };
        self.downstream
            .update_user(request)
            .await
            .map_err(downstream("customer", id))
    }

    /// Erase the customer's wishlist and points (one database transaction, remembered as
    /// begun), then delete the account at identity. When identity fails, the same request
    /// again finishes the job: the erase is repeatable and an account identity no longer has
    /// counts as deleted once the erase began.
    ///
    /// # Errors
    /// [`AppError::NotFound`] for an unknown or another customer's id; [`AppError::Busy`] when
    /// identity or the database cannot answer (nothing is left half-done that a retry does not
    /// finish).
    pub async fn delete_customer(&self, caller: &Caller, id: CustomerId) -> Result<(), AppError> {
        if !caller.may_act_on(id) {
            return Err(AppError::not_found("customer", id));
        }
        let resumed = {
            let mut tx = self.store.read().await.map_err(storage)?;
            tx.was_erased(id).await.map_err(storage)?
        };
        if !resumed {
            // Only an existing customer is erased; an unknown id stays a 404.
            self.downstream
                .get_user(id)
                .await
                .map_err(downstream("customer", id))?;
        }
        retried(|| async {
            let mut tx = begin_write(&self.store).await?;
            tx.erase_customer(id).await.map_err(storage)?;
            tx.commit().await.map_err(storage)
        })
        .await?;
        match self.downstream.delete_user(id).await {
            Ok(()) => Ok(()),
            Err(crate::application::port::downstream::DownstreamError::NotFound { .. }) => Ok(()),
            Err(other) => Err(downstream("customer", id)(other)),
        }
    }
}
