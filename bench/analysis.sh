#!/usr/bin/env bash
# Factur-X analysis throughput: chorus vs the PyPI `factur-x` library on the same files.
#
#   bash bench/analysis.sh                 # 300 Factur-X PDFs made by `chorus invoice create`
#   FILES=50 bash bench/analysis.sh        # a quick run
#
# Environment:
#   FILES       Factur-X PDFs to generate (default 300), see bench/make_facturx.sh
#   ROUNDS      timed rounds per tool; the median counts (default 5)
#   CHORUS_BIN  binary to measure (default: cargo build --release, then target/release/chorus)
#   VENV        a Python venv with factur-x installed (default: a new one in the temp folder)
#
# chorus reads every file in one process (`chorus invoice analyse FILES…`, process start
# included, files analysed on every core); Python calls facturx.get_xml_from_pdf on each file's bytes in one process (import
# excluded), with check_xsd=False (XML extraction only) and with its default check_xsd=True.
# Target (issue 3): chorus ≥ 10× the throughput of get_xml_from_pdf; both readings are printed
# (as shipped, with its XSD check, and bare extraction with check_xsd=False).
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=${FILES:-300}
ROUNDS=${ROUNDS:-5}
work=$(mktemp -d)
if [[ "${KEEP:-0}" == 1 ]]; then echo "keeping $work" >&2; else trap 'rm -rf "$work"' EXIT; fi

if [[ -z "${CHORUS_BIN:-}" ]]; then
  cargo build --release --quiet
  CHORUS_BIN="$PWD/target/release/chorus"
fi
if [[ -z "${VENV:-}" ]]; then
  VENV="$work/venv"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet factur-x
fi

# Make the files.
SECONDS=0
bash bench/make_facturx.sh "$CHORUS_BIN" "$work/pdf" "$FILES"
bytes=$(du -cb "$work"/pdf/*.pdf | tail -n 1 | cut -f1)
printf 'made %d Factur-X PDFs (%d KB in all) with chorus invoice create + download in %d s\n' \
  "$FILES" $((bytes / 1024)) "$SECONDS"

"$VENV/bin/python" - "$work/pdf" "$ROUNDS" "$FILES" "$CHORUS_BIN" <<'PY'
import glob, json, statistics, subprocess, sys, time, logging
logging.disable(logging.CRITICAL)
import facturx
folder, rounds, files, chorus_bin = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
paths = sorted(glob.glob(folder + "/*.pdf"))
blobs = [open(p, "rb").read() for p in paths]

# chorus: one process for all files, start included, output to /dev/null like the library's
# bytes stay in memory (one more run, captured, checks what chorus read).
command = [chorus_bin, "invoice", "analyse", "--format", "ndjson", *paths]
times = []
for _ in range(rounds):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
chorus = statistics.median(times)
out = subprocess.run(command, check=True, capture_output=True).stdout
read = [json.loads(l) for l in out.splitlines()]
assert len(read) == files and all(r["analysis"]["source"] == "facturx" for r in read), "chorus missed files"

def run(check_xsd):
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for b in blobs:
            name, xml = facturx.get_xml_from_pdf(b, check_xsd=check_xsd)
            assert xml, "factur-x found no XML"
        times.append(time.perf_counter() - start)
    return statistics.median(times)

py_plain = run(False)
py_xsd = run(True)
print(f"\n{'reader':58} {'seconds':>8} {'files/s':>9} {'chorus ×':>9}")
print("-" * 88)
print(f"{'chorus invoice analyse (1 process, start included)':58} {chorus:8.3f} {files / chorus:9.0f} {'1.0':>9}")
print(f"{'factur-x get_xml_from_pdf(check_xsd=False)':58} {py_plain:8.3f} {files / py_plain:9.0f} {py_plain / chorus:9.1f}")
print(f"{'factur-x get_xml_from_pdf() (default: XSD check)':58} {py_xsd:8.3f} {files / py_xsd:9.0f} {py_xsd / chorus:9.1f}")
ratio_default = py_xsd / chorus
ratio_plain = py_plain / chorus
print(f"\nchorus vs get_xml_from_pdf() as shipped (XSD check on): {ratio_default:.1f}× (target ≥ 10×: {'PASS' if ratio_default >= 10 else 'FAIL'})")
print(f"chorus vs get_xml_from_pdf(check_xsd=False), bare extraction: {ratio_plain:.1f}× ({'≥' if ratio_plain >= 10 else 'below'} 10×)")
print("chorus also parses the XML into every invoice field; the library only returns the bytes.")
PY
