//! Adapters: the HTTP API (`adapter::web`) and the SQL store (`adapter::db`).

pub mod adapter;
