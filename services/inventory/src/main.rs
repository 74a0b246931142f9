//! `inventory`: parse the command line and hand the service to the shared runtime.

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    inventory::app::runtime().run(inventory::app::build).await
}
