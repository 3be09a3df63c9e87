#!/usr/bin/env bash
# The whole test suite: unit, integration on SQLite and PostgreSQL, browser (Playwright + Debian's Chromium).
# On a fresh Debian machine, run as root (or with sudo) and it installs what the tests need first.
# Results: TestResults/*.trx and TestResults/screenshots/. Ends with one line "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"
started=$SECONDS
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# --- System packages: a throwaway PostgreSQL, Chromium with a Korean font, npm for the front-end build ---------------
missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
{ dpkg -s fonts-nanum >/dev/null 2>&1 || fc-list 2>/dev/null | grep -qi nanum; } || missing+=(fonts-nanum)
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else sudo="none"; fi
  fi
  if [ "$sudo" = "none" ]; then
    echo "test.sh: missing ${missing[*]} and not root (no sudo): install them with apt-get, or the tests that need them fail." >&2
  else
    echo "test.sh: installing ${missing[*]}"
    $sudo apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
fi
command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK (dotnet) is not on PATH." >&2; exit 1; }

# --- Build once ---------------------------------------------------------------------------------------------------------
results="$PWD/TestResults"
rm -rf "$results"
mkdir -p "$results"
export MINWON_SCREENSHOTS="$results/screenshots"

if ! dotnet restore Minwon.slnx || ! dotnet build Minwon.slnx -c Release --no-restore; then
  echo "test.sh: the build failed." >&2
  echo "0 passed, 0 failed, 0 skipped (build failed)"
  exit 1
fi

# --- Test each project of the solution's tests/ folder ------------------------------------------------------------------
mapfile -t projects < <(grep -o 'tests/[^"]*\.csproj' Minwon.slnx | sort)
status=0
passed=0 failed=0 skipped=0
counter() { grep -o "<Counters [^>]*" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  echo "=== $name"
  if ! dotnet test "$project" -c Release --no-build \
      --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
      --blame-hang-timeout 8m --blame-hang-dump-type none; then
    status=1
  fi
  trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    total=$(counter "$trx" total)
    p=$(counter "$trx" passed)
    f=$(( $(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted) ))
    passed=$((passed + p))
    failed=$((failed + f))
    skipped=$((skipped + total - p - f))
  else
    echo "test.sh: $name produced no results (the test run crashed)." >&2
    failed=$((failed + 1))
    status=1
  fi
done

[ -d "$MINWON_SCREENSHOTS" ] && echo "Screenshots: $MINWON_SCREENSHOTS"
echo "Test results: $results ($(( SECONDS - started )) s)"
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
