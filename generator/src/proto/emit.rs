//! prost messages and tonic servers and clients, built in memory: every proto package once, into
//! the shared `proto` crate (`crates/proto`), and per service crate a `pb` module re-exporting
//! the packages it serves or calls, with its reflection descriptors (and, for what it serves, the
//! gRPC port and its tonic adapter from [`super::server`]).
//!
//! prost-build's `Config::generate` turns descriptors into Rust without touching the disk or
//! running `protoc`; tonic-prost-build supplies the service generator. Each package is compiled
//! once for the whole workspace instead of once per service that uses it (see the generator
//! section of the root README for the build times that decided it); a service still sees, under
//! `crate::application::port::pb`, only the packages `proto/targets.yaml` gives it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, bail};
use prost_build::Module;
use prost_types::FileDescriptorProto;

use super::compile::Compiled;
use super::config::ServiceTarget;
use super::reflection;
use crate::output::GeneratedFile;

/// The well-known types come from `prost-types`, never generated locally.
const WELL_KNOWN_PACKAGE: &str = "google.protobuf";

/// Where the shared crate's sources live, relative to the workspace root.
pub const SHARED_CRATE_SRC: &str = "crates/proto/src";

/// The shared crate's name, as services refer to it.
const SHARED_CRATE: &str = "proto";

/// The packages a service needs: those it serves or calls, plus every package they import
/// (messages only), well-known types excepted.
pub fn needed_packages(
    compiled: &Compiled,
    target: &ServiceTarget,
) -> anyhow::Result<BTreeSet<String>> {
    let by_name: BTreeMap<&str, &FileDescriptorProto> = compiled
        .files
        .iter()
        .map(|file| (file.name(), file))
        .collect();
    let known: BTreeSet<&str> = compiled.files.iter().map(|f| f.package()).collect();
    let mut needed = BTreeSet::new();
    let mut pending: Vec<String> = target.serves.iter().chain(&target.calls).cloned().collect();
    for package in &pending {
        if !known.contains(package.as_str()) {
            bail!("package `{package}` is not declared by any .proto file");
        }
    }
    while let Some(package) = pending.pop() {
        if !needed.insert(package.clone()) {
            continue;
        }
        for file in compiled.files.iter().filter(|f| f.package() == package) {
            for dependency in &file.dependency {
                if let Some(imported) = by_name.get(dependency.as_str()) {
                    let imported = imported.package();
                    if imported != WELL_KNOWN_PACKAGE && !needed.contains(imported) {
                        pending.push(imported.to_owned());
                    }
                }
            }
        }
    }
    Ok(needed)
}

/// One Rust source per package of the workspace's protos, keyed by package name (rustfmt runs
/// on it later): messages, and a server and a client for each service.
fn generate_packages(compiled: &Compiled) -> anyhow::Result<BTreeMap<String, String>> {
    let packages: BTreeSet<String> = compiled
        .files
        .iter()
        .map(|file| file.package().to_owned())
        .filter(|package| package != WELL_KNOWN_PACKAGE)
        .collect();
    // prost-build inspects every message a field refers to (to decide on derives), so the
    // well-known types' files go in too; it emits nothing for them as they map to prost-types.
    let mut requests: Vec<(Module, FileDescriptorProto)> = compiled
        .pool
        .files()
        .filter(|file| file.package_name() == WELL_KNOWN_PACKAGE)
        .map(|file| file.file_descriptor_proto().clone())
        .chain(
            compiled
                .files
                .iter()
                .filter(|file| packages.contains(file.package()))
                .cloned(),
        )
        .map(|file| (Module::from_protobuf_package_name(file.package()), file))
        .collect();
    requests.sort_by(|a, b| a.1.name().cmp(b.1.name()));
    let mut config = prost_build::Config::new();
    // rustfmt formats everything afterwards; prettyplease in between would only cost time.
    config.format(false);
    config.service_generator(
        tonic_prost_build::configure()
            .build_server(true)
            .build_client(true)
            .service_generator(),
    );
    let mut modules = config
        .generate(requests)
        .context("generating Rust from the protos")?;
    Ok(packages
        .into_iter()
        .map(|package| {
            let module = Module::from_protobuf_package_name(&package);
            let code = modules.remove(&module).unwrap_or_default();
            (package, code)
        })
        .collect())
}

/// A package's file, named after the proto package (prost's names escape keywords: `r#type`).
fn file_name(package: &str) -> String {
    format!("{package}.rs")
}

/// Header of a package's file: where it comes from, what it holds, that it must not be edited.
fn package_header(compiled: &Compiled, package: &str) -> String {
    let has_services = compiled
        .files
        .iter()
        .any(|f| f.package() == package && !f.service.is_empty());
    let holds = if has_services {
        "messages, server traits and clients"
    } else {
        "messages"
    };
    format!(
        "// Generated by `cargo run -p generator` from the protos of package `{package}` under \
         proto/: {holds}. Do not edit.\n"
    )
}

/// Nest `packages` as modules sharing their common prefix; `leaf` writes a package's innermost
/// item given its module path (`["bookstore", "catalog", "v1"]`), inside the modules of all but
/// the last part when `leaf_is_module` is false, inside all of them otherwise.
fn module_tree(
    packages: &[String],
    leaf_is_module: bool,
    leaf: impl Fn(&str, &[String]) -> String,
) -> String {
    let mut out = String::new();
    let mut stack: Vec<String> = Vec::new();
    for package in packages {
        let module = Module::from_protobuf_package_name(package);
        let parts: Vec<String> = module.parts().map(str::to_owned).collect();
        let depth = if leaf_is_module {
            parts.len()
        } else {
            parts.len().saturating_sub(1)
        };
        let outer = &parts[..depth];
        while !outer.starts_with(&stack) {
            stack.pop();
            out.push_str("}\n");
        }
        while stack.len() < outer.len() {
            let part = &outer[stack.len()];
            let _ = writeln!(out, "pub mod {part} {{");
            stack.push(part.clone());
        }
        out.push_str(&leaf(package, &parts));
    }
    for _ in &stack {
        out.push_str("}\n");
    }
    out
}

/// `lib.rs` of the shared crate: `pub mod bookstore { pub mod catalog { pub mod v1 {
/// include!("bookstore.catalog.v1.rs"); } } }`.
fn shared_lib(packages: &[String]) -> String {
    let mut out = String::from(
        "// Generated by `cargo run -p generator` from proto/. Do not edit.\n\
         //! gRPC messages, server traits and clients of every proto package, generated once for \
         the whole workspace.\n//!\n\
         //! Services do not use this crate directly: each one's `application::port::pb` module \
         re-exports the packages `proto/targets.yaml` lists for it.\n\n",
    );
    out.push_str(&module_tree(packages, true, |package, _| {
        format!("include!(\"{}\");\n", file_name(package))
    }));
    out
}

/// A service's `pb/mod.rs`: `pub mod bookstore { pub mod catalog { pub use
/// proto::bookstore::catalog::v1; } }` for each package it needs, and its reflection items.
fn service_module(
    compiled: &Compiled,
    service: &str,
    target: &ServiceTarget,
    packages: &[String],
) -> String {
    let list = |packages: &[String]| {
        if packages.is_empty() {
            "nothing".to_owned()
        } else {
            packages.join(", ")
        }
    };
    let mut out = format!(
        "// Generated by `cargo run -p generator` from proto/ as proto/targets.yaml lists for the \
         `{service}` service. Do not edit.\n\
         //! gRPC messages, server traits and clients from the shared `{SHARED_CRATE}` crate, as far \
         as this service serves or calls them.\n//!\n\
         //! Serves: {}.\n//! Calls: {}.\n\n",
        list(&target.serves),
        list(&target.calls),
    );
    if super::server::has_services(compiled, target) {
        out.push_str("pub mod port;\npub mod server;\n\n");
    }
    out.push_str(&module_tree(packages, false, |_, parts| {
        format!("pub use ::{SHARED_CRATE}::{};\n", parts.join("::"))
    }));
    out.push('\n');
    out.push_str(&reflection::items(compiled, &target.serves));
    out
}

/// Every file of the shared crate's `src/`, not yet rustfmt-ed.
pub fn emit_shared(compiled: &Compiled) -> anyhow::Result<Vec<GeneratedFile>> {
    let dir = Path::new(SHARED_CRATE_SRC);
    let packages = generate_packages(compiled)?;
    let names: Vec<String> = packages.keys().cloned().collect();
    let mut files = vec![GeneratedFile::new(dir.join("lib.rs"), shared_lib(&names))];
    for (package, code) in packages {
        let text = format!("{}{code}", package_header(compiled, &package));
        files.push(GeneratedFile::new(dir.join(file_name(&package)), text));
    }
    Ok(files)
}

/// `services/<service>/src/application/port/pb/mod.rs`, and for a service that serves something
/// its gRPC port and server (`pb/port.rs`, `pb/server.rs`, see [`super::server`]), not yet
/// rustfmt-ed.
pub fn emit_service(
    compiled: &Compiled,
    service: &str,
    target: &ServiceTarget,
) -> anyhow::Result<Vec<GeneratedFile>> {
    let path = Path::new("services")
        .join(service)
        .join("src/application/port/pb/mod.rs");
    let packages: Vec<String> = needed_packages(compiled, target)?.into_iter().collect();
    let mut files = vec![GeneratedFile::new(
        path,
        service_module(compiled, service, target, &packages),
    )];
    files.extend(super::server::emit(compiled, service, target)?);
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages_nest_as_modules_sharing_their_common_prefix() {
        let packages = ["a.b.v1", "a.c.v1", "shop.type.v1"].map(str::to_owned);
        let lib = shared_lib(&packages);
        let body: Vec<&str> = lib
            .lines()
            .filter(|l| !l.starts_with("//") && !l.is_empty())
            .collect();
        assert_eq!(
            body,
            [
                "pub mod a {",
                "pub mod b {",
                "pub mod v1 {",
                "include!(\"a.b.v1.rs\");",
                "}",
                "}",
                "pub mod c {",
                "pub mod v1 {",
                "include!(\"a.c.v1.rs\");",
                "}",
                "}",
                "}",
                "pub mod shop {",
                "pub mod r#type {",
                "pub mod v1 {",
                "include!(\"shop.type.v1.rs\");",
                "}",
                "}",
                "}",
            ]
        );
    }

    #[test]
    fn a_service_module_re_exports_each_package_at_its_own_path() {
        let compiled = Compiled {
            pool: prost_reflect::DescriptorPool::new(),
            files: Vec::new(),
            paths: Vec::new(),
        };
        let target = ServiceTarget {
            calls: vec!["a.b.v1".to_owned()],
            ..ServiceTarget::default()
        };
        let packages = ["a.b.v1", "a.c.v1", "shop"].map(str::to_owned);
        let module = service_module(&compiled, "svc", &target, &packages);
        let body: Vec<&str> = module
            .lines()
            .filter(|l| !l.starts_with("//") && !l.is_empty())
            .collect();
        assert_eq!(
            body,
            [
                "pub mod a {",
                "pub mod b {",
                "pub use ::proto::a::b::v1;",
                "}",
                "pub mod c {",
                "pub use ::proto::a::c::v1;",
                "}",
                "}",
                "pub use ::proto::shop;",
            ]
        );
        assert!(module.contains("//! Serves: nothing.\n//! Calls: a.b.v1."));
        assert!(!module.contains("FILE_DESCRIPTOR_SET"));
        assert!(!module.contains("pub mod server;"));
    }
}
