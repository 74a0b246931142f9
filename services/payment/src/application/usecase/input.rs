//! What a client sent, as the use cases' typed input: written once for both inbound adapters.
//! Every refused value is named by its field path; the REST router turns that into a JSON
//! pointer, the gRPC mapping into a field violation.

use app_kit::{AppError, FieldIssues, Page, SortOrder, ValueError};

use crate::application::port::repo::{PaymentFilter, PaymentQuery, PaymentSort};
use crate::domain::{CardNumber, OrderId, PaymentStatus, UserId};

/// One value, refused at `path`.
///
/// # Errors
/// [`AppError::Invalid`] naming `path`.
pub fn field<T>(path: &str, value: Result<T, ValueError>) -> Result<T, AppError> {
    value.map_err(|err| AppError::invalid(path, err))
}

/// A sort direction by its API name.
///
/// # Errors
/// [`ValueError::Rule`] for anything but `asc` and `desc`.
pub fn sort_order(name: &str) -> Result<SortOrder, ValueError> {
    match name {
        "asc" => Ok(SortOrder::Asc),
        "desc" => Ok(SortOrder::Desc),
        _ => Err(ValueError::Rule("is not a known sort order")),
    }
}

/// The filters of a payment list, as a client sent them.
#[derive(Debug, Clone, Default)]
pub struct RawFilter<'a> {
    pub order_id: Option<i64>,
    pub user_id: Option<&'a str>,
    pub status: Option<Result<PaymentStatus, ValueError>>,
}

/// A filtered page of payments; `limit` is `None` for the default.
///
/// # Errors
/// [`AppError::Invalid`] naming every refused parameter.
pub fn payment_query(
    raw: RawFilter<'_>,
    (limit, offset): (Option<i64>, i64),
    sort: Result<PaymentSort, ValueError>,
    order: Result<SortOrder, ValueError>,
) -> Result<PaymentQuery, AppError> {
    let mut issues = FieldIssues::default();
    let order_id = issues.take_optional("order_id", raw.order_id, OrderId::new);
    let user_id = issues.take_optional("user_id", raw.user_id, UserId::parse);
    let status = issues.take_optional("status", raw.status, |s| s);
    let page = Page::parse(limit, offset, &mut issues);
    let sort = issues.take("sort", sort);
    let order = issues.take("order", order);
    let ((((filter, status), page), sort), order) = issues.finish(
        order_id
            .zip(user_id)
            .zip(status)
            .zip(page)
            .zip(sort)
            .zip(order),
    )?;
    let (order_id, user_id) = filter;
    Ok(PaymentQuery {
        filter: PaymentFilter {
            order_id,
            user_id,
            status,
        },
        page,
        sort,
        order,
    })
}

/// A card number and its owner, for the vault.
///
/// # Errors
/// [`AppError::Invalid`] naming `card_number` and `user_id` as refused. The number itself is
/// never part of the message.
pub fn card(number: &str, user_id: &str) -> Result<(CardNumber, UserId), AppError> {
    let mut issues = FieldIssues::default();
    let number = issues.take("card_number", CardNumber::parse(number));
    let user = issues.take("user_id", UserId::parse(user_id));
    issues.finish(number.zip(user))
}
