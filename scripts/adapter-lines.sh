#!/usr/bin/env bash
# Hand-written adapter code per operation: code lines (no blanks, comments or #[cfg(test)]
# modules) in each service's REST adapter (application/usecase/rest) and gRPC server adapter,
# divided by its REST operations (the generated port trait's methods) and the RPCs of the proto
# packages it serves (proto/targets.yaml). The gRPC adapter is the generated gRPC port's
# implementation (application/usecase/grpc) since the generator emits the tonic side; before
# that it was the hand-written tonic servers (infrastructure/adapter/protosvc). Both folders are
# counted, so older commits measure the same way.
#
#   scripts/adapter-lines.sh            # the work tree
#   scripts/adapter-lines.sh a916a50    # any commit, read with `git show` (nothing checked out)
set -euo pipefail
cd "$(dirname "$0")/.."
rev=${1:-}

files() { # dir
  if [ -n "$rev" ]; then
    git ls-tree -r --name-only "$rev" -- "$1" 2>/dev/null | grep '\.rs$' || true
  else
    find "$1" -name '*.rs' 2>/dev/null | sort
  fi
}
show() { # file
  if [ -n "$rev" ]; then git show "$rev:$1"; else cat "$1"; fi
}
# Code lines of one file: stop at the test module, skip blank lines and comments.
code_lines() {
  show "$1" | awk '
    /^#\[cfg\(test\)\]/ { exit }
    /^[[:space:]]*$/ { next }
    /^[[:space:]]*\/\// { next }
    { n++ }
    END { print n + 0 }'
}
count_dir() {
  local total=0 f
  for f in $(files "$1"); do total=$((total + $(code_lines "$f"))); done
  echo "$total"
}
rest_ops() { # service
  show "services/$1/src/application/port/openapi/port.rs" |
    awk '/^pub trait /{t=1} t && /^    fn /{n++} END{print n+0}'
}
rpcs() { # service
  local pkg n=0 f
  for pkg in $(show proto/targets.yaml | awk -v s="  $1:" '$0==s{f=1;next} f&&/^  [a-z]/{f=0} f&&/serves:/{gsub(/.*\[|\].*/,"");gsub(/,/," ");print}'); do
    for f in $(if [ -n "$rev" ]; then git ls-tree -r --name-only "$rev" -- "proto/$(echo "$pkg" | tr . /)"; else find "proto/$(echo "$pkg" | tr . /)" -name '*.proto'; fi); do
      n=$((n + $(show "$f" | grep -c '^  rpc ' || true)))
    done
  done
  echo "$n"
}
printf '%-10s %-5s %6s %5s %9s\n' service kind lines ops lines/op
for svc in catalog inventory; do
  rest=$(count_dir "services/$svc/src/application/usecase/rest")
  grpc=$(($(count_dir "services/$svc/src/application/usecase/grpc") +
    $(count_dir "services/$svc/src/infrastructure/adapter/protosvc")))
  ops=$(rest_ops "$svc"); rp=$(rpcs "$svc")
  awk -v s="$svc" -v l="$rest" -v o="$ops" 'BEGIN{printf "%-10s %-5s %6d %5d %9.1f\n", s, "REST", l, o, l/o}'
  awk -v s="$svc" -v l="$grpc" -v o="$rp" 'BEGIN{printf "%-10s %-5s %6d %5d %9.1f\n", s, "gRPC", l, o, l/o}'
done
