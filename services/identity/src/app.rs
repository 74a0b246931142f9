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
use crate::application::port::pb::server;
use crate::application::usecase::{Identity, IdentityError};
use crate::infrastructure::adapter::builtin::{
    BuiltinProvider, IssuerConfig, LocalAuthenticator, oidc,
};
use crate::infrastructure::adapter::keycloak::{KeycloakConfig, KeycloakProvider};

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
    /// With `idp = keycloak`: Keycloak's base URL, the realm, and identity's confidential client
    /// (service account with realm-management `manage-users`, `view-users`, `view-realm`; direct
    /// access grants enabled).
    pub keycloak_url: String,
    pub keycloak_realm: String,
    pub keycloak_client_id: String,
    pub keycloak_client_secret: Secret<String>,
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
            keycloak_url: String::new(),
            keycloak_realm: "bookstore".to_owned(),
            keycloak_client_id: String::new(),
            keycloak_client_secret: Secret::default(),
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

    /// The Keycloak realm and client (`idp = keycloak`).
    fn keycloak(&self) -> anyhow::Result<KeycloakConfig> {
        let url = self.keycloak_url.trim().trim_end_matches('/');
        let parsed = reqwest::Url::parse(url).map_err(|err| {
            anyhow::anyhow!(
                "invalid setting `keycloak_url` (IDENTITY_KEYCLOAK_URL / KEYCLOAK_URL): {err}"
            )
        })?;
        if !matches!(parsed.scheme(), "http" | "https") {
            anyhow::bail!("invalid setting `keycloak_url`: must be an http or https URL");
        }
        let realm = self.keycloak_realm.trim();
        let client_id = self.keycloak_client_id.trim();
        let secret = self.keycloak_client_secret.expose();
        if realm.is_empty() || client_id.is_empty() || secret.is_empty() {
            anyhow::bail!(
                "idp = keycloak needs keycloak_realm, keycloak_client_id and keycloak_client_secret \
                 (IDENTITY_KEYCLOAK_* or KEYCLOAK_*)"
            );
        }
        Ok(KeycloakConfig {
            url: url.to_owned(),
            realm: realm.to_owned(),
            client_id: client_id.to_owned(),
            client_secret: secret.clone(),
        })
    }
}

/// Keycloak's own variable names (`KEYCLOAK_URL`, `KEYCLOAK_REALM`, `KEYCLOAK_CLIENT_ID`,
/// `KEYCLOAK_CLIENT_SECRET`) stand for `IDENTITY_KEYCLOAK_*` when that is not set.
pub fn keycloak_env_aliases(env: &mut Vec<(String, String)>) {
    for key in ["URL", "REALM", "CLIENT_ID", "CLIENT_SECRET"] {
        let ours = format!("IDENTITY_KEYCLOAK_{key}");
        let alias = format!("KEYCLOAK_{key}");
        if env.iter().any(|(name, _)| *name == ours) {
            continue;
        }
        if let Some(value) = env
            .iter()
            .rev()
            .find(|(name, _)| *name == alias)
            .map(|(_, value)| value.clone())
        {
            env.push((ours, value));
        }
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
        (
            "keycloak_url",
            "idp = keycloak: Keycloak's base URL, e.g. https://sso.example.com (also KEYCLOAK_URL)",
        ),
        (
            "keycloak_realm",
            "idp = keycloak: the realm (also KEYCLOAK_REALM)",
        ),
        (
            "keycloak_client_id",
            "idp = keycloak: identity's confidential client, with a service account allowed to manage users (also KEYCLOAK_CLIENT_ID)",
        ),
        (
            "keycloak_client_secret",
            "idp = keycloak: that client's secret (never logged; also KEYCLOAK_CLIENT_SECRET)",
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
/// Invalid settings (for Keycloak: an incomplete realm and client, or `AUTH_ISSUER` not the
/// realm's), the issuer's keys cannot be loaded,
/// or the bootstrap staff user cannot be created.
pub async fn build(ctx: Context) -> anyhow::Result<Routes> {
    let settings: IdentitySettings = ctx.settings().context("reading identity's settings")?;
    settings.validate()?;
    match settings.idp {
        Idp::Builtin => builtin_routes(&ctx, &settings).await,
        Idp::Keycloak => keycloak_routes(&ctx, &settings).await,
    }
}

/// Keycloak mode: the tokens are Keycloak's, so identity serves no OIDC endpoints of its own
/// and checks bearer tokens against the realm's JWKS (`AUTH_ISSUER` must be the realm).
async fn keycloak_routes(ctx: &Context, settings: &IdentitySettings) -> anyhow::Result<Routes> {
    let config = settings.keycloak()?;
    let issuer = ctx.config.auth_issuer.trim().trim_end_matches('/');
    if issuer != config.issuer() {
        anyhow::bail!(
            "with idp = keycloak, AUTH_ISSUER must be the realm's issuer {} (it is {issuer}): \
             tokens are Keycloak's",
            config.issuer()
        );
    }
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .context("building the HTTP client for Keycloak")?;
    let provider = Arc::new(KeycloakProvider::connect(&config, http));
    let identity = Arc::new(Identity::new(provider));
    bootstrap(&identity, settings).await?;
    let authenticator = Arc::clone(&ctx.authenticator);
    Ok(Routes {
        http: router(Arc::clone(&identity), Arc::clone(&authenticator)),
        grpc: server::routes(identity, authenticator),
    })
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
        grpc: server::routes(identity, authenticator),
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
            ("IDENTITY_KEYCLOAK_URL", ""),
            ("IDENTITY_KEYCLOAK_REALM", "bookstore"),
            ("IDENTITY_KEYCLOAK_CLIENT_ID", ""),
            ("IDENTITY_KEYCLOAK_CLIENT_SECRET", ""),
        ] {
            assert!(
                help.contains(&format!("[env: {variable}] [default: {default}]")),
                "{variable} missing from:\n{help}"
            );
        }
    }

    #[test]
    fn keycloak_needs_a_url_realm_client_and_secret_and_never_shows_the_secret() {
        let complete = IdentitySettings {
            idp: Idp::Keycloak,
            keycloak_url: "https://sso.example.com/".to_owned(),
            keycloak_client_id: "identity".to_owned(),
            keycloak_client_secret: Secret::new("s3cret-value".to_owned()),
            ..IdentitySettings::default()
        };
        let config = complete.keycloak().expect("complete");
        assert_eq!(config.issuer(), "https://sso.example.com/realms/bookstore");
        assert!(!format!("{config:?}").contains("s3cret-value"));
        let no_secret = IdentitySettings {
            keycloak_client_secret: Secret::default(),
            ..complete.clone()
        };
        assert!(no_secret.keycloak().is_err());
        let bad_url = IdentitySettings {
            keycloak_url: "sso.example.com".to_owned(),
            ..complete
        };
        let refused = bad_url.keycloak().expect_err("not a URL").to_string();
        assert!(refused.contains("keycloak_url"), "{refused}");
        assert!(!refused.contains("s3cret-value"));
    }

    #[test]
    fn keycloaks_own_variable_names_are_accepted() {
        let mut env = vec![
            ("KEYCLOAK_URL".to_owned(), "http://kc:8080".to_owned()),
            ("KEYCLOAK_REALM".to_owned(), "shop".to_owned()),
            ("IDENTITY_KEYCLOAK_REALM".to_owned(), "bookstore".to_owned()),
        ];
        keycloak_env_aliases(&mut env);
        let value = |name: &str| {
            env.iter()
                .rev()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.as_str())
        };
        assert_eq!(value("IDENTITY_KEYCLOAK_URL"), Some("http://kc:8080"));
        assert_eq!(
            value("IDENTITY_KEYCLOAK_REALM"),
            Some("bookstore"),
            "identity's own name wins"
        );
        assert_eq!(value("IDENTITY_KEYCLOAK_CLIENT_ID"), None);
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
