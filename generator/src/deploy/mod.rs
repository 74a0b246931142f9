//! The deployment artefacts derived from the contracts: the Istio resources ([`istio`], under
//! `deploy/istio/`) from the served specs' paths and `security`, and the per-service Kubernetes
//! base ([`k8s`], under `deploy/k8s/base/`) from the same list of services and
//! `proto/targets.yaml`'s gRPC calls. Hand-written overlays in `deploy/k8s/overlays/` adapt them
//! to a cluster; `deploy/validate.sh` renders and checks the result.

pub mod access;
pub mod istio;
pub mod k8s;
pub mod manifest;

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;

use crate::diagnostics::{Diagnostic, Severity};
use crate::output::GeneratedFile;
use crate::proto::config::Targets;
use access::Operation;

/// The namespace the bookstore runs in; AuthorizationPolicy principals name it, so it is fixed
/// (an overlay that changes it must change those too).
pub const NAMESPACE: &str = "bookstore";
/// Every service listens on these in the cluster (`HTTP_ADDR`, `GRPC_ADDR`).
pub const HTTP_PORT: u16 = 8080;
pub const GRPC_PORT: u16 = 9090;

/// One served API as the mesh sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceSpec {
    pub name: String,
    pub operations: Vec<Operation>,
    /// The services whose `calls` in `proto/targets.yaml` include a package this one serves.
    pub grpc_callers: Vec<String>,
}

/// A served API: its name, its root file and its bundled document.
pub struct Served<'a> {
    pub name: &'a str,
    pub root: PathBuf,
    pub document: &'a Value,
}

/// The services, in registry order, with the callers of their gRPC packages.
pub fn services(served: &[Served<'_>], targets: &Targets) -> Vec<ServiceSpec> {
    served
        .iter()
        .map(|api| {
            let serves = targets
                .get(api.name)
                .map(|t| t.serves.clone())
                .unwrap_or_default();
            let grpc_callers = targets
                .iter()
                .filter(|(caller, target)| {
                    caller.as_str() != api.name && target.calls.iter().any(|p| serves.contains(p))
                })
                .map(|(caller, _)| caller.clone())
                .collect();
            ServiceSpec {
                name: api.name.to_owned(),
                operations: access::operations(api.name, api.document),
                grpc_callers,
            }
        })
        .collect()
}

fn problem(file: PathBuf, pointer: String, message: String, hint: &str) -> Diagnostic {
    Diagnostic {
        severity: Severity::Error,
        rule: "deploy-routing".into(),
        file,
        line: None,
        pointer,
        message,
        hint: Some(hint.into()),
    }
}

/// Paths the gateway cannot route or the policies cannot match: a template inside a segment, or
/// one path served by two services.
fn check(served: &[Served<'_>], services: &[ServiceSpec]) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    let mut owners: BTreeMap<String, &str> = BTreeMap::new();
    for (api, service) in served.iter().zip(services) {
        for op in &service.operations {
            let pointer = format!("/paths/{}", crate::yaml::escape_token(&op.path));
            if let Err(err) = access::authorization_path(&op.path) {
                problems.push(problem(
                    api.root.clone(),
                    pointer.clone(),
                    err.to_string(),
                    "make each path parameter a whole segment, e.g. `/files/{name}`",
                ));
                continue;
            }
            let normalised = access::authorization_path(&op.path).unwrap_or_default();
            match owners.get(&normalised) {
                Some(owner) if *owner != service.name => problems.push(problem(
                    api.root.clone(),
                    pointer,
                    format!(
                        "`{}` is also served by {owner}; the gateway routes a path to one service",
                        op.path
                    ),
                    "serve the path from one service only",
                )),
                _ => {
                    owners.insert(normalised, &service.name);
                }
            }
        }
    }
    problems
}

/// Everything under `deploy/istio/` and `deploy/k8s/base/`.
pub fn generate(
    served: &[Served<'_>],
    targets: &Targets,
) -> Result<Vec<GeneratedFile>, Vec<Diagnostic>> {
    let services = services(served, targets);
    let problems = check(served, &services);
    if !problems.is_empty() {
        return Err(problems);
    }
    let sources: Vec<String> = served
        .iter()
        .map(|api| api.root.display().to_string())
        .collect();
    let header = format!(
        "Generated from {} and proto/targets.yaml by `cargo run -p generator`; do not edit.",
        sources.join(", ")
    );
    let mut files = istio::emit(&services, &header).map_err(|err| {
        vec![problem(
            PathBuf::from("redocly.yaml"),
            String::new(),
            err.to_string(),
            "make each path parameter a whole segment",
        )]
    })?;
    files.extend(k8s::emit(&services, targets, &header));
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::config::parse_targets;
    use serde_json::json;

    fn served<'a>(name: &'a str, document: &'a Value) -> Served<'a> {
        Served {
            name,
            root: PathBuf::from(format!("api/{name}/openapi.yaml")),
            document,
        }
    }

    #[test]
    fn a_path_served_by_two_services_is_refused() {
        let a = json!({"paths": {"/api/v1/books/{id}": {"get": {"operationId": "a"}}}});
        let b = json!({"paths": {"/api/v1/books/{book_id}": {"put": {"operationId": "b"}}}});
        let problems = generate(
            &[served("catalog", &a), served("order", &b)],
            &Targets::new(),
        )
        .unwrap_err();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.contains("also served by catalog"));
        assert_eq!(problems[0].file, PathBuf::from("api/order/openapi.yaml"));
    }

    #[test]
    fn a_template_inside_a_segment_is_reported_at_its_path() {
        let a = json!({"paths": {"/files/{name}.json": {"get": {"operationId": "a"}}}});
        let problems = generate(&[served("files", &a)], &Targets::new()).unwrap_err();
        assert_eq!(problems[0].pointer, "/paths/~1files~1{name}.json");
    }

    #[test]
    fn grpc_callers_are_the_services_calling_a_served_package() {
        let targets = parse_targets(
            "services:\n  catalog:\n    serves: [bookstore.catalog.v1]\n  order:\n    serves: [bookstore.order.v1]\n    calls: [bookstore.catalog.v1]\n  customer:\n    calls: [bookstore.catalog.v1, bookstore.order.v1]\n",
        )
        .unwrap();
        let doc = json!({"paths": {}});
        let services = services(&[served("catalog", &doc), served("order", &doc)], &targets);
        assert_eq!(services[0].grpc_callers, vec!["customer", "order"]);
        assert_eq!(services[1].grpc_callers, vec!["customer"]);
    }
}
