//! gRPC `bookstore.identity.v1.UserService`: authenticate the caller, decode, call the use case
//! (which decides who may do what: `manage`, or the user themself), encode. Failures become
//! `Status` through the use cases' error mapping.

use std::sync::Arc;

use app_kit::{AppError, FieldIssues, Page, SortOrder};
use chrono::{DateTime, Utc};
use openapi_runtime::{Authenticator, Principal};
use tonic::{Request, Response, Status};

use crate::application::port::pb::bookstore::common::v1::SortOrder as PbSortOrder;
use crate::application::port::pb::bookstore::identity::v1 as pb;
use crate::application::port::pb::bookstore::identity::v1::user_service_server::{
    UserService, UserServiceServer,
};
use crate::application::port::provider::{IdentityProvider, UserChanges, UserQuery, UserSort};
use crate::application::usecase::Identity;
use crate::domain::{Email, Name, Phone, User, UserId};

/// The gRPC face of identity.
pub struct UserGrpc<P> {
    identity: Arc<Identity<P>>,
    authenticator: Arc<dyn Authenticator>,
}

impl<P: IdentityProvider> UserGrpc<P> {
    pub fn new(identity: Arc<Identity<P>>, authenticator: Arc<dyn Authenticator>) -> Self {
        Self {
            identity,
            authenticator,
        }
    }

    pub fn routes(self) -> tonic::service::Routes {
        tonic::service::Routes::new(UserServiceServer::new(self))
    }

    async fn caller<T>(&self, request: &Request<T>) -> Result<Principal, Status> {
        service_kit::grpc::auth::authenticate(self.authenticator.as_ref(), request.metadata()).await
    }
}

fn timestamp(at: DateTime<Utc>) -> Option<prost_types::Timestamp> {
    Some(prost_types::Timestamp {
        seconds: at.timestamp(),
        nanos: i32::try_from(at.timestamp_subsec_nanos()).unwrap_or(0),
    })
}

fn user_message(user: &User) -> pb::User {
    pb::User {
        id: user.id.to_string(),
        email: user.person.email.as_str().to_owned(),
        first_name: user.person.first_name.as_str().to_owned(),
        last_name: user.person.last_name.as_str().to_owned(),
        phone: user.person.phone.as_ref().map(|p| p.as_str().to_owned()),
        created_at: timestamp(user.created_at),
        updated_at: timestamp(user.updated_at),
    }
}

fn user_id(raw: &str) -> Result<UserId, AppError> {
    UserId::parse(raw).map_err(|e| AppError::invalid("id", e))
}

/// A filter longer than any stored value cannot match; refusing it keeps patterns small.
fn filter(issues: &mut FieldIssues, name: &str, value: Option<String>) -> Option<String> {
    match value {
        Some(text) if text.chars().count() > 254 => {
            issues.add(name, "must be at most 254 characters");
            None
        }
        Some(text) if text.trim().is_empty() => None,
        other => other,
    }
}

fn list_query(request: pb::ListUsersRequest) -> Result<UserQuery, AppError> {
    let mut issues = FieldIssues::default();
    let limit = (request.limit != 0).then(|| i64::from(request.limit));
    let page = Page::parse(limit, i64::from(request.offset), &mut issues);
    let sort = issues.take(
        "sort",
        match pb::UserSortField::try_from(request.sort) {
            Ok(pb::UserSortField::Email) => Ok(UserSort::Email),
            Ok(pb::UserSortField::Name) => Ok(UserSort::Name),
            Ok(pb::UserSortField::CreatedAt | pb::UserSortField::Unspecified) => {
                Ok(UserSort::CreatedAt)
            }
            Err(_) => Err(format!("unknown sort field {}", request.sort)),
        },
    );
    let order = issues.take(
        "order",
        match PbSortOrder::try_from(request.order) {
            Ok(PbSortOrder::Asc) => Ok(SortOrder::Asc),
            Ok(PbSortOrder::Desc | PbSortOrder::Unspecified) => Ok(SortOrder::Desc),
            Err(_) => Err(format!("unknown sort order {}", request.order)),
        },
    );
    let email = filter(&mut issues, "email", request.email);
    let name = filter(&mut issues, "name", request.name);
    let phone = filter(&mut issues, "phone", request.phone);
    let ((page, sort), order) = issues.finish(page.zip(sort).zip(order))?;
    Ok(UserQuery {
        email,
        name,
        phone,
        sort,
        order,
        page,
    })
}

fn changes(request: &pb::UpdateUserRequest) -> Result<(UserId, UserChanges), AppError> {
    let user = request
        .user
        .as_ref()
        .ok_or_else(|| AppError::invalid("user", "is required"))?;
    let id = UserId::parse(&user.id).map_err(|e| AppError::invalid("user.id", e))?;
    let paths = request
        .update_mask
        .as_ref()
        .map(|mask| mask.paths.as_slice())
        .unwrap_or_default();
    let mut issues = FieldIssues::default();
    if paths.is_empty() {
        issues.add("update_mask", "name at least one field to change");
    }
    let mut changes = UserChanges::default();
    for path in paths {
        match path.as_str() {
            "email" => changes.email = issues.take("user.email", Email::parse(&user.email)),
            "first_name" => {
                changes.first_name = issues.take("user.first_name", Name::parse(&user.first_name));
            }
            "last_name" => {
                changes.last_name = issues.take("user.last_name", Name::parse(&user.last_name));
            }
            "phone" => {
                changes.phone = match &user.phone {
                    None => Some(None),
                    Some(phone) => issues.take("user.phone", Phone::parse(phone)).map(Some),
                };
            }
            other => issues.add(
                "update_mask",
                format!("{other:?} cannot be changed (email, first_name, last_name, phone can)"),
            ),
        }
    }
    issues.check()?;
    Ok((id, changes))
}

#[tonic::async_trait]
impl<P: IdentityProvider> UserService for UserGrpc<P> {
    async fn list_users(
        &self,
        request: Request<pb::ListUsersRequest>,
    ) -> Result<Response<pb::ListUsersResponse>, Status> {
        let principal = self.caller(&request).await?;
        let query = list_query(request.into_inner())?;
        let page = self.identity.list_users(&principal, &query).await?;
        Ok(Response::new(pb::ListUsersResponse {
            total: page.total_i64(),
            users: page.items.iter().map(user_message).collect(),
        }))
    }

    async fn get_user(
        &self,
        request: Request<pb::GetUserRequest>,
    ) -> Result<Response<pb::GetUserResponse>, Status> {
        let principal = self.caller(&request).await?;
        let id = user_id(&request.get_ref().id)?;
        let user = self.identity.get_user(&principal, id).await?;
        Ok(Response::new(pb::GetUserResponse {
            user: Some(user_message(&user)),
        }))
    }

    async fn update_user(
        &self,
        request: Request<pb::UpdateUserRequest>,
    ) -> Result<Response<pb::UpdateUserResponse>, Status> {
        let principal = self.caller(&request).await?;
        let (id, changes) = changes(request.get_ref())?;
        let user = self.identity.update_user(&principal, id, &changes).await?;
        Ok(Response::new(pb::UpdateUserResponse {
            user: Some(user_message(&user)),
        }))
    }

    async fn delete_user(
        &self,
        request: Request<pb::DeleteUserRequest>,
    ) -> Result<Response<pb::DeleteUserResponse>, Status> {
        let principal = self.caller(&request).await?;
        let id = user_id(&request.get_ref().id)?;
        self.identity.delete_user(&principal, id).await?;
        Ok(Response::new(pb::DeleteUserResponse {}))
    }
}
