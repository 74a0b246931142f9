//! Configuration: defaults < optional TOML file < environment variables < command-line flags.
//!
//! The runtime's settings live in one flat namespace shared with the service's own settings
//! ([`LoadedConfig::settings`]). Environment variables use the well-known names where the
//! platform has one (`HTTP_ADDR`, `GRPC_ADDR`, `DATABASE_URL`, `AUTH_ISSUER`, …) and the service
//! prefix for everything else (`CATALOG_REQUEST_TIMEOUT_SECS`); a file uses the lower-case key
//! (`request_timeout_secs = 10`). Values are checked once at start and a bad one is reported with
//! its key and where it can be set.

mod cli;
mod secret;
mod service;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use figment::Figment;
use figment::providers::{Format, Serialized, Toml};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub use cli::{
    Cli, Command, Overrides, SettingHelp, command_for, command_with_settings, describe_settings,
};
pub use secret::Secret;
pub use service::Service;

/// Environment variables read under their own, platform-wide names (not the service prefix).
pub const WELL_KNOWN_ENV: &[&str] = &[
    "HTTP_ADDR",
    "GRPC_ADDR",
    "DATABASE_URL",
    "DATA_DIR",
    "LOG_FORMAT",
    "ACCESS_LOG",
    "OTEL_EXPORTER_OTLP_ENDPOINT",
    "AUTH_ISSUER",
    "AUTH_JWKS_URL",
    "AUTH_AUDIENCE",
];

/// The built-in issuer's realm path (Keycloak-shaped, served by the identity service).
pub const BUILT_IN_REALM: &str = "/realms/bookstore";

/// The audience every bookstore service expects by default; the built-in issuer puts it in `aud`.
pub const DEFAULT_AUDIENCE: &str = "bookstore";

/// The identity service's built-in issuer at its default address.
fn built_in_issuer() -> String {
    format!(
        "http://{}{BUILT_IN_REALM}",
        Service::Identity.default_http_addr()
    )
}

/// Where a Keycloak-shaped issuer (Keycloak itself or the built-in one) publishes its JWKS.
pub fn jwks_url_for_issuer(issuer: &str) -> String {
    format!(
        "{}/protocol/openid-connect/certs",
        issuer.trim().trim_end_matches('/')
    )
}

/// Human logs for a terminal, JSON lines for a log collector.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    #[default]
    Human,
    Json,
}

/// Which requests get an access-log line. Errors only by default: on a busy service a line per
/// successful request costs more than the request itself and buries the lines that matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AccessLog {
    /// Every request: 2xx/3xx at INFO, besides the errors.
    All,
    /// 5xx (including panics and timeouts) at ERROR, 4xx at INFO.
    #[default]
    Errors,
    /// No access lines; handlers' own logs are unaffected.
    Off,
}

/// Everything the runtime itself needs; one instance per process.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RuntimeConfig {
    pub http_addr: SocketAddr,
    pub grpc_addr: SocketAddr,
    /// `sqlite://…`, `sqlite::memory:` or `mysql://…`; unset means a SQLite file under `data_dir`.
    #[serde(default)]
    pub database_url: Option<Secret<String>>,
    pub data_dir: PathBuf,
    pub migrate_on_start: bool,
    pub log_format: LogFormat,
    pub access_log: AccessLog,
    #[serde(default)]
    pub otel_exporter_otlp_endpoint: Option<String>,
    /// Expected `iss` of bearer tokens.
    pub auth_issuer: String,
    /// Where the issuer publishes its signing keys (fetched lazily, on the first token). Unless
    /// set explicitly in some layer, it follows `auth_issuer`: see [`jwks_url_for_issuer`].
    pub auth_jwks_url: String,
    /// Expected in a token's `aud` or `azp`.
    pub auth_audience: String,
    /// Upper bound for one HTTP or gRPC request; it also bounds the shutdown drain.
    pub request_timeout_secs: u64,
    pub body_limit_bytes: usize,
    /// How long readiness fails before the servers stop accepting during shutdown.
    pub drain_delay_ms: u64,
}

impl RuntimeConfig {
    /// The built-in defaults for `service`: its own localhost ports, SQLite under `./data`.
    pub fn defaults(service: Service) -> Self {
        Self {
            http_addr: service.default_http_addr(),
            grpc_addr: service.default_grpc_addr(),
            database_url: None,
            data_dir: PathBuf::from("data"),
            migrate_on_start: true,
            log_format: LogFormat::Human,
            access_log: AccessLog::Errors,
            otel_exporter_otlp_endpoint: None,
            auth_issuer: built_in_issuer(),
            auth_jwks_url: jwks_url_for_issuer(&built_in_issuer()),
            auth_audience: DEFAULT_AUDIENCE.to_owned(),
            request_timeout_secs: 30,
            body_limit_bytes: 1024 * 1024,
            drain_delay_ms: 1000,
        }
    }

    pub fn request_timeout(&self) -> Duration {
        Duration::from_secs(self.request_timeout_secs)
    }

    pub fn drain_delay(&self) -> Duration {
        Duration::from_millis(self.drain_delay_ms)
    }

    /// The JWKS authenticator's settings.
    pub fn jwks(&self) -> crate::auth::JwksConfig {
        crate::auth::JwksConfig::new(
            self.auth_issuer.clone(),
            self.auth_jwks_url.clone(),
            self.auth_audience.clone(),
        )
    }

    /// Checks that serde cannot express. Runs once at start.
    fn validate(&self, service: Service) -> Result<(), ConfigError> {
        let invalid = |key: &'static str, message: &str| {
            ConfigError::invalid(service, key, message.to_owned())
        };
        if self.request_timeout_secs == 0 {
            return Err(invalid("request_timeout_secs", "must be at least 1"));
        }
        if self.body_limit_bytes == 0 {
            return Err(invalid("body_limit_bytes", "must be at least 1"));
        }
        if let Some(url) = &self.database_url {
            let url = url.expose();
            if !(url.starts_with("sqlite:")
                || url.starts_with("mysql://")
                || url.starts_with("mariadb://"))
            {
                // The URL itself is not echoed: it may carry a password.
                return Err(invalid(
                    "database_url",
                    "must start with sqlite: or mysql://",
                ));
            }
        }
        if self.auth_issuer.trim().is_empty() {
            return Err(invalid("auth_issuer", "must not be empty"));
        }
        if self.auth_audience.trim().is_empty() {
            return Err(invalid("auth_audience", "must not be empty"));
        }
        match url::Url::parse(&self.auth_jwks_url) {
            Ok(url) if matches!(url.scheme(), "http" | "https") => {}
            _ => return Err(invalid("auth_jwks_url", "must be an http(s) URL")),
        }
        if let Some(endpoint) = &self.otel_exporter_otlp_endpoint
            && url::Url::parse(endpoint).is_err()
        {
            return Err(invalid("otel_exporter_otlp_endpoint", "must be a URL"));
        }
        Ok(())
    }
}

/// Where the layers come from. [`ConfigSources::from_process`] reads the real process; tests
/// pass their own environment instead of mutating the process's.
#[derive(Clone, Default)]
pub struct ConfigSources {
    pub file: Option<PathBuf>,
    pub env: Vec<(String, String)>,
    pub overrides: Overrides,
}

/// Names only: the environment holds secrets (`DATABASE_URL`, tokens of other tools).
impl std::fmt::Debug for ConfigSources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConfigSources")
            .field("file", &self.file)
            .field(
                "env",
                &self.env.iter().map(|(name, _)| name).collect::<Vec<_>>(),
            )
            .field("overrides", &self.overrides)
            .finish()
    }
}

impl ConfigSources {
    pub fn from_process(cli: &Cli) -> Self {
        Self {
            file: cli.config.clone(),
            env: std::env::vars().collect(),
            overrides: cli.overrides.clone(),
        }
    }
}

/// The merged layers, ready to be extracted into the runtime's and the service's settings.
/// Deliberately not `Debug`: the raw layers hold secrets that only typed extraction wraps.
#[derive(Clone)]
pub struct LoadedConfig {
    service: Service,
    figment: Figment,
}

impl LoadedConfig {
    /// Merge the layers. Nothing is validated yet; see [`LoadedConfig::runtime`].
    ///
    /// # Errors
    /// The file was named but does not exist.
    pub fn load(service: Service, sources: &ConfigSources) -> Result<Self, ConfigError> {
        // The JWKS URL is left out of the defaults so that `runtime` can tell whether any layer
        // set it; if none did, it is derived from whichever issuer won.
        let mut defaults = figment::value::Value::serialize(RuntimeConfig::defaults(service))
            .ok()
            .and_then(figment::value::Value::into_dict)
            .ok_or_else(|| ConfigError::Unreadable {
                message: "the built-in defaults do not serialize to a table".to_owned(),
            })?;
        defaults.remove("auth_jwks_url");
        let mut figment = Figment::from(Serialized::defaults(defaults));
        if let Some(file) = &sources.file {
            if !file.is_file() {
                return Err(ConfigError::MissingFile { path: file.clone() });
            }
            figment = figment.merge(Toml::file_exact(file));
        }
        let prefix = service.env_prefix();
        let mut prefixed = figment::value::Dict::new();
        let mut well_known = figment::value::Dict::new();
        for (name, value) in &sources.env {
            if let Some(key) = name.strip_prefix(&prefix) {
                if !key.is_empty() {
                    let key = key.to_ascii_lowercase();
                    let value = parse_value(&key, value);
                    prefixed.insert(key, value);
                }
            } else if WELL_KNOWN_ENV.contains(&name.as_str()) {
                let key = name.to_ascii_lowercase();
                let value = parse_value(&key, value);
                well_known.insert(key, value);
            }
        }
        let flags: figment::value::Dict = sources
            .overrides
            .set_values()
            .map(|(key, value)| (key.to_owned(), parse_value(key, value)))
            .collect();
        figment = figment
            .merge(Serialized::defaults(prefixed))
            .merge(Serialized::defaults(well_known))
            .merge(Serialized::defaults(flags));
        Ok(Self { service, figment })
    }

    pub fn service(&self) -> Service {
        self.service
    }

    /// The runtime's settings, validated.
    ///
    /// # Errors
    /// A value has the wrong type or is out of range; the error names the key.
    pub fn runtime(&self) -> Result<RuntimeConfig, ConfigError> {
        let mut figment = self.figment.clone();
        if !figment.contains("auth_jwks_url") {
            let issuer: String = figment
                .extract_inner("auth_issuer")
                .map_err(|err| ConfigError::from_figment(self.service, err))?;
            figment = figment.merge(Serialized::default(
                "auth_jwks_url",
                jwks_url_for_issuer(&issuer),
            ));
        }
        let config: RuntimeConfig = figment
            .extract()
            .map_err(|err| ConfigError::from_figment(self.service, err))?;
        config.validate(self.service)?;
        Ok(config)
    }

    /// The service's own settings from the same layers (same file, `<SERVICE>_` env variables),
    /// with `T::default()` as the lowest layer.
    ///
    /// # Errors
    /// A value has the wrong type; the error names the key.
    pub fn settings<T: Serialize + DeserializeOwned + Default>(&self) -> Result<T, ConfigError> {
        Figment::from(Serialized::defaults(T::default()))
            .merge(self.figment.clone())
            .extract()
            .map_err(|err| ConfigError::from_figment(self.service, err))
    }
}

/// Why the configuration was refused. The messages name the key and where it can be set.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("the configuration file {} does not exist", path.display())]
    MissingFile { path: PathBuf },
    #[error("invalid setting `{key}` ({sources}): {message}")]
    Invalid {
        key: String,
        sources: String,
        message: String,
    },
    #[error("cannot read the configuration: {message}")]
    Unreadable { message: String },
}

impl ConfigError {
    fn invalid(service: Service, key: &str, message: String) -> Self {
        ConfigError::Invalid {
            key: key.to_owned(),
            sources: where_to_set(service, key),
            message,
        }
    }

    fn from_figment(service: Service, err: figment::Error) -> Self {
        let err = err
            .into_iter()
            .next()
            .unwrap_or_else(|| figment::Error::from("unknown error".to_owned()));
        // Figment prefixes the profile (`default.http_addr`); the user knows the key without it.
        let key = err
            .path
            .iter()
            .filter(|p| p.as_str() != "default")
            .cloned()
            .collect::<Vec<_>>()
            .join(".");
        let origin = err.metadata.as_ref().map(|m| m.name.to_string());
        let mut message = err.kind.to_string();
        if origin.is_some_and(|o| o.contains("TOML")) {
            message = format!("{message} (in the configuration file)");
        }
        if key.is_empty() {
            ConfigError::Unreadable { message }
        } else {
            ConfigError::invalid(service, &key, message)
        }
    }
}

/// Runtime settings that are text even when they look like a number (`AUTH_AUDIENCE=12345`).
const TEXT_KEYS: &[&str] = &[
    "http_addr",
    "grpc_addr",
    "database_url",
    "data_dir",
    "log_format",
    "access_log",
    "otel_exporter_otlp_endpoint",
    "auth_issuer",
    "auth_jwks_url",
    "auth_audience",
];

/// Text from the environment or a flag. The runtime's text settings stay text; anything else is
/// read the way figment reads environment variables (`30` is a number, `true` a boolean), which
/// is what a service's own typed settings need.
fn parse_value(key: &str, text: &str) -> figment::value::Value {
    if TEXT_KEYS.contains(&key) {
        return figment::value::Value::from(text.to_owned());
    }
    text.parse()
        .unwrap_or_else(|_| figment::value::Value::from(text.to_owned()))
}

/// "env HTTP_ADDR, flag --http, file key http_addr" for one key.
fn where_to_set(service: Service, key: &str) -> String {
    let upper = key.to_ascii_uppercase();
    let env = if WELL_KNOWN_ENV.contains(&upper.as_str()) {
        upper
    } else {
        format!("{}{upper}", service.env_prefix())
    };
    match cli::flag_for(key) {
        Some(flag) => format!("env {env}, flag {flag}, file key {key}"),
        None => format!("env {env}, file key {key}"),
    }
}

/// The database URL the runtime connects to: the configured one, or the default SQLite file.
pub fn database_url(config: &RuntimeConfig, service: Service) -> Secret<String> {
    match &config.database_url {
        Some(url) => url.clone(),
        None => Secret::new(default_sqlite_url(&config.data_dir, service)),
    }
}

fn default_sqlite_url(data_dir: &Path, service: Service) -> String {
    format!(
        "sqlite://{}",
        data_dir.join(format!("{}.db", service.name())).display()
    )
}
