#!/usr/bin/env bash
# Start-up benchmark: Smriti's first frame against a bare JavaFX window (org.smriti.bench.BareWindow, an empty
# 1280×720 stage), both started the same way and timed the same way (JVM start to the first pulse after the
# window was shown), alternating, under one virtual display. Also, at that frame, the resident size, the number
# of classes loaded and the CPU time of all threads (which other busy processes on the machine barely change).
# Prints each run, the medians and the ratios.
#
# Usage: bench/startup.sh [--packaged [--no-build]] [--reviews N] [--own-cards] [--also NAME=COMMAND]... [RUNS]
#   (default)      class path: java -cp target/classes:… (the JDK's java and JVM options, as mvn javafx:run)
#   --packaged     the app image of `mvn -Ppackage package` (built first unless --no-build) against the bare
#                  window packaged by jpackage with the same jlinked runtime and the same JavaFX jars
#   --reviews N    each app also on a data folder holding a year's journal of N reviews, started as the day's
#                  first start (its daily backup is due), against itself on an empty data folder
#   --own-cards    each app also on a data folder holding 200 own notes of 10 KB (2 MB) and 2,000 own cards
#                  quoting them (org.smriti.bench.OwnContentFixture), also as the day's first start, against
#                  itself on an empty data folder
#   --also NAME=COMMAND  another build of the app to start in the same rounds, e.g. an older version's image
#                  (bench/startup-levers.sh uses it); its own figures line is optional
#   RUNS           alternating rounds, default 7
# Needs xvfb (apt-get install -y xvfb libgtk-3-0); the packaged mode also binutils (jlink --strip-debug).
set -euo pipefail
cd "$(dirname "$0")/.."

packaged=false; build=true; reviews=0; own=false; runs=7; also=()
while (($#)); do
  case $1 in
    --packaged) packaged=true ;;
    --no-build) build=false ;;
    --reviews) reviews=$2; shift ;;
    --own-cards) own=true ;;
    --also) also+=("$2"); shift ;;
    -h|--help) sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) runs=$1 ;;
  esac
  shift
done

if [[ -z ${DISPLAY:-} ]]; then
  # One virtual display for every start: xvfb-run per start would add its own seconds and noise.
  args=(); $packaged && args+=(--packaged); $build || args+=(--no-build); $own && args+=(--own-cards)
  for a in "${also[@]}"; do args+=(--also "$a"); done
  args+=(--reviews "$reviews" "$runs")
  exec xvfb-run -a -s "-screen 0 1366x768x24" "$0" "${args[@]}"
fi

mvn=(nice -n 10 mvn -B -q)
cp_goal=(dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test)
if $packaged && $build; then
  "${mvn[@]}" -Ppackage -DskipTests -Dsmriti.installer=none package "${cp_goal[@]}"
else
  "${mvn[@]}" test-compile "${cp_goal[@]}"
fi
cp="target/classes:target/test-classes:$(cat target/bench-cp.txt)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if $packaged; then
  image=target/package/image/Smriti
  [[ -x $image/bin/Smriti ]] || { echo "no app image in $image: run without --no-build" >&2; exit 1; }
  # The bare window as jpackage makes it from the app's own runtime and JavaFX jars.
  bare_dir=target/bench-bare
  rm -rf "$bare_dir"
  mkdir -p "$bare_dir/input"
  cp target/package/input/javafx-*.jar "$bare_dir/input/"
  jar --create --file "$bare_dir/input/bare-window.jar" \
    -C target/test-classes org/smriti/bench/BareWindow.class \
    -C target/test-classes 'org/smriti/bench/BareWindow$App.class' \
    -C target/classes org/smriti/app/FirstFrame.class
  jpackage --type app-image --name BareWindow --runtime-image target/package/runtime \
    --input "$bare_dir/input" --main-jar bare-window.jar --main-class org.smriti.bench.BareWindow \
    --dest "$bare_dir/image"
  smriti=("$image/bin/Smriti")
  bare=("$bare_dir/image/BareWindow/bin/BareWindow")
else
  # Smriti with the JVM options mvn javafx:run gives it (pom.xml, jvm.options); the bare window with none.
  smriti=(java -XX:VMOptionsFile=src/main/jvm/smriti.vmoptions -cp "$cp" org.smriti.Launcher)
  bare=(java -cp "$cp" org.smriti.bench.BareWindow)
fi

# The apps: Smriti, then the --also builds; each is started as "COMMAND --data-dir DIR --exit-after-startup".
declare -A command
apps=(smriti)
command[smriti]="${smriti[*]}"
for a in "${also[@]}"; do
  apps+=("${a%%=*}")
  command[${a%%=*}]=${a#*=}
done
# Each app also on each data folder asked for: APP+DATA starts on its own copy of $work/DATA.
data=()
if ((reviews > 0)); then
  java -cp "$cp" org.smriti.bench.StudiedDataDir "$work/reviews" "$reviews"
  data+=(reviews)
fi
if $own; then
  java -cp "$cp" org.smriti.bench.OwnContentFixture "$work/own" 200 2000
  data+=(own)
fi
sides=(bare)
for app in "${apps[@]}"; do
  sides+=("$app")
  for d in "${data[@]}"; do
    sides+=("$app+$d")
    cp -r "$work/$d" "$work/$app+$d"
  done
done

# Starts one side; prints "<ms> <rss kB> <classes> <cpu ms>" ("?" for figures it does not print) or fails.
start_once() {
  local out app=${1%+*} status=0
  if [[ $1 == bare ]]; then
    out=$("${bare[@]}" 2>&1) || status=$?
  else
    # A side with data starts as the morning's first: its daily backup is due.
    [[ $1 == "$app" ]] || rm -rf "$work/$1/backups"
    local -a run
    read -ra run <<<"${command[$app]}"
    out=$("${run[@]}" --data-dir "$work/$1" --exit-after-startup 2>&1) || status=$?
  fi
  local ms figures
  ms=$(printf '%s\n' "$out" | sed -n 's/^.* ready in \([0-9]*\) ms$/\1/p')
  figures=$(printf '%s\n' "$out" | sed -n \
    's/^.* first frame: rss \([0-9?]*\) kB, \([0-9]*\) classes loaded, cpu \([0-9?]*\) ms$/\1 \2 \3/p')
  if [[ -z $ms || $status != 0 ]]; then
    printf '%s\n' "$out" >&2
    echo "startup.sh: $1 printed no ready time or exited with status $status" >&2
    return 1
  fi
  echo "$ms ${figures:-? ? ?}"
}

# One start of each side first, untimed: fills the file cache and creates the empty data folders.
for side in "${sides[@]}"; do start_once "$side" >/dev/null; done

declare -A ms rss classes cpu
for i in $(seq "$runs"); do
  line="run $i:"
  for side in "${sides[@]}"; do
    read -r t r c u < <(start_once "$side")
    ms[$side]+="$t "; rss[$side]+="$r "; classes[$side]+="$c "; cpu[$side]+="$u "
    line+=" $side $t ms ${r} kB $c classes cpu $u ms;"
  done
  echo "${line%;}"
done

median() { printf '%s\n' $1 | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "?" || b == "?") print "?"; else printf "%.2f", a/b}'; }
declare -A mm mr mc mu
for side in "${sides[@]}"; do
  mm[$side]=$(median "${ms[$side]}"); mr[$side]=$(median "${rss[$side]}"); mc[$side]=$(median "${classes[$side]}")
  mu[$side]=$(median "${cpu[$side]}")
  echo "median $side: ${mm[$side]} ms, rss ${mr[$side]} kB, ${mc[$side]} classes, cpu ${mu[$side]} ms"
done
mode=$($packaged && echo "packaged" || echo "class path")
compare() {
  echo "ratio ($mode, $runs runs): $1/$2 time $(ratio "${mm[$1]}" "${mm[$2]}"), rss $(ratio "${mr[$1]}" "${mr[$2]}")," \
    "classes $(ratio "${mc[$1]}" "${mc[$2]}"), cpu $(ratio "${mu[$1]}" "${mu[$2]}")"
}
for app in "${apps[@]}"; do
  compare "$app" bare
  for d in "${data[@]}"; do compare "$app+$d" "$app"; done
done
