"""Offline checks of rendered bookstore manifests (one `kubectl kustomize` output per overlay).

1. Schemas: every Kubernetes document against the API's own OpenAPI schema (kubernetes-validate,
   strict: unknown fields are errors); every Istio document against Istio's typed models
   (cloudcoil-models-istio, pydantic), where any field the model does not know is an error.
   A document of a kind neither knows is an error too.
2. Cross-checks against the contracts and the binaries:
   - every VirtualService destination is a Service in the render with that port;
   - every probe hits a path the binary serves (service-kit's /healthz, /readyz) on the port its
     HTTP_ADDR / GRPC_ADDR binds, through a named container port;
   - every operation of every served spec is routed by the gateway to its service, every public
     one is allowed without a token, every secured one is refused without a token and allowed
     with exactly the roles of each of its security alternatives (and refused with none), by an
     evaluation of the rendered AuthorizationPolicies as Istio evaluates ALLOW policies;
   - image, binary, container, Service and ServiceAccount names agree, and every setting a
     ConfigMap gives a service is one its binary's --help names;
   - no Secret and no literal credential in the production render.

Usage: validate.py --root DIR --specs DIR [--help-dir DIR] OVERLAY=RENDERED.yaml ...
       validate.py --self-test      (mutations each check must catch)
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from pathlib import Path

import yaml

K8S_VERSION = "1.33.0"
ROLES_CLAIM = "request.auth.claims[realm_access][roles]"
HEALTH_PATHS = {"/healthz", "/readyz"}


# ---------------------------------------------------------------- schemas

def istio_models():
    from cloudcoil.models.istio.networking import v1 as net
    from cloudcoil.models.istio.security import v1 as sec

    return {
        ("networking.istio.io/v1", "Gateway"): net.Gateway,
        ("networking.istio.io/v1", "VirtualService"): net.VirtualService,
        ("networking.istio.io/v1", "DestinationRule"): net.DestinationRule,
        ("security.istio.io/v1", "PeerAuthentication"): sec.PeerAuthentication,
        ("security.istio.io/v1", "RequestAuthentication"): sec.RequestAuthentication,
        ("security.istio.io/v1", "AuthorizationPolicy"): sec.AuthorizationPolicy,
    }


def unknown_fields(given, known, pointer=""):
    """Keys in `given` that the model dropped (pydantic ignores unknown fields)."""
    out = []
    if isinstance(given, dict):
        known = known if isinstance(known, dict) else {}
        for key, value in given.items():
            if key not in known:
                out.append(f"{pointer}/{key}")
            else:
                out.extend(unknown_fields(value, known[key], f"{pointer}/{key}"))
    elif isinstance(given, list):
        known = known if isinstance(known, list) else []
        for i, value in enumerate(given):
            out.extend(unknown_fields(value, known[i] if i < len(known) else None, f"{pointer}/{i}"))
    return out


def schema_errors(doc, models):
    import kubernetes_validate as kv

    key = (doc.get("apiVersion"), doc.get("kind"))
    if key in models:
        try:
            model = models[key].model_validate(doc)
        except Exception as err:  # pydantic.ValidationError, with every field it refused
            return [f"Istio schema: {err}".replace("\n", " ")]
        dumped = model.model_dump(by_alias=True, exclude_unset=True, mode="json")
        return [f"unknown field {p}" for p in unknown_fields(doc, dumped)]
    try:
        kv.validate(doc, K8S_VERSION, strict=True)
    except kv.SchemaNotFoundError:
        return [f"no schema for {key[0]} {key[1]} (neither Kubernetes {K8S_VERSION} nor Istio)"]
    except kv.ValidationError as err:
        return [f"Kubernetes schema: {err.message} at /{'/'.join(map(str, err.path))}"]
    return []


# ---------------------------------------------------------------- the render

class Render:
    def __init__(self, name, docs):
        self.name = name
        self.docs = docs

    def of(self, kind):
        return [d for d in self.docs if d.get("kind") == kind]

    def get(self, kind, name):
        return next((d for d in self.of(kind) if d["metadata"]["name"] == name), None)

    def config_of(self, deployment):
        """The environment a container gets from its ConfigMaps (envFrom), then `env` values."""
        container = deployment["spec"]["template"]["spec"]["containers"][0]
        env = {}
        for source in container.get("envFrom", []):
            ref = source.get("configMapRef", {}).get("name")
            cm = self.get("ConfigMap", ref) if ref else None
            env.update((cm or {}).get("data", {}))
        for var in container.get("env", []):
            if "value" in var:
                env[var["name"]] = var["value"]
        return env


def port_of(addr):
    return int(addr.rsplit(":", 1)[1])


# ---------------------------------------------------------------- Istio evaluation

def template_matches(pattern, path):
    """Istio's AuthorizationPolicy path matching: exact, `prefix*`, `*suffix`, `*`, and the
    `{*}` (one segment) / `{**}` (the rest) URI templates."""
    if pattern == "*":
        return True
    if "{*}" in pattern or "{**}" in pattern:
        regex = "/".join(
            "[^/]+" if seg == "{*}" else ".+" if seg == "{**}" else re.escape(seg)
            for seg in pattern.split("/")
        )
        return re.fullmatch(regex, path) is not None
    if pattern.endswith("*"):
        return path.startswith(pattern[:-1])
    if pattern.startswith("*"):
        return path.endswith(pattern[1:])
    return pattern == path


def rule_allows(rule, request):
    sources = rule.get("from", [])
    if sources and not any(source_matches(s["source"], request) for s in sources):
        return False
    operations = rule.get("to", [])
    if operations and not any(operation_matches(o["operation"], request) for o in operations):
        return False
    for condition in rule.get("when", []):
        if condition["key"] != ROLES_CLAIM:
            return False  # a condition this checker cannot evaluate never grants access
        if not set(condition.get("values", [])) & set(request.get("roles", [])):
            return False
    return True


def source_matches(source, request):
    for field in source:
        if field not in ("requestPrincipals", "principals"):
            return False
    if "requestPrincipals" in source:
        if not request.get("principal"):
            return False
    if "principals" in source:
        if request.get("peer") not in source["principals"]:
            return False
    return True


def operation_matches(op, request):
    if "methods" in op and request["method"] not in op["methods"]:
        return False
    if "paths" in op and not any(template_matches(p, request["path"]) for p in op["paths"]):
        return False
    if "ports" in op and str(request["port"]) not in op["ports"]:
        return False
    return True


def allowed(render, service, request):
    labels = {"app.kubernetes.io/name": service}
    policies = [
        p for p in render.of("AuthorizationPolicy")
        if p["spec"].get("action", "ALLOW") == "ALLOW"
        and all(labels.get(k) == v for k, v in p["spec"].get("selector", {}).get("matchLabels", {}).items())
    ]
    if any(p["spec"].get("action") == "DENY" for p in render.of("AuthorizationPolicy")):
        raise ValueError("DENY policies are not evaluated by this checker")
    if not policies:
        return True  # no ALLOW policy: Istio allows everything, which the coverage check flags
    return any(rule_allows(rule, request) for p in policies for rule in p["spec"].get("rules", []))


def routed_to(render, path):
    for vs in render.of("VirtualService"):
        for route in vs["spec"].get("http", []):
            for match in route.get("match", []):
                uri = match.get("uri", {})
                if ("exact" in uri and uri["exact"] == path) or (
                    "regex" in uri and re.fullmatch(uri["regex"], path)
                ) or ("prefix" in uri and path.startswith(uri["prefix"])):
                    return route["route"][0]["destination"]["host"]
    return None


def sample_path(template):
    return re.sub(r"\{[^}]+\}", "x1", template)


# ---------------------------------------------------------------- checks

def check_schemas(render, models):
    problems = []
    for doc in render.docs:
        for problem in schema_errors(doc, models):
            problems.append(f"{doc.get('kind')}/{doc.get('metadata', {}).get('name')}: {problem}")
    return problems


def check_routes(render):
    problems = []
    for vs in render.of("VirtualService"):
        for route in vs["spec"].get("http", []):
            for target in route.get("route", []):
                dest = target["destination"]
                svc = render.get("Service", dest["host"].split(".")[0])
                if svc is None:
                    problems.append(f"route {route.get('name')}: no Service {dest['host']}")
                    continue
                ports = {p["port"] for p in svc["spec"]["ports"]}
                if dest.get("port", {}).get("number") not in ports:
                    problems.append(f"route {route.get('name')}: Service {svc['metadata']['name']} has no port {dest.get('port')}")
    return problems


def check_probes(render):
    problems = []
    for dep in render.of("Deployment"):
        name = dep["metadata"]["name"]
        env = render.config_of(dep)
        container = dep["spec"]["template"]["spec"]["containers"][0]
        named = {p["name"]: p["containerPort"] for p in container.get("ports", [])}
        http_port = port_of(env["HTTP_ADDR"]) if "HTTP_ADDR" in env else None
        grpc_port = port_of(env["GRPC_ADDR"]) if "GRPC_ADDR" in env else None
        if named.get("http") != http_port:
            problems.append(f"{name}: container port http={named.get('http')} but HTTP_ADDR binds {http_port}")
        if "grpc" in named and named["grpc"] != grpc_port:
            problems.append(f"{name}: container port grpc={named['grpc']} but GRPC_ADDR binds {grpc_port}")
        for kind in ("livenessProbe", "readinessProbe", "startupProbe"):
            probe = container.get(kind)
            if probe is None:
                if kind != "startupProbe":
                    problems.append(f"{name}: no {kind}")
                continue
            if "httpGet" in probe:
                get = probe["httpGet"]
                port = named.get(get["port"], get["port"])
                if get["path"] not in HEALTH_PATHS or port != http_port:
                    problems.append(f"{name}: {kind} {get['path']} on {get['port']} is not a health endpoint the binary serves on {http_port}")
            elif "grpc" in probe:
                if probe["grpc"]["port"] != grpc_port:
                    problems.append(f"{name}: {kind} gRPC port {probe['grpc']['port']} but GRPC_ADDR binds {grpc_port}")
            else:
                problems.append(f"{name}: {kind} is neither httpGet nor grpc")
        grace = dep["spec"]["template"]["spec"].get("terminationGracePeriodSeconds", 30)
        drain_ms = next((int(v) for k, v in env.items() if k.endswith("_DRAIN_DELAY_MS")), 1000)
        timeout = next((int(v) for k, v in env.items() if k.endswith("_REQUEST_TIMEOUT_SECS")), 30)
        if name != "orchestrator" and grace * 1000 <= drain_ms + timeout * 1000:
            problems.append(f"{name}: terminationGracePeriodSeconds {grace} does not outlast the drain ({drain_ms} ms + {timeout} s)")
    return problems


def check_access(render, specs):
    problems = []
    for service, spec in specs.items():
        if render.get("Deployment", service) is None:
            problems.append(f"{service}: served spec but no Deployment")
            continue
        for path, item in spec.get("paths", {}).items():
            for method, op in item.items():
                if method not in ("get", "put", "post", "delete", "patch", "head", "options"):
                    continue
                where = f"{service} {method.upper()} {path}"
                concrete = sample_path(path)
                host = routed_to(render, concrete)
                if host is None or host.split(".")[0] != service:
                    problems.append(f"{where}: the gateway routes it to {host}, not {service}")
                security = op.get("security", spec.get("security"))
                request = {"method": method.upper(), "path": concrete, "port": 8080}
                anonymous = allowed(render, service, request)
                alternatives = security or []
                if not alternatives or any(alt == {} for alt in alternatives):
                    if not anonymous:
                        problems.append(f"{where}: public in the spec, refused without a token")
                    continue
                if anonymous:
                    problems.append(f"{where}: secured in the spec, allowed without a token")
                needs_roles = all(any(scopes for scopes in alt.values()) for alt in alternatives)
                if needs_roles and allowed(render, service, {**request, "principal": "u", "roles": []}):
                    problems.append(f"{where}: a token without roles is allowed")
                for alt in alternatives:
                    roles = sorted({r for scopes in alt.values() for r in scopes})
                    if not allowed(render, service, {**request, "principal": "u", "roles": roles}):
                        problems.append(f"{where}: refused with the roles {roles} the spec accepts")
    return problems


def check_names(render, root, help_dir):
    problems = []
    for dep in render.of("Deployment"):
        name = dep["metadata"]["name"]
        pod = dep["spec"]["template"]["spec"]
        containers = pod["containers"] + pod.get("initContainers", [])
        for c in containers:
            repo = c["image"].split("@")[0].rsplit(":", 1)[0] if ":" in c["image"].rsplit("/", 1)[-1] else c["image"]
            if repo.rsplit("/", 1)[-1] != name:
                problems.append(f"{name}: image {c['image']} is not the {name} image")
        if pod["containers"][0]["name"] != name:
            problems.append(f"{name}: container is named {pod['containers'][0]['name']}")
        if pod.get("serviceAccountName") != name or render.get("ServiceAccount", name) is None:
            problems.append(f"{name}: ServiceAccount {pod.get('serviceAccountName')} missing or misnamed")
        svc = render.get("Service", name)
        if svc is None:
            problems.append(f"{name}: no Service")
        else:
            named = {p["name"] for p in pod["containers"][0].get("ports", [])}
            for port in svc["spec"]["ports"]:
                if port["name"] not in ("http", "grpc") or port.get("targetPort") not in named:
                    problems.append(f"{name}: Service port {port['name']} targets {port.get('targetPort')}, not a named container port")
        crate = root / ("crates" if name == "orchestrator" else "services") / name / "Cargo.toml"
        if not crate.is_file():
            problems.append(f"{name}: no binary crate at {crate.relative_to(root)}")
        help_file = help_dir / f"{name}.txt" if help_dir else None
        if help_file and help_file.is_file():
            text = help_file.read_text()
            prefix = name.upper() + "_"
            own = render.get("ConfigMap", f"{name}-config") or {"data": {}}
            env = {**own.get("data", {}), **{v["name"]: "" for v in pod["containers"][0].get("env", [])}}
            for key in env:
                generic = "<SERVICE>_" + key[len(prefix):] if key.startswith(prefix) else None
                if key not in text and (generic is None or generic not in text):
                    problems.append(f"{name}: setting {key} is not one `{name} --help` names")
        elif help_dir and (crate.parent / "src" / "main.rs").is_file():
            problems.append(f"{name}: no `{name} --help` output in {help_dir} (binary not built?)")
    if help_dir:
        # The shared settings: each must be read by some binary.
        texts = [p.read_text() for p in help_dir.glob("*.txt")] + [
            (root / "crates/service-kit/README.md").read_text()
        ]
        shared = render.get("ConfigMap", "bookstore-config") or {"data": {}}
        for key in shared.get("data", {}):
            if not any(key in text for text in texts):
                problems.append(f"bookstore-config: {key} is read by no binary")
    return problems


def check_secrets(render):
    problems = []
    if render.name == "production":
        for secret in render.of("Secret"):
            problems.append(f"Secret/{secret['metadata']['name']} is in the render; the operator creates Secrets")
    for doc in render.docs:
        for kind in ("containers", "initContainers"):
            for c in doc.get("spec", {}).get("template", {}).get("spec", {}).get(kind, []):
                for var in c.get("env", []):
                    if "value" in var and re.search(r"SECRET|PASSWORD|TOKEN|DATABASE_URL|AUTH_KEY", var["name"]):
                        problems.append(f"{doc['metadata']['name']}: {var['name']} is a literal, not a secretKeyRef")
    for cm in render.of("ConfigMap"):
        for key in cm.get("data", {}):
            if re.search(r"SECRET|PASSWORD|TOKEN|DATABASE_URL", key):
                problems.append(f"ConfigMap/{cm['metadata']['name']}: {key} belongs in a Secret")
    return problems


def run(renders, specs, root, help_dir):
    models = istio_models()
    failed = 0
    for render in renders:
        checks = {
            "schemas": check_schemas(render, models),
            "routes": check_routes(render),
            "probes": check_probes(render),
            "access": check_access(render, specs),
            "names": check_names(render, root, help_dir),
            "secrets": check_secrets(render),
        }
        for check, problems in checks.items():
            status = "ok" if not problems else f"{len(problems)} problem(s)"
            print(f"{render.name}: {check}: {status} ({len(render.docs)} documents)")
            for problem in problems:
                print(f"  {problem}")
            failed += bool(problems)
    return failed


# ---------------------------------------------------------------- self-test

def self_test(renders, specs, root):
    """Each mutation breaks one promise; the matching check must see it."""
    models = istio_models()
    base = next(r for r in renders if r.name == "production")

    def mutated(change):
        docs = copy.deepcopy(base.docs)
        change(docs)
        return Render("production", docs)

    def first(docs, kind, name=None):
        return next(d for d in docs if d["kind"] == kind and (name is None or d["metadata"]["name"] == name))

    def drop_rule_roles(docs):
        for rule in first(docs, "AuthorizationPolicy", "order")["spec"]["rules"]:
            rule.pop("when", None)

    def open_secured(docs):
        for rule in first(docs, "AuthorizationPolicy", "inventory")["spec"]["rules"]:
            rule.pop("from", None)
            rule.pop("when", None)

    def close_public(docs):
        policy = first(docs, "AuthorizationPolicy", "catalog")
        policy["spec"]["rules"] = [r for r in policy["spec"]["rules"] if "from" in r]

    cases = [
        ("schemas", lambda d: first(d, "Deployment")["spec"].update({"replicaz": 2})),
        ("schemas", lambda d: first(d, "AuthorizationPolicy")["spec"]["rules"][0]["to"][0]["operation"].update({"pathz": ["/"]})),
        ("schemas", lambda d: first(d, "DestinationRule")["spec"]["trafficPolicy"]["tls"].update({"mode": "MUTUAL_ISTIO"})),
        ("routes", lambda d: first(d, "VirtualService")["spec"]["http"][0]["route"][0]["destination"]["port"].update({"number": 8081})),
        ("probes", lambda d: first(d, "Deployment")["spec"]["template"]["spec"]["containers"][0]["livenessProbe"]["httpGet"].update({"path": "/health"})),
        ("probes", lambda d: first(d, "Deployment")["spec"]["template"]["spec"]["containers"][0]["startupProbe"]["grpc"].update({"port": 8080})),
        ("access", drop_rule_roles),
        ("access", open_secured),
        ("access", close_public),
        ("access", lambda d: first(d, "VirtualService")["spec"]["http"].pop()),
        ("names", lambda d: first(d, "Deployment")["spec"]["template"]["spec"]["containers"][0].update({"image": "registry.example.com/bookstore/other:1"})),
        ("secrets", lambda d: d.append({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "catalog-database"}})),
        ("secrets", lambda d: first(d, "Deployment")["spec"]["template"]["spec"]["containers"][0]["env"].append({"name": "IDENTITY_KEYCLOAK_CLIENT_SECRET", "value": "x"})),
    ]
    checks = {
        "schemas": lambda r: check_schemas(r, models),
        "routes": check_routes,
        "probes": check_probes,
        "access": lambda r: check_access(r, specs),
        "names": lambda r: check_names(r, root, None),
        "secrets": check_secrets,
    }
    passed = failed = 0
    for check in checks:
        if checks[check](base):
            print(f"self-test: the unmutated render already fails {check}")
            failed += 1
    for i, (check, change) in enumerate(cases):
        if checks[check](mutated(change)):
            passed += 1
        else:
            print(f"self-test: mutation {i} went unnoticed by {check}")
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return failed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", type=Path, required=True)
    parser.add_argument("--specs", type=Path, required=True, help="folder of bundled specs, <service>.json")
    parser.add_argument("--help-dir", type=Path, help="folder of `<binary> --help` outputs, <name>.txt")
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("renders", nargs="+", help="OVERLAY=FILE")
    args = parser.parse_args()
    renders = []
    for item in args.renders:
        name, file = item.split("=", 1)
        docs = [d for d in yaml.safe_load_all(Path(file).read_text()) if d]
        renders.append(Render(name, docs))
    specs = {p.stem: json.loads(p.read_text()) for p in sorted(args.specs.glob("*.json"))}
    if args.self_test:
        return 1 if self_test(renders, specs, args.root) else 0
    return 1 if run(renders, specs, args.root, args.help_dir) else 0


if __name__ == "__main__":
    sys.exit(main())
