#!/usr/bin/env bash
# Runs COMMAND as the first start after the data folder's packs or notes changed outside Smriti (or after a session
# that ended in a crash, so its checked packs were not brought up to date): deletes <data-dir>/checked-packs.bin,
# then starts it. For bench/startup.sh --also, e.g.
#   bench/startup.sh --packaged --no-build --own-cards \
#     --also "unchecked=bench/no-checked-packs.sh target/package/image/Smriti/bin/Smriti" 7
set -euo pipefail
args=("$@")
for ((i = 0; i < ${#args[@]} - 1; i++)); do
  if [[ ${args[i]} == --data-dir ]]; then
    rm -f "${args[i + 1]}/checked-packs.bin"
  fi
done
exec "$@"
