//! `bench-ceiling --addr 127.0.0.1:PORT`: serve the ceiling endpoint until killed.

use std::net::SocketAddr;

use anyhow::Context as _;
use clap::Parser;

/// A bare axum JSON endpoint, the requests/s ceiling for `bench/services.sh`.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Args {
    /// Where to listen.
    #[arg(long, default_value = "127.0.0.1:8090")]
    addr: SocketAddr,
}

// The default `#[tokio::main]` is the multi-threaded runtime, as in every service's `main.rs`.
#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .with_context(|| format!("binding {}", args.addr))?;
    axum::serve(listener, bench_ceiling::app())
        .await
        .context("serving")
}
