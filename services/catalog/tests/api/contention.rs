//! A busy database, as clients see it: the generated router and the gRPC services over a
//! catalog whose database a second session keeps locked. A write that stays locked out is a 503
//! problem+json with `Retry-After` and stores nothing; a read that cannot get at the data is
//! gRPC `UNAVAILABLE`. Never a 500 or `INTERNAL`: the request was sound.
//!
//! The server is assembled here rather than by `spawn_app`, because the tests need their own
//! pool settings (no SQLite busy timeout, an immediate MySQL lock wait timeout, one connection)
//! and a second connection to the same database.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use catalog::application::port::openapi::router::router;
use catalog::application::port::pb::bookstore::catalog::v1::{GetBookRequest, GetBookResponse};
use catalog::application::port::pb::server;
use catalog::application::usecase::Catalog;
use catalog::infrastructure::adapter::db::{SqlCatalog, migrations};
use openapi_runtime::auth::BoxFuture;
use openapi_runtime::{AuthError, Authenticator, Principal};
use service_kit::db::TestMySql;
use sqlx::mysql::{MySqlConnection, MySqlPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions};
use sqlx::{ConnectOptions, Connection};
use tokio_stream::wrappers::TcpListenerStream;
use tonic::Code;

use crate::books::{NEW_ISBN, new_book};
use crate::common::grpc::{call, channel};
use crate::common::{FakeStock, STOCK};

/// Every bearer token is staff: authentication is not what these tests are about.
struct AnyTokenIsStaff;

impl Authenticator for AnyTokenIsStaff {
    fn authenticate<'a>(&'a self, _token: &'a str) -> BoxFuture<'a, Result<Principal, AuthError>> {
        Box::pin(async {
            Ok(Principal {
                subject: "staff".to_owned(),
                roles: BTreeSet::from(["manage".to_owned()]),
                ..Principal::default()
            })
        })
    }
}

/// The catalog on `store`, serving REST and gRPC on ephemeral ports until the test ends.
struct Served {
    base_url: String,
    grpc_url: String,
    http: reqwest::Client,
}

async fn serve(store: SqlCatalog) -> Served {
    let catalog = Arc::new(Catalog::new(store, FakeStock(Some(STOCK))));
    let http = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind HTTP");
    let base_url = format!("http://{}", http.local_addr().expect("address"));
    let app = router(Arc::clone(&catalog), Arc::new(AnyTokenIsStaff));
    tokio::spawn(async move { axum::serve(http, app).await });
    let grpc = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind gRPC");
    let grpc_url = format!("http://{}", grpc.local_addr().expect("address"));
    let routes = server::routes(catalog);
    tokio::spawn(
        tonic::transport::Server::builder()
            .add_routes(routes)
            .serve_with_incoming(TcpListenerStream::new(grpc)),
    );
    Served {
        base_url,
        grpc_url,
        http: reqwest::Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .expect("HTTP client"),
    }
}

impl Served {
    async fn create_book(&self, isbn: &str) -> reqwest::Response {
        self.http
            .post(format!("{}/api/v1/books", self.base_url))
            .bearer_auth("staff")
            .json(&new_book(isbn))
            .send()
            .await
            .expect("POST /api/v1/books")
    }

    async fn book_total(&self) -> i64 {
        let page: serde_json::Value = self
            .http
            .get(format!("{}/api/v1/books", self.base_url))
            .send()
            .await
            .expect("GET /api/v1/books")
            .json()
            .await
            .expect("a book page");
        page["total"].as_i64().expect("total")
    }
}

/// 503, problem+json, `Retry-After`, and a body that says to try again without internals.
async fn assert_busy(response: reqwest::Response) {
    assert_eq!(response.status(), 503);
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    assert_eq!(
        header("content-type").as_deref(),
        Some("application/problem+json")
    );
    let retry_after = header("retry-after").expect("a Retry-After header");
    assert!(retry_after.parse::<u32>().is_ok(), "{retry_after}");
    let problem: serde_json::Value = response.json().await.expect("a problem body");
    assert_eq!(problem["status"], 503);
    let detail = problem["detail"].as_str().unwrap_or_default().to_owned();
    assert!(detail.contains("try again"), "{detail}");
    for internal in ["lock", "Lock", "SQL", "sqlite", "database is locked"] {
        assert!(!detail.contains(internal), "{detail}");
    }
}

/// A SQLite file in the temp directory, migrated; deleted with its journal files on drop.
struct SqliteFile {
    path: PathBuf,
}

impl SqliteFile {
    /// `journal` as the file is to run: WAL as the service runs it, or the rollback journal
    /// in which a writer finishing its commit shuts readers out too.
    async fn create(journal: SqliteJournalMode) -> Self {
        let path = std::env::temp_dir().join(format!(
            "catalog-api-contention-{}.db",
            uuid::Uuid::new_v4().simple()
        ));
        let this = Self { path };
        let pool = SqlitePoolOptions::new()
            .max_connections(1)
            .connect_with(this.options().journal_mode(journal))
            .await
            .expect("create the SQLite file");
        migrations::SQLITE.run(&pool).await.expect("migrate SQLite");
        pool.close().await;
        this
    }

    /// No busy timeout: a locked file answers `SQLITE_BUSY` at once, so the tests do not wait.
    fn options(&self) -> SqliteConnectOptions {
        SqliteConnectOptions::new()
            .filename(&self.path)
            .create_if_missing(true)
            .foreign_keys(true)
            .busy_timeout(Duration::ZERO)
    }

    async fn store(&self) -> SqlCatalog {
        let pool = SqlitePoolOptions::new()
            .max_connections(2)
            .connect_with(self.options())
            .await
            .expect("open SQLite");
        SqlCatalog::sqlite(pool)
    }

    async fn lock(&self, statement: &str) -> sqlx::SqliteConnection {
        let mut holder = self.options().connect().await.expect("second connection");
        sqlx::raw_sql(statement)
            .execute(&mut holder)
            .await
            .expect("take the lock");
        holder
    }
}

impl Drop for SqliteFile {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut path = self.path.clone().into_os_string();
            path.push(suffix);
            let _ = std::fs::remove_file(path);
        }
    }
}

#[tokio::test]
async fn sqlite_a_write_locked_out_is_a_503_with_retry_after_and_stores_nothing() {
    let file = SqliteFile::create(SqliteJournalMode::Wal).await;
    let served = serve(file.store().await).await;
    let before = served.book_total().await;

    let mut holder = file.lock("BEGIN IMMEDIATE").await;
    assert_busy(served.create_book(NEW_ISBN).await).await;
    sqlx::raw_sql("ROLLBACK")
        .execute(&mut holder)
        .await
        .expect("release");

    assert_eq!(served.book_total().await, before);
    assert_eq!(served.create_book(NEW_ISBN).await.status(), 201);
    assert_eq!(served.book_total().await, before + 1);
}

#[tokio::test]
async fn mysql_a_write_locked_out_is_a_503_with_retry_after_and_stores_nothing() {
    let Some(db) = TestMySql::create(Some(&catalog::app::MIGRATIONS))
        .await
        .expect("create a MySQL test database")
    else {
        return;
    };
    // Sessions that give up on a row lock at once instead of after 50 s.
    let pool = db.impatient_pool(2).await.expect("connect");
    let served = serve(SqlCatalog::mysql(pool)).await;
    let before = served.book_total().await;

    // The new book credits authors 5 and 1; crediting 1 needs its row, held here. By then the
    // book row is written, so only a rollback keeps it from being stored without its credits.
    let mut holder = MySqlConnection::connect(&db.url())
        .await
        .expect("second session");
    sqlx::raw_sql("START TRANSACTION; SELECT id FROM author WHERE id = 1 FOR UPDATE")
        .execute(&mut holder)
        .await
        .expect("lock author 1");
    assert_busy(served.create_book(NEW_ISBN).await).await;
    sqlx::raw_sql("ROLLBACK")
        .execute(&mut holder)
        .await
        .expect("release");

    assert_eq!(served.book_total().await, before);
    let credits: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM book_author")
        .fetch_one(&mut holder)
        .await
        .expect("count credits");
    assert_eq!(credits, 7, "the seed's credits and no more");
    assert_eq!(served.create_book(NEW_ISBN).await.status(), 201);
    assert_eq!(served.book_total().await, before + 1);
    db.drop_database().await.expect("drop the test database");
}

/// With a rollback journal, a session holding an EXCLUSIVE lock keeps readers out as well: the
/// read answers `UNAVAILABLE` over gRPC (and 503 over REST), then works once the lock is gone.
#[tokio::test]
async fn sqlite_a_read_shut_out_by_a_writer_is_unavailable_over_grpc_and_503_over_rest() {
    let file = SqliteFile::create(SqliteJournalMode::Delete).await;
    let served = serve(file.store().await).await;
    let ch = channel(&served.grpc_url).await;
    let get_book = || {
        call::<_, GetBookResponse>(
            &ch,
            "/bookstore.catalog.v1.BookService/GetBook",
            GetBookRequest { id: 1 },
        )
    };

    let mut holder = file.lock("BEGIN EXCLUSIVE").await;
    let status = get_book().await.expect_err("the database is locked");
    assert_eq!(status.code(), Code::Unavailable, "{status:?}");
    assert!(!status.message().contains("locked"), "{}", status.message());
    let rest = served
        .http
        .get(format!("{}/api/v1/books/1", served.base_url))
        .send()
        .await
        .expect("GET /api/v1/books/1");
    assert_busy(rest).await;
    sqlx::raw_sql("ROLLBACK")
        .execute(&mut holder)
        .await
        .expect("release");

    let book = get_book().await.expect("readable once the lock is gone");
    assert_eq!(book.book.map(|b| b.id), Some(1));
}

/// Every connection of the pool taken: a read waits the acquire timeout, then answers
/// `UNAVAILABLE`, not `INTERNAL`.
#[tokio::test]
async fn mysql_a_read_with_no_connection_free_is_unavailable_over_grpc() {
    let Some(db) = TestMySql::create(Some(&catalog::app::MIGRATIONS))
        .await
        .expect("create a MySQL test database")
    else {
        return;
    };
    let pool = MySqlPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(Duration::from_millis(200))
        .connect(&db.url())
        .await
        .expect("connect");
    let served = serve(SqlCatalog::mysql(pool.clone())).await;
    let ch = channel(&served.grpc_url).await;
    let get_book = || {
        call::<_, GetBookResponse>(
            &ch,
            "/bookstore.catalog.v1.BookService/GetBook",
            GetBookRequest { id: 1 },
        )
    };

    let taken = pool.acquire().await.expect("the pool's one connection");
    let status = get_book().await.expect_err("no connection is free");
    assert_eq!(status.code(), Code::Unavailable, "{status:?}");
    drop(taken);

    let book = get_book()
        .await
        .expect("readable once a connection is free");
    assert_eq!(book.book.map(|b| b.id), Some(1));
    db.drop_database().await.expect("drop the test database");
}
