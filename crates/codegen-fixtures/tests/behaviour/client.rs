//! The generated client against the generated router over a real socket (port 0).

use codegen_fixtures::shop::client::Client;
use codegen_fixtures::shop::model::{CreateItem, ItemPatch};
use codegen_fixtures::shop::port::*;
use openapi_runtime::Tristate;
use openapi_runtime::client::ClientError;
use rust_decimal::Decimal;

use crate::common::shop;

async fn serve() -> String {
    let (_, router) = shop();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    format!("http://{address}")
}

fn new_item(title: &str) -> CreateItem {
    CreateItem {
        title: title.to_owned(),
        price: Decimal::new(4799, 2),
        tags: Some(vec!["agile".into()]),
        quantity: 1,
        description: Some("a classic".into()),
    }
}

#[tokio::test]
async fn the_client_creates_reads_patches_and_deletes_through_the_router() {
    let base = serve().await;
    let staff = Client::new(&base).with_bearer_token("staff");

    let created = staff
        .create_item(&CreateItemParams::default(), &new_item("Clean Code"))
        .await
        .unwrap();
    let CreateItemResponse::Created { body, location } = created else {
        panic!("{created:?}")
    };
    assert_eq!(location, "/api/v1/items/1");
    assert_eq!(body.price, Decimal::new(4799, 2));

    let anonymous = Client::new(&base);
    let page = anonymous
        .list_items(&ListItemsParams {
            tag: Some(vec!["agile".into(), "x".into()]),
            title: Some("Clean".into()),
            ..Default::default()
        })
        .await
        .unwrap();
    let ListItemsResponse::Ok(page) = page else {
        panic!("{page:?}")
    };
    assert_eq!((page.total, page.items.len()), (1, 1));

    let got = staff
        .get_item(&GetItemParams {
            id: 1,
            session: Some("abc".into()),
        })
        .await
        .unwrap();
    assert!(
        matches!(got, GetItemResponse::Ok { etag: Some(ref e), .. } if e == "\"seen-by-staff\""),
        "{got:?}"
    );

    let patch = ItemPatch {
        title: None,
        description: Tristate::Null,
    };
    let patched = staff
        .update_item(&UpdateItemParams { id: 1 }, &patch)
        .await
        .unwrap();
    let UpdateItemResponse::Ok(item) = patched else {
        panic!("{patched:?}")
    };
    assert_eq!(item.description, Tristate::Null);

    staff
        .put_item_image(&PutItemImageParams { id: 1 }, b"png")
        .await
        .unwrap();
    let image = anonymous
        .get_item_image(&GetItemImageParams { id: 1 })
        .await
        .unwrap();
    assert_eq!(image, GetItemImageResponse::Ok(b"png".to_vec()));

    assert_eq!(
        staff
            .delete_item(&DeleteItemParams { id: 1 })
            .await
            .unwrap(),
        DeleteItemResponse::NoContent
    );
    let gone = staff
        .delete_item(&DeleteItemParams { id: 1 })
        .await
        .unwrap();
    assert!(
        matches!(gone, DeleteItemResponse::NotFound(ref p) if p.status == 404),
        "{gone:?}"
    );
}

#[tokio::test]
async fn declared_error_statuses_decode_into_their_variants() {
    let base = serve().await;
    let customer = Client::new(&base).with_bearer_token("customer");
    let forbidden = customer
        .create_item(&CreateItemParams::default(), &new_item("x"))
        .await
        .unwrap();
    assert!(
        matches!(forbidden, CreateItemResponse::Forbidden(ref p) if p.status == 403),
        "{forbidden:?}"
    );
    let staff = Client::new(&base).with_bearer_token("staff");
    let invalid = staff
        .create_item(&CreateItemParams::default(), &new_item(""))
        .await
        .unwrap();
    let CreateItemResponse::UnprocessableEntity(problem) = invalid else {
        panic!("{invalid:?}")
    };
    assert_eq!(problem.errors[0].pointer, "/body/title");
    let missing = staff
        .update_item(
            &UpdateItemParams { id: 9 },
            &ItemPatch {
                title: None,
                description: Tristate::Absent,
            },
        )
        .await
        .unwrap();
    assert!(
        matches!(missing, UpdateItemResponse::ClientError { status, .. } if status == 404),
        "{missing:?}"
    );
}

#[tokio::test]
async fn undeclared_statuses_are_client_errors() {
    let base = serve().await;
    // `getItem` declares 200 and 404 only; a 422 for a bad id is not in the contract.
    let err = Client::new(&base)
        .get_item(&GetItemParams {
            id: 0,
            session: None,
        })
        .await
        .unwrap_err();
    assert!(
        matches!(err, ClientError::UnexpectedStatus { status, .. } if status == 422),
        "{err:?}"
    );
}
