//! The repository contract: what every storage adapter must do, written against the port traits.

use std::str::FromStr;

use crate::auto::Auto;
use catalog::application::port::repo::{
    AuthorFilter, AuthorRepository, AuthorSort, BookFilter, BookRepository, BookSort, CatalogStore,
    CategoryRepository, CategorySort, ListQuery, PublisherFilter, PublisherRepository,
    PublisherSort, RepoError, SortOrder, Uniqueness,
};
use catalog::domain::aggregate::{
    Address, AuthorId, AuthorIds, BookId, BookSpec, CategoryId, Description, Isbn, Money,
    PersonName, PublisherId, PublisherName, Title, Version,
};
use chrono::{DateTime, SubsecRound, Utc};
use rust_decimal::Decimal;

fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(6)
}

fn book_id(n: i64) -> BookId {
    BookId::new(n).expect("id")
}

fn author_id(n: i64) -> AuthorId {
    AuthorId::new(n).expect("id")
}

fn spec(title: &str, isbn: &str, price: &str, publisher: i64, authors: &[i64]) -> BookSpec {
    BookSpec {
        title: Title::parse(title).expect("title"),
        isbn: Isbn::parse(isbn).expect("isbn"),
        price: Money::price(Decimal::from_str(price).expect("decimal")).expect("price"),
        description: Some(Description::parse("A test book.").expect("description")),
        category_id: CategoryId::new(16).expect("id"),
        publisher_id: PublisherId::new(publisher).expect("id"),
        author_ids: AuthorIds::new(authors.iter().copied().map(author_id).collect())
            .expect("authors"),
    }
}

fn books(
    filter: BookFilter,
    sort: BookSort,
    order: SortOrder,
    limit: u32,
    offset: u64,
) -> ListQuery<BookFilter, BookSort> {
    ListQuery {
        filter,
        sort,
        order,
        limit,
        offset,
    }
}

fn all_books(filter: BookFilter) -> ListQuery<BookFilter, BookSort> {
    books(filter, BookSort::Id, SortOrder::Asc, 100, 0)
}

async fn book_total<S: CatalogStore>(store: &S) -> u64 {
    BookRepository::list(&mut Auto::new(store), &all_books(BookFilter::default()))
        .await
        .expect("list")
        .total
}

// Valid ISBN-13s that are not in the seed.
const ISBN_A: &str = "9780321125217";
const ISBN_B: &str = "9780201633610";

pub async fn seed_data_is_loaded<S: CatalogStore>(store: &S) {
    let page = BookRepository::list(&mut Auto::new(store), &all_books(BookFilter::default()))
        .await
        .expect("list");
    assert_eq!(page.total, 6);
    let titles: Vec<&str> = page
        .items
        .iter()
        .map(|b| b.book.spec().title.as_str())
        .collect();
    assert_eq!(
        titles,
        [
            "Clean Code",
            "Clean Architecture",
            "Designing Data-Intensive Applications",
            "The Pragmatic Programmer",
            "Refactoring",
            "Kubernetes in Action"
        ]
    );
    let clean_code = &page.items[0];
    assert_eq!(clean_code.book.spec().price.to_string(), "47.99");
    assert_eq!(clean_code.book.spec().isbn.as_str(), "9780132350884");
    assert_eq!(clean_code.category.name, "Agile");
    assert_eq!(clean_code.publisher.name, "Pearson");
    assert_eq!(
        clean_code
            .authors
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["Robert C. Martin"]
    );
    let pragmatic = &page.items[3];
    assert_eq!(
        pragmatic
            .authors
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["David Thomas", "Andrew Hunt"]
    );
    let categories = CategoryRepository::list(
        &mut Auto::new(store),
        &ListQuery {
            filter: (),
            sort: CategorySort::Id,
            order: SortOrder::Asc,
            limit: 100,
            offset: 0,
        },
    )
    .await
    .expect("categories");
    assert_eq!(categories.total, 23);
    let publishers = PublisherRepository::list(
        &mut Auto::new(store),
        &ListQuery {
            filter: PublisherFilter::default(),
            sort: PublisherSort::Id,
            order: SortOrder::Asc,
            limit: 100,
            offset: 0,
        },
    )
    .await
    .expect("publishers");
    assert_eq!(publishers.total, 6);
    assert_eq!(publishers.items[0].name().as_str(), "O'Reilly Media");
}

pub async fn a_book_round_trips_with_its_authors_in_credit_order<S: CatalogStore>(store: &S) {
    let new = spec("Domain-Driven Design", ISBN_A, "61.50", 4, &[5, 1, 2]);
    let at = now();
    let created = BookRepository::insert(&mut Auto::new(store), &new, at)
        .await
        .expect("insert");
    assert_eq!(created.book.spec(), &new);
    assert_eq!(created.book.version(), Version::INITIAL);
    assert_eq!(created.book.created_at(), at);
    assert_eq!(
        created
            .authors
            .iter()
            .map(|a| a.id.get())
            .collect::<Vec<_>>(),
        [5, 1, 2]
    );
    assert_eq!(created.publisher.name, "Addison-Wesley Professional");
    assert_eq!(created.category.name, "Technology");

    let read = BookRepository::get(&mut Auto::new(store), created.book.id())
        .await
        .expect("get")
        .expect("found");
    assert_eq!(read, created);

    let mut changed = spec("Domain-Driven Design, 2nd", ISBN_B, "0.01", 6, &[2]);
    changed.description = None;
    let later = now();
    let replaced = created.book.clone().replaced(changed.clone(), later);
    let stored = BookRepository::update(&mut Auto::new(store), &replaced, created.book.version())
        .await
        .expect("update");
    assert_eq!(stored.book.spec(), &changed);
    assert_eq!(stored.book.version().get(), 1);
    assert_eq!(stored.book.updated_at(), later);
    assert_eq!(stored.book.created_at(), at);
    assert_eq!(
        stored
            .authors
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>(),
        ["Martin Kleppmann"]
    );
    assert_eq!(
        BookRepository::get(&mut Auto::new(store), created.book.id())
            .await
            .expect("get"),
        Some(stored)
    );
}

pub async fn a_stale_or_missing_book_update_is_refused<S: CatalogStore>(store: &S) {
    let created = BookRepository::insert(
        &mut Auto::new(store),
        &spec("Stale", ISBN_A, "10.00", 1, &[1]),
        now(),
    )
    .await
    .expect("insert");
    let first = created
        .book
        .clone()
        .replaced(spec("First", ISBN_A, "11.00", 1, &[1]), now());
    BookRepository::update(&mut Auto::new(store), &first, Version::INITIAL)
        .await
        .expect("first update");
    let second = created
        .book
        .clone()
        .replaced(spec("Second", ISBN_A, "12.00", 1, &[1]), now());
    let err = BookRepository::update(&mut Auto::new(store), &second, Version::INITIAL)
        .await
        .expect_err("stale");
    assert!(matches!(err, RepoError::StaleVersion), "{err:?}");
    let read = BookRepository::get(&mut Auto::new(store), created.book.id())
        .await
        .expect("get")
        .expect("found");
    assert_eq!(read.book.spec().title.as_str(), "First");

    let seed = BookRepository::get(&mut Auto::new(store), book_id(1))
        .await
        .expect("get")
        .expect("seed book");
    BookRepository::delete(&mut Auto::new(store), seed.book.id())
        .await
        .expect("delete");
    let gone = seed.book.clone().replaced(seed.book.spec().clone(), now());
    let err = BookRepository::update(&mut Auto::new(store), &gone, Version::INITIAL)
        .await
        .expect_err("missing");
    assert!(matches!(err, RepoError::NotFound), "{err:?}");
}

pub async fn a_duplicate_isbn_is_refused<S: CatalogStore>(store: &S) {
    let before = book_total(store).await;
    let err = BookRepository::insert(
        &mut Auto::new(store),
        &spec("Copy", "9780132350884", "1.00", 1, &[1]),
        now(),
    )
    .await
    .expect_err("duplicate");
    assert!(
        matches!(err, RepoError::Duplicate(Uniqueness::Isbn)),
        "{err:?}"
    );
    assert_eq!(book_total(store).await, before);

    let seed = BookRepository::get(&mut Auto::new(store), book_id(2))
        .await
        .expect("get")
        .expect("seed");
    let clash = seed
        .book
        .clone()
        .replaced(spec("Clash", "9780132350884", "1.00", 1, &[1]), now());
    let err = BookRepository::update(&mut Auto::new(store), &clash, seed.book.version())
        .await
        .expect_err("duplicate");
    assert!(
        matches!(err, RepoError::Duplicate(Uniqueness::Isbn)),
        "{err:?}"
    );
    let unchanged = BookRepository::get(&mut Auto::new(store), book_id(2))
        .await
        .expect("get")
        .expect("seed");
    assert_eq!(unchanged, seed);
}

pub async fn a_book_pointing_at_missing_rows_is_refused_and_nothing_is_written<S: CatalogStore>(
    store: &S,
) {
    let before = book_total(store).await;
    let err = BookRepository::insert(
        &mut Auto::new(store),
        &spec("Orphan", ISBN_A, "1.00", 999, &[1]),
        now(),
    )
    .await
    .expect_err("publisher");
    assert!(matches!(err, RepoError::MissingReference), "{err:?}");
    let err = BookRepository::insert(
        &mut Auto::new(store),
        &spec("Orphan", ISBN_A, "1.00", 1, &[1, 999]),
        now(),
    )
    .await
    .expect_err("author");
    assert!(matches!(err, RepoError::MissingReference), "{err:?}");
    let mut bad_category = spec("Orphan", ISBN_A, "1.00", 1, &[1]);
    bad_category.category_id = CategoryId::new(99).expect("id");
    let err = BookRepository::insert(&mut Auto::new(store), &bad_category, now())
        .await
        .expect_err("category");
    assert!(matches!(err, RepoError::MissingReference), "{err:?}");
    assert_eq!(book_total(store).await, before);
    let none = BookRepository::list(
        &mut Auto::new(store),
        &all_books(BookFilter {
            title: Some("Orphan".into()),
            ..Default::default()
        }),
    )
    .await
    .expect("list");
    assert_eq!(none.total, 0);
}

pub async fn books_are_filtered_sorted_and_paginated<S: CatalogStore>(store: &S) {
    let title = |t: &str| BookFilter {
        title: Some(t.to_owned()),
        ..Default::default()
    };
    let page = BookRepository::list(&mut Auto::new(store), &all_books(title("cLeAn")))
        .await
        .expect("list");
    assert_eq!(page.total, 2);

    let by_author = BookFilter {
        author_id: Some(author_id(1)),
        ..Default::default()
    };
    let page = BookRepository::list(&mut Auto::new(store), &all_books(by_author))
        .await
        .expect("list");
    assert_eq!(
        page.items
            .iter()
            .map(|b| b.book.id().get())
            .collect::<Vec<_>>(),
        [1, 2]
    );

    let by_publisher = BookFilter {
        publisher_id: Some(PublisherId::new(4).expect("id")),
        ..Default::default()
    };
    assert_eq!(
        BookRepository::list(&mut Auto::new(store), &all_books(by_publisher))
            .await
            .expect("list")
            .total,
        2
    );

    let by_category = BookFilter {
        category_id: Some(CategoryId::new(23).expect("id")),
        ..Default::default()
    };
    let page = BookRepository::list(&mut Auto::new(store), &all_books(by_category))
        .await
        .expect("list");
    assert_eq!(
        page.items
            .iter()
            .map(|b| b.book.spec().title.as_str())
            .collect::<Vec<_>>(),
        ["Kubernetes in Action"]
    );

    let combined = BookFilter {
        title: Some("clean".into()),
        author_id: Some(author_id(1)),
        category_id: Some(CategoryId::new(19).expect("id")),
        ..Default::default()
    };
    assert_eq!(
        BookRepository::list(&mut Auto::new(store), &all_books(combined))
            .await
            .expect("list")
            .total,
        1
    );

    let page = BookRepository::list(
        &mut Auto::new(store),
        &books(BookFilter::default(), BookSort::Price, SortOrder::Asc, 2, 1),
    )
    .await
    .expect("list");
    assert_eq!(page.total, 6);
    assert_eq!(page.items.len(), 2);
    assert_eq!(page.items[0].book.spec().price.to_string(), "49.99");
    assert_eq!(page.items[1].book.spec().price.to_string(), "54.99");

    // Newest first by default; the seed's creation times increase with the id.
    let page = BookRepository::list(
        &mut Auto::new(store),
        &books(
            BookFilter::default(),
            BookSort::CreatedAt,
            SortOrder::Desc,
            3,
            0,
        ),
    )
    .await
    .expect("list");
    assert_eq!(
        page.items
            .iter()
            .map(|b| b.book.id().get())
            .collect::<Vec<_>>(),
        [6, 5, 4]
    );

    let page = BookRepository::list(
        &mut Auto::new(store),
        &books(
            BookFilter::default(),
            BookSort::Title,
            SortOrder::Desc,
            1,
            0,
        ),
    )
    .await
    .expect("list");
    assert_eq!(
        page.items[0].book.spec().title.as_str(),
        "The Pragmatic Programmer"
    );

    let page = BookRepository::list(
        &mut Auto::new(store),
        &books(
            BookFilter::default(),
            BookSort::Id,
            SortOrder::Asc,
            10,
            u64::MAX,
        ),
    )
    .await
    .expect("list");
    assert_eq!((page.total, page.items.len()), (6, 0));

    // The total is right however the page ends: short after an offset, full at the very end.
    for (limit, offset, shown) in [(10, 4, 2), (3, 3, 3), (6, 0, 6), (7, 5, 1)] {
        let page = BookRepository::list(
            &mut Auto::new(store),
            &books(
                BookFilter::default(),
                BookSort::Id,
                SortOrder::Asc,
                limit,
                offset,
            ),
        )
        .await
        .expect("list");
        assert_eq!(
            (page.total, page.items.len()),
            (6, shown),
            "limit {limit}, offset {offset}"
        );
    }
}

pub async fn filter_text_is_matched_literally<S: CatalogStore>(store: &S) {
    for hostile in [
        "%",
        "_",
        "%' OR 1=1 --",
        "'; DROP TABLE book; --",
        "!",
        "\\",
        "Clean%Code",
        "\" OR \"\"=\"",
    ] {
        let filter = BookFilter {
            title: Some(hostile.to_owned()),
            ..Default::default()
        };
        let page = BookRepository::list(&mut Auto::new(store), &all_books(filter))
            .await
            .expect("list");
        assert_eq!(page.total, 0, "{hostile}");
        let authors = AuthorRepository::list(
            &mut Auto::new(store),
            &ListQuery {
                filter: AuthorFilter {
                    name: Some(hostile.to_owned()),
                    book_id: None,
                },
                sort: AuthorSort::Id,
                order: SortOrder::Asc,
                limit: 10,
                offset: 0,
            },
        )
        .await
        .expect("authors");
        assert_eq!(authors.total, 0, "{hostile}");
    }
    assert_eq!(book_total(store).await, 6);

    let created = BookRepository::insert(
        &mut Auto::new(store),
        &spec("100% Pure_Code!", ISBN_A, "1.00", 1, &[1]),
        now(),
    )
    .await
    .expect("insert");
    for needle in ["100%", "_code!", "% pure"] {
        let filter = BookFilter {
            title: Some(needle.to_owned()),
            ..Default::default()
        };
        let page = BookRepository::list(&mut Auto::new(store), &all_books(filter))
            .await
            .expect("list");
        assert_eq!(
            page.items.iter().map(|b| b.book.id()).collect::<Vec<_>>(),
            [created.book.id()],
            "{needle}"
        );
    }
}

pub async fn deleting_a_book_removes_its_credits<S: CatalogStore>(store: &S) {
    BookRepository::delete(&mut Auto::new(store), book_id(4))
        .await
        .expect("delete");
    assert_eq!(
        BookRepository::get(&mut Auto::new(store), book_id(4))
            .await
            .expect("get"),
        None
    );
    assert!(matches!(
        BookRepository::delete(&mut Auto::new(store), book_id(4)).await,
        Err(RepoError::NotFound)
    ));
    assert_eq!(
        AuthorRepository::book_count(&mut Auto::new(store), author_id(3))
            .await
            .expect("count"),
        0
    );
    AuthorRepository::delete(&mut Auto::new(store), author_id(3))
        .await
        .expect("author no longer credited");
    assert_eq!(book_total(store).await, 5);
}

pub async fn authors_round_trip_and_are_filtered<S: CatalogStore>(store: &S) {
    let at = now();
    let created = AuthorRepository::insert(
        &mut Auto::new(store),
        &PersonName::parse("Eric Evans").expect("name"),
        at,
    )
    .await
    .expect("insert");
    assert_eq!(created.name().as_str(), "Eric Evans");
    assert_eq!(
        (created.version(), created.created_at()),
        (Version::INITIAL, at)
    );
    assert_eq!(
        AuthorRepository::get(&mut Auto::new(store), created.id())
            .await
            .expect("get"),
        Some(created.clone())
    );

    let renamed = created
        .clone()
        .renamed(PersonName::parse("Eric J. Evans").expect("name"), now());
    let stored = AuthorRepository::update(&mut Auto::new(store), &renamed, Version::INITIAL)
        .await
        .expect("update");
    assert_eq!(
        (stored.name().as_str(), stored.version().get()),
        ("Eric J. Evans", 1)
    );
    let err = AuthorRepository::update(&mut Auto::new(store), &renamed, Version::INITIAL)
        .await
        .expect_err("stale");
    assert!(matches!(err, RepoError::StaleVersion), "{err:?}");

    let list = |filter: AuthorFilter| ListQuery {
        filter,
        sort: AuthorSort::Name,
        order: SortOrder::Asc,
        limit: 10,
        offset: 0,
    };
    let page = AuthorRepository::list(
        &mut Auto::new(store),
        &list(AuthorFilter {
            name: Some("MARTIN".into()),
            book_id: None,
        }),
    )
    .await
    .expect("list");
    assert_eq!(
        page.items
            .iter()
            .map(|a| a.name().as_str())
            .collect::<Vec<_>>(),
        ["Martin Fowler", "Martin Kleppmann", "Robert C. Martin"]
    );
    let page = AuthorRepository::list(
        &mut Auto::new(store),
        &list(AuthorFilter {
            name: None,
            book_id: Some(book_id(4)),
        }),
    )
    .await
    .expect("list");
    assert_eq!(
        page.items
            .iter()
            .map(|a| a.name().as_str())
            .collect::<Vec<_>>(),
        ["Andrew Hunt", "David Thomas"]
    );
    let page = AuthorRepository::list(
        &mut Auto::new(store),
        &ListQuery {
            filter: AuthorFilter::default(),
            sort: AuthorSort::CreatedAt,
            order: SortOrder::Desc,
            limit: 2,
            offset: 0,
        },
    )
    .await
    .expect("list");
    assert_eq!(page.total, 7);
    assert_eq!(page.items[0].id(), created.id());

    let existing = AuthorRepository::existing(
        &mut Auto::new(store),
        &[author_id(1), author_id(999), created.id()],
    )
    .await
    .expect("existing");
    let mut existing: Vec<i64> = existing.iter().map(|a| a.get()).collect();
    existing.sort_unstable();
    assert_eq!(existing, [1, created.id().get()]);
}

pub async fn an_author_credited_on_a_book_cannot_be_deleted<S: CatalogStore>(store: &S) {
    assert_eq!(
        AuthorRepository::book_count(&mut Auto::new(store), author_id(1))
            .await
            .expect("count"),
        2
    );
    let err = AuthorRepository::delete(&mut Auto::new(store), author_id(1))
        .await
        .expect_err("in use");
    assert!(matches!(err, RepoError::InUse), "{err:?}");
    assert!(
        AuthorRepository::get(&mut Auto::new(store), author_id(1))
            .await
            .expect("get")
            .is_some()
    );

    let lonely = AuthorRepository::insert(
        &mut Auto::new(store),
        &PersonName::parse("Nobody").expect("name"),
        now(),
    )
    .await
    .expect("insert");
    AuthorRepository::delete(&mut Auto::new(store), lonely.id())
        .await
        .expect("delete");
    assert_eq!(
        AuthorRepository::get(&mut Auto::new(store), lonely.id())
            .await
            .expect("get"),
        None
    );
    assert!(matches!(
        AuthorRepository::delete(&mut Auto::new(store), lonely.id()).await,
        Err(RepoError::NotFound)
    ));
}

pub async fn publishers_round_trip_and_names_are_unique<S: CatalogStore>(store: &S) {
    let name = PublisherName::parse("No Starch Press").expect("name");
    let address = Address::parse("245 8th Street, San Francisco, CA 94103, USA").expect("address");
    let created = PublisherRepository::insert(&mut Auto::new(store), &name, &address, now())
        .await
        .expect("insert");
    assert_eq!((created.name(), created.address()), (&name, &address));
    assert_eq!(
        PublisherRepository::get(&mut Auto::new(store), created.id())
            .await
            .expect("get"),
        Some(created.clone())
    );

    let err = PublisherRepository::insert(
        &mut Auto::new(store),
        &PublisherName::parse("pearson").expect("name"),
        &address,
        now(),
    )
    .await
    .expect_err("duplicate");
    assert!(
        matches!(err, RepoError::Duplicate(Uniqueness::PublisherName)),
        "{err:?}"
    );

    let clash = created.clone().replaced(
        PublisherName::parse("Pearson").expect("name"),
        address.clone(),
        now(),
    );
    let err = PublisherRepository::update(&mut Auto::new(store), &clash, Version::INITIAL)
        .await
        .expect_err("duplicate");
    assert!(
        matches!(err, RepoError::Duplicate(Uniqueness::PublisherName)),
        "{err:?}"
    );

    let moved = created.clone().replaced(
        name.clone(),
        Address::parse("Elsewhere 1").expect("address"),
        now(),
    );
    let stored = PublisherRepository::update(&mut Auto::new(store), &moved, Version::INITIAL)
        .await
        .expect("update");
    assert_eq!(
        (stored.address().as_str(), stored.version().get()),
        ("Elsewhere 1", 1)
    );
    let err = PublisherRepository::update(&mut Auto::new(store), &moved, Version::INITIAL)
        .await
        .expect_err("stale");
    assert!(matches!(err, RepoError::StaleVersion), "{err:?}");

    let page = PublisherRepository::list(
        &mut Auto::new(store),
        &ListQuery {
            filter: PublisherFilter {
                name: Some("PUB".into()),
            },
            sort: PublisherSort::Name,
            order: SortOrder::Desc,
            limit: 10,
            offset: 0,
        },
    )
    .await
    .expect("list");
    assert_eq!(
        page.items
            .iter()
            .map(|p| p.name().as_str())
            .collect::<Vec<_>>(),
        ["Packt Publishing", "Manning Publications"]
    );
}

pub async fn a_publisher_with_books_cannot_be_deleted<S: CatalogStore>(store: &S) {
    let pearson = PublisherId::new(6).expect("id");
    assert_eq!(
        PublisherRepository::book_count(&mut Auto::new(store), pearson)
            .await
            .expect("count"),
        2
    );
    let err = PublisherRepository::delete(&mut Auto::new(store), pearson)
        .await
        .expect_err("in use");
    assert!(matches!(err, RepoError::InUse), "{err:?}");
    assert_eq!(book_total(store).await, 6);

    let packt = PublisherId::new(5).expect("id");
    assert_eq!(
        PublisherRepository::book_count(&mut Auto::new(store), packt)
            .await
            .expect("count"),
        0
    );
    PublisherRepository::delete(&mut Auto::new(store), packt)
        .await
        .expect("delete");
    assert_eq!(
        PublisherRepository::get(&mut Auto::new(store), packt)
            .await
            .expect("get"),
        None
    );
    assert!(matches!(
        PublisherRepository::delete(&mut Auto::new(store), packt).await,
        Err(RepoError::NotFound)
    ));
}

pub async fn categories_are_listed_and_read<S: CatalogStore>(store: &S) {
    let page = CategoryRepository::list(
        &mut Auto::new(store),
        &ListQuery {
            filter: (),
            sort: CategorySort::Name,
            order: SortOrder::Asc,
            limit: 3,
            offset: 0,
        },
    )
    .await
    .expect("list");
    assert_eq!(page.total, 23);
    assert_eq!(
        page.items.iter().map(|c| c.name()).collect::<Vec<_>>(),
        ["Agile", "Art", "Business"]
    );
    let kubernetes =
        CategoryRepository::get(&mut Auto::new(store), CategoryId::new(23).expect("id"))
            .await
            .expect("get")
            .expect("found");
    assert_eq!(kubernetes.name(), "Kubernetes");
    assert_eq!(
        CategoryRepository::get(&mut Auto::new(store), CategoryId::new(24).expect("id"))
            .await
            .expect("get"),
        None
    );
}

pub async fn get_many_returns_only_existing_books<S: CatalogStore>(store: &S) {
    let found = BookRepository::get_many(
        &mut Auto::new(store),
        &[book_id(3), book_id(999), book_id(1)],
    )
    .await
    .expect("get many");
    let mut ids: Vec<i64> = found.iter().map(|b| b.book.id().get()).collect();
    ids.sort_unstable();
    assert_eq!(ids, [1, 3]);
    assert!(
        BookRepository::get_many(&mut Auto::new(store), &[])
            .await
            .expect("empty")
            .is_empty()
    );
}

/// A book read shows the current names of its authors and publisher: renaming either rewrites
/// what the book rows carry, for a single read, a batch and a page alike.
pub async fn renamed_authors_and_publishers_show_on_their_books<S: CatalogStore>(store: &S) {
    // A name with what JSON must escape, credited second, on a new book of publisher 6.
    let odd = PersonName::parse(r#"Flann "the \ one" O'Brien"#).expect("name");
    let odd = AuthorRepository::insert(&mut Auto::new(store), &odd, now())
        .await
        .expect("insert author");
    let new = spec(
        "At Swim-Two-Birds",
        ISBN_A,
        "12.00",
        6,
        &[1, odd.id().get()],
    );
    let created = BookRepository::insert(&mut Auto::new(store), &new, now())
        .await
        .expect("insert book");
    let names = |view: &catalog::application::port::repo::BookView| {
        let authors: Vec<String> = view.authors.iter().map(|a| a.name.clone()).collect();
        (authors, view.publisher.name.clone())
    };
    assert_eq!(
        names(&created),
        (
            vec![
                "Robert C. Martin".into(),
                r#"Flann "the \ one" O'Brien"#.into()
            ],
            "Pearson".into()
        )
    );

    // Robert C. Martin is credited on books 1 and 2 (the seed) and on the new book.
    let martin = AuthorRepository::get(&mut Auto::new(store), author_id(1))
        .await
        .expect("get author")
        .expect("seeded");
    let renamed = martin.renamed(PersonName::parse("Uncle Bob").expect("name"), now());
    AuthorRepository::update(&mut Auto::new(store), &renamed, Version::INITIAL)
        .await
        .expect("rename author");
    let pearson = PublisherRepository::get(&mut Auto::new(store), PublisherId::new(6).expect("id"))
        .await
        .expect("get publisher")
        .expect("seeded");
    let address = pearson.address().clone();
    let renamed = pearson.replaced(
        PublisherName::parse("Pearson Education").expect("name"),
        address,
        now(),
    );
    PublisherRepository::update(&mut Auto::new(store), &renamed, Version::INITIAL)
        .await
        .expect("rename publisher");

    let one = BookRepository::get(&mut Auto::new(store), book_id(1))
        .await
        .expect("get")
        .expect("found");
    assert_eq!(
        names(&one),
        (vec!["Uncle Bob".into()], "Pearson Education".into())
    );
    let many = BookRepository::get_many(&mut Auto::new(store), &[created.book.id(), book_id(2)])
        .await
        .expect("get many");
    assert_eq!(
        many.iter().map(names).collect::<Vec<_>>(),
        [
            (
                vec!["Uncle Bob".into(), r#"Flann "the \ one" O'Brien"#.into()],
                "Pearson Education".into()
            ),
            (vec!["Uncle Bob".into()], "Pearson Education".into()),
        ]
    );
    let page = BookRepository::list(&mut Auto::new(store), &all_books(BookFilter::default()))
        .await
        .expect("list");
    for view in &page.items {
        let credited_martin = view.authors.iter().any(|a| a.id == author_id(1));
        assert_eq!(
            view.authors.iter().any(|a| a.name == "Uncle Bob"),
            credited_martin,
            "{view:?}"
        );
        assert_eq!(
            view.publisher.name == "Pearson Education",
            view.publisher.id.get() == 6,
            "{view:?}"
        );
    }
    // The book's own version is not moved by a rename of what it refers to.
    assert_eq!(many[0].book.version(), Version::INITIAL);
}
