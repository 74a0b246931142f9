//! `generator`: the bookstore's contract-first code generator.
//!
//! With no arguments it regenerates everything (`generate`). See `generator --help`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use generator::{cli, workspace::Workspace};

#[derive(Parser)]
#[command(
    name = "generator",
    version,
    about = "Bundle, lint and generate Rust from OpenAPI specs and protos"
)]
struct Cli {
    /// Workspace root (the folder holding `redocly.yaml` and `buf.yaml`); found from the current
    /// directory upwards when omitted.
    #[arg(long, global = true)]
    root: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Bundle, lint and emit code for every API in `redocly.yaml` and every module in `buf.yaml`,
    /// the Conductor definitions and saga ports of the saga contract in `api/saga/`, and the Istio
    /// resources and Kustomize base under `deploy/`.
    Generate,
    /// Like `generate`, but in memory: exit 1 listing every committed file that differs.
    Check,
    /// Resolve a split spec into one document (like `redocly bundle`).
    Bundle {
        /// The spec's root file.
        root_file: PathBuf,
        /// Where to write the bundle (stdout when omitted). `.json` writes JSON, anything else YAML-compatible JSON.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Lint specs and protos (every API in `redocly.yaml`, every module in `buf.yaml` and the saga
    /// contract when no file is given).
    Lint { files: Vec<PathBuf> },
    /// Exit 1 listing every breaking change in the protos, specs and saga contract since a git
    /// revision.
    Breaking {
        /// The revision to compare with (a branch, tag or commit); read from git, never checked out.
        #[arg(long)]
        against: String,
    },
    /// Emit a standalone crate (DTOs, port traits, axum adapter, client) for any spec.
    Crate {
        /// The spec (split or bundled).
        spec: PathBuf,
        /// The folder to create the crate in.
        #[arg(long)]
        out: PathBuf,
        /// The crate's name (defaults to the spec's `info.title`, snake-cased).
        #[arg(long)]
        name: Option<String>,
    },
}

fn main() -> ExitCode {
    let args = Cli::parse();
    let workspace = || Workspace::locate(args.root.as_deref());
    let result = match args.command.unwrap_or(Command::Generate) {
        Command::Generate => workspace().and_then(|ws| cli::generate(&ws)),
        Command::Check => workspace().and_then(|ws| cli::check(&ws)),
        Command::Bundle { root_file, output } => cli::bundle(&root_file, output.as_deref()),
        Command::Lint { files } => {
            if files.is_empty() {
                workspace().and_then(|ws| cli::lint_workspace(&ws))
            } else {
                cli::lint_files(&files)
            }
        }
        Command::Breaking { against } => workspace().and_then(|ws| cli::breaking(&ws, &against)),
        Command::Crate { spec, out, name } => cli::standalone_crate(&spec, &out, name.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}
