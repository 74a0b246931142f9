//! The identity provider, as identity's use cases need it: where accounts, credentials and
//! sessions live, and who issues tokens.
//!
//! Two adapters fit it: the built-in issuer (`infrastructure::adapter::builtin`: identity's own
//! database and signing keys) and Keycloak (its admin REST API and OIDC endpoints). The
//! operations are shaped so that each is one Keycloak call or a short, undoable sequence of them:
//! `create_user` is create user + reset password + add realm roles, `password_grant` and
//! `refresh_grant` are the token endpoint's grants, `revoke` is the logout endpoint, the user
//! reads and writes are the admin users resource.

use std::collections::BTreeSet;

use app_kit::{BoxError, Page, Paged, SortOrder};

use crate::domain::{Email, NewAccount, Person, Phone, Role, User, UserId};

/// Tokens of one session, as the token endpoint answers them.
#[derive(Clone)]
pub struct Tokens {
    pub access_token: String,
    /// Seconds until the access token expires.
    pub expires_in: u64,
    pub refresh_token: String,
    /// Seconds until the refresh token expires.
    pub refresh_expires_in: u64,
    /// The session the tokens belong to (Keycloak's `session_state`).
    pub session_id: String,
}

/// Tokens are credentials: `Debug` shows only the lifetimes.
impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tokens")
            .field("expires_in", &self.expires_in)
            .field("refresh_expires_in", &self.refresh_expires_in)
            .finish_non_exhaustive()
    }
}

/// The OAuth client a token is issued to (`client_id` at the token endpoint; `azp` in tokens).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientId(String);

impl ClientId {
    /// The client identity's own REST API signs in as.
    pub const BOOKSTORE: &str = "bookstore";

    /// # Errors
    /// Not 1 to 64 characters of letters, digits, `-`, `_` or `.`.
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        let shaped = (1..=64).contains(&raw.len())
            && raw
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
        if shaped {
            Ok(Self(raw.to_owned()))
        } else {
            Err("client_id must be 1 to 64 letters, digits, '-', '_' or '.'")
        }
    }

    pub fn bookstore() -> Self {
        Self(Self::BOOKSTORE.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Which fields of a user to change; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct UserChanges {
    pub email: Option<Email>,
    pub first_name: Option<crate::domain::Name>,
    pub last_name: Option<crate::domain::Name>,
    /// `Some(None)` clears the phone number.
    pub phone: Option<Option<Phone>>,
}

impl UserChanges {
    /// The person after these changes.
    pub fn apply(&self, person: &Person) -> Person {
        Person {
            email: self.email.clone().unwrap_or_else(|| person.email.clone()),
            first_name: self
                .first_name
                .clone()
                .unwrap_or_else(|| person.first_name.clone()),
            last_name: self
                .last_name
                .clone()
                .unwrap_or_else(|| person.last_name.clone()),
            phone: self.phone.clone().unwrap_or_else(|| person.phone.clone()),
        }
    }
}

/// What users can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UserSort {
    Email,
    /// Last name, then first name.
    Name,
    CreatedAt,
}

/// A page of users matching the filters (each a case-insensitive substring).
#[derive(Debug, Clone)]
pub struct UserQuery {
    pub email: Option<String>,
    pub name: Option<String>,
    pub phone: Option<String>,
    pub sort: UserSort,
    pub order: SortOrder,
    pub page: Page,
}

/// Why the identity provider refused or failed.
#[derive(Debug, thiserror::Error)]
pub enum ProviderError {
    /// Unknown e-mail address or wrong password: deliberately not told apart.
    #[error("invalid user credentials")]
    InvalidCredentials,
    /// A refresh token that is unknown, expired, already used, or of an ended session.
    #[error("{0}")]
    InvalidGrant(&'static str),
    /// The e-mail address belongs to another account.
    #[error("an account with this e-mail address already exists")]
    DuplicateEmail,
    #[error("no user with id {0} exists")]
    NotFound(UserId),
    /// The provider or its storage is busy or unreachable; nothing was changed.
    #[error("the identity provider is unavailable")]
    Unavailable(#[source] BoxError),
    #[error("the identity provider failed")]
    Unexpected(#[source] BoxError),
}

pub type ProviderResult<T> = Result<T, ProviderError>;

/// The identity provider. See the module documentation for how each operation maps to Keycloak.
pub trait IdentityProvider: Send + Sync + 'static {
    /// Creates an account with these realm roles; all of it or nothing.
    ///
    /// # Errors
    /// `DuplicateEmail`, `Unavailable`, `Unexpected`.
    fn create_user(
        &self,
        account: &NewAccount,
        roles: &[Role],
    ) -> impl Future<Output = ProviderResult<User>> + Send;

    /// The resource-owner password grant: a new session for these credentials.
    ///
    /// # Errors
    /// `InvalidCredentials` alike for an unknown address and a wrong password, taking the same
    /// time for both.
    fn password_grant(
        &self,
        client: &ClientId,
        email: &Email,
        password: &str,
    ) -> impl Future<Output = ProviderResult<Tokens>> + Send;

    /// The refresh-token grant: new tokens, the refresh token rotated. Presenting a refresh
    /// token that was already exchanged ends its whole session.
    ///
    /// # Errors
    /// `InvalidGrant`.
    fn refresh_grant(
        &self,
        client: &ClientId,
        refresh_token: &str,
    ) -> impl Future<Output = ProviderResult<Tokens>> + Send;

    /// Ends the session of a refresh token (logout). A token of an ended or unknown session is
    /// not an error: the session is over either way.
    ///
    /// # Errors
    /// `Unavailable`, `Unexpected`.
    fn revoke(&self, refresh_token: &str) -> impl Future<Output = ProviderResult<()>> + Send;

    /// # Errors
    /// `Unavailable`, `Unexpected`.
    fn user(&self, id: UserId) -> impl Future<Output = ProviderResult<Option<User>>> + Send;

    /// # Errors
    /// `Unavailable`, `Unexpected`.
    fn users(&self, query: &UserQuery) -> impl Future<Output = ProviderResult<Paged<User>>> + Send;

    /// # Errors
    /// `NotFound`, `DuplicateEmail`.
    fn update_user(
        &self,
        id: UserId,
        changes: &UserChanges,
    ) -> impl Future<Output = ProviderResult<User>> + Send;

    /// Deletes the account and ends its sessions.
    ///
    /// # Errors
    /// `NotFound`.
    fn delete_user(&self, id: UserId) -> impl Future<Output = ProviderResult<()>> + Send;

    /// Whether any account holds `role` (bootstrap creates staff only where none exists).
    ///
    /// # Errors
    /// `Unavailable`, `Unexpected`.
    fn any_with_role(&self, role: Role) -> impl Future<Output = ProviderResult<bool>> + Send;
}

/// A shared provider is a provider (the use cases and the issuer's own endpoints hold one).
impl<P: IdentityProvider> IdentityProvider for std::sync::Arc<P> {
    async fn create_user(&self, account: &NewAccount, roles: &[Role]) -> ProviderResult<User> {
        P::create_user(self, account, roles).await
    }
    async fn password_grant(
        &self,
        client: &ClientId,
        email: &Email,
        password: &str,
    ) -> ProviderResult<Tokens> {
        P::password_grant(self, client, email, password).await
    }
    async fn refresh_grant(
        &self,
        client: &ClientId,
        refresh_token: &str,
    ) -> ProviderResult<Tokens> {
        P::refresh_grant(self, client, refresh_token).await
    }
    async fn revoke(&self, refresh_token: &str) -> ProviderResult<()> {
        P::revoke(self, refresh_token).await
    }
    async fn user(&self, id: UserId) -> ProviderResult<Option<User>> {
        P::user(self, id).await
    }
    async fn users(&self, query: &UserQuery) -> ProviderResult<Paged<User>> {
        P::users(self, query).await
    }
    async fn update_user(&self, id: UserId, changes: &UserChanges) -> ProviderResult<User> {
        P::update_user(self, id, changes).await
    }
    async fn delete_user(&self, id: UserId) -> ProviderResult<()> {
        P::delete_user(self, id).await
    }
    async fn any_with_role(&self, role: Role) -> ProviderResult<bool> {
        P::any_with_role(self, role).await
    }
}

/// The roles of an account, as a set.
pub fn role_set(roles: &[Role]) -> BTreeSet<Role> {
    roles.iter().copied().collect()
}
