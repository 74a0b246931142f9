//! `payment`: parse the command line and hand the service to the shared runtime.

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    payment::app::runtime().run(payment::app::build).await
}
