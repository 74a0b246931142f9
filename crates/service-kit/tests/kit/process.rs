//! A real service process: JSON logs, and SIGTERM drains then exits 0.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// `target/<profile>/examples/minimal_service`, built by `cargo test` alongside this binary.
fn example_binary() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    let path = exe
        .parent()?
        .parent()?
        .join("examples")
        .join("minimal_service");
    path.is_file().then_some(path)
}

fn wait_for_line(
    lines: &mpsc::Receiver<String>,
    what: &str,
    test: impl Fn(&serde_json::Value) -> bool,
) -> serde_json::Value {
    let deadline = Instant::now() + Duration::from_secs(20);
    while let Some(left) = deadline.checked_duration_since(Instant::now()) {
        let Ok(line) = lines.recv_timeout(left) else {
            break;
        };
        let json: serde_json::Value = serde_json::from_str(&line)
            .unwrap_or_else(|err| panic!("LOG_FORMAT=json prints JSON lines ({err}): {line}"));
        if test(&json) {
            return json;
        }
    }
    panic!("no log line for {what}");
}

#[tokio::test]
async fn sigterm_fails_readiness_first_lets_in_flight_requests_finish_and_exits_0() {
    let Some(binary) = example_binary() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "the minimal_service example must be built in CI"
        );
        eprintln!(
            "notice: skipping the process test: build the example (cargo test -p service-kit builds it)"
        );
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let mut child = Command::new(binary)
        .env_clear()
        .env("HTTP_ADDR", "127.0.0.1:0")
        .env("GRPC_ADDR", "127.0.0.1:0")
        .env("DATA_DIR", data.path())
        .env("LOG_FORMAT", "json")
        .env("RUST_LOG", "info")
        .env("CATALOG_DRAIN_DELAY_MS", "500")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let listening = wait_for_line(&lines, "the HTTP listener", |l| {
        l["message"] == "HTTP server listening"
    });
    let addr = listening["addr"]
        .as_str()
        .expect("the address is a structured field")
        .to_owned();
    let client = reqwest::Client::new();
    assert_eq!(
        client
            .get(format!("http://{addr}/hello"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
        "hello"
    );

    let in_flight = tokio::spawn({
        let (client, url) = (client.clone(), format!("http://{addr}/slow"));
        async move { client.get(url).send().await?.text().await }
    });
    // Waited for off this runtime, which must go on sending the request.
    let lines = tokio::task::spawn_blocking(move || {
        wait_for_line(&lines, "the slow request", |l| {
            l["message"] == "slow request started"
        });
        lines
    })
    .await
    .unwrap();
    let killed = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status()
        .unwrap();
    assert!(killed.success());
    wait_for_line(&lines, "the signal", |l| l["message"] == "received SIGTERM");

    let ready = reqwest::Client::new()
        .get(format!("http://{addr}/readyz"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        ready.status(),
        503,
        "readiness fails first, while still accepting"
    );
    assert_eq!(
        in_flight
            .await
            .unwrap()
            .expect("the in-flight request finishes"),
        "done"
    );

    let status = tokio::task::spawn_blocking(move || child.wait())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(status.code(), Some(0), "a drained shutdown exits 0");
    wait_for_line(&lines, "the clean exit", |l| {
        l["message"] == "shut down cleanly"
    });
}
