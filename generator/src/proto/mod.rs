//! Protobuf: compile `buf.yaml`'s modules with protox, lint them, emit prost/tonic code.

use crate::output::GeneratedFile;
use crate::workspace::Workspace;

/// Every generated proto file for the workspace.
pub fn generate(_workspace: &Workspace) -> anyhow::Result<Vec<GeneratedFile>> {
    Ok(Vec::new())
}
