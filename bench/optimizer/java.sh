#!/bin/sh
# usage: bench/optimizer/java.sh CLASS [ARGS...]
# Runs a class of the test classpath (e.g. org.smriti.bench.SimulatedReviewLog) after compiling.
# Run from the repository root; see docs/benchmarks/optimizer.md.
set -e
cp=${TMPDIR:-/tmp}/smriti-optimizer-cp.$$
if ! mvn -q -o -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" \
        >"$cp.log" 2>&1; then
    cat "$cp.log" >&2
    exit 1
fi
classpath="target/classes:target/test-classes:$(cat "$cp")"
rm "$cp" "$cp.log"
exec java -cp "$classpath" "$@"
