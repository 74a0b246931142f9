//! Configuration layering, validation messages, help text and secrets.

use service_kit::config::{AccessLog, Cli, ConfigSources, LoadedConfig, Overrides, command_for};
use service_kit::{RuntimeConfig, Service};

fn env(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

fn load(sources: &ConfigSources) -> Result<RuntimeConfig, String> {
    LoadedConfig::load(Service::Catalog, sources)
        .and_then(|c| c.runtime())
        .map_err(|e| e.to_string())
}

#[test]
fn defaults_give_each_service_its_own_ports() {
    let config = load(&ConfigSources::default()).unwrap();
    assert_eq!(config.http_addr.to_string(), "127.0.0.1:8081");
    assert_eq!(config.grpc_addr.to_string(), "127.0.0.1:9081");
    assert_eq!(
        config.auth_issuer, "http://127.0.0.1:8083/realms/bookstore",
        "the built-in issuer"
    );
    assert_eq!(
        config.auth_jwks_url,
        "http://127.0.0.1:8083/realms/bookstore/protocol/openid-connect/certs"
    );
    assert_eq!(config.auth_audience, "bookstore");
    assert_eq!(
        config.access_log,
        AccessLog::Errors,
        "errors only unless asked"
    );
    let payment = LoadedConfig::load(Service::Payment, &ConfigSources::default())
        .unwrap()
        .runtime()
        .unwrap();
    assert_eq!(payment.http_addr.to_string(), "127.0.0.1:8086");
    assert_eq!(payment.grpc_addr.to_string(), "127.0.0.1:9086");
}

#[test]
fn the_file_overrides_defaults_the_environment_overrides_the_file_and_flags_override_all() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("catalog.toml");
    std::fs::write(
        &file,
        "http_addr = \"127.0.0.1:7001\"\ngrpc_addr = \"127.0.0.1:7002\"\nrequest_timeout_secs = 5\n\
         data_dir = \"/var/lib/catalog\"\nbody_limit_bytes = 2048\n",
    )
    .unwrap();
    let sources = ConfigSources {
        file: Some(file),
        env: env(&[
            ("HTTP_ADDR", "127.0.0.1:7101"),
            ("CATALOG_REQUEST_TIMEOUT_SECS", "7"),
            ("CATALOG_BODY_LIMIT_BYTES", "4096"),
            // Another service's prefix and unrelated variables are ignored.
            ("ORDER_REQUEST_TIMEOUT_SECS", "99"),
            ("PATH", "/usr/bin"),
        ]),
        overrides: Overrides {
            grpc_addr: Some("127.0.0.1:7202".into()),
            body_limit_bytes: Some("8192".into()),
            ..Default::default()
        },
    };
    let config = load(&sources).unwrap();
    assert_eq!(
        config.http_addr.to_string(),
        "127.0.0.1:7101",
        "env over file"
    );
    assert_eq!(
        config.grpc_addr.to_string(),
        "127.0.0.1:7202",
        "flag over file"
    );
    assert_eq!(config.request_timeout_secs, 7, "prefixed env over file");
    assert_eq!(config.body_limit_bytes, 8192, "flag over env");
    assert_eq!(
        config.data_dir,
        std::path::PathBuf::from("/var/lib/catalog"),
        "file over default"
    );
    assert_eq!(config.drain_delay_ms, 1000, "default when no layer sets it");
}

#[test]
fn flags_are_parsed_from_the_command_line() {
    let cli = Cli::try_parse_for(
        Service::Catalog,
        [
            "catalog",
            "migrate",
            "--http",
            "127.0.0.1:1234",
            "--database-url",
            "sqlite::memory:",
            "--access-log",
            "off",
        ],
    )
    .unwrap();
    assert_eq!(cli.command, Some(service_kit::config::Command::Migrate));
    let config = load(&ConfigSources {
        overrides: cli.overrides,
        ..Default::default()
    })
    .unwrap();
    assert_eq!(config.http_addr.port(), 1234);
    assert_eq!(config.database_url.unwrap().expose(), "sqlite::memory:");
    assert_eq!(config.access_log, AccessLog::Off);
}

#[test]
fn a_bad_value_is_reported_with_its_key_and_where_to_set_it() {
    let err = load(&ConfigSources {
        env: env(&[("HTTP_ADDR", "not-an-address")]),
        ..Default::default()
    })
    .unwrap_err();
    assert!(
        err.contains("`http_addr`") && err.contains("HTTP_ADDR") && err.contains("--http"),
        "{err}"
    );

    let err = load(&ConfigSources {
        env: env(&[("CATALOG_REQUEST_TIMEOUT_SECS", "soon")]),
        ..Default::default()
    })
    .unwrap_err();
    assert!(
        err.contains("`request_timeout_secs`") && err.contains("CATALOG_REQUEST_TIMEOUT_SECS"),
        "{err}"
    );

    let err = load(&ConfigSources {
        env: env(&[("LOG_FORMAT", "xml")]),
        ..Default::default()
    })
    .unwrap_err();
    assert!(
        err.contains("`log_format`") && err.contains("LOG_FORMAT"),
        "{err}"
    );

    let err = load(&ConfigSources {
        env: env(&[("ACCESS_LOG", "verbose")]),
        ..Default::default()
    })
    .unwrap_err();
    assert!(
        err.contains("`access_log`")
            && err.contains("ACCESS_LOG")
            && err.contains("--access-log")
            && err.contains("`all`, `errors`, `off`"),
        "names the key, where to set it and the accepted values: {err}"
    );
    assert_eq!(
        load(&ConfigSources {
            env: env(&[("ACCESS_LOG", "all")]),
            ..Default::default()
        })
        .unwrap()
        .access_log,
        AccessLog::All
    );

    let err = load(&ConfigSources {
        env: env(&[("CATALOG_REQUEST_TIMEOUT_SECS", "0")]),
        ..Default::default()
    })
    .unwrap_err();
    assert!(
        err.contains("`request_timeout_secs`") && err.contains("at least 1"),
        "{err}"
    );

    let err = load(&ConfigSources {
        env: env(&[
            ("AUTH_ISSUER", "http://idp/realms/bookstore"),
            ("AUTH_JWKS_URL", "ftp://idp/certs"),
        ]),
        ..Default::default()
    })
    .unwrap_err();
    assert!(
        err.contains("`auth_jwks_url`") && err.contains("AUTH_JWKS_URL"),
        "{err}"
    );

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.toml");
    std::fs::write(&file, "grpc_addr = 42\n").unwrap();
    let err = load(&ConfigSources {
        file: Some(file),
        ..Default::default()
    })
    .unwrap_err();
    assert!(
        err.contains("`grpc_addr`") && err.contains("configuration file"),
        "{err}"
    );

    let err = load(&ConfigSources {
        file: Some("/nonexistent/catalog.toml".into()),
        ..Default::default()
    })
    .unwrap_err();
    assert!(err.contains("/nonexistent/catalog.toml"), "{err}");
}

#[test]
fn a_bad_database_url_is_refused_without_echoing_it() {
    let err = load(&ConfigSources {
        env: env(&[("DATABASE_URL", "postgres://admin:hunter2@db/catalog")]),
        ..Default::default()
    })
    .unwrap_err();
    assert!(
        err.contains("`database_url`") && err.contains("DATABASE_URL"),
        "{err}"
    );
    assert!(!err.contains("hunter2"), "{err}");
}

#[test]
fn secrets_never_print() {
    let config = load(&ConfigSources {
        env: env(&[("DATABASE_URL", "mysql://app:hunter2@127.0.0.1/catalog")]),
        ..Default::default()
    })
    .unwrap();
    assert!(!format!("{config:?}").contains("hunter2"));
    assert_eq!(
        config.database_url.unwrap().expose(),
        "mysql://app:hunter2@127.0.0.1/catalog"
    );
}

#[test]
fn auth_settings_are_read_as_text_even_when_they_look_like_numbers() {
    let config = load(&ConfigSources {
        env: env(&[
            ("AUTH_ISSUER", "http://127.0.0.1:8083/realms/bookstore"),
            (
                "AUTH_JWKS_URL",
                "http://127.0.0.1:8083/realms/bookstore/protocol/openid-connect/certs",
            ),
            ("AUTH_AUDIENCE", "12345"),
        ]),
        ..Default::default()
    })
    .unwrap();
    let jwks = config.jwks();
    assert_eq!(jwks.audience, "12345");
}

#[test]
fn the_jwks_url_follows_the_issuer_unless_it_is_set_in_some_layer() {
    // The issuer alone, from the environment: the keys are looked up at that issuer.
    let config = load(&ConfigSources {
        env: env(&[("AUTH_ISSUER", "https://sso.example.com/realms/shop/")]),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(
        config.auth_jwks_url,
        "https://sso.example.com/realms/shop/protocol/openid-connect/certs"
    );

    // The issuer alone, from the file or a flag.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("catalog.toml");
    std::fs::write(&file, "auth_issuer = \"http://127.0.0.1:9999/realms/a\"\n").unwrap();
    let config = load(&ConfigSources {
        file: Some(file.clone()),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(
        config.auth_jwks_url,
        "http://127.0.0.1:9999/realms/a/protocol/openid-connect/certs"
    );
    let config = load(&ConfigSources {
        overrides: Overrides {
            auth_issuer: Some("http://127.0.0.1:9998/realms/b".into()),
            ..Default::default()
        },
        ..Default::default()
    })
    .unwrap();
    assert_eq!(
        config.auth_jwks_url,
        "http://127.0.0.1:9998/realms/b/protocol/openid-connect/certs"
    );

    // An explicit JWKS URL in a lower layer still wins over the derivation from a higher-layer
    // issuer: explicit settings are never overridden by a default.
    let explicit = dir.path().join("explicit.toml");
    std::fs::write(&explicit, "auth_jwks_url = \"http://keys.internal/jwks\"\n").unwrap();
    let config = load(&ConfigSources {
        file: Some(explicit),
        env: env(&[("AUTH_ISSUER", "https://sso.example.com/realms/shop")]),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(config.auth_issuer, "https://sso.example.com/realms/shop");
    assert_eq!(config.auth_jwks_url, "http://keys.internal/jwks");

    let config = load(&ConfigSources {
        file: Some(file),
        env: env(&[("AUTH_JWKS_URL", "http://keys.internal/other")]),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(config.auth_jwks_url, "http://keys.internal/other");
}

#[derive(Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
struct CatalogSettings {
    page_size_max: u32,
    featured: Option<String>,
}

#[test]
fn a_service_reads_its_own_settings_from_the_same_layers() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("catalog.toml");
    std::fs::write(&file, "featured = \"rust\"\npage_size_max = 50\n").unwrap();
    let sources = ConfigSources {
        file: Some(file),
        env: env(&[("CATALOG_PAGE_SIZE_MAX", "100")]),
        ..Default::default()
    };
    let settings: CatalogSettings = LoadedConfig::load(Service::Catalog, &sources)
        .unwrap()
        .settings()
        .unwrap();
    assert_eq!(
        settings,
        CatalogSettings {
            page_size_max: 100,
            featured: Some("rust".into())
        }
    );

    let bad = ConfigSources {
        env: env(&[("CATALOG_PAGE_SIZE_MAX", "lots")]),
        ..Default::default()
    };
    let err = LoadedConfig::load(Service::Catalog, &bad)
        .unwrap()
        .settings::<CatalogSettings>()
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("`page_size_max`") && err.contains("CATALOG_PAGE_SIZE_MAX"),
        "{err}"
    );
}

#[test]
fn help_documents_every_setting() {
    let help = command_for(Service::Inventory)
        .render_long_help()
        .to_string();
    for name in service_kit::config::WELL_KNOWN_ENV {
        assert!(help.contains(name), "--help lacks {name}:\n{help}");
    }
    for flag in [
        "--http",
        "--grpc",
        "--database-url",
        "--data-dir",
        "--migrate-on-start",
        "--log-format",
        "--access-log",
        "--otlp-endpoint",
        "--auth-issuer",
        "--auth-jwks-url",
        "--auth-audience",
        "--request-timeout-secs",
        "--body-limit-bytes",
        "--drain-delay-ms",
        "--config",
        "migrate",
        "serve",
    ] {
        assert!(help.contains(flag), "--help lacks {flag}:\n{help}");
    }
    assert!(
        help.contains("INVENTORY_"),
        "the service prefix is spelled out:\n{help}"
    );
}

#[test]
fn configuration_sources_never_print_values() {
    let sources = ConfigSources {
        env: env(&[("DATABASE_URL", "mysql://app:hunter2@db/catalog")]),
        overrides: Overrides {
            database_url: Some("mysql://app:hunter2@db/catalog".into()),
            ..Default::default()
        },
        ..Default::default()
    };
    let printed = format!("{sources:?}");
    assert!(
        printed.contains("DATABASE_URL") && printed.contains("database_url"),
        "{printed}"
    );
    assert!(!printed.contains("hunter2"), "{printed}");
}
