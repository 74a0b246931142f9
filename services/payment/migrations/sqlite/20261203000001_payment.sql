-- Payments (one per order) and the simulated card gateway's vault and charge ledger. Kept in
-- step with migrations/mysql.
--   * amount holds integer cents: SQLite has no exact decimal type (a DECIMAL column would store
--     a binary float). MySQL uses DECIMAL(10,2).
--   * The simulated gateway's tables never hold a card number: only the token, the brand, the
--     last four digits and the behaviour derived from the number when it was tokenized.

CREATE TABLE payment (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id        INTEGER NOT NULL,
    user_id         TEXT    NOT NULL,
    type            TEXT    NOT NULL CHECK (type IN ('card')),
    card_brand      TEXT    NOT NULL,
    card_last_four  TEXT    NOT NULL,
    amount          INTEGER NOT NULL CHECK (amount > 0),
    status          TEXT    NOT NULL CHECK (status IN ('paid', 'refunded', 'declined')),
    failure_reason  TEXT,
    paid_at         TEXT,
    refunded_at     TEXT,
    version         INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    CONSTRAINT payment_order UNIQUE (order_id)
);

CREATE INDEX payment_user ON payment (user_id, created_at);

CREATE TABLE sim_gateway_card (
    token               TEXT    NOT NULL PRIMARY KEY,
    customer            TEXT    NOT NULL,
    brand               TEXT    NOT NULL,
    last_four           TEXT    NOT NULL,
    behaviour           TEXT    NOT NULL CHECK (behaviour IN ('approve', 'decline', 'flaky')),
    transient_failures  INTEGER NOT NULL DEFAULT 0 CHECK (transient_failures >= 0),
    created_at          TEXT    NOT NULL
);

-- One row per order (idempotency key): its charge, or a void written by a refund that found no
-- charge, so that a charge arriving later is refused.
CREATE TABLE sim_gateway_charge (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key  INTEGER NOT NULL,
    token            TEXT    NOT NULL,
    amount_cents     INTEGER NOT NULL,
    refunded         INTEGER NOT NULL DEFAULT 0,
    voided           INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT    NOT NULL,
    CONSTRAINT sim_gateway_charge_key UNIQUE (idempotency_key)
);
