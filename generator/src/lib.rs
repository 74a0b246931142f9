//! The bookstore generator as a library: the CLI in `main.rs` is a thin shell over these modules.
//!
//! Grouped by contract format first, then by step: [`openapi`] holds `bundle`, `lint`, `codegen`
//! and `breaking` for specs, [`proto`] holds `compile`, `lint`, `emit` and `breaking` for
//! protobuf. What both formats share sits at the top: [`workspace`] reads the registries
//! (`redocly.yaml`, `buf.yaml`), [`diagnostics`] and [`breaking`] hold the findings both report
//! (and `breaking` runs both comparisons against a git revision), [`rustfmt`] formats and
//! [`output`] writes or checks the [`output::GeneratedFile`]s. [`saga`] turns the saga contract
//! into Conductor definitions and worker ports; [`deploy`] turns the served specs and
//! `proto/targets.yaml` into the Istio resources and the Kustomize base under `deploy/`.

pub mod breaking;
pub mod cli;
pub mod deploy;
pub mod diagnostics;
pub mod openapi;
pub mod output;
pub mod proto;
pub mod rustfmt;
pub mod saga;
pub mod workspace;
pub mod yaml;
