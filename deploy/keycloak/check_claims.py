"""The Keycloak realm export must issue tokens with the claims of identity's built-in issuer.

Reads both: `deploy/keycloak/bookstore-realm.json` (which claims an access token of the
`bookstore` client carries: Keycloak's own plus those of the client's default scopes' and its own
protocol mappers), and identity's `AccessClaims` and customer roles from its Rust source. Then:
every claim the built-in issuer puts in an access token is in the realm's tokens, under the same
name; the audience is the one the services expect (`AUTH_AUDIENCE` in the Kustomize base); the
realm signs with the built-in issuer's algorithm (`SIGNING_ALGORITHM`, EdDSA) and has a key
provider for it; the realm has the four roles, gives new users exactly identity's customer roles,
and has brute-force detection on.

Usage: check_claims.py ROOT   (runs the check, then the mutations it must catch)
"""

from __future__ import annotations

import copy
import json
import re
import sys
from pathlib import Path

# Claims Keycloak writes into every access token itself, without a mapper.
INTRINSIC = {"iss", "exp", "iat", "jti", "typ", "azp", "sid", "scope", "aud"}
ROLES = {"manage", "profile", "order", "view"}
BUILTIN = "services/identity/src/infrastructure/adapter/builtin/mod.rs"
USER = "services/identity/src/domain/user.rs"
KEYS = "services/identity/src/infrastructure/adapter/builtin/keys.rs"
# The Keycloak key provider that makes keys for an algorithm, and its configuration.
KEY_PROVIDERS = {"EdDSA": ("eddsa-generated", {"eddsaEllipticCurveKey": ["Ed25519"]}), "RS256": ("rsa-generated", {})}


def struct_fields(source: str, name: str) -> list[str]:
    body = re.search(r"pub struct " + name + r" \{(.*?)\n\}", source, re.S)
    if not body:
        raise SystemExit(f"{BUILTIN}: no struct {name}")
    return re.findall(r"^\s*pub (\w+):", body.group(1), re.M)


def builtin_claims(root: Path) -> dict:
    source = (root / BUILTIN).read_text()
    fields = struct_fields(source, "AccessClaims")
    nested = {"realm_access": struct_fields(source, "RealmAccess")}
    customer = re.search(r"pub const CUSTOMER: &\[Role\] = &\[(.*?)\];", (root / USER).read_text())
    roles = {r.lower() for r in re.findall(r"Role::(\w+)", customer.group(1))} if customer else set()
    signing = re.search(r"pub const SIGNING_ALGORITHM: Algorithm = Algorithm::(\w+);", (root / KEYS).read_text())
    return {"claims": set(fields), "nested": nested, "customer_roles": roles,
            "algorithm": signing.group(1) if signing else None}


def token_claims(realm: dict, client_id: str) -> tuple[set, dict, set]:
    """(top-level claims, nested claim paths, audiences) of an access token for `client_id`."""
    client = next((c for c in realm.get("clients", []) if c["clientId"] == client_id), None)
    if client is None:
        return set(), {}, set()
    scopes = {s["name"]: s for s in realm.get("clientScopes", [])}
    mappers = list(client.get("protocolMappers", []))
    for name in client.get("defaultClientScopes", []):
        mappers.extend(scopes.get(name, {}).get("protocolMappers", []))
    claims, nested, audiences = set(INTRINSIC), {}, set()
    for m in mappers:
        config = m.get("config", {})
        if config.get("access.token.claim") != "true":
            continue
        kind = m["protocolMapper"]
        if kind == "oidc-audience-mapper":
            audiences.add(config.get("included.client.audience"))
        elif kind == "oidc-sub-mapper":
            claims.add("sub")
        elif kind == "oidc-full-name-mapper":
            claims.add("name")
        elif "claim.name" in config:
            head, *rest = config["claim.name"].split(".")
            claims.add(head)
            if rest:
                nested.setdefault(head, []).append(".".join(rest))
    return claims, nested, audiences


def check(realm: dict, builtin: dict, audience: str) -> list[str]:
    problems = []
    claims, nested, audiences = token_claims(realm, "bookstore")
    if not claims:
        return ["no `bookstore` client"]
    for claim in sorted(builtin["claims"] - claims):
        problems.append(f"the built-in issuer's claim `{claim}` is not in the realm's access tokens")
    for head, fields in builtin["nested"].items():
        for field in fields:
            if field not in nested.get(head, []):
                problems.append(f"`{head}.{field}` is not in the realm's access tokens")
    if audience not in audiences:
        problems.append(f"no audience mapper adds `{audience}` (AUTH_AUDIENCE) to the tokens")
    realm_roles = {r["name"]: r for r in realm.get("roles", {}).get("realm", [])}
    for role in sorted(ROLES - set(realm_roles)):
        problems.append(f"realm role `{role}` is missing")
    default = realm_roles.get(realm.get("defaultRole", {}).get("name"), {})
    given = set(default.get("composites", {}).get("realm", []))
    if given != builtin["customer_roles"]:
        problems.append(f"new users get {sorted(given)}, identity's built-in issuer {sorted(builtin['customer_roles'])}")
    if not realm.get("bruteForceProtected"):
        problems.append("brute-force detection is off")
    algorithm = realm.get("defaultSignatureAlgorithm", "RS256")
    if algorithm != builtin["algorithm"]:
        problems.append(f"the realm signs {algorithm}, identity's built-in issuer {builtin['algorithm']}")
    provider, config = KEY_PROVIDERS.get(algorithm, (None, {}))
    keys = realm.get("components", {}).get("org.keycloak.keys.KeyProvider", [])
    if not any(k.get("providerId") == provider and all(k.get("config", {}).get(n) == v for n, v in config.items())
               and k.get("config", {}).get("active", ["true"]) == ["true"] for k in keys):
        problems.append(f"no active `{provider}` key provider for {algorithm}")
    return problems


def main() -> int:
    root = Path(sys.argv[1])
    realm = json.loads((root / "deploy/keycloak/bookstore-realm.json").read_text())
    builtin = builtin_claims(root)
    base = (root / "deploy/k8s/base/kustomization.yaml").read_text()
    audience = re.search(r"AUTH_AUDIENCE=([\w-]+)", base).group(1)
    problems = check(realm, builtin, audience)
    for p in problems:
        print(f"keycloak realm: {p}")
    passed, failed = (0, 1) if problems else (1, 0)
    if not builtin["claims"] or not builtin["customer_roles"] or not builtin["algorithm"]:
        print("keycloak realm: could not read identity's claims, customer roles or signing algorithm")
        failed += 1

    def without_mapper(kind):
        def change(r):
            for holder in r["clients"] + r["clientScopes"]:
                holder["protocolMappers"] = [m for m in holder.get("protocolMappers", []) if m["protocolMapper"] != kind]
        return change

    mutations = {
        "no realm-role mapper": without_mapper("oidc-usermodel-realm-role-mapper"),
        "no audience mapper": without_mapper("oidc-audience-mapper"),
        "no email scope": lambda r: r["clients"][0]["defaultClientScopes"].remove("email"),
        "new users get manage": lambda r: next(x for x in r["roles"]["realm"] if x["name"] == r["defaultRole"]["name"])["composites"]["realm"].append("manage"),
        "brute force off": lambda r: r.update({"bruteForceProtected": False}),
        "signs RS256": lambda r: r.update({"defaultSignatureAlgorithm": "RS256"}),
        "no EdDSA key": lambda r: r["components"]["org.keycloak.keys.KeyProvider"].pop(0),
        "an Ed448 key": lambda r: r["components"]["org.keycloak.keys.KeyProvider"][0]["config"].update({"eddsaEllipticCurveKey": ["Ed448"]}),
    }
    for name, change in mutations.items():
        mutated = copy.deepcopy(realm)
        change(mutated)
        if check(mutated, builtin, audience):
            passed += 1
        else:
            print(f"keycloak realm self-test: `{name}` went unnoticed")
            failed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
