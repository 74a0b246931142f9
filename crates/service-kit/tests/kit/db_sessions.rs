//! The session settings every pooled MySQL/MariaDB connection starts with.

use service_kit::db::{MYSQL_LOCK_WAIT_TIMEOUT, TestMySql};
use service_kit::{Database, Secret};
use sqlx::MySqlPool;

/// `@@innodb_lock_wait_timeout` of `connections` connections held at once, so each is a
/// separate session (the pool opens a new one for every checkout while the others are out).
async fn lock_waits(pool: &MySqlPool, connections: usize) -> Vec<u64> {
    let mut held = Vec::new();
    let mut waits = Vec::new();
    for _ in 0..connections {
        let mut conn = pool.acquire().await.expect("a pooled connection");
        let wait: u64 = sqlx::query_scalar("SELECT @@SESSION.innodb_lock_wait_timeout")
            .fetch_one(&mut *conn)
            .await
            .expect("read the session's lock wait");
        waits.push(wait);
        held.push(conn);
    }
    waits
}

#[tokio::test]
async fn every_pooled_mysql_connection_waits_for_row_locks_only_briefly() {
    let Some(test_db) = TestMySql::create(None)
        .await
        .expect("MariaDB test database")
    else {
        return; // Unreachable outside CI: the notice was printed.
    };
    let configured = MYSQL_LOCK_WAIT_TIMEOUT.as_secs();

    // As a service opens it, from its database URL.
    let database = Database::connect(&Secret::new(test_db.url()))
        .await
        .expect("connect as a service does");
    let Database::MySql(pool) = &database else {
        panic!("a mysql:// URL opens MySQL")
    };
    assert_eq!(lock_waits(pool, 3).await, [configured; 3]);
    database.close().await;

    // Tests' databases stand in for a service's, so they start the same way.
    let Database::MySql(pool) = test_db.database() else {
        panic!("TestMySql opens MySQL")
    };
    assert_eq!(lock_waits(pool, 3).await, [configured; 3]);
    test_db
        .drop_database()
        .await
        .expect("drop the test database");
}
