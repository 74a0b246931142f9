-- Warehouses, stock per (book, warehouse) and orders' reservations. Kept in step with
-- migrations/mysql (a test compares the tables and columns both produce).

CREATE TABLE warehouse (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL COLLATE NOCASE,
    address     TEXT    NOT NULL,
    capacity    INTEGER NOT NULL CHECK (capacity >= 1),
    version     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    CONSTRAINT warehouse_name UNIQUE (name)
);

CREATE TABLE stock (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    book_id            INTEGER NOT NULL,
    warehouse_id       INTEGER NOT NULL REFERENCES warehouse (id),
    quantity           INTEGER NOT NULL,
    reserved_quantity  INTEGER NOT NULL DEFAULT 0,
    version            INTEGER NOT NULL DEFAULT 0,
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    CONSTRAINT stock_book_warehouse UNIQUE (book_id, warehouse_id),
    CONSTRAINT stock_quantities CHECK (reserved_quantity >= 0 AND quantity >= reserved_quantity)
);

CREATE INDEX stock_warehouse ON stock (warehouse_id);

CREATE TABLE reservation (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id      INTEGER NOT NULL,
    book_id       INTEGER NOT NULL,
    warehouse_id  INTEGER NOT NULL,
    quantity      INTEGER NOT NULL CHECK (quantity >= 1),
    state         TEXT    NOT NULL CHECK (state IN ('reserved', 'released', 'committed')),
    version       INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL,
    CONSTRAINT reservation_line UNIQUE (order_id, book_id, warehouse_id)
);
