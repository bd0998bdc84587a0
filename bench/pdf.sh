#!/usr/bin/env bash
# PDF benchmark and cross-check against the reference Factur-X implementation (PyPI factur-x,
# Akretion): our generated invoices must be read by its get_xml_from_pdf, and `pdf::analyse`
# must be at least 10x its throughput on the same files.
#
#   bash bench/pdf.sh                 # fixtures + generated samples
#   bash bench/pdf.sh more.pdf …      # also time these PDFs (e.g. the 300 KB invoice_EN16931.pdf
#                                     # of the factur-x sdist: tests/fixtures/pdf/)
#
# Environment:
#   VENV   Python virtual environment to use or create (default: a temporary one)
#   RUNS   Python calls per file (default 200)
# Needs python3 with venv and network access to PyPI the first time; pdftotext (poppler-utils)
# is used when present. Builds the library's tests in release mode (cargo test --release).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
cd "$repo"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
VENV=${VENV:-$work/venv}
RUNS=${RUNS:-200}

if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q 'factur-x==7.8'
fi

echo "== generated samples (cargo test pdf::tests::write_samples)"
CHORUS_PDF_SAMPLES="$work/out" cargo test -q --lib pdf::tests::write_samples -- --ignored >/dev/null
ls -l "$work/out"

if command -v pdftotext >/dev/null; then
    echo "== pdftotext of the invoice (first lines)"
    pdftotext "$work/out/invoice.pdf" - | head -12
fi

files=(tests/fixtures/facturx-python.pdf "$work/out/invoice.pdf" "$work/out/invoice-long.pdf" "$@")

echo "== the Python library reads our PDFs"
"$VENV/bin/python" - "$work/out" <<'EOF'
import sys, facturx
out = sys.argv[1]
for name in ["invoice.pdf", "invoice-long.pdf", "credit-note.pdf", "invoice-en16931.pdf"]:
    pdf = open(f"{out}/{name}", "rb").read()
    filename, xml = facturx.get_xml_from_pdf(pdf, check_xsd=False)
    assert filename == "factur-x.xml" and xml, name
    print(f"{name}: {filename}, {len(xml)} bytes")
# The EN 16931 sample carries a schema-valid XML: read it back with the XSD check on.
pdf = open(f"{out}/invoice-en16931.pdf", "rb").read()
filename, xml = facturx.get_xml_from_pdf(pdf, check_xsd=True)
assert xml == open("tests/fixtures/facturx-python.xml", "rb").read()
print("invoice-en16931.pdf: XSD-valid XML read back")
EOF

echo "== Python get_xml_from_pdf, per file"
RUNS=$RUNS "$VENV/bin/python" - "${files[@]}" <<'EOF' 2>/dev/null
import os, sys, time, facturx
runs = int(os.environ["RUNS"])
for path in sys.argv[1:]:
    pdf = open(path, "rb").read()
    for xsd in (False, True):
        facturx.get_xml_from_pdf(pdf, check_xsd=xsd)
        start = time.perf_counter()
        for _ in range(runs):
            facturx.get_xml_from_pdf(pdf, check_xsd=xsd)
        per = (time.perf_counter() - start) / runs
        print(f"{path}: check_xsd={xsd}: {per * 1e6:.0f} µs")
EOF

echo "== chorus pdf::analyse (release), per file"
bench=$(IFS=:; echo "${files[*]}")
CHORUS_PDF_BENCH="$bench" cargo test -q --release --lib pdf::tests::bench_analyse -- --ignored --nocapture 2>&1 |
    grep 'per analysis'
