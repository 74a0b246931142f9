//! The bookstore as real processes: [`Bookstore::start`] runs every service binary of this
//! target directory on ephemeral ports, on SQLite files in a temporary directory or on fresh
//! MariaDB databases, wired together by their settings, and waits until each is ready.
//!
//! Each process's stdout and stderr go to `<run dir>/logs/<name>.log` ([`Bookstore::log_files`]);
//! the SQLite files are under `<run dir>/data` ([`Bookstore::database_files`]). A process can be
//! killed with SIGKILL ([`Bookstore::kill9`]) and started again on the same ports and database
//! ([`Bookstore::restart`]). Dropping the value kills every process (also when a test panics;
//! the tail of each log is printed then), then drops the MariaDB databases. Set `E2E_KEEP=1` to
//! keep the run directory and the databases.
//!
//! [`PROCESSES`] lists what runs and [`settings`] how each is wired: edit those two when a
//! service arrives or a setting changes.

#![allow(dead_code)]

pub mod api;
pub mod invariants;
pub mod orders;

use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use service_kit::db::TestMySql;
use tempfile::TempDir;

/// Where the services keep their data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Db {
    /// One SQLite file per service under the run directory (the embedded default).
    Sqlite,
    /// One fresh database per service on the MariaDB at 127.0.0.1:3306 (root, no password;
    /// `TEST_MYSQL_URL` overrides), dropped at the end.
    MariaDb,
}

/// One process of the bookstore.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// The binary's name in `target/<profile>/`, also the process's name in the harness.
    pub name: &'static str,
    /// Whether it serves gRPC besides HTTP.
    pub grpc: bool,
    /// Started only when its binary exists (for a service still being written; none is now).
    pub optional: bool,
}

/// Every process, in start order: the orchestrator first (workers and order's definitions
/// need it), then identity (the token issuer), then the rest.
pub const PROCESSES: &[Spec] = &[
    Spec {
        name: "orchestrator",
        grpc: false,
        optional: false,
    },
    Spec {
        name: "identity",
        grpc: true,
        optional: false,
    },
    Spec {
        name: "inventory",
        grpc: true,
        optional: false,
    },
    Spec {
        name: "catalog",
        grpc: true,
        optional: false,
    },
    Spec {
        name: "payment",
        grpc: true,
        optional: false,
    },
    Spec {
        name: "order",
        grpc: true,
        optional: false,
    },
    Spec {
        name: "customer",
        grpc: true,
        optional: false,
    },
];

/// The bootstrap staff user identity creates on its first start.
pub const ADMIN_EMAIL: &str = "e2e-staff@example.com";
pub const ADMIN_PASSWORD: &str = "e2e staff password 1";

/// The addresses of every process of a run, for [`settings`].
#[derive(Debug, Clone)]
pub struct Wiring {
    pub http: BTreeMap<&'static str, SocketAddr>,
    pub grpc: BTreeMap<&'static str, SocketAddr>,
}

impl Wiring {
    fn http_url(&self, name: &str) -> String {
        format!("http://{}", self.http[name])
    }

    fn grpc_url(&self, name: &str) -> String {
        format!("http://{}", self.grpc[name])
    }

    /// The orchestrator's API root, as Conductor's SDK variable wants it.
    pub fn conductor_url(&self) -> String {
        format!("{}/api", self.http_url("orchestrator"))
    }

    /// The issuer identity serves and every service trusts.
    pub fn issuer(&self) -> String {
        format!("{}/realms/bookstore", self.http_url("identity"))
    }
}

/// Each process's own settings (environment variables), besides the addresses and database the
/// harness sets for all. Names are the ones each service's `app.rs` reads (`CONDUCTOR_SERVER_URL`
/// is the worker runtime's); order registers the saga's definitions itself on start.
pub fn settings(name: &str, w: &Wiring) -> Vec<(String, String)> {
    let pairs: Vec<(&str, String)> = match name {
        "orchestrator" => vec![("ORCHESTRATOR_DRAIN_DELAY_MS", "0".into())],
        "identity" => vec![
            ("IDENTITY_BOOTSTRAP_ADMIN_EMAIL", ADMIN_EMAIL.into()),
            ("IDENTITY_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD.into()),
        ],
        "inventory" => vec![("CONDUCTOR_SERVER_URL", w.conductor_url())],
        "catalog" => vec![
            ("CATALOG_INVENTORY_GRPC_URL", w.grpc_url("inventory")),
            // Stock shown by catalog is read fresh, so tests see what inventory holds now.
            ("CATALOG_STOCK_CACHE_TTL_MS", "0".into()),
        ],
        "payment" => vec![("CONDUCTOR_SERVER_URL", w.conductor_url())],
        "order" => vec![
            ("CONDUCTOR_SERVER_URL", w.conductor_url()),
            ("ORDER_CATALOG_GRPC_URL", w.grpc_url("catalog")),
            ("ORDER_PAYMENT_GRPC_URL", w.grpc_url("payment")),
        ],
        "customer" => vec![
            ("CUSTOMER_IDENTITY_GRPC_URL", w.grpc_url("identity")),
            ("CUSTOMER_CATALOG_GRPC_URL", w.grpc_url("catalog")),
            ("CUSTOMER_ORDER_GRPC_URL", w.grpc_url("order")),
            ("CUSTOMER_PAYMENT_GRPC_URL", w.grpc_url("payment")),
        ],
        _ => Vec::new(),
    };
    let mut env: Vec<(String, String)> =
        pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect();
    if name != "orchestrator" {
        env.push(("AUTH_ISSUER".into(), w.issuer()));
        env.push((
            format!("{}_DRAIN_DELAY_MS", name.to_uppercase()),
            "0".into(),
        ));
    }
    env
}

/// The directory of the binaries: this test runs as `target/<profile>/deps/saga-<hash>`.
fn binary_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    let deps = exe.parent().expect("the test binary's directory");
    deps.parent().expect("target/<profile>").to_path_buf()
}

/// One running (or killed) process.
struct Proc {
    spec: Spec,
    binary: PathBuf,
    env: Vec<(String, String)>,
    log: PathBuf,
    http: SocketAddr,
    child: Option<Child>,
}

impl Proc {
    fn spawn(&mut self, cwd: &Path) {
        let log = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log)
            .expect("open the process's log");
        let err = log.try_clone().expect("clone the log handle");
        let mut command = Command::new(&self.binary);
        // A clean environment: nothing from the developer's shell (a DATABASE_URL, an
        // HTTP_ADDR) reaches the services, only what the harness sets.
        command.env_clear();
        for keep in [
            "PATH",
            "HOME",
            "RUST_BACKTRACE",
            "RUST_LOG",
            "TZ",
            "TEST_MYSQL_URL",
        ] {
            if let Some(value) = std::env::var_os(keep) {
                command.env(keep, value);
            }
        }
        // An error a service exits with is printed as its chain of causes only: with
        // RUST_BACKTRACE set, anyhow would add a stack trace that fills the log tail a failing
        // test shows, hiding the cause ("address in use", a migration error). Panics keep theirs.
        command.env("RUST_LIB_BACKTRACE", "0");
        command
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .current_dir(cwd)
            .stdin(Stdio::null())
            .stdout(Stdio::from(log))
            .stderr(Stdio::from(err));
        let child = command
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", self.binary.display()));
        self.child = Some(child);
    }

    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// `Some(status)` when the process has exited.
    fn exited(&mut self) -> Option<std::process::ExitStatus> {
        self.child
            .as_mut()
            .and_then(|c| c.try_wait().ok().flatten())
    }
}

/// The last `lines` lines of a log file.
pub fn tail(path: &Path, lines: usize) -> String {
    let Ok(file) = File::open(path) else {
        return String::new();
    };
    let all: Vec<String> = BufReader::new(file).lines().map_while(Result::ok).collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// A running bookstore. See the module documentation.
pub struct Bookstore {
    pub db: Db,
    pub wiring: Wiring,
    pub http: reqwest::Client,
    procs: BTreeMap<&'static str, Proc>,
    /// The MariaDB databases by process name (dropped after the processes are killed).
    mysql: BTreeMap<&'static str, TestMySql>,
    dir: TempDir,
    cached_staff_token: tokio::sync::OnceCell<String>,
}

impl Bookstore {
    /// Start every process on `db` and wait until each answers `/readyz`; `None` (notice
    /// printed by the kit) when `db` is MariaDB and the server is unreachable outside CI.
    ///
    /// # Panics
    /// A binary is missing (run `cargo build --workspace` first), or a process exits or is
    /// not ready within a minute (the panic shows the tail of its log).
    pub async fn start(db: Db) -> Option<Self> {
        let bin = binary_dir();
        let specs: Vec<Spec> = PROCESSES
            .iter()
            .copied()
            .filter(|s| {
                let exists = bin.join(s.name).is_file();
                assert!(
                    exists || s.optional,
                    "{} is missing: run `cargo build --workspace` before the end-to-end tests",
                    bin.join(s.name).display()
                );
                exists
            })
            .collect();
        let dir = tempfile::Builder::new()
            .prefix("bookstore-e2e-")
            .tempdir()
            .expect("create the run directory");
        std::fs::create_dir_all(dir.path().join("logs")).expect("create logs/");
        std::fs::create_dir_all(dir.path().join("data")).expect("create data/");

        let mut mysql = BTreeMap::new();
        if db == Db::MariaDb {
            for spec in &specs {
                let fresh = TestMySql::create(None)
                    .await
                    .expect("create a MariaDB database")?;
                mysql.insert(spec.name, fresh);
            }
        }

        let wiring = Wiring {
            http: specs
                .iter()
                .map(|s| (s.name, service_kit::testing::free_addr()))
                .collect(),
            grpc: specs
                .iter()
                .filter(|s| s.grpc)
                .map(|s| (s.name, service_kit::testing::free_addr()))
                .collect(),
        };
        let mut procs = BTreeMap::new();
        for spec in &specs {
            let mut env = vec![
                ("HTTP_ADDR".to_owned(), wiring.http[spec.name].to_string()),
                (
                    "DATA_DIR".to_owned(),
                    dir.path().join("data").display().to_string(),
                ),
                ("ACCESS_LOG".to_owned(), "all".to_owned()),
            ];
            if let Some(grpc) = wiring.grpc.get(spec.name) {
                env.push(("GRPC_ADDR".to_owned(), grpc.to_string()));
            }
            if let Some(database) = mysql.get(spec.name) {
                env.push(("DATABASE_URL".to_owned(), database.url()));
            }
            env.extend(settings(spec.name, &wiring));
            procs.insert(
                spec.name,
                Proc {
                    spec: *spec,
                    binary: bin.join(spec.name),
                    env,
                    log: dir.path().join("logs").join(format!("{}.log", spec.name)),
                    http: wiring.http[spec.name],
                    child: None,
                },
            );
        }
        let mut this = Self {
            db,
            wiring,
            http: reqwest::Client::builder()
                .timeout(Duration::from_secs(30))
                .build()
                .expect("an HTTP client"),
            procs,
            mysql,
            dir,
            cached_staff_token: tokio::sync::OnceCell::new(),
        };
        // The orchestrator first: order registers its definitions with it on start.
        this.spawn("orchestrator");
        this.wait_ready("orchestrator").await;
        let rest: Vec<&'static str> = specs
            .iter()
            .map(|s| s.name)
            .filter(|n| *n != "orchestrator")
            .collect();
        for name in &rest {
            this.spawn(name);
        }
        for name in &rest {
            this.wait_ready(name).await;
        }
        Some(this)
    }

    fn proc(&mut self, name: &str) -> &mut Proc {
        self.procs
            .get_mut(name)
            .unwrap_or_else(|| panic!("no process {name} in this run"))
    }

    fn spawn(&mut self, name: &str) {
        let dir = self.dir.path().to_path_buf();
        self.proc(name).spawn(&dir);
    }

    /// Whether the run has this process (optional ones only when their binary exists).
    pub fn has(&self, name: &str) -> bool {
        self.procs.contains_key(name)
    }

    /// `http://127.0.0.1:<port><path>` of a process.
    pub fn url(&self, name: &str, path: &str) -> String {
        format!("http://{}{path}", self.wiring.http[name])
    }

    /// The gRPC endpoint of a process.
    pub fn grpc_url(&self, name: &str) -> String {
        format!("http://{}", self.wiring.grpc[name])
    }

    /// Wait until `name` answers `/readyz` with 200.
    ///
    /// # Panics
    /// It exited, or is not ready within a minute (with the tail of its log).
    pub async fn wait_ready(&mut self, name: &str) {
        let url = self.url(name, "/readyz");
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(status) = self.proc(name).exited() {
                let log = self.proc(name).log.clone();
                panic!(
                    "{name} exited ({status}) before it was ready:\n{}",
                    tail(&log, 40)
                );
            }
            let ready = self
                .http
                .get(&url)
                .timeout(Duration::from_secs(2))
                .send()
                .await
                .is_ok_and(|r| r.status().is_success());
            if ready {
                return;
            }
            if Instant::now() > deadline {
                let log = self.proc(name).log.clone();
                panic!("{name} is not ready after 60 s:\n{}", tail(&log, 40));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Kill `name` with SIGKILL (no shutdown, no drain) and reap it.
    pub fn kill9(&mut self, name: &str) {
        self.proc(name).kill();
    }

    /// Send `signal` (`"STOP"`, `"CONT"`, …) to `name` with kill(1): SIGSTOP freezes it with its
    /// connections open (tasks it holds stay unanswered), SIGCONT lets it go on.
    pub fn signal(&mut self, name: &str, signal: &str) {
        let pid = self
            .proc(name)
            .child
            .as_ref()
            .map(Child::id)
            .unwrap_or_else(|| panic!("{name} is not running"));
        let status = Command::new("kill")
            .arg(format!("-{signal}"))
            .arg(pid.to_string())
            .status()
            .expect("run kill(1)");
        assert!(status.success(), "kill -{signal} {name} ({pid}) failed");
    }

    /// Whether `name` is running (not killed, not exited).
    pub fn is_running(&mut self, name: &str) -> bool {
        let proc = self.proc(name);
        proc.child.is_some() && proc.exited().is_none()
    }

    /// Start `name` again (after [`Bookstore::kill9`], or kill it first) on the same ports and
    /// database, and wait until it is ready. The log continues in the same file.
    pub async fn restart(&mut self, name: &str) {
        self.kill9(name);
        // A port may take a moment to be free again: retry a start that fails at once.
        for attempt in 1..=5 {
            self.spawn(name);
            tokio::time::sleep(Duration::from_millis(100)).await;
            if self.proc(name).exited().is_none() {
                break;
            }
            assert!(
                attempt < 5,
                "{name} does not start again:\n{}",
                tail(&self.proc(name).log, 40)
            );
            tokio::time::sleep(Duration::from_millis(400)).await;
        }
        self.wait_ready(name).await;
    }

    /// The operating system's ids of the running processes.
    pub fn pids(&self) -> Vec<u32> {
        self.procs
            .values()
            .filter_map(|p| p.child.as_ref().map(Child::id))
            .collect()
    }

    /// Kill every process (SIGKILL); dropping the value does the same.
    pub fn stop(&mut self) {
        for proc in self.procs.values_mut() {
            proc.kill();
        }
    }

    /// The run's directory (logs/, data/).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// Every process's log file.
    pub fn log_files(&self) -> Vec<PathBuf> {
        self.procs.values().map(|p| p.log.clone()).collect()
    }

    /// Every SQLite file of the run (databases and their `-wal`/`-shm` companions); empty on
    /// MariaDB, whose data a test reads through [`Bookstore::database_url`].
    pub fn database_files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.dir.path().join("data"))
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.is_file())
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
    }

    /// The database URL `name` runs on.
    pub fn database_url(&self, name: &str) -> String {
        match self.mysql.get(name) {
            Some(database) => database.url(),
            None => format!(
                "sqlite://{}",
                self.dir
                    .path()
                    .join("data")
                    .join(format!("{name}.db"))
                    .display()
            ),
        }
    }

    /// Every file under logs/ and data/ that contains `needle` (for "no card number anywhere").
    pub fn files_containing(&self, needle: &str) -> Vec<PathBuf> {
        let needle = needle.as_bytes();
        self.log_files()
            .into_iter()
            .chain(self.database_files())
            .filter(|path| {
                std::fs::read(path)
                    .is_ok_and(|bytes| bytes.windows(needle.len()).any(|window| window == needle))
            })
            .collect()
    }
}

impl Drop for Bookstore {
    fn drop(&mut self) {
        self.stop();
        if std::thread::panicking() {
            eprintln!(
                "--- bookstore run in {} ({:?}) ---",
                self.dir.path().display(),
                self.db
            );
            for proc in self.procs.values() {
                eprintln!(
                    "--- {} (last 30 lines) ---\n{}",
                    proc.spec.name,
                    tail(&proc.log, 30)
                );
            }
        }
        if std::env::var_os("E2E_KEEP").is_some() {
            let kept = self.dir.path().to_path_buf();
            let dir = std::mem::replace(
                &mut self.dir,
                tempfile::tempdir().expect("an empty directory to swap in"),
            );
            let _ = dir.keep();
            eprintln!("kept the run directory {}", kept.display());
            // The MariaDB databases too (the sweep of a later test run drops them after an hour).
            for (name, database) in std::mem::take(&mut self.mysql) {
                eprintln!("kept {name}'s database {}", database.url());
                std::mem::forget(database);
            }
        }
        // The MariaDB databases are dropped with `self.mysql`, after the processes are gone.
    }
}
