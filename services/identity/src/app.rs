//! Start-up wiring: identity's settings, the identity provider they choose, and the HTTP and
//! gRPC routes. `main.rs` hands [`build`] to the runtime and runs [`rotate_keys`] for
//! `identity rotate-keys`.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use serde::{Deserialize, Serialize};
use service_kit::config::{SettingHelp, describe_settings};
use service_kit::{Context, Database, Migrations, Routes, Secret};

use crate::application::port::openapi::router::router;
use crate::application::usecase::{Identity, IdentityError};
use crate::infrastructure::adapter::builtin::{
    BuiltinProvider, IssuerConfig, LocalAuthenticator, oidc,
};
use crate::infrastructure::adapter::protosvc::UserGrpc;

/// How often expired sessions and refresh tokens are deleted.
const PURGE_EVERY: Duration = Duration::from_secs(300);

/// Both dialects' migrations.
pub const MIGRATIONS: Migrations = Migrations {
    sqlite: &MIGRATOR_SQLITE,
    mysql: &MIGRATOR_MYSQL,
};

static MIGRATOR_SQLITE: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static MIGRATOR_MYSQL: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/mysql");

/// Which identity provider identity fronts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Idp {
    /// The embedded OpenID Connect issuer, on identity's own database.
    #[default]
    Builtin,
    /// A Keycloak realm.
    Keycloak,
}

/// Identity's own settings: file keys as named, environment variables `IDENTITY_<KEY>`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdentitySettings {
    /// `builtin` or `keycloak` (also `--idp`).
    pub idp: Idp,
    /// Lifetime of an access token.
    pub access_token_ttl_secs: u64,
    /// Lifetime of a refresh token (each exchange starts a new one).
    pub refresh_token_ttl_secs: u64,
    /// How often the signing keys are re-read from the database (to see `rotate-keys`).
    pub key_reload_secs: u64,
    /// With the password below: the staff user created on a start where no staff exists.
    pub bootstrap_admin_email: String,
    pub bootstrap_admin_password: Secret<String>,
}

impl Default for IdentitySettings {
    fn default() -> Self {
        Self {
            idp: Idp::Builtin,
            access_token_ttl_secs: 300,
            refresh_token_ttl_secs: 1800,
            key_reload_secs: 10,
            bootstrap_admin_email: String::new(),
            bootstrap_admin_password: Secret::default(),
        }
    }
}

impl IdentitySettings {
    fn validate(&self) -> anyhow::Result<()> {
        if self.access_token_ttl_secs == 0 || self.refresh_token_ttl_secs == 0 {
            anyhow::bail!(
                "invalid setting: access_token_ttl_secs and refresh_token_ttl_secs must be at least 1"
            );
        }
        if self.key_reload_secs == 0 {
            anyhow::bail!("invalid setting `key_reload_secs`: must be at least 1");
        }
        Ok(())
    }
}

/// Identity's settings as `--help` lists them.
///
/// # Errors
/// A field of [`IdentitySettings`] without a description here, or the reverse.
pub fn settings_help() -> Result<Vec<SettingHelp>, String> {
    describe_settings::<IdentitySettings>(&[
        (
            "idp",
            "the identity provider: builtin (the embedded OpenID Connect issuer) or keycloak (also --idp)",
        ),
        ("access_token_ttl_secs", "lifetime of an access token"),
        (
            "refresh_token_ttl_secs",
            "lifetime of a refresh token; every exchange rotates it",
        ),
        (
            "key_reload_secs",
            "how often the signing keys are re-read from the database (to pick up rotate-keys)",
        ),
        (
            "bootstrap_admin_email",
            "with bootstrap_admin_password: the staff (manage) user created on a start where none exists",
        ),
        (
            "bootstrap_admin_password",
            "the bootstrap staff user's password (at least 8 characters; never logged)",
        ),
    ])
}

fn issuer_config(ctx: &Context, settings: &IdentitySettings) -> IssuerConfig {
    IssuerConfig {
        issuer: ctx
            .config
            .auth_issuer
            .trim()
            .trim_end_matches('/')
            .to_owned(),
        audience: ctx.config.auth_audience.clone(),
        access_ttl: Duration::from_secs(settings.access_token_ttl_secs),
        refresh_ttl: Duration::from_secs(settings.refresh_token_ttl_secs),
    }
}

/// The routes `main.rs` serves, over the identity provider the settings choose.
///
/// # Errors
/// Invalid settings, `idp = keycloak` (not available yet), the issuer's keys cannot be loaded,
/// or the bootstrap staff user cannot be created.
pub async fn build(ctx: Context) -> anyhow::Result<Routes> {
    let settings: IdentitySettings = ctx.settings().context("reading identity's settings")?;
    settings.validate()?;
    match settings.idp {
        Idp::Builtin => builtin_routes(&ctx, &settings).await,
        Idp::Keycloak => anyhow::bail!(
            "idp = keycloak (--idp / IDENTITY_IDP): the Keycloak adapter is not part of this build \
             yet; run with the built-in issuer (--idp builtin, the default)"
        ),
    }
}

async fn builtin_routes(ctx: &Context, settings: &IdentitySettings) -> anyhow::Result<Routes> {
    let provider = BuiltinProvider::open(
        ctx.database.clone(),
        issuer_config(ctx, settings),
        Duration::from_secs(settings.key_reload_secs),
    )
    .await
    .context("opening the built-in issuer")?;
    let provider = Arc::new(provider);
    let purging = Arc::clone(&provider);
    let stop = ctx.shutdown.stopping();
    tokio::spawn(async move { purging.purge_expired_until(PURGE_EVERY, stop).await });
    // One set of use cases (one brute-force guard) for REST, gRPC and the OIDC endpoints.
    let identity = Arc::new(Identity::new(Arc::clone(&provider)));
    bootstrap(&identity, settings).await?;
    // Identity checks its own tokens against its own keys; other services use the JWKS.
    let authenticator: Arc<dyn openapi_runtime::Authenticator> =
        Arc::new(LocalAuthenticator(Arc::clone(&provider)));
    let http = router(Arc::clone(&identity), Arc::clone(&authenticator))
        .merge(oidc::routes(Arc::clone(&identity)));
    Ok(Routes {
        http,
        grpc: UserGrpc::new(identity, authenticator).routes(),
    })
}

async fn bootstrap<P: crate::application::port::provider::IdentityProvider>(
    identity: &Identity<P>,
    settings: &IdentitySettings,
) -> anyhow::Result<()> {
    let email = settings.bootstrap_admin_email.trim();
    let password = settings.bootstrap_admin_password.expose();
    match (email.is_empty(), password.is_empty()) {
        (true, true) => return Ok(()),
        (false, false) => {}
        _ => anyhow::bail!(
            "set both IDENTITY_BOOTSTRAP_ADMIN_EMAIL and IDENTITY_BOOTSTRAP_ADMIN_PASSWORD, or neither"
        ),
    }
    match identity.bootstrap_staff(email, password).await {
        Ok(true) => {
            tracing::info!("created the bootstrap staff user");
            Ok(())
        }
        Ok(false) => Ok(()),
        Err(IdentityError::App(app_kit::AppError::Invalid(issues))) => {
            let reasons: Vec<String> = issues
                .iter()
                .map(|i| format!("{}: {}", i.path, i.detail))
                .collect();
            anyhow::bail!(
                "the bootstrap staff user is refused: {}",
                reasons.join("; ")
            )
        }
        Err(err) => Err(anyhow::Error::new(err).context("creating the bootstrap staff user")),
    }
}

/// `identity rotate-keys`: a new current signing key on this database.
///
/// # Errors
/// Invalid settings, or key generation or the database failed.
pub async fn rotate_keys(
    database: Database,
    settings: &IdentitySettings,
) -> anyhow::Result<String> {
    settings.validate()?;
    BuiltinProvider::rotate_keys(
        database,
        Duration::from_secs(settings.access_token_ttl_secs),
    )
    .await
    .context("rotating the signing keys")
}

#[cfg(test)]
mod tests {
    use service_kit::Service;
    use service_kit::config::command_with_settings;

    use super::*;

    #[test]
    fn help_lists_every_identity_setting_with_its_variable() {
        let settings = settings_help().expect("every setting described");
        let help = command_with_settings(Service::Identity, &settings)
            .render_long_help()
            .to_string();
        for (variable, default) in [
            ("IDENTITY_IDP", "builtin"),
            ("IDENTITY_ACCESS_TOKEN_TTL_SECS", "300"),
            ("IDENTITY_REFRESH_TOKEN_TTL_SECS", "1800"),
            ("IDENTITY_KEY_RELOAD_SECS", "10"),
            ("IDENTITY_BOOTSTRAP_ADMIN_EMAIL", ""),
            ("IDENTITY_BOOTSTRAP_ADMIN_PASSWORD", ""),
        ] {
            assert!(
                help.contains(&format!("[env: {variable}] [default: {default}]")),
                "{variable} missing from:\n{help}"
            );
        }
    }

    #[test]
    fn lifetimes_must_be_positive() {
        let zero = IdentitySettings {
            access_token_ttl_secs: 0,
            ..IdentitySettings::default()
        };
        assert!(zero.validate().is_err());
        assert!(IdentitySettings::default().validate().is_ok());
    }
}
