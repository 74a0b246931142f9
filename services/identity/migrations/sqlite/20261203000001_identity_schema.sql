-- Identity's tables for the built-in issuer (SQLite). Kept in step with ../mysql: same tables,
-- same columns; timestamps are RFC 3339 text. Emails are stored lower-cased.

CREATE TABLE app_user (
    id             TEXT    NOT NULL PRIMARY KEY,
    email          TEXT    NOT NULL UNIQUE,
    first_name     TEXT    NOT NULL,
    last_name      TEXT    NOT NULL,
    phone          TEXT    NULL,
    password_hash  TEXT    NOT NULL,
    roles          TEXT    NOT NULL,
    version        INTEGER NOT NULL DEFAULT 0,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
);

CREATE TABLE signing_key (
    kid            TEXT    NOT NULL PRIMARY KEY,
    private_key    BLOB    NOT NULL,
    created_at     TEXT    NOT NULL,
    retired_at     TEXT    NULL,
    verify_until   TEXT    NULL
);

CREATE TABLE session (
    id             TEXT    NOT NULL PRIMARY KEY,
    user_id        TEXT    NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    client_id      TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    expires_at     TEXT    NOT NULL,
    revoked_at     TEXT    NULL
);

CREATE TABLE refresh_token (
    token_hash     TEXT    NOT NULL PRIMARY KEY,
    session_id     TEXT    NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    expires_at     TEXT    NOT NULL,
    used_at        TEXT    NULL
);
