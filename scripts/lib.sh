# shellcheck shell=bash disable=SC2034  # globals set here are read by the scripts that source it
# The helpers the scripts under scripts/ and bench/ share: sourced, never executed.
#
#   cd "$(dirname "$0")/.."     # every script runs from the repository root
#   SAY_PREFIX=bench            # optional globals, see below
#   . scripts/lib.sh
#   lib_init                    # a work dir and the cleanup traps
#
# A script keeps its own logic (what it starts, measures, checks); this file holds only what
# several scripts did the same way. Functions that start processes or create databases must run
# in the script's own shell, not in a pipeline or $(...): a subshell's additions to `started` and
# `databases` never reach the cleanup.
#
# Globals (set before calling the functions that read them):
#   SAY_PREFIX        the prefix of `say` lines (default: the script's file name without .sh)
#   DIE_STATUS        the exit status of `die` (default 1)
#   LOG_TAIL_LINES    how many lines of each log `show_logs` prints (default 30)
#   work              the temporary directory of this run (made by `lib_init`; logs go there as
#                     <name>.log); removed on exit
#   started           array: pids of every process `start` started (or a script added); stopped
#                     on exit, the last started first (dependents before what they depend on)
#   databases         array: MariaDB databases `new_mariadb_database` created; dropped on exit
#   MYSQL             array: the mysql client command for MariaDB on 127.0.0.1:3306 as root
#   last_pid          set by `start`: the pid of the process just started
#   database_url      set by `new_mariadb_database`: the URL of the database just created
#
# Functions:
#   say MESSAGE...            a line on stderr, prefixed with "$SAY_PREFIX: "
#   lib_init                  makes $work and sets the traps: on EXIT `lib_cleanup`; INT and TERM
#                             exit 130 (so that the EXIT trap runs and the status says why)
#   lib_cleanup               stops $started (reverse order), drops $databases, removes $work
#   stop_pid PID              TERM, up to 5 s for it to end, then KILL; a gone pid is fine
#   show_logs                 the last $LOG_TAIL_LINES lines of each $work/*.log, on stderr
#   die MESSAGE...            say, show_logs, exit $DIE_STATUS (the EXIT trap cleans up)
#   free_ports N              N free loopback ports on one line, all bound at once so they differ
#   start NAME CMD ARGS...    CMD in the background, output in $work/NAME.log; sets $last_pid
#                             and adds it to $started
#   wait_ok NAME URL PID [SECS]  until URL answers 200 (at most SECS, default 60); dies early if
#                             PID has exited, or when time runs out
#   hwm_kb PID                the peak RSS (VmHWM) of PID in KiB, 0 if it is gone
#   apt_install PACKAGE...    apt-get install, with an `apt-get update` first if that fails
#   mariadb_reachable         succeeds when MariaDB answers on 127.0.0.1:3306 as root
#   new_mariadb_database NAME creates database NAME, records it in $databases, sets $database_url
#   drop_databases            drops every database in $databases now and forgets them

MYSQL=(mysql --protocol=TCP -h127.0.0.1 -P3306 -uroot --batch --skip-column-names)
started=()
databases=()
work=

say() { printf '%s: %s\n' "${SAY_PREFIX:-$(basename "$0" .sh)}" "$*" >&2; }

lib_init() {
  work=$(mktemp -d)
  trap lib_cleanup EXIT
  trap 'exit 130' INT TERM
}

stop_pid() {
  local pid=$1 _
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

drop_databases() {
  local db
  for db in "${databases[@]}"; do "${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$db\`" || true; done
  databases=()
}

lib_cleanup() {
  local i
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do stop_pid "${started[i]}"; done
  [ ${#databases[@]} -eq 0 ] || drop_databases
  [ -z "$work" ] || rm -rf "$work"
}

# The end of each log, for a failure's context (no script logs tokens).
show_logs() {
  local log
  for log in "$work"/*.log; do
    [ -e "$log" ] || continue
    say "--- last lines of $(basename "$log")"
    tail -n "${LOG_TAIL_LINES:-30}" "$log" >&2
  done
}

die() {
  say "$*"
  show_logs
  exit "${DIE_STATUS:-1}"
}

# The ports come from below the kernel's ephemeral range (32768 and up), from which every outgoing
# connection takes its local port: a port-0 pick could be taken by one of those between the pick
# and the service's bind. All N are bound at once, so they differ.
free_ports() {
  python3 - "$1" <<'PY'
import random, socket, sys
wanted, socks = int(sys.argv[1]), []
for port in random.sample(range(20000, 32000), 12000):
    s = socket.socket()
    try:
        s.bind(("127.0.0.1", port))
    except OSError:
        s.close()
        continue
    socks.append(s)
    if len(socks) == wanted:
        break
print(" ".join(str(s.getsockname()[1]) for s in socks))
PY
}

start() {
  local name=$1
  shift
  # A start-up error as its causes only, no stack trace filling the log tail `die` shows.
  RUST_LIB_BACKTRACE=0 "$@" >"$work/$name.log" 2>&1 &
  last_pid=$!
  started+=("$last_pid")
}

# One request: does URL answer 200? curl where there is one, else Python (every script needs it).
answers_ok() {
  if command -v curl >/dev/null; then
    [ "$(curl -sS -o /dev/null -w '%{http_code}' --max-time 1 "$1" 2>/dev/null)" = 200 ]
  else
    python3 - "$1" <<'PY' 2>/dev/null
import sys, urllib.request
sys.exit(0 if urllib.request.urlopen(sys.argv[1], timeout=1).status == 200 else 1)
PY
  fi
}

wait_ok() {
  local name=$1 url=$2 pid=$3 secs=${4:-60} _
  for _ in $(seq $((secs * 5))); do
    answers_ok "$url" && return 0
    kill -0 "$pid" 2>/dev/null || die "$name exited during start-up"
    sleep 0.2
  done
  die "$name not ready after $secs s ($url)"
}

hwm_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status" 2>/dev/null || echo 0; }

apt_install() {
  say "installing $*"
  apt-get install -y -qq "$@" >/dev/null 2>&1 ||
    { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "$@" >/dev/null; }
}

mariadb_reachable() { "${MYSQL[@]}" -e 'SELECT 1' >/dev/null 2>&1; }

new_mariadb_database() {
  "${MYSQL[@]}" -e "CREATE DATABASE \`$1\`"
  databases+=("$1")
  database_url=mysql://root@127.0.0.1:3306/$1
}

# build_baseline REF TARGET_DIR PACKAGE... — another commit's release binaries for a same-run
# comparison. The commit is exported (git archive, so nothing is registered in the repository)
# into TARGET_DIR/src-<commit> and built there into TARGET_DIR; the export keeps the commit's
# file times, so a second run with the same ref rebuilds nothing. Sets `baseline_bin` (the
# binaries' directory) and `baseline_commit`; exits through `say` when the ref or build fails.
build_baseline() {
  local ref=$1 target_dir src pkg args=()
  target_dir=$(realpath -m "$2")
  shift 2
  baseline_commit=$(git rev-parse --short "${ref}^{commit}") || { say "unknown baseline ref $ref"; exit 1; }
  src=$target_dir/src-$baseline_commit
  if [ ! -e "$src/Cargo.toml" ]; then
    mkdir -p "$src"
    git archive "$baseline_commit" | tar -x -C "$src"
  fi
  for pkg in "$@"; do args+=(-p "$pkg"); done
  say "building the baseline's $* ($baseline_commit) in $target_dir"
  (cd "$src" && CARGO_TARGET_DIR=$target_dir cargo build --release -q "${args[@]}") ||
    { say "the baseline ($baseline_commit) cannot be built"; exit 1; }
  baseline_bin=$target_dir/release
}
