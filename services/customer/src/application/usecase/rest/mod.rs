//! The generated REST port, implemented by the use cases: each operation converts the request,
//! calls the use case with `?` (the kit maps its `AppError` to problem+json, the router checks
//! the status against the spec) and converts the result.

mod convert;

use app_kit::AppError;
use openapi_runtime::{ApiError, Principal};

use super::{Customers, ProfileChange};
use crate::application::port::downstream::Downstreams;
use crate::application::port::openapi::{model, port::*};
use crate::application::port::pb::bookstore::identity::v1 as identity;
use crate::application::port::pb::bookstore::order::v1 as order;
use crate::application::port::pb::bookstore::payment::v1 as payment;
use crate::application::port::repo::{TransactionSort, UnitOfWork, WishlistSort};
use crate::domain::{
    BookId, Caller, CustomerId, IdempotencyKey, NewPointTransaction, PointDelta,
    PointTransactionId, Reason,
};

fn caller(principal: &Principal) -> Caller {
    Caller {
        subject: principal.subject.clone(),
        staff: principal.has_role("manage"),
    }
}

fn book(field: &'static str, id: i64) -> Result<BookId, AppError> {
    BookId::new(id).map_err(|e| AppError::invalid(field, e))
}

fn orders_page(found: &order::ListOrdersResponse) -> model::OrderPage {
    model::OrderPage {
        total: found.total,
        items: found.orders.iter().map(convert::order).collect(),
    }
}

impl<S: UnitOfWork, D: Downstreams> CustomerApi for Customers<S, D> {
    async fn list_customers(
        &self,
        request: ListCustomersRequest,
    ) -> Result<ListCustomersResponse, ApiError> {
        let p = request.params;
        let sort = match p.sort {
            model::CustomerSort::CreatedAt => identity::UserSortField::CreatedAt,
            model::CustomerSort::Email => identity::UserSortField::Email,
            model::CustomerSort::Name => identity::UserSortField::Name,
        };
        let query = identity::ListUsersRequest {
            limit: p.limit,
            offset: p.offset,
            sort: sort.into(),
            order: convert::pb_sort_order(p.order),
            email: p.email,
            name: p.name,
            phone: p.phone,
        };
        let found = self.list_customers(query).await?;
        Ok(ListCustomersResponse::Ok(model::CustomerPage {
            total: found.total,
            items: found.users.iter().map(convert::customer).collect(),
        }))
    }

    async fn get_customer(
        &self,
        request: GetCustomerRequest,
    ) -> Result<GetCustomerResponse, ApiError> {
        let id = CustomerId::new(request.params.id);
        let user = self.get_customer(&caller(&request.principal), id).await?;
        Ok(GetCustomerResponse::Ok(convert::customer(&user)))
    }

    async fn replace_customer(
        &self,
        request: ReplaceCustomerRequest,
    ) -> Result<ReplaceCustomerResponse, ApiError> {
        let id = CustomerId::new(request.params.id);
        let body = request.body;
        let change = ProfileChange {
            first_name: body.first_name,
            last_name: body.last_name,
            phone: body.phone,
        };
        let user = self
            .replace_customer(&caller(&request.principal), id, change)
            .await?;
        Ok(ReplaceCustomerResponse::Ok(convert::customer(&user)))
    }

    async fn delete_customer(
        &self,
        request: DeleteCustomerRequest,
    ) -> Result<DeleteCustomerResponse, ApiError> {
        let id = CustomerId::new(request.params.id);
        self.delete_customer(&caller(&request.principal), id)
            .await?;
        Ok(DeleteCustomerResponse::NoContent)
    }

    async fn get_wishlist(
        &self,
        request: GetWishlistRequest,
    ) -> Result<GetWishlistResponse, ApiError> {
        let p = request.params;
        let sort = match p.sort {
            model::WishlistSort::CreatedAt => WishlistSort::CreatedAt,
            model::WishlistSort::BookId => WishlistSort::BookId,
        };
        let listing = convert::listing(p.limit, p.offset, sort, p.order);
        let page = self
            .get_wishlist(&caller(&request.principal), CustomerId::new(p.id), listing)
            .await?;
        Ok(GetWishlistResponse::Ok(model::Wishlist {
            total: i64::try_from(page.total).unwrap_or(i64::MAX),
            items: page.items.iter().map(convert::wishlist_item).collect(),
        }))
    }

    async fn replace_wishlist(
        &self,
        request: ReplaceWishlistRequest,
    ) -> Result<ReplaceWishlistResponse, ApiError> {
        let books = request
            .body
            .book_ids
            .iter()
            .map(|id| book("book_ids", *id))
            .collect::<Result<Vec<_>, _>>()?;
        let id = CustomerId::new(request.params.id);
        let listed = self
            .replace_wishlist(&caller(&request.principal), id, books)
            .await?;
        Ok(ReplaceWishlistResponse::Ok(model::Wishlist {
            total: i64::try_from(listed.len()).unwrap_or(i64::MAX),
            items: listed.iter().map(convert::wishlist_item).collect(),
        }))
    }

    async fn add_wishlist_item(
        &self,
        request: AddWishlistItemRequest,
    ) -> Result<AddWishlistItemResponse, ApiError> {
        let id = request.params.id;
        let book = book("book_id", request.body.book_id)?;
        let (listed, new) = self
            .add_wishlist_item(&caller(&request.principal), CustomerId::new(id), book)
            .await?;
        let body = convert::wishlist_item(&listed);
        Ok(if new {
            AddWishlistItemResponse::Created {
                body,
                location: get_wishlist_location(id),
            }
        } else {
            AddWishlistItemResponse::Ok(body)
        })
    }

    async fn remove_wishlist_item(
        &self,
        request: RemoveWishlistItemRequest,
    ) -> Result<RemoveWishlistItemResponse, ApiError> {
        let p = request.params;
        let book = book("book_id", p.book_id)?;
        self.remove_wishlist_item(&caller(&request.principal), CustomerId::new(p.id), book)
            .await?;
        Ok(RemoveWishlistItemResponse::NoContent)
    }

    async fn get_point(&self, request: GetPointRequest) -> Result<GetPointResponse, ApiError> {
        let id = CustomerId::new(request.params.id);
        let balance = self.get_point(&caller(&request.principal), id).await?;
        Ok(GetPointResponse::Ok(convert::point(&balance)))
    }

    async fn list_point_transactions(
        &self,
        request: ListPointTransactionsRequest,
    ) -> Result<ListPointTransactionsResponse, ApiError> {
        let p = request.params;
        let sort = match p.sort {
            model::PointTransactionSort::CreatedAt => TransactionSort::CreatedAt,
            model::PointTransactionSort::Id => TransactionSort::Id,
            model::PointTransactionSort::Delta => TransactionSort::Delta,
        };
        let listing = convert::listing(p.limit, p.offset, sort, p.order);
        let found = self
            .list_point_transactions(&caller(&request.principal), CustomerId::new(p.id), listing)
            .await?;
        Ok(ListPointTransactionsResponse::Ok(
            model::PointTransactionPage {
                total: found.total_i64(),
                items: found.items.iter().map(convert::point_transaction).collect(),
            },
        ))
    }

    async fn create_point_transaction(
        &self,
        request: CreatePointTransactionRequest,
    ) -> Result<CreatePointTransactionResponse, ApiError> {
        let id = request.params.id;
        let body = request.body;
        let mut issues = app_kit::FieldIssues::default();
        let delta = issues.take("delta", PointDelta::new(body.delta));
        let reason = issues.take("reason", Reason::parse(&body.reason));
        let key = issues.take_optional(
            "idempotency_key",
            request.params.idempotency_key.as_deref(),
            IdempotencyKey::parse,
        );
        let ((delta, reason), key) = issues.finish(delta.zip(reason).zip(key))?;
        let new = NewPointTransaction {
            customer_id: CustomerId::new(id),
            delta,
            reason,
            created_by: request.principal.subject.clone(),
            idempotency_key: key,
        };
        let recorded = self
            .create_point_transaction(&caller(&request.principal), new)
            .await?;
        let body = convert::point_transaction(&recorded.transaction);
        Ok(if recorded.new {
            CreatePointTransactionResponse::Created {
                location: get_point_transaction_location(id, body.id),
                body,
            }
        } else {
            CreatePointTransactionResponse::Ok(body)
        })
    }

    async fn get_point_transaction(
        &self,
        request: GetPointTransactionRequest,
    ) -> Result<GetPointTransactionResponse, ApiError> {
        let p = request.params;
        let transaction = PointTransactionId::new(p.transaction_id)
            .map_err(|e| AppError::invalid("transaction_id", e))?;
        let found = self
            .get_point_transaction(
                &caller(&request.principal),
                CustomerId::new(p.id),
                transaction,
            )
            .await?;
        Ok(GetPointTransactionResponse::Ok(convert::point_transaction(
            &found,
        )))
    }

    async fn list_customer_orders(
        &self,
        request: ListCustomerOrdersRequest,
    ) -> Result<ListCustomerOrdersResponse, ApiError> {
        let p = request.params;
        let query = order::ListOrdersRequest {
            limit: p.limit,
            offset: p.offset,
            sort: convert::order_sort(p.sort),
            order: convert::pb_sort_order(p.order),
            user_id: None,
            status: p
                .status
                .map_or(order::OrderStatus::Unspecified, convert::order_status)
                .into(),
        };
        let found = self
            .list_orders(&caller(&request.principal), CustomerId::new(p.id), query)
            .await?;
        Ok(ListCustomerOrdersResponse::Ok(orders_page(&found)))
    }

    async fn get_customer_order(
        &self,
        request: GetCustomerOrderRequest,
    ) -> Result<GetCustomerOrderResponse, ApiError> {
        let p = request.params;
        let found = self
            .get_order(
                &caller(&request.principal),
                CustomerId::new(p.id),
                p.order_id,
            )
            .await?;
        Ok(GetCustomerOrderResponse::Ok(convert::order(&found)))
    }

    async fn list_customer_payments(
        &self,
        request: ListCustomerPaymentsRequest,
    ) -> Result<ListCustomerPaymentsResponse, ApiError> {
        let p = request.params;
        let query = payment::ListPaymentsRequest {
            limit: p.limit,
            offset: p.offset,
            sort: convert::payment_sort(p.sort),
            order: convert::pb_sort_order(p.order),
            order_id: p.order_id,
            user_id: None,
            status: payment::PaymentStatus::Unspecified.into(),
        };
        let found = self
            .list_payments(&caller(&request.principal), CustomerId::new(p.id), query)
            .await?;
        Ok(ListCustomerPaymentsResponse::Ok(model::PaymentPage {
            total: found.total,
            items: found.payments.iter().map(convert::payment).collect(),
        }))
    }

    async fn get_customer_payment(
        &self,
        request: GetCustomerPaymentRequest,
    ) -> Result<GetCustomerPaymentResponse, ApiError> {
        let p = request.params;
        let found = self
            .get_payment(
                &caller(&request.principal),
                CustomerId::new(p.id),
                p.payment_id,
            )
            .await?;
        Ok(GetCustomerPaymentResponse::Ok(convert::payment(&found)))
    }
}
