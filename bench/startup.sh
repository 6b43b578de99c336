#!/usr/bin/env bash
# Startup benchmark: Smriti's "ready" time (JVM start to first shown frame) against a bare JavaFX window,
# both started the same way, alternating, under one virtual display. Prints each run and the medians.
# Needs: xvfb (apt-get install -y xvfb libgtk-3-0). Usage: bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
app=(); bare=()
for i in $(seq "$runs"); do
  a=$(xvfb-run -a -s "-screen 0 1366x768x24" java -cp "$cp" org.smriti.Launcher --data-dir "$data" --exit-after-startup 2>/dev/null | sed -n 's/^Smriti ready in \([0-9]*\) ms$/\1/p')
  b=$(xvfb-run -a -s "-screen 0 1366x768x24" java -cp "$cp" org.smriti.bench.BareWindow 2>/dev/null | sed -n 's/^Bare window ready in \([0-9]*\) ms$/\1/p')
  echo "run $i: smriti ${a} ms, bare window ${b} ms"
  app+=("$a"); bare+=("$b")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ma=$(median "${app[@]}"); mb=$(median "${bare[@]}")
echo "median: smriti ${ma} ms, bare window ${mb} ms, ratio $(awk -v a="$ma" -v b="$mb" 'BEGIN {printf "%.2f", a/b}')"
