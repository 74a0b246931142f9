//! The built-in issuer's storage on sqlx, for SQLite and MySQL/MariaDB: users with their
//! password hashes, signing keys, sessions and refresh tokens.
//!
//! Every statement is written once and expanded per driver by `service_kit::with_conn!`; every
//! value is a bound parameter, sort columns come from an enum. Rows are read as tuples, which
//! both drivers decode alike.

use chrono::{DateTime, Utc};
use service_kit::Database;
use service_kit::db::is_contention;
use service_kit::db::sql::{SqlStore, SqlTx, WriteFailure, page_sql, page_total};
use service_kit::{with_conn, with_statement_conn};
use tokio::sync::{mpsc, oneshot};

use super::sqlite_rotation::{RotationRow, SqliteRotations};
use crate::application::port::provider::{UserQuery, UserSort};
use crate::domain::{Email, Name, Person, Phone, Role, User, UserId};
use app_kit::Paged;

/// Why a statement failed, in the terms the adapter branches on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the e-mail address is taken")]
    DuplicateEmail,
    #[error("{operation}: the database is busy")]
    Busy {
        operation: &'static str,
        #[source]
        source: sqlx::Error,
    },
    #[error("{operation} failed")]
    Failed {
        operation: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

fn failed(operation: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |source| {
        if is_contention(&source) {
            StoreError::Busy { operation, source }
        } else {
            StoreError::Failed {
                operation,
                source: Box::new(source),
            }
        }
    }
}

fn on_user_write(operation: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |source| match WriteFailure::of(&source) {
        Some(WriteFailure::Duplicate) => StoreError::DuplicateEmail,
        _ => failed(operation)(source),
    }
}

/// A stored value that the domain refuses: the table was edited behind the service's back.
fn corrupt(operation: &'static str, what: String) -> StoreError {
    StoreError::Failed {
        operation,
        source: what.into(),
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

const USER_COLUMNS: &str =
    "u.id, u.email, u.first_name, u.last_name, u.phone, u.roles, u.created_at, u.updated_at";

type UserRow = (
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    DateTime<Utc>,
    DateTime<Utc>,
);

fn user_from_row(operation: &'static str, row: UserRow) -> StoreResult<User> {
    let (id, email, first, last, phone, roles, created_at, updated_at) = row;
    let bad = |field: &str| corrupt(operation, format!("stored user {id}: invalid {field}"));
    Ok(User {
        id: UserId::parse(&id).map_err(|_| bad("id"))?,
        person: Person {
            email: Email::parse(&email).map_err(|_| bad("email"))?,
            first_name: Name::parse(&first).map_err(|_| bad("first_name"))?,
            last_name: Name::parse(&last).map_err(|_| bad("last_name"))?,
            phone: phone
                .map(|p| Phone::parse(&p))
                .transpose()
                .map_err(|_| bad("phone"))?,
        },
        roles: roles
            .split_whitespace()
            .filter_map(Role::from_name)
            .collect(),
        created_at,
        updated_at,
    })
}

fn roles_text(roles: &std::collections::BTreeSet<Role>) -> String {
    roles.iter().map(|r| r.name()).collect::<Vec<_>>().join(" ")
}

/// A `LIKE` pattern matching `text` anywhere, its wildcards escaped with `!`.
fn contains_pattern(text: &str) -> String {
    let mut pattern = String::from("%");
    for c in text.to_lowercase().chars() {
        if matches!(c, '!' | '%' | '_') {
            pattern.push('!');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

/// What kind of key a stored signing key is (the `key_type` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyType {
    /// RSA-2048, signing RS256: the keys of versions before Ed25519 (the column's default).
    Rsa,
    /// Ed25519, signing EdDSA.
    Ed25519,
}

impl KeyType {
    pub fn name(self) -> &'static str {
        match self {
            KeyType::Rsa => "RSA",
            KeyType::Ed25519 => "Ed25519",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "RSA" => Some(KeyType::Rsa),
            "Ed25519" => Some(KeyType::Ed25519),
            _ => None,
        }
    }
}

/// When [`IssuerStore::add_key`] makes a key the signing key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddKey {
    /// Only if no key signs yet (first start; of two processes starting at once, one wins).
    First,
    /// Always: the current key is retired.
    Rotate,
    /// Only if the current key is of this type (an upgrade; of two processes upgrading at once,
    /// one rotates).
    ReplacingType(KeyType),
}

/// One stored signing key.
pub struct KeyRow {
    pub kid: String,
    pub key_type: KeyType,
    /// PKCS#8 DER of an Ed25519 private key, PKCS#1 DER of an RSA one.
    pub private_key: Vec<u8>,
    pub created_at: DateTime<Utc>,
    /// Set once a newer key signs instead.
    pub retired_at: Option<DateTime<Utc>>,
}

/// What a refresh token is worth when presented.
pub enum Presented {
    /// Unknown, expired, or of an ended session.
    Invalid,
    /// Already exchanged: its session has now been revoked.
    Reused,
    /// Exchanged for the new token; the session goes on.
    Rotated { user_id: UserId, session_id: String },
}

/// The issuer's storage.
#[derive(Debug, Clone)]
pub struct IssuerStore {
    store: SqlStore,
    /// SQLite: the refresh-token exchanges waiting for the next group commit.
    exchanges: Option<mpsc::UnboundedSender<Exchange>>,
}

/// The most refresh-token exchanges one group commit writes.
const MAX_GROUP: usize = 64;

/// One refresh-token exchange (see [`IssuerStore::rotate_refresh_token`]).
struct Rotation {
    presented: String,
    next: String,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
}

/// A rotation waiting for the group commit that writes it, and where its outcome goes.
struct Exchange {
    rotation: Rotation,
    answer: oneshot::Sender<StoreResult<Presented>>,
}

impl std::fmt::Debug for Rotation {
    /// Token hashes are not secrets, but nothing about a token is worth a log line.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Rotation")
    }
}

impl IssuerStore {
    pub fn new(database: Database) -> Self {
        let store = SqlStore::new(database);
        // SQLite commits one writer at a time, each commit an fsync of its log (about 1 ms
        // here): refresh-token exchanges one transaction each would stop at some hundreds a
        // second whatever the CPUs could do. Those that arrive while one commits are written
        // together, in one transaction, by one task (group commit); each is answered once that
        // transaction has committed, so none is acknowledged before it is durable. MySQL's
        // writers run side by side and need none of this.
        let exchanges = match (store.database(), tokio::runtime::Handle::try_current()) {
            (Database::Sqlite(pool), Ok(runtime)) => {
                let (sender, receiver) = mpsc::unbounded_channel();
                let rotations = sqlite_rotations(pool);
                runtime.spawn(exchange_writer(store.clone(), rotations, receiver));
                Some(sender)
            }
            _ => None,
        };
        Self { store, exchanges }
    }

    async fn write(&self, operation: &'static str) -> StoreResult<SqlTx> {
        self.store.write().await.map_err(failed(operation))
    }

    // ---- users

    pub async fn insert_user(&self, user: &User, password_hash: &str) -> StoreResult<()> {
        const OP: &str = "insert a user";
        let mut tx = self.write(OP).await?;
        with_conn!(tx, failed(OP), conn => {
            sqlx::query(
                "INSERT INTO app_user (id, email, first_name, last_name, phone, password_hash, roles, \
                 version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            )
            .bind(user.id.to_string())
            .bind(user.person.email.as_str())
            .bind(user.person.first_name.as_str())
            .bind(user.person.last_name.as_str())
            .bind(user.person.phone.as_ref().map(Phone::as_str))
            .bind(password_hash)
            .bind(roles_text(&user.roles))
            .bind(user.created_at)
            .bind(user.updated_at)
            .execute(&mut *conn)
            .await
            .map_err(on_user_write(OP))?;
        });
        tx.commit().await.map_err(failed(OP))
    }

    pub async fn user(&self, id: UserId) -> StoreResult<Option<User>> {
        const OP: &str = "read a user";
        let sql = format!("SELECT {USER_COLUMNS} FROM app_user u WHERE u.id = ?");
        let mut tx = self.store.read();
        let row: Option<UserRow> = with_statement_conn!(tx, failed(OP), conn => {
            sqlx::query_as(&sql).bind(id.to_string()).fetch_optional(&mut *conn).await.map_err(failed(OP))?
        });
        row.map(|row| user_from_row(OP, row)).transpose()
    }

    /// The user with this address and their password hash.
    pub async fn credentials(&self, email: &Email) -> StoreResult<Option<(User, String)>> {
        const OP: &str = "read a user's credentials";
        let sql =
            format!("SELECT {USER_COLUMNS}, u.password_hash FROM app_user u WHERE u.email = ?");
        let mut tx = self.store.read();
        type Row = (
            String,
            String,
            String,
            String,
            Option<String>,
            String,
            DateTime<Utc>,
            DateTime<Utc>,
            String,
        );
        let row: Option<Row> = with_statement_conn!(tx, failed(OP), conn => {
            sqlx::query_as(&sql).bind(email.as_str()).fetch_optional(&mut *conn).await.map_err(failed(OP))?
        });
        row.map(|(a, b, c, d, e, f, g, h, hash)| {
            user_from_row(OP, (a, b, c, d, e, f, g, h)).map(|user| (user, hash))
        })
        .transpose()
    }

    pub async fn users(&self, query: &UserQuery) -> StoreResult<Paged<User>> {
        const OP: &str = "list users";
        let mut conditions: Vec<&str> = Vec::new();
        let mut args: Vec<String> = Vec::new();
        if let Some(email) = &query.email {
            conditions.push("u.email LIKE ? ESCAPE '!'");
            args.push(contains_pattern(email));
        }
        if let Some(name) = &query.name {
            conditions.push(
                "(LOWER(u.first_name) LIKE ? ESCAPE '!' OR LOWER(u.last_name) LIKE ? ESCAPE '!')",
            );
            args.push(contains_pattern(name));
            args.push(contains_pattern(name));
        }
        if let Some(phone) = &query.phone {
            conditions.push("u.phone LIKE ? ESCAPE '!'");
            args.push(contains_pattern(phone));
        }
        let from = if conditions.is_empty() {
            "app_user u".to_owned()
        } else {
            format!("app_user u WHERE {}", conditions.join(" AND "))
        };
        let dir = query.order.sql();
        let order_by = match query.sort {
            UserSort::Email => format!("u.email {dir}, u.id {dir}"),
            UserSort::Name => format!("u.last_name {dir}, u.first_name {dir}, u.id {dir}"),
            UserSort::CreatedAt => format!("u.created_at {dir}, u.id {dir}"),
        };
        let sql = page_sql(USER_COLUMNS, &from, &order_by);
        let limit = i64::from(query.page.limit());
        let offset = i64::try_from(query.page.offset()).unwrap_or(i64::MAX);
        type Row = (
            String,
            String,
            String,
            String,
            Option<String>,
            String,
            DateTime<Utc>,
            DateTime<Utc>,
            i64,
        );
        let mut tx = self.store.read();
        let rows: Vec<Row> = with_statement_conn!(tx, failed(OP), conn => {
            let mut statement = sqlx::query_as(&sql);
            for arg in &args {
                statement = statement.bind(arg);
            }
            statement.bind(limit).bind(offset).fetch_all(&mut *conn).await.map_err(failed(OP))?
        });
        let first_total = rows.first().map(|row| row.8);
        let items = rows
            .into_iter()
            .map(|(a, b, c, d, e, f, g, h, _)| user_from_row(OP, (a, b, c, d, e, f, g, h)))
            .collect::<StoreResult<Vec<_>>>()?;
        let total = match page_total(first_total, query.page.offset()) {
            Some(total) => total,
            None => {
                let count_sql = format!("SELECT COUNT(*) FROM {from}");
                let total: i64 = with_statement_conn!(tx, failed(OP), conn => {
                    let mut statement = sqlx::query_scalar(&count_sql);
                    for arg in &args {
                        statement = statement.bind(arg);
                    }
                    statement.fetch_one(&mut *conn).await.map_err(failed(OP))?
                });
                u64::try_from(total).unwrap_or(0)
            }
        };
        Ok(Paged { total, items })
    }

    /// Stores the user's new person fields; `false` when the user does not exist.
    pub async fn update_user(&self, user: &User) -> StoreResult<bool> {
        const OP: &str = "update a user";
        let mut tx = self.write(OP).await?;
        let updated = with_conn!(tx, failed(OP), conn => {
            sqlx::query(
                "UPDATE app_user SET email = ?, first_name = ?, last_name = ?, phone = ?, \
                 version = version + 1, updated_at = ? WHERE id = ?",
            )
            .bind(user.person.email.as_str())
            .bind(user.person.first_name.as_str())
            .bind(user.person.last_name.as_str())
            .bind(user.person.phone.as_ref().map(Phone::as_str))
            .bind(user.updated_at)
            .bind(user.id.to_string())
            .execute(&mut *conn)
            .await
            .map_err(on_user_write(OP))?
            .rows_affected()
        });
        tx.commit().await.map_err(failed(OP))?;
        Ok(updated > 0)
    }

    /// Deletes the user with their sessions and refresh tokens; `false` when there was none.
    pub async fn delete_user(&self, id: UserId) -> StoreResult<bool> {
        const OP: &str = "delete a user";
        let id = id.to_string();
        let mut tx = self.write(OP).await?;
        let deleted = with_conn!(tx, failed(OP), conn => {
            sqlx::query("DELETE FROM refresh_token WHERE session_id IN (SELECT id FROM session WHERE user_id = ?)")
                .bind(&id).execute(&mut *conn).await.map_err(failed(OP))?;
            sqlx::query("DELETE FROM session WHERE user_id = ?")
                .bind(&id).execute(&mut *conn).await.map_err(failed(OP))?;
            sqlx::query("DELETE FROM app_user WHERE id = ?")
                .bind(&id).execute(&mut *conn).await.map_err(failed(OP))?.rows_affected()
        });
        tx.commit().await.map_err(failed(OP))?;
        Ok(deleted > 0)
    }

    pub async fn any_with_role(&self, role: Role) -> StoreResult<bool> {
        const OP: &str = "look for a role";
        let name = role.name();
        let mut tx = self.store.read();
        let found: Option<i64> = with_statement_conn!(tx, failed(OP), conn => {
            sqlx::query_scalar(
                "SELECT 1 FROM app_user WHERE roles = ? OR roles LIKE ? OR roles LIKE ? OR roles LIKE ? LIMIT 1",
            )
            .bind(name)
            .bind(format!("{name} %"))
            .bind(format!("% {name}"))
            .bind(format!("% {name} %"))
            .fetch_optional(&mut *conn)
            .await
            .map_err(failed(OP))?
        });
        Ok(found.is_some())
    }

    // ---- signing keys

    /// The keys still in force at `now`: the current one and those retired but still able to
    /// verify a live token, newest first.
    pub async fn keys(&self, now: DateTime<Utc>) -> StoreResult<Vec<KeyRow>> {
        const OP: &str = "read the signing keys";
        type Row = (
            String,
            String,
            Vec<u8>,
            DateTime<Utc>,
            Option<DateTime<Utc>>,
        );
        let mut tx = self.store.read();
        let rows: Vec<Row> = with_statement_conn!(tx, failed(OP), conn => {
            sqlx::query_as(
                "SELECT kid, key_type, private_key, created_at, retired_at FROM signing_key \
                 WHERE retired_at IS NULL OR verify_until > ? ORDER BY created_at DESC, kid DESC",
            )
            .bind(now)
            .fetch_all(&mut *conn)
            .await
            .map_err(failed(OP))?
        });
        rows.into_iter()
            .map(|(kid, key_type, private_key, created_at, retired_at)| {
                let key_type = KeyType::from_name(&key_type)
                    .ok_or_else(|| corrupt(OP, format!("signing key {kid}: unknown key type")))?;
                Ok(KeyRow {
                    kid,
                    key_type,
                    private_key,
                    created_at,
                    retired_at,
                })
            })
            .collect()
    }

    /// Makes `key` the signing key when `when` says so, retiring the current one (kept for
    /// verification until `verify_until`). Returns whether it was stored.
    pub async fn add_key(
        &self,
        key: &KeyRow,
        when: AddKey,
        verify_until: DateTime<Utc>,
    ) -> StoreResult<bool> {
        const OP: &str = "store a signing key";
        let mut tx = self.write(OP).await?;
        let stored = with_conn!(tx, failed(OP), conn => {
            let current: Vec<String> = sqlx::query_scalar("SELECT key_type FROM signing_key WHERE retired_at IS NULL")
                .fetch_all(&mut *conn).await.map_err(failed(OP))?;
            let replace = match when {
                AddKey::First => current.is_empty(),
                AddKey::Rotate => true,
                AddKey::ReplacingType(old) => current.iter().any(|t| t == old.name()),
            };
            if replace {
                sqlx::query("UPDATE signing_key SET retired_at = ?, verify_until = ? WHERE retired_at IS NULL")
                    .bind(key.created_at).bind(verify_until)
                    .execute(&mut *conn).await.map_err(failed(OP))?;
                sqlx::query("INSERT INTO signing_key (kid, key_type, private_key, created_at, retired_at, verify_until) VALUES (?, ?, ?, ?, NULL, NULL)")
                    .bind(&key.kid).bind(key.key_type.name()).bind(&key.private_key).bind(key.created_at)
                    .execute(&mut *conn).await.map_err(failed(OP))?;
            }
            replace
        });
        tx.commit().await.map_err(failed(OP))?;
        Ok(stored)
    }

    // ---- sessions

    /// A new session with its first refresh token.
    pub async fn create_session(
        &self,
        session_id: &str,
        user_id: UserId,
        client_id: &str,
        token_hash: &str,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> StoreResult<()> {
        const OP: &str = "create a session";
        let mut tx = self.write(OP).await?;
        with_conn!(tx, failed(OP), conn => {
            sqlx::query("INSERT INTO session (id, user_id, client_id, created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, NULL)")
                .bind(session_id).bind(user_id.to_string()).bind(client_id).bind(now).bind(expires_at)
                .execute(&mut *conn).await.map_err(failed(OP))?;
            sqlx::query("INSERT INTO refresh_token (token_hash, session_id, expires_at, used_at) VALUES (?, ?, ?, NULL)")
                .bind(token_hash).bind(session_id).bind(expires_at)
                .execute(&mut *conn).await.map_err(failed(OP))?;
        });
        tx.commit().await.map_err(failed(OP))
    }

    /// Exchanges the refresh token with hash `presented` for one with hash `next`, which lives
    /// until `expires_at` (and so does the session). A token presented a second time revokes its
    /// session, in the same transaction.
    pub async fn rotate_refresh_token(
        &self,
        presented: &str,
        next: &str,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> StoreResult<Presented> {
        let rotation = Rotation {
            presented: presented.to_owned(),
            next: next.to_owned(),
            now,
            expires_at,
        };
        let Some(exchanges) = &self.exchanges else {
            return rotate_alone(&self.store, &rotation).await;
        };
        let (answer, outcome) = oneshot::channel();
        if let Err(refused) = exchanges.send(Exchange { rotation, answer }) {
            // The group's task has ended (only when the runtime is going away).
            return rotate_alone(&self.store, &refused.0.rotation).await;
        }
        outcome.await.unwrap_or_else(|_| {
            Err(StoreError::Failed {
                operation: ROTATE,
                source: "the group commit ended without an answer".into(),
            })
        })
    }

    /// Ends the session of the refresh token with this hash, if it has one still open.
    pub async fn revoke_session_of(&self, token_hash: &str, now: DateTime<Utc>) -> StoreResult<()> {
        const OP: &str = "revoke a session";
        let mut tx = self.write(OP).await?;
        with_conn!(tx, failed(OP), conn => {
            let session: Option<String> = sqlx::query_scalar("SELECT session_id FROM refresh_token WHERE token_hash = ?")
                .bind(token_hash).fetch_optional(&mut *conn).await.map_err(failed(OP))?;
            if let Some(session) = session {
                sqlx::query("UPDATE session SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                    .bind(now).bind(&session)
                    .execute(&mut *conn).await.map_err(failed(OP))?;
            }
        });
        tx.commit().await.map_err(failed(OP))
    }

    /// Deletes refresh tokens and sessions that expired before `now` (an expired token is refused
    /// whatever its row says, so nothing is lost); returns how many rows went.
    pub async fn purge_expired(&self, now: DateTime<Utc>) -> StoreResult<u64> {
        const OP: &str = "purge expired sessions";
        let mut tx = self.write(OP).await?;
        let purged = with_conn!(tx, failed(OP), conn => {
            let tokens = sqlx::query("DELETE FROM refresh_token WHERE expires_at < ?")
                .bind(now).execute(&mut *conn).await.map_err(failed(OP))?.rows_affected();
            sqlx::query("DELETE FROM refresh_token WHERE session_id IN (SELECT id FROM session WHERE expires_at < ?)")
                .bind(now).execute(&mut *conn).await.map_err(failed(OP))?;
            let sessions = sqlx::query("DELETE FROM session WHERE expires_at < ?")
                .bind(now).execute(&mut *conn).await.map_err(failed(OP))?.rows_affected();
            tokens + sessions
        });
        tx.commit().await.map_err(failed(OP))?;
        Ok(purged)
    }

    /// Whether the session is open at `now`: neither revoked nor expired.
    pub async fn session_open(&self, session_id: &str, now: DateTime<Utc>) -> StoreResult<bool> {
        const OP: &str = "read a session";
        let mut tx = self.store.read();
        let found: Option<i64> = with_statement_conn!(tx, failed(OP), conn => {
            sqlx::query_scalar("SELECT 1 FROM session WHERE id = ? AND revoked_at IS NULL AND expires_at > ?")
                .bind(session_id).bind(now).fetch_optional(&mut *conn).await.map_err(failed(OP))?
        });
        Ok(found.is_some())
    }

    /// The user and session of a refresh token that could still be exchanged at `now`.
    pub async fn live_refresh_token(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<(UserId, String, String, DateTime<Utc>)>> {
        const OP: &str = "read a refresh token";
        type Row = (String, String, String, DateTime<Utc>);
        let mut tx = self.store.read();
        let row: Option<Row> = with_statement_conn!(tx, failed(OP), conn => {
            sqlx::query_as(
                "SELECT s.user_id, s.id, s.client_id, t.expires_at FROM refresh_token t JOIN session s ON s.id = t.session_id \
                 WHERE t.token_hash = ? AND t.used_at IS NULL AND t.expires_at > ? AND s.revoked_at IS NULL AND s.expires_at > ?",
            )
            .bind(token_hash).bind(now).bind(now)
            .fetch_optional(&mut *conn).await.map_err(failed(OP))?
        });
        row.map(|(user_id, session, client, expires)| {
            UserId::parse(&user_id)
                .map(|id| (id, session, client, expires))
                .map_err(|_| corrupt(OP, "refresh token of an invalid user id".to_owned()))
        })
        .transpose()
    }
}

const ROTATE: &str = "exchange a refresh token";

/// The group commit of refresh-token exchanges: takes every exchange waiting (up to
/// [`MAX_GROUP`]), runs them in order in one write transaction and answers each after the commit.
/// A group that fails is run again one exchange per transaction, so each gets its own outcome.
async fn exchange_writer(
    store: SqlStore,
    rotations: Option<SqliteRotations>,
    mut waiting: mpsc::UnboundedReceiver<Exchange>,
) {
    let mut group = Vec::with_capacity(MAX_GROUP);
    while waiting.recv_many(&mut group, MAX_GROUP).await > 0 {
        let written = match &rotations {
            Some(rotations) => rotate_group_on(&store, rotations, &group).await,
            None => rotate_group(&store, &group).await,
        };
        match written {
            Ok(outcomes) => {
                for (exchange, outcome) in group.drain(..).zip(outcomes) {
                    // A caller that stopped waiting (its client went away) is not told.
                    let _ = exchange.answer.send(Ok(outcome));
                }
            }
            Err(err) => {
                if group.len() > 1 {
                    tracing::warn!(error = %openapi_runtime::error::error_chain(&err), exchanges = group.len(), "a group commit of refresh-token exchanges failed; running them one by one");
                }
                for exchange in group.drain(..) {
                    let outcome = rotate_alone(&store, &exchange.rotation).await;
                    let _ = exchange.answer.send(outcome);
                }
            }
        }
    }
}

/// A file's own rusqlite connection for the group commits, when it opens (a file the pool
/// could open, it can); else the group commits run through the pool.
fn sqlite_rotations(pool: &sqlx::SqlitePool) -> Option<SqliteRotations> {
    let file = service_kit::db::sql::sqlite_file(pool)?;
    match SqliteRotations::open(&file) {
        Ok(rotations) => Some(rotations),
        Err(err) => {
            tracing::warn!(error = %err, "refresh-token group commits run through the pool: their own connection did not open");
            None
        }
    }
}

/// [`rotate_group`] on the file's own connection, behind the store's write turn.
async fn rotate_group_on(
    store: &SqlStore,
    rotations: &SqliteRotations,
    group: &[Exchange],
) -> StoreResult<Vec<Presented>> {
    let _turn = store.write_turn().await.map_err(failed(ROTATE))?;
    let rows = group
        .iter()
        .map(|exchange| RotationRow {
            presented: exchange.rotation.presented.clone(),
            next: exchange.rotation.next.clone(),
            now: exchange.rotation.now,
            expires_at: exchange.rotation.expires_at,
        })
        .collect();
    rotations
        .rotate(rows)
        .await
        .map_err(|err| StoreError::Failed {
            operation: ROTATE,
            source: Box::new(err),
        })
}

async fn rotate_group(store: &SqlStore, group: &[Exchange]) -> StoreResult<Vec<Presented>> {
    let mut tx = store.write().await.map_err(failed(ROTATE))?;
    let mut outcomes = Vec::with_capacity(group.len());
    for exchange in group {
        outcomes.push(rotate_in(&mut tx, &exchange.rotation).await?);
    }
    tx.commit().await.map_err(failed(ROTATE))?;
    Ok(outcomes)
}

async fn rotate_alone(store: &SqlStore, rotation: &Rotation) -> StoreResult<Presented> {
    let mut tx = store.write().await.map_err(failed(ROTATE))?;
    let outcome = rotate_in(&mut tx, rotation).await?;
    tx.commit().await.map_err(failed(ROTATE))?;
    Ok(outcome)
}

/// One exchange's statements, in the caller's write transaction.
async fn rotate_in(tx: &mut SqlTx, rotation: &Rotation) -> StoreResult<Presented> {
    const OP: &str = ROTATE;
    type Row = (
        String,
        DateTime<Utc>,
        Option<DateTime<Utc>>,
        String,
        DateTime<Utc>,
        Option<DateTime<Utc>>,
    );
    let Rotation {
        presented,
        next,
        now,
        expires_at,
    } = rotation;
    let outcome = with_conn!(tx, failed(OP), conn => {
        let row: Option<Row> = sqlx::query_as(
            "SELECT s.id, t.expires_at, t.used_at, s.user_id, s.expires_at, s.revoked_at \
             FROM refresh_token t JOIN session s ON s.id = t.session_id WHERE t.token_hash = ?",
        )
        .bind(presented)
        .fetch_optional(&mut *conn)
        .await
        .map_err(failed(OP))?;
        match row {
            None => Presented::Invalid,
            Some((session_id, token_expires, used_at, user_id, session_expires, revoked_at)) => {
                if used_at.is_some() {
                    sqlx::query("UPDATE session SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                        .bind(now).bind(&session_id)
                        .execute(&mut *conn).await.map_err(failed(OP))?;
                    Presented::Reused
                } else if revoked_at.is_some() || token_expires <= *now || session_expires <= *now {
                    Presented::Invalid
                } else {
                    let used = sqlx::query("UPDATE refresh_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
                        .bind(now).bind(presented)
                        .execute(&mut *conn).await.map_err(failed(OP))?
                        .rows_affected();
                    if used == 0 {
                        Presented::Reused
                    } else {
                        sqlx::query("INSERT INTO refresh_token (token_hash, session_id, expires_at, used_at) VALUES (?, ?, ?, NULL)")
                            .bind(next).bind(&session_id).bind(expires_at)
                            .execute(&mut *conn).await.map_err(failed(OP))?;
                        sqlx::query("UPDATE session SET expires_at = ? WHERE id = ?")
                            .bind(expires_at).bind(&session_id)
                            .execute(&mut *conn).await.map_err(failed(OP))?;
                        let user_id = UserId::parse(&user_id)
                            .map_err(|_| corrupt(OP, format!("session {session_id}: invalid user id")))?;
                        Presented::Rotated { user_id, session_id }
                    }
                }
            }
        }
    });
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_wildcards_in_a_filter_match_themselves() {
        assert_eq!(contains_pattern("50%_a!B"), "%50!%!_a!!b%");
    }
}
