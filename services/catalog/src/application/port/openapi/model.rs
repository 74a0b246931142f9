// Generated from api/catalog/openapi.yaml by `cargo run -p generator`. Do not edit.
// fingerprint: 20c4217c24a6c096-91adacfb7d8b8c05
//! Data transfer objects of Bookstore Catalog API: every schema of the spec as a serde type, with the
//! spec's constraints checked by `openapi_runtime::Validate`.

#![allow(clippy::large_enum_variant, clippy::derive_partial_eq_without_eq)]

static PATTERN_1: openapi_runtime::validate::Pattern = openapi_runtime::validate::Pattern::new(
    "^[^\\u0000-\\u001F\\u007F-\\u009F]*[^\\u0000-\\u0020\\u007F-\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000][^\\u0000-\\u001F\\u007F-\\u009F]*$",
);
static PATTERN_2: openapi_runtime::validate::Pattern =
    openapi_runtime::validate::Pattern::new("^(97[89])?[0-9]{9}[0-9X]$");
static PATTERN_3: openapi_runtime::validate::Pattern = openapi_runtime::validate::Pattern::new(
    "^([0-9]*[1-9][0-9]*\\.[0-9]{2}|[0-9]+\\.(0[1-9]|[1-9][0-9]))$",
);
static PATTERN_4: openapi_runtime::validate::Pattern = openapi_runtime::validate::Pattern::new(
    "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$",
);

/// A book author.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Author {
    pub id: i64,
    pub name: String,
    /// The optimistic-concurrency version of a resource. Send back the value you read when replacing it; a request carrying a stale version is refused with 409 Conflict.
    pub version: i64,
    /// An RFC 3339 instant in UTC, set by the service.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl openapi_runtime::Validate for Author {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.version;
            let ptr = format!("{pointer}/version");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// A new author.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorCreate {
    /// The author's name. Must contain a character other than white space (Unicode `White_Space`) and no control characters (Unicode `Cc`: U+0000-U+001F, U+007F-U+009F; so no tabs or line breaks either); surrounding white space is trimmed before the value is stored, and the length limit applies to the value as sent.
    pub name: String,
}

impl openapi_runtime::Validate for AuthorCreate {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.name;
            let ptr = format!("{pointer}/name");
            violations.check_length(&ptr, value, Some(1), Some(255));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
    }
}

/// One page of authors.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuthorPage {
    /// The number of authors matching the filters, across all pages.
    pub total: i64,
    pub items: Vec<Author>,
}

impl openapi_runtime::Validate for AuthorPage {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.total;
            let ptr = format!("{pointer}/total");
            violations.check_minimum(&ptr, *value, 0, false);
        }
        {
            let value = &self.items;
            let ptr = format!("{pointer}/items");
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
            }
        }
    }
}

/// An author's new state; `version` must be the one last read.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthorReplace {
    /// The author's name. Must contain a character other than white space (Unicode `White_Space`) and no control characters (Unicode `Cc`: U+0000-U+001F, U+007F-U+009F; so no tabs or line breaks either); surrounding white space is trimmed before the value is stored, and the length limit applies to the value as sent.
    pub name: String,
    /// The optimistic-concurrency version of a resource. Send back the value you read when replacing it; a request carrying a stale version is refused with 409 Conflict.
    pub version: i64,
}

impl openapi_runtime::Validate for AuthorReplace {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.name;
            let ptr = format!("{pointer}/name");
            violations.check_length(&ptr, value, Some(1), Some(255));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
        {
            let value = &self.version;
            let ptr = format!("{pointer}/version");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// An author as embedded in a book.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AuthorSummary {
    pub id: i64,
    pub name: String,
}

impl openapi_runtime::Validate for AuthorSummary {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// A book with its category, publisher and authors. `stock` is filled in by `getBook` and `listBooks`, and is absent when the inventory service cannot be reached (the book is still served).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Book {
    pub id: i64,
    pub title: String,
    /// An ISBN-10 or ISBN-13 without separators; an ISBN-13 begins with 978 or 979. The check digit is verified by the service (422 when it does not match). An ISBN-10 is stored, and returned, as the equivalent ISBN-13 (978 prefix, recomputed check digit).
    pub isbn: String,
    /// A book's price: an exact amount greater than zero (0.00 and negative amounts are refused), with exactly two decimal places and at most eight digits before the point (stored as DECIMAL(10,2)), as a string so it never passes through binary floating point. JSON Schema's `exclusiveMinimum` does not apply to strings, so the pattern states the bound: some digit must be non-zero.
    pub price: rust_decimal::Decimal,
    /// Absent when the book has no description.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// A category as embedded in a book.
    pub category: CategorySummary,
    /// A publisher as embedded in a book.
    pub publisher: PublisherSummary,
    /// The book's authors, in credit order.
    pub authors: Vec<AuthorSummary>,
    /// A book's stock summed over all warehouses, as reported by the inventory service.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub stock: Option<BookStock>,
    /// The optimistic-concurrency version of a resource. Send back the value you read when replacing it; a request carrying a stale version is refused with 409 Conflict.
    pub version: i64,
    /// An RFC 3339 instant in UTC, set by the service.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl openapi_runtime::Validate for Book {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.isbn;
            let ptr = format!("{pointer}/isbn");
            violations.check_length(&ptr, value, Some(10), Some(13));
            violations.check_pattern(&ptr, value, &PATTERN_2);
        }
        {
            let value = &self.price;
            let ptr = format!("{pointer}/price");
            violations.check_pattern(&ptr, &value.to_string(), &PATTERN_3);
        }
        {
            let value = &self.category;
            let ptr = format!("{pointer}/category");
            openapi_runtime::Validate::validate_into(value, &ptr, violations);
        }
        {
            let value = &self.publisher;
            let ptr = format!("{pointer}/publisher");
            openapi_runtime::Validate::validate_into(value, &ptr, violations);
        }
        {
            let value = &self.authors;
            let ptr = format!("{pointer}/authors");
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
            }
        }
        if let Some(value) = &self.stock {
            let ptr = format!("{pointer}/stock");
            openapi_runtime::Validate::validate_into(value, &ptr, violations);
        }
        {
            let value = &self.version;
            let ptr = format!("{pointer}/version");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// A new book.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookCreate {
    /// The book's title. Must contain a character other than white space (Unicode `White_Space`) and no control characters (Unicode `Cc`: U+0000-U+001F, U+007F-U+009F; so no tabs or line breaks either); surrounding white space is trimmed before the value is stored, and the length limit applies to the value as sent.
    pub title: String,
    /// An ISBN-10 or ISBN-13 without separators; an ISBN-13 begins with 978 or 979. The check digit is verified by the service (422 when it does not match). An ISBN-10 is stored, and returned, as the equivalent ISBN-13 (978 prefix, recomputed check digit).
    pub isbn: String,
    /// A book's price: an exact amount greater than zero (0.00 and negative amounts are refused), with exactly two decimal places and at most eight digits before the point (stored as DECIMAL(10,2)), as a string so it never passes through binary floating point. JSON Schema's `exclusiveMinimum` does not apply to strings, so the pattern states the bound: some digit must be non-zero.
    pub price: rust_decimal::Decimal,
    /// A free-text description; omitted, empty or white space only means none. Surrounding white space is trimmed before the text is stored. Line breaks and tabs are allowed, other control characters (Unicode `Cc`) are not.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// An existing category (422 otherwise).
    pub category_id: i64,
    /// An existing publisher (422 otherwise).
    pub publisher_id: i64,
    /// The book's authors, in credit order; each must exist (422 otherwise).
    pub author_ids: Vec<i64>,
}

impl openapi_runtime::Validate for BookCreate {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.title;
            let ptr = format!("{pointer}/title");
            violations.check_length(&ptr, value, Some(1), Some(255));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
        {
            let value = &self.isbn;
            let ptr = format!("{pointer}/isbn");
            violations.check_length(&ptr, value, Some(10), Some(13));
            violations.check_pattern(&ptr, value, &PATTERN_2);
        }
        {
            let value = &self.price;
            let ptr = format!("{pointer}/price");
            violations.check_pattern(&ptr, &value.to_string(), &PATTERN_3);
        }
        if let Some(value) = &self.description {
            let ptr = format!("{pointer}/description");
            violations.check_length(&ptr, value, None, Some(4000));
            violations.check_pattern(&ptr, value, &PATTERN_4);
        }
        {
            let value = &self.category_id;
            let ptr = format!("{pointer}/category_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.publisher_id;
            let ptr = format!("{pointer}/publisher_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.author_ids;
            let ptr = format!("{pointer}/author_ids");
            violations.check_items(&ptr, value, Some(1), Some(20), true);
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                violations.check_minimum(&ptr0, *item0, 1, false);
            }
        }
    }
}

/// One page of books.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BookPage {
    /// The number of books matching the filters, across all pages.
    pub total: i64,
    pub items: Vec<Book>,
}

impl openapi_runtime::Validate for BookPage {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.total;
            let ptr = format!("{pointer}/total");
            violations.check_minimum(&ptr, *value, 0, false);
        }
        {
            let value = &self.items;
            let ptr = format!("{pointer}/items");
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
            }
        }
    }
}

/// A book's new state. Every field is replaced (an omitted `description` clears it), and `version` must be the one last read.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BookReplace {
    /// The book's title. Must contain a character other than white space (Unicode `White_Space`) and no control characters (Unicode `Cc`: U+0000-U+001F, U+007F-U+009F; so no tabs or line breaks either); surrounding white space is trimmed before the value is stored, and the length limit applies to the value as sent.
    pub title: String,
    /// An ISBN-10 or ISBN-13 without separators; an ISBN-13 begins with 978 or 979. The check digit is verified by the service (422 when it does not match). An ISBN-10 is stored, and returned, as the equivalent ISBN-13 (978 prefix, recomputed check digit).
    pub isbn: String,
    /// A book's price: an exact amount greater than zero (0.00 and negative amounts are refused), with exactly two decimal places and at most eight digits before the point (stored as DECIMAL(10,2)), as a string so it never passes through binary floating point. JSON Schema's `exclusiveMinimum` does not apply to strings, so the pattern states the bound: some digit must be non-zero.
    pub price: rust_decimal::Decimal,
    /// A free-text description; omitted, empty or white space only means none. Surrounding white space is trimmed before the text is stored. Line breaks and tabs are allowed, other control characters (Unicode `Cc`) are not.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub description: Option<String>,
    /// An existing category (422 otherwise).
    pub category_id: i64,
    /// An existing publisher (422 otherwise).
    pub publisher_id: i64,
    /// The book's authors, in credit order; each must exist (422 otherwise).
    pub author_ids: Vec<i64>,
    /// The optimistic-concurrency version of a resource. Send back the value you read when replacing it; a request carrying a stale version is refused with 409 Conflict.
    pub version: i64,
}

impl openapi_runtime::Validate for BookReplace {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.title;
            let ptr = format!("{pointer}/title");
            violations.check_length(&ptr, value, Some(1), Some(255));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
        {
            let value = &self.isbn;
            let ptr = format!("{pointer}/isbn");
            violations.check_length(&ptr, value, Some(10), Some(13));
            violations.check_pattern(&ptr, value, &PATTERN_2);
        }
        {
            let value = &self.price;
            let ptr = format!("{pointer}/price");
            violations.check_pattern(&ptr, &value.to_string(), &PATTERN_3);
        }
        if let Some(value) = &self.description {
            let ptr = format!("{pointer}/description");
            violations.check_length(&ptr, value, None, Some(4000));
            violations.check_pattern(&ptr, value, &PATTERN_4);
        }
        {
            let value = &self.category_id;
            let ptr = format!("{pointer}/category_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.publisher_id;
            let ptr = format!("{pointer}/publisher_id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.author_ids;
            let ptr = format!("{pointer}/author_ids");
            violations.check_items(&ptr, value, Some(1), Some(20), true);
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                violations.check_minimum(&ptr0, *item0, 1, false);
            }
        }
        {
            let value = &self.version;
            let ptr = format!("{pointer}/version");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// A book's stock summed over all warehouses, as reported by the inventory service.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BookStock {
    /// Copies on hand.
    pub quantity: i64,
    /// Copies on hand that are held for orders not yet shipped.
    pub reserved_quantity: i64,
    /// Copies that can still be ordered (`quantity - reserved_quantity`).
    pub available_quantity: i64,
}

impl openapi_runtime::Validate for BookStock {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.quantity;
            let ptr = format!("{pointer}/quantity");
            violations.check_minimum(&ptr, *value, 0, false);
        }
        {
            let value = &self.reserved_quantity;
            let ptr = format!("{pointer}/reserved_quantity");
            violations.check_minimum(&ptr, *value, 0, false);
        }
        {
            let value = &self.available_quantity;
            let ptr = format!("{pointer}/available_quantity");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// A book category. Categories are fixed reference data, seeded with the service.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Category {
    pub id: i64,
    pub name: String,
    /// An RFC 3339 instant in UTC, set by the service.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl openapi_runtime::Validate for Category {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.name;
            let ptr = format!("{pointer}/name");
            violations.check_length(&ptr, value, Some(1), Some(100));
        }
    }
}

/// One page of categories.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CategoryPage {
    /// The number of categories matching the filters, across all pages.
    pub total: i64,
    pub items: Vec<Category>,
}

impl openapi_runtime::Validate for CategoryPage {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.total;
            let ptr = format!("{pointer}/total");
            violations.check_minimum(&ptr, *value, 0, false);
        }
        {
            let value = &self.items;
            let ptr = format!("{pointer}/items");
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
            }
        }
    }
}

/// A category as embedded in a book.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CategorySummary {
    pub id: i64,
    pub name: String,
}

impl openapi_runtime::Validate for CategorySummary {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// One invalid part of a request.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct FieldError {
    /// A JSON pointer to the invalid value: into the body (`/items/0/quantity`) or, for parameters, `/query/<name>`, `/path/<name>`, `/header/<name>` or `/cookie/<name>`.
    pub pointer: String,
    /// What is wrong with the value.
    pub detail: String,
}

impl openapi_runtime::Validate for FieldError {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// An ISBN-10 or ISBN-13 without separators; an ISBN-13 begins with 978 or 979. The check digit is verified by the service (422 when it does not match). An ISBN-10 is stored, and returned, as the equivalent ISBN-13 (978 prefix, recomputed check digit).
pub type Isbn = String;

/// A book's price: an exact amount greater than zero (0.00 and negative amounts are refused), with exactly two decimal places and at most eight digits before the point (stored as DECIMAL(10,2)), as a string so it never passes through binary floating point. JSON Schema's `exclusiveMinimum` does not apply to strings, so the pattern states the bound: some digit must be non-zero.
pub type Price = rust_decimal::Decimal;

/// An RFC 9457 problem details object, the body of every error response. `errors` lists one entry per invalid field when a request fails validation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    /// A URI identifying the problem type; `about:blank` when the status says it all.
    #[serde(rename = "type")]
    pub type_: String,
    /// A short, human-readable summary of the problem type.
    pub title: String,
    /// The HTTP status code of this occurrence.
    pub status: i32,
    /// A human-readable explanation of this occurrence.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub detail: Option<String>,
    /// The request path of this occurrence.
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub instance: Option<String>,
    /// One entry per invalid field or parameter (validation failures only).
    #[serde(
        default,
        deserialize_with = "openapi_runtime::tristate::optional_not_null",
        skip_serializing_if = "Option::is_none"
    )]
    pub errors: Option<Vec<FieldError>>,
}

impl openapi_runtime::Validate for Problem {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.status;
            let ptr = format!("{pointer}/status");
            violations.check_minimum(&ptr, *value, 100, false);
            violations.check_maximum(&ptr, *value, 599, false);
        }
    }
}

/// A book publisher.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Publisher {
    pub id: i64,
    pub name: String,
    pub address: String,
    /// The optimistic-concurrency version of a resource. Send back the value you read when replacing it; a request carrying a stale version is refused with 409 Conflict.
    pub version: i64,
    /// An RFC 3339 instant in UTC, set by the service.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// An RFC 3339 instant in UTC, set by the service.
    pub updated_at: chrono::DateTime<chrono::Utc>,
}

impl openapi_runtime::Validate for Publisher {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
        {
            let value = &self.version;
            let ptr = format!("{pointer}/version");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// A new publisher.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublisherCreate {
    /// The publisher's name, unique among publishers (409 otherwise). Must contain a character other than white space (Unicode `White_Space`); surrounding white space is trimmed before the value is stored, and the length limit applies to the value as sent.
    pub name: String,
    /// The publisher's postal address. Must contain a character other than white space (Unicode `White_Space`); surrounding white space is trimmed before the value is stored, and the length limit applies to the value as sent.
    pub address: String,
}

impl openapi_runtime::Validate for PublisherCreate {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.name;
            let ptr = format!("{pointer}/name");
            violations.check_length(&ptr, value, Some(1), Some(255));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
        {
            let value = &self.address;
            let ptr = format!("{pointer}/address");
            violations.check_length(&ptr, value, Some(1), Some(500));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
    }
}

/// One page of publishers.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublisherPage {
    /// The number of publishers matching the filters, across all pages.
    pub total: i64,
    pub items: Vec<Publisher>,
}

impl openapi_runtime::Validate for PublisherPage {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.total;
            let ptr = format!("{pointer}/total");
            violations.check_minimum(&ptr, *value, 0, false);
        }
        {
            let value = &self.items;
            let ptr = format!("{pointer}/items");
            for (index, item0) in value.iter().enumerate() {
                let ptr0 = format!("{}/{index}", &ptr);
                openapi_runtime::Validate::validate_into(item0, &ptr0, violations);
            }
        }
    }
}

/// A publisher's new state; `version` must be the one last read.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublisherReplace {
    /// The publisher's name, unique among publishers (409 otherwise). Must contain a character other than white space (Unicode `White_Space`); surrounding white space is trimmed before the value is stored, and the length limit applies to the value as sent.
    pub name: String,
    /// The publisher's postal address. Must contain a character other than white space (Unicode `White_Space`); surrounding white space is trimmed before the value is stored, and the length limit applies to the value as sent.
    pub address: String,
    /// The optimistic-concurrency version of a resource. Send back the value you read when replacing it; a request carrying a stale version is refused with 409 Conflict.
    pub version: i64,
}

impl openapi_runtime::Validate for PublisherReplace {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.name;
            let ptr = format!("{pointer}/name");
            violations.check_length(&ptr, value, Some(1), Some(255));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
        {
            let value = &self.address;
            let ptr = format!("{pointer}/address");
            violations.check_length(&ptr, value, Some(1), Some(500));
            violations.check_pattern(&ptr, value, &PATTERN_1);
        }
        {
            let value = &self.version;
            let ptr = format!("{pointer}/version");
            violations.check_minimum(&ptr, *value, 0, false);
        }
    }
}

/// A publisher as embedded in a book.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublisherSummary {
    pub id: i64,
    pub name: String,
}

impl openapi_runtime::Validate for PublisherSummary {
    fn validate_into(&self, pointer: &str, violations: &mut openapi_runtime::Violations) {
        {
            let value = &self.id;
            let ptr = format!("{pointer}/id");
            violations.check_minimum(&ptr, *value, 1, false);
        }
    }
}

/// An RFC 3339 instant in UTC, set by the service.
pub type Timestamp = chrono::DateTime<chrono::Utc>;

/// The optimistic-concurrency version of a resource. Send back the value you read when replacing it; a request carrying a stale version is refused with 409 Conflict.
pub type Version = i64;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum BookSort {
    #[serde(rename = "created_at")]
    CreatedAt,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "title")]
    Title,
    #[serde(rename = "price")]
    Price,
}

impl BookSort {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::CreatedAt, Self::Id, Self::Title, Self::Price];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Id => "id",
            Self::Title => "title",
            Self::Price => "price",
        }
    }
}

impl std::fmt::Display for BookSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for BookSort {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(value, &["created_at", "id", "title", "price"])
            })
    }
}

impl openapi_runtime::Validate for BookSort {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The spec's `x-rust-type`: the same values as the service's own enum.
impl From<BookSort> for crate::application::port::repo::BookSort {
    fn from(value: BookSort) -> Self {
        match value {
            BookSort::CreatedAt => Self::CreatedAt,
            BookSort::Id => Self::Id,
            BookSort::Title => Self::Title,
            BookSort::Price => Self::Price,
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum SortOrder {
    #[serde(rename = "asc")]
    Asc,
    #[serde(rename = "desc")]
    Desc,
}

impl SortOrder {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Asc, Self::Desc];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
        }
    }
}

impl std::fmt::Display for SortOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for SortOrder {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| openapi_runtime::UnknownVariant::new(value, &["asc", "desc"]))
    }
}

impl openapi_runtime::Validate for SortOrder {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The spec's `x-rust-type`: the same values as the service's own enum.
impl From<SortOrder> for app_kit::SortOrder {
    fn from(value: SortOrder) -> Self {
        match value {
            SortOrder::Asc => Self::Asc,
            SortOrder::Desc => Self::Desc,
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum AuthorSort {
    #[serde(rename = "created_at")]
    CreatedAt,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "name")]
    Name,
}

impl AuthorSort {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::CreatedAt, Self::Id, Self::Name];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Id => "id",
            Self::Name => "name",
        }
    }
}

impl std::fmt::Display for AuthorSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for AuthorSort {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(value, &["created_at", "id", "name"])
            })
    }
}

impl openapi_runtime::Validate for AuthorSort {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The spec's `x-rust-type`: the same values as the service's own enum.
impl From<AuthorSort> for crate::application::port::repo::AuthorSort {
    fn from(value: AuthorSort) -> Self {
        match value {
            AuthorSort::CreatedAt => Self::CreatedAt,
            AuthorSort::Id => Self::Id,
            AuthorSort::Name => Self::Name,
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum PublisherSort {
    #[serde(rename = "created_at")]
    CreatedAt,
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "name")]
    Name,
}

impl PublisherSort {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::CreatedAt, Self::Id, Self::Name];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Id => "id",
            Self::Name => "name",
        }
    }
}

impl std::fmt::Display for PublisherSort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for PublisherSort {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| {
                openapi_runtime::UnknownVariant::new(value, &["created_at", "id", "name"])
            })
    }
}

impl openapi_runtime::Validate for PublisherSort {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The spec's `x-rust-type`: the same values as the service's own enum.
impl From<PublisherSort> for crate::application::port::repo::PublisherSort {
    fn from(value: PublisherSort) -> Self {
        match value {
            PublisherSort::CreatedAt => Self::CreatedAt,
            PublisherSort::Id => Self::Id,
            PublisherSort::Name => Self::Name,
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub enum CategorySort {
    #[serde(rename = "id")]
    Id,
    #[serde(rename = "name")]
    Name,
}

impl CategorySort {
    /// Every value, in the order the spec lists them.
    pub const ALL: &[Self] = &[Self::Id, Self::Name];

    /// The value as it appears on the wire.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Id => "id",
            Self::Name => "name",
        }
    }
}

impl std::fmt::Display for CategorySort {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for CategorySort {
    type Err = openapi_runtime::UnknownVariant;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .iter()
            .find(|v| v.as_str() == value)
            .copied()
            .ok_or_else(|| openapi_runtime::UnknownVariant::new(value, &["id", "name"]))
    }
}

impl openapi_runtime::Validate for CategorySort {
    fn validate_into(&self, _pointer: &str, _violations: &mut openapi_runtime::Violations) {}
}

/// The spec's `x-rust-type`: the same values as the service's own enum.
impl From<CategorySort> for crate::application::port::repo::CategorySort {
    fn from(value: CategorySort) -> Self {
        match value {
            CategorySort::Id => Self::Id,
            CategorySort::Name => Self::Name,
        }
    }
}
