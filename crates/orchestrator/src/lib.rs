//! An embedded, durable orchestrator that speaks Conductor OSS's HTTP API, so the bookstore's
//! saga runs with zero setup on one machine and unchanged on Conductor OSS in production.
//!
//! Hexagonal like the services: [`domain`] (definitions, expressions, the decider; no HTTP or
//! SQL), [`application`] (use cases and ports), [`infrastructure`] (the axum and sqlx adapters),
//! and [`app`], the start-up shared by `main` and the tests.

pub mod app;
pub mod application;
pub mod config;
pub mod domain;
pub mod infrastructure;
