-- Payments (one per order) and the simulated card gateway's vault and charge ledger. Kept in
-- step with migrations/sqlite (there amount holds integer cents).
-- The simulated gateway's tables never hold a card number: only the token, the brand, the last
-- four digits and the behaviour derived from the number when it was tokenized.

CREATE TABLE payment (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id        BIGINT        NOT NULL,
    user_id         VARCHAR(36)   NOT NULL,
    type            VARCHAR(16)   NOT NULL,
    card_brand      VARCHAR(32)   NOT NULL,
    card_last_four  VARCHAR(4)    NOT NULL,
    amount          DECIMAL(10,2) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    failure_reason  VARCHAR(500)  NULL,
    paid_at         DATETIME(6)   NULL,
    refunded_at     DATETIME(6)   NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    CONSTRAINT payment_order UNIQUE (order_id),
    CONSTRAINT payment_type CHECK (type IN ('card')),
    CONSTRAINT payment_amount CHECK (amount > 0),
    CONSTRAINT payment_status CHECK (status IN ('paid', 'refunded', 'declined'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX payment_user ON payment (user_id, created_at);

CREATE TABLE sim_gateway_card (
    token               VARCHAR(68)  NOT NULL PRIMARY KEY,
    customer            VARCHAR(36)  NOT NULL,
    brand               VARCHAR(32)  NOT NULL,
    last_four           VARCHAR(4)   NOT NULL,
    behaviour           VARCHAR(16)  NOT NULL,
    transient_failures  INT          NOT NULL DEFAULT 0,
    created_at          DATETIME(6)  NOT NULL,
    CONSTRAINT sim_gateway_card_behaviour CHECK (behaviour IN ('approve', 'decline', 'flaky')),
    CONSTRAINT sim_gateway_card_failures CHECK (transient_failures >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per order (idempotency key): its charge, or a void written by a refund that found no
-- charge, so that a charge arriving later is refused.
CREATE TABLE sim_gateway_charge (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    idempotency_key  BIGINT       NOT NULL,
    token            VARCHAR(68)  NOT NULL,
    amount_cents     BIGINT       NOT NULL,
    refunded         TINYINT      NOT NULL DEFAULT 0,
    voided           TINYINT      NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT sim_gateway_charge_key UNIQUE (idempotency_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
