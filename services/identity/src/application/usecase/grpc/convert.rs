//! Protobuf messages as the use cases' input, and users as messages: what `bookstore.identity.v1`
//! says differently from the REST API (a field mask for changes, proto3 zeros for defaults).

use app_kit::{AppError, FieldIssues, Page, SortOrder};
use chrono::{DateTime, Utc};

use crate::application::port::pb::bookstore::common::v1::SortOrder as PbSortOrder;
use crate::application::port::pb::bookstore::identity::v1 as pb;
use crate::application::port::provider::{UserChanges, UserQuery, UserSort};
use crate::domain::{Email, Name, Phone, User, UserId};

fn timestamp(at: DateTime<Utc>) -> Option<prost_types::Timestamp> {
    Some(prost_types::Timestamp {
        seconds: at.timestamp(),
        nanos: i32::try_from(at.timestamp_subsec_nanos()).unwrap_or(0),
    })
}

pub(super) fn user_message(user: &User) -> pb::User {
    pb::User {
        id: user.id.to_string(),
        email: user.person.email.as_str().to_owned(),
        first_name: user.person.first_name.as_str().to_owned(),
        last_name: user.person.last_name.as_str().to_owned(),
        phone: user.person.phone.as_ref().map(|p| p.as_str().to_owned()),
        created_at: timestamp(user.created_at),
        updated_at: timestamp(user.updated_at),
    }
}

pub(super) fn user_id(raw: &str) -> Result<UserId, AppError> {
    UserId::parse(raw).map_err(|e| AppError::invalid("id", e))
}

/// A filter longer than any stored value cannot match; refusing it keeps patterns small.
fn filter(issues: &mut FieldIssues, name: &str, value: Option<String>) -> Option<String> {
    match value {
        Some(text) if text.chars().count() > 254 => {
            issues.add(name, "must be at most 254 characters");
            None
        }
        Some(text) if text.trim().is_empty() => None,
        other => other,
    }
}

pub(super) fn list_query(request: pb::ListUsersRequest) -> Result<UserQuery, AppError> {
    let mut issues = FieldIssues::default();
    let limit = (request.limit != 0).then(|| i64::from(request.limit));
    let page = Page::parse(limit, i64::from(request.offset), &mut issues);
    let sort = issues.take(
        "sort",
        match pb::UserSortField::try_from(request.sort) {
            Ok(pb::UserSortField::Email) => Ok(UserSort::Email),
            Ok(pb::UserSortField::Name) => Ok(UserSort::Name),
            Ok(pb::UserSortField::CreatedAt | pb::UserSortField::Unspecified) => {
                Ok(UserSort::CreatedAt)
            }
            Err(_) => Err(format!("unknown sort field {}", request.sort)),
        },
    );
    let order = issues.take(
        "order",
        match PbSortOrder::try_from(request.order) {
            Ok(PbSortOrder::Asc) => Ok(SortOrder::Asc),
            Ok(PbSortOrder::Desc | PbSortOrder::Unspecified) => Ok(SortOrder::Desc),
            Err(_) => Err(format!("unknown sort order {}", request.order)),
        },
    );
    let email = filter(&mut issues, "email", request.email);
    let name = filter(&mut issues, "name", request.name);
    let phone = filter(&mut issues, "phone", request.phone);
    let ((page, sort), order) = issues.finish(page.zip(sort).zip(order))?;
    Ok(UserQuery {
        email,
        name,
        phone,
        sort,
        order,
        page,
    })
}

pub(super) fn changes(request: &pb::UpdateUserRequest) -> Result<(UserId, UserChanges), AppError> {
    let user = request
        .user
        .as_ref()
        .ok_or_else(|| AppError::invalid("user", "is required"))?;
    let id = UserId::parse(&user.id).map_err(|e| AppError::invalid("user.id", e))?;
    let paths = request
        .update_mask
        .as_ref()
        .map(|mask| mask.paths.as_slice())
        .unwrap_or_default();
    let mut issues = FieldIssues::default();
    if paths.is_empty() {
        issues.add("update_mask", "name at least one field to change");
    }
    let mut changes = UserChanges::default();
    for path in paths {
        match path.as_str() {
            "email" => changes.email = issues.take("user.email", Email::parse(&user.email)),
            "first_name" => {
                changes.first_name = issues.take("user.first_name", Name::parse(&user.first_name));
            }
            "last_name" => {
                changes.last_name = issues.take("user.last_name", Name::parse(&user.last_name));
            }
            "phone" => {
                changes.phone = match &user.phone {
                    None => Some(None),
                    Some(phone) => issues.take("user.phone", Phone::parse(phone)).map(Some),
                };
            }
            other => issues.add(
                "update_mask",
                format!("{other:?} cannot be changed (email, first_name, last_name, phone can)"),
            ),
        }
    }
    issues.check()?;
    Ok((id, changes))
}
