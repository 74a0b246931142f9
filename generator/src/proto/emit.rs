//! prost messages and tonic servers/clients for one service crate, built in memory.
//!
//! prost-build's `Config::generate` turns descriptors into Rust without touching the disk or
//! running `protoc`; tonic-prost-build supplies the service generator. A service gets a server
//! only for the packages it serves and a client only for those it calls, so the compiler points
//! at every crate that must implement a new RPC and every crate that may call it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, bail};
use prost_build::{Module, Service, ServiceGenerator};
use prost_types::FileDescriptorProto;

use super::compile::Compiled;
use super::config::ServiceTarget;
use super::reflection;
use crate::output::GeneratedFile;

/// The well-known types come from `prost-types`, never generated locally.
const WELL_KNOWN_PACKAGE: &str = "google.protobuf";

/// Routes each proto service to tonic's server generator, client generator, or both, by package.
struct ByPackage {
    served: BTreeSet<String>,
    called: BTreeSet<String>,
    server: Box<dyn ServiceGenerator>,
    client: Box<dyn ServiceGenerator>,
}

impl ByPackage {
    fn new(target: &ServiceTarget) -> Self {
        Self {
            served: target.serves.iter().cloned().collect(),
            called: target.calls.iter().cloned().collect(),
            server: tonic_prost_build::configure()
                .build_server(true)
                .build_client(false)
                .service_generator(),
            client: tonic_prost_build::configure()
                .build_server(false)
                .build_client(true)
                .service_generator(),
        }
    }
}

impl ServiceGenerator for ByPackage {
    fn generate(&mut self, service: Service, buf: &mut String) {
        if self.called.contains(&service.package) {
            self.client.generate(service.clone(), buf);
        }
        if self.served.contains(&service.package) {
            self.server.generate(service, buf);
        }
    }

    fn finalize(&mut self, buf: &mut String) {
        self.client.finalize(buf);
        self.server.finalize(buf);
    }

    fn finalize_package(&mut self, package: &str, buf: &mut String) {
        self.client.finalize_package(package, buf);
        self.server.finalize_package(package, buf);
    }
}

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

/// One Rust source per needed package, keyed by package name (rustfmt runs on it later).
fn generate_packages(
    compiled: &Compiled,
    target: &ServiceTarget,
) -> anyhow::Result<BTreeMap<String, String>> {
    let needed = needed_packages(compiled, target)?;
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
                .filter(|file| needed.contains(file.package()))
                .cloned(),
        )
        .map(|file| (Module::from_protobuf_package_name(file.package()), file))
        .collect();
    requests.sort_by(|a, b| a.1.name().cmp(b.1.name()));
    let mut config = prost_build::Config::new();
    // rustfmt formats everything afterwards; prettyplease in between would only cost time.
    config.format(false);
    config.service_generator(Box::new(ByPackage::new(target)));
    let mut modules = config
        .generate(requests)
        .context("generating Rust from the protos")?;
    Ok(needed
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
fn package_header(package: &str, target: &ServiceTarget) -> String {
    let served = target.serves.iter().any(|p| p == package);
    let called = target.calls.iter().any(|p| p == package);
    let holds = match (served, called) {
        (true, true) => "messages, server traits and clients",
        (true, false) => "messages and server traits",
        (false, true) => "messages and clients",
        (false, false) => "messages",
    };
    format!(
        "// Generated by `cargo run -p generator` from the protos of package `{package}` under \
         proto/: {holds}. Do not edit.\n"
    )
}

/// `pub mod bookstore { pub mod catalog { pub mod v1 { include!("bookstore.catalog.v1.rs"); } } }`
fn module_tree(
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
         //! gRPC messages, server traits and clients generated from the protos.\n//!\n\
         //! Serves: {}.\n//! Calls: {}.\n\n",
        list(&target.serves),
        list(&target.calls),
    );
    let mut stack: Vec<String> = Vec::new();
    for package in packages {
        let module = Module::from_protobuf_package_name(package);
        let parts: Vec<String> = module.parts().map(str::to_owned).collect();
        while !parts.starts_with(&stack) {
            stack.pop();
            out.push_str("}\n");
        }
        while stack.len() < parts.len() {
            let part = &parts[stack.len()];
            let _ = writeln!(out, "pub mod {part} {{");
            stack.push(part.clone());
        }
        let _ = writeln!(out, "include!(\"{}\");", file_name(package));
    }
    for _ in &stack {
        out.push_str("}\n");
    }
    out.push('\n');
    out.push_str(&reflection::items(compiled, &target.serves));
    out
}

/// Every file of `services/<service>/src/application/port/pb/`, not yet rustfmt-ed.
pub fn emit_service(
    compiled: &Compiled,
    service: &str,
    target: &ServiceTarget,
) -> anyhow::Result<Vec<GeneratedFile>> {
    let dir = Path::new("services")
        .join(service)
        .join("src/application/port/pb");
    let packages = generate_packages(compiled, target)
        .with_context(|| format!("generating the protos of service `{service}`"))?;
    let names: Vec<String> = packages.keys().cloned().collect();
    let mut files = vec![GeneratedFile::new(
        dir.join("mod.rs"),
        module_tree(compiled, service, target, &names),
    )];
    for (package, code) in packages {
        let text = format!("{}{code}", package_header(&package, target));
        files.push(GeneratedFile::new(dir.join(file_name(&package)), text));
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages_nest_as_modules_sharing_their_common_prefix() {
        let compiled = Compiled {
            pool: prost_reflect::DescriptorPool::new(),
            files: Vec::new(),
            paths: Vec::new(),
        };
        let target = ServiceTarget {
            serves: Vec::new(),
            calls: vec!["a.b.v1".to_owned()],
        };
        let packages = ["a.b.v1", "a.c.v1", "shop.type.v1"].map(str::to_owned);
        let tree = module_tree(&compiled, "svc", &target, &packages);
        let body: Vec<&str> = tree
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
        assert!(tree.contains("//! Serves: nothing.\n//! Calls: a.b.v1."));
        assert!(!tree.contains("FILE_DESCRIPTOR_SET"));
    }
}
