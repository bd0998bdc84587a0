#!/usr/bin/env bash
# The public directory at full size: import, re-import, lookup, search, export, against the
# targets of issue 5, and `sqlite3 .import` of the same CSV into a bare table for comparison.
#
#   bash bench/directory.sh                          # 150,000 structures, 250,000 services
#   STRUCTURES=20000 SERVICES=35000 bash bench/directory.sh
#
# Environment: STRUCTURES, SERVICES (directory size), ROUNDS (timed rounds, median; default 3),
# CHORUS_BIN (default: cargo build --release). Needs python3 (the generator) and, for the
# comparison, the sqlite3 shell (`apt install sqlite3`); without it the ratio is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

STRUCTURES=${STRUCTURES:-150000}
SERVICES=${SERVICES:-250000}
ROUNDS=${ROUNDS:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ -z "${CHORUS_BIN:-}" ]]; then
  cargo build --release --quiet
  CHORUS_BIN="$PWD/target/release/chorus"
fi
unset CHORUS_STORE CHORUS_USER CHORUS_FORMAT

python3 bench/gen_directory.py --structures "$STRUCTURES" --services "$SERVICES" > "$work/annuaire.csv"
printf 'directory: %d structures, %d services, %d MB of CSV; %s cores\n' "$STRUCTURES" "$SERVICES" \
  $(( $(stat -c %s "$work/annuaire.csv") / 1024 / 1024 )) "$(nproc)"
cut -d, -f1 "$work/annuaire.csv" | tail -n +2 | uniq | awk 'NR % 15 == 0' | head -n 9990 > "$work/ids.txt"
for i in $(seq 10 19); do echo "999999999999$i" >> "$work/ids.txt"; done   # misses

# Median of ROUNDS runs of a command, in seconds; `setup` runs before each (untimed).
median() {
  local setup=$1; shift
  local times=()
  for ((r = 0; r < ROUNDS; r++)); do
    eval "$setup"
    local t0 t1
    t0=$(date +%s%N)
    "$@" > /dev/null
    t1=$(date +%s%N)
    times+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

store="$work/chorus.db"
fresh="rm -f $store $store-wal $store-shm $work/bare.db"
# The machine's speed drifts: chorus and sqlite3 run in turn, and the ratio is the median of
# each round's own ratio.
imports=() bares=() ratios=()
for ((r = 0; r < ROUNDS; r++)); do
  c=$(ROUNDS=1 median "$fresh" "$CHORUS_BIN" --store "$store" directory import "$work/annuaire.csv" -q)
  imports+=("$c")
  if command -v sqlite3 > /dev/null; then
    b=$(ROUNDS=1 median "$fresh" sqlite3 "$work/bare.db" ".import --csv $work/annuaire.csv directory")
    bares+=("$b")
    ratios+=("$(awk -v a="$c" -v b="$b" 'BEGIN { printf "%.2f", a / b }')")
  fi
done
mid() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf 'import (new store)          %6.2f s   target < 15 s\n' "$(mid "${imports[@]}")"
if ((${#bares[@]})); then
  printf 'sqlite3 .import, bare table %6.2f s   chorus import = %s× (median of %d paired rounds: %s; target ≤ 3×)\n' \
    "$(mid "${bares[@]}")" "$(mid "${ratios[@]}")" "$ROUNDS" "${ratios[*]}"
else
  echo 'sqlite3 .import: skipped (no sqlite3 shell)'
fi
"$CHORUS_BIN" --store "$store" directory import "$work/annuaire.csv" -q > /dev/null
reimport=$(median ":" "$CHORUS_BIN" --store "$store" directory import "$work/annuaire.csv" -q)
printf 're-import (all unchanged)   %6.2f s\n' "$reimport"
lookup=$(median ":" sh -c "'$CHORUS_BIN' --store '$store' directory lookup - --format ndjson < '$work/ids.txt'")
printf 'lookup of %d identifiers     %6.3f s   target < 0.5 s\n' "$(wc -l < "$work/ids.txt")" "$lookup"
for q in "cotes d'armor" "commune" "hospitalier saint-etienne" "college jean moulin" "ecoles"; do
  t=$(median ":" "$CHORUS_BIN" --store "$store" directory search "$q" -q --format ndjson)
  printf 'search %-28s %6.3f s   target < 0.05 s (process start included)\n' "'$q'" "$t"
done
export_csv=$(median ":" "$CHORUS_BIN" --store "$store" directory export)
printf 'full export (CSV)           %6.2f s   target < 3 s\n' "$export_csv"
rows=$("$CHORUS_BIN" --store "$store" directory export | wc -l)
printf 'exported %d rows (+ header)\n' $((rows - 1))
