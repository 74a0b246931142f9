//! Domain values as protobuf messages, and list parameters from requests.

use app_kit::{AppError, FieldIssues, Page};
use chrono::{DateTime, Utc};

use crate::application::port::pb::bookstore::catalog::v1 as pb;
use crate::application::port::pb::bookstore::common::v1::{
    Money as PbMoney, SortOrder as PbSortOrder,
};
use crate::application::port::repo::{BookView, ListQuery, SortOrder};
use crate::domain::aggregate::{Author, Category, Money, Publisher};

pub(super) fn timestamp(at: DateTime<Utc>) -> Option<prost_types::Timestamp> {
    // Nanoseconds below one second always fit i32.
    Some(prost_types::Timestamp {
        seconds: at.timestamp(),
        nanos: i32::try_from(at.timestamp_subsec_nanos()).unwrap_or(0),
    })
}

/// Two-place money as `units` + `nanos` (47.99 → 47, 990000000), both carrying the sign.
pub(super) fn money(amount: Money) -> PbMoney {
    let cents = amount.cents();
    // |cents % 100| < 100, so the nanos fit i32.
    PbMoney {
        units: cents / 100,
        nanos: i32::try_from((cents % 100) * 10_000_000).unwrap_or(0),
    }
}

pub(super) fn book(view: BookView) -> pb::Book {
    let spec = view.book.spec();
    pb::Book {
        id: view.book.id().get(),
        title: spec.title.to_string(),
        isbn: spec.isbn.to_string(),
        price: Some(money(spec.price)),
        description: spec
            .description
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        category: Some(pb::Category {
            id: view.category.id.get(),
            name: view.category.name.clone(),
        }),
        publisher: Some(pb::Publisher {
            id: view.publisher.id.get(),
            name: view.publisher.name.clone(),
            ..Default::default()
        }),
        authors: view
            .authors
            .iter()
            .map(|a| pb::Author {
                id: a.id.get(),
                name: a.name.clone(),
                ..Default::default()
            })
            .collect(),
        version: view.book.version().get(),
        created_at: timestamp(view.book.created_at()),
        updated_at: timestamp(view.book.updated_at()),
    }
}

pub(super) fn author(author: &Author) -> pb::Author {
    pb::Author {
        id: author.id().get(),
        name: author.name().to_string(),
        version: author.version().get(),
        created_at: timestamp(author.created_at()),
        updated_at: timestamp(author.updated_at()),
    }
}

pub(super) fn publisher(publisher: &Publisher) -> pb::Publisher {
    pb::Publisher {
        id: publisher.id().get(),
        name: publisher.name().to_string(),
        address: publisher.address().to_string(),
        version: publisher.version().get(),
        created_at: timestamp(publisher.created_at()),
        updated_at: timestamp(publisher.updated_at()),
    }
}

pub(super) fn category(category: &Category) -> pb::Category {
    pb::Category {
        id: category.id().get(),
        name: category.name().to_owned(),
    }
}

/// A list request's page, filter, sort field and direction, every invalid field reported at
/// once. `limit` 0 means the default; unknown enum numbers are refused at their field.
pub(super) fn list_query<F, S>(
    limit: i32,
    offset: i32,
    (sort, order): (i32, i32),
    sort_field: fn(i32) -> Option<S>,
    filter: impl FnOnce(&mut FieldIssues) -> Option<F>,
) -> Result<ListQuery<F, S>, AppError> {
    let mut issues = FieldIssues::default();
    let limit = (limit != 0).then(|| i64::from(limit));
    let page = Page::parse(limit, i64::from(offset), &mut issues);
    let sort = issues.take(
        "sort",
        sort_field(sort).ok_or(format!("unknown sort field {sort}")),
    );
    let order = issues.take("order", sort_order(order));
    let filter = filter(&mut issues);
    let (((page, sort), order), filter) = issues.finish(page.zip(sort).zip(order).zip(filter))?;
    Ok(crate::application::usecase::list_query(
        page, filter, sort, order,
    ))
}

fn sort_order(value: i32) -> Result<SortOrder, String> {
    match PbSortOrder::try_from(value) {
        Ok(PbSortOrder::Asc) => Ok(SortOrder::Asc),
        Ok(PbSortOrder::Desc | PbSortOrder::Unspecified) => Ok(SortOrder::Desc),
        Err(_) => Err(format!("unknown sort order {value}")),
    }
}

/// An optional id filter; zero or a negative id is refused at its field.
pub(super) fn id_filter<T>(
    issues: &mut FieldIssues,
    name: &str,
    value: Option<i64>,
    parse: fn(i64) -> Result<T, app_kit::ValueError>,
) -> Option<Option<T>> {
    issues.take_optional(name, value, parse)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_splits_into_units_and_nanos_with_one_sign() {
        let m = |cents| money(Money::from_cents(cents).unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(
            m(4799),
            PbMoney {
                units: 47,
                nanos: 990_000_000
            }
        );
        assert_eq!(
            m(-150),
            PbMoney {
                units: -1,
                nanos: -500_000_000
            }
        );
        assert_eq!(
            m(5),
            PbMoney {
                units: 0,
                nanos: 50_000_000
            }
        );
    }
}
