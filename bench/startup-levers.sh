#!/usr/bin/env bash
# What each start-up lever is worth: builds the packaged app, then copies of its app image that each lack one
# lever, and has bench/startup.sh --packaged start them all in the same alternating rounds, beside the app and
# the bare window:
#   no-appcds    the launcher without -XX:SharedArchiveFile (the runtime's own JDK archive still applies)
#   no-jit       the launcher without the JVM options file (the JDK's JIT thresholds)
#   no-checked   the jar without the checked bank (the bundled JSON parsed and validated at every start)
#   no-bss       the jar without the binary stylesheets (the .css parsed at every start)
# Each copy gets its own class list and class archive, made as the package build makes them.
#
# Usage: bench/startup-levers.sh [--before REF] [startup.sh options, e.g. --reviews 10000] [RUNS]
#   --before REF   also the packaged app of git revision REF (e.g. main), built in target/bench-levers/before
# Linux only (the app image layout); needs what bench/startup.sh --packaged needs, and zip.
set -euo pipefail
cd "$(dirname "$0")/.."

before=""
if [[ ${1:-} == --before ]]; then
  before=$2
  shift 2
fi

mvn=(nice -n 10 mvn -B -q)
"${mvn[@]}" -Ppackage -DskipTests -Dsmriti.installer=none package dependency:build-classpath \
  -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
image=target/package/image/Smriti
out=target/bench-levers
rm -rf "$out"
mkdir -p "$out"

run_display() {
  if [[ -n ${DISPLAY:-} ]]; then "$@"; else xvfb-run -a -s "-screen 0 1366x768x24" "$@"; fi
}

# The class list and archive of one copy, from a training start as in pom.xml (profile package).
retrain() {
  local app=$1/lib/app data=$out/training-$2
  java -cp "$cp" org.smriti.bench.StudiedDataDir "$data" 2000 >/dev/null
  run_display "$1/bin/Smriti" --data-dir "$data" --exit-after-startup >/dev/null 2>&1
  rm -rf "$data/backups"
  cp "$app/Smriti.cfg" "$out/Smriti.cfg"
  echo 'java-options=-XX:DumpLoadedClassList=$APPDIR/smriti.classlist' >>"$app/Smriti.cfg"
  run_display "$1/bin/Smriti" --data-dir "$data" --exit-after-startup >/dev/null 2>&1
  mv "$out/Smriti.cfg" "$app/Smriti.cfg"
  "$1/bin/Smriti" class-archive >/dev/null
}

also=()
for lever in no-appcds no-jit no-checked no-bss; do
  copy=$out/$lever
  cp -r "$image" "$copy"
  case $lever in
    no-appcds) sed -i '/SharedArchiveFile/d' "$copy/lib/app/Smriti.cfg" ;;
    no-jit) sed -i '/VMOptionsFile/d' "$copy/lib/app/Smriti.cfg" ;;
    no-checked) zip -q -d "$copy"/lib/app/smriti-*.jar 'org/smriti/data/bank/bundled-bank.bin' ;;
    no-bss) zip -q -d "$copy"/lib/app/smriti-*.jar 'org/smriti/ui/*.bss' ;;
  esac
  # A copy lies elsewhere, so even an unchanged one needs its own archive (Java 17 checks the jars' paths).
  [[ $lever == no-appcds ]] || retrain "$copy" "$lever"
  also+=(--also "$lever=$copy/bin/Smriti")
done

if [[ -n $before ]]; then
  mkdir -p "$out/before"
  git archive "$before" | tar -x -C "$out/before"
  (cd "$out/before" && "${mvn[@]}" -Ppackage -DskipTests -Dsmriti.installer=none package)
  also+=(--also "before=$out/before/target/package/image/Smriti/bin/Smriti")
fi

exec bench/startup.sh --packaged --no-build "${also[@]}" "$@"
