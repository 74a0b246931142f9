use catalog::application::port::openapi::model::{
    AuthorCreate, AuthorReplace, AuthorSort, SortOrder,
};
use catalog::application::port::openapi::port::{
    CreateAuthorResponse, DeleteAuthorParams, DeleteAuthorResponse, GetAuthorParams,
    GetAuthorResponse, ListAuthorsParams, ListAuthorsResponse, ReplaceAuthorParams,
    ReplaceAuthorResponse,
};

use crate::common::spawn_app;

#[tokio::test]
async fn authors_are_created_read_renamed_and_deleted() {
    let app = spawn_app().await;
    let (author, location) = match app
        .staff
        .create_author(&AuthorCreate {
            name: "  Eric Evans ".to_owned(),
        })
        .await
        .expect("create")
    {
        CreateAuthorResponse::Created { body, location } => (body, location),
        other => panic!("{other:?}"),
    };
    assert_eq!(location, format!("/api/v1/authors/{}", author.id));
    assert_eq!((author.name.as_str(), author.version), ("Eric Evans", 0));

    match app
        .anonymous
        .get_author(&GetAuthorParams { id: author.id })
        .await
        .expect("get")
    {
        GetAuthorResponse::Ok(read) => assert_eq!(read, author),
        other => panic!("{other:?}"),
    }
    let rename = |version| AuthorReplace {
        name: "Eric J. Evans".to_owned(),
        version,
    };
    match app
        .staff
        .replace_author(&ReplaceAuthorParams { id: author.id }, &rename(0))
        .await
        .expect("replace")
    {
        ReplaceAuthorResponse::Ok(renamed) => assert_eq!(
            (renamed.name.as_str(), renamed.version),
            ("Eric J. Evans", 1)
        ),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        app.staff
            .replace_author(&ReplaceAuthorParams { id: author.id }, &rename(0))
            .await
            .expect("replace"),
        ReplaceAuthorResponse::Conflict(_)
    ));
    assert!(matches!(
        app.staff
            .replace_author(&ReplaceAuthorParams { id: 9999 }, &rename(0))
            .await
            .expect("replace"),
        ReplaceAuthorResponse::NotFound(_)
    ));
    assert!(matches!(
        app.staff
            .delete_author(&DeleteAuthorParams { id: author.id })
            .await
            .expect("delete"),
        DeleteAuthorResponse::NoContent
    ));
    assert!(matches!(
        app.anonymous
            .get_author(&GetAuthorParams { id: author.id })
            .await
            .expect("get"),
        GetAuthorResponse::NotFound(_)
    ));
}

#[tokio::test]
async fn an_author_credited_on_a_book_is_not_deleted() {
    let app = spawn_app().await;
    match app
        .staff
        .delete_author(&DeleteAuthorParams { id: 1 })
        .await
        .expect("delete")
    {
        DeleteAuthorResponse::Conflict(problem) => {
            assert!(
                problem
                    .detail
                    .unwrap_or_default()
                    .contains("still referenced by 2 book(s)")
            )
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        app.anonymous
            .get_author(&GetAuthorParams { id: 1 })
            .await
            .expect("get"),
        GetAuthorResponse::Ok(_)
    ));
}

#[tokio::test]
async fn authors_are_filtered_by_name_and_book() {
    let app = spawn_app().await;
    let list = |params: ListAuthorsParams| {
        let client = app.anonymous.clone();
        async move {
            match client.list_authors(&params).await.expect("list") {
                ListAuthorsResponse::Ok(page) => page,
                other => panic!("{other:?}"),
            }
        }
    };
    let page = list(ListAuthorsParams {
        name: Some("martin".into()),
        sort: AuthorSort::Name,
        order: SortOrder::Asc,
        ..Default::default()
    })
    .await;
    assert_eq!(
        page.items
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["Martin Fowler", "Martin Kleppmann", "Robert C. Martin"]
    );
    let page = list(ListAuthorsParams {
        book_id: Some(4),
        ..Default::default()
    })
    .await;
    assert_eq!(page.total, 2);
    let page = list(ListAuthorsParams {
        limit: 1,
        ..Default::default()
    })
    .await;
    assert_eq!((page.total, page.items.len()), (6, 1));
}

/// The spec says names hold no control characters (a line break or tab included), and the
/// service refuses them where the schema does: 422 at the field, nothing stored.
#[tokio::test]
async fn a_name_with_a_control_character_is_refused_at_its_field() {
    let app = spawn_app().await;
    for name in ["Eric\nEvans", "Eric\u{0}Evans", "\u{85}Eric", "Eric\tEvans"] {
        match app
            .staff
            .create_author(&AuthorCreate {
                name: name.to_owned(),
            })
            .await
            .expect("create")
        {
            CreateAuthorResponse::UnprocessableEntity(problem) => {
                let pointers: Vec<&str> =
                    problem.errors.iter().map(|e| e.pointer.as_str()).collect();
                assert_eq!(pointers, ["/body/name"], "{name:?}");
            }
            other => panic!("{name:?}: {other:?}"),
        }
    }
    match app
        .anonymous
        .list_authors(&ListAuthorsParams::default())
        .await
        .expect("list")
    {
        ListAuthorsResponse::Ok(page) => {
            assert!(page.items.iter().all(|a| !a.name.contains("Eric")))
        }
        other => panic!("{other:?}"),
    }
}
