use catalog::application::port::openapi::model::{CategorySort, SortOrder};
use catalog::application::port::openapi::port::{ListCategoriesParams, ListCategoriesResponse};

use crate::common::spawn_app;

#[tokio::test]
async fn the_23_categories_are_listed_by_id_or_name() {
    let app = spawn_app().await;
    let list = |params: ListCategoriesParams| {
        let client = app.anonymous.clone();
        async move {
            match client.list_categories(&params).await.expect("list") {
                ListCategoriesResponse::Ok(page) => page,
                other => panic!("{other:?}"),
            }
        }
    };
    let page = list(ListCategoriesParams {
        limit: 100,
        order: SortOrder::Asc,
        ..Default::default()
    })
    .await;
    assert_eq!(page.total, 23);
    assert_eq!(page.items.len(), 23);
    assert_eq!((page.items[0].id, page.items[0].name.as_str()), (1, "Art"));
    assert_eq!(
        (page.items[22].id, page.items[22].name.as_str()),
        (23, "Kubernetes")
    );

    let page = list(ListCategoriesParams::default()).await;
    assert_eq!(
        (page.total, page.items.len(), page.items[0].id),
        (23, 10, 23)
    );

    let page = list(ListCategoriesParams {
        sort: CategorySort::Name,
        order: SortOrder::Asc,
        limit: 2,
        ..Default::default()
    })
    .await;
    assert_eq!(
        page.items
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>(),
        ["Agile", "Art"]
    );
}
