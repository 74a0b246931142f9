//! Identity's use cases, over the identity-provider port: sign-up, sign-in (with brute-force
//! protection), token exchange, sign-out, and reading and maintaining users, each checking who
//! may do it.

pub mod error;
mod grpc;
pub mod guard;
pub mod rest;

use app_kit::{AppError, Paged};
use openapi_runtime::Principal;

pub use self::error::IdentityError;
use self::guard::SignInGuard;
use crate::application::port::provider::{
    ClientId, IdentityProvider, Tokens, UserChanges, UserQuery,
};
use crate::domain::{Email, NewAccount, Password, Person, Role, User, UserId};

pub type IdentityResult<T> = Result<T, IdentityError>;

/// The identity service's use cases.
pub struct Identity<P> {
    provider: P,
    guard: SignInGuard,
}

/// Staff see and change everyone; a customer only themself.
fn may_act_on(principal: &Principal, id: UserId) -> bool {
    principal.has_role(Role::Manage.name()) || principal.subject == id.to_string()
}

impl<P: IdentityProvider> Identity<P> {
    pub fn new(provider: P) -> Self {
        Self {
            provider,
            guard: SignInGuard::default(),
        }
    }

    pub fn provider(&self) -> &P {
        &self.provider
    }

    /// A customer account, with the roles `profile order view`.
    ///
    /// # Errors
    /// A duplicate address (conflict), or the provider is unavailable.
    #[tracing::instrument(skip_all)]
    pub async fn sign_up(&self, account: NewAccount) -> IdentityResult<User> {
        Ok(self.provider.create_user(&account, Role::CUSTOMER).await?)
    }

    /// Tokens for these credentials, unless the address is locked after repeated failures.
    /// `email` is taken as typed: an address that is not one is a failed sign-in like any other.
    ///
    /// # Errors
    /// `Locked`, `BadCredentials`, or the provider is unavailable.
    #[tracing::instrument(skip_all)]
    pub async fn sign_in(
        &self,
        client: &ClientId,
        email: &str,
        password: &str,
    ) -> IdentityResult<Tokens> {
        let parsed = Email::parse(email);
        let key = match &parsed {
            Ok(email) => email.as_str().to_owned(),
            Err(_) => email.trim().to_lowercase(),
        };
        self.guard
            .check(&key)
            .map_err(|retry_after| IdentityError::Locked { retry_after })?;
        let outcome = match &parsed {
            Ok(email) => self.provider.password_grant(client, email, password).await,
            // Not an address: nobody can have it, but it is answered as a wrong password is.
            Err(_) => Err(crate::application::port::provider::ProviderError::InvalidCredentials),
        };
        match outcome {
            Ok(tokens) => {
                self.guard.succeeded(&key);
                Ok(tokens)
            }
            Err(err) => {
                let err = IdentityError::from(err);
                if matches!(err, IdentityError::BadCredentials)
                    && let Some(wait) = self.guard.failed(&key)
                {
                    tracing::warn!(
                        wait_secs = wait.as_secs(),
                        "sign-ins for an address locked after repeated failures"
                    );
                }
                Err(err)
            }
        }
    }

    /// New tokens for a refresh token, which is used up.
    ///
    /// # Errors
    /// `InvalidGrant`, or the provider is unavailable.
    #[tracing::instrument(skip_all)]
    pub async fn exchange(&self, client: &ClientId, refresh_token: &str) -> IdentityResult<Tokens> {
        Ok(self.provider.refresh_grant(client, refresh_token).await?)
    }

    /// Ends the session of a refresh token.
    ///
    /// # Errors
    /// The provider is unavailable.
    #[tracing::instrument(skip_all)]
    pub async fn sign_out(&self, refresh_token: &str) -> IdentityResult<()> {
        Ok(self.provider.revoke(refresh_token).await?)
    }

    /// The caller's own account.
    ///
    /// # Errors
    /// Not found (the account was deleted, or the token is not about a user here).
    pub async fn me(&self, principal: &Principal) -> IdentityResult<User> {
        let id = UserId::parse(&principal.subject)
            .map_err(|_| AppError::not_found("user", &principal.subject))?;
        self.get_user(principal, id).await
    }

    /// # Errors
    /// `Forbidden` for someone else's account without `manage`; not found.
    pub async fn get_user(&self, principal: &Principal, id: UserId) -> IdentityResult<User> {
        if !may_act_on(principal, id) {
            return Err(IdentityError::Forbidden(
                "only staff may read another user's account",
            ));
        }
        self.provider
            .user(id)
            .await?
            .ok_or_else(|| AppError::not_found("user", id).into())
    }

    /// # Errors
    /// `Forbidden` without `manage`.
    pub async fn list_users(
        &self,
        principal: &Principal,
        query: &UserQuery,
    ) -> IdentityResult<Paged<User>> {
        if !principal.has_role(Role::Manage.name()) {
            return Err(IdentityError::Forbidden("only staff may list users"));
        }
        Ok(self.provider.users(query).await?)
    }

    /// # Errors
    /// `Forbidden` for someone else's account without `manage`; not found; a taken address.
    pub async fn update_user(
        &self,
        principal: &Principal,
        id: UserId,
        changes: &UserChanges,
    ) -> IdentityResult<User> {
        if !may_act_on(principal, id) {
            return Err(IdentityError::Forbidden(
                "only staff may change another user's account",
            ));
        }
        Ok(self.provider.update_user(id, changes).await?)
    }

    /// # Errors
    /// `Forbidden` for someone else's account without `manage`; not found.
    pub async fn delete_user(&self, principal: &Principal, id: UserId) -> IdentityResult<()> {
        if !may_act_on(principal, id) {
            return Err(IdentityError::Forbidden(
                "only staff may delete another user's account",
            ));
        }
        Ok(self.provider.delete_user(id).await?)
    }

    /// Creates the one staff account from `IDENTITY_BOOTSTRAP_ADMIN_*` when no account has
    /// `manage` yet; returns whether it did.
    ///
    /// # Errors
    /// The address or password breaks the rules (named in the message), or the provider failed.
    pub async fn bootstrap_staff(&self, email: &str, password: &str) -> IdentityResult<bool> {
        if self.provider.any_with_role(Role::Manage).await? {
            return Ok(false);
        }
        let email =
            Email::parse(email).map_err(|e| AppError::invalid("bootstrap_admin_email", e))?;
        let password = Password::new(password, &email)
            .map_err(|e| AppError::invalid("bootstrap_admin_password", e))?;
        let person = Person {
            email,
            first_name: crate::domain::Name::parse("Bookstore").map_err(AppError::unexpected)?,
            last_name: crate::domain::Name::parse("Staff").map_err(AppError::unexpected)?,
            phone: None,
        };
        self.provider
            .create_user(&NewAccount { person, password }, Role::STAFF)
            .await?;
        Ok(true)
    }
}
