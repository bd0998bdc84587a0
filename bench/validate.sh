#!/usr/bin/env bash
# `chorus invoice validate` throughput on Factur-X PDFs, side by side in one run with, on the same
# files, the PyPI `factur-x` library's XML extraction and the official EN 16931 schematron run by
# Saxon-HE (PyPI `saxonche`).
#
#   bash bench/validate.sh                  # 10,000 PDFs: 200 distinct ones, copied
#   FILES=2000 DISTINCT=50 bash bench/validate.sh
#
# Environment:
#   FILES       PDFs to validate (default 10000)
#   DISTINCT    distinct PDFs made by bench/make_facturx.sh (`chorus invoice create` + `invoice
#               download`; default 200), copied to reach FILES
#   ROUNDS      timed rounds, each running chorus, then factur-x, then the schematron; medians
#               count (default 3)
#   CHORUS_BIN  binary to measure (default: cargo build --release, then target/release/chorus)
#   VENV        a Python venv with factur-x==7.8 and saxonche==13.1.1 (default: a new one in the
#               temp folder, pinned); VENV=none skips both comparisons
#   KIT         the EN 16931 conformance kit, read in place, never copied (default
#               ../shared/conformance from the repository root): its compiled official XSLT
#               en16931/cii/xslt/EN16931-CII-validation.xslt (UBL likewise for UBL files)
#
# chorus validates every file in one process, started once, files read on every core, no store
# (routing is not checked): `chorus invoice validate --batch list --format ndjson`, and again
# with --format junit, its reports written to a file. Its time is the whole process, start and
# file reading included.
# factur-x: facturx.get_xml_from_pdf(check_xsd=False) on each file's bytes in one Python process
# (import and file reading excluded): extraction only, no rule checked.
# Schematron: as the kit's reference.py drives it, on one thread, in the same Python process: the
# official XSLT compiled ONCE (its compile time printed apart, not counted), then for every file
# the XML that factur-x extracted (extraction done before the clock starts, not counted: it is
# the factur-x line) is parsed by Saxon, transformed into SVRL, and the SVRL read for failed
# asserts flagged fatal — the verdict.
# Each round times the three on the same files; each ratio is the median of the rounds' own
# ratios (the machine's speed drifts). CPU seconds (all threads) are shown beside wall time:
# chorus uses every core and the Python tools one, so on a machine busy with other work the
# wall ratios fall toward the CPU ratios.
# Targets (issue 15): chorus at least 10× the factur-x extraction and at least 30× the
# schematron; 10,000 Factur-X PDFs validated in under 10 s on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

FILES=${FILES:-10000}
DISTINCT=${DISTINCT:-200}
ROUNDS=${ROUNDS:-3}
KIT=$(realpath "${KIT:-../shared/conformance}")
work=$(mktemp -d)
if [[ "${KEEP:-0}" == 1 ]]; then echo "keeping $work" >&2; else trap 'rm -rf "$work"' EXIT; fi

if [[ -z "${CHORUS_BIN:-}" ]]; then
  cargo build --release --quiet
  CHORUS_BIN="$PWD/target/release/chorus"
fi
if [[ -z "${VENV:-}" ]]; then
  VENV="$work/venv"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "factur-x==7.8" "saxonche==13.1.1"
fi
if [[ "$VENV" != none && ! -f "$KIT/en16931/cii/xslt/EN16931-CII-validation.xslt" ]]; then
  echo "no conformance kit at $KIT (set KIT, or VENV=none to skip the comparisons)" >&2
  exit 2
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
"$py" - "$work" "$ROUNDS" "$FILES" "$CHORUS_BIN" "$VENV" "$KIT" <<'PY'
import io, json, os, resource, statistics, subprocess, sys, time, logging
import xml.etree.ElementTree as ET
logging.disable(logging.CRITICAL)
work, rounds, files, chorus_bin, venv, kit = sys.argv[1:7]
rounds, files, compare = int(rounds), int(files), venv != "none"
paths = open(work + "/list.txt").read().split()


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def chorus(fmt):
    # stdout goes to a file: a pipe read by this process would charge its reading to chorus.
    with open(work + "/reports", "wb") as reports, open(work + "/stderr", "wb") as errors:
        start, cpu = time.perf_counter(), children_cpu()
        run = subprocess.run([chorus_bin, "invoice", "validate", "--batch", work + "/list.txt", "--format", fmt, "-q"],
                             stdout=reports, stderr=errors)
        took = time.perf_counter() - start
    assert run.returncode == 0, open(work + "/stderr", "rb").read().decode()[-2000:]
    return took, children_cpu() - cpu, open(work + "/reports", "rb").read()


def timed(f):
    """Wall and CPU seconds (all threads of this process) of f(), and its result."""
    start, cpu = time.perf_counter(), time.process_time()
    result = f()
    return time.perf_counter() - start, time.process_time() - cpu, result


if compare:
    import facturx
    from saxonche import PySaxonProcessor
    blobs = [open(p, "rb").read() for p in paths]
    xmls = [facturx.get_xml_from_pdf(b, check_xsd=False)[1] for b in blobs]
    assert all(xmls), "factur-x found no XML"

    # The official XSLT of each syntax present, compiled once (reference.py's routing by root).
    XSLT = {"CII": "en16931/cii/xslt/EN16931-CII-validation.xslt",
            "UBL": "en16931/ubl/xslt/EN16931-UBL-validation.xslt"}
    ROOTS = {"{urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100}CrossIndustryInvoice": "CII",
             "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice": "UBL",
             "{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote": "UBL"}

    def syntax_of(xml):
        _event, root = next(ET.iterparse(io.BytesIO(xml), events=("start",)))
        return ROOTS[root.tag]

    texts = [(syntax_of(x), x.decode("utf-8")) for x in xmls]
    saxon = PySaxonProcessor(license=False)
    xslt30 = saxon.new_xslt30_processor()
    start = time.perf_counter()
    sheets = {s: xslt30.compile_stylesheet(stylesheet_file=os.path.join(kit, XSLT[s]))
              for s in sorted({s for s, _ in texts})}
    compile_time = time.perf_counter() - start
    SVRL = "{http://purl.oclc.org/dsdl/svrl}failed-assert"

    def fatal(svrl):
        # Most files fail no assert: the SVRL is parsed only when it holds one.
        return "failed-assert" in svrl and any(
            (fa.get("flag") or "fatal") != "warning" for fa in ET.fromstring(svrl.encode()).iter(SVRL))

    def schematron():
        invalid = 0
        for syntax, text in texts:
            svrl = sheets[syntax].transform_to_string(xdm_node=saxon.parse_xml(xml_text=text))
            invalid += fatal(svrl)
        return invalid

    def extraction():
        for b in blobs:
            name, xml = facturx.get_xml_from_pdf(b, check_xsd=False)
            assert xml, "factur-x found no XML"

# The machine's speed drifts: each round times chorus, then factur-x, then the schematron, and
# each ratio is the median of the rounds' own ratios.
ch, fx, sch = [], [], []   # (wall, cpu) per round
fx_ratios, sch_ratios = [], []
for _ in range(rounds):
    took, cpu, out = chorus("ndjson")
    ch.append((took, cpu))
    if compare:
        fx.append(timed(extraction)[:2])
        took, cpu, sch_invalid = timed(schematron)
        sch.append((took, cpu))
        fx_ratios.append(fx[-1][0] / ch[-1][0])
        sch_ratios.append(sch[-1][0] / ch[-1][0])
reports = [json.loads(l) for l in out.splitlines()]
assert len(reports) == files and all(r["valid"] and r["profile"] == "EN 16931" for r in reports), "chorus: unexpected reports"
junit = [chorus("junit")[:2] for _ in range(rounds)]


def median(pairs):
    return tuple(statistics.median(p[i] for p in pairs) for i in (0, 1))


def row(label, pairs):
    wall, cpu = median(pairs)
    print(f"{label:62} {wall:8.3f} {cpu:8.3f} {files / wall:9.0f}")
    return wall


print(f"\n{'tool (median of ' + str(rounds) + ' rounds)':62} {'seconds':>8} {'cpu s':>8} {'files/s':>9}")
print("-" * 90)
ndjson = row("chorus invoice validate --format ndjson (1 process, all cores)", ch)
row("chorus invoice validate --format junit", junit)
if compare:
    row("factur-x get_xml_from_pdf(check_xsd=False) (extraction only)", fx)
    row("official schematron, saxonche (1 thread, XML extracted before)", sch)
    print(f"(schematron: compiled once in {compile_time:.2f} s, not counted; judged {sch_invalid} of {files} files invalid)")

    def ratio(label, ratios, target):
        shown = " ".join(f"{r:.1f}" for r in ratios)
        m = statistics.median(ratios)
        print(f"chorus validates {m:.1f}× faster than {label} (paired rounds: {shown});"
              f" target ≥ {target}×: {'PASS' if m >= target else 'FAIL'}")

    print()
    ratio("factur-x extracts the XML", fx_ratios, 10)
    ratio("the official schematron judges the XML", sch_ratios, 30)
verdict = "PASS" if ndjson < 10 * files / 10000 else "FAIL"
print(f"target: {files} files in under {10 * files / 10000:.1f} s: {verdict}")
warnings = sum(len(r["violations"]) for r in reports)
print(f"{warnings} warning(s) in all")
PY
