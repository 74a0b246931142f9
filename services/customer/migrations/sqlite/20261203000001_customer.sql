-- Wishlists, point balances with their ledger, and the customers being deleted. Kept in step
-- with migrations/mysql. Users themselves live at identity; user_id is their subject.

CREATE TABLE wishlist (
    user_id     TEXT    NOT NULL,
    book_id     INTEGER NOT NULL CHECK (book_id > 0),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL,
    PRIMARY KEY (user_id, book_id)
);

CREATE INDEX wishlist_added ON wishlist (user_id, created_at);

-- The balance is kept in step with point_transaction in the same database transaction, by a
-- guarded update that never takes it below zero (the CHECK is the last line of defence).
CREATE TABLE point (
    user_id     TEXT    NOT NULL PRIMARY KEY,
    balance     INTEGER NOT NULL CHECK (balance >= 0),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);

CREATE TABLE point_transaction (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id          TEXT    NOT NULL,
    delta            INTEGER NOT NULL CHECK (delta <> 0),
    reason           TEXT    NOT NULL,
    balance_after    INTEGER NOT NULL CHECK (balance_after >= 0),
    created_by       TEXT    NOT NULL,
    idempotency_key  TEXT,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    CONSTRAINT point_transaction_key UNIQUE (user_id, idempotency_key)
);

CREATE INDEX point_transaction_user ON point_transaction (user_id, created_at);

-- A customer whose data here was erased; identity's account goes next. A retried delete finds
-- the row and counts an account identity no longer has as deleted.
CREATE TABLE deleted_customer (
    user_id     TEXT    NOT NULL PRIMARY KEY,
    created_at  TEXT    NOT NULL
);
