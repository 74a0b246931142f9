#!/usr/bin/env bash
# Build one service's image from the debug build and run what is in it: the image's root
# filesystem alone (mounted by buildah, entered with chroot as the image's user 65532) must start
# the binary and answer /healthz and /readyz, and must hold no shell.
#
# Why not `podman run`: in this sandbox crun cannot set the container's rlimits (no
# CAP_SYS_RESOURCE) and refuses the hybrid cgroup hierarchy, so no OCI runtime starts here; the
# chroot runs the same files with the same user, without the namespaces.
set -euo pipefail
cd "$(dirname "$0")/../.."
service=${1:-catalog}
deploy/image/build.sh --profile debug --tag smoke "$service"
container=$(buildah from "localhost/bookstore/$service:smoke")
pid=""
cleanup() {
  [ -z "$pid" ] || kill "$pid" 2>/dev/null || true
  buildah umount "$container" >/dev/null 2>&1 || true
  buildah rm "$container" >/dev/null 2>&1 || true
  buildah rmi "localhost/bookstore/$service:smoke" >/dev/null 2>&1 || true
}
trap cleanup EXIT
rootfs=$(buildah mount "$container")
user=$(buildah inspect --format '{{.OCIv1.Config.User}}' "$container")
[ "$user" = "65532:65532" ] || { echo "image user is '$user', not 65532:65532" >&2; exit 1; }
for shell in bin/sh bin/bash usr/bin/sh; do
  [ ! -e "$rootfs/$shell" ] || { echo "the image holds /$shell" >&2; exit 1; }
done
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
http=$(free_port); grpc=$(free_port)
chroot --userspec="$user" "$rootfs" /usr/local/bin/service serve \
  --http "127.0.0.1:$http" --grpc "127.0.0.1:$grpc" --database-url sqlite::memory: \
  --log-format json >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 100); do
  if curl -fsS "http://127.0.0.1:$http/readyz" >/dev/null 2>&1; then break; fi
  kill -0 "$pid" 2>/dev/null || { echo "$service exited inside its image" >&2; exit 1; }
  sleep 0.2
done
curl -fsS "http://127.0.0.1:$http/healthz" >/dev/null
curl -fsS "http://127.0.0.1:$http/readyz" >/dev/null
echo "image bookstore/$service ($(du -sh "$rootfs" | cut -f1)): runs as $user from its own files, /healthz and /readyz answer, no shell"
