//! The command line every service binary shares.

use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use super::Service;

/// `<service> [serve|migrate] [flags]`. Flags win over environment variables, which win over the
/// file, which wins over the built-in defaults.
#[derive(Debug, Clone, Default, Parser)]
#[command(version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// TOML file with settings (keys as listed below in lower case, e.g. `http_addr`).
    #[arg(long, env = "CONFIG_FILE", value_name = "PATH", global = true)]
    pub config: Option<PathBuf>,

    #[command(flatten)]
    pub overrides: Overrides,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Subcommand)]
pub enum Command {
    /// Run migrations (unless disabled) and serve HTTP and gRPC until SIGTERM/SIGINT (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
}

/// Settings given as flags. Each is a string so that type errors are reported by the same
/// validation as every other layer, naming the key.
#[derive(Clone, Default, Args)]
pub struct Overrides {
    /// HTTP listen address [env: HTTP_ADDR] [default: 127.0.0.1:808N, N by service]
    #[arg(long = "http", value_name = "ADDR", global = true)]
    pub http_addr: Option<String>,

    /// gRPC listen address [env: GRPC_ADDR] [default: 127.0.0.1:908N, N by service]
    #[arg(long = "grpc", value_name = "ADDR", global = true)]
    pub grpc_addr: Option<String>,

    /// sqlite://PATH, sqlite::memory: or mysql://USER:PASS@HOST/DB [env: DATABASE_URL] [default: SQLite file <data-dir>/<service>.db]
    #[arg(long = "database-url", value_name = "URL", global = true)]
    pub database_url: Option<String>,

    /// Directory for the default SQLite database, created on first run [env: DATA_DIR] [default: ./data]
    #[arg(long = "data-dir", value_name = "DIR", global = true)]
    pub data_dir: Option<String>,

    /// Run pending migrations when serving [env: <SERVICE>_MIGRATE_ON_START] [default: true]
    #[arg(long = "migrate-on-start", value_name = "BOOL", global = true)]
    pub migrate_on_start: Option<String>,

    /// `human` or `json` [env: LOG_FORMAT] [default: human]; the filter comes from RUST_LOG
    #[arg(long = "log-format", value_name = "FORMAT", global = true)]
    pub log_format: Option<String>,

    /// Access-log lines: `all` (every request), `errors` (5xx at ERROR, 4xx at INFO) or `off` [env: ACCESS_LOG] [default: errors]
    #[arg(long = "access-log", value_name = "WHICH", global = true)]
    pub access_log: Option<String>,

    /// Export traces over OTLP/gRPC to this endpoint [env: OTEL_EXPORTER_OTLP_ENDPOINT] [default: no export]
    #[arg(long = "otlp-endpoint", value_name = "URL", global = true)]
    pub otlp_endpoint: Option<String>,

    /// Expected `iss` of bearer tokens [env: AUTH_ISSUER] [default: the built-in issuer, http://127.0.0.1:8083/realms/bookstore]
    #[arg(long = "auth-issuer", value_name = "URL", global = true)]
    pub auth_issuer: Option<String>,

    /// Where the issuer publishes its signing keys [env: AUTH_JWKS_URL] [default: <issuer>/protocol/openid-connect/certs]
    #[arg(long = "auth-jwks-url", value_name = "URL", global = true)]
    pub auth_jwks_url: Option<String>,

    /// Expected `aud` (or `azp`) of bearer tokens [env: AUTH_AUDIENCE] [default: bookstore]
    #[arg(long = "auth-audience", value_name = "NAME", global = true)]
    pub auth_audience: Option<String>,

    /// Upper bound for one request, also bounding the shutdown drain [env: <SERVICE>_REQUEST_TIMEOUT_SECS] [default: 30]
    #[arg(long = "request-timeout-secs", value_name = "SECS", global = true)]
    pub request_timeout_secs: Option<String>,

    /// Largest accepted request body [env: <SERVICE>_BODY_LIMIT_BYTES] [default: 1048576]
    #[arg(long = "body-limit-bytes", value_name = "BYTES", global = true)]
    pub body_limit_bytes: Option<String>,

    /// How long readiness fails before the servers stop accepting on shutdown [env: <SERVICE>_DRAIN_DELAY_MS] [default: 1000]
    #[arg(long = "drain-delay-ms", value_name = "MS", global = true)]
    pub drain_delay_ms: Option<String>,
}

/// Flag names only: `--database-url` may carry a password.
impl std::fmt::Debug for Overrides {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.set_values().map(|(key, _)| key))
            .finish()
    }
}

impl Overrides {
    /// The flags that were given, as (settings key, text) pairs.
    pub fn set_values(&self) -> impl Iterator<Item = (&'static str, &str)> {
        [
            ("http_addr", &self.http_addr),
            ("grpc_addr", &self.grpc_addr),
            ("database_url", &self.database_url),
            ("data_dir", &self.data_dir),
            ("migrate_on_start", &self.migrate_on_start),
            ("log_format", &self.log_format),
            ("access_log", &self.access_log),
            ("otel_exporter_otlp_endpoint", &self.otlp_endpoint),
            ("auth_issuer", &self.auth_issuer),
            ("auth_jwks_url", &self.auth_jwks_url),
            ("auth_audience", &self.auth_audience),
            ("request_timeout_secs", &self.request_timeout_secs),
            ("body_limit_bytes", &self.body_limit_bytes),
            ("drain_delay_ms", &self.drain_delay_ms),
        ]
        .into_iter()
        .filter_map(|(key, value)| value.as_deref().map(|value| (key, value)))
    }
}

impl Cli {
    /// Parse the process's arguments for `service` (its name and prefix appear in `--help`).
    /// Exits with usage on bad arguments, as command-line tools do.
    pub fn parse_for(service: Service) -> Self {
        let matches = command_for(service).get_matches();
        Self::from_arg_matches(&matches).unwrap_or_else(|err| err.exit())
    }

    /// [`Cli::parse_for`] with the service's own settings listed in `--help`.
    pub fn parse_with_settings(service: Service, settings: &[SettingHelp]) -> Self {
        let matches = command_with_settings(service, settings).get_matches();
        Self::from_arg_matches(&matches).unwrap_or_else(|err| err.exit())
    }

    /// Like [`Cli::parse_for`] with explicit arguments (the first is the program name).
    ///
    /// # Errors
    /// Unknown flags or subcommands.
    pub fn try_parse_for<I, T>(service: Service, args: I) -> Result<Self, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let matches = command_for(service).try_get_matches_from(args)?;
        Self::from_arg_matches(&matches)
    }
}

/// The clap command with the service's name and its environment prefix spelled out.
pub fn command_for(service: Service) -> clap::Command {
    let prefix = service.env_prefix();
    Cli::command()
        .name(service.name())
        .bin_name(service.name())
        .about(format!("The bookstore's {service} service (REST and gRPC)"))
        .after_help(format!(
        "Settings are read from built-in defaults, then the --config file, then environment variables, \
         then flags (later wins). <SERVICE>_ above is {prefix} for this service; the service's own \
         settings use the same prefix and file keys."
    ))
}

/// One of a service's own settings as `--help` shows it. Built by [`describe_settings`] from
/// the settings type, so the defaults shown are the ones in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingHelp {
    /// The file key (`inventory_grpc_url`); the environment variable is the service's prefix
    /// plus the key in upper case.
    pub key: String,
    /// The built-in default as it would be written in the file.
    pub default: String,
    pub about: &'static str,
}

/// The service's own settings for `--help`: every field of `T` (as serialized from
/// `T::default()`, which gives its default), described by `about` (`(key, text)` pairs).
///
/// # Errors
/// The keys of `about` and of `T` differ (a setting left undocumented, or a description of one
/// that does not exist); the message names them. Services test this, so the help cannot drift.
pub fn describe_settings<T: serde::Serialize + Default>(
    about: &[(&'static str, &'static str)],
) -> Result<Vec<SettingHelp>, String> {
    let defaults = match serde_json::to_value(T::default()) {
        Ok(serde_json::Value::Object(fields)) => fields,
        Ok(other) => return Err(format!("settings must be a struct, not {other}")),
        Err(err) => return Err(format!("settings cannot be serialized: {err}")),
    };
    let described: Vec<&str> = about.iter().map(|(key, _)| *key).collect();
    let undocumented: Vec<&str> = defaults
        .keys()
        .map(String::as_str)
        .filter(|key| !described.contains(key))
        .collect();
    let unknown: Vec<&str> = described
        .iter()
        .copied()
        .filter(|key| !defaults.contains_key(*key))
        .collect();
    if !undocumented.is_empty() || !unknown.is_empty() {
        return Err(format!(
            "settings without a description: {undocumented:?}; descriptions of no setting: {unknown:?}"
        ));
    }
    Ok(about
        .iter()
        .map(|(key, text)| SettingHelp {
            key: (*key).to_owned(),
            default: match &defaults[*key] {
                serde_json::Value::String(text) => text.clone(),
                other => other.to_string(),
            },
            about: text,
        })
        .collect())
}

/// [`command_for`] with a section listing the service's own settings.
pub fn command_with_settings(service: Service, settings: &[SettingHelp]) -> clap::Command {
    let command = command_for(service);
    if settings.is_empty() {
        return command;
    }
    let prefix = service.env_prefix();
    let mut section = format!(
        "{}\n\n{}'s own settings (file key, or environment variable; no flags):",
        command
            .get_after_help()
            .map(ToString::to_string)
            .unwrap_or_default(),
        service.name()
    );
    for setting in settings {
        let env = format!("{prefix}{}", setting.key.to_uppercase());
        section.push_str(&format!(
            "\n  {} [env: {env}] [default: {}]\n          {}",
            setting.key, setting.default, setting.about
        ));
    }
    command.after_help(section)
}

/// The flag that sets `key`, for error messages.
pub(super) fn flag_for(key: &str) -> Option<&'static str> {
    Some(match key {
        "http_addr" => "--http",
        "grpc_addr" => "--grpc",
        "database_url" => "--database-url",
        "data_dir" => "--data-dir",
        "migrate_on_start" => "--migrate-on-start",
        "log_format" => "--log-format",
        "access_log" => "--access-log",
        "otel_exporter_otlp_endpoint" => "--otlp-endpoint",
        "auth_issuer" => "--auth-issuer",
        "auth_jwks_url" => "--auth-jwks-url",
        "auth_audience" => "--auth-audience",
        "request_timeout_secs" => "--request-timeout-secs",
        "body_limit_bytes" => "--body-limit-bytes",
        "drain_delay_ms" => "--drain-delay-ms",
        _ => return None,
    })
}
