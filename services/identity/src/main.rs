//! The identity service binary: configuration, migrations and serving come from the runtime;
//! identity adds `--idp builtin|keycloak` and the `rotate-keys` subcommand.

use anyhow::Context as _;
use clap::{Arg, FromArgMatches as _};
use identity::app::{self, IdentitySettings};
use identity::application::port::{openapi, pb};
use service_kit::config::{
    Cli, Command, ConfigSources, LoadedConfig, command_with_settings, database_url,
};
use service_kit::{Database, Runtime, Service};

const ROTATE_KEYS: &str = "rotate-keys";

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let help = app::settings_help().map_err(anyhow::Error::msg)?;
    let matches = command_with_settings(Service::Identity, &help)
        .arg(
            Arg::new("idp")
                .long("idp")
                .value_name("builtin|keycloak")
                .global(true)
                .help("The identity provider [env: IDENTITY_IDP] [default: builtin]"),
        )
        .subcommand(clap::Command::new(ROTATE_KEYS).about(
            "Add a new current signing key; the previous one stays in the JWKS until every token it signed has expired",
        ))
        .get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|err| err.exit());
    let mut sources = ConfigSources::from_process(&cli);
    // `--idp` wins over IDENTITY_IDP: it is added as the last environment entry of that name.
    if let Some(idp) = matches.get_one::<String>("idp") {
        sources.env.push(("IDENTITY_IDP".to_owned(), idp.clone()));
    }
    app::keycloak_env_aliases(&mut sources.env);
    if matches.subcommand_name() == Some(ROTATE_KEYS) {
        return rotate_keys(&sources).await;
    }
    Runtime::new(Service::Identity)
        .migrations(app::MIGRATIONS)
        .openapi_json(openapi::OPENAPI_JSON)
        .grpc_reflection(pb::FILE_DESCRIPTOR_SET, pb::SERVICE_NAMES)
        .settings_help(help)
        .run_with(cli.command.unwrap_or(Command::Serve), sources, app::build)
        .await
}

async fn rotate_keys(sources: &ConfigSources) -> anyhow::Result<()> {
    let loaded = LoadedConfig::load(Service::Identity, sources)?;
    let config = loaded.runtime()?;
    let settings: IdentitySettings = loaded.settings()?;
    let database = Database::connect(&database_url(&config, Service::Identity))
        .await
        .context("opening the database")?;
    database
        .migrate(&app::MIGRATIONS)
        .await
        .context("migrating the database")?;
    let kid = app::rotate_keys(database.clone(), &settings).await?;
    database.close().await;
    println!("the new signing key is {kid}");
    Ok(())
}
