//! OpenAPI → Rust: DTOs, port traits, the axum adapter, the client and the bundled spec.
//!
//! Pipeline: [`schema`] and [`operation`] turn the bundled document into the typed model of
//! [`ir`] (named, de-duplicated); [`render`] fills the askama templates in `templates/`;
//! [`crate::rustfmt`] formats the result so it is byte-identical to what `cargo fmt` would keep.

mod bridge;
mod defaults;
mod ir;
mod mapping;
mod names;
mod operation;
mod render;
mod schema;
mod validation;

use std::path::{Path, PathBuf};

use askama::Template;

use crate::rustfmt;

use crate::openapi::bundle::Bundle;
use crate::output::GeneratedFile;

/// Where and how to emit one API.
#[derive(Debug, Clone)]
pub struct Target {
    /// Short API name (`catalog`).
    pub api_name: String,
    /// The spec's root file as shown in the "generated from" header (workspace-relative).
    pub spec_display: String,
    /// Output crate folder, relative to the output root (`services/catalog`).
    pub crate_dir: PathBuf,
    pub layout: Layout,
}

#[derive(Debug, Clone)]
pub enum Layout {
    /// Into a bookstore service's hexagon folders.
    Service,
    /// A standalone crate (`generator crate`): Cargo.toml, src/lib.rs and the modules.
    Standalone { crate_name: String },
    /// An API a service calls but does not serve (`x-generator.emit: client`): DTOs, the
    /// outbound port trait and the client implementing it, into the module folder `dir`
    /// (relative to the output root). No router and no bundled spec.
    Client { dir: PathBuf },
}

#[derive(Debug, thiserror::Error)]
pub enum CodegenError {
    #[error("{pointer}: {message}")]
    Unsupported { pointer: String, message: String },
    #[error("rendering the {template} template")]
    Render {
        template: &'static str,
        #[source]
        source: askama::Error,
    },
    #[error(transparent)]
    Format(#[from] crate::rustfmt::FormatError),
}

/// A construct the generator could not express and degraded (to `serde_json::Value`, or by
/// leaving one check out), with the JSON pointer (`#/paths/~1pets/get/...`) of where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub pointer: String,
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "warning: {}: {}", self.pointer, self.message)
    }
}

/// The files of one API, and what had to be degraded to produce them.
#[derive(Debug, Clone)]
pub struct Emitted {
    pub files: Vec<GeneratedFile>,
    pub warnings: Vec<Warning>,
}

/// The folder (relative to the output root) the Rust modules go to.
fn module_dir(target: &Target) -> PathBuf {
    match &target.layout {
        Layout::Service => target
            .crate_dir
            .join("src")
            .join("application")
            .join("port")
            .join("openapi"),
        Layout::Standalone { .. } => PathBuf::from("src"),
        Layout::Client { dir } => dir.clone(),
    }
}

/// The folder generated paths are relative to, when it can be told: the spec's root file minus
/// its workspace-relative display path (`/ws/api/catalog/openapi.yaml` − `api/catalog/
/// openapi.yaml` = `/ws`). Only used to find already-formatted files to reuse; standalone crates
/// go to a folder of the caller's choosing and are always formatted afresh.
fn output_root(bundle: &Bundle, target: &Target) -> Option<PathBuf> {
    if matches!(target.layout, Layout::Standalone { .. }) {
        return None;
    }
    let display = Path::new(&target.spec_display);
    if display.is_absolute() {
        return None;
    }
    let mut root = bundle.root_file.as_path();
    for _ in display.components() {
        root = root.parent()?;
    }
    (root.join(display) == bundle.root_file).then(|| root.to_path_buf())
}

/// The typed model of one API, and the warnings met building it.
fn model_of(bundle: &Bundle, target: &Target) -> Result<(ir::Api, Vec<Warning>), CodegenError> {
    let doc = &bundle.document;
    let trait_name = format!("{}Api", names::pascal(&target.api_name));
    let mut schemas =
        schema::Schemas::new(doc, &[&trait_name, "Client", "ApiError", "ClientError"]);
    schemas.convert_components()?;
    let mut ops_namespace = names::Namespace::default();
    let operations = operation::convert(&mut schemas, &mut ops_namespace)?;
    schema::box_cycles(&mut schemas.types);
    let warnings = std::mem::take(&mut schemas.warnings);
    let api = ir::Api {
        title: doc
            .pointer("/info/title")
            .and_then(|t| t.as_str())
            .unwrap_or(&target.api_name)
            .trim()
            .to_owned(),
        doc: doc
            .pointer("/info/description")
            .and_then(|d| d.as_str())
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(str::to_owned),
        trait_name,
        base_path: operation::base_path(doc),
        types: schemas.types,
        operations,
    };
    Ok((api, warnings))
}

/// Drop the `use super::model;` line when nothing refers to `model::`.
fn prune_model_import(text: String) -> String {
    if text.contains("model::") {
        text
    } else {
        text.replace("use super::model;\n", "")
    }
}

fn render<T: Template>(template: &'static str, view: &T) -> Result<String, CodegenError> {
    view.render()
        .map_err(|source| CodegenError::Render { template, source })
}

/// Emit every file for one API.
pub fn emit(bundle: &Bundle, target: &Target) -> Result<Emitted, CodegenError> {
    let (api, warnings) = model_of(bundle, target)?;
    let header = format!(
        "// Generated from {} by `cargo run -p generator`. Do not edit.",
        target.spec_display
    );
    let needs = validation::Needs::compute(&api.types);

    let mut model_emitter = validation::Emitter::new(&needs);
    let items = render::model::model_items(&api.types, &mut model_emitter);
    let model = render(
        "model.rs.j2",
        &render::model::ModelFile {
            header: &header,
            title: &api.title,
            patterns: model_emitter.patterns.render(),
            items,
        },
    )?;

    let client_only = matches!(target.layout, Layout::Client { .. });
    let (port_ops, patterns) = render::port::port_ops(&api, &needs, client_only);
    let port = prune_model_import(render(
        "port.rs.j2",
        &render::port::PortFile {
            header: &header,
            title: &api.title,
            api_doc: api
                .doc
                .as_deref()
                .map(|d| {
                    d.lines()
                        .map(|l| format!("//! {l}").trim_end().to_owned())
                        .collect::<Vec<_>>()
                        .join("\n")
                })
                .unwrap_or_default(),
            trait_name: &api.trait_name,
            patterns,
            ops: port_ops,
            outbound: client_only,
        },
    )?);
    let client = prune_model_import(render(
        "client.rs.j2",
        &render::client::ClientFile {
            header: &header,
            title: &api.title,
            base_path: &api.base_path,
            ops: render::client::client_ops(&api.operations),
            outbound_trait: client_only.then_some(api.trait_name.as_str()),
        },
    )?);
    let standalone = matches!(target.layout, Layout::Standalone { .. });
    let module = render(
        "mod.rs.j2",
        &render::ModFile {
            header: &header,
            title: &api.title,
            api_name: &target.api_name,
            standalone,
            client_only,
        },
    )?;

    let dir = module_dir(target);
    let root_module = if standalone { "lib.rs" } else { "mod.rs" };
    let mut rust = vec![
        (dir.join(root_module), module),
        (dir.join("model.rs"), model),
        (dir.join("port.rs"), port),
    ];
    if !client_only {
        let router_ops = render::router::router_ops(&api.operations, &api.base_path, &needs);
        let router = prune_model_import(render(
            "router.rs.j2",
            &render::router::RouterFile {
                header: &header,
                title: &api.title,
                trait_name: &api.trait_name,
                base_path: &api.base_path,
                routes: render::router::routes(&router_ops),
                ops: router_ops,
            },
        )?);
        rust.push((dir.join("router.rs"), router));
    }
    rust.push((dir.join("client.rs"), client));
    // Committed files must be exactly what rustfmt keeps; a standalone crate only has to be
    // readable, and formatting it in process is most of what makes `generator crate` fast (see
    // `crate::rustfmt`).
    let formatted = if standalone {
        rustfmt::format_in_process(&rust)
    } else {
        let root = output_root(bundle, target);
        let previous = |path: &Path| {
            root.as_ref()
                .and_then(|root| std::fs::read_to_string(root.join(path)).ok())
        };
        let identity = rustfmt::formatter_identity(root.as_deref());
        rustfmt::format_all(&rust, &identity, &previous)?
    };
    let mut files: Vec<GeneratedFile> = formatted
        .into_iter()
        .map(|(path, text)| GeneratedFile::new(path, text))
        .collect();
    if client_only {
        return Ok(Emitted { files, warnings });
    }
    let spec = serde_json::to_string_pretty(&served(&bundle.document)).map_err(|e| {
        CodegenError::Unsupported {
            pointer: String::new(),
            message: format!("the bundled spec does not serialize: {e}"),
        }
    })? + "\n";
    files.push(GeneratedFile::new(dir.join("openapi.json"), spec));
    if let Layout::Standalone { crate_name } = &target.layout {
        let runtime_path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap_or(Path::new(".."))
            .join("crates")
            .join("openapi-runtime");
        let cargo = render(
            "Cargo.toml.j2",
            &render::CargoFile {
                header: &header.replacen("//", "#", 1),
                crate_name,
                runtime_path: &runtime_path.display().to_string(),
            },
        )?;
        files.push(GeneratedFile::new("Cargo.toml", cargo + "\n"));
    }
    Ok(Emitted { files, warnings })
}

/// Where a service's hand-declared port module `file` goes (`bridge.rs`, `mapping.rs`; each is
/// declared by hand in the service's `application/port/mod.rs`).
fn port_module_path(target: &Target, file: &str) -> PathBuf {
    target
        .crate_dir
        .join("src")
        .join("application")
        .join("port")
        .join(file)
}

/// Where a service's bridge module goes.
pub fn bridge_path(target: &Target) -> PathBuf {
    port_module_path(target, "bridge.rs")
}

/// The conversions between a service's protobuf messages and its REST port's types that the
/// spec asks for (`x-grpc`, `x-proto`; see [`bridge`]), or `None` when it asks for none.
///
/// # Errors
/// A bridge the two contracts cannot support (named on both sides), or a formatting failure.
pub fn emit_bridge(
    bundle: &Bundle,
    target: &Target,
    protos: Option<&prost_reflect::DescriptorPool>,
) -> Result<Option<GeneratedFile>, CodegenError> {
    emit_port_module(
        bundle,
        target,
        "bridge.rs",
        "and the protos it names ",
        |api, header| bridge::source(&bundle.document, api, protos, header),
    )
}

/// The conversions between a service's REST DTOs and its domain values that the spec asks for
/// (`x-rust-from`, `x-rust-parse`, `x-rust-query`; see [`mapping`]), or `None` when it asks for
/// none.
///
/// # Errors
/// A property that cannot be mapped (named), or a formatting failure.
pub fn emit_mapping(
    bundle: &Bundle,
    target: &Target,
    protos: Option<&prost_reflect::DescriptorPool>,
) -> Result<Option<GeneratedFile>, CodegenError> {
    emit_port_module(bundle, target, "mapping.rs", "", |api, header| {
        mapping::source(&bundle.document, api, protos, header)
    })
}

/// A service's generated port module `file`, from `source` (given the API and the header), or
/// `None` for another layout or when `source` has nothing to write.
fn emit_port_module(
    bundle: &Bundle,
    target: &Target,
    file: &str,
    also_from: &str,
    source: impl FnOnce(&ir::Api, &str) -> Result<Option<String>, CodegenError>,
) -> Result<Option<GeneratedFile>, CodegenError> {
    if !matches!(target.layout, Layout::Service) {
        return Ok(None);
    }
    let (api, _) = model_of(bundle, target)?;
    let header = format!(
        "// Generated from {} {also_from}by `cargo run -p generator`. Do not edit.",
        target.spec_display
    );
    let Some(text) = source(&api, &header)? else {
        return Ok(None);
    };
    format_one(bundle, target, port_module_path(target, file), text)
}

/// One generated module, formatted as `cargo fmt` keeps it.
fn format_one(
    bundle: &Bundle,
    target: &Target,
    path: PathBuf,
    text: String,
) -> Result<Option<GeneratedFile>, CodegenError> {
    let root = output_root(bundle, target);
    let previous = |path: &Path| {
        root.as_ref()
            .and_then(|root| std::fs::read_to_string(root.join(path)).ok())
    };
    let identity = rustfmt::formatter_identity(root.as_deref());
    let formatted = rustfmt::format_all(&[(path, text)], &identity, &previous)?;
    Ok(formatted
        .into_iter()
        .next()
        .map(|(path, text)| GeneratedFile::new(path, text)))
}

/// The `model.rs` of a document's component schemas alone, unformatted: the same serde types
/// and `openapi_runtime::Validate` impls the REST DTOs get. The saga generator
/// ([`crate::saga`]) emits its task inputs and outputs with it, so they are validated like the
/// REST DTOs and never by a second type emitter.
///
/// # Errors
/// A schema the emitter does not support, or a template that fails to render.
pub fn model_source(
    document: &serde_json::Value,
    title: &str,
    header: &str,
    reserved: &[&str],
) -> Result<String, CodegenError> {
    let mut schemas = schema::Schemas::new(document, reserved);
    schemas.convert_components()?;
    let needs = validation::Needs::compute(&schemas.types);
    let mut emitter = validation::Emitter::new(&needs);
    let items = render::model::model_items(&schemas.types, &mut emitter);
    render(
        "model.rs.j2",
        &render::model::ModelFile {
            header,
            title,
            patterns: emitter.patterns.render(),
            items,
        },
    )
}

/// A crate name derived from the spec's `info.title` (`Pet Store API` → `pet_store_api`).
pub fn crate_name_for(document: &serde_json::Value) -> String {
    use heck::ToSnakeCase;
    let title = document
        .pointer("/info/title")
        .and_then(|t| t.as_str())
        .unwrap_or("api");
    let name = title.to_snake_case();
    if name.is_empty() {
        "api".to_owned()
    } else {
        name
    }
}

/// Extensions that steer the generator only (Rust type paths, the gRPC bridge): they say nothing
/// to a client, and would publish the service's internal module layout in its `/openapi.json`.
/// Every `x-rust-*` key (`x-rust-type`, `x-rust-from`, `x-rust-parse`, ...) is one of them.
const GENERATOR_ONLY: [&str; 2] = ["x-grpc", "x-proto"];

fn generator_only(key: &str) -> bool {
    key.starts_with("x-rust-") || GENERATOR_ONLY.contains(&key)
}

/// The bundled document as the service serves it: without [`generator_only`] extensions. A
/// schema's `properties` map is names chosen by the spec's author, so its keys stay as they are.
fn served(document: &serde_json::Value) -> serde_json::Value {
    fn strip(value: &mut serde_json::Value, keys_are_names: bool) {
        match value {
            serde_json::Value::Object(map) => {
                if !keys_are_names {
                    map.retain(|key, _| !generator_only(key));
                }
                for (key, child) in map.iter_mut() {
                    strip(child, !keys_are_names && key == "properties");
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| strip(v, false)),
            _ => {}
        }
    }
    let mut served = document.clone();
    strip(&mut served, false);
    served
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::served;

    #[test]
    fn the_served_spec_drops_generator_only_extensions_but_not_property_names() {
        let document = json!({
            "paths": {"/books": {"get": {"x-grpc": "a.B/C", "x-ok": 1}}},
            "components": {"schemas": {"Sort": {
                "type": "string", "x-rust-type": "crate::Sort", "x-proto": {"message": "M"},
                "x-rust-into": "crate::S",
                "properties": {"x-grpc": {"type": "string", "x-rust-type": "crate::X",
                                          "x-rust-parse": "crate::X::parse", "x-rust-get": "x"}}
            }}}
        });
        assert_eq!(
            served(&document),
            json!({
                "paths": {"/books": {"get": {"x-ok": 1}}},
                "components": {"schemas": {"Sort": {
                    "type": "string",
                    "properties": {"x-grpc": {"type": "string"}}
                }}}
            })
        );
    }
}
