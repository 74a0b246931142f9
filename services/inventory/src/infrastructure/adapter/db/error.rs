//! sqlx errors mapped onto [`RepoError`], so no SQL detail leaks past the adapter.

use anyhow::anyhow;
use service_kit::db::WriteFailure;

use crate::application::port::repo::RepoError;

/// Map a sqlx error raised while doing `operation`, as the kit's [`WriteFailure`] classifies it.
///
/// Deadlocks, lock wait timeouts, a busy SQLite file and an exhausted pool all mean "the
/// database is busy"; how often the transaction is run again is decided by the retry from the
/// sqlx error kept as the source. A failed CHECK constraint is told apart on every database,
/// MariaDB's own error number (4025) included.
pub(crate) fn db_error(operation: &'static str, err: sqlx::Error) -> RepoError {
    match WriteFailure::of(&err) {
        Some(WriteFailure::Busy(_)) => RepoError::Contention(Box::new(err)),
        Some(WriteFailure::Duplicate) => {
            RepoError::Duplicate(format!("{operation}: a unique key is taken"))
        }
        Some(WriteFailure::ForeignKey) => {
            RepoError::Conflict(format!("{operation}: other rows still refer to this one"))
        }
        Some(WriteFailure::Check) => {
            RepoError::Conflict(format!("{operation}: a stored rule refused the values"))
        }
        None => RepoError::Unexpected(anyhow!(err).context(operation)),
    }
}

/// What `with_conn!` maps a failure to begin a lazy read's transaction (or to check out a
/// connection for a single statement) to.
pub(crate) fn begin_read(err: sqlx::Error) -> RepoError {
    db_error("begin a read", err)
}

/// A column held a value the domain refuses: the data is corrupt, not the request.
pub(crate) fn corrupt(
    operation: &'static str,
    err: impl std::error::Error + Send + Sync + 'static,
) -> RepoError {
    RepoError::Unexpected(anyhow!(err).context(operation))
}

#[cfg(test)]
mod tests {
    use service_kit::db::sql::now;
    use service_kit::db::{Contention, Database, TestMySql};
    use sqlx::mysql::MySqlDatabaseError;

    use app_kit::AppError;

    use super::*;
    use crate::infrastructure::adapter::db::MIGRATIONS;

    /// The use cases' retry reads the kind of busy from the sqlx error, so it must survive
    /// both wrappings: an exhausted pool ends as busy (503) and is not queued for again.
    #[test]
    fn an_exhausted_pool_is_busy_and_keeps_its_cause_for_the_retry() {
        let err = AppError::from(db_error("begin a write", sqlx::Error::PoolTimedOut));
        assert!(matches!(err, AppError::Busy(_)), "{err:?}");
        assert_eq!(Contention::in_chain(&err), Some(Contention::PoolExhausted));
    }

    /// A warehouse without capacity, which the domain never writes: only the CHECK refuses it.
    async fn insert_a_warehouse_without_capacity(database: &Database) -> sqlx::Error {
        const INSERT: &str = "INSERT INTO warehouse \
             (name, address, capacity, created_at, updated_at) \
             VALUES ('Empty', 'Nowhere 1', 0, ?, ?)";
        let result = match database {
            Database::Sqlite(pool) => sqlx::query(INSERT)
                .bind(now())
                .bind(now())
                .execute(pool)
                .await
                .map(drop),
            Database::MySql(pool) => sqlx::query(INSERT)
                .bind(now())
                .bind(now())
                .execute(pool)
                .await
                .map(drop),
        };
        result.expect_err("the capacity CHECK refuses 0")
    }

    fn is_refused_by_a_stored_rule(err: &RepoError) -> bool {
        matches!(err, RepoError::Conflict(detail) if detail.contains("a stored rule refused"))
    }

    /// MariaDB reports a failed CHECK as error 4025 (MySQL: 3819) with SQLSTATE 23000; sqlx's
    /// `kind()` knows both numbers, so no list of codes of our own is needed.
    #[tokio::test]
    async fn a_failed_check_constraint_on_mysql_is_a_conflict_not_a_fault() {
        let Some(db) = TestMySql::create(Some(&MIGRATIONS))
            .await
            .expect("a MySQL test database")
        else {
            return;
        };
        let err = insert_a_warehouse_without_capacity(db.database()).await;
        let number = err
            .as_database_error()
            .and_then(|e| e.try_downcast_ref::<MySqlDatabaseError>())
            .map(MySqlDatabaseError::number);
        assert!(matches!(number, Some(4025 | 3819)), "{err:?}");
        let mapped = db_error("add a warehouse", err);
        assert!(is_refused_by_a_stored_rule(&mapped), "{mapped:?}");
        db.drop_database().await.expect("drop the test database");
    }

    #[tokio::test]
    async fn a_failed_check_constraint_on_sqlite_is_a_conflict_not_a_fault() {
        let database = Database::memory().await.expect("in-memory SQLite");
        database.migrate(&MIGRATIONS).await.expect("migrate");
        let mapped = db_error(
            "add a warehouse",
            insert_a_warehouse_without_capacity(&database).await,
        );
        assert!(is_refused_by_a_stored_rule(&mapped), "{mapped:?}");
    }
}
