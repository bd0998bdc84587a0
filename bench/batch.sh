#!/usr/bin/env bash
# Batch deposit speed: `chorus deposit --batch` of N Factur-X PDFs into a fresh local store, then
# the same batch again (every record `unchanged`).
#
#   bash bench/batch.sh            # 1,000 PDFs
#   FILES=200 bash bench/batch.sh  # a quick run
#
# Environment: FILES (default 1000), CHORUS_BIN (default: cargo build --release), KEEP=1.
# Target (issue 4): 1,000 Factur-X PDFs into a local store in under 10 s on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
FILES=${FILES:-1000}
work=$(mktemp -d)
if [[ "${KEEP:-0}" == 1 ]]; then echo "keeping $work" >&2; else trap 'rm -rf "$work"' EXIT; fi
if [[ -z "${CHORUS_BIN:-}" ]]; then
  cargo build --release --quiet
  CHORUS_BIN="$PWD/target/release/chorus"
fi
echo "making $FILES Factur-X PDFs…" >&2
bash bench/make_facturx.sh "$CHORUS_BIN" "$work/pdf" "$FILES"

export CHORUS_STORE="$work/store.db" CHORUS_NOW=2026-11-20T09:00:00Z
c() { "$CHORUS_BIN" "$@"; }
token=$(c account create --email bench@example.fr --first-name B --last-name E --no-siret --format csv 2>/dev/null | tail -n 1 | awk -F, '{print $NF}')
printf 'bench password 1\n' | c account activate --email bench@example.fr --token "$token" --password-stdin >/dev/null 2>&1
c --as bench@example.fr structure create --identifier 73282932000074 --name "Les Délices de Savoie" \
  --address "12 avenue des Alpes" --postcode 73000 --city Chambéry >/dev/null
c structure create --public --identifier 22730001900006 --name "Département de la Savoie" \
  --address "1 rue de l'Hôtel de Ville" --postcode 73000 --city Chambéry >/dev/null
ls "$work"/pdf/*.pdf > "$work/list.txt"

python3 - "$CHORUS_BIN" "$work/list.txt" "$FILES" <<'PY'
import json, subprocess, sys, time
bin, listing, files = sys.argv[1], sys.argv[2], int(sys.argv[3])
def run(label):
    start = time.perf_counter()
    out = subprocess.run([bin, "--as", "bench@example.fr", "deposit", "--batch", listing, "--format", "ndjson"],
                         check=True, capture_output=True, text=True).stdout
    took = time.perf_counter() - start
    results = [json.loads(l)["result"] for l in out.splitlines()]
    counts = {r: results.count(r) for r in sorted(set(results))}
    print(f"{label:42} {took:7.2f} s {files / took:8.0f} invoices/s  {counts}")
    return took
print(f"{'run':42} {'time':>9} {'rate':>17}  results")
first = run(f"deposit --batch of {files} Factur-X PDFs")
run("the same batch again (idempotent)")
target = 10 * files / 1000
print(f"\ntarget: {files} PDFs under {target:.0f} s: {'PASS' if first < target else 'FAIL'}")
PY
du -h "$CHORUS_STORE" | awk '{print "store: " $1}'
