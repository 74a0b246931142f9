//! What `/readyz` asks: is the service shutting down, and do its database and required
//! downstreams answer?

use std::sync::{Arc, RwLock};
use std::time::Duration;

use futures::future::BoxFuture;

use crate::shutdown::Shutdown;

/// One dependency the service cannot serve without (its database, a gRPC downstream, …).
pub trait ReadinessCheck: Send + Sync + 'static {
    /// Short name shown in the `/readyz` body.
    fn name(&self) -> &str;
    /// `Err` carries a short, non-secret reason.
    fn check(&self) -> BoxFuture<'_, Result<(), String>>;
}

/// The outcome of one check.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CheckOutcome {
    pub name: String,
    pub ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// The `/readyz` verdict.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ReadinessReport {
    pub ready: bool,
    pub shutting_down: bool,
    pub checks: Vec<CheckOutcome>,
}

/// The registry of checks plus the shutdown state. Clones share state.
#[derive(Clone)]
pub struct Readiness {
    shutdown: Shutdown,
    checks: Arc<RwLock<Vec<Arc<dyn ReadinessCheck>>>>,
    check_timeout: Duration,
}

impl Readiness {
    /// Each check gets at most `check_timeout`; a slower dependency counts as not ready.
    pub fn new(shutdown: Shutdown, check_timeout: Duration) -> Self {
        Self {
            shutdown,
            checks: Arc::default(),
            check_timeout,
        }
    }

    pub fn add_check(&self, check: impl ReadinessCheck) {
        self.checks
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(Arc::new(check));
    }

    pub fn shutdown(&self) -> &Shutdown {
        &self.shutdown
    }

    /// Run every check (concurrently). Once shutdown has started the service is not ready,
    /// whatever its dependencies say.
    pub async fn report(&self) -> ReadinessReport {
        let checks: Vec<_> = self
            .checks
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone();
        let outcomes = futures::future::join_all(checks.iter().map(|check| async move {
            let result = match tokio::time::timeout(self.check_timeout, check.check()).await {
                Ok(result) => result,
                Err(_) => Err(format!(
                    "no answer within {} ms",
                    self.check_timeout.as_millis()
                )),
            };
            CheckOutcome {
                name: check.name().to_owned(),
                ok: result.is_ok(),
                error: result.err(),
            }
        }))
        .await;
        let shutting_down = self.shutdown.is_draining();
        ReadinessReport {
            ready: !shutting_down && outcomes.iter().all(|o| o.ok),
            shutting_down,
            checks: outcomes,
        }
    }
}
