//! Places orders against a running bookstore (identity, catalog, inventory, order, payment and
//! the orchestrator) and prints what `bench/saga.sh` reports, one `key=value` a line.
//!
//! 1. Setup, through the services' own APIs: a staff token (the bootstrap admin), a new book with
//!    a large stock in a new warehouse, a new customer and their token.
//! 2. Peak: `--orders` orders of one copy each, `--in-flight` `POST /orders` outstanding at any
//!    moment, then waits until every one has left `pending`/`paid`. Reports orders placed/s (202s
//!    per second of placing) and confirmed/s (confirmed orders per second from the first request
//!    to the last confirmation).
//! 3. Paced: orders placed at a fixed interval for `--paced-secs`, at half the peak confirmed/s;
//!    placed → confirmed per order is the saga workflow's end (`endTime`, from the orchestrator,
//!    found by the correlation id `order-<id>` that order starts it with) minus the moment the
//!    request was sent, both in epoch milliseconds on this machine.
//! 4. Each `--pid name=pid`'s peak RSS (`VmHWM`).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context, bail};
use clap::Parser;
use serde_json::{Value, json};
use tokio::sync::{Mutex, Semaphore};

#[derive(Parser, Debug)]
struct Args {
    #[arg(long, default_value = "http://127.0.0.1:8083")]
    identity: String,
    #[arg(long, default_value = "http://127.0.0.1:8081")]
    catalog: String,
    #[arg(long, default_value = "http://127.0.0.1:8084")]
    inventory: String,
    #[arg(long, default_value = "http://127.0.0.1:8085")]
    order: String,
    /// The orchestrator's API base (Conductor's `/api`).
    #[arg(long, default_value = "http://127.0.0.1:8080/api")]
    orchestrator: String,
    #[arg(long, env = "IDENTITY_BOOTSTRAP_ADMIN_EMAIL")]
    admin_email: String,
    #[arg(long, env = "IDENTITY_BOOTSTRAP_ADMIN_PASSWORD")]
    admin_password: String,
    /// Orders placed in the peak phase.
    #[arg(long, default_value_t = 2000)]
    orders: u64,
    /// `POST /orders` outstanding at once in the peak phase.
    #[arg(long, default_value_t = 32)]
    in_flight: usize,
    /// Seconds of the paced phase (0: skip it).
    #[arg(long, default_value_t = 10)]
    paced_secs: u64,
    /// The card every order pays with (a Luhn-valid number the simulated gateway approves).
    #[arg(long, default_value = "4242424242424242")]
    card: String,
    /// `name=pid` of a process whose peak RSS to report; repeatable.
    #[arg(long = "pid")]
    pids: Vec<String>,
}

struct Bench {
    http: reqwest::Client,
    args: Args,
    staff: String,
    customer: String,
    book_id: i64,
    errors: AtomicU64,
}

fn epoch_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

async fn json_call(
    request: reqwest::RequestBuilder,
    expect: &[u16],
    what: &str,
) -> anyhow::Result<Value> {
    let response = request.send().await.with_context(|| what.to_owned())?;
    let status = response.status().as_u16();
    let body = response.text().await.unwrap_or_default();
    if !expect.contains(&status) {
        bail!("{what}: HTTP {status}: {body}");
    }
    Ok(serde_json::from_str(&body).unwrap_or(Value::Null))
}

async fn sign_in(
    http: &reqwest::Client,
    identity: &str,
    email: &str,
    password: &str,
) -> anyhow::Result<String> {
    let body = json_call(
        http.post(format!("{identity}/api/v1/users/signin"))
            .json(&json!({"email": email, "password": password})),
        &[200],
        "sign in",
    )
    .await?;
    body["access_token"]
        .as_str()
        .map(str::to_owned)
        .context("the sign-in answer has no access_token")
}

/// A valid ISBN-13 made from a number, so every run creates a new book.
fn isbn13(seed: u64) -> String {
    let body = format!("978{:09}", seed % 1_000_000_000);
    let sum: u32 = body
        .bytes()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * if i % 2 == 0 { 1 } else { 3 })
        .sum();
    format!("{body}{}", (10 - sum % 10) % 10)
}

async fn first_id(http: &reqwest::Client, url: String) -> anyhow::Result<i64> {
    let page = json_call(http.get(&url), &[200], &url).await?;
    page["items"][0]["id"]
        .as_i64()
        .with_context(|| format!("{url} lists nothing"))
}

impl Bench {
    async fn setup(args: Args) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder()
            .pool_max_idle_per_host(256)
            .timeout(Duration::from_secs(30))
            .build()?;
        let staff = sign_in(
            &http,
            &args.identity,
            &args.admin_email,
            &args.admin_password,
        )
        .await?;
        let nonce = epoch_ms();
        let category = first_id(&http, format!("{}/api/v1/categories", args.catalog)).await?;
        let publisher =
            first_id(&http, format!("{}/api/v1/publishers?limit=1", args.catalog)).await?;
        let author = first_id(&http, format!("{}/api/v1/authors?limit=1", args.catalog)).await?;
        let book = json_call(
            http.post(format!("{}/api/v1/books", args.catalog))
                .bearer_auth(&staff)
                .json(&json!({
                    "title": format!("Bench Book {nonce}"),
                    "isbn": isbn13(nonce),
                    "price": "10.00",
                    "category_id": category,
                    "publisher_id": publisher,
                    "author_ids": [author],
                })),
            &[201],
            "create the bench book",
        )
        .await?;
        let book_id = book["id"].as_i64().context("the book has no id")?;
        let copies = (args.orders + 100_000).min(1_000_000);
        let warehouse = json_call(
            http.post(format!("{}/api/v1/warehouses", args.inventory))
                .bearer_auth(&staff)
                .json(&json!({"name": format!("Bench {nonce}"), "address": "1 Bench Road", "capacity": copies})),
            &[201],
            "create the bench warehouse",
        )
        .await?;
        json_call(
            http.post(format!("{}/api/v1/stocks", args.inventory))
                .bearer_auth(&staff)
                .json(&json!({"book_id": book_id, "warehouse_id": warehouse["id"], "quantity": copies})),
            &[201],
            "stock the bench book",
        )
        .await?;
        let email = format!("bench-{nonce}@example.com");
        let password = format!("bench password {nonce}");
        json_call(
            http.post(format!("{}/api/v1/users/signup", args.identity)).json(&json!({
                "email": email, "password": password, "first_name": "Bench", "last_name": "Customer",
            })),
            &[201],
            "sign up the bench customer",
        )
        .await?;
        let customer = sign_in(&http, &args.identity, &email, &password).await?;
        Ok(Self {
            http,
            args,
            staff,
            customer,
            book_id,
            errors: AtomicU64::new(0),
        })
    }

    /// Places one order; its id and when the request was sent (epoch ms).
    async fn place(&self, key: String) -> Option<(i64, u64)> {
        let sent = epoch_ms();
        let result = json_call(
            self.http
                .post(format!("{}/api/v1/orders", self.args.order))
                .bearer_auth(&self.customer)
                .header("idempotency-key", key)
                .json(&json!({
                    "items": [{"book_id": self.book_id, "quantity": 1}],
                    "payment": {"type": "card", "card_number": self.args.card},
                })),
            &[202],
            "place an order",
        )
        .await;
        match result.map(|order| order["id"].as_i64()) {
            Ok(Some(id)) => Some((id, sent)),
            Ok(None) | Err(_) => {
                self.errors.fetch_add(1, Ordering::Relaxed);
                None
            }
        }
    }

    async fn count(&self, status: &str) -> anyhow::Result<u64> {
        let page = json_call(
            self.http
                .get(format!(
                    "{}/api/v1/orders?status={status}&limit=1",
                    self.args.order
                ))
                .bearer_auth(&self.staff),
            &[200],
            "count orders",
        )
        .await?;
        page["total"]
            .as_u64()
            .context("the order page has no total")
    }

    /// Waits until `expected` more orders than `before` are confirmed or cancelled; the moment
    /// the last one was seen, and how many were cancelled.
    async fn settle(&self, before: (u64, u64), expected: u64) -> anyhow::Result<(Instant, u64)> {
        let mut last_progress = Instant::now();
        let mut seen = 0;
        loop {
            let confirmed = self.count("confirmed").await? - before.0;
            let cancelled = self.count("cancelled").await? - before.1;
            if confirmed + cancelled >= expected {
                return Ok((Instant::now(), cancelled));
            }
            if confirmed + cancelled > seen {
                seen = confirmed + cancelled;
                last_progress = Instant::now();
            } else if last_progress.elapsed() > Duration::from_secs(60) {
                bail!("no order finished its saga for 60 s ({seen} of {expected} done)");
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn totals(&self) -> anyhow::Result<(u64, u64)> {
        Ok((
            self.count("confirmed").await?,
            self.count("cancelled").await?,
        ))
    }

    /// placed → confirmed of each order, from its workflow's end.
    async fn latencies(&self, placed: &[(i64, u64)]) -> Vec<u64> {
        let mut out = Vec::with_capacity(placed.len());
        for (id, sent) in placed {
            let url = format!(
                "{}/workflow/bookstore_order_book_wf/correlated/order-{id}?includeClosed=true",
                self.args.orchestrator
            );
            let Ok(runs) = json_call(self.http.get(&url), &[200], "find the workflow").await else {
                self.errors.fetch_add(1, Ordering::Relaxed);
                continue;
            };
            let end = runs
                .as_array()
                .and_then(|runs| runs.iter().find(|r| r["status"] == "COMPLETED"))
                .and_then(|run| run["endTime"].as_u64());
            match end {
                Some(end) => out.push(end.saturating_sub(*sent)),
                None => {
                    self.errors.fetch_add(1, Ordering::Relaxed);
                }
            }
        }
        out.sort_unstable();
        out
    }
}

fn percentile(sorted: &[u64], p: f64) -> String {
    if sorted.is_empty() {
        return "NaN".into();
    }
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    let index = (((sorted.len() - 1) as f64) * p).round() as usize;
    sorted[index].to_string()
}

fn peak_rss_mb(pid: &str) -> Option<String> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(format!("{:.1}", kb / 1024.0))
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let pids = args.pids.clone();
    let bench = Arc::new(Bench::setup(args).await?);

    // Peak.
    let before = bench.totals().await?;
    let orders = bench.args.orders;
    let slots = Arc::new(Semaphore::new(bench.args.in_flight));
    let placed = Arc::new(Mutex::new(Vec::new()));
    let start = Instant::now();
    let mut handles = Vec::new();
    for n in 0..orders {
        let permit = Arc::clone(&slots).acquire_owned().await?;
        let bench = Arc::clone(&bench);
        let placed = Arc::clone(&placed);
        handles.push(tokio::spawn(async move {
            if let Some(order) = bench.place(format!("bench-peak-{n}")).await {
                placed.lock().await.push(order);
            }
            drop(permit);
        }));
    }
    for handle in handles {
        handle.await?;
    }
    let placing = start.elapsed();
    let accepted = u64::try_from(placed.lock().await.len())?;
    let (done, cancelled) = bench.settle(before, accepted).await?;
    let confirming = done.duration_since(start);
    let confirmed = accepted - cancelled;
    #[allow(clippy::cast_precision_loss)]
    let confirmed_per_s = confirmed as f64 / confirming.as_secs_f64();
    #[allow(clippy::cast_precision_loss)]
    let placed_per_s = accepted as f64 / placing.as_secs_f64();
    println!("peak_orders={orders}");
    println!("peak_placed_per_s={placed_per_s:.1}");
    println!("peak_confirmed_per_s={confirmed_per_s:.1}");
    println!("peak_cancelled={cancelled}");
    let peak_latency = bench.latencies(&placed.lock().await).await;
    println!("peak_e2e_p50_ms={}", percentile(&peak_latency, 0.5));
    println!("peak_e2e_p99_ms={}", percentile(&peak_latency, 0.99));

    // Paced, at half the peak confirmed rate.
    if bench.args.paced_secs > 0 && confirmed_per_s > 0.0 {
        let rate = confirmed_per_s / 2.0;
        println!("paced_rate_per_s={rate:.1}");
        let before = bench.totals().await?;
        let paced = Arc::new(Mutex::new(Vec::new()));
        let mut ticker = tokio::time::interval(Duration::from_secs_f64(1.0 / rate));
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let until = Instant::now() + Duration::from_secs(bench.args.paced_secs);
        let mut handles = Vec::new();
        let mut n = 0_u64;
        while Instant::now() < until {
            ticker.tick().await;
            let bench = Arc::clone(&bench);
            let paced = Arc::clone(&paced);
            handles.push(tokio::spawn(async move {
                if let Some(order) = bench.place(format!("bench-paced-{n}")).await {
                    paced.lock().await.push(order);
                }
            }));
            n += 1;
        }
        for handle in handles {
            handle.await?;
        }
        let accepted = u64::try_from(paced.lock().await.len())?;
        let (_, cancelled) = bench.settle(before, accepted).await?;
        let latency = bench.latencies(&paced.lock().await).await;
        println!("paced_orders={accepted}");
        println!("paced_cancelled={cancelled}");
        println!("paced_e2e_p50_ms={}", percentile(&latency, 0.5));
        println!("paced_e2e_p99_ms={}", percentile(&latency, 0.99));
    }

    for entry in pids {
        if let Some((name, pid)) = entry.split_once('=') {
            println!(
                "rss_mb_{name}={}",
                peak_rss_mb(pid).unwrap_or_else(|| "NaN".into())
            );
        }
    }
    println!("errors={}", bench.errors.load(Ordering::Relaxed));
    Ok(())
}
