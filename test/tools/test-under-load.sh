#!/usr/bin/env bash
# `npm run test:under-load [-- RUNS]`: the whole suite on a fresh clone of this repository's HEAD, RUNS
# times in a row (default 3), while a second clone rebuilds the bundles in a loop beside it, as on a
# busy 2-core machine. Prints each run's result and its slowest tests (from the test-times reporter).
# It takes a while: two `npm ci` and RUNS full suites.
set -euo pipefail
runs=${1:-3}
repo=$(git rev-parse --show-toplevel)
work=$(mktemp -d /tmp/miv-under-load-XXXXXX)
# Tests read ../shared (the domain files) beside the checkout, as CI lays it out.
[ -d "$repo/../shared" ] && ln -s "$(cd "$repo/../shared" && pwd)" "$work/shared"

git clone -q "$repo" "$work/suite"
git clone -q "$repo" "$work/load"
(cd "$work/suite" && npm ci --no-audit --no-fund --loglevel=error)
(cd "$work/load" && npm ci --no-audit --no-fund --loglevel=error)

(cd "$work/load" && while true; do npx rollup -c --silent >/dev/null 2>&1; done) &
load=$!
trap 'kill $load 2>/dev/null; pkill -P $load 2>/dev/null || true' EXIT

status=0
for run in $(seq 1 "$runs"); do
  start=$(date +%s)
  if (cd "$work/suite" && npm test >"$work/run-$run.log" 2>&1); then result=passed; else result=FAILED; status=1; fi
  echo "run $run: $result in $(($(date +%s) - start)) s ($(grep -Eo '[0-9]+ passed, [0-9]+ failed' "$work/run-$run.log" | tail -1))"
  sed -n '/^Slowest test files/,/^Chrome:/p' "$work/run-$run.log" | grep -v '^Chrome:'
done
echo "logs: $work"
exit $status
