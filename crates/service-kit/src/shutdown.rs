//! Graceful shutdown in two phases.
//!
//! Phase one ("draining") starts on SIGTERM/SIGINT or [`Shutdown::trigger`]: readiness turns 503
//! and gRPC health reports `NOT_SERVING`, so load balancers stop sending new work, while both
//! servers keep accepting. After the drain delay phase two ("stopping") tells the HTTP and gRPC
//! servers to stop accepting; requests already in flight finish (each is bounded by the request
//! timeout) and the process exits 0.

use std::time::Duration;

use tokio_util::sync::CancellationToken;

/// Shared by the servers, the readiness endpoint and whoever starts the shutdown. Clones share state.
#[derive(Clone, Debug)]
pub struct Shutdown {
    draining: CancellationToken,
    stopping: CancellationToken,
    drain_delay: Duration,
}

impl Shutdown {
    /// `drain_delay` is how long readiness reports failure before the servers stop accepting.
    pub fn new(drain_delay: Duration) -> Self {
        Self {
            draining: CancellationToken::new(),
            stopping: CancellationToken::new(),
            drain_delay,
        }
    }

    /// Start the shutdown: readiness fails now, the servers stop accepting after the drain delay.
    /// Calling it again has no further effect.
    ///
    /// # Panics
    /// Outside a Tokio runtime (the drain delay runs as a task).
    pub fn trigger(&self) {
        if self.draining.is_cancelled() {
            return;
        }
        tracing::info!(
            drain_delay_ms = self.drain_delay.as_millis() as u64,
            "shutdown started: readiness now fails"
        );
        self.draining.cancel();
        let stopping = self.stopping.clone();
        let delay = self.drain_delay;
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            tracing::info!("no longer accepting requests; waiting for in-flight requests");
            stopping.cancel();
        });
    }

    /// Trigger the shutdown when the process receives SIGTERM or SIGINT.
    pub fn trigger_on_signal(&self) {
        let this = self.clone();
        tokio::spawn(async move {
            shutdown_signal().await;
            this.trigger();
        });
    }

    /// Whether phase one has started (readiness must fail).
    pub fn is_draining(&self) -> bool {
        self.draining.is_cancelled()
    }

    /// Resolves when phase one starts.
    pub async fn draining(&self) {
        self.draining.cancelled().await;
    }

    /// Resolves when the servers must stop accepting (phase two); feed it to graceful shutdown.
    pub fn stopping(&self) -> impl Future<Output = ()> + Send + 'static {
        self.stopping.clone().cancelled_owned()
    }
}

/// Resolves on SIGINT (Ctrl-C) or, on Unix, SIGTERM. The one signal source for HTTP and gRPC.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %err, "cannot listen for Ctrl-C; only SIGTERM will stop the service");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::error!(error = %err, "cannot listen for SIGTERM; only Ctrl-C will stop the service");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => tracing::info!("received SIGINT"),
        () = terminate => tracing::info!("received SIGTERM"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn draining_starts_at_once_and_stopping_follows_after_the_delay() {
        let shutdown = Shutdown::new(Duration::from_millis(50));
        let stopping = shutdown.stopping();
        assert!(!shutdown.is_draining());
        shutdown.trigger();
        assert!(shutdown.is_draining());
        tokio::time::timeout(Duration::from_secs(2), stopping)
            .await
            .expect("stopping resolves after the delay");
    }
}
