//! Domain values as protobuf messages, and list parameters from requests.

use chrono::{DateTime, Utc};
use tonic::Status;

use super::status::{invalid_field, to_status};
use crate::application::port::pb::bookstore::catalog::v1 as pb;
use crate::application::port::pb::bookstore::common::v1::{
    Money as PbMoney, SortOrder as PbSortOrder,
};
use crate::application::port::repo::{BookView, SortOrder};
use crate::application::usecase::Paging;
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

/// `limit` 0 means the default; anything else must be 1 to 100.
pub(super) fn paging(limit: i32, offset: i32) -> Result<Paging, Status> {
    let limit = if limit == 0 {
        None
    } else {
        Some(i64::from(limit))
    };
    Paging::new(limit, i64::from(offset), "").map_err(to_status)
}

pub(super) fn order(value: i32) -> Result<SortOrder, Status> {
    match PbSortOrder::try_from(value) {
        Ok(PbSortOrder::Asc) => Ok(SortOrder::Asc),
        Ok(PbSortOrder::Desc | PbSortOrder::Unspecified) => Ok(SortOrder::Desc),
        Err(_) => Err(invalid_field(
            "order",
            format!("unknown sort order {value}"),
        )),
    }
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
