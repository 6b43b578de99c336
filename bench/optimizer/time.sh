#!/bin/sh
# usage: bench/optimizer/time.sh [LOG.csv=../shared/fsrs-optimizer/review-log-josh.csv] [DAY_START_HOUR=4] [RUNS=7]
# Fit time of Smriti vs fsrs-rs (npm binding 0.5.0) on one log, alternating in one run (OptimizerBench).
# Run from the repository root; see docs/benchmarks/optimizer.md.
set -e
log=$(realpath "${1:-../shared/fsrs-optimizer/review-log-josh.csv}")
here=$(dirname "$0")
[ -d "$here/node_modules" ] || (cd "$here" && npm install --no-audit --no-fund >/dev/null)
exec "$here/java.sh" org.smriti.bench.OptimizerBench "$log" "${2:-4}" "${3:-7}" "$here"
