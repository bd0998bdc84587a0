#!/usr/bin/env bash
# `chorus invoice validate` throughput on Factur-X PDFs, and the PyPI `factur-x` library's XML
# extraction on the same files.
#
#   bash bench/validate.sh                  # 10,000 PDFs: 200 distinct ones, copied
#   FILES=2000 DISTINCT=50 bash bench/validate.sh
#
# Environment:
#   FILES       PDFs to validate (default 10000)
#   DISTINCT    distinct PDFs made by bench/make_facturx.sh (`chorus invoice create` + `invoice
#               download`; default 200), copied to reach FILES
#   ROUNDS      timed rounds, each running chorus then the library; medians count (default 3)
#   CHORUS_BIN  binary to measure (default: cargo build --release, then target/release/chorus)
#   VENV        a Python venv with factur-x installed (default: a new one in the temp folder);
#               VENV=none skips the comparison
#
# chorus validates every file in one process, started once, files read on every core, no store
# (routing is not checked): `chorus invoice validate --batch list --format ndjson`, and again
# with --format junit. Python calls facturx.get_xml_from_pdf(check_xsd=False) on each file's
# bytes in one process (import and file reading excluded): extraction only, no rule checked.
# Target: 10,000 Factur-X PDFs validated in under 10 s on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=${FILES:-10000}
DISTINCT=${DISTINCT:-200}
ROUNDS=${ROUNDS:-3}
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

# The distinct files (made by chorus), copied to reach FILES.
SECONDS=0
bash bench/make_facturx.sh "$CHORUS_BIN" "$work/distinct" "$DISTINCT"
mkdir -p "$work/pdf"
distinct=("$work"/distinct/*.pdf)
for ((i = 0; i < FILES; i++)); do
  cp "${distinct[i % DISTINCT]}" "$work/pdf/$i.pdf"
done
ls "$work"/pdf/*.pdf > "$work/list.txt"
bytes=$(du -cb "$work"/pdf/*.pdf | tail -n 1 | cut -f1)
printf 'made %d distinct Factur-X PDFs with chorus, copied to %d files (%d MB in all), in %d s; %s cores\n' \
  "$DISTINCT" "$FILES" $((bytes / 1024 / 1024)) "$SECONDS" "$(nproc)"
unset CHORUS_STORE
export XDG_DATA_HOME="$work/no-default-store"   # no default store: routing is not checked

if [[ "$VENV" == none ]]; then py=python3; else py="$VENV/bin/python"; fi
"$py" - "$work" "$ROUNDS" "$FILES" "$CHORUS_BIN" "$VENV" <<'PY'
import json, statistics, subprocess, sys, time, logging
logging.disable(logging.CRITICAL)
work, rounds, files, chorus_bin, venv = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
paths = open(work + "/list.txt").read().split()

def chorus(fmt):
    start = time.perf_counter()
    run = subprocess.run([chorus_bin, "invoice", "validate", "--batch", work + "/list.txt", "--format", fmt, "-q"],
                         capture_output=True)
    took = time.perf_counter() - start
    assert run.returncode == 0, run.stderr.decode()[-2000:]
    return took, run.stdout

if venv != "none":
    import facturx
    blobs = [open(p, "rb").read() for p in paths]

def library():
    start = time.perf_counter()
    for b in blobs:
        name, xml = facturx.get_xml_from_pdf(b, check_xsd=False)
        assert xml, "factur-x found no XML"
    return time.perf_counter() - start

# The machine's speed drifts: each round times chorus then the library, and the ratio is the
# median of the rounds' own ratios.
chorus_times, py_times, ratios = [], [], []
for _ in range(rounds):
    took, out = chorus("ndjson")
    chorus_times.append(took)
    if venv != "none":
        py_times.append(library())
        ratios.append(py_times[-1] / took)
ndjson = statistics.median(chorus_times)
reports = [json.loads(l) for l in out.splitlines()]
assert len(reports) == files and all(r["valid"] and r["profile"] == "EN 16931" for r in reports), "chorus: unexpected reports"
junit = statistics.median(chorus("junit")[0] for _ in range(rounds))

print(f"\n{'tool':62} {'seconds':>8} {'files/s':>9}")
print("-" * 81)
print(f"{'chorus invoice validate --format ndjson (1 process, all cores)':62} {ndjson:8.3f} {files / ndjson:9.0f}")
print(f"{'chorus invoice validate --format junit':62} {junit:8.3f} {files / junit:9.0f}")
if venv != "none":
    py = statistics.median(py_times)
    print(f"{'factur-x get_xml_from_pdf(check_xsd=False) (extraction only)':62} {py:8.3f} {files / py:9.0f}")
    shown = " ".join(f"{r:.1f}" for r in ratios)
    print(f"\nchorus validates {statistics.median(ratios):.1f}× faster than the library extracts the XML"
          f" (median of {rounds} paired rounds: {shown})")
verdict = "PASS" if ndjson < 10 * files / 10000 else "FAIL"
print(f"target: {files} files in under {10 * files / 10000:.1f} s: {verdict}")
warnings = sum(len(r["violations"]) for r in reports)
print(f"{warnings} warning(s) in all")
PY
