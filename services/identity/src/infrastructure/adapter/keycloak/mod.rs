//! The Keycloak adapter of the identity-provider port: every call goes through the generated
//! Keycloak client (`application::port::idp`), held as the `IdpApi` trait so tests can substitute
//! it. Admin calls carry an admin token from the `client_credentials` grant ([`AdminToken`]),
//! cached and renewed before it expires and once more when Keycloak answers 401.
//!
//! The bookstore's user fields map onto Keycloak's `UserRepresentation`: the e-mail address is
//! also the username, the phone number is the attribute `phone`, the time of the last change is
//! the attribute `updatedAt` (Keycloak keeps none), and the roles are the user's realm role
//! mappings. Sessions belong to the configured client (`KEYCLOAK_CLIENT_ID`): Keycloak
//! authenticates identity as that one confidential client for every grant.

mod token;

use std::collections::BTreeSet;
use std::fmt;
use std::sync::Arc;

use app_kit::{Paged, SortOrder};
use chrono::{DateTime, Utc};

use crate::application::port::idp::client::Client;
use crate::application::port::idp::model::{
    AccessTokenResponse, CredentialRepresentation, GrantType, LogoutRequest, OAuthError,
    RoleRepresentation, TokenRequest, UserRepresentation,
};
use crate::application::port::idp::port::*;
use crate::application::port::provider::{
    ClientId, IdentityProvider, ProviderError, ProviderResult, Tokens, UserChanges, UserQuery,
    UserSort,
};
use crate::domain::{Email, Name, NewAccount, Person, Phone, Role, User, UserId};

pub use token::AdminToken;

/// The attribute holding the phone number.
const PHONE: &str = "phone";
/// The attribute holding the time of the last change (RFC 3339).
const UPDATED_AT: &str = "updatedAt";
/// How many users one search asks for when listing.
const BATCH: i32 = 100;

/// Where the realm is and which client identity is in it.
#[derive(Clone)]
pub struct KeycloakConfig {
    /// Scheme, host and port (and path prefix, if any) of Keycloak, e.g. `https://sso.example.com`.
    pub url: String,
    pub realm: String,
    pub client_id: String,
    pub client_secret: String,
}

impl fmt::Debug for KeycloakConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeycloakConfig")
            .field("url", &self.url)
            .field("realm", &self.realm)
            .field("client_id", &self.client_id)
            .field("client_secret", &"<redacted>")
            .finish()
    }
}

impl KeycloakConfig {
    /// The issuer of the realm's tokens (`AUTH_ISSUER` must be this in Keycloak mode).
    pub fn issuer(&self) -> String {
        format!("{}/realms/{}", self.url.trim_end_matches('/'), self.realm)
    }
}

/// The identity provider over a Keycloak realm.
pub struct KeycloakProvider<A> {
    api: A,
    realm: String,
    client_id: String,
    client_secret: String,
}

impl KeycloakProvider<Client> {
    /// Over the generated HTTP client, with admin tokens from the `client_credentials` grant.
    pub fn connect(config: &KeycloakConfig, http: reqwest::Client) -> Self {
        let tokens = AdminToken::new(
            Client::with_http_client(config.url.clone(), http.clone()),
            config,
        );
        let api = Client::with_http_client(config.url.clone(), http)
            .with_token_provider(Arc::new(tokens));
        Self::new(api, config)
    }
}

impl<A: IdpApi> KeycloakProvider<A> {
    /// Over any implementation of the Keycloak port; `api` must authenticate admin calls itself.
    pub fn new(api: A, config: &KeycloakConfig) -> Self {
        Self {
            api,
            realm: config.realm.clone(),
            client_id: config.client_id.clone(),
            client_secret: config.client_secret.clone(),
        }
    }

    fn token_request(&self, grant_type: GrantType) -> TokenRequest {
        TokenRequest {
            grant_type,
            client_id: self.client_id.clone(),
            client_secret: Some(self.client_secret.clone()),
            username: None,
            password: None,
            refresh_token: None,
            scope: None,
        }
    }

    async fn grant(&self, request: TokenRequest) -> ProviderResult<Result<Tokens, OAuthError>> {
        let params = RequestTokenParams {
            realm: self.realm.clone(),
        };
        match self.api.request_token(&params, &request).await {
            Ok(RequestTokenResponse::Ok(answer)) => tokens(answer).map(Ok),
            Ok(RequestTokenResponse::BadRequest(error)) => Ok(Err(error)),
            Ok(other) => Err(refused("the token endpoint", other.status())),
            Err(err) => Err(client_error(err)),
        }
    }

    async fn delete(&self, id: &str) -> ProviderResult<bool> {
        let params = DeleteUserParams {
            realm: self.realm.clone(),
            user_id: id.to_owned(),
        };
        match self.api.delete_user(&params).await.map_err(client_error)? {
            DeleteUserResponse::NoContent => Ok(true),
            DeleteUserResponse::NotFound(_) => Ok(false),
            other => Err(refused("deleting a user", other.status())),
        }
    }

    /// Password, then roles, for a user just created.
    async fn complete_sign_up(
        &self,
        id: &str,
        account: &NewAccount,
        roles: &[Role],
    ) -> ProviderResult<()> {
        let credential = CredentialRepresentation {
            type_: Some("password".to_owned()),
            value: Some(account.password.expose().to_owned()),
            temporary: Some(false),
        };
        let params = ResetPasswordParams {
            realm: self.realm.clone(),
            user_id: id.to_owned(),
        };
        match self
            .api
            .reset_password(&params, &credential)
            .await
            .map_err(client_error)?
        {
            ResetPasswordResponse::NoContent => {}
            other => return Err(refused("setting the password", other.status())),
        }
        let mut mapped = Vec::with_capacity(roles.len());
        for role in roles {
            let params = GetRealmRoleParams {
                realm: self.realm.clone(),
                role_name: role.name().to_owned(),
            };
            match self
                .api
                .get_realm_role(&params)
                .await
                .map_err(client_error)?
            {
                GetRealmRoleResponse::Ok(found) => mapped.push(found),
                other => return Err(refused("reading a realm role", other.status())),
            }
        }
        if mapped.is_empty() {
            return Ok(());
        }
        let params = AddUserRealmRolesParams {
            realm: self.realm.clone(),
            user_id: id.to_owned(),
        };
        match self
            .api
            .add_user_realm_roles(&params, &mapped)
            .await
            .map_err(client_error)?
        {
            AddUserRealmRolesResponse::NoContent => Ok(()),
            other => Err(refused("granting realm roles", other.status())),
        }
    }

    async fn roles_of(&self, id: &str) -> ProviderResult<Option<BTreeSet<Role>>> {
        let params = GetUserRealmRolesParams {
            realm: self.realm.clone(),
            user_id: id.to_owned(),
        };
        match self
            .api
            .get_user_realm_roles(&params)
            .await
            .map_err(client_error)?
        {
            GetUserRealmRolesResponse::Ok(roles) => Ok(Some(role_names(&roles))),
            GetUserRealmRolesResponse::NotFound(_) => Ok(None),
            other => Err(refused("reading a user's realm roles", other.status())),
        }
    }

    async fn representation(&self, id: UserId) -> ProviderResult<Option<UserRepresentation>> {
        let params = GetUserParams {
            realm: self.realm.clone(),
            user_id: id.to_string(),
            user_profile_metadata: None,
        };
        match self.api.get_user(&params).await.map_err(client_error)? {
            GetUserResponse::Ok(found) => Ok(Some(found)),
            GetUserResponse::NotFound(_) => Ok(None),
            other => Err(refused("reading a user", other.status())),
        }
    }

    async fn with_roles(&self, found: &UserRepresentation) -> ProviderResult<Option<User>> {
        let Some(id) = found.id.as_deref() else {
            return Err(unexpected("Keycloak answered a user without an id"));
        };
        match self.roles_of(id).await? {
            Some(roles) => to_user(found, roles).map(Some),
            None => Ok(None),
        }
    }

    /// Every user whose e-mail address contains `email` (all of them for `None`).
    async fn search_all(&self, email: Option<&str>) -> ProviderResult<Vec<UserRepresentation>> {
        let mut all = Vec::new();
        loop {
            let params = SearchUsersParams {
                realm: self.realm.clone(),
                email: email.map(str::to_owned),
                username: None,
                first_name: None,
                last_name: None,
                search: None,
                q: None,
                enabled: None,
                email_verified: None,
                exact: None,
                first: Some(i32::try_from(all.len()).map_err(unexpected)?),
                max: Some(BATCH),
                brief_representation: Some(false),
            };
            match self.api.search_users(&params).await.map_err(client_error)? {
                SearchUsersResponse::Ok(batch) => {
                    let full = batch.len() >= BATCH as usize;
                    all.extend(batch);
                    if !full {
                        return Ok(all);
                    }
                }
                other => return Err(refused("searching users", other.status())),
            }
        }
    }
}

impl<A: IdpApi + 'static> IdentityProvider for KeycloakProvider<A> {
    async fn create_user(&self, account: &NewAccount, roles: &[Role]) -> ProviderResult<User> {
        let now = Utc::now();
        let mut representation = UserRepresentation {
            enabled: Some(true),
            email_verified: Some(false),
            ..UserRepresentation::default()
        };
        write_person(&mut representation, &account.person, now);
        let params = CreateUserParams {
            realm: self.realm.clone(),
        };
        let id = match self
            .api
            .create_user(&params, &representation)
            .await
            .map_err(client_error)?
        {
            CreateUserResponse::Created { location } => location
                .trim_end_matches('/')
                .rsplit('/')
                .next()
                .filter(|id| !id.is_empty())
                .map(str::to_owned)
                .ok_or_else(|| unexpected("the created user's Location has no id"))?,
            CreateUserResponse::Conflict(_) => return Err(ProviderError::DuplicateEmail),
            other => return Err(refused("creating a user", other.status())),
        };
        let user_id =
            UserId::parse(&id).map_err(|_| unexpected("Keycloak's user id is not a UUID"))?;
        if let Err(err) = self.complete_sign_up(&id, account, roles).await {
            // Not a half-made account: the user goes again, and the sign-up failed.
            if let Err(undo) = self.delete(&id).await {
                tracing::error!(user = %id, error = %undo, "a half-created Keycloak user could not be deleted");
            }
            return Err(err);
        }
        let made = User {
            id: user_id,
            person: account.person.clone(),
            roles: roles.iter().copied().collect(),
            created_at: now,
            updated_at: now,
        };
        // Keycloak's own createdTimestamp, as every later read shows it; the account is complete
        // either way, so a failed read-back only leaves identity's clock in this answer.
        match self.representation(user_id).await {
            Ok(Some(found)) => to_user(&found, made.roles.clone()),
            Ok(None) => Err(ProviderError::NotFound(user_id)),
            Err(err) => {
                tracing::warn!(user = %user_id, error = %err, "reading back a created Keycloak user failed");
                Ok(made)
            }
        }
    }

    async fn password_grant(
        &self,
        _client: &ClientId,
        email: &Email,
        password: &str,
    ) -> ProviderResult<Tokens> {
        let mut request = self.token_request(GrantType::Password);
        request.username = Some(email.as_str().to_owned());
        request.password = Some(password.to_owned());
        match self.grant(request).await? {
            Ok(tokens) => Ok(tokens),
            Err(error) if error.error == "invalid_grant" => Err(ProviderError::InvalidCredentials),
            Err(error) => Err(oauth_refusal(&error)),
        }
    }

    async fn refresh_grant(
        &self,
        _client: &ClientId,
        refresh_token: &str,
    ) -> ProviderResult<Tokens> {
        let mut request = self.token_request(GrantType::RefreshToken);
        request.refresh_token = Some(refresh_token.to_owned());
        match self.grant(request).await? {
            Ok(tokens) => Ok(tokens),
            Err(error) if error.error == "invalid_grant" => Err(ProviderError::InvalidGrant(
                "the refresh token is invalid, expired or revoked",
            )),
            Err(error) => Err(oauth_refusal(&error)),
        }
    }

    async fn revoke(&self, refresh_token: &str) -> ProviderResult<()> {
        let params = LogoutParams {
            realm: self.realm.clone(),
        };
        let request = LogoutRequest {
            client_id: self.client_id.clone(),
            client_secret: Some(self.client_secret.clone()),
            refresh_token: refresh_token.to_owned(),
        };
        match self
            .api
            .logout(&params, &request)
            .await
            .map_err(client_error)?
        {
            LogoutResponse::NoContent => Ok(()),
            // An expired, revoked or unknown refresh token: the session is over either way.
            LogoutResponse::BadRequest(error) if error.error == "invalid_grant" => Ok(()),
            LogoutResponse::BadRequest(error) => Err(oauth_refusal(&error)),
            other => Err(refused("the logout endpoint", other.status())),
        }
    }

    async fn user(&self, id: UserId) -> ProviderResult<Option<User>> {
        match self.representation(id).await? {
            Some(found) => self.with_roles(&found).await,
            None => Ok(None),
        }
    }

    async fn users(&self, query: &UserQuery) -> ProviderResult<Paged<User>> {
        // Keycloak neither sorts nor filters by name or attribute substrings: the e-mail filter
        // goes to Keycloak, the rest is done here over the matching users.
        let email = query.email.as_deref().map(str::to_lowercase);
        let name = query.name.as_deref().map(str::to_lowercase);
        let phone = query.phone.as_deref().map(str::to_lowercase);
        let mut matching = Vec::new();
        for found in self.search_all(email.as_deref()).await? {
            let person = to_person(&found)?;
            let full_name = format!(
                "{} {}",
                person.first_name.as_str(),
                person.last_name.as_str()
            )
            .to_lowercase();
            let keep = email
                .as_deref()
                .is_none_or(|e| person.email.as_str().contains(e))
                && name.as_deref().is_none_or(|n| full_name.contains(n))
                && phone.as_deref().is_none_or(|p| {
                    person
                        .phone
                        .as_ref()
                        .is_some_and(|ph| ph.as_str().to_lowercase().contains(p))
                });
            if keep {
                let created = created_at(&found)?;
                matching.push((found, person, created));
            }
        }
        matching.sort_by(|a, b| {
            let order = match query.sort {
                UserSort::Email => a.1.email.as_str().cmp(b.1.email.as_str()),
                UserSort::Name => (a.1.last_name.as_str(), a.1.first_name.as_str())
                    .cmp(&(b.1.last_name.as_str(), b.1.first_name.as_str())),
                UserSort::CreatedAt => a.2.cmp(&b.2),
            };
            match query.order {
                SortOrder::Asc => order,
                SortOrder::Desc => order.reverse(),
            }
        });
        let total = matching.len() as u64;
        let offset = usize::try_from(query.page.offset()).unwrap_or(usize::MAX);
        let limit = query.page.limit() as usize;
        let mut items = Vec::new();
        for (found, _, _) in matching.iter().skip(offset).take(limit) {
            // A user deleted meanwhile is left out of the page.
            if let Some(user) = self.with_roles(found).await? {
                items.push(user);
            }
        }
        Ok(Paged { total, items })
    }

    async fn update_user(&self, id: UserId, changes: &UserChanges) -> ProviderResult<User> {
        let Some(mut found) = self.representation(id).await? else {
            return Err(ProviderError::NotFound(id));
        };
        let person = changes.apply(&to_person(&found)?);
        write_person(&mut found, &person, Utc::now());
        let params = UpdateUserParams {
            realm: self.realm.clone(),
            user_id: id.to_string(),
        };
        match self
            .api
            .update_user(&params, &found)
            .await
            .map_err(client_error)?
        {
            UpdateUserResponse::NoContent => {}
            UpdateUserResponse::NotFound(_) => return Err(ProviderError::NotFound(id)),
            UpdateUserResponse::Conflict(_) => return Err(ProviderError::DuplicateEmail),
            other => return Err(refused("updating a user", other.status())),
        }
        self.user(id).await?.ok_or(ProviderError::NotFound(id))
    }

    async fn delete_user(&self, id: UserId) -> ProviderResult<()> {
        if self.delete(&id.to_string()).await? {
            Ok(())
        } else {
            Err(ProviderError::NotFound(id))
        }
    }

    async fn any_with_role(&self, role: Role) -> ProviderResult<bool> {
        for found in self.search_all(None).await? {
            let Some(id) = found.id.as_deref() else {
                continue;
            };
            if self
                .roles_of(id)
                .await?
                .is_some_and(|roles| roles.contains(&role))
            {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// Writes the person's fields into a representation, keeping its other attributes.
fn write_person(representation: &mut UserRepresentation, person: &Person, now: DateTime<Utc>) {
    representation.username = Some(person.email.as_str().to_owned());
    representation.email = Some(person.email.as_str().to_owned());
    representation.first_name = Some(person.first_name.as_str().to_owned());
    representation.last_name = Some(person.last_name.as_str().to_owned());
    let attributes = representation
        .attributes
        .get_or_insert_with(Default::default);
    match &person.phone {
        Some(phone) => {
            attributes.insert(PHONE.to_owned(), vec![phone.as_str().to_owned()]);
        }
        None => {
            attributes.remove(PHONE);
        }
    }
    attributes.insert(UPDATED_AT.to_owned(), vec![now.to_rfc3339()]);
}

fn attribute<'a>(found: &'a UserRepresentation, name: &str) -> Option<&'a str> {
    found
        .attributes
        .as_ref()
        .and_then(|a| a.get(name))
        .and_then(|values| values.first())
        .map(String::as_str)
}

fn to_person(found: &UserRepresentation) -> ProviderResult<Person> {
    let text = |value: &Option<String>, what: &'static str| {
        value
            .clone()
            .ok_or_else(|| unexpected(format!("a Keycloak user has no {what}")))
    };
    let email = Email::parse(&text(&found.email, "email")?)
        .map_err(|err| unexpected(format!("a Keycloak user's email: {err}")))?;
    let first_name = Name::parse(&text(&found.first_name, "firstName")?)
        .map_err(|err| unexpected(format!("a Keycloak user's firstName: {err}")))?;
    let last_name = Name::parse(&text(&found.last_name, "lastName")?)
        .map_err(|err| unexpected(format!("a Keycloak user's lastName: {err}")))?;
    let phone = attribute(found, PHONE)
        .map(Phone::parse)
        .transpose()
        .map_err(|err| unexpected(format!("a Keycloak user's phone: {err}")))?;
    Ok(Person {
        email,
        first_name,
        last_name,
        phone,
    })
}

fn created_at(found: &UserRepresentation) -> ProviderResult<DateTime<Utc>> {
    found
        .created_timestamp
        .and_then(DateTime::<Utc>::from_timestamp_millis)
        .ok_or_else(|| unexpected("a Keycloak user has no createdTimestamp"))
}

fn to_user(found: &UserRepresentation, roles: BTreeSet<Role>) -> ProviderResult<User> {
    let id = found
        .id
        .as_deref()
        .map(UserId::parse)
        .transpose()
        .map_err(|_| unexpected("a Keycloak user's id is not a UUID"))?
        .ok_or_else(|| unexpected("a Keycloak user has no id"))?;
    let created_at = created_at(found)?;
    let updated_at = match attribute(found, UPDATED_AT) {
        Some(text) => DateTime::parse_from_rfc3339(text)
            .map_err(|_| unexpected("a Keycloak user's updatedAt is not RFC 3339"))?
            .with_timezone(&Utc),
        // Never changed through identity.
        None => created_at,
    }
    // Written just before Keycloak stamped the creation.
    .max(created_at);
    Ok(User {
        id,
        person: to_person(found)?,
        roles,
        created_at,
        updated_at,
    })
}

/// The bookstore's roles among a user's realm roles (Keycloak's own, e.g.
/// `default-roles-<realm>`, are not the bookstore's).
fn role_names(roles: &[RoleRepresentation]) -> BTreeSet<Role> {
    roles
        .iter()
        .filter_map(|role| role.name.as_deref().and_then(Role::from_name))
        .collect()
}

fn tokens(answer: AccessTokenResponse) -> ProviderResult<Tokens> {
    let refresh_token = answer
        .refresh_token
        .ok_or_else(|| unexpected("the token endpoint issued no refresh token"))?;
    Ok(Tokens {
        access_token: answer.access_token,
        expires_in: u64::try_from(answer.expires_in).unwrap_or(0),
        refresh_token,
        refresh_expires_in: answer
            .refresh_expires_in
            .and_then(|secs| u64::try_from(secs).ok())
            .unwrap_or(0),
        session_id: answer.session_state.unwrap_or_default(),
    })
}

fn unexpected(message: impl fmt::Display) -> ProviderError {
    ProviderError::Unexpected(message.to_string().into())
}

/// Keycloak answered a status that means identity is misconfigured or Keycloak failed.
fn refused(what: &str, status: http::StatusCode) -> ProviderError {
    unexpected(format!("Keycloak answered {status} to {what}"))
}

fn oauth_refusal(error: &OAuthError) -> ProviderError {
    unexpected(format!(
        "the token endpoint refused identity's request: {}",
        error.error
    ))
}

/// Keycloak unreachable (or no admin token to be had): unavailable; anything else unexpected.
fn client_error(err: ClientError) -> ProviderError {
    match err {
        ClientError::Transport(_) | ClientError::Token(_) => {
            ProviderError::Unavailable(Box::new(err))
        }
        other => ProviderError::Unexpected(Box::new(other)),
    }
}
