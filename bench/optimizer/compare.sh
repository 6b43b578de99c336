#!/bin/sh
# usage: bench/optimizer/compare.sh LOG.csv [DAY_START_HOUR=4]
# Fits fsrs-rs (npm binding 0.5.0) and Smriti (`smriti optimize --csv`) on a py-fsrs CSV review log and scores the
# defaults and both fits with fsrs-rs's own evaluator. Run from the repository root; see docs/benchmarks/optimizer.md.
set -e
log=$(realpath "$1")
hour=${2:-4}
here=$(dirname "$0")
out=${TMPDIR:-/tmp}/smriti-optimizer-compare.$$
mkdir -p "$out"
[ -d "$here/node_modules" ] || (cd "$here" && npm install --no-audit --no-fund >/dev/null)
node "$here/fit.mjs" "$log" "$hour" > "$out/fsrs-rs.json"
"$here/java.sh" org.smriti.Launcher optimize --csv "$log" --day-start-hour "$hour" --json > "$out/smriti.json"
node "$here/score.mjs" "$log" "$hour" defaults "$out/fsrs-rs.json" "$out/smriti.json" | sed "s|$out/||"
rm -r "$out"
