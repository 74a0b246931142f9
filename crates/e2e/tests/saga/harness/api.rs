//! What tests do through the services' public APIs: tokens from identity, books in catalog,
//! warehouses and stock in inventory, workflows in the orchestrator.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use super::{ADMIN_EMAIL, ADMIN_PASSWORD, Bookstore};

/// The saga's task definitions, as generated from `api/saga/`.
pub const TASK_DEFS: &str = include_str!("../../../../../deploy/conductor/taskdefs.json");

/// Workflow statuses after which nothing more happens.
pub const TERMINAL: &[&str] = &["COMPLETED", "FAILED", "TIMED_OUT", "TERMINATED"];

/// A valid ISBN-13 (978 prefix, check digit computed) unique to this call.
pub fn fresh_isbn() -> String {
    let random = uuid::Uuid::new_v4().as_u128();
    let body = format!("978{:09}", random % 1_000_000_000);
    let sum: u32 = body
        .chars()
        .filter_map(|c| c.to_digit(10))
        .enumerate()
        .map(|(i, d)| if i % 2 == 0 { d } else { d * 3 })
        .sum();
    format!("{body}{}", (10 - sum % 10) % 10)
}

fn short_id() -> String {
    uuid::Uuid::new_v4().simple().to_string()[..12].to_owned()
}

/// The JSON body of `response` (`null` when empty), which must have `status`.
///
/// # Panics
/// Another status (with the body).
pub async fn answer(response: reqwest::Response, status: u16) -> Value {
    let got = response.status().as_u16();
    let text = response.text().await.expect("the response body");
    assert_eq!(got, status, "unexpected status; body: {text}");
    if text.is_empty() {
        return Value::Null;
    }
    serde_json::from_str(&text).unwrap_or(Value::String(text))
}

impl Bookstore {
    /// Send `request`, expect `status`, and return the JSON body (`null` when empty).
    ///
    /// # Panics
    /// On a transport error or another status (with the body).
    pub async fn expect(&self, request: reqwest::RequestBuilder, status: u16) -> Value {
        let response = request
            .send()
            .await
            .expect("the request reaches the service");
        answer(response, status).await
    }

    /// An access token of the bootstrap staff user (roles include `manage`).
    pub async fn staff_token(&self) -> String {
        self.cached_staff_token
            .get_or_init(|| self.sign_in(ADMIN_EMAIL, ADMIN_PASSWORD))
            .await
            .clone()
    }

    /// Sign in through identity's REST API and return the access token.
    pub async fn sign_in(&self, email: &str, password: &str) -> String {
        let body = self
            .expect(
                self.http
                    .post(self.url("identity", "/api/v1/users/signin"))
                    .json(&json!({ "email": email, "password": password })),
                200,
            )
            .await;
        body["access_token"]
            .as_str()
            .expect("an access token")
            .to_owned()
    }

    /// Sign up a new customer (a unique e-mail address) and sign them in: their access token.
    pub async fn customer_token(&self) -> String {
        let email = format!("customer-{}@example.com", short_id());
        let password = "customer password 1";
        self.expect(
            self.http
                .post(self.url("identity", "/api/v1/users/signup"))
                .json(&json!({
                    "email": email,
                    "password": password,
                    "first_name": "Casey",
                    "last_name": "Customer",
                })),
            201,
        )
        .await;
        self.sign_in(&email, password).await
    }

    /// A new book in catalog (the first category, a new publisher and author) at `price`
    /// (`"12.50"`): its id.
    pub async fn seed_book(&self, title: &str, price: &str) -> i64 {
        let staff = self.staff_token().await;
        let categories = self
            .expect(
                self.http.get(self.url("catalog", "/api/v1/categories")),
                200,
            )
            .await;
        let category = categories["items"][0]["id"].as_i64().expect("a category");
        let publisher = self
            .expect(
                self.http
                    .post(self.url("catalog", "/api/v1/publishers"))
                    .bearer_auth(&staff)
                    .json(&json!({
                        "name": format!("E2E Press {}", short_id()),
                        "address": "1 Test Street",
                    })),
                201,
            )
            .await["id"]
            .as_i64()
            .expect("a publisher id");
        let author = self
            .expect(
                self.http
                    .post(self.url("catalog", "/api/v1/authors"))
                    .bearer_auth(&staff)
                    .json(&json!({ "name": format!("Author {}", short_id()) })),
                201,
            )
            .await["id"]
            .as_i64()
            .expect("an author id");
        self.expect(
            self.http
                .post(self.url("catalog", "/api/v1/books"))
                .bearer_auth(&staff)
                .json(&json!({
                    "title": title,
                    "isbn": fresh_isbn(),
                    "price": price,
                    "category_id": category,
                    "publisher_id": publisher,
                    "author_ids": [author],
                })),
            201,
        )
        .await["id"]
            .as_i64()
            .expect("a book id")
    }

    /// The book as catalog shows it (with its stock, read from inventory).
    pub async fn book(&self, id: i64) -> Value {
        let staff = self.staff_token().await;
        self.expect(
            self.http
                .get(self.url("catalog", &format!("/api/v1/books/{id}")))
                .bearer_auth(&staff),
            200,
        )
        .await
    }

    /// A new warehouse in inventory: its id.
    pub async fn seed_warehouse(&self, capacity: i64) -> i64 {
        let staff = self.staff_token().await;
        self.expect(
            self.http
                .post(self.url("inventory", "/api/v1/warehouses"))
                .bearer_auth(&staff)
                .json(&json!({
                    "name": format!("E2E Warehouse {}", short_id()),
                    "address": "2 Test Street",
                    "capacity": capacity,
                })),
            201,
        )
        .await["id"]
            .as_i64()
            .expect("a warehouse id")
    }

    /// `quantity` copies of `book` in `warehouse`: the stock row's id.
    pub async fn seed_stock(&self, book: i64, warehouse: i64, quantity: i64) -> i64 {
        let staff = self.staff_token().await;
        self.expect(
            self.http
                .post(self.url("inventory", "/api/v1/stocks"))
                .bearer_auth(&staff)
                .json(&json!({ "book_id": book, "warehouse_id": warehouse, "quantity": quantity })),
            201,
        )
        .await["id"]
            .as_i64()
            .expect("a stock id")
    }

    /// A stock row as inventory's REST API shows it.
    pub async fn stock(&self, id: i64) -> Value {
        let staff = self.staff_token().await;
        self.expect(
            self.http
                .get(self.url("inventory", &format!("/api/v1/stocks/{id}")))
                .bearer_auth(&staff),
            200,
        )
        .await
    }

    /// Register the saga's task definitions (create or update).
    pub async fn register_task_defs(&self) {
        let defs: Value = serde_json::from_str(TASK_DEFS).expect("taskdefs.json parses");
        self.expect(
            self.http
                .post(self.url("orchestrator", "/api/metadata/taskdefs"))
                .json(&defs),
            200,
        )
        .await;
    }

    /// Register (create or update) a workflow definition.
    pub async fn register_workflow(&self, definition: Value) {
        self.expect(
            self.http
                .put(self.url("orchestrator", "/api/metadata/workflow"))
                .json(&json!([definition])),
            200,
        )
        .await;
    }

    /// Start a workflow: its id.
    pub async fn start_workflow(&self, name: &str, version: i32, input: Value) -> String {
        let response = self
            .http
            .post(self.url("orchestrator", "/api/workflow"))
            .json(&json!({ "name": name, "version": version, "input": input }))
            .send()
            .await
            .expect("the orchestrator answers");
        let status = response.status();
        let body = response.text().await.expect("the workflow id");
        assert!(status.is_success(), "starting {name}: {status} {body}");
        body.trim().to_owned()
    }

    /// A workflow with its tasks, as the orchestrator reports it.
    pub async fn workflow(&self, id: &str) -> Value {
        self.expect(
            self.http.get(self.url(
                "orchestrator",
                &format!("/api/workflow/{id}?includeTasks=true"),
            )),
            200,
        )
        .await
    }

    /// Wait until workflow `id` has ended (one of [`TERMINAL`]) and return it.
    ///
    /// # Panics
    /// Not ended within `timeout` (with the workflow as it stands).
    pub async fn wait_workflow(&self, id: &str, timeout: Duration) -> Value {
        let deadline = Instant::now() + timeout;
        loop {
            let workflow = self.workflow(id).await;
            let status = workflow["status"].as_str().unwrap_or_default();
            if TERMINAL.contains(&status) {
                return workflow;
            }
            assert!(
                Instant::now() < deadline,
                "workflow {id} has not ended after {timeout:?}\n{}",
                self.stuck_report(&workflow)
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// What a workflow that did not end shows, most telling first (a failing test's output is
    /// often cut short): one line per task, the warnings and errors every process logged, then
    /// the workflow in full.
    fn stuck_report(&self, workflow: &Value) -> String {
        let created = workflow["createTime"].as_i64().unwrap_or_default();
        let at = |task: &Value, field: &str| {
            task[field]
                .as_i64()
                .filter(|t| *t > 0)
                .map_or_else(|| "-".to_owned(), |t| format!("+{}ms", t - created))
        };
        let mut report = String::from("tasks (times after the workflow's creation):\n");
        for task in workflow["tasks"].as_array().into_iter().flatten() {
            report.push_str(&format!(
                "  {} {} retry={} polls={} worker={} scheduled={} started={} updated={} reason={}\n",
                task["referenceTaskName"].as_str().unwrap_or("?"),
                task["status"].as_str().unwrap_or("?"),
                task["retryCount"],
                task["pollCount"],
                task["workerId"].as_str().unwrap_or("-"),
                at(task, "scheduledTime"),
                at(task, "startTime"),
                at(task, "updateTime"),
                task["reasonForIncompletion"].as_str().unwrap_or("-"),
            ));
        }
        report.push_str(&self.process_warnings());
        report.push_str(&format!("the workflow: {workflow:#}"));
        report
    }

    /// The warnings and errors each process logged lately (the last 15 of its last 400 lines).
    pub fn process_warnings(&self) -> String {
        let mut report = String::new();
        for log in self.log_files() {
            let warnings: Vec<String> = super::tail(&log, 400)
                .lines()
                .filter(|line| {
                    line.contains(" WARN ") || line.contains(" ERROR ") || line.contains("panicked")
                })
                .map(str::to_owned)
                .collect();
            let shown = &warnings[warnings.len().saturating_sub(15)..];
            report.push_str(&format!(
                "{}: {} warnings and errors in its last 400 lines{}\n",
                log.display(),
                warnings.len(),
                if shown.is_empty() {
                    String::new()
                } else {
                    format!(", the last:\n{}", shown.join("\n"))
                }
            ));
        }
        report
    }

    /// Poll one task of `task_type` as worker `worker_id`, like a worker would (the task is then
    /// this worker's until its response timeout): the task, or `None` when none is queued.
    pub async fn poll_task(&self, task_type: &str, worker_id: &str) -> Option<Value> {
        let response = self
            .http
            .get(self.url(
                "orchestrator",
                &format!("/api/tasks/poll/{task_type}?workerid={worker_id}"),
            ))
            .send()
            .await
            .expect("the orchestrator answers");
        match response.status().as_u16() {
            204 => None,
            200 => Some(response.json().await.expect("a task")),
            other => panic!("polling {task_type}: {other}"),
        }
    }

    /// Wait until task `reference` of workflow `id` has status `status`.
    pub async fn wait_task(&self, id: &str, reference: &str, status: &str, timeout: Duration) {
        let deadline = Instant::now() + timeout;
        loop {
            let workflow = self.workflow(id).await;
            let reached = workflow["tasks"].as_array().is_some_and(|tasks| {
                tasks
                    .iter()
                    .any(|t| t["referenceTaskName"] == reference && t["status"] == status)
            });
            if reached {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "task {reference} of {id} is not {status} after {timeout:?}\n{}",
                self.stuck_report(&workflow)
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}
