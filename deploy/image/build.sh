#!/usr/bin/env bash
# Build the image bookstore/<service>:<tag> for each service named (default: all six and the
# orchestrator) from the host's cargo build, with buildah (Debian's package), offline.
#
#   deploy/image/build.sh [--profile release|debug] [--tag TAG] [SERVICE...]
#
# The binary goes in as /usr/local/bin/service, so the image's entrypoint is the same for every
# service; `serve` is the default command and `migrate` the init container's.
set -euo pipefail
cd "$(dirname "$0")/../.."
profile=release
tag=dev
while [ $# -gt 0 ]; do
  case $1 in
    --profile) profile=$2; shift 2 ;;
    --tag) tag=$2; shift 2 ;;
    *) break ;;
  esac
done
services=("$@")
[ ${#services[@]} -gt 0 ] || services=(catalog customer identity inventory order payment orchestrator)
target=${CARGO_TARGET_DIR:-target}
command -v buildah >/dev/null || { echo "buildah is needed: apt-get install buildah" >&2; exit 2; }

for service in "${services[@]}"; do
  binary=$target/$profile/$service
  [ -x "$binary" ] || { echo "$binary is not built (cargo build --profile $profile -p $service)" >&2; exit 2; }
  context=$(mktemp -d)
  rootfs=$context/rootfs
  mkdir -p "$rootfs/usr/local/bin" "$rootfs/etc/ssl/certs" "$rootfs/tmp"
  chmod 1777 "$rootfs/tmp"
  install -m 0755 "$binary" "$rootfs/usr/local/bin/service"
  # The shared libraries the binary links, at the paths the loader looks for them.
  ldd "$binary" | grep -o '/[^ ]*' | while read -r lib; do
    mkdir -p "$rootfs$(dirname "$lib")"
    cp -L "$lib" "$rootfs$lib"
  done
  cp -L /etc/ssl/certs/ca-certificates.crt "$rootfs/etc/ssl/certs/"
  echo "nonroot:x:65532:65532:nonroot:/nonexistent:/sbin/nologin" > "$rootfs/etc/passwd"
  echo "nonroot:x:65532:" > "$rootfs/etc/group"
  cp deploy/image/Containerfile "$context/"
  buildah build --quiet --layers=false --build-arg "SERVICE=$service" \
    -t "bookstore/$service:$tag" -f "$context/Containerfile" "$context"
  rm -rf "$context"
  echo "built bookstore/$service:$tag"
done
