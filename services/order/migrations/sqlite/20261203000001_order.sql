-- Orders and their lines. Kept in step with migrations/mysql.
--   * money holds integer cents: SQLite has no exact decimal type. MySQL uses DECIMAL(10,2).
--   * steps_done lists the saga steps done, comma-separated, in order.
--   * (user_id, idempotency_key) is unique: a key is the user's own; NULL keys never clash.

CREATE TABLE book_order (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id              TEXT    NOT NULL,
    total_price          INTEGER NOT NULL CHECK (total_price >= 0),
    status               TEXT    NOT NULL CHECK (status IN ('pending', 'paid', 'confirmed', 'shipped', 'completed', 'cancelled')),
    steps_done           TEXT    NOT NULL DEFAULT '',
    failure_reason       TEXT    NULL,
    workflow_id          TEXT    NULL,
    card_token           TEXT    NOT NULL,
    idempotency_key      TEXT    NULL,
    request_fingerprint  TEXT    NOT NULL,
    version              INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    CONSTRAINT book_order_idempotency UNIQUE (user_id, idempotency_key)
);

CREATE INDEX book_order_user ON book_order (user_id, created_at);
CREATE INDEX book_order_status ON book_order (status, created_at);

CREATE TABLE book_order_item (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id    INTEGER NOT NULL REFERENCES book_order (id),
    book_id     INTEGER NOT NULL,
    title       TEXT    NOT NULL,
    unit_price  INTEGER NOT NULL CHECK (unit_price >= 0),
    quantity    INTEGER NOT NULL CHECK (quantity >= 1),
    CONSTRAINT book_order_item_line UNIQUE (order_id, book_id)
);
