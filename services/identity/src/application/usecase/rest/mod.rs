//! The REST port (`IdentityApi`) on the use cases: each method converts the request, calls the
//! use case and picks the declared response. The refresh token travels as an `HttpOnly; Secure;
//! SameSite=Strict` cookie scoped to `/api/v1/users` (the exchange and sign-out paths); the
//! access token only in the body.

use app_kit::{AppError, FieldIssues};
use openapi_runtime::{ApiError, Problem, Tristate};

use super::{Identity, IdentityError};
use crate::application::port::openapi::model;
use crate::application::port::openapi::port::*;
use crate::application::port::provider::{ClientId, IdentityProvider, Tokens};
use crate::domain::{Email, Name, NewAccount, Password, Person, Phone, Role, User};

/// Where the refresh-token cookie is sent back: the token exchange and sign-out.
pub const COOKIE_PATH: &str = "/api/v1/users";
pub const COOKIE_NAME: &str = "refresh_token";

const WWW_AUTHENTICATE: &str = "Bearer realm=\"bookstore\"";

fn refresh_cookie(tokens: &Tokens) -> String {
    format!(
        "{COOKIE_NAME}={}; Path={COOKIE_PATH}; Max-Age={}; HttpOnly; Secure; SameSite=Strict",
        tokens.refresh_token, tokens.refresh_expires_in
    )
}

fn expired_cookie() -> String {
    format!("{COOKIE_NAME}=; Path={COOKIE_PATH}; Max-Age=0; HttpOnly; Secure; SameSite=Strict")
}

fn token_body(tokens: &Tokens) -> model::TokenResponse {
    let clamp = |secs: u64| i32::try_from(secs).unwrap_or(i32::MAX);
    model::TokenResponse {
        access_token: tokens.access_token.clone(),
        expires_in: clamp(tokens.expires_in).max(1),
        token_type: model::TokenResponseTokenType::Bearer,
        refresh_expires_in: clamp(tokens.refresh_expires_in),
    }
}

fn role_dto(role: Role) -> model::Role {
    match role {
        Role::Manage => model::Role::Manage,
        Role::Profile => model::Role::Profile,
        Role::Order => model::Role::Order,
        Role::View => model::Role::View,
    }
}

pub(crate) fn user_dto(user: &User) -> model::User {
    model::User {
        id: user.id.uuid(),
        email: user.person.email.as_str().to_owned(),
        first_name: user.person.first_name.as_str().to_owned(),
        last_name: user.person.last_name.as_str().to_owned(),
        phone: user.person.phone.as_ref().map(|p| p.as_str().to_owned()),
        roles: user.roles.iter().copied().map(role_dto).collect(),
        created_at: user.created_at,
        updated_at: user.updated_at,
    }
}

fn new_account(body: &model::SignUpRequest) -> Result<NewAccount, AppError> {
    let mut issues = FieldIssues::default();
    let email = issues.take("email", Email::parse(&body.email));
    let first_name = issues.take("first_name", Name::parse(&body.first_name));
    let last_name = issues.take("last_name", Name::parse(&body.last_name));
    let phone = match &body.phone {
        Tristate::Value(phone) => issues.take("phone", Phone::parse(phone)).map(Some),
        Tristate::Absent | Tristate::Null => Some(None),
    };
    let password = email
        .as_ref()
        .and_then(|email| issues.take("password", Password::new(&body.password, email)));
    let account = match (email, first_name, last_name, phone, password) {
        (Some(email), Some(first_name), Some(last_name), Some(phone), Some(password)) => {
            Some(NewAccount {
                person: Person {
                    email,
                    first_name,
                    last_name,
                    phone,
                },
                password,
            })
        }
        _ => None,
    };
    issues.finish(account)
}

/// The answer to a failed sign-in or exchange that is not one of the shared kinds.
enum Refusal {
    Unauthorized(Problem),
    Locked(Problem, i64),
    Other(ApiError),
}

fn refusal(err: IdentityError) -> Refusal {
    match err {
        IdentityError::App(app) => Refusal::Other(app.into()),
        IdentityError::BadCredentials | IdentityError::InvalidGrant(_) => {
            Refusal::Unauthorized(Problem::unauthorized(err.to_string()))
        }
        IdentityError::Locked { retry_after } => {
            let secs = i64::try_from(retry_after.as_secs())
                .unwrap_or(i64::MAX)
                .max(1);
            Refusal::Locked(
                Problem::new(http::StatusCode::TOO_MANY_REQUESTS).with_detail(err.to_string()),
                secs,
            )
        }
        IdentityError::Forbidden(_) => Refusal::Other(Problem::forbidden(err.to_string()).into()),
    }
}

fn api_error(err: IdentityError) -> ApiError {
    match refusal(err) {
        Refusal::Unauthorized(problem) | Refusal::Locked(problem, _) => problem.into(),
        Refusal::Other(err) => err,
    }
}

/// The refresh token from the body, else from the cookie.
fn presented_token(
    body: Option<&model::RefreshTokenRequest>,
    cookie: Option<&str>,
) -> Option<String> {
    body.map(|b| b.refresh_token.clone())
        .or_else(|| cookie.map(str::to_owned))
}

fn no_refresh_token() -> ApiError {
    Problem::bad_request(
        "send the refresh token as the refresh_token cookie or in the body as {\"refresh_token\": ...}",
    )
    .into()
}

impl<P: IdentityProvider> IdentityApi for Identity<P> {
    async fn sign_up(&self, request: SignUpRequest2) -> Result<SignUpResponse, ApiError> {
        let account = new_account(&request.body)?;
        let user = self.sign_up(account).await.map_err(api_error)?;
        Ok(SignUpResponse::Created {
            location: format!("/api/v1/customers/{}", user.id),
            body: user_dto(&user),
        })
    }

    async fn sign_in(&self, request: SignInRequest2) -> Result<SignInResponse, ApiError> {
        let body = &request.body;
        match Identity::sign_in(self, &ClientId::bookstore(), &body.email, &body.password).await {
            Ok(tokens) => Ok(SignInResponse::Ok {
                body: token_body(&tokens),
                set_cookie: refresh_cookie(&tokens),
            }),
            Err(err) => match refusal(err) {
                Refusal::Unauthorized(body) => Ok(SignInResponse::Unauthorized {
                    body,
                    www_authenticate: WWW_AUTHENTICATE.to_owned(),
                }),
                Refusal::Locked(body, retry_after) => {
                    Ok(SignInResponse::TooManyRequests { body, retry_after })
                }
                Refusal::Other(err) => Err(err),
            },
        }
    }

    async fn exchange_token(
        &self,
        request: ExchangeTokenRequest,
    ) -> Result<ExchangeTokenResponse, ApiError> {
        let token = presented_token(
            request.body.as_ref(),
            request.params.refresh_token.as_deref(),
        )
        .ok_or_else(no_refresh_token)?;
        match self.exchange(&ClientId::bookstore(), &token).await {
            Ok(tokens) => Ok(ExchangeTokenResponse::Ok {
                body: token_body(&tokens),
                set_cookie: refresh_cookie(&tokens),
            }),
            Err(err) => match refusal(err) {
                Refusal::Unauthorized(body) | Refusal::Locked(body, _) => {
                    Ok(ExchangeTokenResponse::Unauthorized {
                        body,
                        www_authenticate: WWW_AUTHENTICATE.to_owned(),
                    })
                }
                Refusal::Other(err) => Err(err),
            },
        }
    }

    async fn sign_out(&self, request: SignOutRequest) -> Result<SignOutResponse, ApiError> {
        let token = presented_token(
            request.body.as_ref(),
            request.params.refresh_token.as_deref(),
        )
        .ok_or_else(no_refresh_token)?;
        Identity::sign_out(self, &token).await.map_err(api_error)?;
        Ok(SignOutResponse::NoContent {
            set_cookie: expired_cookie(),
        })
    }

    async fn get_current_user(
        &self,
        request: GetCurrentUserRequest,
    ) -> Result<GetCurrentUserResponse, ApiError> {
        let user = self.me(&request.principal).await.map_err(api_error)?;
        Ok(GetCurrentUserResponse::Ok(user_dto(&user)))
    }
}
