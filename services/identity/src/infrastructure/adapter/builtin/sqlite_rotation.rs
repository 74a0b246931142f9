//! Refresh-token exchanges on a SQLite file, a whole group commit per hand-off.
//!
//! sqlx's SQLite driver runs each statement on its connection's thread and answers over a
//! channel: a group of N exchanges (four statements each) cost 4N + 2 round trips between
//! threads, and a profile of the refresh bench had about 40% of identity's CPU in the context
//! switches. Here the group's statements run on one rusqlite connection of their own, in one
//! blocking task, behind the same write turn as every other writer of the file (so they never
//! meet as `SQLITE_BUSY`). The statements and their outcomes are those of `store::rotate_in`,
//! which stays the path for MySQL and for a group that fails here (run again one by one).
//!
//! Times are bound and read as sqlx writes them (RFC 3339, `SecondsFormat::AutoSi`), so rows
//! written on either connection compare and decode alike.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{Connection, OpenFlags, OptionalExtension};

use super::store::Presented;
use crate::domain::UserId;

/// How long the connection waits for a lock held by another process before failing the group
/// (which then runs again through sqlx, with its own busy handling).
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// One exchange as the connection's thread sees it.
pub(super) struct RotationRow {
    pub presented: String,
    pub next: String,
    pub now: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
pub(super) enum RotationError {
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error("a stored time cannot be read: {0}")]
    Time(String),
    #[error("session {0}: invalid user id")]
    UserId(String),
    #[error("the rotation task ended early")]
    Gone,
}

/// A connection of its own on the store's SQLite file, used by one group commit at a time.
#[derive(Clone)]
pub(super) struct SqliteRotations {
    conn: Arc<Mutex<Connection>>,
}

impl std::fmt::Debug for SqliteRotations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SqliteRotations")
    }
}

impl SqliteRotations {
    /// Open the file in WAL mode with foreign keys, like the pool. `synchronous = FULL` here,
    /// where the pool has NORMAL plus a shared sync after its commits (`service_kit::db::sql`):
    /// this connection's group commit already shares one fsync among the exchanges it writes,
    /// and a rotation is answered only once it is on disk either way.
    pub(super) fn open(path: &std::path::Path) -> Result<Self, rusqlite::Error> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        Ok(Self {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    /// Run the group in one transaction: each exchange's outcome, or the group's error (nothing
    /// written).
    pub(super) async fn rotate(
        &self,
        group: Vec<RotationRow>,
    ) -> Result<Vec<Presented>, RotationError> {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            let mut conn = conn
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            rotate_group(&mut conn, &group)
        })
        .await
        .map_err(|_| RotationError::Gone)?
    }
}

fn rotate_group(
    conn: &mut Connection,
    group: &[RotationRow],
) -> Result<Vec<Presented>, RotationError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let mut outcomes = Vec::with_capacity(group.len());
    for rotation in group {
        outcomes.push(rotate_in(&tx, rotation)?);
    }
    tx.commit()?;
    Ok(outcomes)
}

fn time(value: &DateTime<Utc>) -> String {
    value.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

fn parse_time(text: &str) -> Result<DateTime<Utc>, RotationError> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|_| RotationError::Time(text.to_owned()))
}

/// A presented token's row: session id, token expiry, when used, user id, session expiry, when
/// revoked.
type PresentedRow = (
    String,
    String,
    Option<String>,
    String,
    String,
    Option<String>,
);

/// `store::rotate_in`, statement for statement.
fn rotate_in(
    tx: &rusqlite::Transaction<'_>,
    rotation: &RotationRow,
) -> Result<Presented, RotationError> {
    let now = time(&rotation.now);
    let row: Option<PresentedRow> = tx
        .prepare_cached(
            "SELECT s.id, t.expires_at, t.used_at, s.user_id, s.expires_at, s.revoked_at \
             FROM refresh_token t JOIN session s ON s.id = t.session_id WHERE t.token_hash = ?",
        )?
        .query_row([&rotation.presented], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
            ))
        })
        .optional()?;
    let Some((session_id, token_expires, used_at, user_id, session_expires, revoked_at)) = row
    else {
        return Ok(Presented::Invalid);
    };
    if used_at.is_some() {
        tx.prepare_cached("UPDATE session SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")?
            .execute([&now, &session_id])?;
        return Ok(Presented::Reused);
    }
    if revoked_at.is_some()
        || parse_time(&token_expires)? <= rotation.now
        || parse_time(&session_expires)? <= rotation.now
    {
        return Ok(Presented::Invalid);
    }
    let used = tx
        .prepare_cached(
            "UPDATE refresh_token SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
        )?
        .execute([&now, &rotation.presented])?;
    if used == 0 {
        return Ok(Presented::Reused);
    }
    let expires_at = time(&rotation.expires_at);
    tx.prepare_cached(
        "INSERT INTO refresh_token (token_hash, session_id, expires_at, used_at) VALUES (?, ?, ?, NULL)",
    )?
    .execute([&rotation.next, &session_id, &expires_at])?;
    tx.prepare_cached("UPDATE session SET expires_at = ? WHERE id = ?")?
        .execute([&expires_at, &session_id])?;
    let user_id = UserId::parse(&user_id).map_err(|_| RotationError::UserId(session_id.clone()))?;
    Ok(Presented::Rotated {
        user_id,
        session_id,
    })
}
