//! Drives an orchestrator (embedded or Conductor OSS) over its HTTP API with no-op workers and
//! prints what `bench/orchestrator.sh` reports, one `key=value` a line.
//!
//! 1. Registers `deploy/conductor/*.json` (the saga's task definitions and workflows).
//! 2. Peak: `--workflows` saga runs, `--in-flight` of them outstanding at any moment (closed
//!    loop: a completed workflow lets the next one start), workers long-polling each forward task
//!    type in batches and completing every task at once with its input as output. Reports
//!    tasks/s, workflows/s, start → completed p50/p99, and the orchestrator's RSS at the end
//!    (`--pid`).
//! 3. Paced: workflows started at a fixed interval for `--paced-secs`, at half the peak
//!    workflows/s: start → completed and the per-step overhead, from a worker sending a task's
//!    completion to the workflow's next task arriving in a waiting worker's poll.
//!
//! Each workflow's `order_id` is a sequence number the workers echo, so every task is matched to
//! its workflow without another request.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use clap::Parser;
use serde_json::{Value, json};
use tokio::sync::Semaphore;

#[derive(Parser, Debug)]
struct Args {
    /// The API's base URL.
    #[arg(long, default_value = "http://127.0.0.1:8080/api")]
    base: String,
    /// The directory with taskdefs.json and the workflow definitions.
    #[arg(long, default_value = "deploy/conductor")]
    defs: PathBuf,
    #[arg(long, default_value = "bookstore_order_book_wf")]
    workflow: String,
    /// Workflows run at peak rate.
    #[arg(long, default_value_t = 10_000)]
    workflows: u64,
    /// Workflows outstanding at once during the peak phase.
    #[arg(long, default_value_t = 256)]
    in_flight: usize,
    /// Pollers per task type.
    #[arg(long, default_value_t = 2)]
    pollers: usize,
    /// Tasks asked for per batch poll.
    #[arg(long, default_value_t = 64)]
    batch: usize,
    /// Seconds of the paced phase (0: skip it).
    #[arg(long, default_value_t = 10)]
    paced_secs: u64,
    /// The orchestrator's process id, for its RSS after the peak phase.
    #[arg(long)]
    pid: Option<u32>,
}

#[derive(Default)]
struct Track {
    started: Option<Instant>,
    /// When the workflow's latest completion was sent.
    last_sent: Option<Instant>,
}

struct Shared {
    http: reqwest::Client,
    base: String,
    last_type: String,
    runs: Mutex<HashMap<String, Track>>,
    /// Microseconds.
    step: Mutex<Vec<u64>>,
    e2e: Mutex<Vec<u64>>,
    tasks: AtomicU64,
    workflows: AtomicU64,
    errors: AtomicU64,
    slots: Semaphore,
    stop: AtomicBool,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn micros(d: Duration) -> u64 {
    u64::try_from(d.as_micros()).unwrap_or(u64::MAX)
}

async fn complete(shared: Arc<Shared>, task: Value) {
    let key = task["inputData"]["order_id"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    let last = task["taskType"].as_str() == Some(shared.last_type.as_str());
    let result = json!({
        "workflowInstanceId": task["workflowInstanceId"],
        "taskId": task["taskId"],
        "workerId": "bench",
        "status": "COMPLETED",
        "outputData": task["inputData"],
    });
    let sent = Instant::now();
    if !last && let Some(track) = lock(&shared.runs).get_mut(&key) {
        track.last_sent = Some(sent);
    }
    let ok = match shared
        .http
        .post(format!("{}/tasks", shared.base))
        .json(&result)
        .send()
        .await
    {
        Ok(response) => response.status().is_success(),
        Err(_) => false,
    };
    if !ok {
        shared.errors.fetch_add(1, Ordering::Relaxed);
        return;
    }
    shared.tasks.fetch_add(1, Ordering::Relaxed);
    if last {
        let track = lock(&shared.runs).remove(&key);
        if let Some(started) = track.and_then(|t| t.started) {
            lock(&shared.e2e).push(micros(started.elapsed()));
        }
        shared.workflows.fetch_add(1, Ordering::Relaxed);
        shared.slots.add_permits(1);
    }
}

async fn poller(shared: Arc<Shared>, task_type: String, batch: usize) {
    let url = format!(
        "{}/tasks/poll/batch/{task_type}?count={batch}&timeout=1000&workerid=bench",
        shared.base
    );
    while !shared.stop.load(Ordering::Relaxed) {
        let tasks = match shared.http.get(&url).send().await {
            Ok(response) if response.status() == reqwest::StatusCode::NO_CONTENT => continue,
            Ok(response) => response.json::<Vec<Value>>().await,
            Err(_) => {
                shared.errors.fetch_add(1, Ordering::Relaxed);
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let Ok(tasks) = tasks else {
            shared.errors.fetch_add(1, Ordering::Relaxed);
            continue;
        };
        let received = Instant::now();
        {
            let mut runs = lock(&shared.runs);
            let mut step = lock(&shared.step);
            for task in &tasks {
                let key = task["inputData"]["order_id"].as_str().unwrap_or_default();
                if let Some(sent) = runs.get_mut(key).and_then(|t| t.last_sent.take()) {
                    step.push(micros(received.duration_since(sent)));
                }
            }
        }
        let mut set = tokio::task::JoinSet::new();
        for task in tasks {
            set.spawn(complete(shared.clone(), task));
        }
        while set.join_next().await.is_some() {}
    }
}

async fn start(shared: &Shared, workflow: &str, seq: u64) -> anyhow::Result<()> {
    let key = format!("bench-{seq}");
    lock(&shared.runs).insert(
        key.clone(),
        Track {
            started: Some(Instant::now()),
            last_sent: None,
        },
    );
    let response = shared
        .http
        .post(format!("{}/workflow", shared.base))
        .json(&json!({"name": workflow, "input": {
            "order_id": key, "card_token": "tok_bench", "traceparent": null}}))
        .send()
        .await
        .context("start a workflow")?;
    if !response.status().is_success() {
        bail!("starting a workflow answered {}", response.status());
    }
    Ok(())
}

fn percentile(sorted: &[u64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = (p / 100.0 * (sorted.len() - 1) as f64).round() as usize;
    sorted[rank.min(sorted.len() - 1)] as f64 / 1000.0
}

fn report(prefix: &str, samples: &Mutex<Vec<u64>>) {
    let mut v = std::mem::take(&mut *lock(samples));
    v.sort_unstable();
    println!("{prefix}_p50_ms={:.2}", percentile(&v, 50.0));
    println!("{prefix}_p99_ms={:.2}", percentile(&v, 99.0));
    println!("{prefix}_samples={}", v.len());
}

fn rss_mb(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

async fn register(
    http: &reqwest::Client,
    base: &str,
    defs: &std::path::Path,
) -> anyhow::Result<Vec<Value>> {
    let read = |name: &str| -> anyhow::Result<Value> {
        let path = defs.join(name);
        let text =
            std::fs::read_to_string(&path).with_context(|| format!("read {}", path.display()))?;
        serde_json::from_str(&text).with_context(|| format!("parse {}", path.display()))
    };
    let taskdefs = read("taskdefs.json")?;
    let response = http
        .post(format!("{base}/metadata/taskdefs"))
        .json(&taskdefs)
        .send()
        .await?;
    if !response.status().is_success() {
        bail!(
            "registering task definitions answered {}",
            response.status()
        );
    }
    let mut workflows = Vec::new();
    for entry in std::fs::read_dir(defs)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if name.ends_with("_wf.json") {
            workflows.push(read(&name)?);
        }
    }
    let response = http
        .put(format!("{base}/metadata/workflow"))
        .json(&workflows)
        .send()
        .await?;
    if !response.status().is_success() {
        bail!("registering workflows answered {}", response.status());
    }
    Ok(workflows)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(1024)
        .build()?;
    let base = args.base.trim_end_matches('/').to_owned();
    let ready = Instant::now();
    while http.get(format!("{base}/health")).send().await.is_err() {
        if ready.elapsed() > Duration::from_secs(60) {
            bail!("{base}/health did not answer within 60 s");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let workflows = register(&http, &base, &args.defs).await?;
    let definition = workflows
        .iter()
        .find(|w| w["name"] == args.workflow.as_str())
        .with_context(|| format!("{} not in {}", args.workflow, args.defs.display()))?;
    let task_types: Vec<String> = definition["tasks"]
        .as_array()
        .context("tasks")?
        .iter()
        .filter_map(|t| t["name"].as_str().map(str::to_owned))
        .collect();
    let last_type = task_types
        .last()
        .context("a workflow without tasks")?
        .clone();
    let steps = task_types.len() as u64;

    let shared = Arc::new(Shared {
        http,
        base,
        last_type,
        runs: Mutex::new(HashMap::new()),
        step: Mutex::new(Vec::new()),
        e2e: Mutex::new(Vec::new()),
        tasks: AtomicU64::new(0),
        workflows: AtomicU64::new(0),
        errors: AtomicU64::new(0),
        slots: Semaphore::new(args.in_flight),
        stop: AtomicBool::new(false),
    });
    let mut pollers = Vec::new();
    for task_type in &task_types {
        for _ in 0..args.pollers {
            pollers.push(tokio::spawn(poller(
                shared.clone(),
                task_type.clone(),
                args.batch,
            )));
        }
    }

    // Peak.
    let began = Instant::now();
    for seq in 0..args.workflows {
        shared.slots.acquire().await?.forget();
        start(&shared, &args.workflow, seq).await?;
    }
    let deadline = Instant::now() + Duration::from_secs(900);
    while shared.workflows.load(Ordering::Relaxed) < args.workflows {
        if Instant::now() > deadline {
            bail!(
                "only {} of {} workflows completed",
                shared.workflows.load(Ordering::Relaxed),
                args.workflows
            );
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let elapsed = began.elapsed().as_secs_f64();
    let peak_wf = args.workflows as f64 / elapsed;
    println!("steps={steps}");
    println!("peak_workflows={}", args.workflows);
    println!("peak_secs={elapsed:.2}");
    println!(
        "peak_tasks_per_s={:.0}",
        (args.workflows * steps) as f64 / elapsed
    );
    println!("peak_workflows_per_s={peak_wf:.1}");
    report("peak_e2e", &shared.e2e);
    lock(&shared.step).clear();
    if let Some(pid) = args.pid {
        match rss_mb(pid) {
            Some(mb) => println!("rss_mb={mb:.1}"),
            None => println!("rss_mb=NaN"),
        }
    }

    // Paced, at half the peak.
    if args.paced_secs > 0 {
        let rate = (peak_wf / 2.0).max(1.0);
        let count = (rate * args.paced_secs as f64).round() as u64;
        let before = shared.workflows.load(Ordering::Relaxed);
        let mut ticks = tokio::time::interval(Duration::from_secs_f64(1.0 / rate));
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
        let paced_began = Instant::now();
        for seq in 0..count {
            ticks.tick().await;
            // Paced starts do not wait for a slot: the rate is the rate.
            let shared = shared.clone();
            let workflow = args.workflow.clone();
            tokio::spawn(async move {
                if start(&shared, &workflow, args.workflows + seq)
                    .await
                    .is_err()
                {
                    shared.errors.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
        let deadline = Instant::now() + Duration::from_secs(300);
        while shared.workflows.load(Ordering::Relaxed) < before + count {
            if Instant::now() > deadline {
                bail!(
                    "paced: only {} of {count} workflows completed",
                    shared.workflows.load(Ordering::Relaxed) - before
                );
            }
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        let paced_secs = paced_began.elapsed().as_secs_f64();
        println!("paced_workflows_per_s={:.1}", count as f64 / paced_secs);
        println!(
            "paced_tasks_per_s={:.0}",
            (count * steps) as f64 / paced_secs
        );
        report("paced_e2e", &shared.e2e);
        report("paced_step", &shared.step);
    }
    shared.stop.store(true, Ordering::Relaxed);
    for p in pollers {
        let _ = p.await;
    }
    println!("errors={}", shared.errors.load(Ordering::Relaxed));
    Ok(())
}
