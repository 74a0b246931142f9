//! The embedded migrations, one set per dialect, kept in step (a test compares the resulting
//! tables and columns).

use sqlx::migrate::Migrator;

/// Schema and seed data for SQLite.
pub static SQLITE: Migrator = sqlx::migrate!("./migrations/sqlite");

/// Schema and seed data for MySQL and MariaDB.
pub static MYSQL: Migrator = sqlx::migrate!("./migrations/mysql");
