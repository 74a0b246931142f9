//! Test helpers: a real orchestrator on an ephemeral port over a fresh database, built with the
//! same `app::start` as `main`.
// Shared by every test module; each uses only some of the helpers.
#![allow(dead_code)]

use std::time::Duration;

use orchestrator::app::{Running, start};
use orchestrator::config::Settings;
use serde_json::{Value, json};
use service_kit::Secret;
use service_kit::db::TestMySql;

/// How long a test waits for something it expects before failing.
pub const PATIENCE: Duration = Duration::from_secs(30);

pub struct TestApp {
    /// `http://127.0.0.1:<port>/api`, what `CONDUCTOR_SERVER_URL` would be.
    pub base: String,
    /// `http://127.0.0.1:<port>`, where the executions page is.
    pub root: String,
    pub http: reqwest::Client,
    running: Running,
    _dir: tempfile::TempDir,
    mysql: Option<TestMySql>,
}

/// Settings for a test server: port 0, no drain delay, a fast sweeper.
pub fn test_settings(database_url: String) -> Settings {
    Settings {
        http_addr: "127.0.0.1:0".parse().expect("a literal address"),
        database_url: Some(Secret::new(database_url)),
        drain_delay_ms: 0,
        sweep_interval_ms: 20,
        ..Settings::default()
    }
}

impl TestApp {
    /// On a fresh SQLite file.
    pub async fn spawn() -> TestApp {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("o.db").display());
        Self::spawn_with(url, dir, None).await
    }

    /// On a fresh, randomly named MariaDB database; `None` when MariaDB is unreachable outside CI.
    pub async fn spawn_mysql() -> Option<TestApp> {
        let mysql = TestMySql::create(Some(
            &orchestrator::infrastructure::adapter::db::migrations(),
        ))
        .await
        .expect("a MySQL test database")?;
        let dir = tempfile::tempdir().expect("a temporary directory");
        let url = mysql.url();
        Some(Self::spawn_with(url, dir, Some(mysql)).await)
    }

    async fn spawn_with(url: String, dir: tempfile::TempDir, mysql: Option<TestMySql>) -> TestApp {
        service_kit::telemetry::init_for_tests();
        let settings = test_settings(url);
        let running = start(settings.clone())
            .await
            .expect("the orchestrator starts");
        TestApp {
            base: running.server_url(&settings),
            root: format!("http://{}", running.addr),
            http: reqwest::Client::new(),
            running,
            _dir: dir,
            mysql,
        }
    }

    pub fn sdk_config(&self) -> conductor::configuration::Configuration {
        conductor::configuration::Configuration::new(self.base.clone())
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> reqwest::Response {
        self.http
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .expect("the request is answered")
    }

    pub async fn put_json(&self, path: &str, body: &Value) -> reqwest::Response {
        self.http
            .put(self.url(path))
            .json(body)
            .send()
            .await
            .expect("the request is answered")
    }

    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(self.url(path))
            .send()
            .await
            .expect("the request is answered")
    }

    pub async fn get_json(&self, path: &str) -> Value {
        let response = self.get(path).await;
        assert!(
            response.status().is_success(),
            "GET {path}: {}",
            response.status()
        );
        response.json().await.expect("a JSON body")
    }

    /// Register task definitions (must succeed).
    pub async fn task_defs(&self, defs: Value) {
        let response = self.post_json("/metadata/taskdefs", &defs).await;
        assert_eq!(
            response.status(),
            200,
            "{}",
            response.text().await.unwrap_or_default()
        );
    }

    /// Register a workflow definition (must succeed).
    pub async fn workflow_def(&self, def: Value) {
        let response = self.post_json("/metadata/workflow", &def).await;
        assert_eq!(
            response.status(),
            200,
            "{}",
            response.text().await.unwrap_or_default()
        );
    }

    /// Start a workflow by `StartWorkflowRequest` (must succeed); its id.
    pub async fn start(&self, request: Value) -> String {
        let response = self.post_json("/workflow", &request).await;
        assert_eq!(response.status(), 200);
        response.text().await.expect("the id")
    }

    /// Poll the workflow until `done` holds for it; fails after [`PATIENCE`].
    pub async fn wait_for(&self, workflow_id: &str, done: impl Fn(&Value) -> bool) -> Value {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            let workflow = self.get_json(&format!("/workflow/{workflow_id}")).await;
            if done(&workflow) {
                return workflow;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "workflow {workflow_id} never got there: {workflow:#}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Poll the workflow until it has this status.
    pub async fn wait_for_status(&self, workflow_id: &str, status: &str) -> Value {
        self.wait_for(workflow_id, |w| w["status"] == status).await
    }

    /// One batch poll: the tasks handed out.
    pub async fn poll(
        &self,
        task_type: &str,
        worker: &str,
        count: usize,
        timeout_ms: u64,
    ) -> Vec<Value> {
        let body = self
            .get_json(&format!(
                "/tasks/poll/batch/{task_type}?count={count}&timeout={timeout_ms}&workerid={worker}"
            ))
            .await;
        body.as_array().cloned().unwrap_or_default()
    }

    /// Complete a task with `output` (must succeed).
    pub async fn complete(&self, task: &Value, output: Value) {
        let response = self
            .post_json(
                "/tasks",
                &json!({
                    "workflowInstanceId": task["workflowInstanceId"],
                    "taskId": task["taskId"],
                    "status": "COMPLETED",
                    "outputData": output,
                }),
            )
            .await;
        assert_eq!(
            response.status(),
            200,
            "{}",
            response.text().await.unwrap_or_default()
        );
    }

    pub async fn stop(self) {
        self.running.shutdown.trigger();
        self.running.wait().await.expect("the server stops cleanly");
        if let Some(mysql) = self.mysql {
            mysql
                .drop_database()
                .await
                .expect("the test database is dropped");
        }
    }
}
