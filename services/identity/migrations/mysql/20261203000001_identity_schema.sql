-- Identity's tables for the built-in issuer (MySQL 8 / MariaDB 10.11). Kept in step with
-- ../sqlite: same tables, same columns. Emails are stored lower-cased. (A _bin collation would
-- make sqlx read the text columns as binary.)

CREATE TABLE app_user (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    email          VARCHAR(254) NOT NULL,
    first_name     VARCHAR(100) NOT NULL,
    last_name      VARCHAR(100) NOT NULL,
    phone          VARCHAR(20)  NULL,
    -- argon2id in PHC string form (algorithm, parameters, salt and hash)
    password_hash  VARCHAR(255) NOT NULL,
    -- realm roles, space-separated (`profile order view`, `manage`)
    roles          VARCHAR(100) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uq_app_user_email UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- RS256 signing keys. The newest unretired key signs; a retired key is still published in the
-- JWKS until `verify_until`, when every token it signed has expired.
CREATE TABLE signing_key (
    kid            VARCHAR(64)    NOT NULL PRIMARY KEY,
    private_key    VARBINARY(4096) NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    retired_at     DATETIME(6)    NULL,
    verify_until   DATETIME(6)    NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A sign-in and the refresh tokens that continue it.
CREATE TABLE session (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    user_id        CHAR(36)     NOT NULL,
    client_id      VARCHAR(64)  NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    revoked_at     DATETIME(6)  NULL,
    CONSTRAINT fk_session_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every refresh token issued, by the SHA-256 of its value (the value itself is never stored).
-- `used_at` is set when it is exchanged; presenting it again revokes its session.
CREATE TABLE refresh_token (
    token_hash     CHAR(64)     NOT NULL PRIMARY KEY,
    session_id     CHAR(36)     NOT NULL,
    expires_at     DATETIME(6)  NOT NULL,
    used_at        DATETIME(6)  NULL,
    CONSTRAINT fk_refresh_token_session FOREIGN KEY (session_id) REFERENCES session (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
