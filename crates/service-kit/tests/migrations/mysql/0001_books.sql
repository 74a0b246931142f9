-- Test-only schema for the database tests.
CREATE TABLE books (
    id VARCHAR(36) PRIMARY KEY NOT NULL,
    title VARCHAR(200) NOT NULL
);
