-- The catalog's tables (SQLite). Kept in step with ../mysql: same tables, same columns.
-- Differences are confined to types:
--   * price holds integer cents: SQLite has no exact decimal type (a DECIMAL column would store
--     a binary float), and integers keep sorting by price numeric. MySQL uses DECIMAL(10,2).
--   * timestamps are RFC 3339 text (what sqlx writes and reads for DateTime<Utc>).
--   * names and titles use NOCASE so uniqueness and sorting ignore case as MySQL's _ci collation does.
--   * references that must block a delete use the default NO ACTION rather than RESTRICT: both
--     refuse the delete, but SQLite reports RESTRICT with a trigger error code instead of the
--     foreign-key code the service maps to "still in use".

CREATE TABLE category (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL COLLATE NOCASE UNIQUE,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE publisher (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL COLLATE NOCASE,
    address     TEXT    NOT NULL,
    version     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    CONSTRAINT uq_publisher_name UNIQUE (name)
);

CREATE TABLE author (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL COLLATE NOCASE,
    version     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE INDEX ix_author_name ON author (name);

CREATE TABLE book (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    title         TEXT    NOT NULL COLLATE NOCASE,
    isbn          TEXT    NOT NULL,
    price         INTEGER NOT NULL CHECK (price > 0),
    description   TEXT,
    category_id   INTEGER NOT NULL REFERENCES category (id),
    publisher_id  INTEGER NOT NULL REFERENCES publisher (id),
    version       INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    CONSTRAINT uq_book_isbn UNIQUE (isbn)
);
CREATE INDEX ix_book_category ON book (category_id);
CREATE INDEX ix_book_publisher ON book (publisher_id);
CREATE INDEX ix_book_title ON book (title);

-- position keeps the credit order of a book's authors.
CREATE TABLE book_author (
    book_id    INTEGER NOT NULL REFERENCES book (id) ON DELETE CASCADE,
    author_id  INTEGER NOT NULL REFERENCES author (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (book_id, author_id)
);
CREATE INDEX ix_book_author_author ON book_author (author_id);
