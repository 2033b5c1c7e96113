#!/bin/sh
# Run the end-to-end suite several times while every core is kept busy by another process, to prove the tests wait
# for what a user would see rather than for time. Usage: npm run test:e2e:load [-- RUNS [BUSY_PROCESSES]]
# RUNS defaults to 5; BUSY_PROCESSES to the number of cores. Stops at the first failing run.
set -eu

runs="${1:-5}"
busy="${2:-$(nproc 2>/dev/null || echo 2)}"
loaders=""

stop_load() {
  for pid in $loaders; do kill "$pid" 2>/dev/null || true; done
}
trap stop_load EXIT INT TERM

npx electron-vite build

i=0
while [ "$i" -lt "$busy" ]; do
  # A spinning process per core: the browser host, Chromium and vitest must share the machine with it.
  node -e 'for (;;) {}' &
  loaders="$loaders $!"
  i=$((i + 1))
done
echo "e2e under load: $runs runs with $busy busy processes"

run=1
while [ "$run" -le "$runs" ]; do
  echo "--- run $run of $runs"
  npx vitest run --project e2e --reporter=dot
  run=$((run + 1))
done
echo "e2e under load: all $runs runs passed"
