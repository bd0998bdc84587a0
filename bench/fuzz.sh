#!/usr/bin/env bash
# Fuzzing of the readers of untrusted input (issue 14) with cargo-fuzz (libFuzzer): the PDF
# analysis, the Factur-X / UBL readers and validation, the directory CSV reader, the invoice
# JSON. Each target runs for the given time; its findings are moved under
# tests/fixtures/fuzz/<target>/, where `cargo test --lib fuzzing` replays them.
#
#   bash bench/fuzz.sh            # each target for 60 s
#   bash bench/fuzz.sh 300        # each target for 5 minutes
#   TARGETS="pdf_analysis" bash bench/fuzz.sh 120
#
# Environment:
#   TARGETS   targets to run (default: all four, see fuzz/fuzz_targets/)
#   KEEP      interesting corpus inputs to keep per target, besides crashes (default 5)
#
# Findings: a crash (panic, abort) or a slow input (over 10 s, libFuzzer's -timeout) stops the
# target; the input is copied to tests/fixtures/fuzz/<target>/crash-… to be fixed and kept as a
# regression test. The corpus grows in fuzz/corpus/<target>/ (not committed) and is reused by the
# next run; the KEEP inputs it found last are copied as well.
#
# Needs: cargo-fuzz (installed here when missing, from crates.io) and a C++ compiler. The
# toolchain is stable Rust: RUSTC_BOOTSTRAP=1 lets it take the -Z flags cargo-fuzz passes. No
# sanitizer (-s none): chorus has no unsafe code; libFuzzer still catches panics, time and memory.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

seconds=${1:-60}
TARGETS=${TARGETS:-"pdf_analysis facturx_xml directory_csv invoice_json"}
KEEP=${KEEP:-5}
export RUSTC_BOOTSTRAP=1

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "== installing cargo-fuzz" >&2
  cargo install --locked cargo-fuzz
fi

# Seeds: the repository's own samples of each kind.
seed() {
  local target=$1 dir=$repo/fuzz/corpus/$1
  mkdir -p "$dir"
  case $target in
    pdf_analysis)
      cp "$repo"/tests/fixtures/facturx-python.pdf "$repo"/tests/fixtures/pdf/*.pdf \
         "$repo"/examples/facture-F-2026-0042.pdf "$dir"/ ;;
    facturx_xml)
      cp "$repo"/tests/fixtures/*.xml "$repo"/tests/fixtures/akretion/*.xml "$dir"/ ;;
    directory_csv)
      printf 'identifier,identifier_type,name,status,country\n21730065600014,SIRET,Commune de Montreuil,ACTIF,FR\n' > "$dir/seed.csv"
      printf 'siret;raison_sociale;code_service;nom_service\n"217 300 656 00014";"Mairie; \"centre\"";CANTINE;Cantine\n' > "$dir/seed-semicolon.csv" ;;
    invoice_json)
      cp "$repo"/examples/invoice.json "$dir"/ ;;
  esac
}

# Inputs longer than this are not tried (PDFs need room; text formats much less).
max_len() {
  case $1 in
    pdf_analysis) echo 131072 ;;
    facturx_xml) echo 65536 ;;
    *) echo 8192 ;;
  esac
}

status=0
for target in $TARGETS; do
  echo "== $target: ${seconds} s" >&2
  [[ -d fuzz/corpus/$target ]] || seed "$target"
  found=$repo/tests/fixtures/fuzz/$target
  # The log stays out of the artifacts folder, where cargo-fuzz looks for failing inputs.
  mkdir -p "$found" "fuzz/artifacts/$target" fuzz/logs
  log=fuzz/logs/$target.log
  rc=0
  (
    cd fuzz
    cargo fuzz run -s none --debug-assertions "$target" "corpus/$target" -- \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$target")" \
      -print_final_stats=1
  ) >"$log" 2>&1 || rc=1
  grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::new_units_added)' "$log" >&2 || true
  for crash in fuzz/artifacts/"$target"/{crash,timeout,oom,slow-unit,leak}-*; do
    [[ -e $crash ]] || continue
    echo "finding: $crash (moved to $found/)" >&2
    mv "$crash" "$found/"
  done
  # The inputs that brought new coverage last, small ones only.
  # (sort's output is read whole: `head` closing the pipe early would fail under pipefail.)
  newest=$(find "fuzz/corpus/$target" -type f -size -64k -printf '%T@ %p\n' | sort -rn)
  while read -r _ path; do
    [[ -n $path ]] && cp "$path" "$found/corpus-$(basename "$path")"
  done < <(printf '%s\n' "$newest" | sed -n "1,${KEEP}p")
  if [[ $rc != 0 ]]; then
    status=1
    echo "$target stopped on a finding: see $log" >&2
    grep -E -A3 "panicked at|ERROR: libFuzzer" "$log" | head -n 20 >&2 || true
  fi
done
exit $status
