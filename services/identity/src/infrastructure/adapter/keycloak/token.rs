//! The admin token: a `client_credentials` grant of identity's client, cached until shortly
//! before it expires, renewed once when Keycloak rejects it (401).

use std::time::{Duration, Instant};

use openapi_runtime::auth::BoxFuture;
use openapi_runtime::client::{TokenError, TokenProvider};
use tokio::sync::Mutex;

use super::KeycloakConfig;
use crate::application::port::idp::model::{GrantType, TokenRequest};
use crate::application::port::idp::port::{IdpApi, RequestTokenParams, RequestTokenResponse};

/// Renew this long before the token's stated expiry (clock skew, time in flight).
const EARLY: Duration = Duration::from_secs(30);

struct Cached {
    token: String,
    renew_at: Instant,
}

/// Admin tokens for the generated client ([`TokenProvider`]); asks the token endpoint through
/// `api` (the token endpoint itself takes no bearer token).
pub struct AdminToken<A> {
    api: A,
    realm: String,
    client_id: String,
    client_secret: String,
    cached: Mutex<Option<Cached>>,
}

impl<A: IdpApi> AdminToken<A> {
    pub fn new(api: A, config: &KeycloakConfig) -> Self {
        Self {
            api,
            realm: config.realm.clone(),
            client_id: config.client_id.clone(),
            client_secret: config.client_secret.clone(),
            cached: Mutex::new(None),
        }
    }

    async fn fetch(&self) -> Result<Cached, TokenError> {
        let params = RequestTokenParams {
            realm: self.realm.clone(),
        };
        let request = TokenRequest {
            grant_type: GrantType::ClientCredentials,
            client_id: self.client_id.clone(),
            client_secret: Some(self.client_secret.clone()),
            username: None,
            password: None,
            refresh_token: None,
            scope: None,
        };
        match self.api.request_token(&params, &request).await? {
            RequestTokenResponse::Ok(answer) => {
                let lifetime = Duration::from_secs(u64::try_from(answer.expires_in).unwrap_or(0));
                Ok(Cached {
                    token: answer.access_token,
                    renew_at: Instant::now() + lifetime.saturating_sub(EARLY),
                })
            }
            RequestTokenResponse::BadRequest(error)
            | RequestTokenResponse::Unauthorized(error)
            | RequestTokenResponse::NotFound(error) => Err(format!(
                "Keycloak refused identity's client_credentials grant: {}",
                error.error
            )
            .into()),
        }
    }
}

impl<A: IdpApi + 'static> TokenProvider for AdminToken<A> {
    fn token(&self) -> BoxFuture<'_, Result<String, TokenError>> {
        Box::pin(async move {
            let mut cached = self.cached.lock().await;
            if let Some(current) = cached.as_ref().filter(|c| Instant::now() < c.renew_at) {
                return Ok(current.token.clone());
            }
            let fresh = self.fetch().await?;
            let token = fresh.token.clone();
            *cached = Some(fresh);
            Ok(token)
        })
    }

    fn refresh<'a>(
        &'a self,
        rejected: &'a str,
    ) -> BoxFuture<'a, Result<Option<String>, TokenError>> {
        Box::pin(async move {
            let mut cached = self.cached.lock().await;
            // Another request already renewed the token this one was sent with.
            if let Some(current) = cached.as_ref().filter(|c| c.token != rejected) {
                return Ok(Some(current.token.clone()));
            }
            let fresh = self.fetch().await?;
            let token = fresh.token.clone();
            *cached = Some(fresh);
            Ok(Some(token))
        })
    }
}
