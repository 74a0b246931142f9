//! The orchestrator's settings, layered like the services': built-in defaults < `--config` TOML
//! file < environment variables < command-line flags. Environment variables use the platform's
//! well-known names (`HTTP_ADDR`, `DATABASE_URL`, `DATA_DIR`, `LOG_FORMAT`, `ACCESS_LOG`,
//! `OTEL_EXPORTER_OTLP_ENDPOINT`) and the `ORCHESTRATOR_` prefix for the rest.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::time::Duration;

use figment::Figment;
use figment::providers::{Env, Format, Serialized, Toml};
use serde::{Deserialize, Serialize};
use service_kit::Secret;
use service_kit::config::{AccessLog, LogFormat};

pub const ENV_PREFIX: &str = "ORCHESTRATOR_";
const WELL_KNOWN_ENV: &[&str] = &[
    "HTTP_ADDR",
    "DATABASE_URL",
    "DATA_DIR",
    "LOG_FORMAT",
    "ACCESS_LOG",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
];

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Settings {
    /// Conductor's default port, so `CONDUCTOR_SERVER_URL=http://127.0.0.1:8080/api` works.
    pub http_addr: SocketAddr,
    /// Where Conductor's API is mounted (`/api`, as in Conductor).
    pub base_path: String,
    /// `sqlite:…` or `mysql://…`; unset means the SQLite file `<data_dir>/orchestrator.db`.
    #[serde(default)]
    pub database_url: Option<Secret<String>>,
    pub data_dir: PathBuf,
    pub migrate_on_start: bool,
    pub log_format: LogFormat,
    pub access_log: AccessLog,
    #[serde(default)]
    pub otel_exporter_otlp_endpoint: Option<String>,
    pub request_timeout_secs: u64,
    pub body_limit_bytes: usize,
    pub drain_delay_ms: u64,
    /// How often due timers (timeouts, retry delays, callbacks) are looked for.
    pub sweep_interval_ms: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            http_addr: SocketAddr::from((Ipv4Addr::LOCALHOST, 8080)),
            base_path: "/api".to_owned(),
            database_url: None,
            data_dir: PathBuf::from("data"),
            migrate_on_start: true,
            log_format: LogFormat::Human,
            access_log: AccessLog::Errors,
            otel_exporter_otlp_endpoint: None,
            request_timeout_secs: 30,
            body_limit_bytes: 4 * 1024 * 1024,
            drain_delay_ms: 1000,
            sweep_interval_ms: 100,
        }
    }
}

impl Settings {
    /// The database URL to open: the configured one or the default SQLite file.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) => url.expose().clone(),
            None => format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("orchestrator.db").display()
            ),
        }
    }

    pub fn request_timeout(&self) -> Duration {
        Duration::from_secs(self.request_timeout_secs)
    }

    pub fn sweep_interval(&self) -> Duration {
        Duration::from_millis(self.sweep_interval_ms.max(1))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::Subcommand)]
pub enum Command {
    /// Serve the API (the default).
    Serve,
    /// Apply the database migrations and exit.
    Migrate,
}

/// `orchestrator [serve|migrate] [flags]`.
#[derive(Debug, Clone, Default, clap::Parser)]
#[command(
    name = "orchestrator",
    about = "An embedded orchestrator speaking Conductor OSS's HTTP API",
    long_about = "An embedded orchestrator speaking Conductor OSS's HTTP API.\n\nSettings: defaults < --config TOML file < environment (HTTP_ADDR, DATABASE_URL, DATA_DIR, LOG_FORMAT, ACCESS_LOG, OTEL_EXPORTER_OTLP_ENDPOINT, ORCHESTRATOR_<KEY>) < flags."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A TOML file with any of the settings (keys as the flags, with `_`).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Listen address [default: 127.0.0.1:8080] (HTTP_ADDR).
    #[arg(long = "http", value_name = "ADDR")]
    pub http_addr: Option<SocketAddr>,
    /// Base path of the API [default: /api] (ORCHESTRATOR_BASE_PATH).
    #[arg(long)]
    pub base_path: Option<String>,
    /// sqlite:… or mysql://… [default: SQLite file <data-dir>/orchestrator.db] (DATABASE_URL).
    #[arg(long)]
    pub database_url: Option<String>,
    /// Directory of the default SQLite file [default: ./data] (DATA_DIR).
    #[arg(long)]
    pub data_dir: Option<PathBuf>,
    /// Apply migrations when serving starts [default: true] (ORCHESTRATOR_MIGRATE_ON_START).
    #[arg(long)]
    pub migrate_on_start: Option<bool>,
    /// human or json [default: human] (LOG_FORMAT).
    #[arg(long)]
    pub log_format: Option<String>,
    /// all, errors or off [default: errors] (ACCESS_LOG).
    #[arg(long)]
    pub access_log: Option<String>,
    /// OTLP gRPC endpoint for traces (OTEL_EXPORTER_OTLP_ENDPOINT).
    #[arg(long = "otlp-endpoint")]
    pub otel_exporter_otlp_endpoint: Option<String>,
    /// [default: 30] (ORCHESTRATOR_REQUEST_TIMEOUT_SECS).
    #[arg(long)]
    pub request_timeout_secs: Option<u64>,
    /// [default: 4194304] (ORCHESTRATOR_BODY_LIMIT_BYTES).
    #[arg(long)]
    pub body_limit_bytes: Option<usize>,
    /// [default: 1000] (ORCHESTRATOR_DRAIN_DELAY_MS).
    #[arg(long)]
    pub drain_delay_ms: Option<u64>,
    /// [default: 100] (ORCHESTRATOR_SWEEP_INTERVAL_MS).
    #[arg(long)]
    pub sweep_interval_ms: Option<u64>,
}

#[derive(Debug, thiserror::Error)]
#[error("invalid orchestrator configuration")]
pub struct ConfigError(#[source] Box<figment::Error>);

impl Cli {
    /// The settings from every layer, the flags on top.
    ///
    /// # Errors
    /// A value has the wrong type or the file cannot be read; the message names the key.
    pub fn settings(&self) -> Result<Settings, ConfigError> {
        self.settings_from(Env::raw().only(WELL_KNOWN_ENV), Env::prefixed(ENV_PREFIX))
    }

    fn settings_from(&self, well_known: Env, prefixed: Env) -> Result<Settings, ConfigError> {
        let mut figment = Figment::from(Serialized::defaults(Settings::default()));
        if let Some(file) = &self.config {
            figment = figment.merge(Toml::file_exact(file));
        }
        figment = figment.merge(well_known).merge(prefixed);
        let mut flags = serde_json::Map::new();
        let mut set = |key: &str, value: Option<serde_json::Value>| {
            if let Some(value) = value {
                flags.insert(key.to_owned(), value);
            }
        };
        set("http_addr", self.http_addr.map(|a| a.to_string().into()));
        set("base_path", self.base_path.clone().map(Into::into));
        set("database_url", self.database_url.clone().map(Into::into));
        set(
            "data_dir",
            self.data_dir
                .as_ref()
                .map(|d| d.display().to_string().into()),
        );
        set("migrate_on_start", self.migrate_on_start.map(Into::into));
        set("log_format", self.log_format.clone().map(Into::into));
        set("access_log", self.access_log.clone().map(Into::into));
        set(
            "otel_exporter_otlp_endpoint",
            self.otel_exporter_otlp_endpoint.clone().map(Into::into),
        );
        set(
            "request_timeout_secs",
            self.request_timeout_secs.map(Into::into),
        );
        set("body_limit_bytes", self.body_limit_bytes.map(Into::into));
        set("drain_delay_ms", self.drain_delay_ms.map(Into::into));
        set("sweep_interval_ms", self.sweep_interval_ms.map(Into::into));
        figment
            .merge(Serialized::defaults(serde_json::Value::Object(flags)))
            .extract()
            .map_err(|err| ConfigError(Box::new(err)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_conductors_address_and_base_path_with_a_sqlite_file() {
        let settings = Cli::default()
            .settings_from(
                Env::raw().only(&["ORCHESTRATOR_TEST_NOTHING"]),
                Env::prefixed("ORCHESTRATOR_TEST_NOTHING_"),
            )
            .unwrap();
        assert_eq!(settings.http_addr.to_string(), "127.0.0.1:8080");
        assert_eq!(settings.base_path, "/api");
        assert_eq!(
            settings.database_url(),
            "sqlite://data/orchestrator.db?mode=rwc"
        );
    }

    #[test]
    fn a_flag_wins_over_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("orchestrator.toml");
        std::fs::write(
            &file,
            "base_path = \"/conductor\"\nsweep_interval_ms = 50\n",
        )
        .unwrap();
        let cli = Cli {
            config: Some(file),
            sweep_interval_ms: Some(25),
            ..Cli::default()
        };
        let settings = cli
            .settings_from(
                Env::raw().only(&["ORCHESTRATOR_TEST_NOTHING"]),
                Env::prefixed("ORCHESTRATOR_TEST_NOTHING_"),
            )
            .unwrap();
        assert_eq!(settings.base_path, "/conductor");
        assert_eq!(settings.sweep_interval_ms, 25);
    }

    #[test]
    fn a_bad_value_names_its_key() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("orchestrator.toml");
        std::fs::write(&file, "sweep_interval_ms = \"soon\"\n").unwrap();
        let cli = Cli {
            config: Some(file),
            ..Cli::default()
        };
        let err = cli
            .settings_from(
                Env::raw().only(&["ORCHESTRATOR_TEST_NOTHING"]),
                Env::prefixed("ORCHESTRATOR_TEST_NOTHING_"),
            )
            .unwrap_err();
        assert!(
            format!("{:?}", err.0).contains("sweep_interval_ms"),
            "{err:?}"
        );
    }
}
