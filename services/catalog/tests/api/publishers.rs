use catalog::application::port::openapi::model::{PublisherCreate, PublisherReplace};
use catalog::application::port::openapi::port::{
    CreatePublisherResponse, DeletePublisherParams, DeletePublisherResponse, GetPublisherParams,
    GetPublisherResponse, ListPublishersParams, ListPublishersResponse, ReplacePublisherParams,
    ReplacePublisherResponse,
};

use crate::common::spawn_app;

fn no_starch() -> PublisherCreate {
    PublisherCreate {
        name: "No Starch Press".to_owned(),
        address: "245 8th Street, San Francisco, CA 94103, USA".to_owned(),
    }
}

#[tokio::test]
async fn publishers_are_created_read_replaced_and_deleted() {
    let app = spawn_app().await;
    let (publisher, location) = match app
        .staff
        .create_publisher(&no_starch())
        .await
        .expect("create")
    {
        CreatePublisherResponse::Created { body, location } => (body, location),
        other => panic!("{other:?}"),
    };
    assert_eq!(location, format!("/api/v1/publishers/{}", publisher.id));
    match app
        .anonymous
        .get_publisher(&GetPublisherParams { id: publisher.id })
        .await
        .expect("get")
    {
        GetPublisherResponse::Ok(read) => assert_eq!(read, publisher),
        other => panic!("{other:?}"),
    }
    let replace = |version| PublisherReplace {
        name: "No Starch".to_owned(),
        address: "Elsewhere 1".to_owned(),
        version,
    };
    let params = ReplacePublisherParams { id: publisher.id };
    match app
        .staff
        .replace_publisher(&params, &replace(0))
        .await
        .expect("replace")
    {
        ReplacePublisherResponse::Ok(stored) => {
            assert_eq!(
                (
                    stored.name.as_str(),
                    stored.address.as_str(),
                    stored.version
                ),
                ("No Starch", "Elsewhere 1", 1)
            )
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        app.staff
            .replace_publisher(&params, &replace(0))
            .await
            .expect("replace"),
        ReplacePublisherResponse::Conflict(_)
    ));
    assert!(matches!(
        app.staff
            .delete_publisher(&DeletePublisherParams { id: publisher.id })
            .await
            .expect("delete"),
        DeletePublisherResponse::NoContent
    ));
    assert!(matches!(
        app.staff
            .delete_publisher(&DeletePublisherParams { id: publisher.id })
            .await
            .expect("delete"),
        DeletePublisherResponse::NotFound(_)
    ));
}

#[tokio::test]
async fn a_publisher_name_is_unique_ignoring_case() {
    let app = spawn_app().await;
    let body = PublisherCreate {
        name: "PEARSON".to_owned(),
        ..no_starch()
    };
    assert!(matches!(
        app.staff.create_publisher(&body).await.expect("create"),
        CreatePublisherResponse::Conflict(_)
    ));
}

#[tokio::test]
async fn a_publisher_with_books_is_a_409_not_a_cascade() {
    let app = spawn_app().await;
    match app
        .staff
        .delete_publisher(&DeletePublisherParams { id: 6 })
        .await
        .expect("delete")
    {
        DeletePublisherResponse::Conflict(problem) => assert_eq!(problem.status, 409),
        other => panic!("{other:?}"),
    }
    assert_eq!(app.book_total().await, 6);
    assert!(matches!(
        app.staff
            .delete_publisher(&DeletePublisherParams { id: 5 })
            .await
            .expect("delete"),
        DeletePublisherResponse::NoContent
    ));
}

#[tokio::test]
async fn publishers_are_filtered_by_name() {
    let app = spawn_app().await;
    match app
        .anonymous
        .list_publishers(&ListPublishersParams {
            name: Some("media".into()),
            ..Default::default()
        })
        .await
        .expect("list")
    {
        ListPublishersResponse::Ok(page) => {
            assert_eq!(page.total, 2);
            let mut names: Vec<&str> = page.items.iter().map(|p| p.name.as_str()).collect();
            names.sort_unstable();
            assert_eq!(names, ["Apress Media", "O'Reilly Media"]);
        }
        other => panic!("{other:?}"),
    }
}
