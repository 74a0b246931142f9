//! `orchestrator`: parse the command line and serve Conductor's API.

use clap::Parser as _;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    orchestrator::app::run(orchestrator::config::Cli::parse()).await
}
