//! `orchestrator`: parse the command line and serve Conductor's API.

use clap::Parser as _;

/// mimalloc rather than the system allocator: every poll, answer and commit builds and drops
/// many small JSON values and strings, and glibc's malloc/free were a tenth of the CPU profile.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    orchestrator::app::run(orchestrator::config::Cli::parse()).await
}
