//! SQLite files, in-memory SQLite and throw-away MariaDB databases.

use service_kit::config::{ConfigSources, LoadedConfig, database_url};
use service_kit::db::TestMySql;
use service_kit::{Database, Service};

use crate::common::migrations;

async fn insert_and_count(database: &Database) -> i64 {
    match database {
        Database::Sqlite(pool) => {
            sqlx::query("INSERT INTO books (id, title) VALUES (?, ?)")
                .bind("b1")
                .bind("Dune")
                .execute(pool)
                .await
                .unwrap();
            sqlx::query_scalar("SELECT COUNT(*) FROM books")
                .fetch_one(pool)
                .await
                .unwrap()
        }
        Database::MySql(pool) => {
            sqlx::query("INSERT INTO books (id, title) VALUES (?, ?)")
                .bind("b1")
                .bind("Dune")
                .execute(pool)
                .await
                .unwrap();
            sqlx::query_scalar("SELECT COUNT(*) FROM books")
                .fetch_one(pool)
                .await
                .unwrap()
        }
    }
}

#[tokio::test]
async fn the_default_database_is_a_sqlite_file_created_under_the_data_dir() {
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("not").join("there").join("yet");
    let sources = ConfigSources {
        env: vec![("DATA_DIR".to_owned(), data_dir.display().to_string())],
        ..Default::default()
    };
    let config = LoadedConfig::load(Service::Inventory, &sources)
        .unwrap()
        .runtime()
        .unwrap();
    let database = Database::connect(&database_url(&config, Service::Inventory))
        .await
        .unwrap();
    database.migrate(&migrations()).await.unwrap();
    assert_eq!(database.dialect(), "sqlite");
    assert_eq!(insert_and_count(&database).await, 1);
    database.close().await;
    assert!(
        data_dir.join("inventory.db").is_file(),
        "the file exists after first run"
    );

    // A second start reuses the file and its data; migrations are not re-applied.
    let database = Database::connect(&database_url(&config, Service::Inventory))
        .await
        .unwrap();
    database.migrate(&migrations()).await.unwrap();
    let Database::Sqlite(pool) = &database else {
        panic!("sqlite expected")
    };
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM books")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(count, 1);
    database.ping().await.unwrap();
}

#[tokio::test]
async fn an_in_memory_database_keeps_its_data_for_the_life_of_the_pool() {
    let database = Database::memory().await.unwrap();
    database.migrate(&migrations()).await.unwrap();
    assert_eq!(insert_and_count(&database).await, 1);
    // Separate acquisitions must see the same database, not a fresh one each.
    let Database::Sqlite(pool) = &database else {
        panic!("sqlite expected")
    };
    for _ in 0..3 {
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM books")
            .fetch_one(pool)
            .await
            .unwrap();
        assert_eq!(count, 1);
    }
}

#[tokio::test]
async fn an_unsupported_url_is_refused() {
    let err = Database::connect(&service_kit::Secret::new("postgres://x@y/z".to_owned()))
        .await
        .unwrap_err();
    assert!(matches!(err, service_kit::db::DbError::UnsupportedScheme));
}

#[tokio::test]
async fn a_mysql_test_database_is_created_migrated_and_dropped() {
    let Some(test_db) = TestMySql::create(Some(&migrations()))
        .await
        .expect("MariaDB test database")
    else {
        return; // Unreachable outside CI: the notice was printed.
    };
    let name = test_db.name().to_owned();
    assert_eq!(test_db.database().dialect(), "mysql");
    assert_eq!(insert_and_count(test_db.database()).await, 1);
    test_db.database().ping().await.unwrap();
    test_db.drop_database().await.unwrap();

    let admin = sqlx::MySqlPool::connect("mysql://root@127.0.0.1:3306")
        .await
        .unwrap();
    let left: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?",
    )
    .bind(&name)
    .fetch_one(&admin)
    .await
    .unwrap();
    assert_eq!(left, 0, "{name} is dropped");
}

#[tokio::test]
async fn a_forgotten_mysql_test_database_is_dropped_on_drop() {
    let Some(test_db) = TestMySql::create(None)
        .await
        .expect("MariaDB test database")
    else {
        return;
    };
    let name = test_db.name().to_owned();
    drop(test_db);
    let admin = sqlx::MySqlPool::connect("mysql://root@127.0.0.1:3306")
        .await
        .unwrap();
    let left: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?",
    )
    .bind(&name)
    .fetch_one(&admin)
    .await
    .unwrap();
    assert_eq!(left, 0, "{name} is dropped");
}

#[tokio::test]
async fn the_database_is_a_readiness_check() {
    use service_kit::ReadinessCheck;
    let database = Database::memory().await.unwrap();
    assert_eq!(database.name(), "database");
    assert!(database.check().await.is_ok());
    database.close().await;
    assert!(
        database.check().await.is_err(),
        "a closed pool is not ready"
    );
}

#[tokio::test]
async fn a_test_database_is_dropped_even_while_a_transaction_holds_it() {
    let Some(test_db) = TestMySql::create(Some(&migrations()))
        .await
        .expect("MariaDB test database")
    else {
        return;
    };
    let name = test_db.name().to_owned();
    assert!(name.starts_with("test_"), "{name}");
    let Database::MySql(pool) = test_db.database().clone() else {
        panic!("mysql expected")
    };
    // A transaction left open on a clone of the pool holds a metadata lock on the table.
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("INSERT INTO books (id, title) VALUES ('b9', 'Open')")
        .execute(&mut *tx)
        .await
        .unwrap();
    let started = std::time::Instant::now();
    drop(test_db);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(9),
        "the drop did not wait on the lock"
    );
    drop(tx);
    let admin = sqlx::MySqlPool::connect("mysql://root@127.0.0.1:3306")
        .await
        .unwrap();
    let left: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?",
    )
    .bind(&name)
    .fetch_one(&admin)
    .await
    .unwrap();
    assert_eq!(left, 0, "{name} is dropped");
}

/// Pooled MySQL connections are not pinged on every checkout (a round trip each), only after
/// a quiet spell: a connection the server closed while it sat idle is then replaced before
/// anyone uses it, instead of failing the next statement.
#[tokio::test]
async fn a_mysql_connection_killed_while_idle_is_replaced_before_use() {
    let Some(test_db) = TestMySql::create(None)
        .await
        .expect("MariaDB test database")
    else {
        return; // Unreachable outside CI: the notice was printed.
    };
    let Database::MySql(pool) = test_db.database().clone() else {
        unreachable!("a MySQL test database")
    };
    // One connection in the pool, so the next checkout gets the one that is killed.
    let first: u64 = sqlx::query_scalar("SELECT CONNECTION_ID()")
        .fetch_one(&pool)
        .await
        .unwrap();
    while pool.size() > 1 {
        pool.acquire().await.unwrap().detach();
    }
    let admin = sqlx::MySqlPool::connect("mysql://root@127.0.0.1:3306")
        .await
        .unwrap();
    sqlx::query(&format!("KILL CONNECTION {first}"))
        .execute(&admin)
        .await
        .unwrap();
    // Idle long enough to be pinged; the wait is the behaviour under test, not a sync point.
    tokio::time::sleep(
        service_kit::db::MYSQL_PING_WHEN_IDLE_FOR + std::time::Duration::from_millis(200),
    )
    .await;
    let next: u64 = sqlx::query_scalar("SELECT CONNECTION_ID()")
        .fetch_one(&pool)
        .await
        .expect("a working connection in place of the killed one");
    assert_ne!(next, first);
    test_db.drop_database().await.unwrap();
}
