#!/usr/bin/env bash
# Bluehelm test runner: builds once, then runs every test project twice where it matters:
#   pass 1: all tests/*/*.csproj on SQLite (BLUEHELM_TEST_POSTGRES unset)
#   pass 2: the database-touching projects again against a throwaway PostgreSQL cluster
# and ends with one line "N passed, N failed[, N skipped]" (CI reads that line; neither
# xUnit v3 nor Microsoft.Testing.Platform prints it themselves).
#
# Usage: ./test.sh [--sqlite-only] [--filter EXPR] [-- extra args for every test app]
#   --sqlite-only   skip the PostgreSQL pass (and installing PostgreSQL)
#   --filter EXPR   xUnit v3 VSTest-style filter, e.g. "FullyQualifiedName~Invoices";
#                   a project with no matching test is then not counted as a failure
# Environment knobs (all optional):
#   BLUEHELM_ROOT          repo root to test (default: the folder holding this script)
#   BLUEHELM_TEST_TIMEOUT  limit for one project's run (default 20m), so a hung browser
#                          test cannot eat CI's whole 90-minute budget
#   BLUEHELM_TEST_LOGS     where per-run logs go (default: $ROOT/TestResults/test-sh)
#   BLUEHELM_SCREENSHOTS_ROOT  where browser tests' screenshots go, per pass (default:
#                          $ROOT/TestResults/screenshots/{sqlite,postgres}; kept after the run)
#
# Works as root on a fresh Debian 12 with the .NET 10 SDK: missing Chromium/PostgreSQL are
# installed with apt. CI runs it through .ci/run with CI=true and no stdin.

set -uo pipefail   # no -e: we want to run every project and count failures ourselves

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export DEBIAN_FRONTEND=noninteractive
# Build servers that outlive the build can hold our stdout pipe (tee / CI's capture) open
# and make the run hang at the end; keep them off unless the caller chose otherwise.
export MSBUILDDISABLENODEREUSE="${MSBUILDDISABLENODEREUSE:-1}"
export DOTNET_CLI_USE_MSBUILD_SERVER="${DOTNET_CLI_USE_MSBUILD_SERVER:-0}"
export UseSharedCompilation="${UseSharedCompilation:-false}"
# Pass 1 must really be SQLite, even if the caller's shell exports a connection string.
unset BLUEHELM_TEST_POSTGRES

ROOT="${BLUEHELM_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
cd "$ROOT" || { echo "test.sh: cannot cd to $ROOT" >&2; echo "0 passed, 1 failed"; exit 1; }

# Unit-test projects that never touch a database: run in pass 1 only. Every other test
# project also runs in pass 2, so a new database-backed test project gets PostgreSQL
# coverage without anyone remembering to list it here.
SQLITE_ONLY_PROJECTS=(Bluehelm.Tests)

SQLITE_ONLY=0
TEST_ARGS=()
while (($#)); do
  case "$1" in
    --sqlite-only) SQLITE_ONLY=1 ;;
    --filter)
      [[ $# -ge 2 ]] || { echo "test.sh: --filter needs an expression" >&2; exit 2; }
      # Exit code 8 = "zero tests ran": expected for projects the filter does not match.
      TEST_ARGS+=(--filter "$2" --ignore-exit-code 8); shift ;;
    --filter=*) TEST_ARGS+=(--filter "${1#--filter=}" --ignore-exit-code 8) ;;
    --) shift; TEST_ARGS+=("$@"); break ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "test.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

LOG_DIR="${BLUEHELM_TEST_LOGS:-$ROOT/TestResults/test-sh}"
mkdir -p "$LOG_DIR"
rm -f "$LOG_DIR"/*.log "$LOG_DIR"/.*.rc   # stale logs of renamed projects would mislead
RUN_TIMEOUT="${BLUEHELM_TEST_TIMEOUT:-20m}"
# Browser tests save full-page screenshots of what they check (both languages, 390 px wide too)
# for a person to look at: kept after the run, one folder per pass (sqlite/, postgres/).
SHOTS_DIR="${BLUEHELM_SCREENSHOTS_ROOT:-$ROOT/TestResults/screenshots}"
rm -rf "$SHOTS_DIR"

TOTAL_PASSED=0 TOTAL_FAILED=0 TOTAL_SKIPPED=0 ANY_BAD_EXIT=0
SUMMARY_ROWS=()

say() { printf '\n==> %s\n' "$*"; }

# Always end with the counting line, even on early failure, so CI reports something useful.
finish() {
  stop_postgres
  say "Summary"
  local row; for row in "${SUMMARY_ROWS[@]}"; do echo "  $row"; done
  local line="$TOTAL_PASSED passed, $TOTAL_FAILED failed"
  ((TOTAL_SKIPPED > 0)) && line+=", $TOTAL_SKIPPED skipped"
  echo "$line"
  if ((TOTAL_FAILED > 0 || ANY_BAD_EXIT)); then exit 1; fi
  exit 0
}
fail_early() {   # a setup step broke: report it as one failure and stop
  echo "test.sh: $*" >&2
  TOTAL_FAILED=$((TOTAL_FAILED + 1)); ANY_BAD_EXIT=1
  SUMMARY_ROWS+=("SETUP FAILED: $*")
  finish
}

# ---------------------------------------------------------------- throwaway PostgreSQL
PG_DIR="" PG_BIN="" PG_PORT=""
pg_bin_dir() {   # newest installed server version, e.g. /usr/lib/postgresql/15/bin
  local initdb
  initdb=$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
  [[ -x "$initdb" ]] && dirname "$initdb"
}

stop_postgres() {
  if [[ -n "$PG_DIR" && -d "$PG_DIR" ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1
    rm -rf "$PG_DIR"
  fi
  PG_DIR=""
}
# Ctrl-C / SIGTERM: stop the running test process group, then exit so the EXIT trap
# stops PostgreSQL and removes its folder.
RUN_PID_FILE="$LOG_DIR/.running.pid"
# shellcheck disable=SC2317  # reached through the trap
on_signal() {
  local pid; pid=$(cat "$RUN_PID_FILE" 2>/dev/null) && kill -TERM -- "-$pid" 2>/dev/null
  rm -f "$RUN_PID_FILE"
  exit 130
}
trap stop_postgres EXIT
trap on_signal INT TERM

# initdb refuses to run as root: as root, run the server tools as the postgres user.
as_pg() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() {
  if command -v ss >/dev/null; then
    [[ -n "$(ss -ltnH "sport = :$1" 2>/dev/null)" ]]
  else   # no iproute2: a successful connect means something listens there
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
  fi
}

# Sets PG_PORT; returns non-zero (with the server log shown) if it cannot start.
start_postgres() {
  PG_BIN=$(pg_bin_dir) || { echo "test.sh: PostgreSQL server binaries not found" >&2; return 1; }
  # Under /tmp, not $TMPDIR: the postgres user must be able to reach it.
  PG_DIR=$(mktemp -d /tmp/bluehelm-pg.XXXXXX) || return 1
  chmod 755 "$PG_DIR"
  mkdir "$PG_DIR/data"
  [[ $(id -u) -eq 0 ]] && chown -R postgres: "$PG_DIR"
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres --no-sync -E UTF8 --locale=C \
    >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; return 1; }

  # Another process may grab a "free" port before the server binds it, so retry a few.
  local port=55432 attempts=0
  while ((attempts < 5 && port < 55632)); do
    if port_in_use "$port"; then port=$((port + 1)); continue; fi
    attempts=$((attempts + 1))
    if as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -w -t 60 -l "$PG_DIR/server.log" \
        -o "-h 127.0.0.1 -p $port -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null; then
      PG_PORT=$port
      return 0
    fi
    port=$((port + 1))
  done
  echo "test.sh: PostgreSQL did not start; server log:" >&2
  tail -n 30 "$PG_DIR/server.log" >&2
  return 1
}

# ---------------------------------------------------------------- system packages

APT_PACKAGES=()
[[ -x /usr/bin/chromium ]] || APT_PACKAGES+=(chromium)
if ((!SQLITE_ONLY)) && [[ -z "$(pg_bin_dir)" ]]; then APT_PACKAGES+=(postgresql); fi
if [[ -f package-lock.json ]] && ! command -v npm >/dev/null; then APT_PACKAGES+=(npm); fi

if ((${#APT_PACKAGES[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    fail_early "missing ${APT_PACKAGES[*]}; run as root so apt-get can install them" \
      "(or: sudo apt-get install -y ${APT_PACKAGES[*]})"
  fi
  say "Installing ${APT_PACKAGES[*]} (apt-get)"
  # One update for all packages: on a fresh machine the package lists are empty.
  apt-get update -q || fail_early "apt-get update failed"
  apt-get install -y -q "${APT_PACKAGES[@]}" </dev/null || fail_early "apt-get install ${APT_PACKAGES[*]} failed"
fi

# ---------------------------------------------------------------- npm (only if the repo uses it)
if [[ -f package-lock.json ]]; then
  if [[ ! -d node_modules || package-lock.json -nt node_modules ]]; then
    say "npm ci"
    npm ci --no-audit --no-fund </dev/null || fail_early "npm ci failed"
    # Mark it fresh: npm ci may keep the folder's old mtime (or make none with no dependencies).
    mkdir -p node_modules && touch node_modules
  fi
fi

# ---------------------------------------------------------------- build once
[[ -f Bluehelm.slnx ]] || fail_early "Bluehelm.slnx not found in $ROOT"
say "dotnet restore"
dotnet restore Bluehelm.slnx </dev/null || fail_early "dotnet restore failed"
say "dotnet build (Release)"
dotnet build Bluehelm.slnx -c Release --no-restore </dev/null || fail_early "dotnet build failed"

shopt -s nullglob
PROJECTS=(tests/*/*.csproj)
shopt -u nullglob
((${#PROJECTS[@]})) || fail_early "no test projects found (tests/*/*.csproj)"

# ---------------------------------------------------------------- running one project
# run_project PASS_LABEL PROJECT_PATH: runs it, tees a log, adds its counts to the totals.
run_project() {
  local label=$1 proj=$2
  local name; name=$(basename "$proj" .csproj)
  local log="$LOG_DIR/$label-$name.log" rc_file="$LOG_DIR/.$label-$name.rc"
  say "[$label] $name"
  # The run goes in the background and we `wait` for it: bash defers traps until a
  # foreground job ends, so otherwise Ctrl-C/SIGTERM would sit out a hung test until the
  # timeout. timeout leads its own process group; on_signal kills that whole group.
  rm -f "$rc_file"
  {
    timeout -k 30s "$RUN_TIMEOUT" \
      dotnet test --project "$proj" -c Release --no-build --no-progress --no-ansi "${TEST_ARGS[@]}" \
      </dev/null 2>&1 &
    echo $! >"$RUN_PID_FILE"
    wait $!
    echo $? >"$rc_file"
  } | tee "$log" &
  wait $!
  rm -f "$RUN_PID_FILE"
  local rc; rc=$(cat "$rc_file" 2>/dev/null) || rc=255
  rm -f "$rc_file"
  ((rc == 124)) && echo "test.sh: $name timed out after $RUN_TIMEOUT"

  # MTP ends each run with a block like:
  #   Test run summary: Failed!          (or Passed! / Zero tests ran)
  #     error: 1                         (only when the test host crashed or ran nothing)
  #     total: 3
  #     failed: 1
  #     succeeded: 1
  #     skipped: 1
  #     duration: 1s 100ms
  # Only the last such block is read, so a test printing "total: 5" cannot fool us.
  local found total failed succeeded skipped errors
  read -r found total failed succeeded skipped errors < <(
    sed 's/\x1b\[[0-9;?]*[A-Za-z]//g' "$log" | awk '
      /^Test run summary:/ { found=1; insum=1; t=f=s=k=e=0; next }
      insum && /^[[:space:]]+total: [0-9]+/     { t=$2 }
      insum && /^[[:space:]]+failed: [0-9]+/    { f=$2 }
      insum && /^[[:space:]]+succeeded: [0-9]+/ { s=$2 }
      insum && /^[[:space:]]+skipped: [0-9]+/   { k=$2 }
      insum && /^[[:space:]]+error: [0-9]+/     { e=$2 }
      insum && /^[[:space:]]+duration:/         { insum=0 }
      END { print found+0, t+0, f+0, s+0, k+0, e+0 }')

  # A crash (e.g. exit 134) still prints a summary with "failed: 0" and only "error: 1",
  # so a non-zero exit or a missing summary counts as (at least) one failure.
  if ((!found)); then
    echo "test.sh: no test summary from $name (exit $rc): counted as 1 failed"
    failed=1
  elif ((failed == 0 && (rc != 0 || errors > 0))); then
    echo "test.sh: $name exited with $rc (errors: $errors) but reported no failed test: counted as 1 failed"
    failed=1
  fi
  ((rc != 0)) && ANY_BAD_EXIT=1

  TOTAL_PASSED=$((TOTAL_PASSED + succeeded))
  TOTAL_FAILED=$((TOTAL_FAILED + failed))
  TOTAL_SKIPPED=$((TOTAL_SKIPPED + skipped))
  SUMMARY_ROWS+=("$(printf '%-8s %-32s exit %-3s total %-4s passed %-4s failed %-4s skipped %s' \
    "$label" "$name" "$rc" "$total" "$succeeded" "$failed" "$skipped")")
}

# ---------------------------------------------------------------- pass 1: SQLite
export BLUEHELM_SCREENSHOTS="$SHOTS_DIR/sqlite"
for proj in "${PROJECTS[@]}"; do
  run_project sqlite "$proj"
done

# ---------------------------------------------------------------- pass 2: PostgreSQL
if ((!SQLITE_ONLY)); then
  PG_PROJECTS=()
  for proj in "${PROJECTS[@]}"; do
    name=$(basename "$proj" .csproj)
    [[ " ${SQLITE_ONLY_PROJECTS[*]} " == *" $name "* ]] || PG_PROJECTS+=("$proj")
  done
  if ((${#PG_PROJECTS[@]})); then
    say "Starting a throwaway PostgreSQL cluster"
    if start_postgres; then
      echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT ($PG_DIR)"
      # Tests create (and drop) their own databases from this server-level connection string.
      export BLUEHELM_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres;Include Error Detail=true"
      export BLUEHELM_SCREENSHOTS="$SHOTS_DIR/postgres"
      for proj in "${PG_PROJECTS[@]}"; do
        run_project postgres "$proj"
      done
      unset BLUEHELM_TEST_POSTGRES
    else
      TOTAL_FAILED=$((TOTAL_FAILED + 1)); ANY_BAD_EXIT=1
      SUMMARY_ROWS+=("postgres: cluster failed to start, pass skipped (counted as 1 failed)")
    fi
  fi
fi

finish
