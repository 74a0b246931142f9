-- Warehouses, stock per (book, warehouse) and orders' reservations. Kept in step with
-- migrations/sqlite (a test compares the tables and columns both produce).

CREATE TABLE warehouse (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    address     VARCHAR(500) NOT NULL,
    capacity    INT          NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT warehouse_name UNIQUE (name),
    CONSTRAINT warehouse_capacity CHECK (capacity >= 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stock (
    id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    book_id            BIGINT      NOT NULL,
    warehouse_id       BIGINT      NOT NULL,
    quantity           INT         NOT NULL,
    reserved_quantity  INT         NOT NULL DEFAULT 0,
    version            BIGINT      NOT NULL DEFAULT 0,
    created_at         DATETIME(6) NOT NULL,
    updated_at         DATETIME(6) NOT NULL,
    CONSTRAINT stock_book_warehouse UNIQUE (book_id, warehouse_id),
    CONSTRAINT stock_warehouse_fk FOREIGN KEY (warehouse_id) REFERENCES warehouse (id),
    CONSTRAINT stock_quantities CHECK (reserved_quantity >= 0 AND quantity >= reserved_quantity),
    INDEX stock_warehouse (warehouse_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE reservation (
    id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id      BIGINT      NOT NULL,
    book_id       BIGINT      NOT NULL,
    warehouse_id  BIGINT      NOT NULL,
    quantity      INT         NOT NULL,
    state         VARCHAR(16) NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    created_at    DATETIME(6) NOT NULL,
    updated_at    DATETIME(6) NOT NULL,
    CONSTRAINT reservation_line UNIQUE (order_id, book_id, warehouse_id),
    CONSTRAINT reservation_quantity CHECK (quantity >= 1),
    CONSTRAINT reservation_state CHECK (state IN ('reserved', 'released', 'committed'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
