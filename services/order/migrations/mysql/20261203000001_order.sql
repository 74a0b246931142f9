-- Orders and their lines. Kept in step with migrations/sqlite.
--   * money is DECIMAL(10,2).
--   * steps_done lists the saga steps done, comma-separated, in order.
--   * (user_id, idempotency_key) is unique: a key is the user's own; NULL keys never clash.
--     Keys compare exactly (binary collation), as on SQLite.

CREATE TABLE book_order (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id              CHAR(36)      NOT NULL,
    total_price          DECIMAL(10,2) NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    steps_done           VARCHAR(255)  NOT NULL DEFAULT '',
    failure_reason       VARCHAR(1024) NULL,
    workflow_id          VARCHAR(128)  NULL,
    card_token           VARCHAR(128)  NOT NULL,
    idempotency_key      VARCHAR(255)  COLLATE utf8mb4_bin NULL,
    request_fingerprint  VARCHAR(2048) NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    CONSTRAINT book_order_idempotency UNIQUE (user_id, idempotency_key),
    CONSTRAINT ck_book_order_total CHECK (total_price >= 0),
    CONSTRAINT ck_book_order_status CHECK (status IN ('pending', 'paid', 'confirmed', 'shipped', 'completed', 'cancelled')),
    INDEX book_order_user (user_id, created_at),
    INDEX book_order_status (status, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE book_order_item (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id    BIGINT        NOT NULL,
    book_id     BIGINT        NOT NULL,
    title       VARCHAR(512)  NOT NULL,
    unit_price  DECIMAL(10,2) NOT NULL,
    quantity    INT           NOT NULL,
    CONSTRAINT book_order_item_line UNIQUE (order_id, book_id),
    CONSTRAINT fk_book_order_item_order FOREIGN KEY (order_id) REFERENCES book_order (id),
    CONSTRAINT ck_book_order_item_price CHECK (unit_price >= 0),
    CONSTRAINT ck_book_order_item_quantity CHECK (quantity >= 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
