//! The generated gRPC port (`UserRpc` of `bookstore.identity.v1`) implemented by the use cases:
//! decode, call the use case (which decides who may do what: `manage`, or the user themself),
//! encode. `UserService` is `authenticated` in proto/targets.yaml, so the generated adapter
//! (`port::pb::server`) has checked the bearer token and passes the caller in; it answers a
//! failure with `Status::from(AppError)`, the application kit's one mapping.

mod convert;

use openapi_runtime::Principal;

use super::Identity;
use crate::application::port::pb::bookstore::identity::v1 as pb;
use crate::application::port::pb::port::{Reply, UserRpc};
use crate::application::port::provider::IdentityProvider;
use convert::{changes, list_query, user_id, user_message};

impl<P: IdentityProvider> UserRpc for Identity<P> {
    async fn list_users(
        &self,
        caller: Principal,
        request: pb::ListUsersRequest,
    ) -> Reply<pb::ListUsersResponse> {
        let page = self.list_users(&caller, &list_query(request)?).await?;
        let (total, users) = (page.total_i64(), page.items.iter().map(user_message));
        let users = users.collect();
        Ok(pb::ListUsersResponse { total, users })
    }

    async fn get_user(
        &self,
        caller: Principal,
        request: pb::GetUserRequest,
    ) -> Reply<pb::GetUserResponse> {
        let user = self.get_user(&caller, user_id(&request.id)?).await?;
        let user = Some(user_message(&user));
        Ok(pb::GetUserResponse { user })
    }

    async fn update_user(
        &self,
        caller: Principal,
        request: pb::UpdateUserRequest,
    ) -> Reply<pb::UpdateUserResponse> {
        let (id, changes) = changes(&request)?;
        let user = self.update_user(&caller, id, &changes).await?;
        let user = Some(user_message(&user));
        Ok(pb::UpdateUserResponse { user })
    }

    async fn delete_user(
        &self,
        caller: Principal,
        request: pb::DeleteUserRequest,
    ) -> Reply<pb::DeleteUserResponse> {
        self.delete_user(&caller, user_id(&request.id)?).await?;
        Ok(pb::DeleteUserResponse {})
    }
}
