#!/usr/bin/env bash
# Runs bench/assess_bench.sql in a throw-away cluster (the same setup as the regression test).
# Usage (after `cmake --build --preset release`): bindings/postgresql/bench/run_bench.sh [build dir]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/../../build/release}
exec "$here/run_tests.sh" --bench --pgxs-build "$build/bindings/postgresql/pgxs" \
  --rg-lib "$build/src/libruralguard.so.0"
