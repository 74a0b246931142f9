//! The Kustomize base: per service a ServiceAccount, Service, Deployment, PodDisruptionBudget,
//! HorizontalPodAutoscaler and its settings (a ConfigMap generator), and the namespace. The
//! per-service repetition is generated here so that six services cannot drift apart; what differs
//! between clusters (database URLs, the realm, Conductor, image tags, replicas) is left to the
//! hand-written overlays under `deploy/k8s/overlays/`.
//!
//! Settings follow the binaries' names (`<service> --help`): `HTTP_ADDR`/`GRPC_ADDR` bind every
//! service to 8080/9090, `<SERVICE>_<TARGET>_GRPC_URL` points each at the gRPC services it calls
//! (from `proto/targets.yaml`), and secrets come only from Secrets the operator creates
//! (`<service>-database` with `url` and `migrate-url`; `identity-keycloak` with `client-secret`).

use serde_json::{Value, json};

use super::{GRPC_PORT, HTTP_PORT, NAMESPACE, ServiceSpec, manifest};
use crate::output::GeneratedFile;
use crate::proto::config::Targets;

pub const DIR: &str = "deploy/k8s/base";
/// How long readiness fails before the servers stop accepting: long enough for the endpoint
/// removal to reach every sidecar and the gateway.
pub const DRAIN_DELAY_MS: u64 = 5_000;
/// The binaries' default request timeout, which bounds the in-flight drain after the delay.
pub const REQUEST_TIMEOUT_SECS: u64 = 30;
/// The saga workers' drain bound (service-kit `WorkerConfig::drain_timeout`), run alongside.
pub const WORKER_DRAIN_SECS: u64 = 15;
/// Drain delay, then the longer of the request and worker drains, plus slack for the exit.
pub const TERMINATION_GRACE_SECS: u64 =
    DRAIN_DELAY_MS / 1000 + REQUEST_TIMEOUT_SECS + WORKER_DRAIN_SECS;
// Kubernetes kills the pod at the grace period: it must outlast the drain delay and the drain.
const _: () = assert!(TERMINATION_GRACE_SECS * 1000 > DRAIN_DELAY_MS + REQUEST_TIMEOUT_SECS * 1000);

/// The runtime image's unprivileged user (distroless's `nonroot`).
pub const RUN_AS: u64 = 65_532;

fn labels(name: &str) -> Value {
    json!({"app.kubernetes.io/name": name, "app.kubernetes.io/part-of": "bookstore"})
}

fn prefix(service: &str) -> String {
    service.to_ascii_uppercase().replace('-', "_")
}

/// The services `service` calls over gRPC: owners of the packages in its `calls`.
pub fn grpc_targets(service: &str, targets: &Targets) -> Vec<String> {
    let Some(own) = targets.get(service) else {
        return Vec::new();
    };
    targets
        .iter()
        .filter(|(name, target)| {
            name.as_str() != service && target.serves.iter().any(|p| own.calls.contains(p))
        })
        .map(|(name, _)| name.clone())
        .collect()
}

/// The service's own, non-secret settings.
pub fn settings(service: &str, targets: &Targets) -> Vec<(String, String)> {
    let p = prefix(service);
    let mut out = vec![
        ("HTTP_ADDR".to_owned(), format!("0.0.0.0:{HTTP_PORT}")),
        ("GRPC_ADDR".to_owned(), format!("0.0.0.0:{GRPC_PORT}")),
        // The init container migrates with the migration user; the server must not try with the
        // runtime user, which has no DDL rights.
        (format!("{p}_MIGRATE_ON_START"), "false".to_owned()),
        (format!("{p}_DRAIN_DELAY_MS"), DRAIN_DELAY_MS.to_string()),
        (
            format!("{p}_REQUEST_TIMEOUT_SECS"),
            REQUEST_TIMEOUT_SECS.to_string(),
        ),
    ];
    for target in grpc_targets(service, targets) {
        out.push((
            format!("{p}_{}_GRPC_URL", prefix(&target)),
            format!("http://{target}.{NAMESPACE}.svc.cluster.local:{GRPC_PORT}"),
        ));
    }
    out
}

fn secret_env(name: &str, secret: &str, key: &str, optional: bool) -> Value {
    let mut selector = json!({"name": secret, "key": key});
    if optional {
        selector["optional"] = json!(true);
    }
    json!({"name": name, "valueFrom": {"secretKeyRef": selector}})
}

fn container_security() -> Value {
    json!({
        "allowPrivilegeEscalation": false,
        "readOnlyRootFilesystem": true,
        "runAsNonRoot": true,
        "runAsUser": RUN_AS,
        "runAsGroup": RUN_AS,
        "capabilities": {"drop": ["ALL"]},
        "seccompProfile": {"type": "RuntimeDefault"}
    })
}

fn env_from(service: &str) -> Value {
    json!([
        {"configMapRef": {"name": "bookstore-config"}},
        {"configMapRef": {"name": format!("{service}-config")}}
    ])
}

fn secrets(service: &str) -> Vec<Value> {
    // Conductor OSS takes no credentials; a Conductor that does (CONDUCTOR_AUTH_KEY/_SECRET,
    // service-kit's worker settings) is an overlay's patch on the saga participants.
    let mut env = vec![secret_env(
        "DATABASE_URL",
        &format!("{service}-database"),
        "url",
        false,
    )];
    if service == "identity" {
        env.push(secret_env(
            "IDENTITY_KEYCLOAK_CLIENT_SECRET",
            "identity-keycloak",
            "client-secret",
            true,
        ));
        env.push(secret_env(
            "IDENTITY_BOOTSTRAP_ADMIN_PASSWORD",
            "identity-bootstrap-admin",
            "password",
            true,
        ));
    }
    env
}

fn resources() -> Value {
    json!({
        "requests": {"cpu": "100m", "memory": "64Mi"},
        "limits": {"cpu": "1", "memory": "256Mi"}
    })
}

pub fn deployment(service: &str) -> Value {
    let image = format!("bookstore/{service}");
    json!({
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": service, "labels": labels(service)},
        "spec": {
            // Replicas belong to the HorizontalPodAutoscaler.
            "revisionHistoryLimit": 5,
            "selector": {"matchLabels": {"app.kubernetes.io/name": service}},
            "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": 1}},
            "template": {
                "metadata": {
                    "labels": labels(service),
                    "annotations": {
                        "prometheus.io/scrape": "true",
                        "prometheus.io/port": HTTP_PORT.to_string(),
                        "prometheus.io/path": "/metrics"
                    }
                },
                "spec": {
                    "serviceAccountName": service,
                    "automountServiceAccountToken": false,
                    "enableServiceLinks": false,
                    "terminationGracePeriodSeconds": TERMINATION_GRACE_SECS,
                    "securityContext": {
                        "runAsNonRoot": true,
                        "runAsUser": RUN_AS,
                        "runAsGroup": RUN_AS,
                        "fsGroup": RUN_AS,
                        "seccompProfile": {"type": "RuntimeDefault"}
                    },
                    "initContainers": [{
                        "name": "migrate",
                        "image": image,
                        "imagePullPolicy": "Always",
                        "args": ["migrate"],
                        "envFrom": env_from(service),
                        "env": [secret_env("DATABASE_URL", &format!("{service}-database"), "migrate-url", false)],
                        "resources": resources(),
                        "securityContext": container_security(),
                        "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}]
                    }],
                    "containers": [{
                        "name": service,
                        "image": image,
                        "imagePullPolicy": "Always",
                        "args": ["serve"],
                        "ports": [
                            {"name": "http", "containerPort": HTTP_PORT, "protocol": "TCP"},
                            {"name": "grpc", "containerPort": GRPC_PORT, "protocol": "TCP"}
                        ],
                        "envFrom": env_from(service),
                        "env": secrets(service),
                        // gRPC health answers once both servers are up; then liveness and
                        // readiness take over on the binary's own endpoints.
                        "startupProbe": {
                            "grpc": {"port": GRPC_PORT},
                            "periodSeconds": 2,
                            "failureThreshold": 30
                        },
                        "livenessProbe": {
                            "httpGet": {"path": "/healthz", "port": "http"},
                            "periodSeconds": 10,
                            "timeoutSeconds": 2,
                            "failureThreshold": 3
                        },
                        "readinessProbe": {
                            "httpGet": {"path": "/readyz", "port": "http"},
                            "periodSeconds": 5,
                            "timeoutSeconds": 2,
                            "failureThreshold": 2
                        },
                        "resources": resources(),
                        "securityContext": container_security(),
                        "volumeMounts": [{"name": "tmp", "mountPath": "/tmp"}]
                    }],
                    "volumes": [{"name": "tmp", "emptyDir": {"sizeLimit": "64Mi"}}]
                }
            }
        }
    })
}

pub fn service(service: &str) -> Value {
    json!({
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": service, "labels": labels(service)},
        "spec": {
            "selector": {"app.kubernetes.io/name": service},
            "ports": [
                {"name": "http", "port": HTTP_PORT, "targetPort": "http", "protocol": "TCP", "appProtocol": "http"},
                {"name": "grpc", "port": GRPC_PORT, "targetPort": "grpc", "protocol": "TCP", "appProtocol": "grpc"}
            ]
        }
    })
}

fn service_account(service: &str) -> Value {
    json!({
        "apiVersion": "v1",
        "kind": "ServiceAccount",
        "metadata": {"name": service, "labels": labels(service)},
        "automountServiceAccountToken": false
    })
}

fn disruption_budget(service: &str) -> Value {
    json!({
        "apiVersion": "policy/v1",
        "kind": "PodDisruptionBudget",
        "metadata": {"name": service, "labels": labels(service)},
        "spec": {
            "minAvailable": 1,
            "selector": {"matchLabels": {"app.kubernetes.io/name": service}}
        }
    })
}

fn autoscaler(service: &str) -> Value {
    json!({
        "apiVersion": "autoscaling/v2",
        "kind": "HorizontalPodAutoscaler",
        "metadata": {"name": service, "labels": labels(service)},
        "spec": {
            "scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": service},
            "minReplicas": 2,
            "maxReplicas": 6,
            "metrics": [{
                "type": "Resource",
                "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 70}}
            }]
        }
    })
}

fn namespace() -> Value {
    json!({
        "apiVersion": "v1",
        "kind": "Namespace",
        "metadata": {
            "name": NAMESPACE,
            "labels": {"istio-injection": "enabled", "app.kubernetes.io/part-of": "bookstore"}
        }
    })
}

fn literals(pairs: &[(String, String)]) -> Value {
    pairs
        .iter()
        .map(|(k, v)| Value::from(format!("{k}={v}")))
        .collect()
}

/// The settings every service shares; the overlays merge their cluster's values in.
pub fn shared_settings() -> Vec<(String, String)> {
    [
        ("LOG_FORMAT", "json"),
        ("RUST_LOG", "info"),
        ("ACCESS_LOG", "errors"),
        ("AUTH_ISSUER", super::istio::DEFAULT_ISSUER),
        ("AUTH_AUDIENCE", super::istio::AUDIENCE),
        (
            "CONDUCTOR_SERVER_URL",
            "http://orchestrator.bookstore.svc.cluster.local:8080/api",
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect()
}

pub fn emit(services: &[ServiceSpec], targets: &Targets, header: &str) -> Vec<GeneratedFile> {
    let mut files = Vec::new();
    let mut resources = vec![Value::from("namespace.yaml")];
    let mut generators =
        vec![json!({"name": "bookstore-config", "literals": literals(&shared_settings())})];
    for spec in services {
        let name = &spec.name;
        files.push(GeneratedFile::new(
            format!("{DIR}/{name}.yaml"),
            manifest::file(
                header,
                &[
                    service_account(name),
                    service(name),
                    deployment(name),
                    disruption_budget(name),
                    autoscaler(name),
                ],
            ),
        ));
        resources.push(Value::from(format!("{name}.yaml")));
        generators.push(json!({
            "name": format!("{name}-config"),
            "literals": literals(&settings(name, targets))
        }));
    }
    resources.push(Value::from("../../istio"));
    files.push(GeneratedFile::new(
        format!("{DIR}/namespace.yaml"),
        manifest::file(header, &[namespace()]),
    ));
    files.push(GeneratedFile::new(
        format!("{DIR}/kustomization.yaml"),
        manifest::file(
            header,
            &[json!({
                "apiVersion": "kustomize.config.k8s.io/v1beta1",
                "kind": "Kustomization",
                "namespace": NAMESPACE,
                "resources": resources,
                "configMapGenerator": generators
            })],
        ),
    ));
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::config::parse_targets;

    fn targets() -> Targets {
        parse_targets(
            "services:\n  catalog:\n    serves: [bookstore.catalog.v1]\n    calls: [bookstore.inventory.v1]\n  inventory:\n    serves: [bookstore.inventory.v1]\n  order:\n    serves: [bookstore.order.v1]\n    calls: [bookstore.catalog.v1]\n",
        )
        .unwrap()
    }

    #[test]
    fn each_called_service_gets_a_grpc_url_under_the_callers_prefix() {
        let settings = settings("order", &targets());
        assert!(settings.contains(&(
            "ORDER_CATALOG_GRPC_URL".into(),
            "http://catalog.bookstore.svc.cluster.local:9090".into()
        )));
        assert!(!settings.iter().any(|(k, _)| k.contains("INVENTORY")));
        assert!(settings.contains(&("ORDER_MIGRATE_ON_START".into(), "false".into())));
    }

    #[test]
    fn termination_outlasts_the_drain_delay_and_the_request_timeout() {
        let d = deployment("catalog");
        assert_eq!(
            d["spec"]["template"]["spec"]["terminationGracePeriodSeconds"],
            json!(TERMINATION_GRACE_SECS)
        );
    }

    #[test]
    fn the_database_url_only_ever_comes_from_a_secret() {
        let d = deployment("catalog");
        let pod = &d["spec"]["template"]["spec"];
        for container in [&pod["containers"][0], &pod["initContainers"][0]] {
            let env = container["env"].as_array().unwrap();
            let db = env.iter().find(|e| e["name"] == "DATABASE_URL").unwrap();
            assert!(db.get("value").is_none());
            assert_eq!(db["valueFrom"]["secretKeyRef"]["name"], "catalog-database");
        }
        assert_eq!(pod["initContainers"][0]["args"], json!(["migrate"]));
    }
}
