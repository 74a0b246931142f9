//! A fake shop service and authenticator for the generated `shop` API.

use std::sync::{Arc, Mutex};

use codegen_fixtures::shop::model::{CreateItem, Item, ItemPage};
use codegen_fixtures::shop::port::*;
use openapi_runtime::auth::BoxFuture;
use openapi_runtime::{AuthError, Authenticator, Principal, Problem, Tristate};

/// `staff` has `manage`, `customer` has `view`; anything else is refused.
pub struct Tokens;

impl Authenticator for Tokens {
    fn authenticate<'a>(&'a self, token: &'a str) -> BoxFuture<'a, Result<Principal, AuthError>> {
        Box::pin(async move {
            let role = match token {
                "staff" => "manage",
                "customer" => "view",
                _ => return Err(AuthError::InvalidToken("unknown token".into())),
            };
            Ok(Principal {
                subject: token.to_owned(),
                roles: [role.to_owned()].into(),
                ..Default::default()
            })
        })
    }
}

#[derive(Default)]
pub struct Shop {
    pub items: Mutex<Vec<Item>>,
    pub images: Mutex<Vec<(i64, Vec<u8>)>>,
    /// The last list request, to observe defaults and decoded params.
    pub last_list: Mutex<Option<ListItemsParams>>,
}

impl Shop {
    fn find(&self, id: i64) -> Option<Item> {
        self.items
            .lock()
            .unwrap()
            .iter()
            .find(|i| i.id == id)
            .cloned()
    }
}

impl ShopApi for Shop {
    async fn list_items(&self, request: ListItemsRequest) -> Result<ListItemsResponse, ApiError> {
        let items = self.items.lock().unwrap().clone();
        let page: Vec<Item> = items
            .iter()
            .filter(|i| {
                request
                    .params
                    .title
                    .as_ref()
                    .is_none_or(|t| i.title.contains(t.as_str()))
            })
            .skip(request.params.offset as usize)
            .take(request.params.limit as usize)
            .cloned()
            .collect();
        *self.last_list.lock().unwrap() = Some(request.params);
        Ok(ListItemsResponse::Ok(ItemPage {
            total: items.len() as i64,
            items: page,
        }))
    }

    async fn create_item(
        &self,
        request: CreateItemRequest,
    ) -> Result<CreateItemResponse, ApiError> {
        let CreateItem {
            title,
            price,
            tags,
            description,
            ..
        } = request.body;
        if title == "boom" {
            return Err(ApiError::unexpected(std::io::Error::other(
                "disk on fire at /var/secret",
            )));
        }
        let mut items = self.items.lock().unwrap();
        if items.iter().any(|i| i.title == title) {
            return Ok(CreateItemResponse::Conflict(Problem::conflict(
                "an item with this title exists",
            )));
        }
        let item = Item {
            id: items.len() as i64 + 1,
            title,
            price,
            tags: tags.unwrap_or_default(),
            description: description.map_or(Tristate::Absent, Tristate::Value),
            created_at: chrono::DateTime::from_timestamp(1_700_000_000, 0).unwrap(),
        };
        items.push(item.clone());
        Ok(CreateItemResponse::Created {
            location: format!("/api/v1/items/{}", item.id),
            body: item,
        })
    }

    async fn get_item(&self, request: GetItemRequest) -> Result<GetItemResponse, ApiError> {
        match self.find(request.params.id) {
            Some(item) => Ok(GetItemResponse::Ok {
                body: item,
                etag: request
                    .principal
                    .map(|p| format!("\"seen-by-{}\"", p.subject)),
            }),
            None => Ok(GetItemResponse::NotFound(Problem::not_found(
                "no such item",
            ))),
        }
    }

    async fn update_item(
        &self,
        request: UpdateItemRequest,
    ) -> Result<UpdateItemResponse, ApiError> {
        let mut items = self.items.lock().unwrap();
        let Some(item) = items.iter_mut().find(|i| i.id == request.params.id) else {
            return Ok(UpdateItemResponse::ClientError {
                status: http::StatusCode::NOT_FOUND,
                body: Problem::not_found("no such item"),
            });
        };
        if let Some(title) = request.body.title {
            item.title = title;
        }
        match request.body.description {
            Tristate::Absent => {}
            Tristate::Null => item.description = Tristate::Null,
            Tristate::Value(d) => item.description = Tristate::Value(d),
        }
        Ok(UpdateItemResponse::Ok(item.clone()))
    }

    async fn delete_item(
        &self,
        request: DeleteItemRequest,
    ) -> Result<DeleteItemResponse, ApiError> {
        let mut items = self.items.lock().unwrap();
        let before = items.len();
        items.retain(|i| i.id != request.params.id);
        Ok(if items.len() < before {
            DeleteItemResponse::NoContent
        } else {
            DeleteItemResponse::NotFound(Problem::not_found("no such item"))
        })
    }

    async fn get_item_image(
        &self,
        request: GetItemImageRequest,
    ) -> Result<GetItemImageResponse, ApiError> {
        let images = self.images.lock().unwrap();
        Ok(
            match images.iter().find(|(id, _)| *id == request.params.id) {
                Some((_, bytes)) => GetItemImageResponse::Ok(bytes.clone()),
                None => GetItemImageResponse::NotFound(Problem::not_found("no image")),
            },
        )
    }

    async fn put_item_image(
        &self,
        request: PutItemImageRequest,
    ) -> Result<PutItemImageResponse, ApiError> {
        self.images
            .lock()
            .unwrap()
            .push((request.params.id, request.body));
        Ok(PutItemImageResponse::NoContent)
    }
}

pub fn shop() -> (Arc<Shop>, axum::Router) {
    let shop = Arc::new(Shop::default());
    let router = codegen_fixtures::shop::router::router(Arc::clone(&shop), Arc::new(Tokens));
    (shop, router)
}
