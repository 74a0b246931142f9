//! gRPC `UserService`: a user reads and changes only themself; `manage` sees everyone.

use identity::application::port::pb::bookstore::identity::v1 as pb;
use pb::user_service_client::UserServiceClient;
use service_kit::testing::backends;
use tonic::Code;
use tonic::transport::Channel;

use crate::common::{TestApp, spawn};

fn request<T>(message: T, token: &str) -> tonic::Request<T> {
    let mut request = tonic::Request::new(message);
    request.metadata_mut().insert(
        "authorization",
        format!("Bearer {token}").parse().expect("metadata"),
    );
    request
}

/// A client whose connection lives on identity's runtime (see `TestService::grpc_channel`): one
/// connected from the test's runtime could not answer the server's goodbye while the app's
/// drop blocks that runtime, and held every shutdown up for its 30 s limit.
async fn client(app: &TestApp) -> UserServiceClient<Channel> {
    UserServiceClient::new(app.service.grpc_channel().await)
}

fn mask(paths: &[&str]) -> Option<prost_types::FieldMask> {
    Some(prost_types::FieldMask {
        paths: paths.iter().map(|p| (*p).to_owned()).collect(),
    })
}

#[tokio::test]
async fn users_see_and_change_only_themselves_and_staff_see_everyone() {
    for backend in backends().await {
        let app = spawn(backend).await;
        let mut grpc = client(&app).await;
        let (alice, _, alice_id) = app.customer().await;
        let (_, _, bob_id) = app.customer().await;
        let (staff, _) = app.staff().await;

        let own = grpc
            .get_user(request(
                pb::GetUserRequest {
                    id: alice_id.clone(),
                },
                &alice,
            ))
            .await
            .expect("own account");
        assert_eq!(own.get_ref().user.as_ref().expect("user").id, alice_id);
        let other = grpc
            .get_user(request(pb::GetUserRequest { id: bob_id.clone() }, &alice))
            .await
            .expect_err("someone else's");
        assert_eq!(other.code(), Code::PermissionDenied);

        let update = |id: &str, phone: &str| pb::UpdateUserRequest {
            user: Some(pb::User {
                id: id.to_owned(),
                first_name: "Alicia".to_owned(),
                phone: Some(phone.to_owned()),
                ..Default::default()
            }),
            update_mask: mask(&["first_name", "phone"]),
        };
        let changed = grpc
            .update_user(request(update(&alice_id, "+1 555-0100"), &alice))
            .await
            .expect("own update");
        let user = changed.into_inner().user.expect("user");
        assert_eq!(user.first_name, "Alicia");
        assert_eq!(user.last_name, "Doe", "fields outside the mask are kept");
        assert_eq!(user.phone.as_deref(), Some("+1 555-0100"));
        let denied = grpc
            .update_user(request(update(&bob_id, "+1 555-0199"), &alice))
            .await
            .expect_err("someone else's");
        assert_eq!(denied.code(), Code::PermissionDenied);

        let listed = grpc
            .list_users(request(pb::ListUsersRequest::default(), &alice))
            .await
            .expect_err("customers cannot list");
        assert_eq!(listed.code(), Code::PermissionDenied);
        let all = grpc
            .list_users(request(
                pb::ListUsersRequest {
                    limit: 100,
                    ..Default::default()
                },
                &staff,
            ))
            .await
            .expect("staff list")
            .into_inner();
        assert_eq!(all.total, 3, "staff and both customers");
        let ids: Vec<&str> = all.users.iter().map(|u| u.id.as_str()).collect();
        assert!(ids.contains(&alice_id.as_str()) && ids.contains(&bob_id.as_str()));
        let filtered = grpc
            .list_users(request(
                pb::ListUsersRequest {
                    name: Some("alic".to_owned()),
                    ..Default::default()
                },
                &staff,
            ))
            .await
            .expect("filtered")
            .into_inner();
        assert_eq!(filtered.total, 1);
        assert_eq!(filtered.users[0].id, alice_id);

        // Staff may change anyone; a taken address is ALREADY_EXISTS.
        let staff_email = crate::common::STAFF_EMAIL.to_owned();
        let clash = grpc
            .update_user(request(
                pb::UpdateUserRequest {
                    user: Some(pb::User {
                        id: bob_id.clone(),
                        email: staff_email,
                        ..Default::default()
                    }),
                    update_mask: mask(&["email"]),
                },
                &staff,
            ))
            .await
            .expect_err("taken");
        assert_eq!(clash.code(), Code::AlreadyExists);

        grpc.delete_user(request(
            pb::DeleteUserRequest { id: bob_id.clone() },
            &staff,
        ))
        .await
        .expect("staff delete");
        let gone = grpc
            .get_user(request(pb::GetUserRequest { id: bob_id }, &staff))
            .await
            .expect_err("deleted");
        assert_eq!(gone.code(), Code::NotFound);
        // Alice deletes herself; her still-unexpired token then finds no account.
        grpc.delete_user(request(pb::DeleteUserRequest { id: alice_id }, &alice))
            .await
            .expect("own delete");
        assert_eq!(app.me(&alice).await.status(), 404);
    }
}

#[tokio::test]
async fn bad_requests_are_refused_with_proper_codes() {
    let app = spawn(service_kit::testing::Backend::Sqlite).await;
    let mut grpc = client(&app).await;
    let (alice, _, alice_id) = app.customer().await;
    let anonymous = grpc
        .get_user(tonic::Request::new(pb::GetUserRequest {
            id: alice_id.clone(),
        }))
        .await
        .expect_err("no token");
    assert_eq!(anonymous.code(), Code::Unauthenticated);
    let bad_id = grpc
        .get_user(request(
            pb::GetUserRequest {
                id: "1' OR '1'='1".to_owned(),
            },
            &alice,
        ))
        .await
        .expect_err("not a uuid");
    assert_eq!(bad_id.code(), Code::InvalidArgument);
    let bad_mask = grpc
        .update_user(request(
            pb::UpdateUserRequest {
                user: Some(pb::User {
                    id: alice_id.clone(),
                    ..Default::default()
                }),
                update_mask: mask(&["roles"]),
            },
            &alice,
        ))
        .await
        .expect_err("roles cannot be changed");
    assert_eq!(bad_mask.code(), Code::InvalidArgument);
    let bad_email = grpc
        .update_user(request(
            pb::UpdateUserRequest {
                user: Some(pb::User {
                    id: alice_id,
                    email: "not an address".to_owned(),
                    ..Default::default()
                }),
                update_mask: mask(&["email"]),
            },
            &alice,
        ))
        .await
        .expect_err("invalid email");
    assert_eq!(bad_email.code(), Code::InvalidArgument);
}
