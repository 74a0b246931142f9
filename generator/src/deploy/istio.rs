//! The Istio resources of the bookstore, derived from the served specs and `proto/targets.yaml`:
//! the gateway and the one VirtualService that routes every spec path to its service's `http`
//! port, a DestinationRule per service (mutual TLS, connection pool, outlier detection),
//! namespace-wide STRICT mutual TLS, the JWT rule for the realm, and an ALLOW
//! AuthorizationPolicy per service that admits exactly the spec's operations with the roles
//! their `security` names, plus gRPC from the services that call it.
//!
//! Once an ALLOW policy selects a workload, Istio denies whatever no rule allows; so a path that
//! is not in the spec, or a secured operation without a token, never reaches the pod. The
//! services still check tokens and roles themselves: RequestAuthentication lets a request with
//! no token through, and defence in depth is the point.

use serde_json::{Value, json};

use super::access::{Access, Operation, PathError, RouteMatch, authorization_path, route_match};
use super::{GRPC_PORT, HTTP_PORT, NAMESPACE, ServiceSpec, manifest};
use crate::output::GeneratedFile;

pub const DIR: &str = "deploy/istio";
/// The claim Keycloak (and the built-in issuer) put realm roles in, as Istio names it.
pub const ROLES_CLAIM: &str = "request.auth.claims[realm_access][roles]";
/// The issuer the base trusts: identity's built-in issuer inside the cluster. The production
/// overlay replaces it with the Keycloak realm.
pub const DEFAULT_ISSUER: &str =
    "http://identity.bookstore.svc.cluster.local:8080/realms/bookstore";
pub const AUDIENCE: &str = "bookstore";

fn labels(name: &str) -> Value {
    json!({"app.kubernetes.io/name": name, "app.kubernetes.io/part-of": "bookstore"})
}

fn metadata(name: &str) -> Value {
    json!({"name": name, "labels": {"app.kubernetes.io/part-of": "bookstore"}})
}

pub fn gateway() -> Value {
    json!({
        "apiVersion": "networking.istio.io/v1",
        "kind": "Gateway",
        "metadata": metadata("bookstore"),
        "spec": {
            "selector": {"istio": "ingressgateway"},
            "servers": [{
                "port": {"number": 80, "name": "http", "protocol": "HTTP"},
                "hosts": ["*"]
            }]
        }
    })
}

/// One route per service, matching each of its spec paths exactly (literal paths) or by a
/// whole-path regex (templates); a path no spec declares matches nothing and gets a 404.
pub fn virtual_service(services: &[ServiceSpec]) -> Result<Value, PathError> {
    let mut routes = Vec::new();
    for service in services {
        let mut matches = Vec::new();
        let mut seen = Vec::new();
        for op in &service.operations {
            if seen.contains(&op.path) {
                continue;
            }
            seen.push(op.path.clone());
            let uri = match route_match(&op.path)? {
                RouteMatch::Exact(path) => json!({"exact": path}),
                RouteMatch::Regex(regex) => json!({"regex": regex}),
            };
            matches.push(json!({"uri": uri}));
        }
        if matches.is_empty() {
            continue;
        }
        routes.push(json!({
            "name": service.name,
            "match": matches,
            "route": [{"destination": {"host": service.name, "port": {"number": HTTP_PORT}}}]
        }));
    }
    Ok(json!({
        "apiVersion": "networking.istio.io/v1",
        "kind": "VirtualService",
        "metadata": metadata("bookstore"),
        "spec": {"hosts": ["*"], "gateways": ["bookstore"], "http": routes}
    }))
}

pub fn destination_rule(service: &str) -> Value {
    json!({
        "apiVersion": "networking.istio.io/v1",
        "kind": "DestinationRule",
        "metadata": {"name": service, "labels": labels(service)},
        "spec": {
            "host": service,
            "trafficPolicy": {
                "tls": {"mode": "ISTIO_MUTUAL"},
                "connectionPool": {
                    "tcp": {"maxConnections": 200, "connectTimeout": "2s"},
                    "http": {
                        "http1MaxPendingRequests": 200,
                        "http2MaxRequests": 1000,
                        "maxRetries": 3,
                        "idleTimeout": "60s"
                    }
                },
                // A replica answering 5xx or refusing connections is taken out of the pool for a
                // while; at most half of them, so a bad deploy cannot eject every replica.
                "outlierDetection": {
                    "consecutive5xxErrors": 5,
                    "consecutiveGatewayErrors": 3,
                    "interval": "10s",
                    "baseEjectionTime": "30s",
                    "maxEjectionPercent": 50
                }
            }
        }
    })
}

pub fn peer_authentication() -> Value {
    json!({
        "apiVersion": "security.istio.io/v1",
        "kind": "PeerAuthentication",
        "metadata": metadata("default"),
        "spec": {"mtls": {"mode": "STRICT"}}
    })
}

pub fn request_authentication() -> Value {
    json!({
        "apiVersion": "security.istio.io/v1",
        "kind": "RequestAuthentication",
        "metadata": metadata("bookstore-jwt"),
        "spec": {
            "jwtRules": [{
                "issuer": DEFAULT_ISSUER,
                "jwksUri": format!("{DEFAULT_ISSUER}/protocol/openid-connect/certs"),
                "audiences": [AUDIENCE],
                "forwardOriginalToken": true
            }]
        }
    })
}

/// The rules admitting one operation: none for nobody, one without `from` for a public one,
/// one per security alternative otherwise (Istio ORs rules and ANDs a rule's conditions).
pub fn operation_rules(op: &Operation) -> Result<Vec<Value>, PathError> {
    let to =
        json!([{"operation": {"methods": [op.method], "paths": [authorization_path(&op.path)?]}}]);
    Ok(match &op.access {
        Access::Public => vec![json!({"to": to})],
        Access::Roles(alternatives) => alternatives
            .iter()
            .map(|roles| {
                let mut rule = json!({
                    "from": [{"source": {"requestPrincipals": ["*"]}}],
                    "to": to,
                });
                if !roles.is_empty() {
                    rule["when"] = roles
                        .iter()
                        .map(|role| json!({"key": ROLES_CLAIM, "values": [role]}))
                        .collect();
                }
                rule
            })
            .collect(),
    })
}

pub fn authorization_policy(service: &ServiceSpec) -> Result<Value, PathError> {
    let mut rules = Vec::new();
    for op in &service.operations {
        rules.extend(operation_rules(op)?);
    }
    if !service.grpc_callers.is_empty() {
        let principals: Vec<String> = service
            .grpc_callers
            .iter()
            .map(|caller| format!("cluster.local/ns/{NAMESPACE}/sa/{caller}"))
            .collect();
        rules.push(json!({
            "from": [{"source": {"principals": principals}}],
            "to": [{"operation": {"ports": [GRPC_PORT.to_string()]}}]
        }));
    }
    Ok(json!({
        "apiVersion": "security.istio.io/v1",
        "kind": "AuthorizationPolicy",
        "metadata": {"name": service.name, "labels": labels(&service.name)},
        "spec": {
            "selector": {"matchLabels": {"app.kubernetes.io/name": service.name}},
            "action": "ALLOW",
            "rules": rules
        }
    }))
}

/// Every file under [`DIR`].
pub fn emit(services: &[ServiceSpec], header: &str) -> Result<Vec<GeneratedFile>, PathError> {
    let file = |name: &str, docs: &[Value]| {
        GeneratedFile::new(format!("{DIR}/{name}"), manifest::file(header, docs))
    };
    let rules: Vec<Value> = services.iter().map(|s| destination_rule(&s.name)).collect();
    let policies = services
        .iter()
        .map(authorization_policy)
        .collect::<Result<Vec<_>, _>>()?;
    let names = [
        "gateway.yaml",
        "virtual-service.yaml",
        "destination-rules.yaml",
        "peer-authentication.yaml",
        "request-authentication.yaml",
        "authorization-policies.yaml",
    ];
    let kustomization = json!({
        "apiVersion": "kustomize.config.k8s.io/v1beta1",
        "kind": "Kustomization",
        "resources": names,
    });
    Ok(vec![
        file(names[0], &[gateway()]),
        file(names[1], &[virtual_service(services)?]),
        file(names[2], &rules),
        file(names[3], &[peer_authentication()]),
        file(names[4], &[request_authentication()]),
        file(names[5], &policies),
        GeneratedFile::new(
            format!("{DIR}/kustomization.yaml"),
            manifest::file(header, &[kustomization]),
        ),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(method: &str, path: &str, access: Access) -> Operation {
        Operation {
            service: "catalog".into(),
            operation_id: "x".into(),
            method: method.into(),
            path: path.into(),
            access,
        }
    }

    #[test]
    fn a_public_operation_needs_no_principal() {
        let rules = operation_rules(&op("GET", "/api/v1/books/{id}", Access::Public)).unwrap();
        assert_eq!(
            rules,
            vec![
                json!({"to": [{"operation": {"methods": ["GET"], "paths": ["/api/v1/books/{*}"]}}]})
            ]
        );
    }

    #[test]
    fn each_alternative_is_a_rule_requiring_a_principal_and_all_its_roles() {
        let access = Access::Roles(vec![
            vec!["manage".into()],
            vec!["order".into(), "view".into()],
        ]);
        let rules = operation_rules(&op("POST", "/api/v1/orders", access)).unwrap();
        assert_eq!(rules.len(), 2);
        for rule in &rules {
            assert_eq!(
                rule["from"],
                json!([{"source": {"requestPrincipals": ["*"]}}])
            );
        }
        assert_eq!(
            rules[0]["when"],
            json!([{"key": ROLES_CLAIM, "values": ["manage"]}])
        );
        assert_eq!(
            rules[1]["when"],
            json!([
                {"key": ROLES_CLAIM, "values": ["order"]},
                {"key": ROLES_CLAIM, "values": ["view"]}
            ])
        );
    }

    #[test]
    fn a_token_without_roles_has_no_condition() {
        let rules = operation_rules(&op("GET", "/me", Access::Roles(vec![vec![]]))).unwrap();
        assert!(rules[0].get("when").is_none());
        assert!(rules[0].get("from").is_some());
    }

    #[test]
    fn grpc_is_allowed_from_the_callers_service_accounts_only() {
        let service = ServiceSpec {
            name: "payment".into(),
            operations: vec![],
            grpc_callers: vec!["customer".into(), "order".into()],
        };
        let policy = authorization_policy(&service).unwrap();
        assert_eq!(
            policy["spec"]["rules"][0],
            json!({
                "from": [{"source": {"principals": [
                    "cluster.local/ns/bookstore/sa/customer",
                    "cluster.local/ns/bookstore/sa/order"
                ]}}],
                "to": [{"operation": {"ports": ["9090"]}}]
            })
        );
    }

    #[test]
    fn every_path_of_a_service_routes_to_its_http_port_once() {
        let service = ServiceSpec {
            name: "catalog".into(),
            operations: vec![
                op("GET", "/api/v1/books", Access::Public),
                op("POST", "/api/v1/books", Access::Public),
                op("GET", "/api/v1/books/{id}", Access::Public),
            ],
            grpc_callers: vec![],
        };
        let vs = virtual_service(&[service]).unwrap();
        assert_eq!(
            vs["spec"]["http"][0]["match"],
            json!([{"uri": {"exact": "/api/v1/books"}}, {"uri": {"regex": "/api/v1/books/[^/]+"}}])
        );
        assert_eq!(
            vs["spec"]["http"][0]["route"][0]["destination"],
            json!({"host": "catalog", "port": {"number": 8080}})
        );
    }
}
