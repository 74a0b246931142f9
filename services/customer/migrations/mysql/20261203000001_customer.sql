-- Wishlists, point balances with their ledger, and the customers being deleted. Kept in step
-- with migrations/sqlite. Users themselves live at identity; user_id is their subject.

CREATE TABLE wishlist (
    user_id     VARCHAR(36)  NOT NULL,
    book_id     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (user_id, book_id),
    CONSTRAINT wishlist_book CHECK (book_id > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX wishlist_added ON wishlist (user_id, created_at);

-- The balance is kept in step with point_transaction in the same database transaction, by a
-- guarded update that never takes it below zero (the CHECK is the last line of defence).
CREATE TABLE point (
    user_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    balance     BIGINT       NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT point_balance CHECK (balance >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE point_transaction (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id          VARCHAR(36)   NOT NULL,
    delta            INT           NOT NULL,
    reason           VARCHAR(800)  NOT NULL,
    balance_after    BIGINT        NOT NULL,
    created_by       VARCHAR(255)  NOT NULL,
    -- Compared exactly: `Key-1` and `key-1` are two keys.
    idempotency_key  VARCHAR(255)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL,
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    CONSTRAINT point_transaction_key UNIQUE (user_id, idempotency_key),
    CONSTRAINT point_transaction_delta CHECK (delta <> 0),
    CONSTRAINT point_transaction_balance CHECK (balance_after >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX point_transaction_user ON point_transaction (user_id, created_at);

-- A customer whose data here was erased; identity's account goes next. A retried delete finds
-- the row and counts an account identity no longer has as deleted.
CREATE TABLE deleted_customer (
    user_id     VARCHAR(36)  NOT NULL PRIMARY KEY,
    created_at  DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
